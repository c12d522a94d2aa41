"""Sections 5 and 6 of the text reader, round 8 (second wave); on small hand-made
strings, each test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.names import best_match, continue_cut, leaves_known_remark, match_across
from extract.strategy.projects import find_term
from extract.strategy.task_links import _known_end
from extract.strategy.task_tails import cell_rest, item_rest, wrapped_tail_length
from tests.strategy_dumps import BRK, HEADER6, section5, section6

FILLER = ["текст роли "] * 29 + ["текст роли"]


def _cut_row(name_head: list[str], name_tail: list[str], goal_tail: list[str]) -> list[str]:
    """A row of section 6 cut by a page break: every cell's head, the page's foot
    (number + repeated header), then each cut cell's rest in column order."""
    return ["1.1", *name_head, "Повышение ", "до 2024 ", "В рамках ", "Федеральный ",
            *FILLER, "2", HEADER6, *name_tail, *goal_tail, "года", "проекта", "бюджет"]


def test_name_spelled_whole_across_the_break_takes_no_more_tail() -> None:
    """`контракт` (the column cut the word) | break | `а`: the known name is spelled
    whole; its last piece reads as the joiner `а`, yet the goal's tail after it
    (`основании ` / `социального ` …, the goal quoting the name) is not the name's."""
    known = "Помощь на основании социального контракта"
    body = _cut_row(["Помощь на ", "основании ", "социального ", "контракт"], ["а"],
                    ["качества ", "основании ", "социального ", "контракта»"])
    assert section6(body, [known])[0] == (known, "до 2024 года")


def test_two_cut_first_pieces_on_one_line_are_two_cells() -> None:
    """`Предос Повышени`: the name's and the goal's first pieces, both cut by their
    narrow columns, share a baseline and print as one line; the name's rest
    (`тавление ` / `помощи`) comes first after the break."""
    known = "Предоставление социальной помощи"
    body = ["1.1", "Предос Повышени", "до 2024 ", "В рамках ", "Федеральный ", *FILLER,
            "2", HEADER6, "тавление ", "социальной ", "помощи", "е качества", "года",
            "проекта", "бюджет"]
    assert section6(body, [known])[0] == (known, "до 2024 года")


KNOWN_REMARK = ["Создание подсистемы учета (рекомендовано ФОИВ)"]


def test_open_remark_across_the_break_stops_where_it_stops_spelling_the_known_one() -> None:
    """`(рек` / `омен` after the break, then the goal's tail (`доступности` …): the
    row was cut twice, the remark's rest comes after the next break; the goal's
    words are not the remark's, whatever the brackets say."""
    head, tail = ["Создание", "подсистемы"], ["учета", "(далее ПУВ)", "(рек", "омен",
                                              "доступности", "услуг", "«Создание"]
    assert match_across(head, tail, KNOWN_REMARK) == (
        4, "Создание подсистемы учета (далее ПУВ) (рек омен")


def test_open_known_remark_takes_no_line_that_does_not_spell_it() -> None:
    name = "Создание подсистемы учета (рек омен"
    assert continue_cut(name, ["доступности", "услуг"], [], remarks_of=KNOWN_REMARK) == (
        0, name)
    # A remark the known name it begins as does not print runs on as before (the
    # remarks of other known names do not count).
    other = "Создание реестра (далее"
    assert continue_cut(other, ["- ИС", "ЕКЦ)"], [], remarks_of=[
        "Создание банков (далее - ЕГИССО)"]) == (2, "Создание реестра (далее - ИС ЕКЦ)")
    assert leaves_known_remark(name, "дова", KNOWN_REMARK) is False
    assert leaves_known_remark(name, "доступности", KNOWN_REMARK) is True


def test_row_number_cut_after_its_dot_sharing_the_names_line() -> None:
    """`1. Личный ` | break | `2`: the № column printed `1.` on the name's first
    line and `2` after the break (a narrow column); the row is 1.2, not lost in the
    row before it."""
    body = ["1.1", "Система учета", "Повышение качества", "до 2024 года", "В рамках проекта",
            "Федеральный бюджет", "Участник", "1. Личный ", "Повышение ", "до 2024 ",
            "В рамках ", "Федеральный ", *FILLER, "2", HEADER6, "2", "кабинет",
            "качества", "года", "проекта", "бюджет"]
    assert section6(body, ["Система учета", "Личный кабинет"]) == [
        ("Система учета", "до 2024 года"), ("Личный кабинет", "до 2024 года")]


def test_beneficiary_rest_after_the_break_is_not_the_tasks() -> None:
    """`Гражда` (the beneficiary column cut the word) | break | the task's rest, then
    `не - ` / `Органы`: the beneficiary's rest and its next item, in column order
    after the task's lines; the task (going on after the next break) stops there."""
    lines = ["технологий ", "дистанционного ", "не - ", "Органы", "власти"]
    wraps = [True, True, True, False, False]
    assert wrapped_tail_length("Развитие инфраструктуры и", True, "инфраструктуры и ",
                               lines, wraps, 20, set()) == 2
    assert item_rest("не - ", "Органы") and not item_rest("не - ", "власти")


def test_beneficiary_rest_after_the_break_is_not_the_names() -> None:
    """The same for the name's rest: a line that filled its column (marked as going
    on) before `не - ` / `Органы` does not run the name into the beneficiaries."""
    lines = ["ной ", "системы (далее ГИС)", "не - ", "Органы", "власти"]
    assert cell_rest(lines, [True, True, True, False, False], "Система") == 2


def test_task_with_an_open_quote_goes_on_after_the_break() -> None:
    """`… системы «Работа в` (no mark: the line filled its column) before the break:
    the quote the task opened is still open, so its rest opens the tails and closes
    it (`России», в том числе …`)."""
    lines = ["России», в том числе с ", "использованием портала", "ю ", "«Социальная"]
    wraps = [True, False, True, False]
    task = "Предоставление услуг в электронном виде посредством системы «Работа в"
    assert wrapped_tail_length(task, False, "виде посредством системы «Работа в", lines,
                               wraps, 34, set()) == 2


def test_section5_names_the_project_by_its_acronym_first() -> None:
    """Sections 6 and 7 print `Цифровое хранение документов (ЦХЭД)`, section 5
    `ЦХЭД (цифровое хранение документов)`, cut by the break; the row is split at
    the name all the same (the task no longer runs over it)."""
    raw = ["1", "Совершенствование государственного управления при помощи ",
           "средств коммуникации, меняющих подходы в управлении ", "ЦХЭД (цифровое ",
           "хранение ", "электронных ", "- Граждане - Органы власти", "Сокращение ",
           "времени ", BRK, "ключевыми сферами жизни", "документов)", "получения услуг",
           "2", "Развитие сервисов", "Гостех", "- Граждане", "Сокращение сроков"]
    names = ["Цифровое хранение электронных документов (ЦХЭД)", "Гостех"]
    rows = section5(raw, names)
    assert rows[0].project_name == "ЦХЭД (цифровое хранение электронных документов)"
    assert rows[0].task.endswith("в управлении ключевыми сферами жизни")


def test_term_cut_inside_its_year_and_by_the_break() -> None:
    """`202` (the term column cut the year) | break | the name's and the goal's rests
    | `2`: the year's rest comes after them in column order and is not the next row's
    number; no term ends on `202`."""
    body = ["1", "Система ", "Повышение ", "202", "В рамках ", "Федеральный ", *FILLER,
            "2", HEADER6, "учета", "качества", "2", "«Система учета»", "бюджет",
            "2", "Портал", "Повышение качества", "2024", "В рамках проекта",
            "Федеральный бюджет", "Участник"]
    assert section6(body, ["Система учета", "Портал"]) == [
        ("Система учета", "2022"), ("Портал", "2024")]


def test_acronym_alone_before_words_is_the_tasks() -> None:
    """With `… здравоохранения (ЕГИСЗ)` also known as `ЕГИСЗ (…)`, a task line
    `ЕГИСЗ и внедрения …` does not name the project: the acronym alone names it
    only with its bracket after it."""
    known = ["Создание контура на основе системы здравоохранения (ЕГИСЗ)"]
    names = [*known, "ЕГИСЗ (Создание контура на основе системы здравоохранения)"]
    assert best_match(["ЕГИСЗ и внедрения цифровых", "технологий"], names) is None
    assert best_match(["ЕГИСЗ (Создание контура", "на основе системы", "здравоохранения)"],
                      names)[1] == names[1]


def test_a_number_that_is_no_year_opens_no_term() -> None:
    """`в 1` (the goal quoting `«Строим в 1 клик»`, its lines cut by the column)
    right before the term: `в` opens terms only with a year (`в 2024 году`)."""
    texts = ["Повышение качества", "проекта «Строим", "в 1", "до 2030 года, далее",
             "постоянно", "В рамках проекта"]
    assert find_term(texts) == (3, 5)
    # A date's first digit (`до 0` | break | `1.07.2023`) still opens one.
    assert find_term(["Повышение", "до 0", "В рамках проекта"], open_at_end=True) == (1, 2)


def test_filled_task_line_goes_on_with_a_quoted_name() -> None:
    """`числе на ЕПГУ в личном кабинете` filled its column (no mark: no room for the
    space), then `«Моё здоровье». Система …`: a quote opening the next line goes on
    the phrase as a lower-case word would."""
    lines = ["электронных рецептов, в том ", "числе на ЕПГУ в личном кабинете",
             "«Моё здоровье». Система единых ", "регистров в ГИС.", "- Граждане"]
    wraps = [True, False, True, False, False]
    assert wrapped_tail_length("Организация доступа посредством внедрения", True,
                               "посредством внедрения", lines, wraps, 33, set()) == 4


def test_name_rest_ends_where_it_spells_a_known_name_whole() -> None:
    """The name's rest after the break spells the known name whole (up to the
    acronym `ГИС ЖКХ` it defines) on `ФОИВ)`, not marked; its first bracket, left
    open by the source, does not run it on into the beneficiary's and the benefit's
    rests (`власти`, `услуг по`)."""
    raw = ["1", "Повышение доступности услуг за ", "Новый дом ", "(формирование ",
           "- Граждане -", "Органы ", "Сокращение ", "времени получения", BRK,
           "внедрения сервисов.", "платформы на базе ", "государственной ", "информационной ",
           "системы (далее - ГИС", "ЖКХ) (рекомендовано ", "ФОИВ)", "власти", "услуг по ",
           "направлению", "2", "Развитие сервисов", "Гостех", "- Граждане",
           "Сокращение сроков"]
    names = ["Новый дом (формирование платформы на базе ГИС ЖКХ) (рекомендовано ФОИВ)",
             "Гостех"]
    assert section5(raw, names)[0].project_name.endswith("(далее - ГИС ЖКХ) (рекомендовано ФОИВ)")
    # Not on a line that opens a bracket: the definition goes on (`(далее` / `- ЕГИССО)`).
    assert _known_end("Банк данных", ["в системе (далее", "- ЕГИССО)", "власти"],
                      [False, False, False], ["Банк данных в системе"]) == 0


def test_year_rest_is_not_the_row_numbers_rest() -> None:
    """`5` | break | `.` / `1` / `1` (row 5.11, the № column's rest first): the
    `1`s are the number's, not the rest of the term's `202`."""
    from extract.strategy.projects import _glue_year_after_break
    from extract.strategy.sections import Line
    raws = ["5 Цифровой ", "Повыше", "202", "В рамках ", ".", "1", "1", "профиль",
            "ние качества", "Цифровой"]
    lines = [Line(k + 1, raw, 1, k == 4) for k, raw in enumerate(raws)]
    assert [ln.raw for ln in _glue_year_after_break(lines)] == raws
