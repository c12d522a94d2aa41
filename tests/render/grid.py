"""Header grids with merge marks, shared by the Word and the reportlab renderers.

A header is a list of rows of cell texts; `LEFT` marks a cell merged with the one to
its left, `UP` one merged with the cell above.
"""

from __future__ import annotations

from collections.abc import Sequence

LEFT = "<"  # header cell merged with the one to its left
UP = "^"  # header cell merged with the one above


def header_cells(header: Sequence[Sequence[str]]) -> list[tuple[int, int, int, int]]:
    """(row0, col0, row1, col1) of every header cell, merged or not, in reading order."""
    out = []
    for r, row in enumerate(header):
        for c, text in enumerate(row):
            if text in (LEFT, UP):
                continue
            c1 = c
            while c1 + 1 < len(row) and row[c1 + 1] == LEFT:
                c1 += 1
            r1 = r
            while r1 + 1 < len(header) and header[r1 + 1][c] == UP:
                r1 += 1
            out.append((r, c, r1, c1))
    return out


def header_spans(header: Sequence[Sequence[str]]) -> list[tuple[int, int, int, int]]:
    """(row0, col0, row1, col1) of every merged header cell."""
    return [(r, c, r1, c1) for r, c, r1, c1 in header_cells(header) if (r1, c1) != (r, c)]
