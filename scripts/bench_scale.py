"""The nightly job at scale: N distinct documents, then a night with nothing changed, then
a night with one document changed; seconds per step, peak memory, and a linear fit.

    .venv/bin/python scripts/bench_scale.py 4 100 1000

Each N runs in its own process (so its peak RSS is its own) on a temporary documents
folder, warehouse and Dagster instance; nothing real is touched. The N documents are
copies of the bundled corpus, each copy with its own region: the stem of the region's
name (Кемеров-, Калининград-, Кабардино-Балкар-) is replaced everywhere in the text by
a made-up stem unique to the copy, so every copy is a distinct document (its own bytes,
region and keys) that reads like the original.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench_pipeline import step_seconds  # noqa: E402  (scripts/ is this script's folder)

CORPUS = REPO / "data" / "documents"
_LETTERS = "абвгдежзиклмнопрстуфхцчшэюя"
_ADJECTIVE = re.compile(r"(ская|ский|ское|цкая|цкий|ая|ий|ой)$")


def _stem(region: str) -> str:
    """The part of the region's name that every grammatical case of it starts with."""
    first = region.split()[0]
    return _ADJECTIVE.sub("", first) if _ADJECTIVE.search(first) else first[:5]


def _made_up_stem(copy: int) -> str:
    code = ""
    for _ in range(3):
        copy, digit = divmod(copy, len(_LETTERS))
        code = _LETTERS[digit] + code
    return "Сим" + code


def make_documents(n: int, target: Path) -> list[Path]:
    """N distinct documents: copy k of corpus document j (round robin), its own region."""
    from extract import extract_file

    corpus = sorted(p for p in CORPUS.iterdir() if not p.name.startswith("."))
    stems = {p: _stem(extract_file(p).tables["documents"][0]["region"]) for p in corpus}
    made = []
    for i in range(n):
        source, copy = corpus[i % len(corpus)], i // len(corpus)
        text, made_up = source.read_text("utf-8"), _made_up_stem(copy)
        for case in (str, str.upper):
            text = text.replace(case(stems[source]), case(made_up))
        path = target / f"{source.stem}_copy{copy:04d}{source.suffix}"
        path.write_text(text, "utf-8")
        made.append(path)
    return made


def measure(n: int) -> dict:
    """Three nights on N documents in a temporary warehouse and Dagster instance."""
    import dagster as dg

    from orchestration.run_nightly import run_nightly
    from store.documents import published_documents

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        docs = Path(tmp) / "documents"
        docs.mkdir()
        started = time.perf_counter()
        files = make_documents(n, docs)
        made_s = time.perf_counter() - started
        os.environ["DOCUMENTS_DIR"] = str(docs)
        os.environ["WAREHOUSE_PATH"] = str(Path(tmp) / "wh" / "warehouse.duckdb")
        (Path(tmp) / "home").mkdir()
        nights = {}
        with dg.instance_for_test(temp_dir=str(Path(tmp) / "home")) as instance:
            for night in ("first", "unchanged", "one changed"):
                if night == "one changed":
                    files[0].write_text(files[0].read_text("utf-8") + "\n", "utf-8")
                started, called = time.perf_counter(), time.time()
                result, keys = run_nightly(instance)
                seconds = time.perf_counter() - started
                run_start = next(r.timestamp for r in instance.all_logs(result.run_id)
                                 if r.dagster_event and r.dagster_event.event_type
                                 == dg.DagsterEventType.RUN_START)
                nights[night] = {
                    "seconds": seconds,
                    "success": result.success,
                    # syncing partitions and setting the run up, before its first step
                    "steps": {"(before the run starts)": run_start - called,
                              **step_seconds(instance, result.run_id)},
                }
            from store.layout import Layout

            published = len(published_documents(Layout.resolve(), keys))
    return {
        "n": n, "documents_made_s": made_s, "published": published, "nights": nights,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_children_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least squares y = a + b·x."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    return my - b * mx, b


def report(results: list[dict]) -> None:
    steps = sorted({s for r in results for s in r["nights"]["first"]["steps"]})
    print("\n== first night (seconds per step) ==")
    print(f"{'step':<40}" + "".join(f"{'N=' + str(r['n']):>10}" for r in results))
    for step in steps:
        print(f"{step:<40}" + "".join(
            f"{r['nights']['first']['steps'].get(step, 0.0):>10.1f}" for r in results))
    for night in ("unchanged", "one changed"):
        print(f"\n== {night} night (seconds per step) ==")
        for step in sorted({s for r in results for s in r["nights"][night]["steps"]}):
            print(f"{step:<40}" + "".join(
                f"{r['nights'][night]['steps'].get(step, 0.0):>10.1f}" for r in results))
    print()
    for night in ("first", "unchanged", "one changed"):
        print(f"{'whole run, ' + night:<40}" + "".join(
            f"{r['nights'][night]['seconds']:>10.1f}" for r in results))
    print(f"{'published documents':<40}" + "".join(f"{r['published']:>10}" for r in results))
    print(f"{'peak RSS MiB (this process)':<40}" + "".join(
        f"{r['peak_rss_mib']:>10.0f}" for r in results))
    print(f"{'peak RSS MiB (largest child)':<40}" + "".join(
        f"{r['peak_rss_children_mib']:>10.0f}" for r in results))
    print(f"{'ok':<40}" + "".join(
        f"{'yes' if all(x['success'] for x in r['nights'].values()) else 'NO':>10}"
        for r in results))
    if len(results) >= 2:
        ns = [r["n"] for r in results]
        print("\n== linear fit, first night: seconds = a + b·N ==")
        for step in [*steps, None]:
            ys = [r["nights"]["first"]["steps"].get(step, 0.0) if step
                  else r["nights"]["first"]["seconds"] for r in results]
            a, b = _fit(ns, ys)
            print(f"{step or 'whole run':<40} a = {a:7.1f} s   b = {b * 1000:7.1f} ms/document")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="numbers of documents")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.sizes[0])))
        return 0
    # dbt runs as a command of the environment this script runs in (as under `make`).
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], check=True, env=env,
                             stdout=subprocess.PIPE, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        r = results[-1]
        print(f"N={n}: first {r['nights']['first']['seconds']:.1f} s, unchanged "
              f"{r['nights']['unchanged']['seconds']:.1f} s, one changed "
              f"{r['nights']['one changed']['seconds']:.1f} s", flush=True)
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
