"""Round 9, section 7: words cut inside by a narrow column that the dictionary does
not know, and tails of rows cut by a page break in narrow columns."""

from dataclasses import replace

from extract.strategy.indicators import glue_cut_unknown
from extract.strategy.sections import Line
from tests.strategy_dumps import HEADER, SPACED, section7


def _lines(*raws: str, start: int = 1) -> list[Line]:
    return [Line(start + k, raw, 1, False) for k, raw in enumerate(raws)]


def test_cut_unknown_word_is_glued():
    # `таргетир` (no wrap mark, no word) / `ованному `: one word the column cut.
    out = glue_cut_unknown(_lines("имеющих доступ к ", "таргетир", "ованному ", "перечню"))
    assert [x.raw for x in out] == ["имеющих доступ к ", "таргетированному ", "перечню"]


def test_cut_unknown_word_not_glued_to_unit_or_known_word():
    # The unit's cell opens in lower case after the indicator's last line.
    out = glue_cut_unknown(_lines("маркетплейс", "процентов"))
    assert [x.raw for x in out] == ["маркетплейс", "процентов"]
    # A wrapped line (the mark) ended its word.
    out = glue_cut_unknown(_lines("таргетир ", "ованному "))
    assert len(out) == 2
    # A dictionary word before a line is no cut piece.
    out = glue_cut_unknown(_lines("перечню", "ованному "))
    assert len(out) == 2


def test_cut_unknown_word_stays_on_its_page():
    lines = [Line(1, "таргетир", 1, False), Line(5, "ованному ", 2, True)]
    assert len(glue_cut_unknown(lines)) == 2


_BRK2 = f"2\n{HEADER}\n"
# The body's last word is cut by the column and by the break (`строи` / `тельс` |
# break | `тва,`); the name's tail after the break ends with a wrapped line.
_BODY_REST = ("1.1\nЦифровая \nплатформа \nМинистерство \nстрои\nтельс\nДоля услуг \nпроцентов\n"
              "1\n2\n3\n" + _BRK2 + "обращения \nс \nотходами \nтва, \nжилищно-\n"
              "коммунального \nхозяйства Энской \nобласти\nв электронном виде\n"
              "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\n"
              "процентов\n7\n8\n9")


def test_rest_of_the_body_s_cut_word_ends_the_name_s_tail():
    a, b = section7(_BODY_REST, SPACED)
    assert a.project_name == "Цифровая платформа обращения с отходами"
    assert a.responsible_org.startswith("Министерство строительства, жилищно-коммунального")
    assert b.project_name == "Проект Бета"


# A row cut by a break after the first line of every cell: `Мин` (the body's) and
# `Чис` (the indicator's) are pieces shorter than any rule for one piece alone takes.
_FIRST_LINES = ("1.1\nЦифровая \nМин\nЧис\nпроцентов\n1\n2\n3\n" + _BRK2
                + "платформа\nистерство связи Энской области\nло записей\n"
                "1.2\nПроект Бета\nМинистерство связи Энской области\nДоля записей\n"
                "процентов\n7\n8\n9")


def test_row_cut_after_the_first_line_of_every_cell():
    a, b = section7(_FIRST_LINES, SPACED)
    assert a.project_name == "Цифровая платформа"
    assert a.responsible_org == "Министерство связи Энской области"
    assert a.indicator_name == "Число записей"
    assert a.values == ["1", "2", "3"]
    assert b.project_name == "Проект Бета"


_BRK3 = f"3\n{HEADER}\n"
# The name, cut by the column (`Росси`) beside the rows of two pages, and the rest of
# the indicator's `обра` after the first break: the lines stage glued the two pieces
# (`Росси` + `щений,`).
_GLUED = ("1.1\nПроект для \nМинистерство связи Энской области\nДоля обра\nпроцентов\n"
          "1\n2\n3\n" + _BRK2 + "субъекта \nРоссищений, \nрассмотренных\n"
          "Число записей\nпроцентов\n4\n5\n6\n" + _BRK3 + "йской Федерации\n"
          "1.2\nПроект Бета\nМинистерство связи Энской области\nДоля записей\n"
          "процентов\n7\n8\n9")


def test_name_piece_glued_to_the_indicator_s_rest_is_split():
    ctx = replace(SPACED, project_texts={1: ["проект для субъекта российской федерации",
                                             "проект бета"]})
    a, b, c = section7(_GLUED, ctx)
    assert b.project_name == a.project_name
    assert a.indicator_name == "Доля обращений, рассмотренных"
    assert a.project_name == "Проект для субъекта Российской Федерации"
    assert c.project_name == "Проект Бета"


def test_cut_piece_needs_min_cut_piece_letters():
    from extract.strategy.settings import SETTINGS
    assert SETTINGS.min_cut_piece == 5
    # `маркетп` (7) is a piece; `ндо` (3, the rest of a word cut before) is not one.
    assert len(glue_cut_unknown(_lines("маркетп", "лейса"))) == 1
    assert len(glue_cut_unknown(_lines("ндо", "вано "))) == 2


# The body's last word cut (`образовани`), the name's tail going on with `и ` (which
# would complete `образовании` too): a one-letter rest stays the name's.
_ONE_LETTER = ("1.1\nЕдиная \nсистема \nМинистерство \nобразовани\nДоля услуг \nпроцентов\n"
               "1\n2\n3\n" + _BRK2 + "мер \nи \nуслуг\nя и науки Энской области\n"
               "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\n"
               "процентов\n7\n8\n9")


def test_one_letter_rest_of_the_body_s_word_stays_the_name_s():
    a, b = section7(_ONE_LETTER, SPACED)
    assert a.project_name == "Единая система мер и услуг"
    assert b.project_name == "Проект Бета"
