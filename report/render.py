"""Write the report folder: every page through the Jinja2 templates, swapped in whole.

Region pages are built in worker processes, a chunk of regions each (every worker reads
the published warehouse read-only, as many readers may): building a page's charts with
altair and rendering them costs a few tenths of a second, which at a thousand regions is
minutes on one core. Charts whose spec is unchanged since the last build are read back
from the SVG cache (`report.svg`).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb
import jinja2
from altair.utils.schemapi import debug_mode

from report import queries
from report.pages import Builder, Page, region_path
from report.settings import SETTINGS, ReportSettings
from report.svg import cached_svg, prune
from store.isolation import Failed, map_isolated
from store.layout import Layout
from store.tables import replace_folder


@dataclass(frozen=True)
class BuiltReport:
    index: Path
    pages: int
    charts: int


def number(value: object, spec: str | None = None) -> str:
    """A number as Russian readers write it: 1 416 742,3 (no-break space, decimal comma)."""
    if value is None or value == "":
        return "—"
    if spec is None or isinstance(value, str | bool):
        return str(value)
    # "auto": as many decimals as the value has, up to three.
    text = (format(value, ",.3f").rstrip("0").rstrip(".") if spec == "auto"
            else format(value, spec))
    return text.replace(",", "\u00a0").replace(".", ",")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("report", "templates"),
        autoescape=jinja2.select_autoescape(["html.j2"]),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )
    env.filters["number"] = number
    return env


def build_report(layout: Layout, settings: ReportSettings = SETTINGS,
                 workers: int | None = None) -> BuiltReport:
    """Rebuild `layout.report` from the published warehouse, opened read-only.

    Pages are written to a side folder and swapped in at once, so a reader never
    sees half a report, and a failure leaves the previous report in place.
    """
    target = layout.report
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
    (tmp / "regions").mkdir(parents=True)
    # altair validates every chart object against the Vega-Lite schema as it is made
    # (debug mode): most of a build's CPU. A bad spec still fails in the renderer, and the
    # browser test renders every chart.
    with debug_mode(False), duckdb.connect(str(layout.warehouse_path), read_only=True) as con:
        builder = Builder(con, settings)
        regions = queries.regions(con)
        overview = builder.overview()
        documents = len(builder.documents)
    keys = draw(overview, settings, layout.report_cache)
    pages = [overview]
    for chunk_pages, chunk_keys in _region_pages_in_parallel(layout, regions, settings, workers):
        pages.extend(chunk_pages)
        keys.extend(chunk_keys)
    prune(layout.report_cache, keys)
    env = environment()
    context = {
        "regions": [(r, region_path(r)) for r in regions],
        "generated": dt.datetime.now(dt.UTC).strftime("%d.%m.%Y %H:%M UTC"),
        "warehouse": layout.warehouse_path.name,
        "documents": documents,
    }
    for page in pages:
        html = env.get_template("page.html.j2").render(page=page, **context)
        (tmp / page.path).write_text(html, "utf-8")
    replace_folder(tmp, target)
    return BuiltReport(target / "index.html", len(pages), _count_charts(pages))


class ReportError(RuntimeError):
    """A page could not be built: the report is not replaced (the last one stays)."""


# Regions below which starting worker processes (each importing altair) costs more than
# it saves; the time a chunk of region pages may take before its worker is stopped.
PARALLEL_MIN_REGIONS = 8
CHUNK_TIMEOUT_S = 900.0


def draw(page: Page, settings: ReportSettings, cache: Path) -> list[str]:
    """Fill in the SVG of every chart of the page; the cache keys it used."""
    keys = []
    for section in page.sections:
        for figure in section.figures:
            key, figure.svg = cached_svg(figure.spec, settings.locale, cache)
            keys.append(key)
    return keys


def region_pages(job: tuple[str, list[str], ReportSettings, str]
                 ) -> tuple[list[Page], list[str]]:
    """The pages of a chunk of regions, charts drawn, and their cache keys (a worker's job)."""
    warehouse, regions, settings, cache = job
    keys: list[str] = []
    with debug_mode(False), duckdb.connect(warehouse, read_only=True) as con:
        builder = Builder(con, settings)
        pages = [builder.region_page(r) for r in regions]
    for page in pages:
        keys.extend(draw(page, settings, Path(cache)))
    return pages, keys


def _region_pages_in_parallel(layout: Layout, regions: list[str], settings: ReportSettings,
                              workers: int | None) -> list[tuple[list[Page], list[str]]]:
    workers = workers or os.cpu_count() or 1
    size = max(1, math.ceil(len(regions) / (workers * 4)))
    jobs = [(str(layout.warehouse_path), regions[k:k + size], settings,
             str(layout.report_cache)) for k in range(0, len(regions), size)]
    if workers < 2 or len(regions) < PARALLEL_MIN_REGIONS:
        return [region_pages(job) for job in jobs]
    results = map_isolated(region_pages, jobs, workers=workers, timeout_s=CHUNK_TIMEOUT_S,
                           preload=[__name__])
    for job, result in zip(jobs, results, strict=True):
        if isinstance(result, Failed):
            raise ReportError(f"report pages of {', '.join(job[1])}: {result.reason}")
    return results


def _count_charts(pages: list[Page]) -> int:
    return sum(len(s.figures) for p in pages for s in p.sections)
