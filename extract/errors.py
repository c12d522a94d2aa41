"""The one error an extractor raises for input it cannot turn into tables."""

from __future__ import annotations

from pathlib import Path


class ExtractionError(Exception):
    """A document that cannot be extracted; the message names the file and why."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")
