"""Vega-Lite chart specs (altair) for the report's rows; titles and axes in Russian.

Each builder takes the rows a query returned, embeds them as inline values (the
report reads nothing at view time) and returns a chart; `render.svg` turns it
into an SVG string (`report.svg`). Page titles carry the chart titles, so charts
have none; tooltips become the marks' aria-labels in the static SVG.
"""

from __future__ import annotations

import altair as alt

from report.queries import Row
from report.settings import ReportSettings

AMOUNT_FORMAT = ",.1f"
THOUSAND_RUB = "тыс. руб."


def _data(rows: list[Row]) -> alt.Data:
    return alt.Data(values=rows)


def cut(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its start and «…»."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_labels(names: list[str], limit: int) -> dict[str, str]:
    """Each name cut to `limit` characters, kept distinct (equal labels would merge marks).

    Cutting here rather than with Vega-Lite's `labelLimit` matters for speed: the
    renderer measures a too-long label again and again to fit its ellipsis.
    """
    shorts: dict[str, str] = {}
    taken: set[str] = set()
    for name in dict.fromkeys(names):
        short = cut(name, limit)
        candidate, n = short, 2
        while candidate in taken:
            candidate, n = f"{short} ({n})", n + 1
        shorts[name] = candidate
        taken.add(candidate)
    return shorts


def _height(settings: ReportSettings, n: int) -> int:
    return max(n, 1) * settings.row_height


def finish(spec: dict, settings: ReportSettings) -> dict:
    """One look for every chart: font sizes, muted grid, legend at the bottom.

    Set on the spec's dict: altair's `configure_*` copy the whole chart, inline rows
    included, on every call.
    """
    config = spec.setdefault("config", {})
    config.update(font="DejaVu Sans, Arial, sans-serif", background="white",
                  padding={"left": 5, "top": 5, "bottom": 5, "right": 120})
    config.setdefault("axis", {}).update(labelFontSize=12, titleFontSize=12,
                                         titleFontWeight="normal", gridColor="#e6e6e6",
                                         labelLimit=0)
    config.setdefault("legend", {}).update(orient="bottom", labelFontSize=12, titleFontSize=12,
                                           labelLimit=0, columns=1)
    config.setdefault("view", {}).update(stroke=None)
    return spec


def funding_by_source(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """Bars by year stacked by budget source; a black tick marks the printed «Всего»."""
    sources = [r for r in rows if r["source"] != "total"]
    codes = list(dict.fromkeys(r["source"] for r in sources))
    names = [next(r["source_name"] for r in sources if r["source"] == c) for c in codes]
    base = alt.Chart(_data(rows)).encode(
        x=alt.X("year:O", title="Год", axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar().transform_filter("datum.source != 'total'").encode(
        y=alt.Y("sum(amount):Q", title=f"Финансирование, {THOUSAND_RUB}",
                axis=alt.Axis(format=",.0f"), stack="zero"),
        color=alt.Color("source_name:N", title="Источник",
                        scale=alt.Scale(domain=names, range=[
                            settings.source_colors.get(c, settings.other_color) for c in codes])),
        order=alt.Order("source:N"),
        tooltip=[alt.Tooltip("year:O", title="Год"), alt.Tooltip("source_name:N", title="Источник"),
                 alt.Tooltip("amount:Q", title=THOUSAND_RUB, format=AMOUNT_FORMAT)],
    )
    total = base.mark_tick(color="black", thickness=2, size=36).transform_filter(
        "datum.source == 'total'").encode(
        y=alt.Y("amount:Q"),
        tooltip=[alt.Tooltip("amount:Q", title=f"Всего, {THOUSAND_RUB}", format=AMOUNT_FORMAT)])
    labels = base.mark_text(dy=-8, fontSize=11).transform_filter(
        "datum.source == 'total'").encode(y=alt.Y("amount:Q"),
                                          text=alt.Text("amount:Q", format=",.0f"))
    return alt.layer(bars, total, labels).properties(width=settings.chart_width, height=300)


def funding_versions(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """«Всего» by year, one bar per amending act side by side."""
    versions = list(dict.fromkeys(r["version"] for r in rows))
    return alt.Chart(_data(rows)).mark_bar().encode(
        x=alt.X("year:O", title="Год", axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("version:N", sort=versions),
        y=alt.Y("amount:Q", title=f"Всего, {THOUSAND_RUB}", axis=alt.Axis(format=",.0f")),
        color=alt.Color("version:N", title="Редакция (акт)", sort=versions,
                        scale=alt.Scale(scheme="tableau10")),
        tooltip=[alt.Tooltip("version:N", title="Редакция"), alt.Tooltip("year:O", title="Год"),
                 alt.Tooltip("amount:Q", title=THOUSAND_RUB, format=AMOUNT_FORMAT),
                 alt.Tooltip("change:Q", title="Изменение", format="+,.1f")],
    ).properties(width=settings.chart_width, height=280)


def item_funding(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """Horizontal bars: each measure's «Всего» in one year, coloured by its subprogram."""
    def item(r: Row) -> str:
        return f"{r['item_no']} {r['item_name']}"

    def subprogram(r: Row) -> str:
        return f"{r['subprogram_no'] or ''} {r['subprogram'] or ''}".strip()

    labels = short_labels([item(r) for r in rows], settings.label_chars)
    groups = short_labels([subprogram(r) for r in rows], settings.label_chars)
    labelled = [{**r, "label": labels[item(r)], "subprogram_label": groups[subprogram(r)]}
                for r in rows]
    order = [r["label"] for r in labelled]
    return alt.Chart(_data(labelled)).mark_bar().encode(
        y=alt.Y("label:N", title=None, sort=order),
        x=alt.X("amount:Q", title=f"Всего, {THOUSAND_RUB}", axis=alt.Axis(format=",.0f")),
        color=alt.Color("subprogram_label:N", title="Подпрограмма",
                        scale=alt.Scale(scheme="tableau10")),
        tooltip=[alt.Tooltip("label:N", title="Мероприятие"),
                 alt.Tooltip("amount:Q", title=THOUSAND_RUB, format=AMOUNT_FORMAT)],
    ).properties(width=settings.chart_width - settings.label_width,
                 height=_height(settings, len(rows)))


def indicator_lines(rows: list[Row], unit: str | None, settings: ReportSettings
                    ) -> alt.TopLevelMixin:
    """One line per region (and project, where a region sets the target twice) over the years."""
    title = "Целевое значение" + (f", {unit}" if unit else "")
    return alt.Chart(_data(rows)).mark_line(point=alt.OverlayMarkDef(size=60)).encode(
        x=alt.X("year:O", title="Год", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("target_value:Q", title=title, axis=alt.Axis(format=",~f")),
        color=alt.Color("region_name:N", title="Регион", scale=alt.Scale(scheme="tableau10")),
        detail="project_name:N",
        tooltip=[alt.Tooltip("region_name:N", title="Регион"), alt.Tooltip("year:O", title="Год"),
                 alt.Tooltip("target_value:Q", title="Цель")],
    ).properties(width=settings.chart_width, height=260)


def indicators_by_sector(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """How many indicators the region's strategy sets per sector."""
    sectors = sorted({r["sector_name"] for r in rows})
    base = alt.Chart(_data(rows)).encode(
        y=alt.Y("sector_name:N", title=None, sort=sectors),
        x=alt.X("distinct(indicator_name):Q", title="Показателей в стратегии"))
    return alt.layer(
        base.mark_bar(color=settings.source_colors["regional"]),
        base.mark_text(align="left", dx=4, fontSize=11).encode(text="distinct(indicator_name):Q"),
    ).properties(width=settings.chart_width - settings.label_width,
                 height=_height(settings, len(sectors)))


def _column_axis(title: str) -> alt.Axis:
    """Category labels on top, slanted, so many long names (regions, files) fit side by side."""
    return alt.Axis(title=title, orient="top", labelAngle=-35, labelAlign="left")


def projects_heatmap(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """Projects per region (rows) × sector (columns); the number is printed in every cell."""
    sectors = sorted({r["sector_name"] for r in rows})
    regions = sorted({r["region_name"] for r in rows})
    base = alt.Chart(_data(rows)).encode(
        x=alt.X("sector_name:N", sort=sectors, axis=_column_axis("Отрасль")),
        y=alt.Y("region_name:N", title=None, sort=regions))
    return alt.layer(
        base.mark_rect().encode(color=alt.Color(
            "projects:Q", title="Проектов", scale=alt.Scale(scheme=settings.heat_scheme))),
        base.mark_text(fontSize=12).encode(
            text="projects:Q",
            color=alt.condition("datum.projects > 8", alt.value("white"), alt.value("black"))),
    ).properties(width=settings.cell_width * len(sectors),
                 height=_height(settings, len(regions)) + 16)


def projects_by_sector(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """One region's projects per sector: federal recommendations stacked on its own ones."""
    sectors = sorted({r["sector_name"] for r in rows})
    kinds = ["«(рекомендовано ФОИВ)»", "собственные проекты региона"]
    return alt.Chart(_data(rows)).transform_calculate(
        own="datum.projects - datum.foiv_projects", foiv="datum.foiv_projects",
    ).transform_fold(["foiv", "own"], as_=["kind", "n"]).transform_calculate(
        kind_name=f"datum.kind == 'foiv' ? '{kinds[0]}' : '{kinds[1]}'",
    ).mark_bar().encode(
        y=alt.Y("sector_name:N", title=None, sort=sectors),
        x=alt.X("n:Q", title="Проектов", stack="zero"),
        color=alt.Color("kind_name:N", title=None, sort=kinds,
                        scale=alt.Scale(domain=kinds, range=[settings.source_colors["federal"],
                                                             settings.source_colors["regional"]])),
        order=alt.Order("kind:N"),
    ).properties(width=settings.chart_width - settings.label_width,
                 height=_height(settings, len(sectors)))


def foiv_matrix(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """Which region adopted which federal recommended project (a dot per adoption)."""
    labels = short_labels(sorted({r["canonical_project_name"] for r in rows}),
                          settings.label_chars)
    regions = sorted({r["region_name"] for r in rows})
    labelled = [{**r, "label": labels[r["canonical_project_name"]]} for r in rows]
    return alt.Chart(_data(labelled)).mark_circle(size=90, opacity=1).encode(
        x=alt.X("region_name:N", sort=regions, axis=_column_axis("Регион")),
        y=alt.Y("label:N", title=None, sort=list(labels.values())),
        color=alt.Color("sector_name:N", title="Отрасль", scale=alt.Scale(scheme="tableau20")),
        tooltip=[alt.Tooltip("canonical_project_name:N", title="Проект"),
                 alt.Tooltip("region_name:N", title="Регион")],
    ).properties(width=settings.cell_width * len(regions), height=_height(settings, len(labels)))


def status_bars(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """Documents per status, whatever statuses the gate writes."""
    statuses = sorted({r["status"] for r in rows})
    most = max(sum(r["status"] == s for r in rows) for s in statuses)
    named = [{**r, "status_name": settings.status_names.get(r["status"], r["status"])}
             for r in rows]
    names = [settings.status_names.get(s, s) for s in statuses]
    base = alt.Chart(_data(named)).encode(
        y=alt.Y("status_name:N", title=None, sort=names),
        x=alt.X("count():Q", title="Документов",
                axis=alt.Axis(values=list(range(most + 1)) if most <= 10 else alt.Undefined,
                              format="d")))
    return alt.layer(
        base.mark_bar().encode(color=alt.Color("status_name:N", legend=None, scale=alt.Scale(
            domain=names,
            range=[settings.status_colors.get(s, settings.other_color) for s in statuses]))),
        base.mark_text(align="left", dx=4, fontSize=11).encode(text="count():Q"),
    ).properties(width=settings.chart_width - 200, height=_height(settings, len(statuses)) + 10)


def findings_heatmap(rows: list[Row], settings: ReportSettings) -> alt.TopLevelMixin:
    """Findings per check × document, the count printed in each cell."""
    checks = sorted({r["check"] for r in rows})
    documents = sorted({r["document"] for r in rows})
    base = alt.Chart(_data(rows)).encode(
        x=alt.X("document:N", sort=documents, axis=_column_axis("Документ")),
        y=alt.Y("check:N", title="Проверка", sort=checks))
    return alt.layer(
        base.mark_rect().encode(color=alt.Color(
            "findings:Q", title="Замечаний", scale=alt.Scale(scheme="oranges", type="log"))),
        base.mark_text(fontSize=12).encode(
            text="findings:Q",
            color=alt.condition("datum.findings >= 30", alt.value("white"), alt.value("black"))),
    ).properties(width=settings.cell_width * len(documents),
                 height=_height(settings, len(checks)) + 16)
