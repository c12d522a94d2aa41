"""The nightly report: built by the pipeline run, its numbers equal the marts, and it
renders in a real (headless) Chromium from disk without a single network request.

Screenshots of every page go to build/screenshots/report/ (copies: docs/screenshots/report/).
"""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from report.charts import short_labels
from report.render import build_report, number
from store.layout import Layout
from tests.conftest import SCREENSHOTS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


class Figures(HTMLParser):
    """The `<figure class="chart">` elements of a page: kind and embedded rows."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: list[tuple[str, list[dict]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "figure" and "data-chart" in a:
            self.figures.append((a["data-chart"] or "", json.loads(a["data-rows"] or "[]")))


def figures(page: Path) -> list[tuple[str, list[dict]]]:
    parser = Figures()
    parser.feed(page.read_text("utf-8"))
    return parser.figures


@pytest.fixture(scope="module")
def report(corpus_run) -> Layout:
    pipeline, result = corpus_run
    assert result.success
    return pipeline.layout


def pages(layout: Layout) -> list[Path]:
    return [layout.report / "index.html", *sorted((layout.report / "regions").glob("*.html"))]


def test_pipeline_run_builds_the_report(report: Layout, corpus_run) -> None:
    _, result = corpus_run
    (event,) = [e for e in result.get_asset_materialization_events()
                if e.asset_key.to_user_string() == "nightly_report"]
    metadata = event.materialization.metadata
    assert metadata["report"].path == str(report.report / "index.html")
    regions = [r[0] for r in corpus_run[0].query("SELECT region_name FROM dim_region")]
    assert (report.report / "index.html").is_file()
    assert len(pages(report)) == 1 + len(regions) == 4
    # Every chart kind the issue asks for is on the overview.
    kinds = {kind for kind, _ in figures(report.report / "index.html")}
    assert {"program-funding", "funding-versions", "item-funding", "canonical-indicator",
            "projects-heatmap", "foiv-adoption", "document-status", "findings"} <= kinds


def test_funding_chart_numbers_equal_the_mart(report: Layout, corpus_run) -> None:
    (_, rows), = [f for f in figures(report.report / "index.html")
                     if f[0] == "program-funding"]
    charted = {(r["year"], r["source"]): r["amount"] for r in rows}
    mart = {(y, s): float(a) for y, s, a in corpus_run[0].query(
        "SELECT year, source, sum(amount_thousand_rub) FROM mart_program_funding_by_year "
        "WHERE level = 'program' AND is_current GROUP BY ALL")}
    assert charted == pytest.approx(mart, abs=1e-6)
    assert len(charted) == 21  # 7 years × regional, federal, «Всего» in decree 001


def test_region_pages_hold_only_their_region(report: Layout, corpus_run) -> None:
    for page in pages(report)[1:]:
        title = page.read_text("utf-8").split("<h1>")[1].split("</h1>")[0]
        for kind, rows in figures(page):
            regions = {r["region_name"] for r in rows if "region_name" in r}
            assert regions <= {title}, (page.name, kind)
        kinds = {k for k, _ in figures(page)}
        assert {"indicators-by-sector", "projects-by-sector", "document-status"} <= kinds


@pytest.fixture
def altered_warehouse(report: Layout, tmp_path: Path) -> Layout:
    """A copy of the corpus warehouse with a second amendment and statuses other
    branches add (duplicate, withdrawn) or nobody knows yet."""
    layout = Layout(documents_dir=report.documents_dir,
                    warehouse_path=tmp_path / "wh" / "warehouse.duckdb")
    layout.warehouse_path.parent.mkdir()
    shutil.copy2(report.warehouse_path, layout.warehouse_path)
    with duckdb.connect(str(layout.warehouse_path)) as con:
        con.execute("""
            INSERT INTO mart_program_funding_by_year
            SELECT * REPLACE (amount_thousand_rub + 1000 AS amount_thousand_rub,
                              DATE '2023-03-01' AS act_date, '77' AS act_number,
                              DATE '2023-03-01' AS valid_from)
            FROM mart_program_funding_by_year""")
        for doc, status in [("x_dup.txt", "duplicate"), ("x_old.txt", "withdrawn"),
                            ("x_new.txt", "superseded")]:
            con.execute("INSERT INTO mart_document_status (document, status, reason) "
                        "VALUES (?, ?, 'test')", [doc, status])
    return layout


def test_versions_and_any_status_are_charted(altered_warehouse: Layout) -> None:
    built = build_report(altered_warehouse)
    found = dict(figures(built.index))
    versions = found["funding-versions"]
    assert {r["version"] for r in versions} == {"№ 630 от 16.09.2022", "№ 77 от 01.03.2023"}
    later = [r for r in versions if r["version"].startswith("№ 77")]
    assert later and all(r["change"] == pytest.approx(1000) for r in later)
    statuses = {r["status"] for r in found["document-status"]}
    assert {"published", "duplicate", "withdrawn", "superseded"} <= statuses
    html = built.index.read_text("utf-8")
    assert "дубликат" in html and "отозван" in html and "superseded" in html


def test_a_warehouse_without_amendments_still_gets_a_report(report: Layout,
                                                              tmp_path: Path) -> None:
    layout = Layout(documents_dir=report.documents_dir,
                    warehouse_path=tmp_path / "wh" / "warehouse.duckdb")
    layout.warehouse_path.parent.mkdir()
    shutil.copy2(report.warehouse_path, layout.warehouse_path)
    with duckdb.connect(str(layout.warehouse_path)) as con:
        con.execute("DELETE FROM mart_program_funding_by_year; DELETE FROM fct_program_funding")
    built = build_report(layout)
    kinds = {kind for kind, _ in figures(built.index)}
    assert not kinds & {"program-funding", "funding-versions", "item-funding"}
    assert {"canonical-indicator", "projects-heatmap", "document-status"} <= kinds


def test_numbers_read_the_russian_way() -> None:
    assert number(1416742.3, ",.1f") == "1\u00a0416\u00a0742,3"
    assert number(-12.5, "+,.1f") == "-12,5"
    assert number(100.0, "auto") == "100" and number(0.25, "auto") == "0,25"
    assert number(None, ",.1f") == "—"


def test_short_labels_stay_distinct() -> None:
    names = ["А" * 60 + "1", "А" * 60 + "2", "коротко"]
    shorts = short_labels(names, 20)
    assert len(set(shorts.values())) == 3
    assert shorts["коротко"] == "коротко" and all(len(s) <= 24 for s in shorts.values())


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium "
                    "(CI installs it with apt-get install chromium)")
def test_report_renders_offline_in_chromium(report: Layout) -> None:
    from playwright.sync_api import sync_playwright

    (SCREENSHOTS / "report").mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})

        def route(r) -> None:
            requests.append(r.request.url)
            (r.continue_() if r.request.url.startswith("file://") else r.abort())

        page.route("**/*", route)
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in pages(report):
            page.goto(path.as_uri())
            charts = page.eval_on_selector_all("figure.chart", """els => els.map(f => {
                const svg = f.querySelector('.svg > svg');
                const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
                return {kind: f.dataset.chart, width: box.width, height: box.height,
                        marks: svg ? svg.querySelectorAll('[role="graphics-symbol"]').length : 0};
            })""")
            assert charts, path.name
            for c in charts:
                assert c["width"] > 100 and c["height"] > 50 and c["marks"] > 0, (path.name, c)
            ids = page.eval_on_selector_all("[id]", "els => els.map(e => e.id)")
            assert len(ids) == len(set(ids)), f"duplicate element ids in {path.name}"
            shot = "index" if path.parent == report.report else f"region-{path.stem}"
            page.screenshot(path=str(SCREENSHOTS / "report" / f"{shot}.png"), full_page=True)
        browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith("file://")] == []
    assert len(requests) == len(pages(report))  # the pages themselves, nothing else


def test_region_pages_built_in_worker_processes_equal_one_process(
        report: Layout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from report import render

    built = {}
    for workers in (1, 2):
        layout = Layout(documents_dir=report.documents_dir,
                        warehouse_path=tmp_path / f"w{workers}" / "warehouse.duckdb")
        layout.warehouse_path.parent.mkdir()
        shutil.copy2(report.warehouse_path, layout.warehouse_path)
        monkeypatch.setattr(render, "PARALLEL_MIN_REGIONS", 1)
        build_report(layout, workers=workers)
        built[workers] = {p.relative_to(layout.report): re.sub(
            r"Сформирован [^<]*", "", p.read_text("utf-8")) for p in pages(layout)}
        # The chart cache holds exactly the charts of the report.
        charts = sum(html.count('<div class="svg">') for html in built[workers].values())
        assert 0 < len(list(layout.report_cache.glob("*.svg"))) <= charts
    assert len(built[2]) > 2 and built[1] == built[2]


def test_a_failing_page_leaves_the_last_report_and_no_side_folder(
        report: Layout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from report.pages import Builder

    layout = Layout(documents_dir=report.documents_dir,
                    warehouse_path=tmp_path / "wh" / "warehouse.duckdb")
    layout.warehouse_path.parent.mkdir()
    shutil.copy2(report.warehouse_path, layout.warehouse_path)
    built = build_report(layout, workers=1)
    before = built.index.read_text("utf-8")

    def broken(self, region):
        raise RuntimeError(f"no page for {region}")

    monkeypatch.setattr(Builder, "region_page", broken)
    with pytest.raises(RuntimeError, match="no page for"):
        build_report(layout, workers=1)
    assert built.index.read_text("utf-8") == before
    assert [p.name for p in layout.root.iterdir() if p.name.startswith(".report")] == []


def test_a_rebuild_of_an_unchanged_warehouse_draws_no_chart(
        report: Layout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Charts are keyed by their inputs (report.svg): the same rows, in the same order, on
    the next night are read back, and the pages come out the same."""
    import re

    from report import svg

    layout = Layout(documents_dir=report.documents_dir,
                    warehouse_path=tmp_path / "wh" / "warehouse.duckdb")
    layout.warehouse_path.parent.mkdir()
    shutil.copy2(report.warehouse_path, layout.warehouse_path)
    build_report(layout, workers=1)

    def html() -> dict[Path, str]:
        return {p: re.sub(r"Сформирован [^<]*", "", p.read_text("utf-8")) for p in pages(layout)}

    first = html()
    drawn: list[dict] = []
    real = svg.render
    monkeypatch.setattr(svg, "render", lambda spec, locale: drawn.append(spec)
                        or real(spec, locale))
    build_report(layout, workers=1)
    assert drawn == [] and html() == first
