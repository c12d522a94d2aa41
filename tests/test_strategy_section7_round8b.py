"""Section 7, round 8 (second wave): a body column a letter or two wide (hand-made dumps)."""

from __future__ import annotations

from extract.strategy.indicators import glue_letter_columns
from extract.strategy.sections import Line
from tests.strategy_dumps import SPACED, section7


def _lines(*raw: str, whole: tuple[int, ...] = ()) -> list[Line]:
    """Lines numbered as the dump printed them: a piece the lines stage glued from
    letters took a line per letter, the pieces at indexes `whole` one line."""
    out, no = [], 1
    for k, r in enumerate(raw):
        out.append(Line(no, r))
        no += 1 if k in whole else max(1, len(r.strip()))
    return out


def _spelled(body: str) -> str:
    """`body` printed letter by letter, a wrap mark after each word but the last."""
    words = body.split()
    return "".join("\n".join(w) + (" \n" if k < len(words) - 1 else "\n")
                   for k, w in enumerate(words))


_ROW = ("1.1\nПроект \nБета\n" + _spelled("Министерство связи")
        + "Число \nзаписей\nпроцентов\n7\n8\n9\n"
        "1.2\nПроект \nГамма\n" + _spelled("Министерство связи")
        + "Доля \nуслуг\nпроцентов\n1\n2\n3")


def test_body_printed_letter_by_letter_stays_out_of_the_indicator() -> None:
    a, b = section7(_ROW, SPACED)
    assert a.project_name == "Проект Бета"
    assert a.indicator_name == "Число записей"
    assert b.project_name == "Проект Гамма"
    assert b.indicator_name == "Доля услуг"


def test_letter_chain_is_glued_into_words() -> None:
    got = glue_letter_columns(_lines("Мини", "с", "т", "ер", "с", "т", "в", "о ", "х", "о", "з",
                                     "я", "Число "))
    assert [x.raw for x in got] == ["Министерство ", "хозя", "Число "]


def test_one_letter_words_of_a_wider_column_are_not_glued() -> None:
    # Each carries the wrap mark: words of their own, no chain.
    got = glue_letter_columns(_lines("услуг ", "в ", "с ", "и ", "виде"))
    assert [x.raw for x in got] == ["услуг ", "в ", "с ", "и ", "виде"]


def test_chain_does_not_start_from_the_rest_of_a_cut_word() -> None:
    # `Рос` / `сийс` is a wider column's cut word; the letters after it are the body's.
    got = glue_letter_columns(_lines("Рос", "сийс", "е", "н", "и", "я", "Уровень ",
                                     whole=(0, 1, 6)))
    assert [x.raw for x in got] == ["Рос", "сийс", "ения", "Уровень "]


def test_piece_the_lines_stage_glued_after_a_letter_stays_in_the_chain() -> None:
    # `мите` (four letters glued by the lines stage) follows a letter: the same word.
    got = glue_letter_columns(_lines("К", "о", "мите", "т ", "по ", "Доля "))
    assert [x.raw for x in got] == ["Комитет ", "по ", "Доля "]


def test_chain_of_pieces_printed_whole_is_a_wider_column_s_word() -> None:
    # A body's last letter (`а`) and an indicator cut three letters wide
    # (`оль` / `зую` / `щи` / `х `), each piece printed on one line: no chain.
    got = glue_letter_columns(_lines("а", "оль", "зую", "щи", "х ", "сервисы",
                                     whole=(1, 2, 3, 4, 5)))
    assert [x.raw for x in got] == ["а", "оль", "зую", "щи", "х ", "сервисы"]


def test_piece_printed_whole_ends_the_chain() -> None:
    # A body's tail a letter a line (`а` / `р` ... / `в`), then the indicator's cut
    # rest printed on one line (`ме`, of `систе` / `ме`): not the body's word.
    got = glue_letter_columns(_lines("а", "р", "х", "и", "в", "о", "в", "ме", "Доля ",
                                     whole=(7, 8)))
    assert [x.raw for x in got] == ["архивов", "ме", "Доля "]


def test_chain_of_pieces_glued_from_letters_needs_one_letter_alone() -> None:
    # The lines stage glued most letters back (`Мини` / `с` / `тер` / `ство `, each
    # piece printed a letter a line): one letter left alone is enough.
    got = glue_letter_columns(_lines("Мини", "с", "тер", "ство ", "Доля "))
    assert [x.raw for x in got] == ["Министерство ", "Доля "]


def test_body_rest_after_a_wider_column_s_cut_word() -> None:
    # `искусств` / `енн` (the name's column, a line each) and the body's rest
    # `ер` / `ство ` printed a letter a line (glued back by the lines stage): the
    # rest is the body's, two pieces are enough where they took more lines than one.
    got = glue_letter_columns(_lines("искусств", "енн", "ер", "ство ", "Доля ", whole=(0, 1, 4)))
    assert [x.raw for x in got] == ["искусств", "енн", "ерство ", "Доля "]
