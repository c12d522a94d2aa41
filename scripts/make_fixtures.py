"""Render every layout x document of the strategy template to .docx, .pdf and .txt.

Writes `tests/fixtures/rendered/<layout>/<doc>.{docx,pdf,txt}`, the rows a reader must
return in `<doc>.expected/<table>.csv`, and `manifest.json`. Needs LibreOffice
(`soffice`) for the PDFs; the tests only read the committed results. Run from the
repository root (`make fixtures`):

    .venv/bin/python scripts/make_fixtures.py [--jobs 2] [--only LAYOUT ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.render.content import StrategyContent
from tests.render.convert import to_pdf, to_text
from tests.render.layouts import LAYOUTS, Layout
from tests.render.matrix import (
    MANIFEST,
    RENDERED,
    documents,
    expected_dir,
    manifest,
    write_expected,
)
from tests.render.strategy import write_strategy_docx


def render(layout: Layout, doc: str, content: StrategyContent) -> dict:
    """One variant in all three formats; returns its manifest entry."""
    folder = RENDERED / layout.name
    folder.mkdir(parents=True, exist_ok=True)
    docx = write_strategy_docx(folder / f"{doc}.docx", content, layout)
    pdf = to_pdf(docx, folder)
    text = to_text(pdf)
    (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    import pymupdf

    with pymupdf.open(pdf) as opened:
        pages = opened.page_count
    return {"layout": layout.name, "doc": doc, "region": content.region,
            "years": list(content.years), "pdf_pages": pages,
            "rows": write_expected(expected_dir(layout.name, doc), content, layout.decimal),
            "bytes": {fmt: (folder / f"{doc}.{fmt}").stat().st_size
                      for fmt in ("docx", "pdf", "txt")}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="LibreOffice conversions at once")
    parser.add_argument("--only", nargs="*", help="layout names to render (default: all)")
    args = parser.parse_args()
    layouts = [lay for lay in LAYOUTS if not args.only or lay.name in args.only]
    docs = documents()
    if not args.only:  # no stale strategy layouts left behind; other folders (decrees/) stay
        for name in {e["name"] for e in manifest()["layouts"]} | {lay.name for lay in LAYOUTS}:
            shutil.rmtree(RENDERED / name, ignore_errors=True)
    start = time.perf_counter()
    with ThreadPoolExecutor(args.jobs) as pool:
        jobs = [pool.submit(render, lay, doc, content)
                for lay in layouts for doc, content in docs.items()]
        entries = [job.result() for job in jobs]
    old = {(v["layout"], v["doc"]): v for v in manifest()["variants"]} if args.only else {}
    old.update({(e["layout"], e["doc"]): e for e in entries})
    order = {lay.name: k for k, lay in enumerate(LAYOUTS)}
    written = {
        "layouts": [asdict(lay) for lay in LAYOUTS],
        "variants": sorted(old.values(), key=lambda e: (order[e["layout"]], e["doc"])),
    }
    MANIFEST.write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", "utf-8")
    total = sum(p.stat().st_size for lay in LAYOUTS for p in (RENDERED / lay.name).rglob("*")
                if p.is_file())
    print(f"{len(entries)} variants x 3 formats in {time.perf_counter() - start:.0f} s; "
          f"tests/fixtures/rendered holds {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
