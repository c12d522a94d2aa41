"""Two decrees amending the same program extract with what versioning needs.

The fixture `kuzbass_2023_150.txt` is a small later decree of the same program in
001's form (passport paragraph, Приложение № 1 and № 2 as tab rows, a page
break splitting a source label, a name and an indicator). The warehouse keys
each item × source × year by program and makes it valid from each act's date.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from extract import extract_file
from extract.__main__ import main

ROOT = Path(__file__).parent.parent
DOC_2022 = ROOT / "data" / "documents" / "001_1cd28d2c3bb342bc.txt"
DOC_2023 = Path(__file__).parent / "fixtures" / "amendments" / "kuzbass_2023_150.txt"


@pytest.fixture(scope="module")
def both():
    return extract_file(DOC_2022), extract_file(DOC_2023)


def test_both_name_the_same_program_with_their_own_act(both):
    docs = [e.rows("documents")[0] for e in both]
    assert [(d["act_date"], d["act_number"]) for d in docs] == [
        ("2022-09-16", "630"), ("2023-03-20", "150")]
    assert {d["program_name"] for d in docs} == {"Информационное общество Кузбасса"}
    assert {(d["amended_act_date"], d["amended_act_number"]) for d in docs} == {
        ("2013-09-20", "400")}
    assert {(d["period_start"], d["period_end"]) for d in docs} == {(2014, 2025)}
    assert {d["region"] for d in docs} == {"Кемеровская область – Кузбасс"}


def test_versions_of_an_item_source_year(both):
    history: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for extraction in both:
        (doc,) = extraction.rows("documents")
        for r in extraction.rows("program_funding"):
            key = (doc["program_name"], r["item_no"], r["source"], r["year"])
            history[key].append((doc["act_date"], r["amount_thousand_rub"]))
    program = "Информационное общество Кузбасса"
    assert history[(program, "1.1.1", "regional", 2023)] == [
        ("2022-09-16", "11300.0"), ("2023-03-20", "12000.0")]
    assert history[(program, "1.3.2", "federal", 2023)] == [
        ("2022-09-16", "3722.6"), ("2023-03-20", "4100.0")]
    assert history[(program, "", "total", 2019)] == [
        ("2022-09-16", "310175.9"), ("2023-03-20", "38905.0")]


def test_fixture_reads_completely_and_adds_up(both):
    later = both[1]
    rows = later.rows("program_funding")
    items = {r["item_no"] for r in rows}
    assert items == {"", "1", "1.1", "1.1.1", "1.1.2", "1.3", "1.3.2", "2", "2.1"}
    assert len(rows) == 22 * 7
    # page break inside the 1.3 federal label and inside subprogram 2's name
    assert {r["amount_thousand_rub"] for r in rows
            if r["item_no"] == "1.3" and r["source"] == "federal" and r["year"] == 2022} == {
        "3722.6"}
    assert {r["item_name"] for r in rows if r["item_no"] == "2"} == {
        "Подпрограмма «Повышение эффективности и результативности деятельности органов "
        "государственной власти Кемеровской области – Кузбасса»"}
    assert later.rows("findings") == []  # consistent figures: nothing to report
    indicators = later.rows("program_indicators")
    assert len(indicators) == 21
    assert {r["indicator_name"] for r in indicators if r["item_no"] == "1.1.1"} == {
        "Количество государственных и муниципальных услуг в сфере образования, оказываемых "
        "населению в электронном виде"}
    assert {(r["year"], r["value_raw"], r["value"]) for r in indicators
            if r["item_no"] == "2.1" and r["year"] >= 2023} == {
        (2023, "≥ 65", None), (2024, "≥ 70", None)}
    passport = {(r["source"], r["year"]): r["amount_thousand_rub"]
                for r in later.rows("program_passport_funding")}
    assert passport[("total", 2023)] == "46200.5"
    assert passport[("local", None)] == "141902.3"


def test_cli_writes_both_documents(tmp_path):
    assert main([str(DOC_2022), str(DOC_2023), "--out", str(tmp_path)]) == 0
    with (tmp_path / "documents.csv").open(encoding="utf-8", newline="") as fh:
        docs = list(csv.DictReader(fh))
    assert [(d["source_file"], d["act_date"]) for d in docs] == [
        (DOC_2022.name, "2022-09-16"), (DOC_2023.name, "2023-03-20")]
    with (tmp_path / "program_funding.csv").open(encoding="utf-8", newline="") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == 1056 + 154
