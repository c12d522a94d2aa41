"""Where an indicator's name begins in a decree's text dump.

A line opens an indicator's name when it starts with a capital on a word that can
begin one (pymorphy3: no proper name, a nominal that can be singular nominative).
Words cut by narrow cells are glued back by `extract.morphology.cut_word`.
"""

from __future__ import annotations

import re

from extract.morphology import morph

_WORD = re.compile(r"[\w/.%-]+")
_PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"}
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NUMR"}


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
