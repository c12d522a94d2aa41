"""A printed name's comparison form: what is left when the wording is taken away.

Regions reword the template's names: other inflections and prepositions
(«на бюджетные средства» / «за бюджетные средства»), abbreviations spelled out or
not («ЕПГУ» / «Единого портала государственных и муниципальных услуг»), their own
name where the template says «субъекта Российской Федерации», counts written into
the name («100 государственных услуг»). The form is the sequence of lemmas
(pymorphy3) without function words, with every known long form collapsed to its
abbreviation, every region name replaced by one token, and numbers set aside.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from canonical.settings import SETTINGS, MatchSettings
from extract.morphology import morph

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
_NUMBER = re.compile(r"\d")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,}(?:-[A-ZА-ЯЁ]+)*")
_DEFINITION = {"далее"}


@lru_cache(maxsize=65536)
def _lemma(word: str) -> tuple[str, frozenset[str]]:
    """(lemma, grammemes) of one word; acronyms stay as printed (lower case)."""
    if _ACRONYM.fullmatch(word):
        return word.lower(), frozenset()
    parse = morph().parse(word.lower().replace("ё", "е"))[0]
    return parse.normal_form.replace("ё", "е"), frozenset(parse.tag.grammemes)


def lemmas(text: str, settings: MatchSettings = SETTINGS) -> tuple[list[str], list[str]]:
    """(content lemmas in order, numbers as printed) of `text`."""
    words: list[str] = []
    numbers: list[str] = []
    for token in _TOKEN.findall(text):
        if _NUMBER.match(token):
            numbers.append(token.replace(",", "."))
            continue
        lemma, grammemes = _lemma(token)
        if grammemes & settings.function_grammemes or lemma in _DEFINITION:
            continue
        words.append(lemma)
    return words, numbers


def _replace_runs(words: list[str], runs: dict[str, list[tuple[tuple[str, ...], str]]]
                  ) -> list[str]:
    """Replace every occurrence of a run of lemmas by its token; `runs` are indexed by
    their first lemma, longest first."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for run, token in runs.get(words[i], ()):
            if tuple(words[i : i + len(run)]) == run:
                out.append(token)
                i += len(run)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _drop_repeats(tokens: list[str]) -> list[str]:
    """«… ЕГИССО (далее – ЕГИССО)» collapses to one token: drop immediate repeats."""
    return [t for k, t in enumerate(tokens) if k == 0 or tokens[k - 1] != t]


@dataclass(frozen=True)
class Vocabulary:
    """Runs of lemmas read as one token: long forms of abbreviations, synonyms, region names."""

    runs: dict[str, list[tuple[tuple[str, ...], str]]]  # by first lemma, longest first

    @classmethod
    def build(cls, region_names: list[str], settings: MatchSettings = SETTINGS) -> Vocabulary:
        pairs: dict[tuple[str, ...], str] = {}
        for canonical, variant in read_equivalents(settings.equivalents_csv):
            run = tuple(lemmas(variant, settings)[0])
            token = " ".join(lemmas(canonical, settings)[0])
            if run and token:
                pairs[run] = token
        for phrase in (*settings.region_phrases, *region_names):
            run = tuple(lemmas(phrase, settings)[0])
            if run:
                pairs[run] = settings.region_token
        runs: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for run, token in sorted(pairs.items(), key=lambda p: (-len(p[0]), p[0])):
            runs.setdefault(run[0], []).append((run, token))
        return cls(runs)


def read_equivalents(path: Path) -> list[tuple[str, str]]:
    """(canonical, variant) rows of the seed: an abbreviation and each of its long forms,
    or a term of the template and a synonym regions print instead."""
    with path.open(encoding="utf-8") as fh:
        rows = [(r["canonical"].strip(), r["variant"].strip()) for r in csv.DictReader(fh)]
    return [(c, v) for c, v in rows if c and v]


@dataclass(frozen=True)
class Form:
    """A wording's comparison form: `text` is compared, `numbers` are kept aside."""

    text: str
    numbers: tuple[str, ...]


def comparison_form(name: str, vocabulary: Vocabulary, settings: MatchSettings = SETTINGS
                    ) -> Form:
    words, numbers = lemmas(name, settings)
    tokens = _drop_repeats(_replace_runs(words, vocabulary.runs))
    return Form(" ".join(tokens), tuple(numbers))
