"""Paths of the warehouse folder, from the two settings users know."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCUMENTS_DIR = REPO_ROOT / "data" / "documents"
DEFAULT_WAREHOUSE_PATH = REPO_ROOT / "warehouse" / "warehouse.duckdb"

_UNSAFE = re.compile(r"[^\w.\-]+")


def document_key(path: Path) -> str:
    """A stable, filesystem- and partition-safe key for a document: its file name."""
    return _UNSAFE.sub("_", path.name)


@dataclass(frozen=True)
class Layout:
    documents_dir: Path
    warehouse_path: Path

    @classmethod
    def resolve(cls, documents_dir: str | None = None, warehouse_path: str | None = None) -> Layout:
        """Given paths, else DOCUMENTS_DIR / WAREHOUSE_PATH, else the defaults.

        Relative paths are taken from the repository root, so the CLI, Dagster and
        dbt (which runs in dbt_project/) agree on one file.
        """
        docs = Path(documents_dir or os.environ.get("DOCUMENTS_DIR") or DEFAULT_DOCUMENTS_DIR)
        wh = Path(warehouse_path or os.environ.get("WAREHOUSE_PATH") or DEFAULT_WAREHOUSE_PATH)
        return cls(
            documents_dir=docs if docs.is_absolute() else REPO_ROOT / docs,
            warehouse_path=wh if wh.is_absolute() else REPO_ROOT / wh,
        )

    @property
    def root(self) -> Path:
        return self.warehouse_path.parent

    @property
    def build_path(self) -> Path:
        """The warehouse being built; readers never open it."""
        return self.warehouse_path.with_name(self.warehouse_path.name + ".build")

    @property
    def landing(self) -> Path:
        return self.root / "landing"

    @property
    def accepted(self) -> Path:
        return self.root / "accepted"

    @property
    def quality(self) -> Path:
        return self.root / "quality"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def dbt_docs(self) -> Path:
        return self.root / "dbt_docs"

    @property
    def report(self) -> Path:
        """The nightly HTML report (index.html, regions/*.html), rebuilt after publication."""
        return self.root / "report"

    @property
    def report_cache(self) -> Path:
        """Rendered charts of the last report, by spec (`report.svg`)."""
        return self.root / "report_cache"

    def documents(self) -> dict[str, Path]:
        """Every document file in DOCUMENTS_DIR (hidden files and folders aside) by its key.

        The key is not always the file name (`Стратегия 2022.pdf` -> `Стратегия_2022.pdf`),
        so whoever holds a key finds the file here rather than rebuilding its path.
        """
        if not self.documents_dir.is_dir():
            return {}
        files = sorted(
            p for p in self.documents_dir.iterdir() if p.is_file() and not p.name.startswith(".")
        )
        return {document_key(p): p for p in files}
