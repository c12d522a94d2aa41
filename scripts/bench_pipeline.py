"""Time the nightly job per step, and its peak memory, on a copy of a documents folder.

    .venv/bin/python scripts/bench_pipeline.py [--documents DIR] [--runs N]

Runs in a temporary warehouse and Dagster instance, so it never touches the real
ones. Prints each step's wall time (from Dagster's step events), the whole run's
time and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def step_seconds(instance, run_id: str) -> dict[str, float]:
    """Wall seconds of each step of a run, from its STEP_START / STEP_SUCCESS events."""
    steps: dict[str, float] = defaultdict(float)
    starts: dict[str, float] = {}
    for record in instance.all_logs(run_id):
        event = record.dagster_event
        if event is None:
            continue
        if event.event_type_value == "STEP_START":
            starts[event.step_key] = record.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE"):
            steps[event.step_key] += record.timestamp - starts[event.step_key]
    return dict(steps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=Path, default=REPO / "data" / "documents")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()

    import dagster as dg

    from orchestration.run_nightly import run_nightly

    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "documents"
        shutil.copytree(args.documents, docs)
        os.environ["DOCUMENTS_DIR"] = str(docs)
        os.environ["WAREHOUSE_PATH"] = str(Path(tmp) / "wh" / "warehouse.duckdb")
        (Path(tmp) / "home").mkdir()
        with dg.instance_for_test(temp_dir=str(Path(tmp) / "home")) as instance:
            for n in range(1, args.runs + 1):
                started = time.perf_counter()
                result, keys = run_nightly(instance)
                total = time.perf_counter() - started
                steps = step_seconds(instance, result.run_id)
                print(f"run {n}: {len(keys)} documents, {'ok' if result.success else 'FAILED'}, "
                      f"{total:.1f} s")
                for step, seconds in steps.items():
                    print(f"  {step:<28} {seconds:6.1f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB (this process), {children:.0f} MiB (largest child: dbt)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
