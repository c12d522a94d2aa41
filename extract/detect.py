"""Which kind of document (strategy / program amendment) and which format a file is."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from extract.errors import ExtractionError

STRATEGY = "strategy"
AMENDMENT = "program_amendment"

_STRATEGY_MARKERS = (
    re.compile(r"цифровой\s+трансформации", re.IGNORECASE),
    re.compile(r"Показатели\s+развития\s+отрасли", re.IGNORECASE),
)
_AMENDMENT_MARKERS = (
    re.compile(r"государственн\w+\s+программ", re.IGNORECASE),
    re.compile(r"О\s+внесении\s+изменени", re.IGNORECASE),
)


# Old binary Office files (OLE compound document) and RTF: LibreOffice turns them into .docx.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF = b"{\\rtf"


def detect_format(path: Path, head: bytes) -> str:
    """`pdf`, `docx`, `doc`, `rtf` or `text`, from the file's first bytes rather than its name."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if not zipfile.is_zipfile(path):
            raise ExtractionError(path, "a damaged ZIP/Word file (no readable ZIP directory)")
        with zipfile.ZipFile(path) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ExtractionError(path, "a ZIP archive that is not a Word (.docx) document")
        return "docx"
    if head.startswith(_OLE):
        return "doc"
    if head.startswith(_RTF):
        return "rtf"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A cut in the middle of a multi-byte character at the end of the head is fine.
        if exc.start < len(head) - 4:
            raise ExtractionError(path, "not a UTF-8 text file nor a PDF") from exc
    return "text"


def detect_kind(path: Path, text: str) -> str:
    """`strategy` or `program_amendment`, from markers every document of the kind has."""
    if all(m.search(text) for m in _STRATEGY_MARKERS):
        return STRATEGY
    if all(m.search(text) for m in _AMENDMENT_MARKERS):
        return AMENDMENT
    raise ExtractionError(
        path,
        "neither a digital-transformation strategy (no «Показатели развития отрасли») "
        "nor a state-program amendment (no «О внесении изменений … государственную программу»)",
    )
