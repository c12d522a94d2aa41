"""Decree 001 (Kuzbass, 16.09.2022 No 630) against the hand-checked gold.

Compared the way tests/gold/README.md says: names normalised (spaces, hyphens,
quotes), numbers as numbers, rows as multisets.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract import extract_file
from tests.accuracy import norm_number, norm_text, read_gold, score
from tests.amendment_rows import funding_key, passport_key, year_key

DOC = Path(__file__).parent.parent / "data" / "documents" / "001_1cd28d2c3bb342bc.txt"


@pytest.fixture(scope="module")
def extraction():
    return extract_file(DOC)


def _indicator_key(r: dict, value_column: str) -> tuple:
    return (r["item_no"], norm_text(r["indicator_name"]), norm_text(r["unit"]),
            year_key(r["year"]), norm_number(r[value_column]))


def test_funding_equals_gold(extraction):
    result = score([funding_key(r) for r in read_gold("001_funding.csv")],
                   [funding_key(r) for r in extraction.rows("program_funding")])
    assert (result.recall, result.precision) == (1.0, 1.0), result.report()


def test_passport_equals_gold_on_its_sources(extraction):
    gold = read_gold("001_passport_funding.csv")
    sources = {r["source"] for r in gold}
    rows = [r for r in extraction.rows("program_passport_funding") if r["source"] in sources]
    result = score([passport_key(r) for r in gold], [passport_key(r) for r in rows])
    assert (result.recall, result.precision) == (1.0, 1.0), result.report()


def test_passport_keeps_printed_precision(extraction):
    amounts = {(r["source"], r["year"]): r["amount_thousand_rub"]
               for r in extraction.rows("program_passport_funding")}
    assert amounts[("federal", None)] == "458364.40"
    assert amounts[("total", 2025)] == "0.00"


def test_passport_local_budgets_as_in_notes(extraction):
    # 001.notes.md: 141 902,3 overall; 2014 48 982,3; 2015 22 566,1; 2016 6 450,0;
    # 2017 50 431,7; 2018 13 472,2.
    local = {r["year"]: r["amount_thousand_rub"]
             for r in extraction.rows("program_passport_funding") if r["source"] == "local"}
    assert local == {None: "141902.3", 2014: "48982.3", 2015: "22566.1", 2016: "6450.0",
                     2017: "50431.7", 2018: "13472.2"}


def test_indicators_against_gold(extraction):
    result = score([_indicator_key(r, "value") for r in read_gold("001_indicators.csv")],
                   [_indicator_key(r, "value_raw") for r in extraction.rows("program_indicators")])
    assert (result.recall, result.precision) == (1.0, 1.0), result.report()


def test_indicator_values_and_item_names(extraction):
    rows = extraction.rows("program_indicators")
    by_raw = {r["value_raw"]: r["value"] for r in rows}
    assert by_raw["≥ 15"] is None and by_raw["да"] is None
    assert by_raw["2,53"] == "2.53"
    assert not any(r["value_raw"] in ("-", "") for r in rows)
    # The indicator after the lost page before line 556 belongs to 1.6.1 (notes O10).
    inferred = [r for r in rows if r["source_line"] == 556]
    assert {r["item_no"] for r in inferred} == {"1.6.1"}
    assert {r["year"] for r in inferred} == {2019, 2020}
    # O11: the tail on line 518 continues 1.2.18's indicator; 1.2.19 has no rows.
    assert not [r for r in rows if r["item_no"] == "1.2.19"]
    assert all(r["indicator_name"].endswith("типовых функций")
               for r in rows if r["item_no"] == "1.2.18")


def test_documents_row(extraction):
    (doc,) = extraction.rows("documents")
    assert doc["doc_type"] == "program_amendment"
    assert norm_text(doc["region"]) == norm_text("Кемеровская область – Кузбасс")
    assert doc["act_date"] == "2022-09-16" and doc["act_number"] == "630"
    assert (doc["period_start"], doc["period_end"]) == (2014, 2025)
    assert doc["program_name"] == "Информационное общество Кузбасса"
    assert (doc["amended_act_date"], doc["amended_act_number"]) == ("2013-09-20", "400")
    assert doc["title"].startswith("О внесении изменений в постановление Коллегии")
    assert doc["title"].endswith("на 2014 – 2024 годы»")
    assert doc["format"] == "text" and len(doc["sha256"]) == 64


def test_every_row_has_its_line(extraction):
    lines = DOC.read_text(encoding="utf-8").split("\n")
    for table in ("program_funding", "program_passport_funding", "program_indicators",
                  "findings"):
        for row in extraction.rows(table):
            assert isinstance(row["source_line"], int) and 1 <= row["source_line"] <= len(lines)
    # Amounts sit on the line they are printed on (1.6 federal: after the page break).
    for row in extraction.rows("program_funding"):
        printed = row["amount_thousand_rub"].replace(".", ",")
        assert printed in lines[row["source_line"] - 1].split("\t"), row


def _findings(extraction) -> dict[tuple, dict]:
    return {(f["check"], f["object"], f["year"]): f for f in extraction.rows("findings")}


def test_reconciliation_findings(extraction):
    found = _findings(extraction)
    sources = found[("total_equals_sum_of_sources", "1.6", 2020)]
    assert (Decimal(sources["expected"]), Decimal(sources["actual"])) == (
        Decimal("61814.8"), Decimal("61784.8"))
    parent_1 = found[("parent_equals_sum_of_children", "1", 2020)]
    assert (Decimal(parent_1["expected"]), Decimal(parent_1["actual"])) == (
        Decimal("786504.8"), Decimal("786474.8"))
    parent_16 = found[("parent_equals_sum_of_children", "1.6", 2020)]
    assert (Decimal(parent_16["expected"]), Decimal(parent_16["actual"])) == (
        Decimal("55834.4"), Decimal("55864.4"))
    reconciliation = [f for f in extraction.rows("findings")
                      if f["check"] in ("total_equals_sum_of_sources",
                                        "parent_equals_sum_of_children",
                                        "passport_equals_program_row")]
    assert len(reconciliation) == 3, reconciliation  # everything else adds up (notes)


def test_mismatch_is_reported_not_fixed(extraction):
    amounts = {(r["item_no"], r["source"], r["year"]): r["amount_thousand_rub"]
               for r in extraction.rows("program_funding")}
    assert amounts[("1.6", "regional", 2020)] == "55864.4"


def test_lost_pages_and_empty_cell_reported(extraction):
    findings = extraction.rows("findings")
    lost = {f["source_line"]: f for f in findings if f["check"] == "lost_page"}
    assert {499, 556, 628, 635} <= set(lost)
    assert lost[556]["object"] == "1.6.1"
    assert lost[628]["object"] == "2.4"
    assert any("first page" in f["message"] for f in lost.values())
    assert any(f["check"] == "years_inferred" for f in findings)
    assert ("empty_cell", "2.2", 2025) in _findings(extraction)
