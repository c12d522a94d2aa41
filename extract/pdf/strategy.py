"""Ruled tables of a strategy PDF -> the strategy records the text reader also produces.

The PDF side only assembles pages into a stream of text lines and whole tables
(`tables.assemble`); the format-free `extract.strategy.table_records` finds the
sections, sectors and columns and builds the records, as it does for Word.
"""

from __future__ import annotations

from pathlib import Path

from extract.pdf.reader import Page
from extract.pdf.settings import DEFAULT, PdfSettings
from extract.pdf.tables import assemble
from extract.strategy.records import StrategyRecords
from extract.strategy.table_records import read_stream


def read_strategy(pages: list[Page], path: Path,
                  s: PdfSettings = DEFAULT) -> StrategyRecords | None:
    """Card and the rows of sections 5, 6 and 7 from a PDF with ruled tables; None when
    no table of sections 5–7 is ruled (the caller then reads the text layer)."""
    stream, _ = assemble(pages, s)
    return read_stream(stream, path)
