"""Round 8 rules of the lines stage (words.py, lexicon.py): words cut at line ends
by narrow columns, glued back or kept apart.

Each test shows the stage deciding otherwise without the rule (the rule's helper
replaced by its former behaviour).
"""

from extract.strategy import words
from extract.strategy.sections import Line
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import dump_lines, rejoined_by_dictionary


def test_closing_bracket_ends_the_word_not_the_cell(monkeypatch) -> None:
    """`рейтинговани` / `я) и ` / `регистра`: a closing bracket after the rest, then
    more of the cell, ends the word; the rest is a short ending with lower-case text
    after it, so the line without the mark was cut inside the word."""
    raw = ["Реестр ", "поставщиков ", "услуг (с ", "механизма ", "рейтинговани",
           "я) и ", "регистра", "100"]
    assert "рейтингования) " in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_CLOSED", words.re.compile(r"(?!)"))
    assert "рейтингования) " not in rejoined_by_dictionary(raw)


def test_short_one_word_line_ended_its_cell(monkeypatch) -> None:
    """`использующих ` / `сервис` / `ов` / `Доля …`: the one-word line is half as long
    as the wrapped line of its cell before it, so it did not fill the column and is no
    word's first piece; `ов` is another cell's (a unit's rest after a page break),
    although `сервисов` is a dictionary word the document prints whole."""
    raw = ["Доля ", "абитуриентов, ", "использующих ", "сервис", "ов",
           "Доля общих собраний ", "цифровых сервисов ", "развития"]
    assert rejoined_by_dictionary(raw)[3:5] == ["сервис", "ов"]
    monkeypatch.setattr(words, "_short_piece", lambda *a: False)
    assert rejoined_by_dictionary(raw)[3] == "сервисов"


def test_bracketed_piece_closed_on_the_next_line(monkeypatch) -> None:
    """`(беззаяви` / `тельный) `: a line that is a bracket and a word's first letters,
    without the mark, whose bracket the next line's first token closes, was cut inside
    the word, although the rest alone is a dictionary word (`тельный`)."""
    raw = ["Перевод ", "в ", "проактивный ", "(беззаяви", "тельный) ", "формат"]
    assert rejoined_by_dictionary(raw)[3] == "(беззаявительный) "
    monkeypatch.setattr(words, "_CLOSED", words.re.compile(r"(?!)"))
    assert rejoined_by_dictionary(raw)[3:5] == ["(беззаяви", "тельный) "]


def test_closing_quote_line_not_glued_to_a_column_number() -> None:
    """`8` / `» и ` / `«Неонатология»`: after a page break a column-number row's last
    number is no word the quote closes."""
    raw = ["1", "2", "3", "4", "5", "6", "7", "8", "» и ", "«Неонатология»"]
    assert rejoined_by_dictionary(raw)[7:9] == ["8", "» и "]


def test_cell_join_puts_a_closing_quote_after_a_break_back() -> None:
    """`гинекология` | break | `» и «Неонатология»`: the cell's join puts the quote (and
    a comma) back onto the word it closes, as the lines stage does on one page."""
    assert words.join_cell(["«Акушерство и гинекология", "» и «Неонатология»"]) == (
        "«Акушерство и гинекология» и «Неонатология»")
    assert words.join_cell(["гинекология", "»"]) == "гинекология»"


def test_rest_known_only_as_a_name_is_no_word(monkeypatch) -> None:
    """`таргетиров` / `анному `: the dictionary knows `анному` only as a place name
    (`Аннома`); a line opening in lower case with it is a cut word's rest."""
    raw = ["Доля ", "работников, ", "имеющих ", "доступ к ", "таргетиров", "анному ",
           "перечню"]
    assert rejoined_by_dictionary(raw)[4] == "таргетированному "
    monkeypatch.setattr(words, "_common_word", words.is_word)
    assert rejoined_by_dictionary(raw)[4:6] == ["таргетиров", "анному "]


def test_rest_filled_its_line_before_a_new_word(monkeypatch) -> None:
    """`таргетир` / `ованному` / `перечню `: the rest has no wrap mark (it filled the
    column too), and the next line opens with a word of its own: the rest ended the
    word, so the two pieces are one."""
    raw = ["Доля ", "работников, ", "имеющих ", "доступ к ", "таргетир", "ованному",
           "перечню ", "программ"]
    assert rejoined_by_dictionary(raw)[4] == "таргетированному"
    monkeypatch.setattr(words, "_word_follows", lambda *a: False)
    assert rejoined_by_dictionary(raw)[4:6] == ["таргетир", "ованному"]


def test_two_acronyms_the_document_prints_apart(monkeypatch) -> None:
    """`АРМ` / `ГС ` where the document prints `АРМ ГС` on one line elsewhere and
    never `АРМГС`: two acronyms, the first filling its line, not one cut in its
    capitals."""
    raw = ["Проект ТАРМ АРМ ГС (типовое рабочее место)", "Участник", "АРМ", "ГС ",
           "(типовое"]
    assert rejoin_split_words(dump_lines(raw), True)[2].raw == "АРМ"
    monkeypatch.setattr(words, "_acronyms_apart", lambda *a: False)
    assert rejoin_split_words(dump_lines(raw), True)[2].raw == "АРМГС "


def test_one_letter_rest_before_the_unit(monkeypatch) -> None:
    """`маркетплейс` / `а` / `процентов`: the letter alone on the indicator's last line,
    the unit's cell after it; no indicator ends on a one-letter word, so it is the
    rest of the word before (which the dictionary does not know)."""
    raw = ["Доля ", "закупок ", "на ", "платформе ", "маркетплейс", "а", "процентов", "0"]
    assert rejoined_by_dictionary(raw)[4] == "маркетплейса"
    monkeypatch.setattr(words, "_unit_follows", lambda *a: False)
    assert rejoined_by_dictionary(raw)[4:6] == ["маркетплейс", "а"]


def test_word_and_acronym_printed_glued(monkeypatch) -> None:
    """`данными` / `РСУД` where the document prints `даннымиРСУД` whole and never the
    two apart: one token the column cut before its capitals."""
    raw = ["В рамках проекта «Региональная система управления даннымиРСУД» планируется",
           "Региональная ", "система ", "управления ", "данными", "РСУД", "Министерство"]
    assert rejoin_split_words(dump_lines(raw), True)[4].raw == "даннымиРСУД"
    monkeypatch.setattr(words, "_glued_acronym", lambda *a: False)
    assert rejoin_split_words(dump_lines(raw), True)[4].raw == "данными"


def test_capitalised_piece_after_a_wrapped_line_of_another_cell() -> None:
    """`государственной ` / `Повыше` / `ние `: in a row a page break cuts, a wrapped
    line's rest comes after the break and the next line opens the next cell; its
    capitalised first piece may be far shorter than that line and is still cut."""
    raw = ["Создание подсистемы ", "выплат Единой ", "государственной ", "Повыше", "ние ",
           "качества"]
    assert rejoined_by_dictionary(raw)[3] == "Повышение "


def test_bracketed_word_before_a_closed_word_stays() -> None:
    """`(нарастающим` / `итогом)`: the bracketed line is a word itself (it filled the
    line), so the bracket closing on the next line does not glue the two."""
    raw = ["Количество ", "проектов ", "(нарастающим", "итогом)", "шт."]
    assert rejoined_by_dictionary(raw)[2:4] == ["(нарастающим", "итогом)"]


def test_letter_alone_after_a_break_completes_the_word() -> None:
    """`Кузбасс` | break | `а`: a letter alone on the cell's first line after the break
    is the word's rest, though `а` is a conjunction (one would be printed with the
    words it opens, as in `а образовательных`)."""
    assert words.cut_at_break(Line(1, "Кузбасс", 1, False), "а")
    assert not words.cut_at_break(Line(1, "Кузбасс", 1, False), "а образовательных")


def test_a_letter_that_opens_the_unit_is_no_rest(monkeypatch) -> None:
    """`обратн` / `ш` / `т.`: a unit column a letter wide prints `шт.` as `ш` / `т.`; the
    letter opens the unit's cell (`ш` + `т.` is a unit), so it is not the indicator's
    rest (`обратнш`), though `т.` alone reads as a unit too."""
    raw = ["Доля ", "обращений ", "обратн", "ш", "т.", "17,5"]
    assert rejoined_by_dictionary(raw)[2] == "обратн"
    monkeypatch.setattr(words, "is_unit_piece", lambda text: False)
    monkeypatch.setattr(words, "is_unit", lambda text: text in ("т.", "процентов"))
    monkeypatch.setattr(words, "_known_ending", lambda word: True)  # (r9b: also keeps it)
    assert rejoined_by_dictionary(raw)[2] == "обратнш"  # the unit's first piece taken for the rest
