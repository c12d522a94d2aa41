"""Section 7, round 11b: numbers and brackets cut by page breaks (hand-made dumps)."""

from __future__ import annotations

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
