"""The report's pages as data: sections of figures (chart + its rows + its sources).

`overview` is the index (every region side by side), `region_page` one region's
strategy and programs. Figures whose query found nothing are left out, so a
warehouse without amendments (or strategies) still yields a valid report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import altair as alt
import duckdb

from report import charts, queries
from report.queries import Row
from report.settings import ReportSettings
from report.svg import chart_key


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    number: str | None = None  # Python format spec of a numeric column, e.g. ",.1f"


@dataclass
class Table:
    columns: list[Column]
    rows: list[Row]


@dataclass(frozen=True)
class Chart:
    """A figure's chart before it is drawn: a `report.charts` builder and its inputs.

    Drawing with altair costs far more than reading a stored SVG, and a region whose
    documents did not change asks for the very same charts every night: `report.svg`
    keys each SVG by these inputs and draws only the charts it does not hold yet.
    """

    draw: Callable[..., alt.TopLevelMixin]
    args: tuple
    settings: ReportSettings

    def key(self) -> str:
        return chart_key(f"{self.draw.__module__}.{self.draw.__qualname__}",
                         [*self.args, self.settings], self.settings.locale)

    def spec(self) -> dict:
        return to_spec(self.draw(*self.args, self.settings), self.settings)


@dataclass
class Figure:
    kind: str         # what the chart shows (`data-chart` attribute), e.g. "program-funding"
    title: str
    chart: Chart
    data: list[Row]   # the rows the chart draws, embedded as JSON for checks and reuse
    table: Table      # the same numbers for reading
    sources: list[str]
    note: str = ""
    svg: str = ""


@dataclass
class Section:
    anchor: str
    title: str
    intro: str = ""
    figures: list[Figure] = field(default_factory=list)
    tables: list[tuple[str, Table]] = field(default_factory=list)


@dataclass
class Page:
    path: str  # relative to the report folder
    title: str
    sections: list[Section]

    @property
    def root(self) -> str:
        """Relative link from this page to the report folder."""
        return "../" * self.path.count("/")


def region_path(region: str) -> str:
    return "regions/" + re.sub(r"\W+", "-", region.lower()).strip("-") + ".html"


def to_spec(chart: alt.TopLevelMixin, settings: ReportSettings) -> dict:
    """The chart's Vega-Lite spec in the report's look.

    altair's JSON-schema validation is skipped (a third of the build's CPU); a bad spec
    still fails loudly in the renderer, and the browser test renders every chart.
    """
    return charts.finish(chart.to_dict(validate=False), settings)


class Builder:
    """Builds pages from one read-only connection; document names are looked up once."""

    def __init__(self, con: duckdb.DuckDBPyConnection, settings: ReportSettings) -> None:
        self.con = con
        self.settings = settings
        self.documents = queries.documents(con)

    def sources(self, data: list[Row]) -> list[str]:
        """Name each document a figure's rows come from: file, act and title."""
        files = sorted({f.strip() for r in data for f in str(r.get("source_file") or "").split(",")
                        if f.strip()})
        named = []
        for f in files:
            doc = self.documents.get(f, {})
            act = " ".join(p for p in (
                f"№ {doc['act_number']}" if doc.get("act_number") else "",
                f"от {_ru_date(doc['act_date'])}" if doc.get("act_date") else "") if p)
            title = charts.cut(doc.get("title") or "", self.settings.title_chars)
            named.append(" — ".join(p for p in (f, act, f"«{title}»" if title else "") if p))
        return named

    def chart(self, draw: Callable[..., alt.TopLevelMixin], *args: object) -> Chart:
        return Chart(draw, args, self.settings)

    def figure(self, kind: str, title: str, chart: Chart, data: list[Row],
               table: Table, note: str = "") -> Figure:
        return Figure(kind, title, chart, data, table, self.sources(data), note)

    # ---- sections ------------------------------------------------------------------------

    def funding(self, region: str | None) -> Section | None:
        programs = queries.programs(self.con, region)
        if not programs:
            return None
        section = Section("funding", "Финансирование государственных программ",
                          "Суммы в тыс. руб., как напечатаны в постановлениях; «Всего» — "
                          "строка программы, отрезки — источники.")
        for program in programs:
            section.figures += self.program_figures(program)
        return section

    def program_figures(self, program: str) -> list[Figure]:
        figures = []
        current = queries.program_funding(self.con, program)
        if current:
            figures.append(self.figure(
                "program-funding", f"«{program}»: финансирование по годам и источникам "
                "(действующая редакция)", self.chart(charts.funding_by_source, current), current,
                _pivot_by_source(current)))
        versions = queries.funding_versions(self.con, program)
        n_versions = len({r["version"] for r in versions})
        figures.append(self.figure(
            "funding-versions", f"«{program}»: как менялось «Всего» от редакции к редакции",
            self.chart(charts.funding_versions, versions), versions,
            Table([Column("version", "Редакция"), Column("year", "Год"),
                   Column("amount", "Всего, тыс. руб.", ",.1f"),
                   Column("change", "Изменение к предыдущей, тыс. руб.", "+,.1f")], versions),
            note="" if n_versions > 1 else
            "В хранилище одна редакция программы: сравнивать пока не с чем."))
        year = queries.latest_funded_year(self.con, program)
        items = queries.item_funding(self.con, program, year) if year else []
        if items:
            figures.append(self.figure(
                "item-funding", f"«{program}»: мероприятия в {year} году (последний год "
                "с финансированием)", self.chart(charts.item_funding, items), items,
                Table([Column("item_no", "№"), Column("item_name", "Мероприятие"),
                       Column("subprogram", "Подпрограмма"),
                       Column("amount", "Всего, тыс. руб.", ",.1f")], items)))
        return figures

    def canonical_indicator(self) -> Section | None:
        s = self.settings
        data = queries.canonical_indicator(self.con, s.target_years)
        if not data:
            return None
        name, unit = data[0]["indicator_name"], data[0]["unit"]
        first, last = s.target_years
        return Section(
            "indicators", f"Целевые значения показателей {first}–{last}",
            "Показатель, который встречается в стратегиях наибольшего числа регионов.",
            [self.figure("canonical-indicator", f"«{name}» по регионам",
                         self.chart(charts.indicator_lines, data, unit), data,
                         Table([Column("region_name", "Регион"), Column("project_name", "Проект"),
                                Column("year", "Год"), Column("target_value", "Цель", "auto")],
                               data))])

    def projects(self, region: str | None) -> Section | None:
        counts = queries.projects_by_sector(self.con, region)
        if not counts:
            return None
        table = Table([Column("region_name", "Регион"), Column("sector_name", "Отрасль"),
                       Column("projects", "Проектов", "d"),
                       Column("foiv_projects", "из них «(рекомендовано ФОИВ)»", "d")], counts)
        section = Section("projects", "Проекты стратегий по отраслям")
        if region is None:
            section.figures.append(self.figure(
                "projects-heatmap", "Проекты: регион × отрасль",
                self.chart(charts.projects_heatmap, counts), counts, table))
        else:
            section.figures.append(self.figure(
                "projects-by-sector", "Проекты по отраслям",
                self.chart(charts.projects_by_sector, counts), counts, table))
        foiv = queries.foiv_projects(self.con, region)
        if foiv:
            foiv_table = Table([Column("canonical_project_name", "Проект ФОИВ"),
                                *([Column("region_name", "Регион")] if region is None else []),
                                Column("sector_name", "Отрасль"),
                                Column("project_names", "Как назван в стратегии")], foiv)
            if region is None:
                section.figures.append(self.figure(
                    "foiv-adoption", "Проекты «(рекомендовано ФОИВ)», принятые регионами",
                    self.chart(charts.foiv_matrix, foiv), foiv, foiv_table))
            else:
                section.tables.append(("Принятые проекты «(рекомендовано ФОИВ)»", foiv_table))
        return section

    def region_indicators(self, region: str) -> Section | None:
        s = self.settings
        data = queries.region_indicators(self.con, region, s.target_years)
        if not data:
            return None
        years = [str(y) for y in range(s.target_years[0], s.target_years[1] + 1)]
        flat = [{**{k: v for k, v in r.items() if k != "targets"},
                 **{f"y{y}": (r["targets"] or {}).get(y) for y in years}} for r in data]
        table = Table([Column("sector_name", "Отрасль"), Column("indicator_name", "Показатель"),
                       Column("unit", "Ед. изм."),
                       *[Column(f"y{y}", y) for y in years]], flat)
        return Section("indicators", "Показатели стратегии по отраслям",
                       "Цели — как напечатаны в разделе 7 стратегии.",
                       [self.figure("indicators-by-sector", "Число показателей по отраслям",
                                    self.chart(charts.indicators_by_sector, flat), flat, table)])

    def quality(self, region: str | None) -> Section:
        s = self.settings
        section = Section("quality", "Качество данных",
                          "Статус каждого документа после проверки и замечания проверок "
                          "(не исправляются: данные хранятся как напечатаны).")
        status = queries.document_status(self.con, region)
        if status:
            named = [{**r, "status_name": s.status_names.get(r["status"], r["status"])}
                     for r in status]
            section.figures.append(self.figure(
                "document-status", "Документы по статусу",
                self.chart(charts.status_bars, status), status,
                Table([Column("document", "Документ"), Column("status_name", "Статус"),
                       Column("region_name", "Регион"), Column("reason", "Причина")], named)))
        found = queries.findings(self.con, region)
        if found:
            section.figures.append(self.figure(
                "findings", "Замечания по проверкам и документам",
                self.chart(charts.findings_heatmap, found), found,
                Table([Column("check", "Проверка"), Column("severity", "Важность"),
                       Column("document", "Документ"), Column("findings", "Замечаний", "d")],
                      found)))
        return section

    # ---- pages ---------------------------------------------------------------------------

    def overview(self) -> Page:
        sections = [self.funding(None), self.canonical_indicator(), self.projects(None),
                    self.quality(None)]
        return Page("index.html", "Цифровая трансформация регионов: сводный отчёт",
                    [s for s in sections if s])

    def region_page(self, region: str) -> Page:
        sections = [self.funding(region), self.region_indicators(region),
                    self.projects(region), self.quality(region)]
        return Page(region_path(region), region, [s for s in sections if s])


def _pivot_by_source(rows: list[Row]) -> Table:
    """Year × source, the printed «Всего» last, as the decree's table reads."""
    names = {r["source"]: r["source_name"] for r in rows}
    order = [c for c in names if c != "total"] + (["total"] if "total" in names else [])
    by_year: dict[int, Row] = {}
    for r in rows:
        by_year.setdefault(r["year"], {"year": r["year"]})[r["source"]] = r["amount"]
    return Table([Column("year", "Год"),
                  *[Column(c, f"{names[c]}, тыс. руб.", ",.1f") for c in order]],
                 list(by_year.values()))


def _ru_date(iso: str) -> str:
    year, month, day = iso[:10].split("-")
    return f"{day}.{month}.{year}"
