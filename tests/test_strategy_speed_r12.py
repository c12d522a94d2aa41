"""Round 12 speed work on the text reader: what is made once per document read is the
same as what it replaced, and is forgotten when the read ends."""

from __future__ import annotations

from extract.strategy import projects, sections, words
from extract.strategy.lexicon import Lexicon
from extract.strategy.sections import find_sections, read_lines
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import HEADER6

ROWS = ["1", "Создание банков", "данных", "Повышение", "до 2030 года", "В рамках проекта",
        "Федеральный бюджет", "Участник",
        "2", "Предоставление", "помощи", "Повышение", "к 2023", "году", "В рамках проекта",
        "Федеральный бюджет", "Участник"]
SECTORS = {1: "Образование и наука"}


def _section6():
    text = f"\n1\n6. Проекты развития отрасли\n1. Образование и наука\n{HEADER6}\n"
    lines = rejoin_split_words(read_lines(text + "\n".join(ROWS) + "\n"))
    return find_sections(lines)[6]


def test_joins_are_remembered_within_a_read_only() -> None:
    """`ЕГИС` | break | `СО`: inside `remembered_joins` the join is the one computed
    outside; after it, a join is computed again (a rule changed since is heard)."""
    frags = ["социальных услуг в ЕГИС", "СО"]
    lex = Lexicon(whole={"егиссо"})
    with words.remembered_joins():
        assert words.join_cell(frags, lex) == "социальных услуг в ЕГИССО"
        assert words.join_cell(frags) == "социальных услуг в ЕГИС СО"
        assert words.join_cell(frags, lex) == "социальных услуг в ЕГИССО"
        assert words.join_cell(iter(frags), lex) == "социальных услуг в ЕГИССО"
    assert words._JOINS.get() is None


def test_section_6_is_cut_into_rows_once_per_read(monkeypatch) -> None:
    """Section 6 read again with more names is cut into rows once within a read
    (`remembered_tables`), reads as when cut anew, and a sector whose names did not
    change is not read again."""
    section = _section6()
    names = {1: ["Создание банков данных", "Предоставление помощи"]}
    fewer = {1: ["Создание банков данных"]}
    alone = [projects.read_projects(section, SECTORS, k) for k in (fewer, names)]
    cuts, reads = [], []
    monkeypatch.setattr(projects, "project_table",
                        lambda *a: cuts.append(1) or _cut(*a))
    monkeypatch.setattr(projects, "_read_sector",
                        lambda *a: reads.append(1) or _read(*a))
    with projects.remembered_tables():
        together = [projects.read_projects(section, SECTORS, k)
                    for k in (fewer, names, names)]
    assert together[:2] == alone and together[2] == alone[1]
    assert (together[1][0][0].project_name, together[1][0][0].term) == (
        "Создание банков данных", "до 2030 года")
    assert len(cuts) == 1 and len(reads) == 2
    projects.read_projects(section, SECTORS, names)
    assert len(cuts) == 2  # outside a read, cut anew


_cut, _read = projects.project_table, projects._read_sector


def test_a_line_is_tried_for_the_heading_of_its_number_only() -> None:
    """`_any_heading` reads a heading whose number opens its line, alone or with
    its dot, also wrapped; a value or another number's line is none."""
    assert sections._any_heading(["7. Показатели развития отрасли"], 0)
    assert sections._any_heading(["7", ". Показатели развития", "отрасли"], 0)
    assert sections._any_heading(["6 . Проекты развития отрасли"], 0)
    assert not sections._any_heading(["2024", "Показатели развития отрасли"], 0)
    assert not sections._any_heading(["3. Показатели развития отрасли"], 0)
    assert not sections._any_heading(["78. Показатели развития отрасли"], 0)


def test_page_numbers_take_the_column_rows_found_once() -> None:
    """`_page_numbers` given the column-number rows reads as when it finds them."""
    raw = ["1", "Текст", *["строка"] * 30, "2", "1", "2", "3", "4", "5", "текст",
           *["строка"] * 30, "3", "текст"]
    rows = sections.column_number_rows(raw)
    assert sections._page_numbers(raw, rows) == sections._page_numbers(raw)
