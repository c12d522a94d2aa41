"""Section 6 «Проекты развития отрасли» of the text reader on layouts no committed
fixture has (narrow term and header columns), on small hand-made strings: each test
asserts what one rule of `extract/strategy/projects.py` (or the header stage it
uses) does, and fails without it."""

from __future__ import annotations

from functools import partial

from extract.strategy.names import (
    best_match,
    continue_cut,
    extend_remarks,
    name_key,
    respell,
)
from extract.strategy.projects import (
    _HEADER_END,
    _apart_after_wraps,
    _follow_wraps,
    _glue_pieces,
    _join_cut_row_numbers,
    _join_number_pieces,
    _spell_on,
    _without_number_tail,
    find_term,
    term_rest,
)
from extract.strategy.sections import Line, strip_headers
from tests import strategy_dumps
from tests.strategy_dumps import HEADER6

# These sections start on page 5: a row cut by a break prints page number 6.
section6 = partial(strategy_dumps.section6, page=5)

# The same header in a layout whose columns are too narrow for its words: every
# piece on its own line (`Рол` / `ь`, `про` / `ект` / `а`).
NARROW_HEADER6 = ["№", " ", "п", "/", "п", "Наимено", "вание", "проекта", "Цель", "проекта",
                  "Ср", "ок", "ре", "ал", "из", "ац", "ии", "пр", "ое", "кт", "а",
                  "Краткое описание проекта", "Финансир", "ование", "проекта",
                  "Рол", "ь", "рег", "ион", "а в", "реа", "лиз", "аци", "и", "про", "ект", "а"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_a_header_cut_into_pieces_by_narrow_columns_is_stripped() -> None:
    # 37 lines: the whole header goes, the row after it stays.
    body, headers = strip_headers(_lines([*NARROW_HEADER6, "1.1", "Библиотека"]),
                                  _HEADER_END)
    assert [ln.text for ln in body] == ["1.1", "Библиотека"]
    assert len(headers) == 1


def test_header_end_keeps_no_row_text_far_after_the_last_title() -> None:
    # The repeated header's last word took a cut row's punctuation (`проекта»,`): it
    # goes back to the tails (the quote closes the cut name or goal).
    texts = ["№", "Наименование проекта", "Роль", "региона в", "реализации", "проекта»,",
             "сокращение"]
    body, headers = strip_headers(_lines(texts), _HEADER_END)
    assert [ln.text for ln in body] == ["»,", "сокращение"]
    assert headers[0][-1].text == "проекта"
    # A header whose end is lost is not closed by a goal's «проекта» many lines on,
    # which would swallow the rows (and a sector heading) between.
    texts = ["№", "Наименование проекта", "Роль", "региона в", "реализаци", "2. Здравоохранение",
             "2.1", "Создание", "Повышение", "качества", "доступности", "услуг за счет",
             "реализации", "сроков их", "предоставления", "Финансирование", "бюджета", "субъекта",
             "реализации", "проекта"]
    body, _ = strip_headers(_lines(texts), _HEADER_END)
    assert "2. Здравоохранение" in [ln.text for ln in body]


def test_header_end_glued_to_a_hyphenated_tail_is_split_off() -> None:
    # The header's last piece `а` and the tail `-коммунал` of `жилищно` / `-коммунал`
    # / `ьного` were printed as one line.
    texts = [*NARROW_HEADER6[:-1], "а-коммунал", "ьного", "1.2"]
    body, headers = strip_headers(_lines(texts), _HEADER_END)
    assert [ln.text for ln in body][:2] == ["-коммунал", "ьного"]
    assert headers[0][-1].text == "а"


def test_a_year_cut_by_a_narrow_term_column_is_one_year() -> None:
    body = ["1.1", "Библиотека ", "контента", "Повышение ", "качества", "До ", "20", "30 ",
            "года", "В рамках проекта", "Федеральный бюджет", "Участник"]
    assert section6(body, ["Библиотека контента"]) == [("Библиотека контента", "До 2030 года")]
    body[6:8] = ["202", "4"]
    assert section6(body, ["Библиотека контента"]) == [("Библиотека контента", "До 2024 года")]


def test_postoyanno_cut_twice_is_one_word() -> None:
    texts = ["Цель", "До 2030", "года,", "далее", "постоя", "нн", "о", "В рамках"]
    body = ["1.1", "Библиотека", "Повышение", *texts[1:], "Федеральный бюджет", "Участник"]
    assert section6(body, ["Библиотека"]) == [("Библиотека", "До 2030 года, далее постоянно")]


def test_year_noun_cut_at_the_page_foot_is_completed_after_the_break() -> None:
    # `год` (no wrap mark: the word was cut) | break | the goal's tail, then `а,`.
    tails = ["образовательного", "предоставления", "а,", "далее", "постоя", "нн", "о",
             "предусматривает"]
    wrapped = [True, False, True, True, False, False, False, True]
    assert term_rest("до 2030 год", tails, wrapped, spaced=True) == (
        "до 2030 года, далее постоянно")
    # Only a piece that completes the noun is taken; a whole term stays as it is.
    assert term_rest("до 2030 год", ["предоставления", "далее", "постоянно"]) == "до 2030 год"
    assert find_term(["Цель", "до", "2030", "год", "В рамках"]) == (1, 4)


def test_a_year_cut_before_a_digit_that_reads_as_the_next_row_number() -> None:
    # `01.07.202` / `2`: the `2` is the date's rest, not row 2 (which comes later).
    row1 = ["1", "Создание банков", "данных", "Повышение", "до", "01.07.202", "2",
            "В рамках проекта", "Федеральный бюджет", "Участник"]
    row2 = ["2", "Предоставление", "помощи", "Повышение", "к 2023", "году", "В рамках проекта",
            "Федеральный бюджет", "Участник", *["текст роли"] * 30, "6", HEADER6]
    assert section6(row1 + row2, ["Создание банков данных", "Предоставление помощи"]) == [
        ("Создание банков данных", "до 01.07.2022"), ("Предоставление помощи", "к 2023 году")]


def test_the_goals_last_preposition_is_no_term_opener() -> None:
    known = ["Облачная инфраструктура обращения с отходами"]
    head = ["1.1", "Облачная ", "инфраструктура ", "обращения с отходами", "Повышение ",
            "реализации ", "проекта ", "«Облачная ", "инфраструктура ", "обращения "]
    rest = ["В рамках проекта", "Федеральный бюджет", "Участник"]
    # `с⏎` and then a capitalised `До`: only a cell's first line opens so.
    assert section6([*head, "с ", "До 2030 ", "года", *rest], known)[0][1] == "До 2030 года"
    # `с⏎` then `2024`: the goal's quote is open and `обращения с` spells the name.
    assert section6([*head, "с ", "2024", *rest], known)[0][1] == "2024"
    # A term that does open on «с» keeps it.
    head[-1] = "обращения с отходами», "
    assert section6([*head, "с ", "2024 года", *rest], known)[0][1] == "с 2024 года"


def test_a_year_or_a_term_word_left_in_pieces_at_the_page_foot() -> None:
    # `202` | break | … `4` / `года`: the year's first digits open the term.
    assert find_term(["Повышение", "202", "В рамках"], open_at_end=True) == (1, 2)
    tails = ["проекта", "предоставления", "4", "года", "В рамках"]
    assert term_rest("До 202", tails, [True, False, True, False, True], spaced=True) == (
        "До 2024 года")
    # `дал` | break | `ее` / `постоя` / `нн` / `о`.
    assert find_term(["Повышение", "До", "2030", "года,", "дал", "В рамках"],
                     open_at_end=True) == (1, 5)
    tails = ["предоставления", "ее", "постоя", "нн", "о", "описание"]
    assert term_rest("До 2030 года, дал", tails) == "До 2030 года, далее постоянно"
    # `пос` | break | `тоя` / `нн` / `о`: each piece completes the one before.
    assert term_rest("До 2030 года, далее пос", ["предоставления", "тоя", "нн", "о"]) == (
        "До 2030 года, далее постоянно")


def test_a_remark_that_closes_a_quote_the_name_never_opened_is_the_goals() -> None:
    # The goal quotes the name: «… проекта «<name> (рекомендовано ФОИВ)», сокращение».
    tails = ["(рекомендовано", "ФОИВ)», сокращение", "сроков"]
    assert extend_remarks(tails, 0, "Создание системы") == (0, "Создание системы")
    # The same remark the name holds, spelled in pieces, is not taken either.
    name = "Создание системы (рекомендован о ФОИВ)"
    assert extend_remarks(["(рекомендовано", "ФОИВ) сокращение"], 0, name) == (0, name)
    # A remark of the name's own is still taken.
    assert extend_remarks(["(далее ИС)", "Повышение"], 0, "Создание системы") == (
        1, "Создание системы (далее ИС)")


def test_a_word_the_other_sections_print_whole_keeps_the_space_section_6_prints() -> None:
    # Sections 5 and 7 print `автоматизированное`; section 6's name prints
    # `автоматизирован` / `но е рабочее`: the column cut the word, the space is the text's.
    known = ["Типовое автоматизированное рабочее место"]
    lines = ["Типовое", "автоматизирован", "но е рабочее", "место"]
    assert respell("Типовое автоматизирован но е рабочее место", known, lines) == (
        "Типовое автоматизированно е рабочее место")
    # The same where the space is a wrapped line's end (`изированно⏎` / `е`).
    lines = ["Типовое", "автомат", "изированно", "е", "рабочее место"]
    spaces = frozenset({("изированно", "е")})
    assert respell("Типовое автомат изированно е рабочее место", known, lines, spaces) == (
        "Типовое автоматизированно е рабочее место")


def test_a_word_glued_across_a_wrapped_line_is_two_again() -> None:
    # The lines stage and the cell's join read `автоматизированно⏎` / `е` as one word.
    printed = [("(типовое", True), ("автоматизированно", True), ("е", False)]
    assert _apart_after_wraps("(типовое автоматизированное", printed) == (
        "(типовое автоматизированно е")
    # Pieces of the word on the lines before (`автомат` / `изированно⏎` / `е`).
    printed = [("(типовое", True), ("автомат", False), ("изированно", True), ("е", False)]
    assert _apart_after_wraps("(типовое автоматизированное", printed) == (
        "(типовое автоматизированно е")
    # Without the mark the join stands.
    printed = [("(типовое", True), ("автоматизированно", False), ("е", False)]
    assert _apart_after_wraps("(типовое автоматизированное", printed) == (
        "(типовое автоматизированное")


def test_a_name_cut_by_two_page_breaks_is_spelled_on_after_the_second() -> None:
    # The row runs over three pages: the name's rest after the first break stops at
    # the page's foot (`Россий`), and its last piece opens the tails after the next.
    names = ["Система для органов исполнительной власти Российской Федерации"]
    tails = [Line(1, "исполнительной", brk=True), Line(2, "власти"), Line(3, "Россий"),
             Line(4, "качества"), Line(5, "ской", brk=True), Line(6, "Федерации"),
             Line(7, "В рамках")]
    used, name, far = _spell_on("Система для органов", tails, 0, names)
    assert (used, far) == (3, tails[4:6])
    assert name_key(name) == name_key(names[0])
    # Lines that never finish the known name are not taken.
    tails[5] = Line(6, "Республики")
    assert _spell_on("Система для органов", tails, 0, names) == (0, "Система для органов", [])


def test_a_name_rest_with_the_next_cells_letters_glued_to_it() -> None:
    # After the break the name's rest `региона` and the goal's `х` (of `предприятия`
    # / `х`) were glued by the lines stage: the known name ends at `региона`.
    known = ["Поддержка проектов на предприятиях региона"]
    tails = ["регионах", "региона»,", "сокращение"]
    assert continue_cut("Поддержка проектов на предприятиях", tails, known) == (
        1, "Поддержка проектов на предприятиях региона")


def test_a_wrapped_name_stops_where_a_quote_it_never_opened_closes() -> None:
    # `предприятиях⏎` goes on after the break, but `региона»,` closes the goal's quote.
    tails = [Line(1, "региона ", brk=True), Line(2, "региона», "), Line(3, "сокращение ")]
    assert _follow_wraps("Поддержка на предприятиях", ["Поддержка ", "на предприятиях "],
                         [True, True], 2, tails, 0, frozenset()) == (
        2, 1, "Поддержка на предприятиях региона")


def test_a_name_ending_in_acronyms_goes_on_with_a_line_of_acronyms() -> None:
    # `ЕИСУ КС ВС` filled its line (no wrap mark); `СМС` is no goal's first line.
    body = ["1.1", "Система ", "службы РФ ", "ЕИСУ КС ВС", "СМС", "Повышение ", "качества",
            "до 2024 ", "года", "В рамках проекта", "Федеральный бюджет", "Участник",
            *["текст роли "] * 29, "текст роли"]
    known = ["Система службы РФ ЕИСУ КС ВС"]
    assert section6(body, known)[0] == ("Система службы РФ ЕИСУ КС ВС СМС", "до 2024 года")


def test_a_name_spelled_on_past_the_shorter_known_one_while_wrapped() -> None:
    # The known name ends at `КС`; section 6 prints `КС ВС⏎` / `СМС` after the break.
    names = ["Система службы РФ ЕИСУ КС (рекомендовано ФОИВ)"]
    tails = [Line(1, "РФ ", brk=True), Line(2, "ЕИСУ "), Line(3, "КС ВС "), Line(4, "СМС"),
             Line(5, "информационная ")]
    assert _spell_on("Система службы", tails, 0, names) == (
        4, "Система службы РФ ЕИСУ КС ВС СМС", [])


def test_a_cut_known_name_left_in_a_bracket_stops_at_the_next_cells_first_line() -> None:
    # Section 7 prints the name cut inside its bracket; section 6 goes on past it, but
    # the goal's capitalised first line is the next cell (the rest follows a break).
    texts = ["Переход к мерам (оказание", "поддержки участников; объединение", "мер в единый",
             "Повышение качества", "за счет реализации"]
    assert best_match(texts, ["Переход к мерам (оказание поддержки участников"]) == (
        3, "Переход к мерам (оказание поддержки участников; объединение мер в единый", "")


def test_a_name_line_that_filled_the_column_goes_on_with_a_capitalised_word() -> None:
    # `уровня в рамках` is as wide as the widest line and lost its space; `Единой` is
    # the name's, `Повышение …` (a goal's verbal noun) would not be.
    body = ["1.1", "Развитие ", "«Озера данных» ", "регионального ", "уровня в рамках",
            "Единой ", "системы", "Повышение ", "качества", "до 2024 ", "года",
            "В рамках проекта", "Федеральный бюджет", "Участник", *["текст роли "] * 29,
            "текст роли"]
    known = ["Развитие «Озера данных» регионального уровня в рамках"]
    assert section6(body, known)[0] == (
        "Развитие «Озера данных» регионального уровня в рамках Единой системы", "до 2024 года")
    body[5:7] = ["Повышение ", "качества"]
    assert section6(body[:5] + body[7:], known)[0][0] == (
        "Развитие «Озера данных» регионального уровня в рамках")


def test_a_name_spelled_to_a_remark_the_longer_known_name_lacks() -> None:
    # The known name goes on `КС ВС СМС`; section 6 prints `КС⏎` / `(рекомендовано` /
    # `ФОИВ)` after the break: the wrapped line goes on, the remark ends the name.
    names = ["Система службы РФ ЕИСУ КС ВС СМС"]
    tails = [Line(1, "РФ ", brk=True), Line(2, "ЕИСУ "), Line(3, "КС "), Line(4, "(рекомендовано "),
             Line(5, "ФОИВ)"), Line(6, "кадровым ")]
    assert _spell_on("Система службы", tails, 0, names) == (
        5, "Система службы РФ ЕИСУ КС (рекомендовано ФОИВ)", [])
    # Without the wrap mark before it, the bracket is not taken.
    tails[2] = Line(3, "КС")
    assert _spell_on("Система службы", tails, 0, names)[0] == 0


def test_a_piece_glued_by_the_join_to_the_next_line_is_still_a_cut() -> None:
    # Lines `контроль` / `но-` / `надзорной`: the join printed `но-надзорной`, and the
    # cut `контроль` / `но` is still the column's (known `контрольно-надзорной`).
    known = ["Платформа контрольно-надзорной деятельности"]
    lines = ["Платформа", "контроль", "но-", "надзорной", "деятельности"]
    assert respell("Платформа контроль но-надзорной деятельности", known, lines) == (
        "Платформа контрольно-надзорной деятельности")


def test_a_cut_known_name_ending_on_a_preposition_stops_at_the_next_cells_first_line() -> None:
    # Section 7 prints the name cut at `интеграцией`; section 6's line goes on `для`,
    # and the goal's `Повышение …` is the next cell (the name's rest follows a break).
    texts = ["Реестр с интеграцией для", "Повышение качества", "за счет реализации"]
    assert best_match(texts, ["Реестр с интеграцией"]) == (1, "Реестр с интеграцией для", "")
    # An adjective outside brackets goes on with a proper name (`Российской` / `Федерации`).
    texts = ["Подсистемы в субъектах Российской", "Федерации", "Повышение качества"]
    assert best_match(texts, ["Подсистемы в субъектах"])[1] == (
        "Подсистемы в субъектах Российской Федерации")


def test_postoyanno_in_four_pieces_from_a_two_letter_one() -> None:
    # `По` / `сто` / `ян` / `но` in a term column two or three letters wide.
    assert _glue_pieces(["По", "сто", "ян", "но", "В рамках"], [False] * 5) == (
        ["Постоянно", "В рамках"], [False, False])
    # A two-letter word before a line that spells no term word stays apart.
    assert _glue_pieces(["по", "стоимости"], [False, False]) == (
        ["по", "стоимости"], [False, False])


def test_a_row_number_cut_after_its_dot_whose_rest_is_wrapped_too() -> None:
    # `1.` | break | `1` / `1` (1.11 in a № column one digit wide) / `ой`: the name's
    # rest comes after the number's.
    lines = [Line(1, "1."), Line(2, "1", brk=True), Line(3, "1"), Line(4, "ой")]
    assert [ln.text for ln in _without_number_tail(lines[0], lines[1:])] == ["ой"]
    # A number's rest is at most two digits: a third line of digits is the name's.
    lines = [Line(1, "1."), Line(2, "1", brk=True), Line(3, "2035")]
    assert [ln.text for ln in _without_number_tail(lines[0], lines[1:])] == ["2035"]


def test_a_dotted_row_number_cut_by_a_page_break() -> None:
    # `1.1` | … | `1.1` | break | `3` / `ситуационного`: the second `1.1` repeats a
    # number already printed, so it is 1.13 cut by the break.
    lines = [Line(1, "1.1"), Line(2, "Создание"), Line(3, "1.1"), Line(4, "Создание"),
             Line(5, "3", brk=True), Line(6, "ситуационного")]
    out = _join_cut_row_numbers(lines, 1)
    assert [(ln.text, ln.brk) for ln in out] == [
        ("1.1", False), ("Создание", False), ("1.13", False), ("Создание", False),
        ("ситуационного", True)]
    # `1.1` / `1` on one page is 1.11 wrapped in the column, not cut.
    lines[3] = Line(4, "1")
    assert [ln.text for ln in _join_cut_row_numbers(lines, 1)][2:4] == ["1.1", "1"]


def test_a_row_number_whose_pieces_a_page_break_parts() -> None:
    # `2` / `.` before the break, `4 регистро` after it (the № column's rest printed on
    # one line with the name's tail): row 2.4.
    lines = [Line(1, "2"), Line(2, "."), Line(3, "Система"), Line(4, "Повышение"),
             Line(5, "4 регистров", brk=True), Line(6, "(рекомендовано")]
    out = _join_number_pieces(lines, 2)
    assert [(ln.text, ln.brk) for ln in out] == [
        ("2.4", False), ("Система", False), ("Повышение", False), ("регистров", True),
        ("(рекомендовано", False)]
    # `1 Цифровое` (the number's first piece and the name's first word on one line)
    # before the break, `.` / `2` after it: row 1.2.
    lines = [Line(1, "1 Цифровое"), Line(2, "Повышение"), Line(3, ".", brk=True),
             Line(4, "2"), Line(5, "портфолио")]
    out = _join_number_pieces(lines, 1)
    assert [(ln.text, ln.brk) for ln in out] == [
        ("1.2 Цифровое", False), ("Повышение", False), ("портфолио", True)]
    # In a table numbered `1`, `2`, … a row's number printed with its name's first word
    # is left alone when no dot follows the break.
    lines = [Line(1, "1 Библиотека"), Line(2, "Повышение"), Line(3, "контента", brk=True)]
    assert _join_number_pieces(lines, 1) == lines
