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
