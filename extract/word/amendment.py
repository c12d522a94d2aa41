"""Amendment tables of a .docx -> contract rows (being built: issue 11)."""

from __future__ import annotations

from docx.document import Document

from extract.errors import ExtractionError


def read_amendment_docx(document: Document, source_file: str) -> dict[str, list[dict]]:
    raise ExtractionError(source_file, "program amendments in Word form are not read yet")
