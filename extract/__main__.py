"""`python -m extract FILE [FILE ...] --out DIR` — the contract's command."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from extract.contract import TABLES
from extract.errors import ExtractionError
from extract.extraction import extract_file


def write_csvs(rows_by_table: dict[str, list[dict]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for table, columns in TABLES.items():
        with (out / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\r\n")
            writer.writeheader()
            for row in rows_by_table.get(table, []):
                writer.writerow({k: "" if v is None else v for k, v in row.items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", required=True, type=Path, help="folder for <table>.csv")
    args = parser.parse_args(argv)

    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    failed = 0
    for path in args.files:
        try:
            extraction = extract_file(path)
        except ExtractionError as exc:
            print(f"error: {path}: {exc.reason}", file=sys.stderr)
            failed += 1
            continue
        for table, table_rows in extraction.tables.items():
            rows[table].extend(table_rows)
    write_csvs(rows, args.out)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
