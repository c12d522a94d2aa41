"""Round 9, second wave, section 7: a body line that filled its column before a page
break, and the body's last line after it."""

from tests.strategy_dumps import HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"
# Five earlier rows show the indicator column holds ~27 characters a line.
_WIDE_ROWS = "".join(
    f"Доля массовых социально значимых \nуслуг номер {k}\nпроцентов\n1\n2\n3\n"
    for k in range(5))
# `Комитет ` / `по делам` (filled the narrow body column, no mark) | break | `архивов`
# (no mark, yet a lower-case line goes on after it and both would have fitted on one
# line of the indicator column): the body's, not the indicator's.
_FILLED_BODY = ("1.1\nПроект Альфа\nМинистерство связи Энской области\n" + _WIDE_ROWS
                + "1.2\nПроект \nКомитет \nпо делам\nДоля массовых социально \n"
                "значимых услуг, доступных в \nпроцентов\n1\n2\n3\n" + _BRK2
                + "Бета\nархивов\nэлектронном виде\n"
                "Число записей на портале \nрегиона\nпроцентов\n7\n8\n9")


def test_unmarked_narrow_line_after_break_is_the_body_s():
    recs = section7(_FILLED_BODY, SPACED)
    cut = [r for r in recs if r.project_name == "Проект Бета"]
    assert cut, [r.project_name for r in recs]
    assert cut[0].responsible_org == "Комитет по делам архивов"
    assert cut[0].indicator_name == ("Доля массовых социально значимых услуг, доступных в "
                                     "электронном виде")
    assert cut[1].indicator_name == "Число записей на портале региона"
