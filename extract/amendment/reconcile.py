"""Arithmetic checks of a decree's figures, reported as findings and never applied.

A restated program must add up three ways: each item's «Всего» is the sum of its
sources, each parent is the sum of its children (per source and year), and the
passport's figures equal the funding table's program row. Printed decrees get
this wrong now and then; the warehouse must show where, with the printed
numbers untouched, so every check here only reads.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from extract.amendment import numbering
from extract.amendment.findings import (
    PARENT_EQUALS_CHILDREN,
    PASSPORT_EQUALS_PROGRAM_ROW,
    PASSPORT_WHOLE_EQUALS_YEARS,
    TOTAL_EQUALS_SOURCES,
    UNIT_AS_PRINTED,
)
from extract.amendment.funding import FundingItem
from extract.amendment.passport import PassportFigure
from extract.amendment.sources import EXTRABUDGETARY, FEDERAL, LOCAL, OTHER, REGIONAL, TOTAL
from extract.findings import Finding

# «Всего» = the sum of every source printed under it, whatever the region calls them.
PART_SOURCES = (REGIONAL, FEDERAL, LOCAL, EXTRABUDGETARY, OTHER)
ALL_SOURCES = (TOTAL, *PART_SOURCES)
_UMBRELLA = re.compile(r"ины\w*\s+(?:не\s+запрещенн\w*\s+законодательством\s+)?источник",
                       re.IGNORECASE)


def _parts_of(item: FundingItem) -> list[str]:
    """Sources that add up to «Всего»; an «иные источники» subtotal over federal, local
    or extra-budgetary rows would count them twice, so it is left out then."""
    parts = [s for s in PART_SOURCES if s in item.amounts]
    if OTHER in parts and _UMBRELLA.search(item.labels.get(OTHER, "")) and (
        FEDERAL in parts or LOCAL in parts or EXTRABUDGETARY in parts
    ):
        parts.remove(OTHER)
    return parts


def check_funding(items: Sequence[FundingItem]) -> list[Finding]:
    """Всего = sum of sources, and parent = sum of direct children, per source and year."""
    findings: list[Finding] = []
    for item in items:
        total = item.amounts.get(TOTAL, {})
        parts = _parts_of(item)
        for year in sorted(total):
            present = [item.amounts[s][year] for s in parts if year in item.amounts[s]]
            if not present:
                continue
            expected = sum((Decimal(a.value) for a in present), Decimal(0))
            actual = Decimal(total[year].value)
            if expected != actual:
                shown = " + ".join(f"{s} {item.amounts[s][year].value}" for s in parts
                                   if year in item.amounts[s])
                findings.append(Finding(
                    TOTAL_EQUALS_SOURCES, item.label,
                    f"{item.label} {year}: Всего {total[year].value} ≠ {shown} = {expected} "
                    f"(Всего − sum = {actual - expected})",
                    year=year, expected=str(expected), actual=total[year].value,
                    source_line=total[year].line, source_page=total[year].page))

    by_no = {item.item_no: item for item in items}
    children: dict[str, list[FundingItem]] = defaultdict(list)
    for item in items:
        parent = numbering.parent(item.item_no)
        if parent is not None and parent in by_no:
            children[parent].append(item)
    for parent_no, kids in children.items():
        parent = by_no[parent_no]
        for source in ALL_SOURCES:
            own = parent.amounts.get(source, {})
            kid_amounts = [k.amounts.get(source, {}) for k in kids]
            years = set(own).union(*kid_amounts)
            for year in sorted(years):
                expected = sum((Decimal(k[year].value) for k in kid_amounts if year in k),
                               Decimal(0))
                actual = Decimal(own[year].value) if year in own else Decimal(0)
                if expected == actual:
                    continue
                names = ", ".join(k.item_no for k in kids)
                findings.append(Finding(
                    PARENT_EQUALS_CHILDREN, parent.label,
                    f"{parent.label} {source} {year}: {own[year].value if year in own else '—'}"
                    f" ≠ sum of {names} = {expected} (parent − children = {actual - expected})",
                    year=year, expected=str(expected),
                    actual=own[year].value if year in own else "",
                    source_line=own[year].line if year in own else parent.line,
                    source_page=own[year].page if year in own else parent.page))
    return findings


def check_passport(figures: Sequence[PassportFigure],
                   program_row: FundingItem | None) -> list[Finding]:
    """Whole period = sum of years, total = sum of sources, passport = program row."""
    findings: list[Finding] = []
    whole = {f.source: f for f in figures if f.year is None}
    yearly: dict[str, dict[int, PassportFigure]] = defaultdict(dict)
    for f in figures:
        if f.year is not None:
            yearly[f.source].setdefault(f.year, f)

    for source, fig in whole.items():
        if not yearly.get(source):
            continue
        expected = sum((Decimal(f.amount) for f in yearly[source].values()), Decimal(0))
        if expected != Decimal(fig.amount):
            findings.append(Finding(
                PASSPORT_WHOLE_EQUALS_YEARS, f"passport {source}",
                f"passport {source}: whole period {fig.amount} ≠ sum of years {expected}",
                expected=str(expected), actual=fig.amount, source_line=fig.line))
        elif fig.unit != "тыс. рублей" and any(
            f.unit == "тыс. рублей" for f in yearly[source].values()
        ):
            findings.append(Finding(
                UNIT_AS_PRINTED, f"passport {source}",
                f"passport {source}: whole-period figure printed in «{fig.unit}» but equals the "
                "sum of its yearly figures in «тыс. рублей»; amount kept as printed",
                actual=fig.amount, source_line=fig.line))

    parts = [s for s in PART_SOURCES if s in whole]
    if TOTAL in whole and parts:
        expected = sum((Decimal(whole[s].amount) for s in parts), Decimal(0))
        if expected != Decimal(whole[TOTAL].amount):
            findings.append(Finding(
                TOTAL_EQUALS_SOURCES, "passport",
                f"passport whole period: total {whole[TOTAL].amount} ≠ sum of sources {expected}",
                expected=str(expected), actual=whole[TOTAL].amount,
                source_line=whole[TOTAL].line))
    for year, fig in sorted(yearly.get(TOTAL, {}).items()):
        present = [yearly[s][year] for s in PART_SOURCES if year in yearly.get(s, {})]
        if not present:
            continue
        expected = sum((Decimal(f.amount) for f in present), Decimal(0))
        if expected != Decimal(fig.amount):
            findings.append(Finding(
                TOTAL_EQUALS_SOURCES, "passport",
                f"passport {year}: total {fig.amount} ≠ sum of sources {expected}",
                year=year, expected=str(expected), actual=fig.amount, source_line=fig.line))

    if program_row is None:
        return findings
    for source in ALL_SOURCES:
        table = program_row.amounts.get(source, {})
        for year in sorted(table):
            fig = yearly.get(source, {}).get(year)
            printed = Decimal(fig.amount) if fig else Decimal(0)
            if printed == Decimal(table[year].value):
                continue
            findings.append(Finding(
                PASSPORT_EQUALS_PROGRAM_ROW, f"passport {source}",
                f"passport {source} {year}: {fig.amount if fig else 'not printed'} ≠ funding "
                f"table program row {table[year].value} (line {table[year].line})",
                year=year, expected=table[year].value, actual=fig.amount if fig else "",
                source_line=fig.line if fig else table[year].line))
    return findings
