"""Records -> contract rows: year assignment, numbers, cross-section checks.

Format-independent: a PDF reader that builds the same records gets the same
rows and findings.
"""

from __future__ import annotations

from typing import Any

from extract.strategy.identity import link_projects
from extract.strategy.records import (
    Finding,
    IndicatorRecord,
    StrategyRecords,
)
from extract.text import parse_number

Row = dict[str, Any]


def value_years(rec: IndicatorRecord) -> tuple[list[int | None], Finding | None]:
    """The year of each value. Values fill the year columns left to right only when
    there are exactly as many; otherwise (and unless the reader knows each value's
    column) the years are left empty and the row is reported, never shifted."""
    if rec.value_years is not None and len(rec.value_years) == len(rec.values):
        return list(rec.value_years), None
    if len(rec.values) == len(rec.year_columns):
        return list(rec.year_columns), None
    finding = Finding(
        check="values_without_years",
        object=f"{rec.project_name} / {rec.indicator_name}",
        expected=str(len(rec.year_columns)),
        actual=str(len(rec.values)),
        message=f"{len(rec.values)} value cells for {len(rec.year_columns)} year columns "
                f"({', '.join(map(str, rec.year_columns))}); the source does not show which "
                "years they belong to, so `year` is left empty",
        source_line=rec.source_line,
        source_page=rec.source_page,
    )
    return [None] * len(rec.values), finding


def indicator_rows(records: list[IndicatorRecord]) -> tuple[list[Row], list[Finding]]:
    rows: list[Row] = []
    findings: list[Finding] = []
    for rec in records:
        years, finding = value_years(rec)
        if finding:
            findings.append(finding)
        for year, raw in zip(years, rec.values, strict=True):
            rows.append({
                "sector_no": rec.sector_no,
                "sector_name": rec.sector_name,
                "project_no": rec.project_no,
                "project_name": rec.project_name,
                "responsible_org": rec.responsible_org,
                "indicator_name": rec.indicator_name,
                "unit": rec.unit,
                "year": year,
                "value_raw": raw,
                "value": parse_number(raw) or "",
                "source_line": rec.source_line,
                "source_page": rec.source_page,
            })
    return rows, findings


def _finding_row(f: Finding) -> Row:
    return {
        "check": f.check, "object": f.object, "year": f.year, "expected": f.expected,
        "actual": f.actual, "message": f.message, "source_line": f.source_line,
        "source_page": f.source_page,
    }


def to_rows(rec: StrategyRecords, source_file: str) -> dict[str, list[Row]]:
    """All contract tables (plus findings) for one strategy."""
    card = rec.card
    documents = [{
        "source_file": source_file, "doc_type": "strategy", "region": card.region,
        "title": card.title, "act_date": card.act_date, "act_number": card.act_number,
        "period_start": card.period_start, "period_end": card.period_end,
    }]
    projects = [{
        "source_file": source_file, "sector_no": p.sector_no, "sector_name": p.sector_name,
        "project_no": p.project_no, "project_name": p.project_name, "goal": p.goal,
        "term": p.term, "description": p.description, "financing": p.financing,
        "region_role": p.region_role, "source_line": p.source_line,
        "source_page": p.source_page,
    } for p in rec.projects]
    links = [{
        "source_file": source_file, "sector_no": t.sector_no, "sector_name": t.sector_name,
        "row_no": t.row_no, "task": t.task, "project_name": t.project_name,
        "beneficiaries": t.beneficiaries, "effect": t.effect, "source_line": t.source_line,
        "source_page": t.source_page,
    } for t in rec.task_links]
    indicators, year_findings = indicator_rows(rec.indicators)
    for row in indicators:
        row["source_file"] = source_file
    findings = [*rec.findings, *year_findings]
    return link_projects({
        "documents": documents,
        "strategy_projects": projects,
        "strategy_task_links": links,
        "strategy_indicators": indicators,
        "findings": [{"source_file": source_file, **_finding_row(f)} for f in findings],
    })
