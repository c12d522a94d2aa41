"""Measure the extractor on every rendered fixture and print format x layout x doc ->
indicators / projects / task links (min of recall and precision), worst first.

    .venv/bin/python scripts/accuracy_table.py [--formats docx txt] [--docs s01]
                                               [--csv | --write-floors]

`--write-floors` rewrites tests/fixtures/rendered/floors.csv with what was measured
(only for the variants measured; the others keep their floors), so the floors of
tests/test_rendered_accuracy.py are raised in one command as readers improve.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.render.matrix import FORMATS, variants
from tests.render.measure import (
    FLOORS,
    extraction,
    floors_csv,
    measure_all,
    read_floors,
    table_lines,
    write_floors,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--formats", nargs="*", default=list(FORMATS), choices=FORMATS)
    parser.add_argument("--docs", nargs="*", help="documents to measure (default: all)")
    parser.add_argument("--write-floors", action="store_true", help=f"rewrite {FLOORS}")
    parser.add_argument("--csv", action="store_true", help="print in the floors file's format")
    args = parser.parse_args()
    chosen = [v for v in variants()
              if v.fmt in args.formats and (not args.docs or v.doc in args.docs)]
    start = time.perf_counter()
    timings = {}
    for v in chosen:
        t0 = time.perf_counter()
        extraction(v.path)
        timings[v.fmt] = timings.get(v.fmt, 0.0) + time.perf_counter() - t0
    measured = measure_all(chosen)
    shown: dict = {k: dict(vals) for k, vals in measured.items()}
    for v in chosen:
        got = extraction(v.path)
        if isinstance(got, str):
            shown[(v.fmt, v.layout, v.doc)]["error"] = got
    if args.csv:
        floors_csv(measured, sys.stdout)
    else:
        print("\n".join(table_lines(shown)))
    print(f"{len(chosen)} files in {time.perf_counter() - start:.0f} s (extraction by format: "
          + ", ".join(f"{f} {s:.0f} s" for f, s in sorted(timings.items())) + ")",
          file=sys.stderr)
    if args.write_floors:
        write_floors({**read_floors(), **measured})
        print(f"floors written to {FLOORS}")


if __name__ == "__main__":
    main()
