"""Held-out accuracy: render the template in layouts and regions no fixture has, and
measure every reader on them (format x layout x doc -> indicators / projects / links).

The committed fixtures are what the floors guard; these are what the readers were not
tuned on. Layouts are drawn by `tests.render.layouts.random_layout`, documents are the
corpus gold plus made-up regions (`synthetic_strategy`) with seeds and names no fixture
uses. Needs LibreOffice, like `make fixtures`. Nothing is written to the repository:

    .venv/bin/python scripts/measure_unseen.py [--seed 1] [--layouts 6] [--synthetic 2]
                                               [--out /tmp/unseen] [--jobs 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.accuracy import score
from tests.render.content import StrategyContent, corpus_strategy, synthetic_strategy
from tests.render.convert import to_pdf, to_text
from tests.render.layouts import Layout, random_layout
from tests.render.matrix import FORMATS, TABLES, read_expected_in, write_expected
from tests.render.measure import SHORT, extraction, keys, table_lines
from tests.render.strategy import write_strategy_docx

REGIONS = ["Республики Саха (Якутия)", "Ханты-Мансийского автономного округа – Югры",
           "Чувашской Республики – Чувашии", "Еврейской автономной области",
           "города Москвы", "Нижегородской области", "Карачаево-Черкесской Республики",
           "Ямало-Ненецкого автономного округа", "Республики Северная Осетия – Алания"]


def unseen_documents(rnd: random.Random, synthetic: int) -> dict[str, StrategyContent]:
    docs = {doc: corpus_strategy(doc) for doc in ("000", "002", "004")}
    for k in range(synthetic):
        first = rnd.randint(2020, 2024)
        docs[f"u{k:02d}"] = synthetic_strategy(
            rnd.randint(1000, 10**6), rnd.choice(REGIONS),
            range(first, first + rnd.randint(3, 6)), sectors_n=rnd.randint(3, 6))
    return docs


def render(folder: Path, layout: Layout, doc: str, content: StrategyContent) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    docx = write_strategy_docx(folder / f"{doc}.docx", content, layout)
    pdf = to_pdf(docx, folder)
    (folder / f"{doc}.txt").write_text(to_text(pdf), encoding="utf-8")
    write_expected(folder / f"{doc}.expected", content, layout.decimal)


def measure(path: Path) -> dict[str, float | str]:
    """Every table of one rendered file against the `<doc>.expected/` beside it."""
    expected = {t: read_expected_in(path.with_suffix(".expected"), t) for t in TABLES}
    got = extraction(path)
    if isinstance(got, str):
        return {**{SHORT[t]: 0.0 for t in TABLES}, "error": got}
    out: dict[str, float | str] = {}
    for table in TABLES:
        s = score(keys(table, expected[table]), keys(table, got.rows(table)), record=False)
        out[SHORT[table]] = min(s.recall, s.precision)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--layouts", type=int, default=6)
    parser.add_argument("--synthetic", type=int, default=2, help="made-up regions per layout")
    parser.add_argument("--out", type=Path, default=Path("/tmp/unseen"))
    parser.add_argument("--jobs", type=int, default=2, help="LibreOffice conversions at once")
    parser.add_argument("--formats", nargs="*", default=list(FORMATS), choices=FORMATS)
    parser.add_argument("--no-render", action="store_true", help="measure what --out holds")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    plan = []
    for k in range(args.layouts):
        layout = random_layout(rnd, f"seed{args.seed}-{k}")
        for doc, content in unseen_documents(rnd, args.synthetic).items():
            plan.append((layout, doc, content))
    start = time.perf_counter()
    if not args.no_render:
        with ThreadPoolExecutor(args.jobs) as pool:
            for job in [pool.submit(render, args.out / lay.name, lay, doc, content)
                        for lay, doc, content in plan]:
                job.result()
        print(f"rendered {len(plan)} documents in {time.perf_counter() - start:.0f} s",
              file=sys.stderr)
    results = {}
    for layout, doc, _ in plan:
        for fmt in args.formats:
            results[(fmt, layout.name, doc)] = measure(args.out / layout.name / f"{doc}.{fmt}")
    print("\n".join(table_lines(results)))
    for fmt in args.formats:
        mine = [v for (f, _, _), v in results.items() if f == fmt]
        scores = [[float(x) for k, x in v.items() if k != "error"] for v in mine]
        worst = [min(v) for v in scores]
        mean = sum(map(sum, scores)) / (3 * len(scores))
        print(f"{fmt}: {sum(w >= 0.99 for w in worst)}/{len(worst)} at 0.99 or more, "
              f"{sum(w >= 0.98 for w in worst)}/{len(worst)} at 0.98 or more, "
              f"worst {min(worst):.3f}; mean of the three tables {mean:.3f}")
    for layout in dict.fromkeys(lay for lay, _, _ in plan):
        print(f"  {layout}")


if __name__ == "__main__":
    main()
