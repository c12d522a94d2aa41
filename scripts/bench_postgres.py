"""Time publishing the current warehouse into PostgreSQL (load + constraints + swap).

    WAREHOUSE_POSTGRES_URL=postgresql://user@host:5432/db .venv/bin/python \
        scripts/bench_postgres.py [--runs N]

Publishes WAREHOUSE_PATH's published tables N times (each run replaces the previous
schema, as the nightly job does) and prints wall and CPU seconds and rows copied.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.layout import Layout  # noqa: E402
from store.postgres import PostgresSettings, publish_to_postgres  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    settings = PostgresSettings.from_env()
    if settings is None:
        print("set WAREHOUSE_POSTGRES_URL to a database this may write", file=sys.stderr)
        return 1
    layout = Layout.resolve()
    for run in range(1, args.runs + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        counts = publish_to_postgres(layout, settings)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"run {run}: {wall:.2f} s wall, {cpu:.2f} s CPU "
              f"({len(counts)} tables, {sum(counts.values())} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
