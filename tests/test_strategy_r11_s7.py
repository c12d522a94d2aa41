"""Round 11: section 7 rules on small hand-made dumps."""

from __future__ import annotations

from dataclasses import replace

from tests.strategy_dumps import HEADER, SPACED, section7


def test_body_compound_cut_before_its_hyphen_takes_the_hyphen_and_rest_after_a_break() -> None:
    # The body's `жилищно` (no wrap mark) is cut by the page break; after it the
    # hyphen prints alone, then `коммунального` in lower case: no value `-` is
    # followed by lower-case words on its page, so both are the body's rest, and the
    # indicator's tail (`старше 14 лет`) comes after them.
    recs = section7(f"""1.1
Платформа «Альфа»
Министерство\u0020
строительства и\u0020
жилищно
Доля жителей\u0020
городов
15
20
25
2
{HEADER}
-
коммунального\u0020
хозяйства Энской\u0020
области
старше 14 лет
1.2
Проект Бета
Министерство образования Энской области
Доля школ
процентов
1
2
3""", SPACED)
    assert recs[0].responsible_org == (
        "Министерство строительства и жилищно-коммунального хозяйства Энской области")
    assert recs[0].indicator_name == "Доля жителей городов старше 14 лет"
    assert recs[0].values == ["15", "20", "25"]
    assert recs[1].project_name == "Проект Бета"


def test_name_and_body_first_pieces_on_the_number_line_before_an_indicator() -> None:
    # `1.1 Цифровая Министе`: the first lines of the name's and the body's cells on
    # one line (the body's first word cut by its narrow column), then the indicator's
    # first line and the values; the rests come after the break in column order.
    ctx = replace(SPACED, project_texts={1: ["цифровая трансформация контрольной",
                                             "проект бета"]})
    recs = section7(f"""1.1 Цифровая Министе
Доля\u0020
25
50
75
2
{HEADER}
трансформация\u0020
контрольной
рство\u0020
экономического\u0020
развития Энской\u0020
области
проверок
1.2
Проект Бета
Министерство образования Энской области
Доля школ
процентов
1
2
3""", ctx)
    assert recs[0].project_name == "Цифровая трансформация контрольной"
    assert recs[0].responsible_org == "Министерство экономического развития Энской области"
    assert recs[0].indicator_name == "Доля проверок"
    assert recs[1].project_name == "Проект Бета"


def test_hyphen_alone_before_lower_case_words_is_the_indicator_s() -> None:
    # `соискателей ` / `-` / `получателей `: a value `-` is followed by the next value,
    # a capitalised cell or a row number, never by lower-case words on its page.
    recs = section7("""1.1
Проект Альфа
Министерство образования Энской области
Доля соискателей\u0020
-
получателей услуг
процентов
70
80
90""", SPACED)
    assert recs[0].indicator_name == "Доля соискателей - получателей услуг"
    assert recs[0].unit == "процентов"
    assert recs[0].values == ["70", "80", "90"]


def test_hyphen_alone_in_an_indicator_tail_after_a_break_goes_on() -> None:
    # The row is cut after the first line of every cell (`Доля ` / values | break);
    # the indicator's tail holds `информационно` / `-` / `аналитическую`, then the
    # next row opens.
    recs = section7(f"""1.1
Проект Альфа
Министерство образования Энской области
Доля\u0020
10
20
30
2
{HEADER}
документов в\u0020
информационно
-
аналитическую\u0020
систему
1.2
Проект Бета
Министерство образования Энской области
Доля школ
процентов
1
2
3""", SPACED)
    assert recs[0].indicator_name == "Доля документов в информационно-аналитическую систему"
    assert recs[1].project_name == "Проект Бета"
    assert recs[1].indicator_name == "Доля школ"


def test_hyphen_alone_after_a_wrapped_tail_line_goes_on() -> None:
    # As above, the tail's line before the hyphen carrying the wrap mark (`соискателей `
    # / `-` / `получателей`): the hyphen stays apart as printed, the tail goes on.
    recs = section7(f"""1.1
Проект Альфа
Министерство образования Энской области
Доля\u0020
10
20
30
2
{HEADER}
соискателей\u0020
-
получателей
1.2
Проект Бета
Министерство образования Энской области
Доля школ
процентов
1
2
3""", SPACED)
    assert recs[0].indicator_name == "Доля соискателей - получателей"
    assert recs[1].project_name == "Проект Бета"


def test_last_value_equal_to_the_next_project_number_before_an_indicator() -> None:
    # The row's third value is `1.2`, as the next project would be numbered; an
    # indicator's first word follows it, not a project's name: a project's row opens
    # on its name, a row of the same project on its indicator.
    recs = section7("""1.1
Проект Альфа
Министерство образования Энской области
Доля школ
процентов
10
20
1.2
Число учителей
человек
1
2
3""", SPACED)
    assert [r.values for r in recs] == [["10", "20", "1.2"], ["1", "2", "3"]]
    assert recs[1].project_name == "Проект Альфа"
    assert recs[1].indicator_name == "Число учителей"


def test_cut_value_piece_before_a_page_break_is_no_project_number() -> None:
    # Values broken in their year columns (`0.070` / `8` …) run to the page's foot;
    # the last piece `2` reads like the next project's number, but a row prints the
    # first line of every cell on the page it opens, so a number with the page break
    # right after it opens no row: the pieces are the row's values.
    recs = section7(f"""1
Проект Альфа\u0020
Министерство образования Энской области
Ввод жилья
кв. м
0.070
8
0.032
9
0.108
2
2
{HEADER}
(рекомендовано ФОИВ)
2
Проект Бета
Министерство образования Энской области
Доля школ
процентов
1
2
3""", SPACED)
    assert recs[0].values == ["0.0708", "0.0329", "0.1082"]
    assert recs[0].project_name == "Проект Альфа (рекомендовано ФОИВ)"
    assert recs[1].project_name == "Проект Бета"


KBR = replace(SPACED, region_words={"кабардино", "балкарской", "республики"},
              region_last="республики")


def test_body_tail_region_compound_cut_before_its_hyphen_goes_on() -> None:
    # The body's tail after the break holds two bodies, each with the region's name
    # wrapped around its hyphen (`Кабардино` / `-` / `Балкарской `): a value `-` is
    # never followed by the region's name, so both hyphens are the body's.
    recs = section7(f"""1.1
Перевод мер\u0020
Министерство\u0020
труда и
Для получения\u0020
50
80
100
2
{HEADER}
поддержки
социальной\u0020
защиты\u0020
Кабардино
-
Балкарской\u0020
Республики,\u0020
Министерство\u0020
экономического\u0020
развития\u0020
Кабардино
-
Балкарской\u0020
Республики
услуг через ЕПГУ
1.2
Проект Бета
Министерство цифрового развития Кабардино-Балкарской Республики
Доля школ
процентов
1
2
3""", KBR)
    assert recs[0].responsible_org == (
        "Министерство труда и социальной защиты Кабардино-Балкарской Республики, "
        "Министерство экономического развития Кабардино-Балкарской Республики")
    assert recs[0].indicator_name == "Для получения услуг через ЕПГУ"
    assert recs[0].values == ["50", "80", "100"]
    assert recs[1].project_name == "Проект Бета"
