"""Section 5 (task <-> project links) rules found on held-out layouts (random column
widths, fonts and type sizes), on small hand-made strings.

`BRK` stands for a page break: the next line is the first on a new page. A
trailing space on a line is the wrap mark (the line was wrapped, its cell goes on).
"""

from __future__ import annotations

from extract.strategy.records import TaskLinkRecord
from extract.strategy.sections import Line, Section
from extract.strategy.task_links import read_task_links
from extract.strategy.task_tails import list_item

BRK = "<BRK>"
SECTORS = {1: "Здравоохранение"}


def read(raw: list[str], names: list[str], sector: str = "1. Здравоохранение",
         sectors: dict[int, str] | None = None) -> list[TaskLinkRecord]:
    """The links of a section 5 holding `raw` (one sector) and knowing `names`."""
    lines: list[Line] = []
    brk = False
    for text in [sector, *raw]:
        if text == BRK:
            brk = True
            continue
        lines.append(Line(len(lines) + 2, text, 1, brk))
        brk = False
    heading = Line(1, "5. Взаимосвязь задач и проектов стратегии")
    sectors = sectors or SECTORS
    no = next(iter(sectors))
    records, _ = read_task_links(Section(5, heading, lines), sectors, {no: names})
    return records


# A beneficiary column narrower than «- Граждане» wraps at the space after the dash.

def test_a_wrapped_dash_alone_opens_a_list_item_but_a_hyphen_alone_does_not() -> None:
    assert list_item("-", wrapped=True)
    assert not list_item("-")  # `Кабардино` / `-` / `Балкарской`: no space after it


def test_a_name_with_an_open_bracket_ends_before_a_wrapped_dash() -> None:
    # The remark's bracket is never closed («(рекомендовано … (далее ФОИВ)»), so
    # the name looks open; the dash with the wrap mark opens the beneficiaries.
    rows = read(["1", "Подключение организаций к ", "платформе", "Библиотека ",
                 "контента ", "(рекомендовано ", "органом (далее ", "ФОИВ)", "- ",
                 "Граждане ", "- ", "Органы ", "власти", "Сокращение времени",
                 "получения услуг"],
                ["Библиотека контента"])
    assert rows[0].project_name == "Библиотека контента (рекомендовано органом (далее ФОИВ)"
    assert rows[0].task == "Подключение организаций к платформе"


def test_a_name_cut_by_the_break_ends_before_a_wrapped_dash() -> None:
    # The name's first lines, then the beneficiary's first line (a dash) before
    # the break; after it the name's rest. The dash is no part of the name.
    rows = read(["1", "Перевод в электронный вид услуг", "Единая ", "система ",
                 "подведомственных ", "- ", "Граждане ", "- ", "Органы ", "власти",
                 "Сокращение времени", BRK, "учреждений ", "субъекта"],
                ["Единая система подведомственных учреждений субъекта"])
    assert rows[0].project_name == "Единая система подведомственных учреждений субъекта"
    assert rows[0].task == "Перевод в электронный вид услуг"


def test_a_first_row_number_wrapped_before_its_dot_and_cut_by_a_break() -> None:
    # `3` / `.` before the break, `1` after it: row 3.1, whose task goes on there.
    rows = read(["3", ".", "Создание ", "условий для ", "Единая система", "- Граждане",
                 BRK, "1", "использования программ", "3.2", "Повышение доступности",
                 "Личный кабинет", "- Граждане"],
                ["Единая система", "Личный кабинет"], "3. Образование и наука",
                {3: "Образование и наука"})
    assert [r.row_no for r in rows] == ["3.1", "3.2"]
    assert rows[0].task == "Создание условий для использования программ"


def test_a_name_s_rest_opens_no_line_after_a_wrapped_one() -> None:
    # The task's rest ends with the same words as the name's rest: the first
    # «медицинских организаций» follows the task's wrapped line, so it is the task's.
    rows = read(["1", "Создание ", "условий для ", "Автоматизированная ", "система учета ",
                 "- Граждане -", BRK, "использования ", "в деятельности ", "медицинских ",
                 "организаций", "медицинских ", "организаций", "власти"],
                ["Автоматизированная система учета медицинских организаций"])
    assert rows[0].task == ("Создание условий для использования в деятельности "
                            "медицинских организаций")
    assert rows[0].project_name == "Автоматизированная система учета медицинских организаций"
