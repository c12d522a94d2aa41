"""Hand-made section-7 dumps for the text reader's rule tests: a header, a region, a reader.

The rule tests (`test_strategy_rules`, `test_strategy_section7_tails`,
`test_strategy_round2`) each write a few lines of a section 7 and read them with
`read_section7`; `section7` wraps a body in the header LibreOffice prints with every
year on its own line.
"""

from __future__ import annotations

from dataclasses import replace

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
# The same region in a dump whose wrapped lines end with a space (the wrap mark).
SPACED = replace(CTX, spaced=True)


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
