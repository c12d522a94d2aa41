"""Round 5: the page-number chain (`sections._page_numbers`) and section 5's links, on
small hand-made strings.

A LibreOffice export dumped page by page prints each page's number as the page's last
line (at its foot), one per page, increasing by one; the next page opens with the
repeated table header, a section heading, or running text. A row number or a value that
equals a page number is a line of the table and must survive.
"""

from __future__ import annotations

from extract.strategy.sections import _page_numbers
from extract.strategy.settings import SETTINGS
from extract.strategy.words import join_cell
from tests.strategy_dumps import BRK
from tests.strategy_dumps import section5 as read

BODY = ["текст"] * SETTINGS.min_page_lines
HEAD5 = ["№", "Задачи отрасли", "Наименование проекта"]


def test_a_short_page_before_a_section_keeps_its_number() -> None:
    # Page 3 holds one line of section 4, section 5 opens page 4 (a page break before
    # it); row 3 of the table on page 4 is no page number.
    raw = ["Титул", "1", *BODY, "2", *BODY, "3", "Низкий уровень.", "3",
           "5. Взаимосвязь задач и проектов стратегии", *HEAD5,
           "1", "Задача", "Проект", "2", "Задача", "Проект", "3", "Задача", *BODY, "4",
           *HEAD5, "Задача", *BODY, "5"]
    pages = _page_numbers(raw)
    assert pages[raw.index("Низкий уровень.") + 1] == 3
    assert sorted(pages.values()) == [1, 2, 3, 4, 5]


def test_row_numbers_after_the_last_page_number_are_no_pages() -> None:
    # A dump of whole pages ends with the last page's number: rows 3-5 of the table,
    # each a page's worth of lines apart, are not pages 3-5.
    raw = ["1", *BODY, "2", *HEAD5, "3", *BODY, "4", *BODY, "5", *BODY, "3"]
    pages = _page_numbers(raw)
    assert pages == {0: 1, len(BODY) + 1: 2, len(raw) - 1: 3}


def test_a_last_page_of_one_line_keeps_its_number() -> None:
    raw = ["1", *BODY, "2", *BODY, "3", *BODY, "бюджета.", "4"]
    assert _page_numbers(raw)[len(raw) - 1] == 4


def test_a_page_prints_a_line_besides_its_number() -> None:
    # Values 3, 4, 5 at the end of a (cut) dump follow each other: no pages.
    raw = ["1", *BODY, "2", *HEAD5, "Доля", "3", "4", "5"]
    assert _page_numbers(raw) == {0: 1, len(BODY) + 1: 2}


# A bare-numbered table's two-digit row number wrapped in the narrow № column and cut
# by a page break (`1` | break | `1` for 11): the № column's rest is the first line
# after the break, as in a dotted table (`1.1` | break | `1`), and the rows after it
# (`1` / `2` for 12) go on in sequence.

def test_a_bare_row_number_cut_by_the_break_is_put_back_together() -> None:
    raw: list[str] = []
    for k in range(1, 11):
        raw += [str(k), f"Задача номер {k}", f"Проект {k}", "- Граждане", "Сокращение"]
    raw += ["1", "Задача номер ", "Проект 11", "- Граждане", "Сокращение", BRK, "1",
            "одиннадцать", "1", "2", "Задача номер 12", "Проект 12", "- Граждане",
            "Сокращение"]
    rows = read(raw, [f"Проект {k}" for k in range(1, 13)])
    assert [r.row_no for r in rows][-3:] == ["10", "11", "12"]
    assert rows[10].task == "Задача номер одиннадцать"
    assert rows[11].project_name == "Проект 12"


# A name's last line that filled its column loses the wrap mark (LibreOffice drops the
# space), yet the name goes on after the break: the lines that, with it, end a known
# name letter for letter are the name's (the other sections may spell its start
# otherwise).

def test_a_filled_name_line_goes_on_with_the_end_of_a_known_name() -> None:
    known = ["Формирование на платформе ГИСП цифровых паспортов промышленных "
             "предприятий (рекомендовано ФОИВ)"]
    rows = read(["1", "Внедрение современных ", "технологий", "Формирование на ",
                 "платформе ", "государственной ", "- Граждане", "Сокращение ",
                 BRK, "информационной ", "системы ", "«Промышленность» ", "(далее ГИСП) ",
                 "цифровых паспортов", "промышленных ", "предприятий ", "(рекомендовано ",
                 "ФОИВ)", "времени"], known)
    assert rows[0].project_name == (
        "Формирование на платформе государственной информационной системы "
        "«Промышленность» (далее ГИСП) цифровых паспортов промышленных предприятий "
        "(рекомендовано ФОИВ)")



def test_a_sector_s_first_dotted_number_cut_before_its_dot() -> None:
    # `4` | break | `.` / `1` for 4.1: the dot went to the repeated header's last word
    # (`проекта.`), `1` opens the page; the sector's later rows (4.2) are dotted.
    rows = read(["4", "Решение проблем ", "Система оплаты", "- Граждане", BRK, "1",
                 "серых перевозок", "4.2", "Повышение качества", "Система учета",
                 "- Граждане"], ["Система оплаты", "Система учета"],
                "4. Транспорт и логистика", {4: "Транспорт и логистика"})
    assert [r.row_no for r in rows] == ["4.1", "4.2"]
    assert rows[0].task == "Решение проблем серых перевозок"


def test_a_sector_s_first_number_cut_before_its_dot_and_glued_to_the_task() -> None:
    # The № piece and the task's first line share a printed line (`6 Осуществление`).
    rows = read(["6 Осуществление мер ", "Система помощи", "- Граждане", BRK, "1",
                 "социальной защиты", "6.2", "Повышение качества", "Система учета",
                 "- Граждане"], ["Система помощи", "Система учета"],
                "6. Социальная сфера", {6: "Социальная сфера"})
    assert [r.row_no for r in rows] == ["6.1", "6.2"]
    assert rows[0].task == "Осуществление мер социальной защиты"


def test_a_later_dotted_number_cut_before_its_dot_goes_on_in_sequence() -> None:
    # 1.11 wrapped `1.1` / `1.` (the lines stage glued `1` / `.`); then 1.12 printed
    # `1` with the task's first line, the dot lost to the header, `1` / `2` after it.
    raw: list[str] = []
    for k in range(1, 11):
        raw += [f"1.{k}", f"Задача номер {k}", f"Проект {k}", "- Граждане"]
    raw += ["1.1", "1.", "Задача номер 11", "Проект 11", "- Граждане",
            "1 Внедрение целевой ", "Проект 12", "- Граждане", BRK, "1", "2",
            "архитектуры данных", "1.1", "3", "Задача номер 13", "Проект 13", "- Граждане"]
    rows = read(raw, [f"Проект {k}" for k in range(1, 14)], "1. Образование и наука",
                {1: "Образование и наука"})
    assert [r.row_no for r in rows][-3:] == ["1.11", "1.12", "1.13"]
    assert rows[11].task == "Внедрение целевой архитектуры данных"


def test_a_later_dotted_number_cut_after_its_dot_counts_in_the_sequence() -> None:
    # 1.9 cut after its dot (`1.` | break | `9`), then 1.11 cut inside (`1.1` | break
    # | `1`): the second is read only if the first counted.
    raw: list[str] = []
    for k in range(1, 9):
        raw += [f"1.{k}", f"Задача номер {k}", f"Проект {k}", "- Граждане"]
    raw += ["1.", "Задача номер ", "Проект 9", "- Граждане", BRK, "9", "девять",
            "1.1", "0", "Задача номер 10", "Проект 10", "- Граждане",
            "1.1", "Задача номер ", "Проект 11", "- Граждане", BRK, "1", "одиннадцать"]
    rows = read(raw, [f"Проект {k}" for k in range(1, 12)], "1. Образование и наука",
                {1: "Образование и наука"})
    assert [r.row_no for r in rows][-3:] == ["1.9", "1.10", "1.11"]
    assert rows[10].task == "Задача номер одиннадцать"


def test_a_compound_s_second_half_broken_at_a_page_break_is_one_word() -> None:
    # `жилищно-коммунал` | break | `ьного хозяйства`: the piece after the hyphen is
    # the broken word's first piece.
    assert join_cell(["Платформа жилищно-коммунал", "ьного хозяйства"]) == \
        "Платформа жилищно-коммунального хозяйства"


def test_a_last_column_cut_inside_a_word_takes_its_rest_after_the_break() -> None:
    # Row 1 stops on `направлени` (a word cut by the column: no wrap mark); after the
    # break `ю «Туризм»` completes it into the end of row 2, printed whole: it is the
    # last column's rest, not the task's.
    a = "Цифровая платформа контрольно-надзорной деятельности"
    b = "Интеллектуальная система мониторинга"
    rows = read(["1", "Повышение доступности и качества ", "контрольно-надзорной ",
                 "за счет цифровизации процессов", "Цифровая платформа контрольно-",
                 "надзорной деятельности", "- Граждане - Органы ", "власти", "Сокращение",
                 "времени ", "получения ", "услуг по ", "направлени", BRK, "ю «Туризм»",
                 "2", "Повышение доступности и качества ", "услуг", "Интеллектуальная система ",
                 "мониторинга", "- Граждане - Органы ", "власти", "Сокращение", "времени ",
                 "получения ", "услуг по ", "направлени", "ю «Туризм»"], [a, b])
    assert rows[0].task == ("Повышение доступности и качества контрольно-надзорной "
                            "за счет цифровизации процессов")
