"""The Word reader on small .docx strategies made here with python-docx.

Each document has what Word files of the template have: the card as a two-column
table, sector rows merged across the table (`w:gridSpan`), a project's №, name and
responsible body merged down over its indicator rows (`w:vMerge`), «Значения
показателя по годам» merged over the year columns, header rows marked to repeat
(`w:tblHeader`) and a column-number row. The rendered layouts (tests/render) score
the same reader on whole corpus documents.
"""

from __future__ import annotations

import re
import zipfile
from copy import deepcopy
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement

from extract.errors import ExtractionError
from extract.extraction import extract_file
from extract.strategy.grid import Table
from extract.strategy.table_records import SETTINGS
from extract.word import extract_docx, open_docx
from extract.word.strategy import grid_cells

YEARS = ("2022", "2023", "2024")


def _header_row(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _table(doc, header: list[list[str]], body: list[list[str | None]], *,
           marked: bool = True, numbers: bool = False):
    """`header` cells: "<" merges with the cell to the left, "^" with the one above;
    body cells: None merges down with the cell above, a one-cell row spans the table."""
    width = len(header[0])
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    rows = [*header, *([[str(i) for i in range(1, width + 1)]] if numbers else [])]
    for r, cells in enumerate(rows):
        row = table.add_row()
        if marked:
            _header_row(row)
        for c, text in enumerate(cells):
            if text not in ("<", "^"):
                row.cells[c].text = text
        for c, text in enumerate(cells):
            if text == "<":
                table.cell(r, c - 1).merge(table.cell(r, c))
            elif text == "^":
                table.cell(r - 1, c).merge(table.cell(r, c))
    for cells in body:
        row = table.add_row()
        r = len(table.rows) - 1
        if len(cells) == 1:
            row.cells[0].text = cells[0]
            row.cells[0].merge(row.cells[width - 1])
            continue
        for c, text in enumerate(cells):
            if text is None:
                table.cell(r - 1, c).merge(table.cell(r, c))
            else:
                row.cells[c].text = text
    return table


def write_strategy_docx(path: Path, *, marked: bool = True, numbers: bool = False,
                        body_title: str = "Ответственный исполнитель") -> Path:
    doc = docx.Document()
    doc.add_paragraph("Стратегия в области цифровой трансформации отраслей экономики, "
                      "социальной сферы и государственного управления Тестовой области")
    doc.add_paragraph("2. Раздел «Карточка стратегии (краткое содержание)»")
    card = doc.add_table(rows=0, cols=2)
    for label, value in (("Наименование стратегии:", "Стратегия в области цифровой "
                          "трансформации отраслей экономики, социальной сферы и "
                          "государственного управления Тестовой области"),
                         ("Срок реализации:", "2022-2024 годы")):
        row = card.add_row()
        row.cells[0].text, row.cells[1].text = label, value
    doc.add_paragraph("5. Раздел «Взаимосвязь задач и проектов стратегии»")
    _table(doc, [["№ п/п", "Задачи отрасли", "Наименование проекта", "Бенефициар",
                  "Выгоды для бенефициара"]],
           [["1. Здравоохранение"],
            ["1.1", "Запись к врачу онлайн", "Электронная регистратура", "Граждане",
             "Экономия времени"],
            ["1.2", None, "Телемедицина", "Граждане", "Доступность"],
            ["2. Образование"],
            ["2.1", "Цифровая школа", "Электронный дневник", "Родители", "Прозрачность"]],
           marked=marked, numbers=numbers)
    doc.add_paragraph("6. Раздел «Проекты развития отрасли»")
    _table(doc, [["№ п/п", "Наименование проекта", "Цель проекта", "Срок реализации",
                  "Краткое описание", "Финансирование", "Роль региона"]],
           [["1. Здравоохранение"],
            ["1", "Электронная регистратура", "Запись онлайн", "2022-2024", "Сервис",
             "Областной бюджет", "Координатор"],
            ["2", "Телемедицина", "Консультации", "2023", "Платформа", "Федеральный бюджет",
             "Участник"],
            ["2. Образование"],
            ["1", "Электронный дневник", "Оценки онлайн", "2024", "Сервис",
             "Областной бюджет", "Координатор"]],
           marked=marked, numbers=numbers)
    doc.add_paragraph("7. Раздел «Показатели развития отрасли»")
    _table(doc, [["№ п/п", "Наименование проекта", body_title, "Наименование показателя",
                  "Единица измерения", "Значения показателя по годам", "<", "<"],
                 ["^", "^", "^", "^", "^", *YEARS]],
           [["1. Здравоохранение"],
            ["1", "Электронная регистратура", "Министерство здравоохранения",
             "Доля записей онлайн", "процентов", "10", "20", "30"],
            [None, None, None, "Число врачей в системе", "человек", "100", "", "300"],
            ["2", "Телемедицина", "Министерство здравоохранения", "Число консультаций",
             "единиц", "5", "6", "7"],
            ["2. Образование"],
            ["1", "Электронный дневник", "Министерство образования", "Доля школ",
             "процентов", "50", "75", "100"]],
           marked=marked, numbers=numbers)
    doc.add_paragraph("8. Раздел «Ресурсное обеспечение реализации стратегии»")
    doc.save(path)
    return path


EXPECTED_INDICATORS = [
    ("1", "Электронная регистратура", "Министерство здравоохранения", "Доля записей онлайн",
     2022, "10"),
    ("1", "Электронная регистратура", "Министерство здравоохранения", "Доля записей онлайн",
     2023, "20"),
    ("1", "Электронная регистратура", "Министерство здравоохранения", "Доля записей онлайн",
     2024, "30"),
    ("1", "Электронная регистратура", "Министерство здравоохранения",
     "Число врачей в системе", 2022, "100"),
    ("1", "Электронная регистратура", "Министерство здравоохранения",
     "Число врачей в системе", 2024, "300"),
    ("1", "Телемедицина", "Министерство здравоохранения", "Число консультаций", 2022, "5"),
    ("1", "Телемедицина", "Министерство здравоохранения", "Число консультаций", 2023, "6"),
    ("1", "Телемедицина", "Министерство здравоохранения", "Число консультаций", 2024, "7"),
    ("2", "Электронный дневник", "Министерство образования", "Доля школ", 2022, "50"),
    ("2", "Электронный дневник", "Министерство образования", "Доля школ", 2023, "75"),
    ("2", "Электронный дневник", "Министерство образования", "Доля школ", 2024, "100"),
]


@pytest.mark.parametrize("marked,numbers", [(True, False), (False, False), (True, True),
                                            (False, True)])
def test_rows_come_back_as_written(tmp_path, marked, numbers):
    path = write_strategy_docx(tmp_path / "strategy.docx", marked=marked, numbers=numbers)
    out = extract_docx(path)
    got = [(r["sector_no"], r["project_name"], r["responsible_org"], r["indicator_name"],
            r["year"], r["value_raw"]) for r in out["strategy_indicators"]]
    assert got == EXPECTED_INDICATORS
    assert [(r["sector_no"], r["project_no"], r["project_name"], r["term"])
            for r in out["strategy_projects"]] == [
        ("1", "1", "Электронная регистратура", "2022-2024"), ("1", "2", "Телемедицина", "2023"),
        ("2", "1", "Электронный дневник", "2024")]
    # Task 1.1 is merged down over row 1.2: both rows carry it.
    assert [(r["row_no"], r["task"], r["project_name"]) for r in out["strategy_task_links"]] == [
        ("1.1", "Запись к врачу онлайн", "Электронная регистратура"),
        ("1.2", "Запись к врачу онлайн", "Телемедицина"),
        ("2.1", "Цифровая школа", "Электронный дневник")]
    (document,) = out["documents"]
    assert document["region"] == "Тестовая область"
    assert (document["period_start"], document["period_end"]) == (2022, 2024)
    assert {r["sector_name"] for r in out["strategy_indicators"]} == {"Здравоохранение",
                                                                       "Образование"}


def test_merged_cells_are_covered_positions(tmp_path):
    """gridSpan across and vMerge down become None after the cell's first position."""
    path = write_strategy_docx(tmp_path / "strategy.docx")
    tables = open_docx(path).tables
    rows = [cells for cells, _ in grid_cells(tables[-1])]
    assert rows[0][5:] == ["Значения показателя по годам", None, None]
    assert rows[1][:5] == [None] * 5 and rows[1][5:] == list(YEARS)
    assert rows[2] == ["1. Здравоохранение"] + [None] * 7
    assert rows[4][:3] == [None, None, None] and rows[4][3] == "Число врачей в системе"
    assert [marked for _, marked in grid_cells(tables[-1])][:3] == [True, True, False]


def test_responsible_body_titles(tmp_path):
    """«Ответственный РОИВ» / «Республиканский орган …» name the same column."""
    for title in ("Ответственный РОИВ", "Республиканский орган исполнительной власти"):
        path = write_strategy_docx(tmp_path / "strategy.docx", body_title=title)
        orgs = {r["responsible_org"] for r in extract_docx(path)["strategy_indicators"]}
        assert orgs == {"Министерство здравоохранения", "Министерство образования"}


def test_through_extract_file(tmp_path):
    path = write_strategy_docx(tmp_path / "strategy.docx")
    extraction = extract_file(path)
    assert extraction.rows("documents")[0]["format"] == "docx"
    assert len(extraction.rows("strategy_indicators")) == len(EXPECTED_INDICATORS)


def test_row_that_cannot_be_placed_is_a_finding(tmp_path):
    """An indicator row above every project row (no № yet) is reported, not merged."""
    doc = docx.Document(write_strategy_docx(tmp_path / "strategy.docx"))
    table = doc.tables[-1]
    orphan = deepcopy(table.rows[5]._tr)  # project 2's row, its № cleared
    table.rows[2]._tr.addnext(orphan)  # right under the sector row
    table.rows[3].cells[0].paragraphs[0].runs[0].text = ""
    doc.save(tmp_path / "orphan.docx")
    out = extract_docx(tmp_path / "orphan.docx")
    findings = [f for f in out["findings"] if f["check"] == "table_row_not_placed"]
    assert len(findings) == 1 and "before any project row" in findings[0]["message"]
    got = [(r["project_name"], r["indicator_name"]) for r in out["strategy_indicators"]]
    assert got.count(("Телемедицина", "Число консультаций")) == 3  # its own row only


def test_corrupt_docx_names_the_file(tmp_path):
    bad = tmp_path / "broken.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("word/document.xml", "<not xml")
    with pytest.raises(ExtractionError, match=r"^broken\.docx: "):
        extract_file(bad)


def test_docx_without_strategy_tables_names_the_file(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Стратегия в области цифровой трансформации Тестовой области")
    doc.add_paragraph("5. Раздел «Взаимосвязь задач и проектов стратегии»")
    doc.add_paragraph("7. Раздел «Показатели развития отрасли»")
    doc.add_paragraph("Таблица будет добавлена позже.")
    doc.save(tmp_path / "draft.docx")
    with pytest.raises(ExtractionError, match=r"^draft\.docx: no table of sections 5–7"):
        extract_docx(tmp_path / "draft.docx")


@pytest.mark.parametrize("field,title,col", [
    ("number", "№ п/п", 0), ("number", "N", 0), ("task", "Задачи отрасли", 1),
    ("project", "Наименование проекта", 2), ("project", "Проект", 2),
    ("beneficiary", "Бенефициар проекта", 3), ("effect", "Выгоды для бенефициара", 4),
    ("effect", "Ожидаемый эффект", 4), ("name", "Наименовани е проекта", 1),
    ("goal", "Цель проекта", 2), ("term", "Срок реализации проекта", 3),
    ("description", "Краткое описание проекта", 4), ("financing", "Финансирование", 5),
    ("role", "Роль региона в реализации проекта", 6),
    ("responsible", "Ответственный исполнитель", 2), ("responsible", "Ответственный РОИВ", 2),
    ("responsible", "Республиканский орган исполнительной власти", 2),
    ("responsible", "Исполнитель", 2), ("indicator", "Наименование показателя", 3),
    ("indicator", "Показатель", 3), ("indicator_any", "Значения показателя по годам", 5),
    ("unit", "Единица измерения", 4), ("unit", "Ед. изм.", 4),
])
def test_header_patterns(field, title, col):
    """Each column role found from a hand-made title at its place among other titles."""
    titles = ["", "", "", "", "", "", ""]
    titles[col] = title
    table = Table(page=None, position=0, header=[titles])
    assert table.find(getattr(SETTINGS, field)) == col


def test_sector_patterns():
    assert re.fullmatch(SETTINGS.sector, "3. Транспорт и логистика")
    assert re.fullmatch(SETTINGS.sector_unnumbered, "Государственное управление")
    assert not re.fullmatch(SETTINGS.sector_unnumbered, "1.1")
