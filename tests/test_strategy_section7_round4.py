"""Section 7 rules of round 4 (held-out layouts with narrow unit columns), each on a
small hand-made dump."""

from __future__ import annotations

from extract.strategy import cells
from tests.strategy_dumps import SPACED, section7

_PROJECT = "1\nПроект Альфа\nМинистерство цифрового развития\n"


def test_unit_pieces_without_marks_glue_into_a_slash_unit() -> None:
    # A unit column two letters wide: `да/не` / `т` (no mark: the word was cut) is
    # `да/нет`, not the name's `да/не` and the unit `т` (tonnes).
    (rec,) = section7(_PROJECT + "Число записей\nда/не\nт\nнет\nда\nда", SPACED)
    assert rec.unit == "да/нет"
    assert rec.indicator_name == "Число записей"


def test_unit_pieces_after_a_wrapped_name_line_in_a_row_cut_after_its_values() -> None:
    # `Доля записей ` (the name goes on after the break) / `тыс. ` / `че` / `лове` / `к`
    # / values | break | the name's rest: the pieces are the unit.
    a, b = section7(_PROJECT + "Доля записей \nтыс. \nче\nлове\nк\n1\n2\n3\n2\n"
                    "государственных услуг\nЧисло записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.unit == "тыс. человек"
    assert a.indicator_name == "Доля записей государственных услуг"
    assert b.indicator_name == "Число записей"


def test_unit_start_before_a_break_takes_its_rest_after_the_indicator_tail() -> None:
    # `Доля медицинских ` / `ми` / values | break | `организаций` (the name's tail) /
    # `ну` / `т` (the unit's, printed last in column order).
    a, b = section7(_PROJECT + "Доля медицинских \nми\n1\n2\n3\n2\nорганизаций\nну\nт\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.unit == "минут"
    assert a.indicator_name == "Доля медицинских организаций"
    assert b.indicator_name == "Число записей"


def test_slash_unit_cut_inside_its_second_word_by_a_break() -> None:
    a, b = section7(_PROJECT + "Среднее время \nда/не\nнет\nнет\nда\n2\nграждан\nт\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.unit == "да/нет"
    assert a.indicator_name == "Среднее время граждан"
    assert b.indicator_name == "Число записей"


def test_unit_start_shapes() -> None:
    assert cells.is_unit_start("тыс. чело") and cells.is_unit_start("ми")
    assert cells.is_unit_piece("да/не") and not cells.is_unit_piece("да/нет")
    assert not cells.is_unit_start("системе") and not cells.is_unit_start("процентов")


def test_first_dotted_number_sharing_its_line_with_the_name_cut_by_a_break() -> None:
    # `1 Проект` (the № column's first piece and the name's first line on one line) |
    # break | `.` / `1` (the number's rest, first after the break): project 1.1.
    recs = section7("1 Проект \nАльфа\nМинистерство цифрового развития\nЧисло записей\n"
                    "процентов\n1\n2\n3\n2\n.\n1\n1.2\nПроект Бета\nМинистерство связи\n"
                    "Доля записей\nпроцентов\n4\n5\n6", SPACED)
    assert [(r.project_no, r.project_name) for r in recs] == [
        ("1.1", "Проект Альфа"), ("1.2", "Проект Бета")]


def test_unit_whose_first_piece_reads_as_a_value() -> None:
    # A unit column two letters wide: `да` / `/` / `не` / `т` is the unit `да/нет`, and
    # the values (`нет` / `да` / `да`) follow it.
    a, b = section7(_PROJECT + "Число записей\nда\n/\nне\nт\nнет\nда\nда\n"
                    "Доля записей\nпроцентов\n4\n5\n6", SPACED)
    assert (a.indicator_name, a.unit, a.values) == ("Число записей", "да/нет",
                                                    ["нет", "да", "да"])
    assert b.indicator_name == "Доля записей"


def test_second_body_begun_after_the_first_ones_full_stop_ends_with_the_region() -> None:
    # `Энской области. Главное управление` (no mark) / `МЧС России по ` / `Энской
    # области`: the second body goes on to the region's name; `МЧС` is no indicator.
    (rec,) = section7("1\nПроект Альфа\nМинистерство строительства \nЭнской "
                      "области. Главное управление\nМЧС России по \nЭнской области\n"
                      "Доля органов власти\nпроцентов\n1\n2\n3", SPACED)
    assert rec.responsible_org == ("Министерство строительства Энской области. Главное "
                                   "управление МЧС России по Энской области")
    assert rec.indicator_name == "Доля органов власти"


def test_surplus_number_after_an_unmarked_name_line_ends_the_name() -> None:
    # `… значимых услуг` (no mark: it filled the line) / `0` / `25` / `50` / `100` with
    # three years and no unit: the first number is the name's.
    a, b = section7(_PROJECT + "Доля видов сведений, \nзначимых услуг\n0\n25\n50\n100\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert b.indicator_name == "Число записей"
    assert (a.indicator_name, a.values) == ("Доля видов сведений, значимых услуг 0",
                                            ["25", "50", "100"])
    # Not after the unit's line: there the values are the row's.
    a = section7(_PROJECT + "Доля видов сведений, \nзначимых услуг\nпроцентов\n0\n25\n"
                 "50\n100\nЧисло записей\nпроцентов\n4\n5\n6", SPACED)[0]
    assert (a.indicator_name, a.values) == ("Доля видов сведений, значимых услуг",
                                            ["0", "25", "50"])


def test_unit_first_line_printed_on_the_name_line_of_a_row_cut_after_its_values() -> None:
    # `Уровень записей тыс. ` (the name's and the unit's first lines on one line) /
    # values | break | `работников` (the name's tail) / `человек` (the unit's).
    a, b = section7(_PROJECT + "Уровень записей тыс. \n1\n2\n3\n2\nработников\nчеловек\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert (a.indicator_name, a.unit) == ("Уровень записей работников", "тыс. человек")
    assert b.indicator_name == "Число записей"
    assert cells.is_multiplier("тыс.") and not cells.is_multiplier("записей")
