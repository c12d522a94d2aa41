"""Write the report folder: every page through the Jinja2 templates, swapped in whole."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb
import jinja2

from report import queries
from report.pages import Builder, Page, region_path
from report.settings import SETTINGS, ReportSettings
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


def build_report(layout: Layout, settings: ReportSettings = SETTINGS) -> BuiltReport:
    """Rebuild `layout.report` from the published warehouse, opened read-only.

    Pages are written to a side folder and swapped in at once, so a reader never
    sees half a report, and a failure leaves the previous report in place.
    """
    target = layout.report
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
    (tmp / "regions").mkdir(parents=True)
    with duckdb.connect(str(layout.warehouse_path), read_only=True) as con:
        builder = Builder(con, settings)
        regions = queries.regions(con)
        pages = [builder.overview(), *(builder.region_page(r) for r in regions)]
        documents = len(builder.documents)
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


def _count_charts(pages: list[Page]) -> int:
    return sum(len(s.figures) for p in pages for s in p.sections)
