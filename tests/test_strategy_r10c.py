"""Round 10, third wave: section 7 rules on small hand-made dumps."""

from __future__ import annotations

from tests.strategy_dumps import HEADER, SPACED, section7


def test_unit_word_after_a_wrapped_name_line_is_the_name_when_the_row_ends_with_the_page() -> None:
    # `5 рабочих ` carries the wrap mark, `дней` follows, then the values and a page
    # break; after it the next row's indicator (`Доля …`) opens: no break cut the row,
    # so `дней` is the name's rest, not a unit cell.
    recs = section7(f"""1.1
Проект Альфа
Министерство образования Энской области
Доля мер, назначенных в срок\u0020
5 рабочих\u0020
дней
0
0
95
2
{HEADER}
Доля граждан
процентов
1
2
3""", SPACED)
    assert recs[0].indicator_name == "Доля мер, назначенных в срок 5 рабочих дней"
    assert recs[0].unit == ""
    assert recs[1].indicator_name == "Доля граждан"
