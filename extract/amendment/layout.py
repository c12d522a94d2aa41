"""Which column holds what, read from a table's header; years when the header is lost.

Both appendix tables name their columns in a header («№ п/п», «Наименование …»,
«Источник финансирования», «Единица измерения», year cells). The positions are
read from there, so a template with an extra column still reads right; the
defaults are the template's usual order, used only when a page (and the header
with it) was lost in conversion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extract.amendment.settings import SETTINGS
from extract.amendment.tables import CellRow

_STAGE = re.compile(
    r"(?:этап\w*|период\w*)\s*[-–—:]?\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})", re.IGNORECASE
)


@dataclass
class Layout:
    no_col: int = 0
    name_col: int = 1
    label_col: int = 2  # source label (funding) or indicator name (indicators)
    unit_col: int | None = None  # indicators only
    # value column index -> year (None when the year could not be established)
    year_cols: dict[int, int | None] = field(default_factory=dict)
    years_inferred: bool = False
    # Funding tables printed with sources as columns and years as rows.
    source_cols: dict[int, str] = field(default_factory=dict)  # column -> source
    year_col: int | None = None

    @property
    def first_value_col(self) -> int:
        return max(c for c in (self.no_col, self.name_col, self.label_col, self.unit_col)
                   if c is not None) + 1


def header_columns(header: Sequence[CellRow]) -> dict[str, int]:
    """Column roles named in the header rows: no, name, source, indicator, unit, year."""
    words = SETTINGS
    roles: dict[str, int] = {}

    def names(low: str, stems: tuple[str, ...]) -> bool:
        return any(s in low for s in stems)

    for row in header:
        for i, cell in enumerate(row.cells):
            low = cell.lower()
            if not low or i in roles.values():
                continue
            if (names(low, words.header_number) and "no" not in roles
                    and len(low) < words.header_number_max_chars):
                roles["no"] = i
            elif names(low, words.header_source) and "source" not in roles:
                roles["source"] = i
            elif names(low, words.header_unit) and "unit" not in roles:
                roles["unit"] = i
            elif (names(low, words.header_indicator) and names(low, words.header_name)
                  and "indicator" not in roles):
                roles["indicator"] = i
            elif names(low, words.header_name) and "name" not in roles:
                roles["name"] = i
            elif (low.split()[0] in words.header_year_column or low.startswith("год"))\
                    and len(low) < 25 and "year" not in roles:
                roles["year"] = i
    return roles


def stage_periods(texts: Iterable[str]) -> list[list[int]]:
    """Year spans of stages/periods printed in `texts` («II этап – 2019 - 2025 годы»)."""
    spans = []
    for text in texts:
        for m in _STAGE.finditer(text):
            start, end = int(m.group(1)), int(m.group(2))
            if start <= end:
                spans.append(list(range(start, end + 1)))
    return spans


def infer_years(
    value_cols: list[int], candidates: Iterable[list[int]]
) -> dict[int, int | None]:
    """Years for value columns whose header was lost: the first candidate span that fits.

    A candidate fits when it has exactly as many years as there are value columns;
    candidates come in the caller's order of trust (the table's own stage heading,
    the other appendix's year header, the program's stages).
    """
    for years in candidates:
        if len(years) == len(value_cols):
            return dict(zip(value_cols, years, strict=True))
    return dict.fromkeys(value_cols)
