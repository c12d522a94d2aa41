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


def rejoin_broken_words(raw: str, words: _Vocabulary) -> str:
    """Undo a line break inside a word printed without a hyphen.

    A word too long for a narrow column is cut where the line ends
    (`информаци` / `онно-сервисная`); the contract's joining would put a space
    there. The two parts are glued when the document prints the glued word
    elsewhere (project names recur in sections 5, 6 and 7) and the parts are not
    both words in their own right.
    """
    lines = raw.split("\n")
    out = [lines[0]]
    for nxt in lines[1:]:
        left = _LEFT_PART.search(out[-1])
        right = _RIGHT_PART.match(nxt.strip())
        if left and right and right.group(1)[0].islower():
            a, b = left.group(1).lower(), right.group(1).lower()
            if a + b in words.printed and not (a in words.whole and b in words.whole):
                out[-1] = out[-1] + nxt.strip()
                continue
        out.append(nxt)
    return "\n".join(out)


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
                cells = [rejoin_broken_words(c, words) if c and "\n" in c else c
                         for c in cells]
                index += 1
                current.rows.append(BodyRow(list(cells), item.page, cont, index))
                cont = False
            prev_fragment = item
            pending_text = []
    return stream, tables
