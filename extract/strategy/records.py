"""Format-independent row records of a strategy's tables.

A reader (text dump, PDF, ...) rebuilds the template's tables into these records;
`extract.strategy.rows` turns them into contract rows. Keeping this boundary means
that name reconciliation, year assignment and number parsing are written once,
whatever the source format. Text fields hold the cell's text already joined by
`extract.text.join_fragments`; nothing here is parsed or cleaned further.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.findings import Finding


@dataclass
class StrategyCard:
    """Section 2 «Карточка стратегии» and the title page: one per document."""

    region: str
    title: str
    period_start: int | None
    period_end: int | None
    act_date: str = ""  # ISO date, only when printed
    act_number: str = ""
    source_line: int | None = None
    source_page: int | None = None


@dataclass
class TaskLinkRecord:
    """One row of section 5 «Взаимосвязь задач и проектов стратегии»."""

    sector_no: str
    sector_name: str
    row_no: str
    task: str
    project_name: str
    beneficiaries: str
    effect: str
    source_line: int | None = None
    source_page: int | None = None


@dataclass
class ProjectRecord:
    """One row of section 6 «Проекты развития отрасли»."""

    sector_no: str
    sector_name: str
    project_no: str
    project_name: str
    goal: str
    term: str
    description: str
    financing: str
    region_role: str
    source_line: int | None = None
    source_page: int | None = None


@dataclass
class IndicatorRecord:
    """One indicator row of section 7 «Показатели развития отрасли».

    `values` are the row's value cells as printed, left to right; `year_columns`
    are the years of the table header. When a reader knows which column each value
    sits in (a PDF reader does, from x positions) it fills `value_years` (same
    length as `values`, None where unknown); a reader that cannot tell leaves it
    None, and a row with fewer values than years then gets no years at all.
    """

    sector_no: str
    sector_name: str
    project_no: str
    project_name: str
    responsible_org: str
    indicator_name: str
    unit: str
    values: list[str]
    year_columns: list[int]
    source_line: int | None = None
    source_page: int | None = None
    value_years: list[int | None] | None = None
    project_line: int | None = None  # where the project's name starts


@dataclass
class StrategyRecords:
    """Everything a reader rebuilt from one strategy document."""

    card: StrategyCard
    task_links: list[TaskLinkRecord] = field(default_factory=list)
    projects: list[ProjectRecord] = field(default_factory=list)
    indicators: list[IndicatorRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
