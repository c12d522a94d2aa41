"""Section 6 «Проекты развития отрасли» of the text reader on layouts no committed
fixture has (narrow term and header columns), on small hand-made strings: each test
asserts what one rule of `extract/strategy/projects.py` (or the header stage it
uses) does, and fails without it."""

from __future__ import annotations

from extract.strategy.projects import (
    _HEADER_END,
    _HEADER_LINES,
    find_term,
    read_projects,
    term_rest,
)
from extract.strategy.sections import Line, find_sections, read_lines, strip_headers
from extract.strategy.words import rejoin_split_words

HEADER6 = """№
п/п
Наименование проекта
Цель проекта
Срок
Краткое описание проекта
Финансирование
Роль региона в реализации проекта"""

# The same header in a layout whose columns are too narrow for its words: every
# piece on its own line (`Рол` / `ь`, `про` / `ект` / `а`).
NARROW_HEADER6 = ["№", " ", "п", "/", "п", "Наимено", "вание", "проекта", "Цель", "проекта",
                  "Ср", "ок", "ре", "ал", "из", "ац", "ии", "пр", "ое", "кт", "а",
                  "Краткое описание проекта", "Финансир", "ование", "проекта",
                  "Рол", "ь", "рег", "ион", "а в", "реа", "лиз", "аци", "и", "про", "ект", "а"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def section6(body: list[str], known: list[str]) -> list[tuple[str, str]]:
    """(name, term) of the projects of `body` read as sector 1 of a section 6."""
    text = f"\n1\n6. Проекты развития отрасли\n1. Образование и наука\n{HEADER6}\n"
    lines = rejoin_split_words(read_lines(text + "\n".join(body) + "\n"))
    records, _ = read_projects(find_sections(lines)[6], {1: "Образование и наука"}, {1: known})
    return [(r.project_name, r.term) for r in records]


def test_a_header_cut_into_pieces_by_narrow_columns_is_stripped() -> None:
    # 37 lines: the whole header goes, the row after it stays.
    body, headers = strip_headers(_lines([*NARROW_HEADER6, "1.1", "Библиотека"]),
                                  _HEADER_END, _HEADER_LINES)
    assert [ln.text for ln in body] == ["1.1", "Библиотека"]
    assert len(headers) == 1


def test_header_end_keeps_no_row_text_far_after_the_last_title() -> None:
    # The repeated header's last word took a cut row's punctuation (`проекта»,`).
    texts = ["№", "Наименование проекта", "Роль", "региона в", "реализации", "проекта»,",
             "сокращение"]
    body, _ = strip_headers(_lines(texts), _HEADER_END, _HEADER_LINES)
    assert [ln.text for ln in body] == ["сокращение"]
    # A header whose end is lost is not closed by a goal's «проекта» many lines on,
    # which would swallow the rows (and a sector heading) between.
    texts = ["№", "Наименование проекта", "Роль", "региона в", "реализаци", "2. Здравоохранение",
             "2.1", "Создание", "Повышение", "качества", "доступности", "услуг за счет",
             "реализации", "сроков их", "предоставления", "Финансирование", "бюджета", "субъекта",
             "реализации", "проекта"]
    body, _ = strip_headers(_lines(texts), _HEADER_END, _HEADER_LINES)
    assert "2. Здравоохранение" in [ln.text for ln in body]


def test_header_end_glued_to_a_hyphenated_tail_is_split_off() -> None:
    # The header's last piece `а` and the tail `-коммунал` of `жилищно` / `-коммунал`
    # / `ьного` were printed as one line.
    texts = [*NARROW_HEADER6[:-1], "а-коммунал", "ьного", "1.2"]
    body, headers = strip_headers(_lines(texts), _HEADER_END, _HEADER_LINES)
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
