"""Tables of the extraction contract (docs/contract.md) plus provenance columns.

The contract's columns come first and in its order, so a CSV written from these
lists is exactly what the accuracy measurement expects; the columns after them
(`source_line`, `source_page`, ...) keep every row traceable to its place in the
source and are this project's own addition.
"""

from __future__ import annotations

PROVENANCE = ["source_line", "source_page"]

CONTRACT_COLUMNS: dict[str, list[str]] = {
    "documents": [
        "source_file", "doc_type", "region", "title", "act_date", "act_number",
        "period_start", "period_end",
    ],
    "strategy_projects": [
        "source_file", "sector_no", "sector_name", "project_no", "project_name",
        "goal", "term", "description", "financing", "region_role",
    ],
    "strategy_task_links": [
        "source_file", "sector_no", "sector_name", "row_no", "task", "project_name",
        "beneficiaries", "effect",
    ],
    "strategy_indicators": [
        "source_file", "sector_no", "sector_name", "project_no", "project_name",
        "responsible_org", "indicator_name", "unit", "year", "value_raw", "value",
    ],
    "program_passport_funding": [
        "source_file", "source", "year", "amount_thousand_rub",
    ],
    "program_funding": [
        "source_file", "item_no", "item_name", "level", "source", "year",
        "amount_thousand_rub",
    ],
    "program_indicators": [
        "source_file", "item_no", "item_name", "indicator_name", "unit", "year",
        "value_raw", "value",
    ],
}

# Columns beyond the contract, per table.
EXTRA_COLUMNS: dict[str, list[str]] = {
    "documents": [
        "format", "sha256", "program_name", "amended_act_date", "amended_act_number",
    ],
    "strategy_projects": PROVENANCE,
    # The section-6 project (its project_no) a row refers to: extract.strategy.identity.
    "strategy_task_links": ["section6_project_no", *PROVENANCE],
    "strategy_indicators": ["section6_project_no", *PROVENANCE],
    "program_passport_funding": PROVENANCE,
    "program_funding": PROVENANCE,
    "program_indicators": PROVENANCE,
}

# Not a contract table: what an extractor noticed about its source and could not
# (or must not) fix — reconciliation mismatches, rows whose values cannot be
# placed in a year, lost pages. Later layers show these; nothing is corrected.
FINDINGS_COLUMNS = [
    "source_file", "check", "object", "year", "expected", "actual", "message",
    "source_line", "source_page",
]

TABLES: dict[str, list[str]] = {
    name: cols + EXTRA_COLUMNS[name] for name, cols in CONTRACT_COLUMNS.items()
}
TABLES["findings"] = FINDINGS_COLUMNS
