"""Fragments of one ruled table over many pages -> one table with a header and body rows.

A long table is printed page after page: each page's part is a separate
fragment in the PDF, usually with the header (or only the column-number row
`1 2 3 …`) drawn again at its top. Here those parts are joined back: repeated
headers and column-number rows are dropped, and the first body row of every
continued part is marked `cont`, because that is where a row cut by the page
break goes on (its cells' tails) and where a merged cell reappears. What those
tails mean depends on the table, so joining them is left to the table readers,
with the helpers below.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3

from extract.pdf.reader import Fragment, Page, TextLine
from extract.strategy.grid import (
    BodyRow,
    Table,
    cell_text,
    join_split_rows,
    repeated_header_rows,
    split_header,
)

# Amendment readers take these from here too.
__all__ = ["BodyRow", "Table", "assemble", "cell_text", "join_split_rows",
           "rejoin_broken_words"]

_COLUMN_TOLERANCE = 4.0


def _same_columns(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _COLUMN_TOLERANCE for x, y in zip(a, b,
                                                                                    strict=True))


_TOKEN = re.compile(r"\w[\w-]*")
_LEFT_PART = re.compile(r"(\w[\w-]*\w|\w)$")
_RIGHT_PART = re.compile(r"([^\W\d_][\w-]*)")


@dataclass
class _Vocabulary:
    printed: set[str]  # every token, lower case
    whole: set[str]  # tokens surely printed as words: inside a line


def _vocabulary(pages: list[Page]) -> _Vocabulary:
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
    return _Vocabulary(seen, inner)


@lru_cache(maxsize=1)
def _morphology() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def _dictionary_word(left: str, right: str) -> bool:
    """The two parts, glued where the line broke, are a Russian word form (the part of
    a hyphenated compound that holds the break: `информаци` + `онно-сервисная`)."""
    a, b = left.split("-")[-1], right.split("-")[0]
    return bool(a) and bool(b) and len(a + b) > 2 and _morphology().word_is_known(a + b)


def _glue(line: str, nxt: str, words: _Vocabulary) -> bool:
    """Whether the break between `line` and `nxt` falls inside a word."""
    left = _LEFT_PART.search(line)
    right = _RIGHT_PART.match(nxt.strip())
    if not (left and right and right.group(1)[0].islower()):
        return False
    a, b = left.group(1).lower(), right.group(1).lower()
    if a + b in words.printed and not (a in words.whole and b in words.whole):
        return True
    # Only a word longer than the column is cut, so its first part fills the line alone.
    return len(line.split()) == 1 and _dictionary_word(a, b)


_CLOSING = re.compile(r"[,.;:!?)\]»”%]")
_CHAIN = 3  # a word cut more than once: up to this many more lines tried


def rejoin_broken_words(raw: str, words: _Vocabulary) -> str:
    """Undo a line break inside a word printed without a hyphen.

    A word too long for a narrow column is cut where the line ends
    (`информаци` / `онно-сервисная`); the contract's joining would put a space
    there. The two parts are glued when the document prints the glued word
    elsewhere (project names recur in sections 5, 6 and 7) and the parts are not
    both words in their own right, or when the first part is its line's only word
    and the glued form is in the Russian dictionary (pymorphy3): `исполнительны` /
    `х`, `обеспеч` / `ивающи` / `х`. Closing punctuation alone at a line's start
    (`здоровье` / `»`) was cut off the word before it.
    """
    lines = raw.split("\n")
    out = [lines[0]]
    i = 1
    while i < len(lines):
        nxt = lines[i]
        if _CLOSING.match(nxt.strip()) or _glue(out[-1], nxt, words):
            out[-1] = out[-1] + nxt.strip()
            i += 1
            continue
        n = _chain(out[-1], lines[i:i + _CHAIN])
        if n:
            out[-1] = out[-1] + "".join(ln.strip() for ln in lines[i:i + n])
            i += n
            continue
        out.append(nxt)
        i += 1
    return "\n".join(out)


def _chain(line: str, following: list[str]) -> int:
    """How many of the following lines continue `line`'s one word, cut several times
    (each cut part alone on its line): 0 unless the glued word is in the dictionary."""
    if len(line.split()) != 1 or not _LEFT_PART.search(line):
        return 0
    word = _LEFT_PART.search(line).group(1).lower()
    for n, nxt in enumerate(following, 1):
        right = _RIGHT_PART.match(nxt.strip())
        if not right or not right.group(1)[0].islower():
            return 0
        if _dictionary_word(word, right.group(1).lower()):
            return n
        if len(nxt.split()) != 1 or nxt.strip().endswith("-"):
            return 0
        word += right.group(1).lower()
    return 0


def _rejoined(cells: Sequence[str | None], words: _Vocabulary) -> list[str | None]:
    return [rejoin_broken_words(c, words) if c and "\n" in c else c for c in cells]


def assemble(pages: list[Page]) -> tuple[list[TextLine | Table], list[Table]]:
    """The document as a stream of text lines and whole tables, plus the tables alone.

    A fragment continues the table before it when it is the first thing on its
    page, the previous page ended with that table, and the columns line up.
    """
    words = _vocabulary(pages)
    stream: list[TextLine | Table] = []
    tables: list[Table] = []
    current: Table | None = None
    prev_fragment: Fragment | None = None
    index = 0
    pending_text: list[str] = []
    for page in pages:
        first = True  # nothing but furniture so far on this page
        for item in page.items:
            if isinstance(item, TextLine):
                if item.furniture:
                    continue
                first = False
                stream.append(item)
                pending_text.append(item.text)
                current = None
                prev_fragment = None
                continue
            continues = (
                current is not None and prev_fragment is not None and first
                and item.page == prev_fragment.page + 1
                and _same_columns(item.columns, prev_fragment.columns)
            )
            rows = item.rows
            if continues:
                assert current is not None
                body = rows[repeated_header_rows(rows, current.header):]
                cont = True
            else:
                header, start = split_header(rows)
                header = [_rejoined(h, words) for h in header]
                current = Table(page=item.page, position=len(stream), header=header,
                                heading=pending_text[-3:])
                stream.append(current)
                tables.append(current)
                body = rows[start:]
                cont = False
            first = False
            for cells in body:
                if not any(c for c in cells if c):
                    continue
                cells = _rejoined(cells, words)
                index += 1
                current.rows.append(BodyRow(list(cells), item.page, cont, index))
                cont = False
            prev_fragment = item
            pending_text = []
    return stream, tables
