"""Section 6 «Проекты развития отрасли» of the text reader, on small hand-made strings:
the term cell (its start, its rest after a page break) and the project's name."""

from __future__ import annotations

from extract.strategy.names import best_match, continue_cut, extend_remarks, respell
from extract.strategy.projects import (
    _fallback_name,
    _split_term,
    find_term,
    term_rest,
)
from tests.strategy_dumps import HEADER6, section6


def test_term_does_not_open_on_the_conjunction_a_cut_goal_ends_with() -> None:
    # The goal cut by a page break ends on «и»; the term cell is `До 2030 года`.
    texts = ["Повышение качества", "и", "До", "2030", "года", "В рамках проекта"]
    assert find_term(texts) == (2, 5)


def test_term_opens_on_po_only_with_a_year_noun() -> None:
    # `… проектов по` ends the cut goal; the term is the year.
    assert find_term(["Поддержка проектов", "по", "2024", "В рамках проекта"]) == (2, 3)
    assert find_term(["Цель", "по 2024 год", "В рамках проекта"]) == (1, 2)


def test_open_term_before_a_page_break() -> None:
    texts = ["Повышение качества", "до", "В рамках проекта"]
    assert find_term(texts) is None
    assert find_term(texts, open_at_end=True) == (1, 2)
    # `постоян` | break | `но`: the word broken inside it opens the term.
    assert find_term(["Цель", "До 2030", "года,", "далее", "постоян", "В рамках"],
                     open_at_end=True) == (1, 5)


def test_term_split_from_a_sentence_on_its_line() -> None:
    assert _split_term("Постоянно В целях создания") == ["Постоянно", "В целях создания"]


def test_year_noun_after_the_break_finishes_the_term() -> None:
    tails = ["помощник", "родителя", "качества и", "доступности", "года", "В рамках проекта"]
    assert term_rest("До 2030", tails) == "До 2030 года"
    assert term_rest("к 2023", ["сроков их", "году"]) == "к 2023 году"
    # A year noun that goes on a phrase of the goal's tail is not the term's.
    assert term_rest("до 2024", ["сокращение к 2025", "году", "Федеральный"]) == "до 2024"
    # A closed term takes nothing else.
    assert term_rest("до 2024 года", ["далее", "постоянно"]) == "до 2024 года"


def test_open_term_rest_after_the_break() -> None:
    tails = ["жилищно-", "хозяйства", "далее", "постоянно", "В рамках проекта"]
    assert term_rest("До 2030 года,", tails) == "До 2030 года, далее постоянно"
    assert term_rest("до", ["категорий", "01.07.", "2023", "В рамках"]) == "до 01.07.2023"
    assert term_rest("До 2030 года, далее постоян", ["ФОИВ)", "но"]) == (
        "До 2030 года, далее постоянно")
    # A description's list opening `К 2024 году:` is no term's rest.
    assert term_rest("До 2030 года, далее", ["К 2024 году:", "постоянно среднего"]) == (
        "До 2030 года, далее постоянно")


def test_wrapped_term_goes_on_where_the_dump_marks_it() -> None:
    # `К⏎` / `2023⏎` | break | name tail, goal tail (`и⏎` / `доступности`), `году`.
    tails = ["ФОИВ)", "и", "доступности", "году", "В рамках"]
    wrapped = [False, True, False, False, True]
    assert term_rest("К 2023", tails, wrapped, spaced=True, goes_on=True) == "К 2023 году"
    # `далее` filled to the column's width lost its space; the term is still open.
    tails = ["предоставления", "далее", "постоянно", "хозяйства"]
    wrapped = [False, False, False, True]
    assert term_rest("До 2030 года,", tails, wrapped, spaced=True, goes_on=True) == (
        "До 2030 года, далее постоянно")
    # A run of term words whose last line was wrapped did not end its cell.
    tails = ["ФОИВ)", "далее", "предоставления", "далее", "постоянно", "В рамках"]
    wrapped = [False, True, False, False, False, True]
    assert term_rest("до 2030 года,", tails, wrapped, spaced=True) == (
        "до 2030 года, далее постоянно")


def test_word_broken_at_a_line_end_is_spelled_as_the_other_sections_print_it() -> None:
    known = ["Цифровизация мировых судов", "с федеральными информационными системами"]
    lines = ["Цифровизаци", "я мировых", "судов"]
    assert respell("Цифровизаци я мировых судов", known, lines) == "Цифровизация мировых судов"
    # Across a page break: the name's head ends `информационным`, its tail opens `и …`.
    lines = ["с федеральными", "информационным", "и системами"]
    assert respell("с федеральными информационным и системами", known, lines) == (
        "с федеральными информационными системами")
    # A space printed inside one line is the text's own.
    lines = ["Цифровизаци я", "мировых судов"]
    assert respell("Цифровизаци я мировых судов", known, lines) == "Цифровизаци я мировых судов"
    # Pieces another section prints apart stay apart; words are not glued by chance.
    assert respell("информационным и", ["информационным и", "информационными"],
                   ["информационным", "и"]) == "информационным и"
    assert respell("государственных и муниципальных", ["государственных и муниципальных"],
                   ["государственных", "и", "муниципальных"]) == "государственных и муниципальных"


def test_no_space_before_closing_punctuation_in_a_name() -> None:
    assert respell("«Зеленый коридор пассажира » проекта", [], []) == (
        "«Зеленый коридор пассажира» проекта")


# A row cut by a page break: the heads of the cells (the page is filled with the
# role's long text), the page number and repeated header, then the cells' tails.
FILLER = ["текст роли "] * 29 + ["текст роли"]


def _cut_row(name_head: list[str], name_tail: list[str]) -> list[str]:
    return ["1.1", *name_head, "Повышение ", "до 2024 ", "В рамках ", "Федеральный ",
            *FILLER, "2", HEADER6, *name_tail, "качества", "года", "проекта", "бюджет"]


def test_wrapped_name_goes_on_after_the_page_break() -> None:
    # `Развитие⏎` is followed by the goal's head: the name was cut at the page's foot.
    body = _cut_row(["Развитие "], ["«Озера данных» ", "регионального уровня"])
    assert section6(body, []) == [("Развитие «Озера данных» регионального уровня",
                                   "до 2024 года")]
    # Without the mark (no line keeps a trailing space) the name is cut as before.
    plain = [line.rstrip() for line in body]
    assert section6(plain, [])[0][0] == "Развитие"


def test_name_tail_runs_while_wrapped_past_a_shorter_known_name() -> None:
    # Section 7 prints the name cut short; section 6's rest goes on while wrapped.
    body = _cut_row(["Система ", "учета "], ["мер с ", "интеграцией с ", "сервисами", "Прочее"])
    assert section6(body, ["Система учета мер"])[0][0] == (
        "Система учета мер с интеграцией с сервисами")


def test_word_broken_at_the_name_head_end_completed_after_the_break() -> None:
    # `информационным` (no space: the word was broken) | break | `и системами`.
    body = _cut_row(["Сервис с ", "информационным"], ["и системами"])
    known = ["Сервис с информационными системами"]
    assert section6(body, known)[0][0] == "Сервис с информационными системами"


def test_a_remark_the_name_already_holds_is_the_next_cell_quoting_it() -> None:
    name = "Перевод услуг (рекомендовано ФОИВ)"
    tails = ["(рекомендо", "вано", "ФОИВ)»,", "сокращение"]
    assert extend_remarks(tails, 0, name) == (0, name)
    assert extend_remarks(["(далее ПУВ)", "Описание"], 0, "Подсистема") == (
        1, "Подсистема (далее ПУВ)")


def test_a_name_that_ends_as_the_known_one_takes_no_tail() -> None:
    # Printed here with a remark the other section lacks; it already ends as the
    # known name does, so the tails after the break (the goal's) are not its.
    name = "Развитие среды (далее ГИС) (рекомендовано ФОИВ)"
    tails = ["ГИС)", "(рекомендовано", "ФОИВ)»,", "сокращение сроков"]
    assert continue_cut(name, tails, ["Развитие среды (рекомендовано ФОИВ)"]) == (0, name)


def test_wrapped_name_goes_on_on_the_next_line_of_an_uncut_row() -> None:
    # The known name ends at `КС`; `ЕИСУ КС ВС⏎` was wrapped, so `СМС` is the name's.
    body = ["1.1", "Система ", "службы ", "ЕИСУ КС ВС ", "СМС", "Повышение ", "качества",
            "до 2024 ", "года", "В рамках проекта", "Федеральный бюджет", "Участник",
            *FILLER]
    known = ["Система службы ЕИСУ КС (рекомендовано ФОИВ)"]
    assert section6(body, known)[0] == ("Система службы ЕИСУ КС ВС СМС", "до 2024 года")
    plain = [line.rstrip() for line in body]
    assert section6(plain, known)[0][0] == "Система службы ЕИСУ КС ВС"


def test_acronym_broken_at_a_line_end() -> None:
    assert respell("управления даннымиРСУ Д", ["управления даннымиРСУД"],
                   ["управления", "даннымиРСУ", "Д"]) == "управления даннымиРСУД"


def test_wrapped_name_of_an_uncut_row_goes_on_whatever_the_next_line_opens_with() -> None:
    body = ["1.1", "Развитие ", "«Озера ", "данных» в ", "рамках Единой ", "системы ", "(РСЧС) ",
            "(рекомендовано", "ФОИВ)", "Повышение ", "качества", "до 2024 ", "года",
            "В рамках проекта", "Федеральный бюджет", "Участник", *FILLER]
    assert section6(body, [])[0] == (
        "Развитие «Озера данных» в рамках Единой системы (РСЧС) (рекомендовано ФОИВ)",
        "до 2024 года")


def test_name_tail_goes_on_past_a_filled_line_that_leaves_it_open() -> None:
    # `власти и` filled its line (no space kept) but a phrase does not end on «и».
    body = _cut_row(["Сервис для ", "органов "], ["власти и", "учреждений", "Прочее"])
    assert section6(body, [])[0][0] == "Сервис для органов власти и учреждений"


def test_unknown_name_goes_on_past_a_capital_after_a_wrapped_line() -> None:
    texts = ["Развитие в рамках", "Единой", "системы", "Повышение качества"]
    assert _fallback_name(texts) == 1
    assert _fallback_name(texts, [True, True, False, True]) == 3


def test_open_term_rest_after_a_cell_cut_again_by_the_next_break() -> None:
    # The goal's tail ends wrapped (`Российской⏎`): its rest follows the next break.
    tails = ["проекта", "Российской", "далее", "постоянно", "описание"]
    wrapped = [False, True, True, False, True]
    assert term_rest("До 2030 года,", tails, wrapped, spaced=True, goes_on=True) == (
        "До 2030 года, далее постоянно")


def test_definition_dash_after_dalee_is_no_list_item() -> None:
    texts = ["(далее", "- ФГИС «АСЛН») (рекомендовано ФОИВ)", "Повышение"]
    assert extend_remarks(texts, 0, "Система «А»") == (
        2, "Система «А» (далее - ФГИС «АСЛН») (рекомендовано ФОИВ)")
    # A real list item still ends a bracket that never closed.
    assert extend_remarks(["(участники:", "- граждане"], 0, "Система") == (0, "Система")


def test_remark_after_the_name_on_its_line() -> None:
    texts = ["Система учета", "недр» (далее", "- ФГИС «СУ») (рекомендовано ФОИВ)", "Повышение"]
    assert best_match(texts, ["Система учета недр»"]) == (
        3, "Система учета недр» (далее - ФГИС «СУ») (рекомендовано ФОИВ)", "")
    # A bracket after the name that is no remark stays the rest of its line.
    texts = ["Система учета недр» (участники:", "- граждане", "Повышение"]
    assert best_match(texts, ["Система учета недр»"]) == (
        1, "Система учета недр»", "(участники:")


def test_the_rest_of_a_cut_row_number_is_not_the_name() -> None:
    # `1.` | break | `1`: the № column's rest comes first among the tails.
    body = _cut_row(["Развитие "], ["1", "«Озера данных»"])
    body[0] = "1."
    assert section6(body, [])[0][0] == "Развитие «Озера данных»"


def test_lower_case_head_line_after_a_filled_name_line_goes_on_the_name() -> None:
    # `строительства` filled its line (no space); no cell opens in lower case, so
    # `с интеграцией⏎` is the name's, and so is the rest after the break, where
    # `федеральным` | `и` is one word broken at the head's end.
    body = _cut_row(["Сервис ", "строительства", "с интеграцией ", "с ", "федеральным"],
                    ["и ", "системами", "Прочее"])
    known = ["Сервис строительства", "Сервис с федеральными системами"]
    assert section6(body, known)[0][0] == (
        "Сервис строительства с интеграцией с федеральными системами")


def test_a_whole_term_is_preferred_to_an_open_run_before_it() -> None:
    # A goal line that is only «с» before a capitalised word is no term when a
    # whole one follows.
    texts = ["Интеграция", "с", "ГИСП", "до 2024 года", "В рамках"]
    assert find_term(texts, open_at_end=True) == (3, 4)


def test_pieces_apart_are_looked_up_as_whole_words() -> None:
    # `информационным и` occurs in no known name: `… информационным исполнительным`
    # does not count.
    known = ["с информационными системами", "с информационным исполнительным органом"]
    assert respell("с информационным и системами", known,
                   ["с информационным", "и системами"]) == "с информационными системами"
