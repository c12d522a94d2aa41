"""Word documents (.docx) -> contract tables, from the document's real tables.

python-docx gives the body in print order (paragraphs and tables); the kind of
document is told from its text as for every other format, then the strategy or
amendment reader turns the tables into the same records the other formats feed
to the shared record builders. `.doc` and `.rtf` are converted to .docx by
LibreOffice first (`convert`).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from extract.detect import AMENDMENT, detect_kind
from extract.errors import ExtractionError

__all__ = ["body", "extract_docx", "open_docx", "plain_text"]


def open_docx(path: Path) -> Document:
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ExtractionError(path, f"not a readable Word document: {exc}") from exc


def body(document: Document) -> list[Paragraph | Table]:
    """Paragraphs and tables of the main body, in print order."""
    return list(document.iter_inner_content())


def plain_text(document: Document) -> str:
    """The document's text, tables cell by cell: enough to tell its kind."""
    parts: list[str] = []
    for item in body(document):
        if isinstance(item, Paragraph):
            parts.append(item.text)
        else:
            for row in item.rows:
                parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def extract_docx(path: Path, source_file: str | None = None) -> dict[str, list[dict]]:
    """Contract rows (plus `findings`) of one .docx; `source_file` names a converted original."""
    name = source_file or path.name
    document = open_docx(path)
    kind = detect_kind(Path(name), plain_text(document))
    if kind == AMENDMENT:
        from extract.word.amendment import read_amendment_docx

        return read_amendment_docx(document, name)
    from extract.word.strategy import read_strategy_docx

    return read_strategy_docx(document, name)
