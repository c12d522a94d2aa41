"""Dictionary judgements on Russian words: the one pymorphy3 analyser of a process, and
whether a line end cut a word.

Creating a MorphAnalyzer loads its dictionaries (tens of MB, about a second), so every
reader and the name matcher share this one instead of each caching its own. A word cut
without a hyphen by a narrow cell or a page break («геоинформацио» / «нной») is glued
back when the dictionary knows the glued word and not both parts; the text-dump readers
of strategies and decrees and the decree record builder use the same rule.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pymorphy3

from extract.text import join_fragments

_LEFT = re.compile(r"([^\W\d_]+)$")
_RIGHT = re.compile(r"([^\W\d_]+)")
# A one-letter «word» other than a preposition or conjunction is a cut ending («м»).
_ONE_LETTER_WORDS = frozenset("вискоуая")


@cache
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def words_opening(prefix: str, limit: int = 3) -> tuple[str, ...]:
    """Up to `limit` word forms of the dictionary that begin with `prefix` (lower case,
    as the dictionary spells them; `prefix` itself when it is a word). Whether some word
    begins with a line's last or next line's first letters tells a cut word
    (`федерац` opens `федерации`; `изирова` opens nothing); a few forms suffice, so the
    walk over the word graph stops early."""
    out: list[str] = []
    for key in morph().dictionary.words.iterkeys(prefix):
        out.append(key)
        if len(out) >= limit:
            break
    return tuple(out)


# Grammemes of names and abbreviations: a lower-case piece begins none of them, and
# a word the dictionary knows only so is no evidence of a common word.
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"})


@lru_cache(maxsize=65536)
def opens_common_word(prefix: str) -> bool:
    """Some word of the dictionary that is no name or abbreviation begins with `prefix`
    (lower case): `ован` opens only `Ованес`, so a lower-case `ования` begins no word.
    Asks the parses (their tags), where `words_opening` asks only the word graph."""
    return any(not (NAME_GRAMMEMES & parse.tag.grammemes)
               for parse in morph().iter_known_word_parses(prefix))


def cut_word(before: str, after: str, *, trust_space: bool = False) -> bool:
    """`before` ends inside a word that `after` goes on with (a narrow cell cut it): the
    glued word is in the dictionary and one of the parts is not a word. `trust_space`:
    the source marks word ends by a trailing space and `before` has none, so two words
    that glue into a known one («государственно» / «го») are glued too."""
    left = _LEFT.search(before.rstrip())
    right = _RIGHT.match(after.lstrip())
    if not left or not right or not right.group(1)[0].islower():
        return False
    known = morph().word_is_known
    a, b = left.group(1).lower(), right.group(1).lower()
    b_word = known(b) and (len(b) > 1 or b in _ONE_LETTER_WORDS)
    return known(a + b) and (trust_space or not (known(a) and b_word))


def join_cut(text: str, tail: str) -> str:
    """`text` and the fragment that continues it, a word cut between them glued."""
    if text and tail and cut_word(text, tail):
        return text.rstrip() + tail.lstrip()
    return join_fragments([text, tail])
