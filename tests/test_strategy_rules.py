"""The tricky rules of the strategy text reader, on small hand-made strings."""

from __future__ import annotations

from extract.strategy import cells
from extract.strategy.indicators import Context
from extract.strategy.names import best_match, core
from extract.strategy.projects import find_term
from extract.strategy.records import IndicatorRecord
from extract.strategy.rows import indicator_rows
from extract.strategy.sections import (
    _page_numbers,
    find_sections,
    read_lines,
    sector_names,
)
from tests.strategy_dumps import CTX, read_section7

HEADER = """ №
 пп
 Наименование проекта
 Ответственный орган
 Наименование показателя
 Единица
 измерения
 Значения показателя по годам
 2022 2023 2024"""



def section7(body: str, ctx: Context = CTX) -> list[IndicatorRecord]:
    """Read `body` as sector 1 of a section 7 (pages 1 and 2 print their numbers)."""
    return read_section7(
        f"\n 1\n 7. Показатели развития отрасли\n 1. Образование и наука\n{HEADER}\n{body}\n", ctx)


def test_page_number_after_values_is_not_a_value() -> None:
    raw = ["", "1", *["Доля"] * 20, "20", "30", "40", "2", "текст"]
    assert _page_numbers(raw) == {1: 1, 25: 2}


def test_value_equal_to_the_next_page_number() -> None:
    raw = ["", "1", *["Доля"] * 20, "1", "2", "2", "текст"]
    # The first "2" is a value; the page number is the one printed right after it.
    assert _page_numbers(raw) == {1: 1, 24: 2}


def test_column_number_row_after_page_number_is_dropped() -> None:
    page = [" а"] * 20
    lines = read_lines("\n".join(["", " 1", *page, " 2", " 1", " 2", " 3", " 4", " б"]))
    assert [ln.text for ln in lines if ln.text] == ["а"] * 20 + ["б"]
    assert [ln.page for ln in lines if ln.text][-2:] == [1, 2]
    assert lines[-1].brk


def test_blank_unit_cell_and_org_and_project_name() -> None:
    (rec,) = section7(""" 1
 Проект Альфа
 Министерство образования
 Энской области
 Доля учащихся, имеющих
 доступ к сервисам
  
 20
 30
 40""")
    assert (rec.project_no, rec.project_name) == ("1", "Проект Альфа")
    assert rec.responsible_org == "Министерство образования Энской области"
    assert rec.indicator_name == "Доля учащихся, имеющих доступ к сервисам"
    assert (rec.unit, rec.values) == ("", ["20", "30", "40"])


def test_unit_and_first_value_on_one_line_dotted_project_numbers() -> None:
    a, b = section7(""" 1.1
 Проект Альфа
 Министерство образования Энской области
 Доля учащихся
 процентов 10
 20
 30
 1.2 Проект
 Бета
 Министерство образования Энской области
 Количество услуг
 условных
 единиц
 1 2 3""")
    assert (a.project_no, a.unit, a.values) == ("1.1", "процентов", ["10", "20", "30"])
    assert (b.project_no, b.project_name, b.unit) == ("1.2", "Проект Бета", "условных единиц")
    assert b.values == ["1", "2", "3"]


def test_three_values_on_one_line() -> None:
    (rec,) = section7(""" 1
 Проект Альфа
 Министерство образования Энской области
 Ввод жилья
 Миллион
 квадратных
 метров
 0,0708 0,0329 0,1083""")
    assert rec.unit == "Миллион квадратных метров"
    assert rec.values == ["0,0708", "0,0329", "0,1083"]


def test_name_continues_after_the_page_break_that_follows_its_values() -> None:
    a, b = section7(""" 1
 Проект Альфа
 Министерство образования Энской области
 Доля учащихся, которым
  
 10
 20
 30
 2
 предложены рекомендации
 Доля педагогов
  
 5
 6
 7""")
    assert a.indicator_name == "Доля учащихся, которым предложены рекомендации"
    assert b.indicator_name == "Доля педагогов"
    assert b.values == ["5", "6", "7"]


def test_body_and_project_name_tails_after_a_page_break() -> None:
    ctx = Context(project_texts={1: [
        "проектальфавсфереобразования(рекомендованофоив)обеспечениедоступа"]},
        region_words=CTX.region_words, region_last=CTX.region_last)
    a, b = section7(""" 1
 Проект Альфа в
 Министерство
 Доля учащихся
  
 10
 20
 30
 2
 сфере образования
 (рекомендовано ФОИВ)
 образования Энской
 области
 Доля педагогов
  
 5
 6
 7""", ctx)
    name = "Проект Альфа в сфере образования (рекомендовано ФОИВ)"
    assert a.project_name == b.project_name == name
    assert a.responsible_org == "Министерство образования Энской области"
    assert a.indicator_name == "Доля учащихся"


def test_project_name_tail_after_a_later_row_reaches_the_rows_read_before() -> None:
    # The break cuts the project's second row: its name's tail (a merged cell) comes
    # after rows already read, and is the name of all of them.
    spaced = Context(region_words=CTX.region_words, region_last=CTX.region_last, spaced=True)
    a, b = section7(""" 1
 Проект Альфа с\u0020
 Министерство образования Энской области
 Доля учащихся
  
 10
 20
 30
 Доля педагогов,\u0020
 5
 6
 7
 2
 интеграцией с ФГИС
 использующих сервисы""", spaced)
    assert a.project_name == b.project_name == "Проект Альфа с интеграцией с ФГИС"
    assert b.indicator_name == "Доля педагогов, использующих сервисы"


def test_name_that_ended_before_the_break_takes_no_bracket_after_it() -> None:
    # Where wrapped lines end with a space, «(функций)» after the break is the cut
    # indicator's tail: the name's last line had no space, so the name had ended.
    body = """ 1
 Проект Альфа
 Министерство образования Энской области
 Доля услуг\u0020
 10
 20
 30
 2
 (функций)"""
    spaced = Context(region_words=CTX.region_words, region_last=CTX.region_last, spaced=True)
    (rec,) = section7(body, spaced)
    assert rec.project_name == "Проект Альфа"
    assert rec.indicator_name == "Доля услуг (функций)"


def test_body_tail_after_a_break_runs_to_the_region_name() -> None:
    # The body's last line filled its column (no space kept), so only the region's
    # name at the end of the lines after the break says they are the body's.
    spaced = Context(region_words=CTX.region_words, region_last=CTX.region_last, spaced=True)
    (rec,) = section7(""" 1
 Проект Альфа
 Министерство строительства
 Доля домов
 10
 20
 30
 2
 и ЖКХ Энской\u0020
 области""", spaced)
    assert rec.responsible_org == "Министерство строительства и ЖКХ Энской области"
    assert rec.indicator_name == "Доля домов"


def test_number_opening_an_indicator_name_is_not_a_value() -> None:
    (rec,) = section7(""" 1
 Проект Альфа
 Министерство образования Энской области
 100 медицинских организаций
 обеспечивают взаимодействие
  
 100
 100
 100""")
    assert rec.indicator_name == "100 медицинских организаций обеспечивают взаимодействие"


def test_fewer_values_than_years_are_not_given_years() -> None:
    a, b = section7(""" 1
 Проект Альфа
 Министерство образования Энской области
 Доля учащихся
  
 10
 20
 Доля педагогов
  
 5
 6
 7""")
    assert a.values == ["10", "20"] and b.values == ["5", "6", "7"]
    rows, findings = indicator_rows([a, b])
    assert [r["year"] for r in rows] == [None, None, 2022, 2023, 2024]
    assert [r["value"] for r in rows[:2]] == ["10", "20"]
    assert len(findings) == 1 and findings[0].check == "values_without_years"


def test_value_column_known_by_the_reader_is_kept() -> None:
    rec = IndicatorRecord("1", "S", "1", "P", "O", "I", "", ["7"], [2022, 2023, 2024],
                          value_years=[2024])
    rows, findings = indicator_rows([rec])
    assert [(r["year"], r["value"]) for r in rows] == [(2024, "7")] and not findings


def test_values_parsed_as_printed() -> None:
    rec = IndicatorRecord("1", "S", "1", "P", "O", "I", "", ["3,9", "-", "0.00"],
                          [2022, 2023, 2024])
    rows, _ = indicator_rows([rec])
    assert [(r["value_raw"], r["value"]) for r in rows] == [
        ("3,9", "3.9"), ("-", ""), ("0.00", "0.00")]


def test_heading_variants_and_table_of_contents() -> None:
    text = "\n".join([
        "", " 2", " ОГЛАВЛЕНИЕ",
        " 5. Раздел «Взаимосвязь задач и проектов стратегии». .......... 16",
        " 7. Показатели развития отрасли", " ........ 89",
        " 3", " 5. Раздел «Взаимосвязь задач и проектов стратегии»", " а",
        " 7. Раздел «Показатели развития отрасли»", " б",
        " 8.Раздел «Ресурсное обеспечение реализации стратегии»", " в",
    ])
    sections = find_sections(read_lines(text))
    assert {n: s.heading.no for n, s in sections.items()} == {5: 8, 7: 10, 8: 12}


def test_numbered_list_in_a_cell_is_not_a_sector() -> None:
    text = "\n".join([
        "", " 1", " 4. Проблемы и вызовы", " 4.1. Образование и наука.", " 4.2. Здравоохранение.",
        " 5. Взаимосвязь задач и проектов стратегии", " 1. Образование и наука", " x",
        " 2. Здравоохранение", " y",
        " 6. Проекты развития отрасли", " 1. Образование и наука", " 1. Ускорение",
        " 2. Удешевление ИТ", " 2. Здравоохранение",
        " 7. Показатели развития отрасли", " 1. Образование и наука", " 2. Здравоохранение",
        " 8. Ресурсное обеспечение",
    ])
    assert sector_names(find_sections(read_lines(text))) == {
        1: "Образование и наука", 2: "Здравоохранение"}


def test_project_number_styles() -> None:
    assert cells.project_number("1", 3) == ("1", "", "bare")
    assert cells.project_number("3.2", 3) == ("3.2", "", "dotted")
    assert cells.project_number("3.2 Цифровое", 3) == ("3.2", "Цифровое", "dotted")
    assert cells.project_number("1 Перевод массовых", 5) == ("1", "Перевод массовых", "bare")
    assert cells.project_number("2. Удешевление ИТ", 5).style == "dot"
    assert cells.project_number("4.4", 3) is None  # a value, not a project of sector 3


def test_values_on_one_line() -> None:
    assert cells.split_values("10 20 30", 3) == ["10", "20", "30"]
    # Thousands separators read as one number unless the row has exactly that many
    # free year columns.
    assert cells.split_values("1 416 742,3", 1) == ["1 416 742,3"]
    assert cells.split_values("1 416", 3) == ["1 416"]
    assert cells.unit_with_values("процентов 10") == ("процентов", ["10"])
    assert cells.unit_with_values("массовых услуг 0") is None


def test_term_shapes() -> None:
    assert find_term(["Обеспечение доступа", "До", "2030 года,", "далее", "постоянно",
                      "К концу 2021 года"]) == (1, 5)
    assert find_term(["Цель", "2022 - 2024", "Описание"]) == (1, 2)
    assert find_term(["Цель", "до 01.07.2023"]) == (1, 2)
    assert find_term(["Цель", "2022-", "2026", "Описание"]) == (1, 3)


def test_name_known_from_another_section() -> None:
    texts = ["Библиотека", "цифрового контента", "(рекомендовано", "федеральным органом",
             "власти (далее", "ФОИВ)", "Школьники,"]
    used, name, rest = best_match(texts, ["Библиотека цифрового контента (рекомендовано ФОИВ)"])
    assert used == 6 and rest == ""
    assert name == ("Библиотека цифрового контента (рекомендовано федеральным органом "
                    "власти (далее ФОИВ)")
    assert core("Х (далее - ПУВ) (рекомендовано ФОИВ)") == "Х"
    used, name, rest = best_match(["«Цифровой Ускат» Создание условий"], ["«Цифровой Ускат»"])
    assert (name, rest) == ("«Цифровой Ускат»", "Создание условий")


def test_open_end_is_grammar_not_wording() -> None:
    from extract.strategy.cells import open_end
    assert open_end("в том числе телемедицинских")  # adjective needs its noun
    assert open_end("цифровых технологий и")
    assert open_end("Платформа обратной связи (рекомендовано")
    assert not open_end("основанных на данных")  # a noun-like adjective
    assert not open_end("инициатив жителей")


def test_task_tail_after_break_follows_width_and_sentences() -> None:
    from extract.strategy.task_tails import tail_length
    width = 26
    tails = ["маршрутов, включая", "персональные", "образовательные", "траектории.",
             "Симбиоз сервисов", "Возможность учителям использовать время"]
    task = "ликвидация профессиональных дефицитов, построение индивидуальных образовательных"
    # The task goes on (open phrase) up to the line wider than its column.
    assert tail_length(task, "образовательных", tails, width, set()) == 5
    # A complete sentence printed whole elsewhere does not go on.
    done = "Создание механизмов для обеспечения организаций"
    assert tail_length(done, "организаций", ["производство"], width,
                       {"созданиемеханизмовдляобеспеченияорганизаций"}) == 0
    # After a full stop only a new (capitalised) sentence continues the task.
    assert tail_length("Переход на документооборот.", "документооборот.",
                       ["повышение доступности"], width, set()) == 0


def test_cut_name_completed_from_known_name_or_open_bracket() -> None:
    from extract.strategy.names import continue_cut
    known = ["Внедрение подсистем ГИС в субъектах Российской Федерации"]
    assert continue_cut("Внедрение подсистем ГИС в субъектах",
                        ["Российской", "Федерации", "обеспечения работы"], known) == (
        2, known[0])
    assert continue_cut("Платформа обратной связи (рекомендовано",
                        ["ФОИВ)", "качества взаимодействия"], []) == (
        1, "Платформа обратной связи (рекомендовано ФОИВ)")
    # A complete name takes nothing from after the break.
    assert continue_cut("Персональные помощники", ["(превентивная медицина)"], []) == (
        0, "Персональные помощники")


def test_remark_running_into_a_list_of_beneficiaries_is_not_taken() -> None:
    texts = ["Переход к управлению", "(оказание поддержки", "конкретных участников",
             "- Исполнительные", "органы"]
    m = best_match(texts, ["Переход к управлению (оказание поддержки конкретных участников"])
    assert m is not None and m[1].endswith("участников")


def test_page_break_before_a_repeated_header_reaches_the_row_after_it() -> None:
    """A page number at the foot of a page, then the repeated header: the first
    line after the header opens the rest of the cut row."""
    from extract.strategy.indicators import _HEADER_END
    from extract.strategy.sections import Line, strip_headers
    lines = [Line(1, "Доля граждан,"), Line(2, "№", brk=True), Line(3, "Значения 2022 2023"),
             Line(4, "2024"), Line(5, "имеющих доступ"), Line(6, "Доля услуг")]
    body, headers = strip_headers(lines, _HEADER_END)
    assert [ln.text for ln in body] == ["Доля граждан,", "имеющих доступ", "Доля услуг"]
    assert [ln.brk for ln in body] == [False, True, False]
    assert len(headers) == 1


def test_years_wrapped_in_narrow_columns() -> None:
    from extract.strategy.indicators import _HEADER_END, header_years
    from extract.strategy.sections import Line, strip_headers
    texts = ["№", "Значения", "202", "2", "202", "3", "202", "4", "1", "2", "3", "Доля"]
    body, headers = strip_headers([Line(k, t) for k, t in enumerate(texts)], _HEADER_END)
    assert header_years(headers) == [2022, 2023, 2024]
    assert [ln.text for ln in body] == ["Доля"]


def test_body_goes_on_after_a_joiner_with_an_acronym() -> None:
    (rec,) = section7(""" 1
 Проект Альфа
 Министерство строительства и
 ЖКХ Энской области
 Доля развития
  
 0
 0
 100""")
    assert rec.responsible_org == "Министерство строительства и ЖКХ Энской области"
    assert (rec.indicator_name, rec.unit) == ("Доля развития", "")
    assert not cells.is_unit("развития") and cells.is_unit("раза")


def test_remark_that_lost_its_last_bracket() -> None:
    texts = ["Библиотека контента", "(рекомендовано", "федеральным органом", "(далее ФОИВ)",
             "- Граждане -"]
    m = best_match(texts, ["Библиотека контента"])
    assert m is not None and m[1] == "Библиотека контента (рекомендовано федеральным органом " \
                                      "(далее ФОИВ)"


def test_project_number_wrapped_inside_the_number_column() -> None:
    from extract.strategy.sections import Line
    texts = [t for k in range(1, 10) for t in (f"5.{k}", f"Задача {k}")]
    texts += ["5.1", "0", "Задача 10"]
    starts = cells.project_starts([Line(n, t) for n, t in enumerate(texts)], 5)
    assert [num.no for _, num in starts][-2:] == ["5.9", "5.10"]
    assert texts[starts[-1][0] + 1] == "Задача 10"


def test_section7_project_number_wrapped_inside_the_number_column() -> None:
    body = "\n".join(f""" 1.{k}
 Проект {k}
 Министерство образования Энской области
 Доля {k}
  
 1
 2
 3""" for k in range(1, 10))
    *_, last = section7(body + """
 1.1
 0
 Проект Десять
 Министерство образования Энской области
 Доля учащихся
  
 4
 5
 6""")
    assert (last.project_no, last.project_name, last.values) == ("1.10", "Проект Десять",
                                                                 ["4", "5", "6"])


def test_dotted_number_cut_by_a_page_break_keeps_the_sequence() -> None:
    from extract.strategy.sections import Line
    texts = ["1.1", "Задача", "1.", "Задача два", "7", "1.3", "Задача три"]
    starts = cells.project_starts([Line(n, t) for n, t in enumerate(texts)], 1)
    assert [(i, num.no) for i, num in starts] == [(0, "1.1"), (2, "1.2"), (5, "1.3")]


def test_section7_dotted_number_cut_by_a_page_break() -> None:
    a, b = section7(""" 1.1
 Проект Альфа
 Министерство образования Энской области
 Доля учащихся
  
 1
 2
 3
 1.
 Проект Бета
 Министерство образования Энской области
 Доля педагогов
  
 4
 5
 6
 2
 2
 Доля родителей
  
 7
 8
 9""")[:2]
    assert a.project_no == "1.1"
    assert (b.project_no, b.project_name, b.values) == ("1.2", "Проект Бета", ["4", "5", "6"])


def test_a_skipped_row_number_is_a_finding() -> None:
    from extract.strategy.sections import Line
    texts = ["1.1", "Задача", "1.3", "Задача три"]
    starts = cells.project_starts([Line(n, t) for n, t in enumerate(texts)], 1)
    assert [num.no for _, num in starts] == ["1.1", "1.3"]
    assert cells.missing_numbers(starts) == [(2, "1.2")]


def test_section7_read_again_when_section6_prints_a_name_longer() -> None:
    from extract.strategy import _cut_short, _with_names
    from extract.strategy.records import ProjectRecord

    cut = IndicatorRecord(sector_no="1", sector_name="", project_no="1.1",
                          project_name="Проект Альфа с", responsible_org="",
                          indicator_name="Доля", unit="", values=["1"], year_columns=[2022],
                          source_line=1, source_page=1)
    whole = ProjectRecord(sector_no="1", sector_name="", project_no="1", goal="", term="",
                          project_name="Проект Альфа с интеграцией", description="",
                          financing="", region_role="")
    assert _cut_short([cut], [whole])
    cut.project_name = "Проект  Альфа с интеграцией"
    assert not _cut_short([cut], [whole])  # the same name (spacing aside): nothing to do
    cut.project_name, whole.sector_no = "Проект Альфа с", "2"
    assert not _cut_short([cut], [whole])  # another sector's project
    assert _with_names({1: ["x"]}, [whole]) == {1: ["x"], 2: ["проектальфасинтеграцией"]}


def test_row_number_after_a_header_without_years_is_no_year_piece() -> None:
    from extract.strategy.sections import Line, _year_piece

    header = [Line(k, t) for k, t in enumerate(["№", "Задачи отрасли", "Наименование проекта"])]
    assert not _year_piece(header, "2")
    years = [Line(1, "№"), Line(2, "2022"), Line(3, "202")]
    assert _year_piece(years, "3")
