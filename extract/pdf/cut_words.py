"""Words a narrow table column cut at a line's end, without a hyphen, glued back.

A word too long for its column is cut wherever the line ends (`исполнительны` /
`х`); the contract's joining of a cell's lines would put a space there. The
reader marks each line its next glyph would not have fitted on (`FULL_LINE`);
here a break after such a line, holding one token, is judged a cut or a wrap
from the document's own words and the Russian dictionary (pymorphy3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.morphology import morph
from extract.pdf.reader import FULL_LINE, Page, TextLine

_TOKEN = re.compile(r"\w[\w-]*")
_LEFT_PART = re.compile(r"(\w[\w-]*\w|\w)$")
_RIGHT_PART = re.compile(r"([^\W\d_][\w-]*)")


@dataclass
class Vocabulary:
    printed: set[str]  # every token, lower case
    whole: set[str]  # tokens surely printed as words: inside a line


def vocabulary(pages: list[Page]) -> Vocabulary:
    """What the document prints; a line's first and last token may be part of a word."""
    seen: set[str] = set()
    inner: set[str] = set()

    def add(line: str) -> None:
        tokens = [t.lower() for t in _TOKEN.findall(line)]
        seen.update(tokens)
        inner.update(tokens[1:-1])

    for page in pages:
        for item in page.items:
            if isinstance(item, TextLine):
                add(item.text)
                continue
            for row in item.rows:
                for raw in row:
                    for line in (raw or "").split("\n"):
                        add(line)
    return Vocabulary(seen, inner)


# Parses that make a dictionary hit no evidence of a common word: `терри`, `ной`, `м`.
_NOT_WORDS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"})


@lru_cache(maxsize=65536)
def _word_score(word: str) -> float:
    """How surely `word` is a common Russian word form: the score of pymorphy3's
    likeliest parse when that parse is in its dictionary and is no name or
    abbreviation (a cut part often happens to be one), else 0."""
    best = morph().parse(word)[0]  # the one analyzer the readers share
    return best.score if best.is_known and not (_NOT_WORDS & best.tag.grammemes) else 0.0


def _known(word: str) -> bool:
    return _word_score(word) > 0


# A part after the cut counts as a word of its own only when its likeliest reading is
# at least this likely (`на` 0.999 is a word; `ников`, three readings at 0.33, is not).
_SURE_WORD = 0.5


def _cut_inside_word(a: str, b: str) -> bool:
    """`a` (the whole of a full line) and `b` (the next line's first word) are one word
    cut by the column: letters of the same case, and either glued they make a
    dictionary word and are not two words each (`рекомендован` / `о`, `работ` /
    `ников`; not `виде` / `на`), or neither part is a word, `b` perhaps a lone letter
    (`обеспеч` / `ивающи`, `рованног` / `о`), or both are capitals (`ГЛО` / `НАС`).
    Never `Министерство` / `образования`, nor `цифровизация` / `мировых` (a word the
    dictionary lacks, then a word). The
    dictionary is asked about the part of a hyphenated compound that holds the cut."""
    if not (a[-1].isalpha() and b[0].isalpha() and a[-1].isupper() == b[0].isupper()):
        return False
    left, right = a.split("-")[-1], b.split("-")[0]
    if not (left and right):
        return False
    if left.isupper() and right.isupper():
        return True  # an acronym cut (`ГЛО` / `НАС`): the dictionary knows none
    left, right = left.lower(), right.lower()
    known_left, known_right = _known(left), _word_score(right) >= _SURE_WORD
    if _known(left + right):
        return not (known_left and known_right and len(right) > 1)
    return not known_left and (not known_right or len(right) == 1)


def _glue(line: str, nxt: str, words: Vocabulary) -> bool:
    """Whether the break between `line` and `nxt` falls inside a word."""
    nxt = nxt.strip()
    if _CLOSING.match(nxt):
        return True  # closing punctuation is never a line's first character by choice
    left, right = _LEFT_PART.search(line.rstrip(FULL_LINE)), _RIGHT_PART.match(nxt)
    if not (left and right):
        return False
    a, b = left.group(1), right.group(1)
    if b[0].islower() and (a + b).lower() in words.printed and not (
            a.lower() in words.whole and b.lower() in words.whole):
        return True
    # Only a word longer than the column is cut: its part fills a full line alone.
    return (line.endswith(FULL_LINE) and len(line.split()) == 1
            and _cut_inside_word(a, b))


_CLOSING = re.compile(r"[,.;:!?)\]»”%]")
_CHAIN = 3  # a word cut several times: this many more lines tried at most


def _alone(line: str) -> str | None:
    """The word of a full line that holds only (a part of) one word."""
    found = _LEFT_PART.search(line.rstrip(FULL_LINE))
    if line.endswith(FULL_LINE) and len(line.split()) == 1 and found:
        return found.group(1)
    return None


def _chain(line: str, following: list[str]) -> int:
    """How many of the following lines end a word cut more than once (`образов` /
    `ательног` / `о`): the parts are alone on full lines and glued make a dictionary
    word; 0 when they do not."""
    word = _alone(line)
    if word is None:
        return 0
    for n, nxt in enumerate(following, 1):
        right = _RIGHT_PART.match(nxt.strip())
        if not right or right.group(1)[0].isupper() != word[-1].isupper():
            return 0
        word += right.group(1)
        if n > 1 and _known(word.split("-")[-1].lower()):
            return n
        if _alone(nxt) is None:
            return 0
    return 0


def rejoin_broken_words(raw: str, words: Vocabulary) -> str:
    """Undo a line break inside a word printed without a hyphen.

    A word too long for a narrow column is cut where the line ends
    (`информаци` / `онно-сервисная`); the contract's joining would put a space
    there. The two parts are glued when the document prints the glued word
    elsewhere (project names recur in sections 5, 6 and 7) and the parts are not
    both words in their own right, or when the first part fills its line alone
    (the reader marks such lines FULL_LINE) and the parts pass `_cut_inside_word`.
    Closing punctuation at a line's start (`здоровье` / `»`) was cut off too.
    """
    lines = raw.split("\n")
    out = [lines[0]]
    i = 1
    while i < len(lines):
        n = 1 if _glue(out[-1], lines[i], words) else _chain(out[-1], lines[i:i + _CHAIN])
        if n:
            parts = [ln.strip() for ln in lines[i:i + n]]
            out[-1] = "".join(p.rstrip(FULL_LINE) for p in [out[-1], *parts[:-1]]) + parts[-1]
            i += n
        else:
            out.append(lines[i])
            i += 1
    # Marks of lines left as they are stay: the cell may be joined with its part on
    # the next page and read again; `grid.cell_text` drops them.
    return "\n".join(out)
