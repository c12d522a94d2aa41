"""Write the report folder: every page through the Jinja2 templates, swapped in whole.

Region pages are built in worker processes, a chunk of regions each (every worker reads
the published warehouse read-only, as many readers may): building a page's charts with
altair and rendering them costs a few tenths of a second, which at a thousand regions is
minutes on one core. Charts whose inputs are unchanged since the last build are read back
from the SVG cache, not drawn again (`report.svg`).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import shutil
import uuid
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import duckdb
import jinja2
from altair.utils.schemapi import debug_mode

from report import queries
from report.pages import Builder, Page, region_path
from report.settings import SETTINGS, ReportSettings
from report.svg import cached_svg, prune
from store.isolation import Failed, map_isolated, preload_in_workers
from store.layout import Layout
from store.tables import replace_folder

preload_in_workers(__name__)  # its functions run in worker processes


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


@cache
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
    sees half a report, and a failure leaves the previous report in place. Each page
    is written as soon as it is drawn: a thousand regions' pages are never all in memory.
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
    context = {
        "regions": [(r, region_path(r)) for r in regions],
        "generated": dt.datetime.now(dt.UTC).strftime("%d.%m.%Y %H:%M UTC"),
        "warehouse": layout.warehouse_path.name,
        "documents": documents,
    }
    job = _Job(str(layout.warehouse_path), [], settings, str(layout.report_cache), str(tmp),
               context)
    try:
        pages, charts, keys = 1, _charts(overview), _write(overview, job)
        for chunk in _region_pages_in_parallel(job, regions, workers):
            pages, charts, keys = pages + chunk[0], charts + chunk[1], keys + chunk[2]
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)  # the last good report stays as it was
        raise
    prune(layout.report_cache, keys)
    replace_folder(tmp, target)
    return BuiltReport(target / "index.html", pages, charts)


class ReportError(RuntimeError):
    """A page could not be built: the report is not replaced (the last one stays)."""


# Regions below which starting worker processes (each importing altair) costs more than
# it saves; the time a chunk of region pages may take before its worker is stopped.
PARALLEL_MIN_REGIONS = 8
CHUNK_TIMEOUT_S = 900.0


@dataclass(frozen=True)
class _Job:
    """What a worker needs to build and write a chunk of region pages."""

    warehouse: str
    regions: list[str]
    settings: ReportSettings
    cache: str
    folder: str
    context: dict


def _write(page: Page, job: _Job) -> list[str]:
    """Draw the page's charts (from the cache where it has them), write the page; the
    cache keys it used."""
    keys = []
    for section in page.sections:
        for figure in section.figures:
            key = figure.chart.key()
            figure.svg = cached_svg(key, figure.chart.spec, job.settings.locale, Path(job.cache))
            keys.append(key)
    html = environment().get_template("page.html.j2").render(page=page, **job.context)
    (Path(job.folder) / page.path).write_text(html, "utf-8")
    return keys


def region_pages(job: _Job) -> tuple[int, int, list[str]]:
    """Build and write the pages of a chunk of regions (a worker's job): pages, charts
    and the cache keys they used."""
    charts, keys = 0, []
    with debug_mode(False), duckdb.connect(job.warehouse, read_only=True) as con:
        builder = Builder(con, job.settings)
        for region in job.regions:
            page = builder.region_page(region)
            charts += _charts(page)
            keys += _write(page, job)
    return len(job.regions), charts, keys


def _region_pages_in_parallel(job: _Job, regions: list[str], workers: int | None
                              ) -> list[tuple[int, int, list[str]]]:
    workers = workers or os.cpu_count() or 1
    size = max(1, math.ceil(len(regions) / (workers * 4)))
    jobs = [replace(job, regions=regions[k:k + size]) for k in range(0, len(regions), size)]
    if workers < 2 or len(regions) < PARALLEL_MIN_REGIONS:
        return [region_pages(j) for j in jobs]
    results = map_isolated(region_pages, jobs, workers=workers, timeout_s=CHUNK_TIMEOUT_S)
    for j, result in zip(jobs, results, strict=True):
        if isinstance(result, Failed):
            raise ReportError(f"report pages of {', '.join(j.regions)}: {result.reason}")
    return results


def _charts(page: Page) -> int:
    return sum(len(s.figures) for s in page.sections)
