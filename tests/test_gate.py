"""The GX gate on one document: what blocks publication and what is only reported."""

from __future__ import annotations

import pandas as pd
import pytest

from expectations.gate import Gate
from extract import extract_file
from store.tables import read_tables, write_extraction
from tests.conftest import AMENDMENT, STRATEGIES


@pytest.fixture(scope="module")
def amendment_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("landing") / "001"
    write_extraction(extract_file(AMENDMENT), folder, {"source_file": AMENDMENT.name})
    return read_tables(folder)


@pytest.fixture(scope="module")
def gate() -> Gate:
    return Gate()


def test_real_amendment_passes_with_source_warnings(gate: Gate, amendment_tables) -> None:
    verdict = gate.check(AMENDMENT.name, amendment_tables)
    assert verdict.passed, verdict.summary()
    warnings = verdict.findings[verdict.findings["severity"] == "warning"]
    assert ((warnings["check"] == "total_equals_sum_of_sources")
            & (warnings["object"] == "1.6") & (warnings["year"] == 2020)).any()


def test_negative_amount_and_year_outside_period_block(gate: Gate, amendment_tables) -> None:
    tables = {k: v.copy() for k, v in amendment_tables.items()}
    funding = tables["program_funding"]
    funding.loc[funding.index[0], "amount_thousand_rub"] = "-5.0"
    funding.loc[funding.index[1], "year"] = 2099
    verdict = gate.check(AMENDMENT.name, tables)
    assert not verdict.passed
    failed = {o.rule.check for o in verdict.blocking_failures}
    assert {"funding_amount_not_negative", "funding_year_in_period"} <= failed
    blocking = verdict.findings[verdict.findings["severity"] == "blocking"]
    assert set(blocking["actual"]) >= {"-5.0", "2099"}
    assert "funding_year_in_period" in verdict.summary()


def test_amendment_without_funding_rows_blocks(gate: Gate, amendment_tables) -> None:
    tables = {k: v.copy() for k, v in amendment_tables.items()}
    tables["program_funding"] = tables["program_funding"].iloc[0:0]
    verdict = gate.check(AMENDMENT.name, tables)
    assert "amendment_has_funding" in {o.rule.check for o in verdict.blocking_failures}


def test_share_above_100_percent_is_a_warning_not_a_block(gate: Gate, tmp_path) -> None:
    """004 prints shares with a blank unit (the '%' glyph was lost): still percentages."""
    strategy = STRATEGIES[-1]
    write_extraction(extract_file(strategy), tmp_path / "s", {"source_file": strategy.name})
    tables = read_tables(tmp_path / "s")
    ind = tables["strategy_indicators"]
    share = ind.index[ind["indicator_name"].str.startswith("Доля") & ind["unit"].isna()][0]
    ind.loc[share, "value"] = "150"
    verdict = gate.check(strategy.name, tables)
    assert verdict.passed
    warned = verdict.findings[verdict.findings["check"] == "percent_within_0_100"]
    assert list(warned["actual"]) == ["150.0"]
    assert set(warned["severity"]) == {"warning"}
