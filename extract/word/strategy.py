"""Strategy tables of a .docx -> contract rows (being built: issue 10)."""

from __future__ import annotations

from docx.document import Document

from extract.errors import ExtractionError


def read_strategy_docx(document: Document, source_file: str) -> dict[str, list[dict]]:
    raise ExtractionError(source_file, "strategies in Word form are not read yet")
