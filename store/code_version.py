"""A fingerprint of the code that produced a stored result, so a deploy invalidates it.

Extractions and gate verdicts are reused while a document's bytes are unchanged;
a new version of the extractor or of the suites must still re-read every
document, so what is reused is keyed by the content hash *and* this fingerprint.
"""

from __future__ import annotations

import hashlib
from functools import cache

from store.layout import REPO_ROOT


@cache
def code_version(*parts: str) -> str:
    """sha256 (16 hex digits) over the Python sources of these packages or files."""
    digest = hashlib.sha256()
    for part in parts:
        path = REPO_ROOT / part
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(REPO_ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def extractor_version() -> str:
    """What decides an extraction's tables: the readers and the Parquet writer."""
    return code_version("extract", "store/tables.py")


def gate_version() -> str:
    """What decides a verdict: the suites and the gate."""
    return code_version("expectations")
