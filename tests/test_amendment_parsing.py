"""The tricky parsing rules of the amendment extractor, each on a small string."""

from __future__ import annotations

import pytest

from extract.amendment.act import period_after_amendment, read_act
from extract.amendment.funding import funding_items, funding_layout, funding_rows
from extract.amendment.indicators import indicator_records, indicator_rows
from extract.amendment.layout import Layout, infer_years, stage_periods
from extract.amendment.numbering import follows_naturally, item_no, level
from extract.amendment.passport import find_passport_paragraph, passport_figures
from extract.amendment.sources import source_kind
from extract.amendment.tables import CellRow, read_tables

YEARS = {3: 2021, 4: 2022}


def test_act_header_variants():
    header = [
        "АДМИНИСТРАЦИЯ ВЛАДИМИРСКОЙ ОБЛАСТИ", "", "ПОСТАНОВЛЕНИЕ", "",
        "от 05.04.2023 № 212-п", "",
        "О внесении изменений в постановление администрации области от 19.12.2013",
        "№ 1409 «Об утверждении государственной программы Владимирской области",
        "«Развитие информационного общества» на 2014–2025 годы»", "",
        "В соответствии с ... постановляет:",
    ]
    act = read_act(header)
    assert (act.act_date, act.act_number) == ("2023-04-05", "212-п")
    assert act.region == "Владимирская область"
    assert act.program_name == "Развитие информационного общества"
    assert (act.amended_act_date, act.amended_act_number) == ("2013-12-19", "1409")
    assert act.title.endswith("на 2014–2025 годы»")


def test_decree_date_is_not_taken_from_the_title():
    header = ["ПРАВИТЕЛЬСТВО ПЕРМСКОГО КРАЯ", "ПОСТАНОВЛЕНИЕ", "12 января 2024 г. № 7", "",
              "О внесении изменений в государственную программу «Цифровой край», "
              "утвержденную постановлением от 03.10.2019 № 700", ""]
    act = read_act(header)
    assert (act.act_date, act.act_number) == ("2024-01-12", "7")
    assert (act.amended_act_date, act.amended_act_number) == ("2019-10-03", "700")
    assert act.region == "Пермский край"


def test_period_after_amendment_prefers_the_restated_term():
    text = ("«Об утверждении ... на 2014 – 2024 годы»\n"
            "Срок реализации Государственной программы\t2014 - 2025 годы I этап - 2014 - 2018\n")
    assert period_after_amendment(text) == (2014, 2025)
    assert period_after_amendment("цифры «2014 – 2024» заменить цифрами «2014 – 2025»") == (
        2014, 2025)


def test_passport_paragraph_stream():
    lines = [
        "Объемы и источники финансирования программы\tОбщий объем – 1 000,5 тыс. рублей, в том "
        "числе по годам: 2024 год – 600,5 тыс. рублей;",
        "",
        "\t<p>2025 год - 400,00 тыс. рублей; из них: средства краевого бюджета – 900,5 тыс. "
        "рублей, в том числе по годам: 2024 год – 500,5 тыс. рублей; 2025 год – 400,0 тыс. "
        "рублей; средства федерального бюджета – 100,0 рублей, в том числе по годам: 2024 год "
        "– 100,0 тыс. рублей</p>",
        "--\t---",
    ]
    pieces = find_passport_paragraph(lines)
    assert [line for line, _ in pieces] == [1, 3]
    got = [(f.source, f.year, f.amount, f.line) for f in passport_figures(pieces)]
    assert got == [
        ("total", None, "1000.5", 1), ("total", 2024, "600.5", 1), ("total", 2025, "400.00", 3),
        ("regional", None, "900.5", 3), ("regional", 2024, "500.5", 3),
        ("regional", 2025, "400.0", 3), ("federal", None, "100.0", 3),
        ("federal", 2024, "100.0", 3),
    ]


@pytest.mark.parametrize(("label", "kind"), [
    ("Всего", "total"), ("областной бюджет", "regional"), ("краевой бюджет", "regional"),
    ("республиканский бюджет", "regional"),
    ("иные не запрещенные законодательством источники: федеральный бюджет", "federal"),
    ("средства местных бюджетов", "local"), ("бюджеты муниципальных образований", "local"),
    ("внебюджетные источники", "extrabudgetary"), ("прочие источники", "other"),
    ("Подпрограмма «Развитие»", None), ("", None),
])
def test_source_labels(label, kind):
    assert source_kind(label) == kind


def test_numbering():
    assert item_no("1.2.") == "1.2" and item_no("Всего") == "" and item_no("") == ""
    assert [level(n) for n in ("", "1", "1.2", "1.2.3", "1.6.1.1")] == [
        "program", "subprogram", "measure", "submeasure", "submeasure"]
    assert follows_naturally("1.2.24", "1.3") and follows_naturally("1.5", "1.5.1")
    assert follows_naturally("1.6.2", "2") and follows_naturally("", "1")
    assert not follows_naturally("1.1.23", "1.2.10")
    assert not follows_naturally("1.5", "1.6.1.1")


def test_tables_drop_furniture_and_mark_page_breaks():
    lines = [
        "Приложение № 1", "к постановлению", "",
        "№ п/п\tНаименование\tИсточник финансирования\tОбъем",
        "\t\t\t2021 год\t2022 год",
        "1\t2\t3\t4\t5",
        "1\t<p>Подпрограмма</p>\tВсего\t1,0\t2,0",
        "",
        "7",  # a printed page number
        "№ п/п\tНаименование\tИсточник финансирования\tОбъем",  # header repeated
        "\t\tобластной бюджет\t1,0\t2,0",
        "",
        "1\t2\t3\t4\t5\t6",  # another column count: a second table, caption lost
        "1.1\tМероприятие\tДоля\tпроцентов\t5\t6",
    ]
    first, second = read_tables(lines)
    assert first.caption == 1 and first.year_columns() == {3: 2021, 4: 2022}
    assert [(r.line, r.page_start) for r in first.rows] == [(7, False), (11, True)]
    assert first.rows[0].cells[1] == "Подпрограмма"
    assert second.header_lost and second.column_count == 6 and second.caption is None


def _rows(*cells: tuple, breaks: tuple[int, ...] = ()) -> list[CellRow]:
    return [CellRow(line=i + 1, cells=list(c), page_start=i + 1 in breaks)
            for i, c in enumerate(cells)]


def test_funding_label_split_over_a_page_break():
    rows = _rows(
        ("", "Программа", "Всего", "10,0", "20,0"),
        ("", "", "областной бюджет", "10,0", ""),
        ("", "", "иные не запрещенные законодательством", "", ""),
        ("", "", "источники: федеральный бюджет", "0,0", "-"),
        ("1", "Подпрограмма «Первая", "Всего", "10,0", "20,0"),
        ("", "часть»", "", "", ""),
        breaks=(4, 6),
    )
    items, findings = funding_items(rows, funding_layout([], YEARS))
    assert [(i.item_no, i.name) for i in items] == [("", "Программа"),
                                                    ("1", "Подпрограмма «Первая часть»")]
    out = {(r["item_no"], r["source"], r["year"]): (r["amount_thousand_rub"], r["source_line"])
           for r in funding_rows(items)}
    assert out[("", "federal", 2021)] == ("0.0", 4)
    assert ("", "federal", 2022) not in out  # '-' is no amount
    assert ("", "regional", 2022) not in out
    assert [(f.check, f.object, f.year) for f in findings] == [("empty_cell", "program", 2022)]


def _indicator_layout() -> Layout:
    return Layout(no_col=0, name_col=1, label_col=2, unit_col=3, year_cols={4: 2021, 5: 2022})


def test_indicator_continuations():
    rows = _rows(
        ("1.1", "Мероприятие один", "Доля услуг", "процентов", "5", "-"),
        ("", "", "Доля сервисов", "процентов", "≥ 15", "2,53"),
        ("1.2", "Мероприятие два", "", "", "", ""),
        ("", "продолжение", "в электронном виде", "", "", ""),  # O11: continues the last indicator
        ("1.3", "Мероприятие три", "Наличие", "да/нет", "да", "да"),
        breaks=(4,),
    )
    records, findings = indicator_records(rows, _indicator_layout())
    assert findings == []
    assert [(r.item.item_no, r.name) for r in records] == [
        ("1.1", "Доля услуг"), ("1.1", "Доля сервисов в электронном виде"),
        ("1.3", "Наличие")]
    assert records[1].item.name == "Мероприятие один"
    out = indicator_rows(records)
    assert [(r["year"], r["value_raw"], r["value"]) for r in out if r["item_no"] == "1.1"] == [
        (2021, "5", "5"), (2021, "≥ 15", None), (2022, "2,53", "2.53")]


def test_fragment_after_a_lost_page_goes_to_the_item_whose_name_it_ends():
    rows = _rows(
        ("1.1", "Мероприятие", "Доля", "процентов", "5", "6"),
        ("", "сервисов государственного управления", "Доля новых", "процентов", "1", "2"),
        ("1.2.1", "Подмероприятие", "Число", "единиц", "3", "4"),
        ("", "служащих»", "квалификации", "", "", ""),
        ("1.4", "Другое", "Число", "единиц", "7", "8"),
        breaks=(2, 4),
    )
    funding_names = {"1.2": "Внедрение сервисов государственного управления",
                     "1.3": "Повышение квалификации служащих»"}
    records, findings = indicator_records(rows, _indicator_layout(), funding_names)
    assert [(r.item.item_no, r.name) for r in records] == [
        ("1.1", "Доля"), ("1.2", "Доля новых"), ("1.2.1", "Число"), ("1.4", "Число")]
    assert [(f.check, f.object, f.source_line) for f in findings] == [
        ("lost_page", "1.2", 2), ("lost_page", "1.3", 4)]
    assert "dropped" in findings[1].message  # the lost indicator's tail is not glued anywhere


def test_years_inferred_from_a_stage_of_the_right_length():
    spans = stage_periods(["2014 - 2025 годы I этап - 2014 - 2018 годы II этап - 2019 - 2025 годы"])
    assert spans == [list(range(2014, 2019)), list(range(2019, 2026))]
    assert infer_years([4, 5, 6, 7, 8, 9, 10], spans) == dict(zip(range(4, 11), range(2019, 2026),
                                                                   strict=True))
    assert infer_years([4, 5], spans) == {4: None, 5: None}
