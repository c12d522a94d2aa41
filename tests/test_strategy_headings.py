"""Section headings wrapped over lines: a large heading on a narrow page prints
«5. Раздел «Взаимосвязь задач и» / «проектов стратегии»», in the table of contents
and in the body alike."""

from __future__ import annotations

import re
from pathlib import Path

from extract.strategy import extract_strategy_text
from extract.strategy.sections import find_sections, read_lines
from extract.strategy.settings import SETTINGS

RENDERED = Path(__file__).parent / "fixtures" / "rendered" / "a4-portrait-10-razdel" / "000.txt"

DUMP = """ОГЛАВЛЕНИЕ
5. Раздел «Взаимосвязь задач и проектов 
стратегии» ........................................ 7
7. Раздел «Показатели развития 
отрасли» ........................................ 9
2
5. Раздел «Взаимосвязь задач и 
проектов стратегии»
№ п/п
7. Раздел «Показатели 
развития 

отрасли»
№ п/п
"""


def test_a_wrapped_heading_opens_its_section_after_its_last_line() -> None:
    lines = read_lines(DUMP)
    sections = find_sections(lines)
    assert sorted(sections) == [5, 7]
    assert sections[5].heading.text == "5. Раздел «Взаимосвязь задач и"
    assert sections[5].lines[0].text == "№ п/п"
    assert sections[7].heading.text == "7. Раздел «Показатели"
    assert [ln.text for ln in sections[7].lines if not ln.empty] == ["№ п/п"]


def test_a_wrapped_table_of_contents_entry_is_no_heading() -> None:
    toc_only = DUMP.split("\n2\n")[0]
    assert find_sections(read_lines(toc_only)) == {}


def test_a_heading_longer_than_the_setting_is_not_read_on() -> None:
    one_per_line = "7. Раздел\n«Показатели\nразвития\nотрасли»"
    assert len(one_per_line.splitlines()) > SETTINGS.heading_lines
    assert 7 not in find_sections(read_lines(one_per_line))


def _wrap_headings(text: str) -> str:
    """The body's headings of sections 5 and 7 wrapped before their last word (the
    table of contents keeps its entries)."""
    def wrap(m: re.Match[str]) -> str:
        head, last = m.group(0).rsplit(" ", 1)
        return f"{head} \n{last}"
    return re.sub(r"^[57]\. Раздел «[^.\n]*»$", wrap, text, flags=re.MULTILINE)


def test_a_rendered_strategy_reads_the_same_with_its_headings_wrapped() -> None:
    text = RENDERED.read_text(encoding="utf-8")
    wrapped = _wrap_headings(text)
    assert wrapped.count("\nпроектов стратегии»\n") == 0  # wrapped before the last word
    assert wrapped.count("\nстратегии»\n") == 1 and wrapped.count("\nотрасли»\n") == 1
    want = extract_strategy_text(text, RENDERED.name)
    got = extract_strategy_text(wrapped, RENDERED.name)
    for table in ("strategy_indicators", "strategy_projects", "strategy_task_links"):
        assert len(got[table]) == len(want[table]) > 0
        assert [_unplaced(r) for r in got[table]] == [_unplaced(r) for r in want[table]]


def _unplaced(row: dict) -> dict:
    """A row without its line number (each body line moves by the wrap)."""
    return {k: v for k, v in row.items() if k != "source_line"}
