"""Round 9, second wave, section 7: a body line that filled its column before a page
break, and the body's last line after it."""

from extract.strategy.indicators import read_indicators
from extract.strategy.sections import find_sections, read_lines
from extract.strategy.words import rejoin_split_words
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


# A narrow indicator column: its label prints `Наим` / `енова` / `ние` (the column
# holds fewer than 6 letters); the body column holds 8 (`по делам`).
_NARROW_HEADER = ("№\nпп\nНаименование\nпроекта\nОтветственный\nорган\nНаим\nенова\nние\n"
                  "показ\nателя\nЕдиница\nизмерения\n2022\n2023\n2024")
_NARROW = ("1.1\nСервис \nКомитет \nпо делам\nДоля \nшт.\n16\n198\n65\n"
           f"2\n{_NARROW_HEADER}\n"
           "отходов\nархивов\nгражд\nан\n"
           "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло\nшт.\n7\n8\n9")


def _read_rejoined(body: str, header: str) -> list:
    text = f"\n1\n7. Показатели развития отрасли\n1. Образование и наука\n{header}\n{body}\n"
    lines = rejoin_split_words(read_lines(text))
    records, _, _ = read_indicators(find_sections(lines)[7], {1: "Образование и наука"},
                                    SPACED)
    return records


def test_line_wider_than_the_indicator_label_shows_is_the_body_s():
    a = _read_rejoined(_NARROW, _NARROW_HEADER)[0]
    assert a.responsible_org == "Комитет по делам архивов"
    assert a.indicator_name == "Доля граждан"


# The first lines of the name's and the body's cells, both cut inside a word by narrow
# columns, printed on one line (`Региональ Министерс`); their rests after the break.
_ONE_LINE = ("1.1\nРегиональ Министерс\nДоля\nпроцентов\n1\n2\n3\n" + _BRK2
             + "ная система\nтво связи Энской области\nзаписей\n"
             "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\n"
             "процентов\n7\n8\n9")


def test_name_and_body_pieces_on_one_line():
    a, b = section7(_ONE_LINE, SPACED)
    assert a.project_name == "Региональная система"
    assert a.responsible_org == "Министерство связи Энской области"
    assert a.indicator_name == "Доля записей"
    assert b.project_name == "Проект Бета"


# The same narrow label, yet rows whose lines the lines stage glued back read ~30
# characters wide: those widths say nothing of the column, so `услуг` (narrower than
# the label shows a line holds) stays the indicator's.
_GLUED_WIDE = ("1.1\nПроект Альфа\nМинистерство связи Энской области\n" + _WIDE_ROWS
               + "1.2\nСервис \nКомитет \nпо делам\nДоля \nшт.\n16\n198\n65\n"
               f"2\n{_NARROW_HEADER}\n"
               "отходов\nуслуг\nграждан\n"
               "1.3\nПроект Бета\nМинистерство связи Энской области\nЧисло\nшт.\n7\n8\n9")


def test_glued_widths_say_nothing_where_the_label_was_cut():
    recs = _read_rejoined(_GLUED_WIDE, _NARROW_HEADER)
    cut = next(r for r in recs if r.project_name == "Сервис отходов")
    assert cut.responsible_org == "Комитет по делам"
    assert cut.indicator_name == "Доля услуг граждан"


def test_whole_word_before_a_capitalised_piece_is_one_name_line():
    # `Электронное Правит` / `ельство`: a whole word before the piece, so one cell's
    # line (a word cut by its column fills its line alone).
    text = ("1.1\nЭлектронное Правит\nельство\nМинистерство связи Энской области\n"
            "Доля записей\nпроцентов\n1\n2\n3")
    a = section7(text, SPACED)[0]
    assert a.responsible_org == "Министерство связи Энской области"
