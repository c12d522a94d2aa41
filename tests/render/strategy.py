"""A whole strategy of the federal template as a Word document, from known content.

Title page, contents, the eight sections; section 2's card; sections 5, 6 and 7 as
real Word tables: header rows repeated on every page, a sector's heading as a row
merged across the table, in section 7 a project's №, name and responsible body
merged down over its indicator rows, every row free to break across pages. How it
is set (paper, type, widths, header wording, decimals) comes from a `Layout`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from docx.document import Document as DocumentObject

from tests.render.content import (
    SECTION_TITLES,
    Row,
    StrategyContent,
    indicator_cells,
    project_cells,
    sectors,
    task_link_cells,
)
from tests.render.grid import LEFT, UP
from tests.render.layouts import Layout
from tests.render.word import (
    BodyRow,
    SpanRow,
    add_table,
    cell_width_cm,
    new_document,
    page_number_footer,
    paragraph,
    save,
)

TITLE = ("Стратегия в области цифровой трансформации отраслей экономики, социальной сферы "
         "и государственного управления {region}")


def heading(n: int, layout: Layout) -> str:
    title = SECTION_TITLES[n - 1]
    return f"{n}. Раздел «{title}»" if layout.razdel else f"{n}. {title}"


def headers(layout: Layout, years: Sequence[int]) -> dict[int, list[list[str]]]:
    """The header grids of sections 5, 6, 7 (LEFT/UP mark merged cells)."""
    no = layout.number_header
    h5 = [[no, "Задачи отрасли", "Наименование проекта", "Бенефициар проекта",
           "Выгоды для бенефициара проекта"]]
    h6 = [[no, "Наименование проекта", "Цель проекта", "Срок реализации проекта",
           "Краткое описание проекта", "Финансирование проекта",
           "Роль региона в реализации проекта"]]
    lead = [no, "Наименование проекта", layout.body_header, "Наименование показателя",
            "Единица измерения"]
    if layout.years_merged:
        h7 = [[*lead, "Значения показателя по годам", *[LEFT] * (len(years) - 1)],
              [*[UP] * len(lead), *map(str, years)]]
    else:
        h7 = [[*lead, *map(str, years)]]
    grids = {5: h5, 6: h6, 7: h7}
    if layout.numbers_row:
        for grid in grids.values():
            grid.append([str(i + 1) for i in range(len(grid[0]))])
    return grids


def _widths(relative: Sequence[float], layout: Layout) -> list[float]:
    total = sum(relative)
    return [layout.page.text_width_cm * w / total for w in relative]


def _widths7(layout: Layout, n_years: int) -> list[float]:
    """Section 7's columns; each year column at least holds `2022` (a region widens
    them rather than print `202` / `2`), taken from the indicator column while it keeps
    40 % of its width, the rest from the name and body columns (many years on a narrow
    page)."""
    widths = _widths((*layout.widths7[:-1], *[layout.widths7[-1]] * n_years), layout)
    need = cell_width_cm(4, layout.size_pt)
    deficit = sum(max(0.0, need - w) for w in widths[-n_years:])
    widths[-n_years:] = [max(w, need) for w in widths[-n_years:]]
    from_indicator = min(deficit, widths[3] * 0.6)
    widths[3] -= from_indicator
    rest = deficit - from_indicator
    if rest:
        share = widths[1] + widths[2]
        widths[1] -= rest * widths[1] / share
        widths[2] -= rest * widths[2] / share
    return widths


def _sector_table(doc: DocumentObject, layout: Layout, rows: list[Row],
                  header: list[list[str]], widths_cm: Sequence[float],
                  to_cells: Callable[[list[Row]], list[list[str | None]]]) -> None:
    body: list[BodyRow] = []
    for no, name, sector_rows in sectors(rows):
        body.append(SpanRow(f"{no}. {name}"))
        body += to_cells(sector_rows)
    add_table(doc, widths_cm, header, body, size_pt=layout.size_pt)


def write_strategy_docx(path: Path, content: StrategyContent, layout: Layout) -> Path:
    """Render `content` in `layout` to `path` (.docx); returns `path`."""
    doc = new_document(layout.page, layout.font, layout.size_pt)
    page_number_footer(doc.sections[0])
    years = content.years
    period = f"{years[0]}–{years[-1]}"
    title = TITLE.format(region=content.region)
    big = layout.size_pt + 4

    paragraph(doc, "УТВЕРЖДЕНА распоряжением Правительства от 10.08.2022 № 1")
    for _ in range(6):
        paragraph(doc, "")
    paragraph(doc, title.upper(), bold=True, size_pt=big, center=True)
    paragraph(doc, f"{years[0]} год", center=True)

    paragraph(doc, "ОГЛАВЛЕНИЕ", bold=True, page_break_before=True)
    for n in range(1, 9):
        paragraph(doc, f"{heading(n, layout)} " + "." * 40 + f" {n + 2}")

    paragraph(doc, heading(1, layout), bold=True, size_pt=big, page_break_before=True)
    paragraph(doc, "Основаниями разработки стратегии в области цифровой трансформации "
                   f"отраслей экономики, социальной сферы и государственного управления "
                   f"{content.region} являются указы Президента Российской Федерации. Срок "
                   f"реализации стратегии цифровой трансформации – {period} годы.")

    paragraph(doc, heading(2, layout), bold=True, size_pt=big)
    card = [["Наименование стратегии:", title], ["Срок реализации:", f"{period} годы"],
            ["Что делаем", "Повышаем эффективность государственного управления"],
            ["Кто делает", "Органы исполнительной власти"],
            ["Результаты стратегии", "Рост доли услуг, предоставляемых в электронном виде"]]
    add_table(doc, _widths((25, 75), layout), [], card, repeat_header=False)

    paragraph(doc, heading(3, layout), bold=True, size_pt=big)
    paragraph(doc, "Цель – достижение цифровой зрелости ключевых отраслей экономики и "
                   "социальной сферы, в том числе здравоохранения и образования, а также "
                   "государственного управления.")
    paragraph(doc, heading(4, layout), bold=True, size_pt=big)
    for no, name, _ in sectors(content.projects):
        paragraph(doc, f"4.{no}. {name}.", bold=True)
        paragraph(doc, "Низкий уровень цифровых компетенций и недостаточная оснащенность.")

    grids = headers(layout, years)
    paragraph(doc, heading(5, layout), bold=True, size_pt=big, page_break_before=True)
    _sector_table(doc, layout, content.task_links, grids[5], _widths(layout.widths5, layout),
                  task_link_cells)
    paragraph(doc, heading(6, layout), bold=True, size_pt=big)
    _sector_table(doc, layout, content.projects, grids[6], _widths(layout.widths6, layout),
                  project_cells)
    paragraph(doc, heading(7, layout), bold=True, size_pt=big)
    _sector_table(doc, layout, content.indicators, grids[7], _widths7(layout, len(years)),
                  lambda rows: indicator_cells(rows, years, layout.decimal))

    paragraph(doc, heading(8, layout), bold=True, size_pt=big)
    paragraph(doc, "8.1. Участники реализации стратегии.")
    add_table(doc, _widths((10, 60, 30), layout), [["№", "Участник", "Роль"]],
              [["1", "Министерство цифрового развития", "Координатор"]])
    paragraph(doc, "8.2. Финансирование реализации стратегии осуществляется за счет средств "
                   "бюджета субъекта Российской Федерации и федерального бюджета.")
    return save(doc, path)
