"""Time the PDF path on a ~200-page strategy: pages per second, seconds, CPU seconds,
peak RSS. CPU seconds are what to compare on a shared (loaded) machine.

The document is the corpus strategy 000's sections 5–7 (from the gold files)
drawn by the test fixtures, repeated until it reaches the page count. Run from
the repository root:

    .venv/bin/python scripts/bench_pdf.py [--pages 200] [--keep out.pdf] [--profile 25]

`--profile N` also runs the extraction under cProfile and prints the N costliest
functions (cumulative time), to see which stage the seconds go to.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.pdf import extract_pdf
from tests.pdf_fixtures import corpus_strategy, write_strategy


def _page_count(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def make_pdf(path: Path, pages: int) -> int:
    """Write a strategy of at least `pages` pages (sections 5–7 repeated); its page count."""
    content = corpus_strategy("000")
    write_strategy(path, content, copies=1)
    one = _page_count(path)
    write_strategy(path, content, copies=2)
    per_copy = _page_count(path) - one
    copies = max(1, 1 + -(-(pages - one) // per_copy))  # at least `pages` pages
    write_strategy(path, content, copies=copies)
    return _page_count(path)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _profile(path: Path, top: int) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(extract_pdf, path)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="also keep the generated PDF here")
    parser.add_argument("--profile", type=int, metavar="N", default=0,
                        help="also profile the extraction and print the N costliest calls")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "strategy_bench.pdf"
        pages = make_pdf(path, args.pages)
        rss_before = _peak_rss_mb()
        start, cpu_start = time.perf_counter(), time.process_time()
        tables = extract_pdf(path)
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        if args.profile:
            _profile(path, args.profile)
    rows = {k: len(v) for k, v in tables.items() if k.startswith("strategy_")}
    print(f"pages: {pages}")
    print(f"seconds: {seconds:.1f}")
    print(f"pages per second: {pages / seconds:.1f}")
    print(f"CPU seconds: {cpu:.1f} ({pages / cpu:.1f} pages per CPU second)")
    print(f"peak RSS: {_peak_rss_mb():.0f} MB ({rss_before:.0f} MB after generating the PDF)")
    print(f"rows: {rows}")
    return 0 if seconds < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
