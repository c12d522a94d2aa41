"""What a correct extraction always has (blocking) and what the source may get wrong (warning).

Suites are built per document because some bounds come from the document
itself: its years must lie inside its own period. Each rule names the column
that identifies a failing row (`object_column`) so a warning can become a
findings row that a BI user can act on.
"""

from __future__ import annotations

from dataclasses import dataclass

import great_expectations as gx
import pandas as pd
from great_expectations.expectations.expectation import Expectation

from extract.amendment.sources import CONTRACT_SOURCES as FUNDING_SOURCES
from extract.contract import TABLES

BLOCKING = "blocking"
WARNING = "warning"

YEAR_MIN, YEAR_MAX = 2010, 2035
NUMBER_REGEX = r"^-?\d+(?:\.\d+)?$"
PERCENT_UNIT = r"(?i)%|процент"
# A share («Доля …») with a blank unit is a percentage whose '%' was lost; the warehouse's
# normalize_unit macro reads units the same way.
SHARE_NAME = r"(?i)^\s*(?:доля|удельный вес|уровень)"


@dataclass(frozen=True)
class Rule:
    """One expectation on one view of a table, with its severity and a name for findings."""

    check: str
    view: str
    expectation: Expectation
    severity: str
    object_column: str | None = None
    expected: str = ""


def _numbers(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce")


def build_views(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Raw tables as extracted, plus views with numbers parsed and percent rows selected."""
    views = dict(tables)
    for name in ("program_funding", "program_passport_funding"):
        df = tables[name].copy()
        df["amount_number"] = _numbers(df["amount_thousand_rub"])
        df["item_key"] = df.get("item_no", pd.Series("", index=df.index)).fillna("")
        views[name] = df
    for name in ("strategy_indicators", "program_indicators"):
        df = tables[name].copy()
        df["value_number"] = _numbers(df["value"])
        views[name] = df
        unit = df["unit"].fillna("")
        is_percent = unit.str.contains(PERCENT_UNIT, regex=True) | (
            (unit.str.strip() == "")
            & df["indicator_name"].fillna("").str.contains(SHARE_NAME, regex=True))
        views[f"{name}__percent"] = df[is_percent & df["value_number"].notna()]
    return views


def _years(period_start: object, period_end: object) -> tuple[int, int]:
    """The document's own period, inside the plausible 2010–2035 window."""
    lo = YEAR_MIN if pd.isna(period_start) else max(YEAR_MIN, int(period_start))
    hi = YEAR_MAX if pd.isna(period_end) else min(YEAR_MAX, int(period_end))
    return lo, hi


def _contract_rules() -> list[Rule]:
    return [
        Rule(
            f"{table}_columns",
            table,
            gx.expectations.ExpectTableColumnsToMatchSet(column_set=columns, exact_match=False),
            BLOCKING,
            expected="the contract's columns",
        )
        for table, columns in TABLES.items()
    ]


def _document_rules() -> list[Rule]:
    e = gx.expectations
    return [
        Rule("one_document_row", "documents", e.ExpectTableRowCountToEqual(value=1), BLOCKING,
             expected="1 row"),
        Rule("doc_type_known", "documents",
             e.ExpectColumnValuesToBeInSet(column="doc_type",
                                           value_set=["strategy", "program_amendment"]),
             BLOCKING, "source_file", "strategy | program_amendment"),
        Rule("region_present", "documents", e.ExpectColumnValuesToNotBeNull(column="region"),
             BLOCKING, "source_file", "a region"),
    ]


def _strategy_rules(lo: int, hi: int) -> list[Rule]:
    e = gx.expectations
    ind, proj, links = "strategy_indicators", "strategy_projects", "strategy_task_links"
    return [
        Rule("task_present", links, e.ExpectColumnValuesToNotBeNull(column="task"),
             BLOCKING, "row_no", "a task"),
        Rule("task_link_project_present", links,
             e.ExpectColumnValuesToNotBeNull(column="project_name"),
             WARNING, "row_no", "a project name"),
        Rule("strategy_has_projects", proj, e.ExpectTableRowCountToBeBetween(min_value=1),
             BLOCKING, expected="≥ 1 project"),
        Rule("strategy_has_indicators", ind, e.ExpectTableRowCountToBeBetween(min_value=1),
             BLOCKING, expected="≥ 1 indicator"),
        Rule("project_name_present", proj, e.ExpectColumnValuesToNotBeNull(column="project_name"),
             BLOCKING, "project_no", "a name"),
        Rule("project_key_unique", proj,
             e.ExpectCompoundColumnsToBeUnique(column_list=["sector_no", "project_no"]),
             BLOCKING, "project_name", "unique (sector_no, project_no)"),
        Rule("indicator_name_present", ind,
             e.ExpectColumnValuesToNotBeNull(column="indicator_name"),
             BLOCKING, "project_name", "a name"),
        Rule("indicator_project_present", ind,
             e.ExpectColumnValuesToNotBeNull(column="project_name"),
             BLOCKING, "indicator_name", "a project"),
        Rule("indicator_year_in_period", ind,
             e.ExpectColumnValuesToBeBetween(column="year", min_value=lo, max_value=hi),
             BLOCKING, "indicator_name", f"{lo}..{hi}"),
        Rule("indicator_value_numeric", ind,
             e.ExpectColumnValuesToMatchRegex(column="value", regex=NUMBER_REGEX),
             BLOCKING, "indicator_name", "a number or empty"),
        Rule("indicator_cell_unique", ind,
             e.ExpectCompoundColumnsToBeUnique(column_list=["source_line", "year"]),
             BLOCKING, "indicator_name", "one value per indicator row and year"),
        Rule("indicator_unit_present", ind, e.ExpectColumnValuesToNotBeNull(column="unit"),
             WARNING, "indicator_name", "a unit"),
        Rule("percent_within_0_100", f"{ind}__percent",
             e.ExpectColumnValuesToBeBetween(column="value_number", min_value=0, max_value=100),
             WARNING, "indicator_name", "0..100"),
    ]


def _amendment_rules(lo: int, hi: int) -> list[Rule]:
    e = gx.expectations
    fund, passport, ind = "program_funding", "program_passport_funding", "program_indicators"
    return [
        Rule("amendment_has_funding", fund, e.ExpectTableRowCountToBeBetween(min_value=1),
             BLOCKING, expected="≥ 1 funding row"),
        Rule("funding_amount_numeric", fund,
             e.ExpectColumnValuesToMatchRegex(column="amount_thousand_rub", regex=NUMBER_REGEX),
             BLOCKING, "item_key", "a number"),
        Rule("funding_amount_not_negative", fund,
             e.ExpectColumnValuesToBeBetween(column="amount_number", min_value=0),
             BLOCKING, "item_key", "≥ 0"),
        Rule("funding_year_in_period", fund,
             e.ExpectColumnValuesToBeBetween(column="year", min_value=lo, max_value=hi),
             BLOCKING, "item_key", f"{lo}..{hi}"),
        Rule("funding_year_present", fund, e.ExpectColumnValuesToNotBeNull(column="year"),
             BLOCKING, "item_key", "a year"),
        Rule("funding_source_known", fund,
             e.ExpectColumnValuesToBeInSet(column="source",
                                           value_set=list(FUNDING_SOURCES)),
             BLOCKING, "item_key", " | ".join(FUNDING_SOURCES)),
        Rule("funding_level_known", fund,
             e.ExpectColumnValuesToBeInSet(
                 column="level", value_set=["program", "subprogram", "measure", "submeasure"]),
             BLOCKING, "item_key", "program | subprogram | measure | submeasure"),
        Rule("funding_cell_unique", fund,
             e.ExpectCompoundColumnsToBeUnique(column_list=["item_key", "source", "year"]),
             BLOCKING, "item_key", "one amount per item, source and year"),
        Rule("passport_amount_numeric", passport,
             e.ExpectColumnValuesToMatchRegex(column="amount_thousand_rub", regex=NUMBER_REGEX),
             BLOCKING, "source", "a number"),
        Rule("passport_amount_not_negative", passport,
             e.ExpectColumnValuesToBeBetween(column="amount_number", min_value=0),
             BLOCKING, "source", "≥ 0"),
        Rule("passport_source_known", passport,
             e.ExpectColumnValuesToBeInSet(
                 column="source", value_set=list(FUNDING_SOURCES)),
             BLOCKING, "source", " | ".join(FUNDING_SOURCES)),
        Rule("passport_year_in_range", passport,
             e.ExpectColumnValuesToBeBetween(column="year", min_value=YEAR_MIN,
                                             max_value=YEAR_MAX),
             BLOCKING, "source", f"{YEAR_MIN}..{YEAR_MAX}"),
        Rule("program_indicator_year_in_period", ind,
             e.ExpectColumnValuesToBeBetween(column="year", min_value=lo, max_value=hi),
             BLOCKING, "indicator_name", f"{lo}..{hi}"),
        Rule("program_indicator_name_present", ind,
             e.ExpectColumnValuesToNotBeNull(column="indicator_name"),
             BLOCKING, "item_no", "a name"),
        Rule("program_indicator_unit_present", ind,
             e.ExpectColumnValuesToNotBeNull(column="unit"),
             WARNING, "indicator_name", "a unit"),
        Rule("program_percent_within_0_100", f"{ind}__percent",
             e.ExpectColumnValuesToBeBetween(column="value_number", min_value=0, max_value=100),
             WARNING, "indicator_name", "0..100"),
    ]


def rules_for(documents: pd.DataFrame) -> list[Rule]:
    """The rules for one document, chosen by its type and bounded by its period."""
    rules = _contract_rules() + _document_rules()
    if len(documents) != 1:
        return rules
    doc = documents.iloc[0]
    lo, hi = _years(doc["period_start"], doc["period_end"])
    if doc["doc_type"] == "strategy":
        rules += _strategy_rules(lo, hi)
    elif doc["doc_type"] == "program_amendment":
        rules += _amendment_rules(lo, hi)
    return rules
