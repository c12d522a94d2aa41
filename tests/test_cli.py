"""`python -m extract FILE... --out DIR`, as the contract specifies it."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from extract.contract import CONTRACT_COLUMNS, TABLES
from tests.conftest import AMENDMENT, DOCUMENTS, REPO


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=300)


def test_writes_every_contract_table_for_the_corpus(tmp_path: Path) -> None:
    done = _run(*map(str, DOCUMENTS), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    for table, columns in CONTRACT_COLUMNS.items():
        with (tmp_path / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = list(reader)
        assert header[: len(columns)] == columns  # the contract's columns first, in order
        assert header == TABLES[table]
        assert rows, f"{table} is empty"
    with (tmp_path / "documents.csv").open(encoding="utf-8") as fh:
        assert {r["source_file"] for r in csv.DictReader(fh)} == {p.name for p in DOCUMENTS}


def test_bad_file_is_named_and_the_others_still_extracted(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_text("просто текст, не стратегия и не постановление", "utf-8")
    out = tmp_path / "out"
    done = _run(str(bad), str(AMENDMENT), "--out", str(out))
    assert done.returncode == 1
    assert "broken.txt" in done.stderr
    with (out / "program_funding.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) > 0
