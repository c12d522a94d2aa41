"""PDF documents -> contract tables, through the same record code as the text dumps.

A PDF with ruled tables is read table by table (`reader` -> `tables` ->
`strategy` / `amendment`); a PDF without ruling lines is read from its text
layer by the text extractors; a PDF that cannot be read (encrypted, corrupt,
a scan without text) raises ExtractionError naming the file and the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from extract.detect import AMENDMENT, detect_kind
from extract.pdf.reader import Page, has_ruled_tables, plain_text, read_pdf
from extract.pdf.settings import PdfSettings
from extract.strategy.rows import to_rows

__all__ = ["PdfSettings", "extract_pages", "extract_pdf"]


def extract_pdf(path: Path, settings: PdfSettings | Mapping[str, Any] | None = None
                ) -> dict[str, list[dict]]:
    """Contract rows (plus `findings`) of one PDF; `source_page` is the 1-based PDF page.
    `settings` overrides the reader's thresholds (`PdfSettings.of`: a mapping of names)."""
    path = Path(path)
    s = PdfSettings.of(settings)
    return extract_pages(read_pdf(path, settings=s), path, s)


def extract_pages(pages: list[Page], path: Path,
                  settings: PdfSettings | Mapping[str, Any] | None = None
                  ) -> dict[str, list[dict]]:
    """The same from pages already read (`reader.read_pdf`)."""
    text = plain_text(pages)
    kind = detect_kind(path, text)
    if not has_ruled_tables(pages):
        return _from_text_layer(path, text, kind)
    if kind == AMENDMENT:
        from extract.pdf.amendment import read_amendment

        return read_amendment(pages, path.name)
    from extract.pdf.strategy import read_strategy

    records = read_strategy(pages, path, PdfSettings.of(settings))
    if records is None:
        # Ruling only around something else (a card, a logo box): read the text layer.
        return _from_text_layer(path, text, kind)
    return to_rows(records, path.name)


def _from_text_layer(path: Path, text: str, kind: str) -> dict[str, list[dict]]:
    """No ruled tables: the text layer, line by line, is what the text readers take."""
    if kind == AMENDMENT:
        from extract.amendment import extract_amendment_text

        return extract_amendment_text(text, path.name)
    from extract.strategy import extract_strategy_text

    return extract_strategy_text(text, path.name)
