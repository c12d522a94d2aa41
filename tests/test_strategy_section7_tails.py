"""Section 7 rules for narrow columns and page-break tails, on small hand-made dumps."""

from __future__ import annotations

from extract.strategy.indicators import Context, read_indicators
from extract.strategy.records import IndicatorRecord
from extract.strategy.sections import find_sections, read_lines

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


def section7(body: str, ctx: Context = CTX) -> list[IndicatorRecord]:
    """Read `body` as sector 1 of a section 7."""
    text = f"\n1\n7. Показатели развития отрасли\n1. Образование и наука\n{HEADER}\n{body}\n"
    sections = find_sections(read_lines(text))
    records, _, years = read_indicators(sections[7], {1: "Образование и наука"}, ctx)
    assert years == [2022, 2023, 2024]
    return records


def test_values_broken_inside_a_narrow_year_column_are_one_value() -> None:
    recs = section7("""1
Проект
Министерство Энской области
Доля граждан
тыс. чел.
287,6
6
415,6
6
531,7
3
Число записей
процентов
1
2
3""")
    assert [r.values for r in recs] == [["287,66", "415,66", "531,73"], ["1", "2", "3"]]


def test_next_project_number_after_values_is_no_piece_of_a_value() -> None:
    recs = section7("""1.1
Проект
Министерство Энской области
Доля граждан
процентов
5
1000
7
1.2
Второй проект
Министерство Энской области
Число записей
процентов
1
2
3""")
    assert [r.values for r in recs] == [["5", "1000", "7"], ["1", "2", "3"]]
    assert [r.project_no for r in recs] == ["1.1", "1.2"]
