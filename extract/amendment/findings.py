"""Check names of what the amendment extractor notices and must not fix.

Reconciliation mismatches, empty cells, lost pages, inferred years. Source
numbers are never changed because of a finding; later layers show them.
"""

from __future__ import annotations

# Check names, stable for the warehouse's tests and dashboards.
TOTAL_EQUALS_SOURCES = "total_equals_sum_of_sources"
PARENT_EQUALS_CHILDREN = "parent_equals_sum_of_children"
PASSPORT_EQUALS_PROGRAM_ROW = "passport_equals_program_row"
PASSPORT_WHOLE_EQUALS_YEARS = "passport_whole_period_equals_sum_of_years"
EMPTY_CELL = "empty_cell"
LOST_PAGE = "lost_page"
YEARS_INFERRED = "years_inferred"
UNPLACED_VALUES = "unplaced_values"
DUPLICATE = "duplicate_figure"
UNIT_AS_PRINTED = "unit_as_printed"
