"""Charts are drawn once per distinct input (report.svg), and region pages in worker processes
(report.render) come out as they do in one process."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from report import svg
from report.settings import SETTINGS


def bars(n: int) -> dict:
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "data": {"values": [{"a": f"x{i}", "b": i + n} for i in range(3)]},
            "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"},
                                        "y": {"field": "b", "type": "quantitative"}}}


def key(n: int, locale: str = "ru-RU") -> str:
    return svg.chart_key("tests.bars", [n], locale)


def test_unchanged_inputs_are_read_back_and_changed_ones_drawn(tmp_path: Path) -> None:
    drawn: list[int] = []

    def spec(n: int):
        return lambda: drawn.append(n) or bars(n)

    first = svg.cached_svg(key(1), spec(1), "ru-RU", tmp_path)
    second = svg.cached_svg(key(2), spec(2), "ru-RU", tmp_path)
    assert first.startswith("<svg") and first != second and drawn == [1, 2]
    # The same inputs on a later night: read back, the chart is not even built.
    assert svg.cached_svg(key(1), spec(1), "ru-RU", tmp_path) == first
    assert drawn == [1, 2]
    svg.cached_svg(key(3), spec(3), "ru-RU", tmp_path)
    assert drawn == [1, 2, 3]
    # After a build, the cache keeps only that build's charts.
    svg.prune(tmp_path, [key(1), key(3)])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{key(1)}.svg",
                                                                 f"{key(3)}.svg"])


def test_locale_inputs_and_report_code_are_part_of_the_key(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert key(1) != key(1, "en-US")
    assert key(1) != key(2)
    assert svg.chart_key("tests.bars", [1], "ru-RU") != svg.chart_key("tests.other", [1], "ru-RU")
    before = key(1)
    monkeypatch.setattr(svg, "code_version", lambda *parts: "a-new-deploy")
    assert key(1) != before  # a changed chart builder draws every chart again


def test_dates_decimals_and_settings_key_by_value() -> None:
    rows = [{"year": 2024, "amount": Decimal("1.50"), "act_date": dt.date(2024, 3, 1)}]
    same = [{"act_date": dt.date(2024, 3, 1), "amount": Decimal("1.50"), "year": 2024}]
    other = [{"year": 2024, "amount": Decimal("1.5"), "act_date": dt.date(2024, 3, 2)}]
    assert svg.chart_key("b", [rows, SETTINGS], "ru-RU") == svg.chart_key("b", [same, SETTINGS],
                                                                           "ru-RU")
    assert svg.chart_key("b", [rows, SETTINGS], "ru-RU") != svg.chart_key("b", [other, SETTINGS],
                                                                           "ru-RU")
    wider = replace(SETTINGS, title_chars=SETTINGS.title_chars + 1)
    assert svg.chart_key("b", [rows, SETTINGS], "ru-RU") != svg.chart_key("b", [rows, wider],
                                                                           "ru-RU")


def test_a_spec_the_renderer_rejects_is_an_error_and_not_cached(tmp_path: Path) -> None:
    bad = {"mark": "bar", "encoding": {"x": {"field": "a", "type": "no-such-type"}}}
    with pytest.raises(ValueError, match="conversion failed"):
        svg.cached_svg(key(9), lambda: bad, "ru-RU", tmp_path)
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_element_ids_are_scoped_to_the_chart() -> None:
    raw = ('<svg><defs><linearGradient id="gradient_30"/><clipPath id="clip1"/></defs>'
           '<path fill="url(#gradient_30)"/><g clip-path="url(#clip1)"/><use href="#clip1"/>'
           '<path fill="url(#other)"/></svg>')
    out = svg.scoped(raw, "abcdef0123456789")
    assert 'id="cabcdef012345-0"' in out and "url(#cabcdef012345-0)" in out
    assert "url(#cabcdef012345-1)" in out and 'href="#cabcdef012345-1"' in out
    assert "url(#other)" in out  # not an id of this chart: left alone
    # Another process numbers its gradients on: the same chart, the same ids.
    assert svg.scoped(raw.replace("gradient_30", "gradient_62"), "abcdef0123456789") == out


def test_query_rows_do_not_depend_on_the_order_rows_were_stored() -> None:
    """A chart is read back only if its rows come out the same: lists of files and tied
    versions are ordered, whatever order the marts hold them in."""
    import itertools

    import duckdb

    from report import queries

    facts = [(f"d{i}.pdf", dt.date(2024, 1, 1), "7", 2024, 10.0) for i in range(4)]
    seen = set()
    for order in itertools.islice(itertools.permutations(facts), 0, 24, 5):
        con = duckdb.connect()
        con.execute("""CREATE TABLE mart_program_funding_by_year (
            program_name VARCHAR, level VARCHAR, is_current BOOLEAN, source VARCHAR,
            source_name VARCHAR, source_file VARCHAR, act_date DATE, act_number VARCHAR,
            year INTEGER, amount_thousand_rub DOUBLE)""")
        con.executemany("INSERT INTO mart_program_funding_by_year VALUES "
                        "('P', 'program', true, 'total', 'Всего', ?, ?, ?, ?, ?)", list(order))
        seen.add(json.dumps([queries.program_funding(con, "P"),
                             queries.funding_versions(con, "P")]))
    assert len(seen) == 1
