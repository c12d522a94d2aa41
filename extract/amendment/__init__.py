"""State-program amendment decrees -> contract tables, from every form regions publish.

A decree restating parts of a regional state program prints: its header
(issuer, date, number, title naming the amended act and program), the restated
passport paragraph «Объемы и источники финансирования», and appendices — the
funding table (item × source × year, or sources as columns) and the indicator
table (item × indicator × year).

Forms and their front ends, all ending in one `decree.Decree` (running text +
tables as rows of cells) that `build.read_decree` turns into rows:
* converted text with tab-separated tables — `decree.decree_from_tab_text`;
* Word (.docx; .doc/.rtf via LibreOffice) — `extract.word.amendment`;
* PDF with ruled tables — `extract.pdf.amendment`;
* a PDF's plain text dump, one cell line per line — `stream.decree_from_stream`.

Modules: `act` (header facts), `tables` (rows of cells, tab tables), `layout`
(column roles, years), `passport`, `funding`, `indicators`, `reconcile`,
`findings`, `sources` (source labels), `numbering` (item numbers), `settings`
(every word list and threshold).
"""

from __future__ import annotations

from extract.amendment.build import read_decree
from extract.amendment.decree import Decree, SourceTable, decree_from_blocks, decree_from_tab_text

__all__ = ["Decree", "SourceTable", "decree_from_blocks", "extract_amendment_text",
           "read_decree"]


def extract_amendment_text(text: str, source_file: str) -> dict[str, list[dict]]:
    """Contract rows (plus `findings`) of a decree in text form: converted text with
    tab-separated tables, or a PDF's plain text dump (no tabs in its tables)."""
    from extract.amendment.stream import decree_from_stream, is_stream_text

    decree = decree_from_stream(text) if is_stream_text(text) else decree_from_tab_text(text)
    return read_decree(decree, source_file)
