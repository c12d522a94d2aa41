"""The widest line seen so far in each column of one table.

A PDF wraps each cell's text to its column's width, so a line much wider than
every line the reader has already placed in a column is not that column's. The
width is counted in characters, with slack for proportional fonts (settings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.strategy.sections import Line
from extract.strategy.settings import SETTINGS, ReaderSettings


@dataclass
class ColumnWidths:
    settings: ReaderSettings = SETTINGS
    _lines: dict[str, int] = field(default_factory=dict)  # lines seen per column
    _widest: dict[str, int] = field(default_factory=dict)
    _cells: dict[str, list[int]] = field(default_factory=dict)  # widest line per cell
    _caps: dict[str, float] = field(default_factory=dict)  # from the repeated header

    def cap_from_header(self, column: str, label: list[Line], after: Line | None) -> None:
        """The column's label in a repeated header, as the lines stage rejoined it: a
        word printed in k pieces (its lines' numbers jump by k) filled the column k-1
        times, so the column holds fewer letters than the word's length / (k-1). The
        template's labels are wrapped to their columns like any cell."""
        for ln, nxt in zip(label, [*label[1:], after], strict=True):
            word = ln.text
            if nxt is None or not re.fullmatch(r"[А-Яа-яЁё]+", word):
                continue
            pieces = nxt.no - ln.no
            if 2 <= pieces <= len(word):
                cap = len(word) / (pieces - 1)
                self._caps[column] = min(self._caps.get(column, cap), cap)

    def header_cap(self, column: str) -> float:
        """Fewer letters than this fit a line of the column (0: the header says not)."""
        return self._caps.get(column, 0.0)

    def typical(self, column: str) -> int:
        """The median of the widest lines of the column's cells of two lines or more
        (each filled its first line near the column's width), once enough were seen
        (else 0): unlike the widest line, a few lines misplaced in the column do not
        move it."""
        seen = sorted(self._cells.get(column, []))
        if len(seen) < self.settings.min_width_samples:
            return 0
        return seen[len(seen) // 2]

    def add(self, column: str, lines: list[str]) -> None:
        """Lines the reader has placed in `column` (one cell's)."""
        if len(lines) > 1:
            self._cells.setdefault(column, []).append(max(len(x) for x in lines))
        for line in lines:
            self._lines[column] = self._lines.get(column, 0) + 1
            self._widest[column] = max(self._widest.get(column, 0), len(line))

    def too_wide(self, column: str, text: str, cell: list[str] | None = None) -> bool:
        """`text` is wider than the column can hold (known once enough lines were seen).
        One word alone says nothing: a word wider than its column was cut into pieces
        that the lines stage glued back (`жилищно-коммунал` / `ьного`). The lines of
        the cell it would go on (`cell`) were printed in the column too: a line no
        wider than they is no wider than the column (`Министерство науки и` /
        `высшего образования` where the bodies before were narrower)."""
        if self._lines.get(column, 0) < self.settings.min_width_samples:
            return False
        if len(text.split()) == 1:
            return False
        widest = max([self._widest[column], *(len(x.strip()) for x in cell or [])])
        return len(text.strip()) > widest * (1 + self.settings.width_slack)
