"""Section 7, round 8: merged cells and later page breaks (hand-made dumps)."""

from __future__ import annotations

from extract.strategy.indicators import read_indicators
from extract.strategy.records import IndicatorRecord
from extract.strategy.sections import find_sections, read_lines
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"
_BRK3 = f"3\n{HEADER}\n"

_NAME = "Перевод услуг в электронный вид"

# Project 1.1's name is cut by the first break and ends after it (`электронный вид`,
# no wrap mark) beside a page of indicator lines; the second break cuts only the
# indicator of the project's second row (`государствен` | break | `ной власти`).
_ENDED = ("1.1\nПеревод услуг в \nМинистерство связи \nДоля услуг в \nпроцентов\n1\n2\n3\n"
          + _BRK2 + "электронный \nвид\nЭнской области\nэлектронном виде\n"
          "Доля обращений за \nполучением услуг \nбез посещения \nорганов \nместной \n"
          "государствен\nпроцентов\n4\n5\n6\n" + _BRK3 + "ной власти\n"
          "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\nпроцентов\n7\n8\n9")


def test_name_ended_beside_a_page_of_rows_is_not_cut_again() -> None:
    a, b, c = section7(_ENDED, SPACED)
    assert a.project_name == b.project_name == _NAME
    assert b.indicator_name.endswith("органов местной государственной власти")
    assert c.project_name == "Проект Бета"


def _rejoined7(body: str) -> list[IndicatorRecord]:
    """`body` as sector 1 of a section 7 after the lines stage rejoined broken words."""
    text = f"\n1\n7. Показатели развития отрасли\n1. Образование и наука\n{HEADER}\n{body}\n"
    lines = rejoin_split_words(read_lines(text), True)
    return read_indicators(find_sections(lines)[7], {1: "Образование и наука"}, SPACED)[0]


# The name's remark and the indicator's bracket both cut by the break: after it the
# name's `ФОИВ)`, then the indicator's `),` (the lines stage glues them: `ФОИВ)),`).
_BRACKETS = ("1.1\nПроект Альфа \n(рекомендовано \nМинистерство связи Энской области\n"
             "Доля отделений \n(станций и \nподстанций\nпроцентов\n1\n2\n3\n" + _BRK2
             + "ФОИВ)\n), \nподключенных к \nсистеме\nЧисло записей\nпроцентов\n4\n5\n6")


def test_closing_bracket_too_many_for_the_name_is_the_indicators() -> None:
    a, b = _rejoined7(_BRACKETS)
    assert a.project_name == b.project_name == "Проект Альфа (рекомендовано ФОИВ)"
    assert a.indicator_name == "Доля отделений (станций и подстанций), подключенных к системе"
    assert b.indicator_name == "Число записей"


# A narrow indicator column cuts the first word (`Сокращени`, no wrap mark) right after
# a wrapped body line: the piece opens the indicator, not the body's next line.
_PIECE = ("1.1\nСистема \nМинистерство \nСокращени\nпроцентов\n1\n2\n3\n" + _BRK2
          + "Альфа\nсвязи Энской области\nе выбросов\nЧисло записей\nпроцентов\n4\n5\n6")


def test_first_piece_of_an_indicator_word_opens_the_indicator() -> None:
    a, _ = section7(_PIECE, SPACED)
    assert a.responsible_org == "Министерство связи Энской области"
    assert a.indicator_name == "Сокращение выбросов"
    assert a.values == ["1", "2", "3"]


# After a break the indicator's tail holds a year inside its bracket, wrapped
# (`(относительно ` / `2020 ` / `года)`): no value, the tail goes on.
_YEAR_IN_TAIL = ("1.1\nПроект Альфа\nМинистерство связи Энской области\nУменьшение \nпроцентов\n"
                 "1\n2\n3\n" + _BRK2 + "выбросов \n(относительно \n2020 \nгода)\n"
                 "Число записей\nпроцентов\n4\n5\n6")


def test_wrapped_number_in_a_tail_goes_on_the_tail() -> None:
    a, b = section7(_YEAR_IN_TAIL, SPACED)
    assert a.indicator_name == "Уменьшение выбросов (относительно 2020 года)"
    assert b.indicator_name == "Число записей"
