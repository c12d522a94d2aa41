"""Comparing names that one section spells out and another abbreviates.

Russian official names are routinely shortened to the initials of their words
(«Национальная система управления данными» = НСУД, «Российской Федерации» = РФ,
«жилищно-коммунального хозяйства» = ЖКХ), and the full form is often followed by
its short form as a definition («… (НСУД)», «… (далее – ЕГИССО)»). Sections 5, 6
and 7 print the same project either way, so a name is compared as a sequence of
words in which every run of words whose initials spell an acronym of either text
collapses to that acronym, the word «далее» of a definition is dropped, and a
definition repeating the words right before it is dropped too.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,8}")
# The word that introduces a definition: «(далее – ГИСП)».
_DEFINITION = {"далее"}
_LONGEST_DEFINITION = 3


def word_list(text: str) -> list[str]:
    """The words of `text` as printed (hyphenated compounds are one word)."""
    return _WORD.findall(text)


def acronyms(text: str) -> frozenset[str]:
    """Words of `text` printed in capitals only (НСУД, РФ, ФОИВ)."""
    return frozenset(w for w in _WORD.findall(text) if _ACRONYM.fullmatch(w))


def _initials(word: str) -> str:
    """First letters of a word's hyphenated parts: `жилищно-коммунального` -> ЖК."""
    return "".join(p[0] for p in word.split("-") if p).upper()


def _collapse(words: list[str], found: list[str]) -> list[str]:
    """Replace each run of (not capitalised-only) words whose initials spell one of
    `found` (longest first) by that acronym."""
    out: list[str] = []
    i = 0
    while i < len(words):
        hit = None
        for acr in found:
            spelled, j = "", i
            while j < len(words) and len(spelled) < len(acr) and not _ACRONYM.fullmatch(words[j]):
                spelled += _initials(words[j])
                j += 1
                if not acr.startswith(spelled):
                    break
            if spelled == acr and (j - i >= 2 or "-" in words[i]):
                hit = (acr, j)
                break
        if hit:
            out.append(hit[0])
            i = hit[1]
        else:
            out.append(words[i])
            i += 1
    return out


def _drop_repeats(tokens: list[str]) -> list[str]:
    """Drop a run of tokens that repeats the run right before it (a definition)."""
    out: list[str] = []
    for t in tokens:
        out.append(t)
        for n in range(1, _LONGEST_DEFINITION + 1):
            if len(out) >= 2 * n and out[-n:] == out[-2 * n : -n]:
                del out[-n:]
                break
    return out


@lru_cache(maxsize=65536)
def name_words(text: str, found: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Comparison form of a name: its words, lower case, without hyphens, runs that
    spell an acronym of `found` (or of `text`) collapsed, definitions dropped."""
    words = _WORD.findall(text)
    order = sorted(found | acronyms(text), key=lambda a: (-len(a), a))
    tokens = [w.lower().replace("ё", "е").replace("-", "") for w in _collapse(words, order)]
    return tuple(_drop_repeats([t for t in tokens if t not in _DEFINITION]))


def same_name(text: str, name: str) -> bool:
    """`text` spells `name`, up to acronyms and definitions."""
    found = acronyms(text) | acronyms(name)
    return name_words(text, found) == name_words(name, found)
