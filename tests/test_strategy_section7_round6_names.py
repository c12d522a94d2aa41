"""Section 7, round 6: project names cut by page breaks (hand-made dumps)."""

from __future__ import annotations

from dataclasses import replace

from extract.strategy.sections import norm_key
from tests.strategy_dumps import HEADER, SPACED, section7

# A page break: the page number and the repeated header.
_BRK2 = f"2\n{HEADER}\n"
_BRK3 = f"3\n{HEADER}\n"

def test_open_bracket_does_not_carry_an_ended_name_over_a_break() -> None:
    # `поддержки (оказание ` / `участников` (no wrap mark: the cell ended, its bracket
    # left open as section 7 cuts long names; section 6 spells the name on otherwise) |
    # break | `в системе`: the indicator's tail, not the name's.
    ctx = replace(SPACED, project_texts={1: [norm_key(
        "Переход к мерам поддержки (оказание участников, объединение мер) цель проекта")]})
    a, _ = section7("1.1\nПереход к мерам \nподдержки (оказание \nучастников\n"
                    "Министерство связи\nДоля записей \nпроцентов\n1\n2\n3\n" + _BRK2
                    + "в системе\n"
                    "1.2\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6",
                    ctx)
    assert a.project_name == "Переход к мерам поддержки (оказание участников"
    assert a.indicator_name == "Доля записей в системе"


def test_second_break_cuts_a_long_merged_name_again() -> None:
    # The name beside rows of two pages: `… исполнительной ` / `власт` (no mark, cut
    # inside the word) | second break | `и и ` / `подведомственных`: the name's rest.
    recs = section7("1\nСистема для органов \nисполнительной \nвласт\nМинистерство связи\n"
                    "Доля записей\nпроцентов\n1\n2\n3\n" + _BRK2
                    + "Число записей\nпроцентов\n4\n5\n6\n"
                    + _BRK3 + "и и \nподведомственных\nЧисло систем\nпроцентов\n7\n8\n9",
                    SPACED)
    assert [r.project_name for r in recs] == [
        "Система для органов исполнительной власти и подведомственных"] * 3
    assert recs[2].indicator_name == "Число систем"


def test_open_bracket_that_no_line_closes_does_not_carry_the_name() -> None:
    # The same without section 6: no line after the break closes the bracket before
    # the next values, so the name was printed cut short and the tail is the indicator's.
    a, _ = section7("1.1\nПереход к мерам \nподдержки (оказание \nучастников\n"
                    "Министерство связи\nДоля записей \nпроцентов\n1\n2\n3\n" + _BRK2
                    + "в системе\n"
                    "1.2\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6",
                    SPACED)
    assert a.project_name == "Переход к мерам поддержки (оказание участников"
    assert a.indicator_name == "Доля записей в системе"


def test_open_bracket_closed_after_the_break_carries_the_name() -> None:
    # `(формирова` / `ние ` / `платформы` (filled its line: no mark) | break |
    # `цифрового ` / `ЖКХ)`: the bracket closes, so the name goes on.
    a, _ = section7("1.1\nНовый дом \n(формирова\nние \nплатформы\n"
                    "Министерство связи\nДоля записей \nпроцентов\n1\n2\n3\n" + _BRK2
                    + "цифрового \nЖКХ)\nв системе\n"
                    "1.2\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6",
                    SPACED)
    assert a.project_name == "Новый дом (формирование платформы цифрового ЖКХ)"
