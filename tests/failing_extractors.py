"""Extractors for worker-isolation tests, in a module light enough for a worker to import.

Worker processes import the extractor by name, so it cannot be a monkeypatch; and
importing a test module (pytest, Dagster) would take longer than the time limit.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from extract import extract_file
from extract.extraction import Extraction


def crash_hang_or_extract(path: Path) -> Extraction:
    """The worker really dies on `crash*` files and never returns on `hang*` files."""
    if path.name.startswith("crash"):
        os._exit(3)
    if path.name.startswith("hang"):
        (path.parent / "hang.pid").write_text(str(os.getpid()))
        time.sleep(600)
    return extract_file(path)


def modules_at_start(names: list[str]) -> list[str]:
    """Which of `names` a worker had imported before it was given any work."""
    import sys

    return [n for n in names if n in sys.modules]
