"""Section 7, round 8: merged cells and later page breaks (hand-made dumps)."""

from __future__ import annotations

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
