"""Each setting of the strategy text reader (extract/strategy/settings.py) and the
rejoining of words broken inside them, on small hand-made strings."""

from __future__ import annotations

from extract.strategy import cells
from extract.strategy.sections import Line, _is_column_numbers, _page_numbers
from extract.strategy.settings import SETTINGS
from extract.strategy.task_tails import _wraps
from extract.strategy.words import rejoin_split_words, split_word


def lines(*raw: str) -> list[Line]:
    return [Line(k + 1, r) for k, r in enumerate(raw)]


def test_full_share_tells_a_wrapped_line_from_a_cell_end() -> None:
    width = 30
    # 20 + 1 + 4 = 25 characters <= 0.85 * 30: the next word would have fitted.
    assert SETTINGS.full_share * width > 25
    assert not _wraps("а" * 20, "слов дальше", width)
    # 20 + 1 + 10 = 31 > 25.5: it did not fit, the cell goes on.
    assert _wraps("а" * 20, "продолжение", width)


def test_full_share_at_break_is_looser() -> None:
    from extract.strategy.task_tails import tail_length
    # Last line before the break: 14 + 1 + 7 = 22 <= 0.7 * 40 = 28: the task ended.
    assert tail_length("Развитие связи", "Развитие связи", ["цифровой"], 40, set()) == 0
    # 25 + 1 + 7 = 33 > 28: it filled the line, so its rest follows the break.
    assert tail_length("Развитие связи и сетей в", "Развитие связи и сетей в",
                       ["регионах"], 40, set()) == 1


def test_page_numbers_are_the_best_chain_of_consecutive_integers() -> None:
    body = ["текст"] * SETTINGS.min_page_lines
    raw = ["1", *body, "2", *body, "3", "текст"]
    assert _page_numbers(raw) == {0: 1, 11: 2, 22: 3}
    big = SETTINGS.first_page_max + 1
    assert _page_numbers([str(big), *body, str(big + 1), "текст"]) == {}
    # Values 5, 6, 7 a line apart are no pages: short pages cost more than they gain.
    assert SETTINGS.short_page_penalty > 1
    assert _page_numbers(["Доля", "5", "6", "7", "текст"]) == {}
    # Of two candidates for page 2, the one a page's worth after page 1.
    raw = ["1", "текст", "2", *body, "2", *body, "3"]
    assert _page_numbers(raw) == {0: 1, 13: 2, 24: 3}


def test_table_furniture_after_a_page_number_is_evidence() -> None:
    body = ["текст"] * SETTINGS.min_page_lines
    # A row number "2" and, later, the page number "2" followed by the repeated header.
    raw = ["1", *body, "2", "Задача", *body, "2", "№ п/п", "Задачи", "3", "текст"]
    pages = _page_numbers(raw)
    assert pages[len(body) + 13] == 2 and len(body) + 1 not in pages
    assert SETTINGS.furniture_bonus > 0


def test_column_number_row_needs_three_columns() -> None:
    assert SETTINGS.min_column_numbers == 3
    assert _is_column_numbers(["1", "2", "текст"], 0) == 0
    assert _is_column_numbers(["1", "2", "3", "текст"], 0) == 3


def test_word_lists() -> None:
    assert cells.is_indicator_start("Доля граждан")
    assert not cells.is_indicator_start("Министерство образования")
    assert cells.open_end("доступ граждан и")  # a joiner
    assert not cells.open_end("обработка данных")  # a noun-like adjective ends a phrase
    assert "и" in SETTINGS.joiners and "данных" in SETTINGS.noun_adjectives


def test_word_broken_inside_is_rejoined() -> None:
    assert split_word("Министерст", "во") and not split_word("цифрового", "образования")
    out = rejoin_split_words(lines("Библиотека ", "цифрового ", "Министерст", "во ",
                                   "просвещения"))
    # The rejoined word keeps its last piece's wrap mark: the cell goes on after it.
    assert [ln.raw for ln in out] == ["Библиотека ", "цифрового ", "Министерство ",
                                      "просвещения"]
    assert out[2].no == 3


def test_broken_word_over_several_lines_and_the_rest_of_the_line() -> None:
    # The dump marks wrapped lines with a trailing space: the missing one is evidence.
    out = rejoin_split_words(lines("Внедрение ", "центр", "ализо", "ванн", "ых систем ",
                                   "в регионах"))
    assert [ln.raw for ln in out] == ["Внедрение ", "централизованных ", "систем ",
                                      "в регионах"]
    assert SETTINGS.max_word_pieces >= 3


def test_words_whole_on_each_line_are_not_joined() -> None:
    # Without trailing spaces (a dump that does not print them) two words stay two.
    raw = ["верифицированного", "цифрового", "да", "нет"]
    assert [ln.raw for ln in rejoin_split_words(lines(*raw))] == raw
    # A page break in between: another cell may follow, nothing is joined.
    broken = [Line(1, "Министерст"), Line(2, "во", brk=True)]
    assert [ln.raw for ln in rejoin_split_words(broken)] == ["Министерст", "во"]
    assert SETTINGS.share_with_end_space > 0


def test_sector_heading_needs_two_sections() -> None:
    from extract.strategy.sections import find_sections, read_lines, sector_names
    text = "\n".join(["", " 1", " 5. Взаимосвязь задач и проектов стратегии",
                      " 1. Образование", " 6. Проекты развития отрасли", " 1. Образование",
                      " 2. Список в ячейке", " 7. Показатели развития отрасли",
                      " 8. Ресурсное обеспечение"])
    assert SETTINGS.sector_votes == 2
    assert sector_names(find_sections(read_lines(text))) == {1: "Образование"}


def test_rejoined_word_ends_its_cell_where_its_last_piece_did() -> None:
    # «государстве» / «нных» (no space: the cell ends) vs «нных » (wrapped: it goes on).
    assert [ln.raw for ln in rejoin_split_words(lines("место ", "государстве", "нных"))
            ] == ["место ", "государственных"]
    assert [ln.raw for ln in rejoin_split_words(lines("место ", "государстве", "нных "))
            ] == ["место ", "государственных "]
    # Punctuation wrapped onto its own line keeps that line's end too.
    out = rejoin_split_words(lines("на ", "«Госуслугах", "»", "Доля "))
    assert [ln.raw for ln in out] == ["на ", "«Госуслугах»", "Доля "]


def test_preposition_ending_a_full_line_opens_no_word() -> None:
    # «в» + «строите» is a word, but «строите» / «льстве» goes on: «в строительстве».
    out = rejoin_split_words(lines("заявок в", "строите", "льстве ", "региона"))
    assert [ln.raw for ln in out] == ["заявок в", "строительстве ", "региона"]


def test_unknown_word_is_glued_from_two_pieces_only() -> None:
    # Three cells of a cut row, each line without the wrap mark: no word across them.
    raw = ["сроков ", "предоставлени", "постоян", "но", "интеграцией "]
    assert [ln.raw for ln in rejoin_split_words(lines(*raw))][:2] == ["сроков ",
                                                                       "предоставлени"]


def test_closing_quote_wrapped_to_the_next_line_goes_back() -> None:
    out = rejoin_split_words(lines("коридор ", "пассажира", "» проекта ", "«Цифровая"))
    assert [ln.raw for ln in out] == ["коридор ", "пассажира» ", "проекта ", "«Цифровая"]


def test_word_broken_after_a_slash_is_rejoined() -> None:
    # A unit column too narrow for «да/нет» breaks it after the slash.
    out = rejoin_split_words(lines("аппаратурой ", "да/", "нет", "нет", "да"))
    assert [ln.raw for ln in out] == ["аппаратурой ", "да/нет", "нет", "да"]


def test_broken_word_after_an_opening_bracket() -> None:
    out = rejoin_split_words(lines("контента ", "(рекомендова", "но ФОИВ)"))
    assert [ln.raw for ln in out] == ["контента ", "(рекомендовано ", "ФОИВ)"]


def test_dotted_row_number_wrapped_after_its_dot() -> None:
    out = rejoin_split_words(lines("1.", "1", "Личный ", "кабинет"))
    assert [ln.raw for ln in out] == ["1.1", "Личный ", "кабинет"]
    # A list item's number before its text is left alone.
    assert [ln.raw for ln in rejoin_split_words(lines("1.", "Создание"))] == ["1.", "Создание"]


def test_column_number_row_is_no_page_number() -> None:
    body = ["текст"] * SETTINGS.min_page_lines
    # "2" of the column-number row right after page 1's body is not page 2.
    raw = ["1", *body, "1", "2", "3", *body, "2", "текст"]
    assert _page_numbers(raw) == {0: 1, 2 * len(body) + 4: 2}


def test_first_part_of_a_compound_broken_inside() -> None:
    out = rejoin_split_words(lines("Республики ", "Кабард", "ино-", "Балкарс", "кой "))
    assert [ln.raw for ln in out] == ["Республики ", "Кабардино-", "Балкарской "]
    out = rejoin_split_words(lines("Кабарди", "но-", "Балкарской "))
    assert [ln.raw for ln in out] == ["Кабардино-", "Балкарской "]


def test_column_width_rejects_a_line_far_wider_than_any_seen() -> None:
    from extract.strategy.widths import ColumnWidths
    widths = ColumnWidths()
    widths.add("org", ["Министерство"] * (SETTINGS.min_width_samples - 1))
    assert not widths.too_wide("org", "Доля промышленных предприятий из")  # too few lines yet
    widths.add("org", ["образования и"])
    # Proportional fonts: «экологии Кузбасса» (17) fits where 13 letters were the widest.
    assert not widths.too_wide("org", "экологии Кузбасса")
    assert widths.too_wide("org", "Доля промышленных предприятий из")


def test_broken_word_whose_rest_looks_like_a_value() -> None:
    # «х» alone is a no-value mark in a value column, but here it ends a word.
    out = rejoin_split_words(lines("внедрению ", "отечественны", "х ", "комплексов"))
    assert [ln.raw for ln in out] == ["внедрению ", "отечественных ", "комплексов"]


def test_word_the_dictionary_does_not_know_broken_inside() -> None:
    # Neither piece is a word and the rest ends the word on its line.
    out = rejoin_split_words(lines("Развитие ", "Цифрови", "зация региона ", "и"))
    assert [ln.raw for ln in out][:3] == ["Развитие ", "Цифровизация ", "региона "]
    # A cut cell's last piece before the next cell («предоставл» / «до 2023»): no join.
    raw = ["сроков ", "предоставл", "до 2023 ", "года"]
    assert [ln.raw for ln in rejoin_split_words(lines(*raw))] == raw


def test_word_broken_across_a_page_break_is_one_word_in_the_cell() -> None:
    from extract.strategy.words import join_cell
    assert join_cell(["Система ТКО (рекомендова", "но ФОИВ)"]) == "Система ТКО (рекомендовано ФОИВ)"
    assert join_cell(["информационно-", "сервисной"]) == "информационно-сервисной"
    assert join_cell(["доступа к", "верифицированному"]) == "доступа к верифицированному"


def test_broken_word_ends_where_the_dictionary_says_before_the_next_cell() -> None:
    out = rejoin_split_words(lines("сроков их ", "предоставлени", "я", "до 2030", "года, "))
    assert [ln.raw for ln in out] == ["сроков их ", "предоставления", "до 2030", "года, "]
    out = rejoin_split_words(lines("педаг", "огиче", "ских ", "работ", "ников", ", ", "испол",
                                   "ьзую", "щих "))
    assert [ln.raw.strip() for ln in out] == ["педагогических", "работников,", "использующих"]


def test_dotted_number_wrapped_around_its_dot() -> None:
    assert [ln.raw for ln in rejoin_split_words(lines("1", ".", "1", "Личный "))] == [
        "1.1", "Личный "]
    # A column number and the next row's number are two numbers.
    raw = ["7", "1.4", "Текст"]
    assert [ln.raw for ln in rejoin_split_words(lines(*raw))] == raw


def test_piece_of_a_body_s_first_word() -> None:
    assert "Министерство" in SETTINGS.org_start_words and SETTINGS.min_org_piece == 4
    assert cells.is_org_start_piece("Мини") and cells.is_org_start_piece("Комит")
    assert not cells.is_org_start_piece("Мин")  # too short to tell
    assert not cells.is_org_start_piece("Управление")  # the whole word: is_org_start's job
    assert not cells.is_org_start_piece("Миниатюра")  # no body's word begins so


def test_word_broken_before_a_short_ending_even_if_its_piece_is_a_word() -> None:
    assert split_word("Интеллектуальна", "я")
    assert not split_word("делам", "и")  # a conjunction after a word stays a word
    assert not split_word("Куп", "до")  # nor a preposition («Купдо» is no word anyway)


def test_pieces_of_a_word_cut_by_one_column_are_about_as_long() -> None:
    from extract.strategy.words import _column_pieces
    first = "а" * 10  # slack: 0.3 x 10 = 3 letters either way
    assert SETTINGS.piece_length_slack == 0.3
    assert _column_pieces(first, ["б" * 13, "в" * 7])
    assert not _column_pieces(first, ["б" * 14])
    assert not _column_pieces("проекта", ["льн"])  # a header's last word before a tail


def test_a_name_read_on_past_a_break_needs_enough_letters() -> None:
    from extract.strategy.task_links import _read_on
    names = ["Развитие цифровой инфраструктуры здравоохранения"]
    n = SETTINGS.min_read_on_letters
    assert n == 20
    rest = "инфраструктуры здравоохранения"  # 29 letters: enough to tell the name
    assert _read_on("Развитие цифровой", [rest], names)
    assert not _read_on("Развитие цифровой инфраструктуры", ["здравоохранения"], names)


def test_a_repeated_header_is_looked_for_within_its_letter_budget() -> None:
    from extract.strategy.indicators import _HEADER_END as YEARS_END
    from extract.strategy.projects import _HEADER_END
    from extract.strategy.sections import strip_headers
    header = ["№ п/п", *(["Наименование"] * 10), "Роль региона в реализации проекта"]
    body = lines(*header, "1.1", "Проект")
    kept, found = strip_headers(body, _HEADER_END)
    assert [ln.raw for ln in kept] == ["1.1", "Проект"] and len(found) == 1
    kept, found = strip_headers(body, _HEADER_END, 5)  # a budget the header overruns
    assert found == [] and len(kept) == len(body)
    # Section 7's longest wording printed a letter a line (a column a letter wide)
    # takes some 140 lines, within the budget: counted in letters, not lines.
    titles = ("№ п/п Наименование проекта Ответственный республиканский орган исполнительной"
              " власти Наименование показателя Единица измерения Значения показателя по годам")
    letters = [c for c in titles if not c.isspace()]
    assert 130 < len(letters) < SETTINGS.header_letters / 2
    kept, found = strip_headers(lines(*letters, "2024", "2025", "1.1", "Проект"), YEARS_END)
    assert [ln.raw for ln in kept] == ["1.1", "Проект"] and len(found) == 1
    # A `№` opening no header is kept once the budget is spent without a year.
    kept, found = strip_headers(lines("№ 5", *["Проект"] * 60, "2024"), YEARS_END)
    assert found == [] and kept[0].raw == "№ 5"


def test_a_glued_word_short_beside_its_cell_s_wrapped_line_fits_the_column() -> None:
    from extract.strategy.words import _fits_column
    assert SETTINGS.fits_share == 0.5
    prev = Line(1, "а" * 20 + " ")  # a wrapped line of 20 letters: the column is that wide
    assert _fits_column(prev, Line(2, "возможно"), "возможною")  # 9 <= 10: it fitted
    assert not _fits_column(prev, Line(2, "возможно"), "а" * 11)  # 11 > 10: a cut word
    assert not _fits_column(Line(1, "а" * 20), Line(2, "возможно"), "возможною")  # no mark


def test_a_one_word_line_far_shorter_than_its_cell_s_wrapped_line_is_no_first_piece() -> None:
    from extract.strategy.words import _short_piece
    assert SETTINGS.piece_fills == 1.6
    prev = Line(1, "а" * 16 + " ")  # a wrapped line of 16 letters
    assert _short_piece(prev, Line(2, "сервис"))  # 1.6 * 6 = 9.6 <= 16: it ended its cell
    assert not _short_piece(prev, Line(2, "с" * 11))  # 17.6 > 16: it may have filled the column
    assert not _short_piece(prev, Line(2, "Сервис"))  # capitalised: the next cell of a cut row
    assert not _short_piece(Line(1, "а" * 16), Line(2, "сервис"))  # no wrap mark before


def test_a_letter_chain_opens_on_a_short_piece_only() -> None:
    from extract.strategy.indicators import glue_letter_columns
    assert SETTINGS.letter_chain_start == 5

    def spelled(*raw: str) -> list[Line]:  # each piece printed a letter a line
        out, no = [], 1
        for r in raw:
            out.append(Line(no, r))
            no += len(r.strip())
        return out

    # `Минис` (5 letters the lines stage glued) opens the chain; `Минист` (6) does not
    assert [x.raw for x in glue_letter_columns(spelled("Минис", "т", "ерство ", "Доля "))] == [
        "Министерство ", "Доля "]
    assert [x.raw for x in glue_letter_columns(spelled("Минист", "е", "рство ", "Доля "))] == [
        "Минист", "ерство ", "Доля "]


def test_an_abbreviation_after_a_hyphen_has_a_few_letters_at_most() -> None:
    """`жилищно` / `-` / `тыс.`: a unit's abbreviated word (letters and a dot, at most
    `max_abbreviation_letters`) after a hyphen on its own line is no compound's second
    part; a word one letter longer (`быто.`) is one, joined to the first part."""
    from tests.strategy_dumps import rejoined
    assert SETTINGS.max_abbreviation_letters == 3
    raw = ["обеспечение ", "жилищно", "-", "тыс.", "ед."]
    assert "жилищно-тыс." not in rejoined(raw, True)
    raw = ["обеспечение ", "жилищно", "-", "быто.", "ед."]
    assert "жилищно-быто." in rejoined(raw, True)


def test_the_abbreviation_setting_is_read_when_asked(monkeypatch) -> None:
    """Overriding `max_abbreviation_letters` changes the lines stage at once."""
    from dataclasses import replace

    from extract.strategy import words
    from tests.strategy_dumps import rejoined
    raw = ["обеспечение ", "жилищно", "-", "быто.", "ед."]
    monkeypatch.setattr(words, "SETTINGS", replace(SETTINGS, max_abbreviation_letters=4))
    assert "жилищно-быто." not in rejoined(raw, True)
