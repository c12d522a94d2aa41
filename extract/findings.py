"""A finding: something an extractor noticed in the source and must not fix.

One `findings` row each (contract.FINDINGS_COLUMNS). Shared by every reader so
that the warehouse sees one shape, whatever the document type or format.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class Finding:
    check: str
    object: str
    message: str
    year: int | None = None
    expected: str = ""
    actual: str = ""
    source_line: int | None = None
    source_page: int | None = None

    def row(self) -> dict:
        return asdict(self)
