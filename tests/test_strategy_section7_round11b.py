"""Section 7, round 11b: numbers and brackets cut by page breaks (hand-made dumps)."""

from __future__ import annotations

from extract.strategy.indicators import read_indicators
from extract.strategy.records import IndicatorRecord
from extract.strategy.sections import find_sections, read_lines
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"

# Project 10's number wrapped in the narrow № column (`1` / `0`) and cut between its
# digits by the break; the first digit shares its line with the name's first piece or
# stands alone, the second opens the page after the break.
_ROW9 = "9\nПроект Альфа\nМинистерство связи\nДоля записей\nпроцентов\n1\n2\n3\n"
_ROW10 = "\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6\n"
_ROW11 = "11\nПроект Бета\nМинистерство связи\nДоля услуг\nпроцентов\n7\n8\n9"


def test_bare_number_cut_between_its_digits_with_the_name() -> None:
    recs = section7(_ROW9 + "1 Систе" + _ROW10 + _BRK2 + "0 ма связи\n" + _ROW11, SPACED)
    assert [(r.project_no, r.project_name) for r in recs] == [
        ("9", "Проект Альфа"), ("10", "Система связи"), ("11", "Проект Бета")]


def test_bare_number_cut_between_its_digits_alone() -> None:
    recs = section7(_ROW9 + "1\nСисте" + _ROW10 + _BRK2 + "0\nма связи\n" + _ROW11, SPACED)
    assert [(r.project_no, r.project_name) for r in recs] == [
        ("9", "Проект Альфа"), ("10", "Система связи"), ("11", "Проект Бета")]


def _rejoined7(body: str) -> list[IndicatorRecord]:
    """`body` as sector 1 of a section 7 after the lines stage rejoined broken words."""
    text = f"\n1\n7. Показатели развития отрасли\n1. Образование и наука\n{HEADER}\n{body}\n"
    lines = rejoin_split_words(read_lines(text), True)
    return read_indicators(find_sections(lines)[7], {1: "Образование и наука"}, SPACED)[0]


def test_body_tail_ends_at_a_bracket_it_never_opened() -> None:
    # The indicator's `(муниципальных` cut by the break; after it the body's tail
    # `и торговли`, then the indicator's `) служащих` (glued onto it by the lines stage).
    a, b = _rejoined7("1.1\nПроект Альфа\nМинистерство \nразвития \nКоличество \n"
                      "(муниципальных\nчел.\n1\n2\n3\n" + _BRK2 + "и торговли\n"
                      ") служащих и \nработников\nЧисло записей\nпроцентов\n4\n5\n6")
    assert a.responsible_org == "Министерство развития и торговли"
    assert a.indicator_name == "Количество (муниципальных) служащих и работников"
    assert b.indicator_name == "Число записей"


def test_number_after_a_filled_tail_line_ends_the_indicator() -> None:
    # A row cut after its values; after the break the indicator's tail, its last line
    # filled its column (`значимых услуг`, no wrap mark), then `0`: the values are all
    # printed, so the number is the indicator's last line, not a value.
    a, b = section7("1.1\nПроект Альфа\nМинистерство связи Энской области\nДоля видов \n"
                    "сведений для \n1\n2\n3\n" + _BRK2 + "значимых услуг\n0\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.indicator_name == "Доля видов сведений для значимых услуг 0"
    assert b.indicator_name == "Число записей"


def test_number_after_a_wrapped_tail_line_ends_the_indicator() -> None:
    # The same with the tail's last line wrapped (`значимых услуг ` / `0`).
    a, b = section7("1.1\nПроект Альфа\nМинистерство связи Энской области\nДоля видов \n"
                    "сведений для \n1\n2\n3\n" + _BRK2 + "значимых услуг \n0\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.indicator_name == "Доля видов сведений для значимых услуг 0"
    assert b.indicator_name == "Число записей"


def test_second_body_in_the_tail_after_the_first_ends() -> None:
    # A row cut after its values; after the break the body's tail ends the first body
    # with the region's name and a full stop, then a second body ends with it too,
    # both before the indicator's tail.
    a, b = section7("1.1\nПроект Альфа\nМинистерство \nДоля услуг \n1\n2\n3\n" + _BRK2
                    + "связи Энской \nобласти. \nГлавное \nуправление Энской \nобласти\n"
                    "в электронном виде\nЧисло записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.responsible_org == ("Министерство связи Энской области. "
                                 "Главное управление Энской области")
    assert a.indicator_name == "Доля услуг в электронном виде"
    assert b.indicator_name == "Число записей"
