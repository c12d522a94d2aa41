"""Reconciliation reports mismatches as findings and never changes a printed number."""

from __future__ import annotations

from pathlib import Path

from extract import extract_file
from extract.amendment.funding import Amount, FundingItem
from extract.amendment.passport import PassportFigure
from extract.amendment.reconcile import check_funding, check_passport

DOC = Path(__file__).parent.parent / "data" / "documents" / "001_1cd28d2c3bb342bc.txt"


def _tamper(tmp_path: Path) -> Path:
    """001 with one printed cell changed: 1.1.1 областной бюджет 2019 11300,0 -> 11400,0."""
    lines = DOC.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("1.1.1\t")) + 1
    cells = lines[at].split("\t")
    assert cells[2] == "областной бюджет" and cells[3] == "11300,0"
    cells[3] = "11400,0"
    lines[at] = "\t".join(cells)
    path = tmp_path / "001_tampered.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_tampered_cell_is_reported_and_kept(tmp_path):
    extraction = extract_file(_tamper(tmp_path))
    findings = {(f["check"], f["object"], f["year"]): f for f in extraction.rows("findings")}

    own = findings[("total_equals_sum_of_sources", "1.1.1", 2019)]
    assert (own["expected"], own["actual"]) == ("11400.0", "11300.0")
    parent = findings[("parent_equals_sum_of_children", "1.1", 2019)]
    assert (parent["expected"], parent["actual"]) == ("115852.6", "115752.6")

    amounts = {(r["item_no"], r["source"], r["year"]): r["amount_thousand_rub"]
               for r in extraction.rows("program_funding")}
    assert amounts[("1.1.1", "regional", 2019)] == "11400.0"  # as printed, not corrected
    assert amounts[("1.1.1", "total", 2019)] == "11300.0"
    assert amounts[("1.1", "regional", 2019)] == "115752.6"


def _item(no: str, **sources: dict[int, str]) -> FundingItem:
    item = FundingItem(no, f"item {no}", line=1)
    for source, years in sources.items():
        item.amounts[source] = {y: Amount(v, v.replace(".", ","), line=1) for y, v in years.items()}
        item.labels[source] = source
    return item


def test_consistent_outline_has_no_findings():
    items = [
        _item("", total={2020: "30.0"}, regional={2020: "20.0"}, federal={2020: "10.0"}),
        _item("1", total={2020: "30.0"}, regional={2020: "20.0"}, federal={2020: "10.0"}),
        _item("1.1", total={2020: "12.5"}, regional={2020: "12.5"}),
        _item("1.2", total={2020: "17.5"}, regional={2020: "7.5"}, federal={2020: "10.0"}),
    ]
    assert check_funding(items) == []


def test_missing_source_row_counts_as_zero_and_children_must_add_up():
    items = [
        _item("1", total={2020: "30.0"}, regional={2020: "30.0"}),
        _item("1.1", total={2020: "10.0"}, regional={2020: "10.0"}),
        _item("1.2", total={2020: "25.0"}, regional={2020: "15.0"}, federal={2020: "10.0"}),
    ]
    found = {(f.check, f.object, f.message.split()[1]) for f in check_funding(items)}
    # total 35 vs 30; regional 25 vs 30; federal 10 vs nothing in the parent
    assert ("parent_equals_sum_of_children", "1", "total") in found
    assert ("parent_equals_sum_of_children", "1", "regional") in found
    assert ("parent_equals_sum_of_children", "1", "federal") in found


def test_umbrella_other_sources_row_is_not_counted_twice():
    item = _item("1", total={2020: "30.0"}, regional={2020: "20.0"}, other={2020: "10.0"},
                 federal={2020: "10.0"})
    item.labels["other"] = "иные не запрещенные законодательством источники, в том числе:"
    assert check_funding([item]) == []


def test_passport_checks():
    figures = [
        PassportFigure("total", None, "30.0", 1, "тыс. рублей"),
        PassportFigure("total", 2020, "10.0", 1, "тыс. рублей"),
        PassportFigure("total", 2021, "20.0", 1, "тыс. рублей"),
        PassportFigure("regional", None, "30.0", 2, "тыс. рублей"),
        PassportFigure("regional", 2020, "10.0", 2, "тыс. рублей"),
        PassportFigure("regional", 2021, "19.0", 2, "тыс. рублей"),
    ]
    program = _item("", total={2020: "10.0", 2021: "20.0"}, regional={2020: "10.0", 2021: "20.0"})
    checks = {(f.check, f.year) for f in check_passport(figures, program)}
    assert ("passport_whole_period_equals_sum_of_years", None) in checks  # 30 vs 29
    assert ("total_equals_sum_of_sources", 2021) in checks  # 20 vs 19
    assert ("passport_equals_program_row", 2021) in checks  # 19 vs 20
    assert ("passport_equals_program_row", 2020) not in checks
