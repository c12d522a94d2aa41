"""Hand-made dumps for the text reader's rule tests: headers, a region, one reader per section.

The rule tests write a few lines of a section and read them here: `section5` (lines of
one sector, `BRK` marking a page break), `section6` and `section7` (a body under the
header LibreOffice prints, every title and year on its own line), `read_section7`.
A trailing space on a line is the wrap mark (the line was wrapped, its cell goes on).
"""

from __future__ import annotations

from dataclasses import replace

from extract.strategy.indicators import Context, read_indicators
from extract.strategy.lexicon import Lexicon
from extract.strategy.projects import read_projects
from extract.strategy.records import IndicatorRecord, TaskLinkRecord
from extract.strategy.sections import Line, Section, find_sections, read_lines
from extract.strategy.task_links import read_task_links
from extract.strategy.words import rejoin_split_words

HEADER = """№
пп
Наименование проекта
Ответственный орган
Наименование показателя
Единица
измерения
2022
2023
2024"""

CTX = Context(region_words={"энской", "области"}, region_last="области")
# The same region in a dump whose wrapped lines end with a space (the wrap mark).
SPACED = replace(CTX, spaced=True)


def dump_lines(raw: list[str]) -> list[Line]:
    """Lines of one page, numbered from 1, as the lines stage takes them."""
    return [Line(i + 1, t, 1, False) for i, t in enumerate(raw)]


def tail_lines(raws: list[str], breaks: tuple[int, ...] = (0,)) -> list[Line]:
    """Tail lines (a trailing space = the wrap mark), a page break before `breaks`;
    a page's lines are numbered on, the next page's from 100 on."""
    out, no = [], 0
    for k, raw in enumerate(raws):
        no = no + 100 if k in breaks and k else no + 1
        out.append(Line(no, raw, 1, k in breaks))
    return out


def rejoined(raw: list[str], spaced: bool = True, lexicon: Lexicon | None = None) -> list[str]:
    """The lines after the lines stage (`lexicon` None: the one built from `raw`)."""
    return [ln.raw for ln in rejoin_split_words(dump_lines(raw), spaced, lexicon)]


def rejoined_by_dictionary(raw: list[str], spaced: bool = True) -> list[str]:
    """The lines stage with an empty lexicon: the dictionary and the rule alone decide."""
    return rejoined(raw, spaced, Lexicon())


def read_section7(text: str, ctx: Context) -> list[IndicatorRecord]:
    """The indicators of a dump holding a section 7 of sector 1, years 2022–2024."""
    sections = find_sections(read_lines(text))
    records, _, years = read_indicators(sections[7], {1: "Образование и наука"}, ctx)
    assert years == [2022, 2023, 2024]
    return records


def section7(body: str, ctx: Context = CTX) -> list[IndicatorRecord]:
    """Read `body` as sector 1 of a section 7."""
    return read_section7(
        f"\n1\n7. Показатели развития отрасли\n1. Образование и наука\n{HEADER}\n{body}\n", ctx)


BRK = "<BRK>"
"""In `section5`'s lines: a page break, the next line is the first on a new page."""
SECTORS = {1: "Здравоохранение"}


def section5(raw: list[str], names: list[str], sector: str = "1. Здравоохранение",
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


HEADER6 = """№
п/п
Наименование проекта
Цель проекта
Срок
Краткое описание проекта
Финансирование
Роль региона в реализации проекта"""


def section6(body: list[str], known: list[str], page: int = 1) -> list[tuple[str, str]]:
    """(name, term) of the projects of `body` read as sector 1 of a section 6 that
    starts on page `page`."""
    text = f"\n{page}\n6. Проекты развития отрасли\n1. Образование и наука\n{HEADER6}\n"
    lines = rejoin_split_words(read_lines(text + "\n".join(body) + "\n"))
    records, _ = read_projects(find_sections(lines)[6], {1: "Образование и наука"}, {1: known})
    return [(r.project_name, r.term) for r in records]


def read_with_section_readers(monkeypatch, indicators, projects, link_name: str):
    """`read_text_records` of one sector with the three section readers replaced
    (`indicators`, `projects`; section 5 links one task to `link_name`), for the
    tests of the order in which the sections are read and read again."""
    from types import SimpleNamespace

    import extract.strategy as strategy

    monkeypatch.setattr(strategy, "find_sections", lambda lines: {5: 5, 6: 6, 7: 7})
    monkeypatch.setattr(strategy, "require_section_8", lambda sections, source: None)
    monkeypatch.setattr(strategy, "sector_names", lambda sections: {1: "Сектор"})
    monkeypatch.setattr(strategy, "read_card", lambda lines, section: SimpleNamespace(title=""))
    monkeypatch.setattr(strategy, "_context", lambda *a: Context(
        project_texts={}, region_words=set(), region_last="", spaced=True))
    monkeypatch.setattr(strategy, "read_indicators", indicators)
    monkeypatch.setattr(strategy, "read_projects", projects)
    monkeypatch.setattr(strategy, "read_task_links", lambda *a: (
        [SimpleNamespace(sector_no="1", project_name=link_name)], []))
    return strategy.read_text_records("x", "x.txt")
