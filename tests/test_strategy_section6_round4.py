"""Section 6 of the text reader, round 4: a term column one character wide (years
printed digit by digit, `Д` / `о`), on small hand-made strings; each test fails
without the rule it names."""

from __future__ import annotations

from extract.strategy.names import continue_cut, name_key
from extract.strategy.projects import (
    _follow_wraps,
    _glue_after_cuts,
    _glue_cut_years,
    _join_cut_bare_numbers,
    _join_number_pieces,
    _spell_on,
    _split_first_cells,
    find_term,
    term_open,
    term_rest,
)
from extract.strategy.sections import Line


def _lines(*raws: str, brk_at: int | None = None) -> list[Line]:
    return [Line(n, r, 1, n == brk_at) for n, r in enumerate(raws)]


def test_year_printed_digit_by_digit_is_one_line():
    """`2` / `0` / `3` / `0 ` in a column one digit wide is the year 2030, and keeps
    the last piece's wrap mark."""
    out = _glue_cut_years(_lines("До ", "2", "0", "3", "0 ", "года"))
    assert [ln.text for ln in out] == ["До", "2030", "года"]
    assert out[1].wrapped


def test_year_first_digits_before_the_description_are_one_line():
    """`2` / `0` and then another cell: the year's first digits, its rest after
    the page break."""
    out = _glue_cut_years(_lines("До ", "2", "0", "В рамках проекта "))
    assert [ln.text for ln in out] == ["До", "20", "В рамках проекта"]


def test_row_number_digits_are_not_a_year():
    """`1.` / `2` then a name: no year is made of a row number."""
    out = _glue_cut_years(_lines("1.", "2", "Цифровое "))
    assert [ln.text for ln in out] == ["1.", "2", "Цифровое"]


def test_year_rest_after_break_in_digit_lines():
    """`До 2` | break | `0` / `3` / `0` / `года`: the digit lines after the break
    complete the year."""
    assert term_open("До 2")
    assert term_rest("До 2", ["сроков их", "предоставления", "0", "3", "0", "года"],
                     [True, False, False, False, True, False],
                     spaced=True) == "До 2030 года"


def test_first_letter_of_a_term_opens_it():
    """`Д` alone among the heads of a cut row is the first letter of «До»: taken
    as the open term, and its rest after the break completes it."""
    heads = ["Повышение", "Д", "В рамках проекта", "Фе"]
    assert find_term(heads) is None
    assert find_term(heads, open_at_end=True) == (1, 2)
    assert term_rest("Д", ["сроков их", "предоставления", "о", "2030", "года"],
                     [True, False, True, True, False], spaced=True) == "До 2030 года"


def test_sector_first_row_number_cut_after_its_dot():
    """`2.` | break | `1` for the sector's first row, in a table whose later rows
    print `2.2`: row 2.1; a later `2.` is left to the sequence."""
    lines = [Line(1, "2."), Line(2, "Личный кабинет "), Line(3, "Повышение "),
             Line(4, "1", brk=True), Line(5, "объектов "), Line(6, "2.2"), Line(7, "Реестр")]
    out = _join_number_pieces(lines, 2)
    assert [(ln.text, ln.brk) for ln in out][:4] == [
        ("2.1", False), ("Личный кабинет", False), ("Повышение", False), ("объектов", True)]
    later = [Line(0, "2.1"), Line(1, "Реестр"), *lines]
    assert _join_number_pieces(later, 2) == later


def test_name_cut_by_two_breaks_after_its_rest_on_the_middle_page():
    """The name took its rest after the first break (`подведомственных учрежде`);
    its last piece opens the tails after the second (`ний` / `субъекта`)."""
    names = ["Система для органов и подведомственных учреждений субъекта"]
    tails = [Line(1, "и", brk=True), Line(2, "подведомственных"), Line(3, "учрежде"),
             Line(4, "искусственного"), Line(5, "ний ", brk=True), Line(6, "субъекта"),
             Line(7, "В рамках")]
    used, name, far = _spell_on("Система для органов и подведомственных учрежде", tails, 3,
                                names)
    assert used == 3 and far == tails[4:6]
    assert name_key(name) == name_key(names[0])


def test_wrapped_name_stops_at_a_line_repeating_it():
    """`исполнительной⏎` goes on after the next break: the goal's tail that repeats
    the name's words (`туристических маршрутов с`) is not the name's."""
    names = ["Реестр туристических маршрутов для органов исполнительной власти"]
    tails = [Line(1, "маршрутов для ", brk=True), Line(2, "органов "),
             Line(3, "исполнительной "), Line(4, "туристических "), Line(5, "маршрутов с ")]
    out = _follow_wraps("Реестр туристических", ["Реестр ", "туристических "], [True, True],
                        2, tails, 0, frozenset(), names)
    assert out == (2, 3, "Реестр туристических маршрутов для органов исполнительной")


def test_word_cut_at_an_unmarked_line_is_glued():
    """`«Автоматизиро` (no mark, no word) / `ван-ная⏎`: one word; `рекомендован` /
    `о`: one word; `«Цифровизация` (a filled line) / `для`: two."""
    lines = [("ФГИС ", True), ("«Автоматизиро", False), ("ван-ная ", True), ("система", False)]
    assert _glue_after_cuts("ФГИС «Автоматизиро ван-ная система", lines) == (
        "ФГИС «Автоматизирован-ная система")
    lines = [("(рекоме", False), ("ндован", False), ("о ", True), ("ФОИВ)", False)]
    assert _glue_after_cuts("(рекомендован о ФОИВ)", lines) == "(рекомендовано ФОИВ)"
    lines = [("«Цифровизация", False), ("для транспортной", False)]
    assert _glue_after_cuts("«Цифровизация для транспортной", lines) == (
        "«Цифровизация для транспортной")


def test_cut_name_does_not_take_a_quote_of_itself():
    """`… онлайн (рекоме` | break | the goal's `на платформе ГИСП …` quoting the name,
    up to its own `(рекомендовано`: not the name's rest."""
    known = ["Формирование на платформе ГИСП данных онлайн (рекомендовано ФОИВ)"]
    tails = ["на платформе ГИСП", "данных онлайн", "(рекомендовано"]
    assert continue_cut("Формирование на платформе ГИСП данных онлайн (рекоме", tails,
                        known) == (0, "Формирование на платформе ГИСП данных онлайн (рекоме")


def test_name_with_the_next_cells_letters_glued_spells_on_after_the_break():
    """`(рекомена` (`(рекоме` + the goal's `на`): without the glued letters the name
    begins the known one, and its rest (`ндован` / `о` / `ФОИВ)`) follows the next
    break; a name that already spells a known one whole is left as it is."""
    names = ["Система онлайн (рекомендовано ФОИВ)"]
    tails = [Line(1, "онлайн ", brk=True), Line(2, "(рекомена"), Line(3, "платформе"),
             Line(4, "ндован", brk=True), Line(5, "о "), Line(6, "ФОИВ)"), Line(7, "9.3")]
    _used, name, far = _spell_on("Система онлайн (рекомена", tails, 2, names)
    assert far == tails[3:6] and name_key(name) == name_key(names[0])
    whole = ["Система процессов"]
    tails = [Line(1, "процессов", brk=True), Line(2, "внедрение", brk=True)]
    assert _spell_on("Система процессов", tails, 1, whole) == (1, "Система процессов", [])


def test_number_piece_on_a_line_with_the_name_keeps_the_wrap_mark():
    """`4 ционная⏎` after the break: `ционная` keeps the mark (the cell goes on)."""
    lines = [Line(1, "2"), Line(2, "."), Line(3, "Единая "), Line(4, "информа"),
             Line(5, "4 ционная ", brk=True), Line(6, "система")]
    out = _join_number_pieces(lines, 2)
    assert [(ln.text, ln.wrapped) for ln in out][3] == ("ционная", True)


def test_lower_case_first_letter_of_a_term_opens_it():
    """`д` (of «до 2024 года») alone among the heads of a cut row."""
    assert find_term(["Повышение", "д", "В рамках проекта", "Фе"], open_at_end=True) == (1, 2)


def test_term_ending_on_a_year_nouns_first_letters():
    """`до 2024 го` (the column cut `года`) is a term of its own before the next
    cell; its rest after the break completes it."""
    heads = ["Повышение качества", "до 2024 го", "В рамках проекта"]
    assert find_term(heads) == (1, 2)
    assert term_rest("до 2024 го", ["сроков их", "предоставления", "да"],
                     [True, False, False], spaced=True) == "до 2024 года"


def _rows(numbers: list[str]) -> list[Line]:
    """Each number (a wrapped one as its pieces, `1/0`) followed by a name line."""
    return [Line(0, t) for no in numbers for t in [*no.split("/"), "Проект"]]


def test_bare_row_number_cut_by_a_page_break():
    """Rows 1 … 13 (10 … 13 wrapped in the narrow column, `1` / `3`), then `1` |
    break | `4`: row 14 is whole again; a digit out of sequence is left alone."""
    seq = _rows([*map(str, range(1, 10)), "1/0", "1/1", "1/2", "1/3"])
    cut = [Line(7, "1"), Line(8, "Платфо"), Line(9, "Повышение"), Line(10, "4", brk=True),
           Line(11, "рма")]
    out = _join_cut_bare_numbers([*seq, *cut])
    assert [(ln.text, ln.brk) for ln in out][len(seq):] == [
        ("14", False), ("Платфо", False), ("Повышение", False), ("рма", True)]
    wrong = [*seq, *cut[:3], Line(10, "7", brk=True), Line(11, "рма")]
    assert _join_cut_bare_numbers(wrong) == wrong


def test_name_piece_and_goal_start_on_one_line_are_two_cells():
    """`Формиро Повышение⏎` (no word, then a goal's verbal noun) is the name's cut
    piece and the goal's first line; `Цифровое Повышение` (a word) is left."""
    assert _split_first_cells(["Формиро Повышение", "до 2024"], [True, True]) == (
        ["Формиро", "Повышение", "до 2024"], [False, True, True])
    assert _split_first_cells(["Цифровое Повышение"], [False]) == (
        ["Цифровое Повышение"], [False])


def test_year_noun_cut_into_three_pieces_around_a_break():
    """`К 2023 го` | break | `д` / `у`: the term is «К 2023 году»."""
    assert term_rest("К 2023 го", ["сроков их", "предоставления", "д", "у", "- создание"],
                     [True, False, False, False, True], spaced=True) == "К 2023 году"


def test_known_name_spelled_whole_on_an_unmarked_line_ends():
    """`… буровзрывных работ` (no mark) spells the known name whole: the goal's
    `е сроков их` (the rest of `сокращени`) after the break is not glued on."""
    names = ["Система анализа буровзрывных работ"]
    tails = [Line(1, "буровзрывных работ", brk=True), Line(2, "е сроков их "),
             Line(3, "предоставления")]
    out = _follow_wraps("Система анализа", ["Система ", "анализа "], [True, True], 2, tails, 0,
                        frozenset(), names)
    assert out == (2, 1, "Система анализа буровзрывных работ")
