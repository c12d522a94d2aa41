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

from collections.abc import Sequence
from functools import partial

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words, vocabulary
from extract.pdf.reader import Fragment, Page, TextLine
from extract.pdf.settings import DEFAULT, PdfSettings
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

def _same_columns(a: Sequence[float], b: Sequence[float], tolerance: float) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def _rejoined(cells: Sequence[str | None], words: Vocabulary) -> list[str | None]:
    return [rejoin_broken_words(c, words) if c else c for c in cells]


def assemble(pages: list[Page],
             s: PdfSettings = DEFAULT) -> tuple[list[TextLine | Table], list[Table]]:
    """The document as a stream of text lines and whole tables, plus the tables alone.

    A fragment continues the table before it when it is the first thing on its
    page, the previous page ended with that table, and the columns line up.
    """
    words = vocabulary(pages, s)
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
                and _same_columns(item.columns, prev_fragment.columns, s.column_tolerance)
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
                                heading=pending_text[-3:],
                                clean=partial(rejoin_broken_words, words=words))
                stream.append(current)
                tables.append(current)
                body = rows[start:]
                cont = False
            first = False
            for cells in body:
                if not any(c for c in cells if c):
                    continue
                index += 1
                # A continued part's first row may end a row of the page before: its
                # cut words are rejoined once it is whole (`Table.clean`).
                current.rows.append(BodyRow(list(cells) if cont else _rejoined(cells, words),
                                            item.page, cont, index))
                cont = False
            prev_fragment = item
            pending_text = []
    return stream, tables
