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


# A row cut by two breaks: its indicator's tail on the middle page ends `ГЛ`, and after
# the second break goes on `ОНАСС ` / `на территории` (an acronym the narrow column cut;
# the lines stage glued its pieces `ОН` / `АС` / `С ` there). A cell never opens with
# a capital-only piece that is no word, while `ГЛ` alone reads as one (`гл.`).
_CAPS_CUT = ("1.1\nПроект Альфа\nМинистерство связи\nДоля средств \nпроцентов\n1\n2\n3\n"
             + _BRK2 + "навигации \nГЛ\n" + f"3\n{HEADER}\n" + "ОНАСС \nна территории\n"
             "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\n"
             "процентов\n7\n8\n9")


def test_acronym_cut_by_break_goes_on_in_capitals():
    recs = section7(_CAPS_CUT, SPACED)
    assert recs[0].indicator_name == "Доля средств навигации ГЛОНАСС на территории"


# `значимых ` / `усл` (cut, no mark) / `да/нет` / values | break | … `уг, ` / `доступных`:
# a qualifier measures units, not a yes/no; `усл` is the indicator's.
_QUAL_CUT = ("1.1\nПроект Альфа\nМинистерство связи\nЧисло значимых \nусл\nда/нет\n"
             "да\nнет\nда\n" + _BRK2 + "уг, доступных \nв электронном виде\n"
             "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\n"
             "процентов\n7\n8\n9")


def test_qualifier_piece_before_yes_no_is_the_indicator_s():
    recs = section7(_QUAL_CUT, SPACED)
    assert recs[0].unit == "да/нет"
    assert recs[0].indicator_name == "Число значимых услуг, доступных в электронном виде"


def test_number_glued_to_name_opens_a_project():
    # The narrow № column's number shares its baseline with the name's first letters,
    # printed without a space: `1Эл` / `ек` / `тр` ….
    from extract.strategy.cells import project_number
    num = project_number("1Эл", 1)
    assert num is not None and num.no == "1" and num.rest == "Эл"
    assert project_number("5G", 1) is None


def test_label_cut_is_seen_on_the_printed_lines():
    # `Наименован` / `ие проекта`: the lines stage glues the label's pieces
    # (`Наименование ` / `проекта`), so only the lines as printed show the cut.
    from extract.strategy.indicators import _HEADER_END, printed_label_cut
    from extract.strategy.narrow_names import label_cut
    from extract.strategy.sections import find_sections, read_lines, strip_headers
    from extract.strategy.words import rejoin_split_words
    header = ("№\nНаименован\nие проекта\nОтветственный \nорган\nНаименование показателя\n"
              "Единица \nизмерения\n2022\n2023\n2024")
    text = (f"\n1\n7. Показатели развития отрасли\n1. Образование и наука\n{header}\n"
            "1\nПроект Альфа\nМинистерство связи\nДоля записей\nпроцентов\n1\n2\n3\n")
    printed = read_lines(text)
    assert printed_label_cut(printed)
    glued = find_sections(rejoin_split_words(printed))[7]
    assert not label_cut(strip_headers(glued.lines, _HEADER_END)[1])


def test_document_lexicon_glues_a_word_cut_by_a_break():
    # `Госте` | break | `х региона`: one letter the dictionary cannot tell from a
    # word's rest; the document prints `Гостех` whole in another row, never `Госте х`.
    from extract.strategy.indicators import _join
    from extract.strategy.lexicon import build_lexicon
    from extract.strategy.sections import Line
    lex = build_lexicon([Line(1, "Доля услуг на Гостех и в ЕПГУ", 1)], True)
    pieces = ["Число услуг на Госте", "х региона"]
    assert _join(pieces) == "Число услуг на Госте х региона"
    assert _join(pieces, lex) == "Число услуг на Гостех региона"
