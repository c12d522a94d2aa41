"""Section 7 rules for narrow columns and page-break tails, on small hand-made dumps."""

from __future__ import annotations

from extract.strategy.indicators import _HEADER_END, Context
from extract.strategy.sections import Line, norm_key, read_lines, strip_headers
from extract.strategy.words import join_cell, rejoin_split_words
from tests.strategy_dumps import CTX, HEADER, SPACED, section7


def test_values_broken_inside_a_narrow_year_column_are_one_value() -> None:
    recs = section7("""1
Проект
Министерство Энской области
Доля граждан
тыс. чел.
287,6
6
415,6
6
531,7
3
Число записей
процентов
1
2
3""")
    assert [r.values for r in recs] == [["287,66", "415,66", "531,73"], ["1", "2", "3"]]


def test_next_project_number_after_values_is_no_piece_of_a_value() -> None:
    recs = section7("""1.1
Проект
Министерство Энской области
Доля граждан
процентов
5
1000
7
1.2
Второй проект
Министерство Энской области
Число записей
процентов
1
2
3""")
    assert [r.values for r in recs] == [["5", "1000", "7"], ["1", "2", "3"]]
    assert [r.project_no for r in recs] == ["1.1", "1.2"]


def test_next_row_after_a_tail_starts_after_an_unmarked_line() -> None:
    # The cut indicator's tail goes on in capitalised words («Российской Федерации»:
    # the first line follows a wrapped one, the second a word that filled its line);
    # the next row, cut by the break too, starts at the last line after an unmarked one.
    a, b = section7("""1
Проект Альфа
Министерство образования Энской области
Доля граждан на\u0020
тыс. чел.
10
20
30
2
территории субъекта\u0020
Российской
Федерации
Коли
процентов
1
2
3""", SPACED)
    assert a.indicator_name == "Доля граждан на территории субъекта Российской Федерации"
    assert b.indicator_name == "Коли"
    assert b.values == ["1", "2", "3"]


def test_acronym_broken_into_capitals_is_one_word() -> None:
    lines = rejoin_split_words(read_lines(
        "навигации \nГЛО\nНАС\nС, в \nобщем \nколичестве\nДоля \nлюдей"))
    assert [ln.text for ln in lines] == [
        "навигации", "ГЛОНАСС, в", "общем", "количестве", "Доля", "людей"]


def test_word_in_three_pieces_across_a_break_is_one_word() -> None:
    # `аппар` / `атуро` before a page break, `й` after it: the lines stage leaves
    # them apart, the cell's join glues them (the middle piece is no word).
    assert join_cell(["оснащенных", "аппар", "атуро", "й спутниковой"]) == (
        "оснащенных аппаратурой спутниковой")
    assert join_cell(["Коли", "честв", "о"]) == "Количество"


def test_unknown_word_cut_before_a_short_ending_is_one_word() -> None:
    # `таргетированного` is not in the dictionary and `о` is a word: the line without
    # a wrap mark that stops on no word, and words after the ending, say it was cut.
    lines = rejoin_split_words(read_lines(
        "подборку \nтаргетированног\nо контента \nцифровых \nресурсов"))
    assert [ln.text for ln in lines] == [
        "подборку", "таргетированного", "контента", "цифровых", "ресурсов"]
    # A short word alone on its line may open the next cell (a term after a break).
    lines = rejoin_split_words(read_lines("счет \nреализации \nПовышени\nдо \n2030 \nгода"))
    assert "Повышени" in [ln.text for ln in lines]


def test_comma_wrapped_to_the_next_line_goes_back() -> None:
    lines = rejoin_split_words(read_lines(
        "муниципальной \nсистем \nздравоохранения\n, использующих \nмедицинские"))
    assert [ln.text for ln in lines] == [
        "муниципальной", "систем", "здравоохранения,", "использующих", "медицинские"]


def test_two_function_words_on_two_lines_are_not_one_word() -> None:
    # `и` ends a line filled to its column (no wrap mark), `в` opens the next: `ив` is
    # a word of the dictionary, but two function words are two words.
    lines = rejoin_split_words(read_lines(
        "подведомственными \nим \nучреждениями и\nв \nсубъекте \nРоссийской"))
    assert "учреждениями и" in [ln.text for ln in lines]


def test_value_in_words_with_a_wrap_mark_opens_a_name() -> None:
    recs = section7("""1
Проект Альфа
Министерство образования Энской области
Доля граждан
процентов
10
40
100
Не менее 50\u0020
пациентов\u0020
под наблюдением
процентов
10
30
50""", SPACED)
    assert [r.indicator_name for r in recs] == [
        "Доля граждан", "Не менее 50 пациентов под наблюдением"]
    assert recs[1].values == ["10", "30", "50"]


def test_unit_cut_by_a_page_break_takes_its_rest_after_the_indicator_tail() -> None:
    (rec,) = section7("""1
Проект Альфа
Министерство образования Энской области
Доля учащихся, которые\u0020
проце
60
80
100
2
имеют возможность\u0020
участвовать
нтов""", SPACED)
    assert rec.indicator_name == "Доля учащихся, которые имеют возможность участвовать"
    assert rec.unit == "процентов"
    assert rec.values == ["60", "80", "100"]


def test_compound_broken_on_both_sides_of_its_hyphen() -> None:
    lines = rejoin_split_words(read_lines(
        "Министерство \nжилищно\n-\nкоммунального \nи \nдорожного \nкомплекса\nпроцентов\n-\nда"))
    assert [ln.text for ln in lines][:3] == ["Министерство", "жилищно-коммунального", "и"]
    assert [ln.text for ln in lines][-3:] == ["процентов", "-", "да"]


def test_first_letters_of_the_region_name_go_on_the_body() -> None:
    # `Энск` / break / `ой области`: a line that is only the first letters of a word
    # of the region's name is the body's, not a new indicator.
    (rec,) = section7("""1
Проект Альфа
Министерство
здравоохранения
Энск
Доля граждан
процентов
1
2
3""")
    assert rec.indicator_name == "Доля граждан"
    assert rec.responsible_org.startswith("Министерство здравоохранения Энск")


def test_unit_cut_before_its_last_letter_takes_it_after_the_break() -> None:
    # `проценто` is a unit by its shape already; `в` after the indicator's tail
    # completes a dictionary word with it, so it is the unit's rest.
    (rec,) = section7("""1
Проект Альфа
Министерство образования Энской области
Доля органов\u0020
проценто
0
0
100
2
власти, использующих\u0020
облачные сервисы
в""", SPACED)
    assert rec.indicator_name == "Доля органов власти, использующих облачные сервисы"
    assert rec.unit == "процентов"


def test_two_bodies_in_one_cell_where_the_first_line_is_wrapped() -> None:
    # The body's line ends with the wrap mark: the cell goes on, through a second
    # body's name, until a line opens an indicator.
    (rec,) = section7("""1
Проект Альфа
Министерство строительства\u0020
Энской области.\u0020
Главное управление\u0020
МЧС России по\u0020
Энской области
Доля органов власти
процентов
1
2
3""", SPACED)
    assert rec.responsible_org == (
        "Министерство строительства Энской области. Главное управление МЧС России по "
        "Энской области")
    assert rec.indicator_name == "Доля органов власти"


def test_short_ending_alone_on_a_wrapped_line_completes_an_unknown_word() -> None:
    # The ending `с` is alone on its line, which is wrapped: the cell goes on in
    # lower case on the next line, so the line before, stopping on no word, was cut.
    lines = rejoin_split_words(read_lines(
        "3 \nМаркетплей\nс \nпрограммного \nобеспечения\nсуперсервис\nа \n«Поступление»"))
    assert [ln.text for ln in lines][1:3] == ["Маркетплейс", "программного"]
    assert "суперсервиса" in [ln.text for ln in lines]


def test_three_letter_ending_that_is_no_function_word_completes_a_word() -> None:
    lines = rejoin_split_words(read_lines("Переход к \nпроактивн\nому \nуправлению \nмерами"))
    assert "проактивному" in [ln.text for ln in lines]


def test_comma_on_its_own_line_does_not_join_a_bare_number() -> None:
    # The column-number row's last number, then a body's tail opening with a comma.
    lines = rejoin_split_words(read_lines("развития \nчел. \n7\n8\n, \nпромышленности \nи"))
    assert [ln.text for ln in lines][2:5] == ["7", "8", ","]


def test_rest_of_a_cut_word_after_a_break_is_taken_even_if_it_reads_as_a_value() -> None:
    # `оснащенны` / break / `х`: `х` is also a value mark, but it completes the
    # indicator's last word, so it is the indicator's tail.
    (rec,) = section7("""1
Проект Альфа
Министерство образования Энской области
Доля средств, оснащенны
процентов
22
90
85
2
х\u0020
аппаратурой\u0020
навигации""", SPACED)
    assert rec.indicator_name == "Доля средств, оснащенных аппаратурой навигации"
    assert rec.values == ["22", "90", "85"]


def test_number_with_a_wrap_mark_before_words_opens_a_name() -> None:
    # `100` / `государственных услуг …`: the '%' glyph lost, the number's line is
    # wrapped, so its cell goes on in words; a value cell would not.
    recs = section7("""1.1
Проект Альфа
Министерство образования Энской области
Доля граждан
процентов
70
80
90
100\u0020
государственных\u0020
услуг в электронном виде
процентов
100
100
100""", SPACED)
    assert [r.indicator_name for r in recs] == [
        "Доля граждан", "100 государственных услуг в электронном виде"]


def test_unit_word_after_a_wrapped_name_line_is_the_name_when_no_break_cuts_the_row() -> None:
    recs = section7("""1.1
Проект Альфа
Министерство образования Энской области
Доля мер, назначенных в срок\u0020
5 рабочих\u0020
дней
0
0
95
Доля граждан
процентов
1
2
3""", SPACED)
    assert recs[0].indicator_name == "Доля мер, назначенных в срок 5 рабочих дней"
    assert recs[0].unit == ""
    assert recs[0].values == ["0", "0", "95"]


def test_unit_after_a_wrapped_name_line_stays_the_unit_when_a_break_cuts_the_row() -> None:
    (rec,) = section7("""1.1
Проект Альфа
Министерство образования Энской области
Количество работников,\u0020
минут
44
28
6
2
использующих сервисы""", SPACED)
    assert rec.unit == "минут"
    assert rec.indicator_name == "Количество работников, использующих сервисы"


def test_number_and_word_after_a_wrapped_tail_line_go_on_the_tail() -> None:
    # `(относительно` is wrapped, so `2020 года)` goes on the indicator's tail though
    # a number before a word may open an indicator (`100 организаций …`).
    recs = section7("""1.1
Проект Альфа
Министерство образования Энской области
Уменьшение\u0020
процентов
15
25
30
2
магнитуды (относительно\u0020
2020 года)
Доля предприятий
процентов
80
100
100""", SPACED)
    assert [r.indicator_name for r in recs] == [
        "Уменьшение магнитуды (относительно 2020 года)", "Доля предприятий"]


def test_unit_qualifier_before_a_break_takes_its_base_after_the_tail() -> None:
    (rec,) = section7("""1.1
Проект Альфа
Министерство образования Энской области
Количество систем\u0020
условных
1
1
1
2
управления
единиц""", SPACED)
    assert rec.unit == "условных единиц"
    assert rec.indicator_name == "Количество систем управления"


def test_hyphen_pieces_in_the_body_column_are_the_bodys() -> None:
    # `жилищно` / `-` (the rest of the compound after a break) and `градостроитель` /
    # `-ства`: no value precedes a row's indicator, and the indicator still starts.
    (rec,) = section7("""1.1
Проект Альфа
Министерство
жилищно
-
Доля управляющих
процентов
65
70
75""")
    assert rec.indicator_name == "Доля управляющих"
    (rec,) = section7("""1.1
Проект Альфа
Главное управление
градостроитель
-ства
Энской области
Доля муниципальных образований
процентов
12
24
36""")
    assert rec.indicator_name == "Доля муниципальных образований"


def test_comma_opening_a_tail_after_a_break_is_the_bodys_not_the_names() -> None:
    # The name ended before the break (no mark); the body's tail opens with a comma:
    # punctuation alone adds nothing to the name known from section 6.
    ctx = Context(project_texts={1: [norm_key("Кадры для цифровой экономики в сфере науки "
                                              "- Граждане")]},
                  region_words=CTX.region_words, region_last=CTX.region_last, spaced=True)
    (rec,) = section7("""1.1
Кадры для\u0020
цифровой\u0020
экономики\u0020
в сфере\u0020
науки
Министерство\u0020
экономического\u0020
развития
Количество служащих,\u0020
прошедших
чел.
164
176
179
2
,\u0020
промышленности\u0020
и\u0020
торговли
обучение""", ctx)
    assert rec.project_name == "Кадры для цифровой экономики в сфере науки"
    assert rec.indicator_name == "Количество служащих, прошедших обучение"


def test_row_number_after_whole_years_is_no_year_piece() -> None:
    # Year columns are equally wide: after whole years nothing is a wrapped year.
    lines = [Line(k, t) for k, t in enumerate(
        ["№", "Наименование", "2022", "2023", "2024", "2", "Платформа"])]
    body, _ = strip_headers(lines, _HEADER_END)
    assert [ln.text for ln in body] == ["2", "Платформа"]


def test_bare_number_far_past_the_last_project_is_a_value() -> None:
    # `100` after project 1 (the row's name ends with a number in the source) is no
    # project: projects are numbered in sequence.
    recs = section7("""1
Проект Альфа
Министерство образования Энской области
Доля сведений
процентов
25
50
100
100
Сокращение времени
усл. ед.
0
0
1""")
    assert [r.project_no for r in recs] == ["1", "1"]
    assert recs[1].indicator_name == "Сокращение времени"


def test_dotted_number_cut_by_a_page_break() -> None:
    # `1.1` before the break, `2` first after it: project 1.12 (1.11 was the last).
    body = "\n".join(f"1.{k}\nЦифровой проект {k}\nМинистерство Энской области\nДоля {k}\n"
                     f"процентов\n10\n20\n30" for k in range(1, 12))
    recs = section7(body + f"""
1.1
Региональная\u0020
Уровень\u0020
баллов
3
4
5
2
{HEADER}
2
система данных
качества""", SPACED)
    assert recs[-1].project_no == "1.12"
    assert recs[-1].project_name == "Региональная система данных"


def test_abbreviated_unit_is_no_rest_of_the_word_before_it() -> None:
    # `режиме с` filled its line (no mark); `усл.ед.` is the unit cell, though `с` +
    # `усл` is a dictionary word (`сусл`).
    lines = rejoin_split_words(read_lines(
        "модели и (или) в \nпроактивном режиме с\nусл.ед.\n20\n40\nДоля \nграждан"))
    assert [ln.text for ln in lines][1:3] == ["проактивном режиме с", "усл.ед."]


def test_number_with_a_wrap_mark_inside_an_indicator_name_goes_on_it() -> None:
    (rec,) = section7("""1.1
Проект Альфа
Министерство образования Энской области
Для получения\u0020
100\u0020
мер поддержки\u0020
граждане подают заявление
процентов
50
80
100""", SPACED)
    assert rec.indicator_name == "Для получения 100 мер поддержки граждане подают заявление"
    assert rec.values == ["50", "80", "100"]


def test_wrapped_body_line_before_a_cut_row_leaves_the_indicator() -> None:
    # `Министерство` is wrapped, but its rest comes after the break: the lines up to
    # the values leave no indicator if taken as the body's, so they are the indicator.
    (rec,) = section7("""1.1
Цифровизация\u0020
Министерство\u0020
На участках\u0020
условных
1
1
1
2
мировых судов
цифрового развития Энской области
мировых судей
единиц""", SPACED)
    assert rec.indicator_name == "На участках мировых судей"
    assert rec.unit == "условных единиц"


def test_unknown_word_cut_by_a_break_before_a_short_ending() -> None:
    assert join_cell(["Цифровизац", "ия мировых судов"]) == "Цифровизация мировых судов"
    # A function word after a word the dictionary does not know opens words of its own.
    assert join_cell(["Маркетплейс", "и связи"]) == "Маркетплейс и связи"


def test_unit_rest_in_two_pieces_after_the_indicator_tail() -> None:
    (rec,) = section7("""1.1
Проект Альфа
Министерство образования Энской области
Доля\u0020
проц
69
93
19
2
педагогических\u0020
работников
енто
в""", SPACED)
    assert rec.unit == "процентов"
    assert rec.indicator_name == "Доля педагогических работников"
