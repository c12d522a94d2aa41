"""The one record builder: a `Decree` (any form) -> contract rows and findings.

Stages: tables are told apart by their header (funding: a source column or
sources as columns; indicators: indicator + unit columns), each table's column
spec is read from its header (`layout`), its rows become records (`funding`,
`indicators`), the records become contract rows, and the arithmetic is checked
(`reconcile`). The passport's funding paragraph and the act's header come from
the decree's running text.
"""

from __future__ import annotations

import re

from extract.amendment.act import period_after_amendment, read_act
from extract.amendment.decree import Decree
from extract.amendment.findings import DUPLICATE, LOST_PAGE, YEARS_INFERRED
from extract.amendment.funding import (
    FundingItem,
    column_source_items,
    funding_items,
    funding_layout,
    funding_rows,
    is_funding_table,
)
from extract.amendment.indicators import (
    indicator_layout,
    indicator_records,
    indicator_rows,
    is_indicator_table,
)
from extract.amendment.layout import Layout, infer_years, stage_periods
from extract.amendment.passport import PassportFigure, passport_figures
from extract.amendment.reconcile import check_funding, check_passport
from extract.amendment.settings import SETTINGS
from extract.amendment.sources import CONTRACT_SOURCES
from extract.amendment.tables import Table, appendix_captions
from extract.errors import ExtractionError
from extract.findings import Finding

_TERM = re.compile(r"Срок\w*\s+реализации[^\n]*", re.IGNORECASE)


def read_decree(decree: Decree, source_file: str) -> dict[str, list[dict]]:
    """Contract rows (plus `findings`) for one amendment decree in any form.

    Raises ExtractionError naming the file and what is missing when the text is
    not a decree (no «от <date> № <number>» header, no amended program) or when
    an appendix the decree refers to is not there or has no readable rows.
    """
    lines, text = decree.lines, decree.text
    act = read_act(lines)
    if not act.act_date or not act.act_number:
        raise ExtractionError(source_file, "not a decree: no «от <date> № <number>» in its header")
    if not act.program_name:
        raise ExtractionError(
            source_file, "no amended state program named in the title "
            "(«О внесении изменений … государственной программы … «<name>»»)")

    tables = decree.tables
    funding_tables = [t for t in tables if is_funding_table(t.header, t.rows)]
    indicator_tables = [t for t in tables if t not in funding_tables
                        and is_indicator_table(t.header, t.rows, t.column_count)]
    figures = passport_figures(decree.passport)
    _require_appendices(text, lines, source_file, decree.all_tables,
                        [*funding_tables, *indicator_tables], has_passport=bool(figures))

    findings: list[Finding] = [
        Finding(LOST_PAGE, "funding" if table in funding_tables else "indicators",
                f"the {'funding' if table in funding_tables else 'indicator'} table starts at "
                f"line {table.first_line} with a repeated column-number row: its caption, "
                "header and first page are missing", source_line=table.first_line)
        for table in (*funding_tables, *indicator_tables) if table.header_lost
    ]
    term_texts = _TERM.findall(text)
    period = period_after_amendment(text)
    whole_period = [list(range(period[0], period[1] + 1))] if period[0] and period[1] else []

    items: list[FundingItem] = []
    funding_years: list[list[int]] = []
    for table in funding_tables:
        layout = funding_layout(table.header, table.year_columns())
        if not layout.year_cols and not layout.source_cols:
            layout.year_cols = _inferred(table, layout, [
                *stage_periods(table.heading), *stage_periods(term_texts), *whole_period,
            ], findings)
        read = column_source_items if layout.source_cols else funding_items
        table_items, table_findings = read(table.rows, layout)
        funding_years.append(sorted({y for y in layout.year_cols.values() if y is not None}
                                    | {y for i in table_items for a in i.amounts.values()
                                       for y in a}))
        items += table_items
        findings += table_findings
        findings += check_funding(table_items)  # per table: each is one outline

    names = {item.item_no: item.name for item in items if item.item_no}
    records = []
    for table in indicator_tables:
        layout = indicator_layout(table.header, table.year_columns())
        if not layout.year_cols:
            layout.year_cols = _inferred(table, layout, [
                *stage_periods(table.heading), *funding_years, *stage_periods(term_texts),
                *stage_periods([text]), *whole_period,
            ], findings)
        table_records, table_findings = indicator_records(table.rows, layout, names)
        records += table_records
        findings += table_findings

    program_row = next((item for item in items if not item.item_no), None)
    findings += check_passport(figures, program_row)

    period_start, period_end = period_after_amendment(
        text, program_row.name if program_row else "")
    document = {
        "doc_type": "program_amendment", "region": act.region, "title": act.title,
        "act_date": act.act_date, "act_number": act.act_number,
        "period_start": period_start, "period_end": period_end,
        "program_name": act.program_name, "amended_act_date": act.amended_act_date,
        "amended_act_number": act.amended_act_number,
    }
    passport = [
        {"source": f.source, "year": f.year, "amount_thousand_rub": f.amount,
         "source_line": f.line, "source_page": None}
        for f in _first_per_key(figures, findings) if f.source in CONTRACT_SOURCES
    ]
    return {
        "documents": [document],
        "program_passport_funding": passport,
        "program_funding": funding_rows(items),
        "program_indicators": indicator_rows(records),
        "findings": [{"source_file": source_file, **f.row()} for f in findings],
    }


def _first_per_key(figures: list[PassportFigure], findings: list[Finding]
                   ) -> list[PassportFigure]:
    """One figure per source and year; a second, different one is reported, not summed."""
    seen: dict[tuple, PassportFigure] = {}
    for f in figures:
        first = seen.setdefault((f.source, f.year), f)
        if first is not f and first.amount != f.amount:
            findings.append(Finding(
                DUPLICATE, f"passport {f.source}",
                f"passport {f.source} {f.year or 'whole period'} printed twice: {first.amount} "
                f"(line {first.line}) and {f.amount}; the first is kept",
                year=f.year, expected=first.amount, actual=f.amount, source_line=f.line))
    return list(seen.values())


def _inferred(table: Table, layout: Layout, candidates: list[list[int]],
              findings: list[Finding]) -> dict[int, int | None]:
    """Year columns for a table whose year header was lost, with a finding saying so."""
    width = table.column_count or max(len(r.cells) for r in table.rows)
    value_cols = list(range(layout.first_value_col, width))
    years = infer_years(value_cols, candidates)
    known = [y for y in years.values() if y is not None]
    if known:
        message = (f"year header missing: {len(value_cols)} value columns read as "
                   f"{known[0]}–{known[-1]} (the stage/period with that many years)")
    else:
        message = (f"year header missing and no stage/period of {len(value_cols)} years "
                   "printed: values recorded without a year")
    findings.append(Finding(YEARS_INFERRED, "indicators" if layout.unit_col is not None
                            else "funding", message, source_line=table.first_line))
    return years


def _require_appendices(text: str, lines: list[str], source_file: str, all_tables: list[Table],
                        used: list[Table], *, has_passport: bool) -> None:
    """A decree must carry the appendices it restates; a cut-off file must not pass.

    An appendix is present when a table with rows stands under its caption, when
    its caption heads no table at all (a text appendix), or when a table whose
    caption was lost in conversion can stand for it. A caption over a table
    header with no rows is a file cut off there.
    """
    referenced = sorted({int(n) for n in SETTINGS.reference.findall(text)})
    captioned = set(appendix_captions(lines).values())
    with_rows = {t.caption for t in used}
    headers_only = {t.caption for t in all_tables if not t.rows} - with_rows
    present = {n for n in captioned if n in with_rows or n not in headers_only}
    missing = [n for n in referenced if n not in present]
    missing = missing[sum(1 for t in used if t.caption is None):]
    if missing:
        raise ExtractionError(
            source_file,
            f"the decree restates Приложение № {', '.join(map(str, missing))} but the document "
            "has no such appendix, or no table with readable rows stands under it "
            "(cut off, or a table form this reader does not know)")
    if not used and not has_passport:
        raise ExtractionError(
            source_file, "no funding table («Источник финансирования» / «Всего»), indicator "
            "table or passport «Объемы и источники финансирования» found")
    if not used and not SETTINGS.closing.search(text):
        raise ExtractionError(
            source_file, "only the passport paragraph and no closing paragraphs («Настоящее "
            "постановление … опубликованию / вступает в силу», «Контроль за исполнением») "
            "were found: the text is cut off")
