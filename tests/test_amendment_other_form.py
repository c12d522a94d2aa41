"""Another region's decree of the same form, read from its structure alone.

Пермский край: краевой бюджет, местные бюджеты rows in the funding table, numbers
with trailing dots, «Всего, в том числе:», years printed without «год», a page
break shown by a page number and the header printed again (no `1 … N` rows),
and an indicator table whose unit continues on the next page.
"""

from __future__ import annotations

from pathlib import Path

from extract.amendment import extract_amendment_text

DECREE = (Path(__file__).parent / "fixtures" / "amendments" / "perm_2024_88.txt").read_text(
    encoding="utf-8")


def test_other_region_decree():
    out = extract_amendment_text(DECREE, "perm.txt")
    (doc,) = out["documents"]
    assert (doc["region"], doc["act_date"], doc["act_number"]) == (
        "Пермский край", "2024-02-14", "88-п")
    assert (doc["program_name"], doc["period_start"], doc["period_end"]) == (
        "Цифровое развитие Прикамья", 2020, 2027)
    assert (doc["amended_act_date"], doc["amended_act_number"]) == ("2019-10-03", "700-п")

    funding = {(r["item_no"], r["level"], r["source"], r["year"]): r["amount_thousand_rub"]
               for r in out["program_funding"]}
    # 3 items × 2 years × total, regional and local («местные бюджеты» rows)
    assert len(funding) == 18
    assert {k[2] for k in funding} == {"total", "regional", "local"}
    assert funding[("1", "subprogram", "regional", 2025)] == "18.0"
    assert funding[("1.1", "measure", "total", 2024)] == "10.0"
    names = {r["item_no"]: r["item_name"] for r in out["program_funding"]}
    assert names["1"] == "Подпрограмма «Инфраструктура связи»"

    passport = {(r["source"], r["year"]): r["amount_thousand_rub"]
                for r in out["program_passport_funding"]}
    assert passport[("regional", None)] == "27.0" and passport[("local", 2025)] == "2.0"

    indicators = [(r["item_no"], r["indicator_name"], r["unit"], r["year"], r["value"])
                  for r in out["program_indicators"]]
    assert indicators == [
        ("1.1", "Доля сел, подключенных к сети «Интернет»", "процентов", 2024, "40.5"),
        ("1.1", "Число точек доступа", "условных единиц", 2024, "5"),
        ("1.1", "Число точек доступа", "условных единиц", 2025, "7"),
    ]
    # local budgets take part in the sums, so everything adds up
    assert out["findings"] == []
