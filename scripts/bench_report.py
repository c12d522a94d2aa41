"""Time the nightly report's build from the published warehouse: wall and CPU seconds.

    .venv/bin/python scripts/bench_report.py [--runs N]

Builds `report/` next to WAREHOUSE_PATH (default warehouse/warehouse.duckdb; run the
pipeline first) N times in one process and prints each run; the first run includes
starting the Vega-Lite renderer (`vl-convert`), which a nightly run pays once.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report.render import build_report  # noqa: E402
from store.layout import Layout  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    layout = Layout.resolve()
    if not layout.warehouse_path.exists():
        print(f"no warehouse at {layout.warehouse_path}: run `make run` first", file=sys.stderr)
        return 1
    walls = []
    for run in range(1, args.runs + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        built = build_report(layout)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        walls.append(wall)
        print(f"run {run}: {wall:.2f} s wall, {cpu:.2f} s CPU "
              f"({built.pages} pages, {built.charts} charts)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"report build: first {walls[0]:.2f} s, best {min(walls):.2f} s; peak RSS {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
