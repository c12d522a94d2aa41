"""Section 7 rules of round 5 (held-out layouts: narrow name and unit columns), each on
a small hand-made dump. A trailing space on a line is the wrap mark."""

from __future__ import annotations

from dataclasses import replace

from extract.strategy.sections import Line
from extract.strategy.widths import ColumnWidths
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import SPACED, section7

_PROJECT = "1\nПроект Альфа\nМинистерство цифрового развития\n"
_NEXT = "Число записей\nпроцентов\n4\n5\n6"


def _rejoined(raws: list[str]) -> list[str]:
    """The lines of a marked dump (enough wrapped lines to read as marked) rejoined."""
    lines = [Line(k + 1, raw, 1, False) for k, raw in enumerate(raws)]
    return [ln.raw for ln in rejoin_split_words(lines)]


def test_name_cut_before_a_one_letter_ending_that_is_a_function_word() -> None:
    # `отходам` (one token, no wrap mark: cut inside the word) | break | `и`: one word
    # `отходами`, though `и` alone is a conjunction (a separate `и` would have followed
    # a wrapped line, with the mark).
    a, b = section7("1\nПроект обращения с \nотходам\nМинистерство связи\nЧисло записей\n"
                    "процентов\n1\n2\n3\n2\nи\nДоля записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.project_name == "Проект обращения с отходами"
    assert b.project_name == "Проект обращения с отходами"
    assert a.indicator_name == "Число записей"


def test_unknown_word_cut_into_three_pieces_on_one_page() -> None:
    # `Цифро` / `визац` / `ия ` (no mark until the piece that ends it; the dictionary
    # knows neither the word nor any piece): one word.
    out = _rejoined(["1.1", "Цифро", "визац", "ия ", "мировых ", "судов", "Министерство ",
                     "связи"])
    assert out[1] == "Цифровизация "


def test_header_word_before_pieces_as_long_as_it_stays_apart() -> None:
    # `проекта` (a header's last line, a dictionary word) / `изирова` / `нной `.
    out = _rejoined(["1.1", "Наименование ", "проекта", "изирова", "нной ", "системы",
                     "Министерство ", "связи"])
    assert out[2] == "проекта"


def test_header_word_before_pieces_of_a_tail_stays_apart() -> None:
    # `Наименова` (a header's word cut in its own column) / `льн` / `ых ` (a tail after
    # the break): the middle piece is not as long as the first, so they did not fill
    # one narrow column.
    out = _rejoined(["1.1", "Проект ", "Наименова", "льн", "ых ", "систем", "Министерство ",
                     "связи"])
    assert out[2] == "Наименова"


def test_unit_start_after_an_ended_name_in_a_row_cut_after_its_values() -> None:
    # `Доля предприятий` (no mark: the name ended) / `проц` / `енто` / values | break |
    # `в`: the unit `проценто`+`в`, which the unit pattern alone takes for a unit.
    a, b = section7(_PROJECT + "Доля предприятий\nпроц\nенто\n1\n2\n3\n2\nв\n" + _NEXT,
                    SPACED)
    assert a.indicator_name == "Доля предприятий"
    assert a.unit == "процентов"
    assert b.indicator_name == "Число записей"


def test_unit_rest_in_two_pieces_is_the_whole_tail() -> None:
    # `проц` / values | break | `енто` / `в`: the unit's rest, no indicator tail.
    a, b = section7(_PROJECT + "Доля предприятий\nпроц\n1\n2\n3\n2\nенто\nв\n" + _NEXT,
                    SPACED)
    assert a.indicator_name == "Доля предприятий"
    assert a.unit == "процентов"
    assert b.indicator_name == "Число записей"


def test_word_that_filled_its_line_before_a_word_in_pieces_stays_apart() -> None:
    # `цифрового` (no mark: it filled its line) / `образоват` / `ельного `: the pieces
    # after it make a word by themselves, so they are that word, not its rest.
    out = _rejoined(["1.1", "Библиотека ", "цифрового", "образоват", "ельного ", "контента",
                     "Министерство ", "связи"])
    assert out[2:4] == ["цифрового", "образовательного "]


def test_body_first_word_in_short_pieces_opens_the_body() -> None:
    # `Ми` / `нис` / `тер` (a body column a few letters wide; no piece alone is the
    # 4 letters a body's first word needs) | break | `ство связи`: the body, whose
    # rest after the break completes its first word; the name is not the pieces'.
    a, b = section7("1\nЛичный \nкабинет\nМи\nнис\nтер\nДоля записей\nпроцентов\n"
                    "1\n2\n3\n2\nство связи\nЧисло записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.project_name == "Личный кабинет"
    assert a.responsible_org == "Министерство связи"
    assert a.indicator_name == "Доля записей"
    assert b.indicator_name == "Число записей"


def test_word_in_pieces_opening_a_bracket_cut_by_a_break() -> None:
    # `(реком` / `ендов` | break | `ано ` / `ФОИВ)`: the pieces of one word on both
    # sides of the break, its first piece opening the bracket.
    a, b = section7("1\nПроект \n(реком\nендов\nМинистерство связи\nЧисло записей\nпроцентов\n"
                    "1\n2\n3\n2\nано \nФОИВ)\nДоля записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.project_name == "Проект (рекомендовано ФОИВ)"
    assert b.indicator_name == "Доля записей"


def test_name_piece_on_the_number_line_glued_with_its_rest() -> None:
    # `2 Цифро` (the № column's number and the name's first piece on one line) /
    # `визац` / `ия ` / `мировых судов`: the name's first word in three pieces.
    recs = section7(_PROJECT + "Доля записей\nпроцентов\n1\n2\n3\n2 Цифро\nвизац\nия \n"
                    "мировых судов\nМинистерство связи\n" + _NEXT, SPACED)
    assert recs[-1].project_name == "Цифровизация мировых судов"
    assert recs[-1].indicator_name == "Число записей"


def test_rest_of_the_body_first_word_ends_the_name_tail() -> None:
    # `Проект ` / `Минист` / … | break | `системы ` (wrapped: the name is cut again by
    # a later break) / `ерство связи`: the line completing the body's first word is
    # the body's tail, so the name's tail ended before it.
    a, b = section7("1\nПроект \nМинист\nЧисло записей\nпроцентов\n1\n2\n3\n2\nсистемы \n"
                    "ерство связи\nДоля записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.project_name == "Проект системы"
    assert a.responsible_org == "Министерство связи"
    assert b.indicator_name == "Доля записей"


def test_short_body_piece_before_an_indicator_in_a_cut_row() -> None:
    # `Един` / `Мин` / `Доля ` / … | break | `ая система` / `ист` / `ерство связи` /
    # `записей`: `Мин` (no mark, capitalised, before an indicator's first line) opens
    # the body; its rest after the break comes in two pieces.
    a, b = section7("1\nЕдин\nМин\nДоля \nпроцентов\n1\n2\n3\n2\nая система\nист\n"
                    "ерство связи\nзаписей\nЧисло записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.project_name == "Единая система"
    assert a.responsible_org == "Министерство связи"
    assert a.indicator_name == "Доля записей"
    assert b.indicator_name == "Число записей"


def test_function_word_after_pieces_is_no_piece() -> None:
    # `«Цифро` / `визация` (it filled its line) / `для ` / `транспорта`: the function
    # word is a word of its own, not the last piece of the cut word.
    out = _rejoined(["1.1", "Инициатива ", "«Цифро", "визация", "для ", "транспорта",
                     "Министерство ", "связи"])
    assert "для" not in out[2]


def test_compound_second_part_cut_after_its_hyphen_line() -> None:
    # `жилищно` / `-` / `коммуна` / `льного `: the compound's hyphen on a line of its
    # own, then its second part cut by the column; a piece after a hyphen is a word's
    # first piece too.
    out = _rejoined(["1.1", "Система ", "жилищно", "-", "коммуна", "льного ", "хозяйства",
                     "Министерство ", "связи"])
    assert out[2] == "жилищно-коммунального "


def test_cut_dotted_number_sharing_its_line_with_the_name() -> None:
    # `1 Систе` (project 1.3's number cut before its dot, on one line with the name's
    # first piece) / … | break | `.` / `3` (the number's rest) / `ма связи` / …
    recs = section7("1.2\nПроект Альфа\nМинистерство связи\nДоля записей\nпроцентов\n10\n20\n"
                    "30\n1 Систе\nМинист\nЧисло \nпроцентов\n4\n5\n6\n2\n.\n3\nма связи\n"
                    "ерство связи\nзаписей\nДоля услуг\nпроцентов\n7\n8\n9", SPACED)
    assert [(r.project_no, r.project_name) for r in recs][1:] == [
        ("1.3", "Система связи"), ("1.3", "Система связи")]
    assert recs[1].responsible_org == "Министерство связи"
    assert recs[1].indicator_name == "Число записей"


def test_column_number_row_end_is_no_dotted_number() -> None:
    # `6` / `7` / `8` (a column-number row) | `.` / `3` (a cut row number's rest): the
    # row's last number is not glued into `8.3`.
    out = _rejoined(["Доля ", "записей", "6", "7", "8", ".", "3", "ма ", "связи"])
    assert "8" in out and "8.3" not in out


def test_cut_number_rest_sharing_its_line_with_the_name_rest() -> None:
    # `1` / `.` / `Цифро` / … | break | `1 вая ` (the number's rest and the name's on
    # one line) / `система`: project 1.1 «Цифровая система».
    recs = section7("1\n.\nЦифро\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6\n2\n"
                    "1 вая \nсистема\nДоля записей\nпроцентов\n7\n8\n9", SPACED)
    assert [(r.project_no, r.project_name) for r in recs] == [
        ("1.1", "Цифровая система"), ("1.1", "Цифровая система")]
    assert recs[1].indicator_name == "Доля записей"


def test_body_word_rest_that_reads_as_a_value_after_a_full_row() -> None:
    # `Министерство ` / `цифровы` / … values (all years) | break | name tail / `х `
    # (reads as the value «х», but the row's values are all printed) / `технологий`.
    a, b = section7("1\nБиометрическая \nидентифи\nМинистерство \nцифровы\nКоличество \n"
                    "реализованных \nпроцентов\n4\n5\n6\n2\nкация в \nсфере связи\nх \n"
                    "технологий\nсервисов\nДоля записей\nпроцентов\n7\n8\n9", SPACED)
    assert a.responsible_org == "Министерство цифровых технологий"
    assert a.indicator_name == "Количество реализованных сервисов"
    assert b.indicator_name == "Доля записей"


def test_abbreviated_unit_first_line_is_no_word_rest() -> None:
    # `идентифик` (cut, its rest after a break) / `усл. ` / `ед.` (the unit's two
    # lines): the abbreviation is not glued onto the word (`идентификусл.`).
    out = _rejoined(["Обеспечение ", "идентифик", "усл. ", "ед.", "0", "1", "Доля ", "записей"])
    assert out[1] == "идентифик"


def test_value_broken_after_its_decimal_comma() -> None:
    # `287,` / `66` / `415,` / `66` / `531,` / `73` (a year column too narrow for the
    # values): three values, the unit before them.
    a, b = section7(_PROJECT + "Число граждан\nтыс. \nчел.\n287,\n66\n415,\n66\n531,\n73\n" + _NEXT,
                    SPACED)
    assert a.unit == "тыс. чел."
    assert a.values == ["287,66", "415,66", "531,73"]
    assert a.indicator_name == "Число граждан"
    assert b.indicator_name == "Число записей"


def test_slash_unit_first_pieces_before_the_values_of_a_cut_row() -> None:
    # `Среднее ` / `да` / `/не` / values | break | `время` (the indicator's tail) / `т`
    # (the unit's rest, last in column order).
    a, b = section7(_PROJECT + "Среднее \nда\n/не\nда\nнет\nда\n2\nвремя\nт\n" + _NEXT, SPACED)
    assert a.unit == "да/нет"
    assert a.values == ["да", "нет", "да"]
    assert a.indicator_name == "Среднее время"
    assert b.indicator_name == "Число записей"


def test_name_compound_cut_before_its_hyphen_by_a_break() -> None:
    # `Личный ` / `кабинет ` / `контрольно` (no mark) / … | break | `-` / `надзорной `
    # / `деятельности` / `ния` (the body's rest): the hyphen and its word go on the name.
    a, b = section7("1\nЛичный \nкабинет \nконтрольно\nМинистерство \nпросвеще\nДоля записей\n"
                    "процентов\n1\n2\n3\n2\n-\nнадзорной \nдеятельности\nния\n" + _NEXT, SPACED)
    assert a.project_name == "Личный кабинет контрольно-надзорной деятельности"
    assert a.responsible_org == "Министерство просвещения"
    assert b.indicator_name == "Число записей"


def test_name_compound_cut_before_a_hyphened_rest() -> None:
    # `контрольно` | break | `-надзорной ` / `деятельности`.
    a, _ = section7("1\nЛичный \nкабинет \nконтрольно\nМинистерство связи\nДоля записей\n"
                    "процентов\n1\n2\n3\n2\n-надзорной \nдеятельности\n" + _NEXT, SPACED)
    assert a.project_name == "Личный кабинет контрольно-надзорной деятельности"


def test_one_letter_rest_completes_the_indicator_not_a_whole_body_word() -> None:
    # Body `… развития` (whole), indicator `… оснащенны` (no word) / `шт.` / values |
    # break | `х ` / `аппаратурой`: `развития` + `х` is a word too, but the indicator's
    # piece is none, so the rest is the indicator's.
    a, b = section7("1\nПроект Альфа\nМинистерство \nцифрового \nразвития\nЧисло средств, \n"
                    "оснащенны\nшт.\n10\n164\n26\n2\nх \nаппаратурой\n" + _NEXT, SPACED)
    assert a.responsible_org == "Министерство цифрового развития"
    assert a.indicator_name == "Число средств, оснащенных аппаратурой"
    assert b.indicator_name == "Число записей"


def test_one_glued_word_is_never_too_wide_for_its_column() -> None:
    # A body column of ten-letter lines: `жилищно-коммунального` (one word the lines
    # stage glued from the column's pieces) may be wider; a line of several words not.
    widths = ColumnWidths()
    widths.add("org", ["Министерство ", "строительства,", "жилищно-", "хозяйства", "и энергетики"])
    assert not widths.too_wide("org", "жилищно-коммунального ")
    assert widths.too_wide("org", "Доля медицинских организаций, подключенных")


def test_dotted_number_cut_after_its_first_digit_rest_shares_the_name_line() -> None:
    # `1.1` (project 1.13's number, cut) / `Маркетплейс ` / `программ` / … | break |
    # `3 ного ` (the number's rest and the name's on one line) / `обеспечения`.
    recs = section7("1.12\nПроект Альфа\nМинистерство связи\nДоля записей\nпроцентов\n10\n20\n"
                    "30\n1.1\nМаркетплейс \nпрограмм\nМинистерство связи\nДоля закупок\n"
                    "процентов\n4\n5\n6\n2\n3 ного \nобеспечения\n" + _NEXT, SPACED)
    assert [(r.project_no, r.project_name) for r in recs][1:] == [
        ("1.13", "Маркетплейс программного обеспечения"),
        ("1.13", "Маркетплейс программного обеспечения")]


def test_name_shorter_than_its_cut_row_takes_no_word_rest() -> None:
    # The name printed 3 lines beside an indicator of 6 (a row's cells share its
    # height, so only the tallest were cut): `заявителя` + `х` is a word, but the rest
    # after the break is the indicator's (`государственны` / `х и `).
    a, b = section7("1\nЦифровой \nпрофиль \nзаявителя\nМинистерство связи\nУровень \n"
                    "удовлетворенности \nкачеством \nпредоставления\nмассовых \nгосударственны\n"
                    "баллов\n4\n5\n6\n2\nх и \nмуниципальных услуг\n" + _NEXT, SPACED)
    assert a.project_name == "Цифровой профиль заявителя"
    assert a.indicator_name.endswith("государственных и муниципальных услуг")
    assert b.indicator_name == "Число записей"


def test_acronym_in_brackets_cut_into_capitals() -> None:
    # `(ВИМИ` / `С) `: an acronym opening a bracket, cut in its capitals.
    out = _rejoined(["1.1", "Создание ", "решений ", "(ВИМИ", "С) ", "(рекомендовано ", "ФОИВ)",
                     "Министерство ", "связи"])
    assert out[3] == "(ВИМИС) "


def test_value_broken_after_its_decimal_point() -> None:
    a, _ = section7(_PROJECT + "Число граждан\nтыс. \nчел.\n287.\n66\n415.\n66\n531.\n73\n" + _NEXT,
                    SPACED)
    assert a.values == ["287.66", "415.66", "531.73"]


def test_region_compound_cut_in_its_first_part_by_a_break() -> None:
    # Body `… молодежи ` / `Кабарди` | break | `но-` / `Балкарской ` / `Республики`,
    # then the indicator's rest `ния `.
    ctx = replace(SPACED, region_words={"кабардино-балкарской", "кабардино", "балкарской",
                                        "республики"}, region_last="республики")
    a, b = section7("1\nЦифровой \nпомощник\nМинистерство \nпо \nделам \nмолодежи \nКабарди\n"
                    "Доля \nпедагогов, \nиспользова\n18\n25\n32\n2\nно-\nБалкарской \nРеспублики\n"
                    "ния \nконтента\n" + _NEXT, ctx)
    assert a.responsible_org == "Министерство по делам молодежи Кабардино-Балкарской Республики"
    assert a.indicator_name == "Доля педагогов, использования контента"
    assert b.indicator_name == "Число записей"


def test_unknown_word_cut_by_a_break_in_the_indicator() -> None:
    # `автоматизиров` (a lower-case piece, no word, no mark) | break | `анно через ` /
    # `ЕГИССО`: one word the dictionary does not know.
    a, b = section7(_PROJECT + "Доля документов \nавтоматизиров\n1\n2\n3\n2\nанно через \n"
                    "ЕГИССО\n" + _NEXT, SPACED)
    assert a.indicator_name == "Доля документов автоматизированно через ЕГИССО"
    assert b.indicator_name == "Число записей"


def test_name_piece_that_is_no_word_takes_its_rest_whatever_the_counts() -> None:
    # The name's last line `легковы` is no word: it was cut, though the indicator
    # printed more lines beside it.
    a, _ = section7("1\nФорма \nперевозки \nлегковы\nМинистерство связи\nДоля \nзаписей \n"
                    "граждан \nв \nэлектронном \nвиде\nпроцентов\n4\n5\n6\n2\nм такси\n" + _NEXT,
                    SPACED)
    assert a.project_name == "Форма перевозки легковым такси"


def test_word_in_four_pieces_before_a_break() -> None:
    # `исп` / `оль` / `зов` / `ани` (no marks) / `%` / values | break | `ем `.
    a, b = section7(_PROJECT + "Количество \nобращений с \nисп\nоль\nзов\nани\n%\n1\n2\n3\n2\n"
                    "ем \nплатформы\n" + _NEXT, SPACED)
    assert a.indicator_name == "Количество обращений с использованием платформы"
    assert b.indicator_name == "Число записей"


def test_values_broken_after_their_point_and_after_a_digit() -> None:
    # `287.` / `66` / `415.` / `66` / `531.7` / `3`: two broken after the point, the
    # third after a digit (it filled the column): three values.
    a, b = section7(_PROJECT + "Число граждан\nтыс. чел.\n287.\n66\n415.\n66\n531.7\n3\n" + _NEXT,
                    SPACED)
    assert a.values == ["287.66", "415.66", "531.73"]
    assert b.indicator_name == "Число записей"



def test_unit_start_after_an_abbreviation_that_lost_its_mark() -> None:
    # `тыс.` (no mark: the point filled the line) / `чел` / `ове` / values | break |
    # `отходами` (the name's tail) / `к` (the unit's rest): `тыс. человек`.
    a, b = section7(_PROJECT + "Количество работников, \nтыс.\nчел\nове\n1\n2\n3\n2\nотходами\nк\n"
                    + _NEXT, SPACED)
    assert a.unit == "тыс. человек"
    assert b.indicator_name == "Число записей"


def test_quoted_first_piece_that_is_a_word_glues_with_its_rest() -> None:
    # `«Цифр` (a quote and a piece that is a word too, no mark) / `овизация ` (no word):
    # one word; a line opening a quote is no header's last word.
    out = _rejoined(["1.1", "Инициатива ", "«Цифр", "овизация ", "для ", "транспорта»",
                     "Министерство ", "связи"])
    assert out[2] == "«Цифровизация "
