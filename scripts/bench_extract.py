"""Time `extract.extract_file` over files: per-file and total seconds, peak RSS.

    .venv/bin/python scripts/bench_extract.py [FILE ...] [--repeat N]

Without files, times every strategy text dump in data/documents (files whose
kind detection says `strategy`).
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
    total_best = 0.0
    for path in files:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            extraction = extract_file(path)
            times.append(time.perf_counter() - t0)
        rows = sum(len(r) for r in extraction.tables.values())
        best = min(times)
        total_best += best
        print(f"{path.name}: best {best:.3f} s, mean {sum(times) / len(times):.3f} s "
              f"over {args.repeat} runs, {rows} rows")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(f"total (best per file): {total_best:.3f} s for {len(files)} files")
    print(f"peak RSS: {peak_kb / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
