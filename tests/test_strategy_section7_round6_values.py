"""Section 7 rules of round 6, the values side (narrow year columns cutting values
right before the № column's next number), each on a small hand-made dump."""

from __future__ import annotations

from tests.strategy_dumps import SPACED, section7

_BETA = "Проект Бета\nМинистерство связи\nДоля записей\nпроцентов\n4.5\n5.5\n6.5"


def test_last_value_rest_before_the_next_whole_number() -> None:
    # `0.98` / `1` / `1.15` / `1.21` / `7` / `1.5` / name: `7` is the rest of `1.21`
    # (it completes a cut pair), `1.5` the next project's number.
    a, b = section7("1.4\nПроект Альфа\nМинистерство цифрового развития\nОбъем записей\n"
                    "процентов\n0.98\n1\n1.15\n1.21\n7\n1.5\n" + _BETA)
    assert a.values == ["0.981", "1.15", "1.217"]
    assert (b.project_no, b.project_name) == ("1.5", "Проект Бета")


def test_digit_before_the_next_number_completing_no_cut_value_is_kept_apart() -> None:
    # `3` / `1` / `1.5`: the `1` cannot complete a cut pair (the value before it does
    # not fill the column): it is not taken into the values.
    a, b = section7("1.4\nПроект Альфа\nМинистерство цифрового развития\nОбъем записей\n"
                    "процентов\n10.5\n20.5\n3\n1\n1.5\n" + _BETA)
    assert a.values == ["10.5", "20.5", "3"]
    assert b.project_name == "Проект Бета"


def test_value_rest_before_the_next_number_wrapped_in_pieces() -> None:
    # `0.79` / `5` / `0.78` / `0.81` / `1` / `1` / `.` / `5` / name: the run of value
    # lines ends where the next number's pieces (`1` / `.` / `5`) begin.
    a = section7("1.4\nПроект Альфа\nМинистерство цифрового развития\nОбъем записей\n"
                 "процентов\n0.79\n5\n0.78\n0.81\n1\n1\n.\n5\n" + _BETA)[0]
    assert a.values == ["0.795", "0.78", "0.811"]


def test_sector_number_after_the_values_is_the_next_numbers_first_piece() -> None:
    # Project 1.4's values `10` / `39.5` / `355`, then `1` / name: the `1` opens the
    # next dotted number (`1.5`, its rest wrapped or moved by a break), not a value
    # rest; `39.5` / `355` stay two values.
    a = section7("1.4\nПроект Альфа\nМинистерство цифрового развития\nОбъем записей\n"
                 "процентов\n10\n39.5\n355\n1\n" + _BETA)[0]
    assert a.values == ["10", "39.5", "355"]


def test_slash_unit_glued_to_the_first_value_before_a_break() -> None:
    # `да/нет` (`да/` and the first value, as the lines stage glues them) / `да` / `нет`
    # | break | `записей` (the name's tail) / `нет` (the unit's rest, last in column
    # order): three years, two values after the glued line, so its `нет` is the first.
    a, b = section7("1\nПроект Альфа\nМинистерство цифрового развития\nЧисло \nда/нет\n"
                    "да\nнет\n2\nзаписей\nнет\nДоля записей\nпроцентов\n4.5\n5.5\n6.5", SPACED)
    assert (a.indicator_name, a.unit, a.values) == ("Число записей", "да/нет",
                                                    ["нет", "да", "нет"])
    assert b.indicator_name == "Доля записей"


def test_cut_values_one_character_short_of_the_widest() -> None:
    # `0.07` / `08`, `0.03` / `29` beside `0.108` / `3`: the column broke the first two
    # one glyph earlier; three pairs account for the three surplus lines.
    a, b = section7("1.4\nПроект Альфа\nМинистерство цифрового развития\nОбъем записей\n"
                    "процентов\n0.07\n08\n0.03\n29\n0.108\n3\nДоля записей\nпроцентов\n"
                    "4.5\n5.5\n6.5")
    assert a.values == ["0.0708", "0.0329", "0.1083"]
    assert b.indicator_name == "Доля записей"


def test_a_decimal_value_is_no_wrapped_numbers_first_piece() -> None:
    # `0.108` / `8` / name after project 1.7: `0.108` + `8` is no project number 8, so
    # the value lines before it are still paired (`0.070` / `8`, `0.032` / `9`).
    a = section7("1.7\nПроект Альфа\nМинистерство цифрового развития\nОбъем записей\n"
                 "процентов\n0.070\n8\n0.032\n9\n0.108\n8\n" + _BETA)[0]
    assert a.values[:2] == ["0.0708", "0.0329"]
