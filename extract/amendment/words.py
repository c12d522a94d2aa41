"""Words cut by narrow cells and page breaks, and where an indicator's name begins.

Shared by the text-dump reader (which sees one printed line at a time) and the
record builder (which joins a name's fragments across page breaks): a word cut
without a hyphen («геоинформацио» / «нной») is glued back when the dictionary
(pymorphy3) knows the glued word and not both parts; a line opens an
indicator's name when it starts with a capital on a word that can begin one.
"""

from __future__ import annotations

import re

from extract.morphology import morph
from extract.text import join_fragments

_WORD = re.compile(r"[\w/.%-]+")
_LEFT = re.compile(r"([^\W\d_]+)$")
_RIGHT = re.compile(r"([^\W\d_]+)")
# A one-letter «word» other than a preposition or conjunction is a cut ending («м»).
_ONE_LETTER_WORDS = frozenset("вискоуая")
_PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"}
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NUMR"}


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


def starts_name(line: str) -> bool:
    """Whether a line can open an indicator's name: a capital letter on a word that is
    no proper name nor abbreviation and, if a noun or adjective, can be singular
    nominative («Доля», «Среднее», «На участках …»; not «Кузбасса», «Федерации»)."""
    words = _WORD.findall(line)
    if not words or not line[:1].isupper() or (len(words[0]) > 1 and words[0].isupper()):
        return False  # an abbreviation («МФЦ», «ЕПГУ») goes on with a sentence
    parses = morph().parse(words[0])
    if any(_PROPER & p.tag.grammemes for p in parses[:2]):
        return False
    if parses[0].tag.POS not in _NOMINAL:
        return True
    return any({"nomn", "sing"} <= p.tag.grammemes or {"nomn", "Pltm"} <= p.tag.grammemes
               for p in parses)
