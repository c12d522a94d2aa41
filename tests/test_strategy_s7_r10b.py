"""Round 10, second wave, section 7: words a page break or a narrow column cut, and
lines that filled their column."""

from tests.strategy_dumps import HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"

# `Переход к ` | break | `проактивному` (no mark: it filled the column; the dictionary
# does not know the word) / `управлению ` / `мерами`: on one page, so no word was cut
# between them.
# Earlier rows show the name column holds about twelve letters a line.
_NAME_ROWS = "".join(
    f"1.{k}\nЦифровизация \nтранспортной \nотрасли {k}\nМинистерство связи\n"
    f"Число записей {k}\nпроцентов\n1\n2\n3\n" for k in range(1, 7))
_FILLED_UNKNOWN = (_NAME_ROWS + "1.7\nПереход к \nМинистерство \nДоля записей\nпроцентов\n1\n2\n3\n"
                   + _BRK2 + "проактивному\nуправлению \nмерами\nсвязи\n"
                   "1.8\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\n"
                   "процентов\n7\n8\n9")


def test_unknown_word_filling_its_line_after_break_is_not_glued():
    recs = section7(_FILLED_UNKNOWN, SPACED)
    assert recs[6].project_name == "Переход к проактивному управлению мерами"
