"""Time `extract.extract_file` over files: per-file and total seconds, peak RSS.

    .venv/bin/python scripts/bench_extract.py [FILE ...] [--repeat N]

Without files, times every strategy text dump in data/documents (files whose
kind detection says `strategy`). Wall time depends on what else the machine runs;
CPU time (this process only) is shown next to it, and is the figure to compare
on a shared machine.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.detect import STRATEGY, detect_kind  # noqa: E402
from extract.extraction import extract_file  # noqa: E402


def default_files() -> list[Path]:
    out = []
    for path in sorted((ROOT / "data" / "documents").glob("*.txt")):
        try:
            if detect_kind(path, path.read_text(encoding="utf-8")) == STRATEGY:
                out.append(path)
        except Exception:
            continue
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs per file (best is shown)")
    args = parser.parse_args(argv)
    files = args.files or default_files()
    total_best = total_cpu = 0.0
    for path in files:
        times, cpus = [], []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            extraction = extract_file(path)
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        rows = sum(len(r) for r in extraction.tables.values())
        best = min(times)
        total_best += best
        total_cpu += min(cpus)
        print(f"{path.name}: best {best:.3f} s (cpu {min(cpus):.3f} s), mean "
              f"{sum(times) / len(times):.3f} s over {args.repeat} runs, {rows} rows")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(f"total (best per file): {total_best:.3f} s (cpu {total_cpu:.3f} s) "
          f"for {len(files)} files")
    print(f"peak RSS: {peak_kb / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
