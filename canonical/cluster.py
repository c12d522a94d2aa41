"""Group printed wordings into canonical things (indicators, federal projects).

Wordings with one comparison form are one thing. Then pairs of forms, best score
first, join their groups when they score at least settings.merge_threshold, do
not conflict, and the two groups share no document: one document names each
indicator one way, so two wordings of one document are two things. Pairs that
stay apart but score at least settings.review_threshold, and pairs merged below
settings.sure_threshold, are returned for review.
An analyst's seed (settings.overrides_csv) decides before any of this: wordings
it lists belong to the canonical name it gives them and to nothing else.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from canonical.settings import SETTINGS, MatchSettings
from canonical.similarity import compare, scored_pairs
from canonical.wording import Vocabulary, comparison_form


@dataclass(frozen=True)
class Wording:
    name: str      # as printed
    document: str  # source_file


@dataclass(frozen=True)
class Match:
    name: str
    document: str
    key: str             # the canonical thing's key
    canonical_name: str  # its name as most documents print it (or the seed's)
    method: str          # seed | exact | normalised | fuzzy
    score: float         # similarity of this wording's form to the canonical form


@dataclass(frozen=True)
class Review:
    name_a: str
    name_b: str
    score: float
    reason: str          # merged_unsure | conflicting_words | below_threshold
    key_a: str
    key_b: str


_DIGIT = re.compile(r"\d")


def printed_key(name: str) -> str:
    """How the seed names a wording: case, spaces and trailing punctuation do not matter."""
    return re.sub(r"\s+", " ", name.lower().replace("ё", "е")).strip(" .,;:")


def read_overrides(path: Path, kind: str) -> dict[str, str]:
    """printed_key(name) -> canonical name, for the seed's rows of `kind`."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {printed_key(r["printed_name"]): r["canonical_name"].strip()
                for r in csv.DictReader(fh)
                if r["kind"].strip() == kind and r["printed_name"].strip()
                and r["canonical_name"].strip()}


def _key(kind: str, text: str) -> str:
    return hashlib.md5(f"{kind}|{text}".encode()).hexdigest()


class _Groups:
    """Union-find over forms that keeps each group's documents."""

    def __init__(self, docs: list[set[str]]) -> None:
        self.parent = list(range(len(docs)))
        self.docs = [set(d) for d in docs]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or self.docs[ri] & self.docs[rj]:
            return False
        self.parent[rj] = ri
        self.docs[ri] |= self.docs[rj]
        return True


def group(kind: str, wordings: list[Wording], vocabulary: Vocabulary,
          settings: MatchSettings = SETTINGS, strip: str | None = None
          ) -> tuple[list[Match], list[Review]]:
    """Canonical key of every wording, and the pairs left for an analyst to review.

    `strip` is a pattern removed from names before comparison (a project's
    «(рекомендовано ФОИВ)» remark)."""
    overrides = read_overrides(settings.overrides_csv, kind)
    seeded = [w for w in wordings if printed_key(w.name) in overrides]
    free = [w for w in wordings if printed_key(w.name) not in overrides]

    def form_of(name: str) -> str:
        return comparison_form(re.sub(strip, " ", name) if strip else name, vocabulary,
                               settings).text

    form_by_name = {w.name: form_of(w.name) for w in free}
    forms = sorted(set(form_by_name.values()))
    index = {f: i for i, f in enumerate(forms)}
    docs = [set() for _ in forms]
    names_of: list[Counter[str]] = [Counter() for _ in forms]
    for w in free:
        i = index[form_by_name[w.name]]
        docs[i].add(w.document)
        names_of[i][w.name] += 1

    groups = _Groups(docs)
    apart: list[tuple[int, int, float, str]] = []
    unsure: list[tuple[int, int, float, str]] = []
    pairs = scored_pairs(forms, settings.review_threshold, settings)
    for i, j, s in sorted(pairs, key=lambda p: (-p[2].score, p[0], p[1])):
        if not docs[i].isdisjoint(docs[j]):
            continue  # one document, two wordings: two things
        if s.score >= settings.merge_threshold and not s.conflict and groups.join(i, j):
            if s.score < settings.sure_threshold:
                unsure.append((i, j, s.score, "merged_unsure"))
            continue
        apart.append((i, j, s.score, "conflicting_words" if s.conflict else "below_threshold"))

    members: dict[int, list[int]] = {}
    for i in range(len(forms)):
        members.setdefault(groups.find(i), []).append(i)
    canonical_form: dict[int, int] = {}
    display_name: dict[int, str] = {}
    for idx in members.values():
        best = min(idx, key=lambda k: (-len(docs[k]), len(forms[k]), forms[k]))
        printed = sum((names_of[k] for k in idx), Counter())
        # The group's name: a wording without a target written into it («100 услуг …»),
        # the one most documents print.
        name = min(printed.items(),
                   key=lambda item: (bool(_DIGIT.search(item[0])), -item[1], item[0]))[0]
        for k in idx:
            canonical_form[k], display_name[k] = best, name

    def printed_as(k: int) -> str:
        """The wording most documents print for form k (what the review shows)."""
        return min(names_of[k].items(), key=lambda item: (-item[1], item[0]))[0]

    out: list[Match] = []
    for w in free:
        k = index[form_by_name[w.name]]
        c = canonical_form[k]
        method = ("exact" if w.name == display_name[k] else "normalised") if k == c else "fuzzy"
        score = 100.0 if k == c else compare(forms[k], forms[c], settings=settings).score
        out.append(Match(w.name, w.document, _key(kind, forms[c]), display_name[k], method,
                         score))
    for w in seeded:
        canonical = overrides[printed_key(w.name)]
        out.append(Match(w.name, w.document, _key(kind, "seed|" + printed_key(canonical)),
                         canonical, "seed", 100.0))

    still_apart = [p for p in apart if groups.find(p[0]) != groups.find(p[1])]
    review = [Review(printed_as(i), printed_as(j), score, reason,
                     _key(kind, forms[canonical_form[i]]), _key(kind, forms[canonical_form[j]]))
              for i, j, score, reason in [*unsure, *still_apart]]
    return out, review
