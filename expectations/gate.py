"""Run documents' suites with Great Expectations and decide: publish or quarantine.

GX runs on pandas frames read from the documents' Parquet files (never on the
DuckDB warehouse through SQLAlchemy). Validating document by document costs a
suite, an asset and a validation per document and table, and GX re-serialises
its whole configuration on every one of them, so a run of many documents grows
quadratically. Here one context serves a whole run, each distinct suite is
built once, and documents are validated in batches: every document's rows of a
table go through one validation with the document as a column, and the results
are split back per document. A verdict is the same as validating the document
alone (tests/test_scale.py compares them on the corpus).
"""

from __future__ import annotations

import bisect
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import great_expectations as gx
from great_expectations.expectations.expectation import (
    ColumnMapExpectation,
    Expectation,
    MulticolumnMapExpectation,
)

from expectations.suites import BLOCKING, WARNING, Rule, build_views, rules_for

FINDING_COLUMNS = [
    "source_file", "check", "object", "year", "expected", "actual", "severity", "message",
    "source_line",
]
_MAX_FINDINGS_PER_RULE = 200
# Which document a row of a batched frame belongs to (its position in the batch).
_DOCUMENT = "_gate_document"
_ROW_COUNT = "_gate_row_count"


@dataclass
class Outcome:
    """One rule's result on one document."""

    rule: Rule
    success: bool
    unexpected_count: int = 0
    observed: Any = None
    unexpected_rows: list[int] = field(default_factory=list)


@dataclass
class Verdict:
    """Everything the gate concluded about one document."""

    source_file: str
    outcomes: list[Outcome]
    findings: pd.DataFrame

    @property
    def blocking_failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.success and o.rule.severity == BLOCKING]

    @property
    def passed(self) -> bool:
        return not self.blocking_failures

    def summary(self) -> str:
        if self.passed:
            return f"{self.source_file}: passed"
        failed = ", ".join(
            f"{o.rule.check} ({o.unexpected_count or o.observed} unexpected)"
            for o in self.blocking_failures
        )
        return f"{self.source_file}: quarantined — failed {failed}"


def _signature(expectation: Expectation) -> str:
    return type(expectation).__name__ + json.dumps(
        expectation.configuration.kwargs, sort_keys=True, default=str)


def _row_wise(expectation: Expectation) -> bool:
    """Judged row by row (so a batch can be split per document), all rows required."""
    return (isinstance(expectation, ColumnMapExpectation | MulticolumnMapExpectation)
            and expectation.mostly == 1 and expectation.row_condition is None)


_TABLE_SHAPE = (gx.expectations.ExpectTableRowCountToEqual,
                gx.expectations.ExpectTableRowCountToBeBetween,
                gx.expectations.ExpectTableColumnsToMatchSet)


@dataclass
class _Member:
    """One document's part of a batch: its frame of the view and the rules it runs there."""

    name: str
    frame: pd.DataFrame
    rules: list[Rule]


class Gate:
    """A GX context for one run; `check_many` validates documents in batches."""

    def __init__(self) -> None:
        self._context = gx.get_context(mode="ephemeral")
        self._context.variables.progress_bars = {"globally": False}
        self._source = self._context.data_sources.add_pandas("extracted")
        self._batches: dict[str, Any] = {}
        self._validations: dict[tuple[str, tuple[str, ...]], tuple[Any, dict[str, int]]] = {}
        self.validations_run = 0

    def _validation(self, view: str, expectations: list[Expectation]) -> tuple[Any, dict[str, int]]:
        """The validation of `expectations` on `view`, built the first time it is asked for."""
        key = (view, tuple(_signature(e) for e in expectations))
        if key not in self._validations:
            if view not in self._batches:
                self._batches[view] = self._source.add_dataframe_asset(
                    view).add_batch_definition_whole_dataframe("all")
            name = f"{len(self._validations)}_{view}"
            suite = self._context.suites.add(gx.ExpectationSuite(name=name))
            # GX reports results in its own order: match them back by expectation id.
            position = {suite.add_expectation(e.copy(update={"id": None})).id: i
                        for i, e in enumerate(expectations)}
            validation = self._context.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=self._batches[view], suite=suite))
            self._validations[key] = (validation, position)
        return self._validations[key]

    def _run(self, view: str, expectations: list[Expectation], frame: pd.DataFrame) -> list[dict]:
        """GX results of `expectations` on `frame`, in the order of `expectations`."""
        if not expectations:
            return []
        validation, position = self._validation(view, expectations)
        self.validations_run += 1
        result = validation.run(batch_parameters={"dataframe": frame.reset_index(drop=True)},
                                result_format="COMPLETE")
        out: list[dict] = [{} for _ in expectations]
        for res in result.results:
            out[position[res.expectation_config.id]] = {
                "success": bool(res.success), **(res.result or {})}
        return out

    def check(self, source_file: str, tables: dict[str, pd.DataFrame]) -> Verdict:
        return self.check_many({source_file: tables})[source_file]

    def check_many(self, documents: dict[str, dict[str, pd.DataFrame]]) -> dict[str, Verdict]:
        """Verdicts of many documents (by source file), validated a table at a time."""
        views = {name: build_views(tables) for name, tables in documents.items()}
        by_view: dict[str, dict[str, list[Rule]]] = {}
        for name, tables in documents.items():
            for rule in rules_for(tables["documents"]):
                by_view.setdefault(name, defaultdict(list))[rule.view].append(rule)
        # Documents share a batch when they run the same rules on frames of the same columns.
        batches: dict[tuple, list[_Member]] = defaultdict(list)
        for name, rules_by_view in by_view.items():
            for view, rules in rules_by_view.items():
                frame = views[name][view]
                key = (view, tuple(frame.columns),
                       tuple(_signature(r.expectation) for r in rules))
                batches[key].append(_Member(name, frame, rules))
        outcomes: dict[tuple[str, str], list[Outcome]] = {}
        for (view, *_), members in batches.items():
            for member, found in zip(members, self._validate_batch(view, members), strict=True):
                outcomes[(member.name, view)] = found
        verdicts = {}
        for name, rules_by_view in by_view.items():
            found = [o for view in rules_by_view for o in _reporting_order(outcomes[(name, view)])]
            verdicts[name] = Verdict(name, found, _findings(
                name, found, views[name], documents[name]["findings"]))
        return verdicts

    def _validate_batch(self, view: str, members: list[_Member]) -> list[list[Outcome]]:
        """Outcomes per member, in rule order: row rules on the stacked rows, table rules
        on a one-row-per-document profile, anything else document by document."""
        rules = members[0].rules
        results: list[list[dict | None]] = [[None] * len(rules) for _ in members]
        row = [i for i, r in enumerate(rules) if _row_wise(r.expectation)]
        shape = [i for i, r in enumerate(rules) if isinstance(r.expectation, _TABLE_SHAPE)]
        for i, per_member in zip(row, self._row_results(view, members, row), strict=True):
            for m, res in enumerate(per_member):
                results[m][i] = res
        for i, per_member in zip(shape, self._shape_results(view, members, shape), strict=True):
            for m, res in enumerate(per_member):
                results[m][i] = res
        alone = [i for i in range(len(rules)) if i not in row and i not in shape]
        for m, member in enumerate(members):
            found = self._run(view, [rules[i].expectation for i in alone], member.frame)
            for i, res in zip(alone, found, strict=True):
                results[m][i] = res
        return [[_outcome(rule, res) for rule, res in zip(member.rules, results[m], strict=True)]
                for m, member in enumerate(members)]

    def _row_results(self, view: str, members: list[_Member], which: list[int]) -> list[list[dict]]:
        """Row rules on all members' rows stacked, the unexpected rows split back per member."""
        if not which:
            return []
        frames = [m.frame.reset_index(drop=True) for m in members]
        starts = [0]
        for f in frames[:-1]:
            starts.append(starts[-1] + len(f))
        stacked = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].copy()
        stacked[_DOCUMENT] = np.repeat(np.arange(len(frames)), [len(f) for f in frames])
        expectations = []
        for i in which:
            e = members[0].rules[i].expectation
            if isinstance(e, MulticolumnMapExpectation) and set(e.column_list) <= set(stacked):
                # Rows are compared within their document only; the document column is
                # blanked where GX would skip the row, so rows skipped alone stay skipped.
                column = f"{_DOCUMENT}_{i}"
                stacked[column] = _document_unless_skipped(stacked, e.column_list,
                                                           e.ignore_row_if)
                e = e.copy(update={"column_list": [column, *e.column_list]})
            expectations.append(e)
        split = []
        for res in self._run(view, expectations, stacked):
            rows: list[list[int]] = [[] for _ in members]
            for idx in res.get("unexpected_index_list") or []:
                m = bisect.bisect_right(starts, idx) - 1
                rows[m].append(idx - starts[m])
            split.append([
                {**res, "success": res["success"] if "unexpected_index_list" not in res
                 else not rows[m], "unexpected_count": len(rows[m]),
                 "unexpected_index_list": rows[m]}
                for m in range(len(members))])
        return split

    def _shape_results(self, view: str, members: list[_Member], which: list[int]
                       ) -> list[list[dict]]:
        """Row-count and column-set rules, judged by GX on one profile row per member."""
        if not which:
            return []
        profile = pd.DataFrame({_ROW_COUNT: [len(m.frame) for m in members]})
        expectations, observed = [], []
        for i in which:
            e = members[0].rules[i].expectation
            if isinstance(e, gx.expectations.ExpectTableColumnsToMatchSet):
                column = f"_gate_columns_{i}"
                profile[column] = [_columns_match(m.frame, e) for m in members]
                expectations.append(gx.expectations.ExpectColumnValuesToBeInSet(
                    column=column, value_set=[True]))
                observed.append(lambda frame: sorted(frame.columns))
            else:
                low, high = ((e.value, e.value)
                             if isinstance(e, gx.expectations.ExpectTableRowCountToEqual)
                             else (e.min_value, e.max_value))
                expectations.append(gx.expectations.ExpectColumnValuesToBeBetween(
                    column=_ROW_COUNT, min_value=low, max_value=high,
                    strict_min=getattr(e, "strict_min", False),
                    strict_max=getattr(e, "strict_max", False)))
                observed.append(len)
        split = []
        for res, value in zip(self._run(f"{view}__shape", expectations, profile), observed,
                              strict=True):
            # No index list: GX could not evaluate the rule, so it fails for everyone.
            failed = set(res.get("unexpected_index_list", range(len(members))))
            split.append([{"success": m not in failed, "observed_value": value(member.frame)}
                          for m, member in enumerate(members)])
        return split


def _reporting_order(outcomes: list[Outcome]) -> list[Outcome]:
    """The order GX reports one suite's results in (grouped by column, groups in order of
    first appearance, table-level ones together), so reports read as they always did."""
    groups: dict[str | None, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        column = getattr(o.rule.expectation, "column", None)
        groups[column if isinstance(column, str) else None].append(o)
    return [o for group in groups.values() for o in group]


def _document_unless_skipped(frame: pd.DataFrame, columns: list[str], ignore_row_if: str
                             ) -> pd.Series:
    missing = frame[columns].isna()
    skipped = {"all_values_are_missing": missing.all(axis=1),
               "any_value_is_missing": missing.any(axis=1)}.get(
        ignore_row_if, pd.Series(False, index=frame.index))
    return frame[_DOCUMENT].astype("Int64").mask(skipped)


def _columns_match(frame: pd.DataFrame, e: Expectation) -> bool:
    expected, actual = set(e.column_set or []), set(frame.columns)
    return expected <= actual and (not e.exact_match or actual <= expected)


def _outcome(rule: Rule, res: dict | None) -> Outcome:
    res = res or {}
    return Outcome(
        rule=rule,
        success=bool(res.get("success")),
        unexpected_count=int(res.get("unexpected_count") or 0),
        observed=res.get("observed_value"),
        unexpected_rows=list(res.get("unexpected_index_list") or []),
    )


def _findings(
    source_file: str,
    outcomes: list[Outcome],
    views: dict[str, pd.DataFrame],
    extractor_findings: pd.DataFrame,
) -> pd.DataFrame:
    """Failed rules as rows (one per offending row where GX names it) + the extractor's own."""
    rows: list[dict[str, Any]] = []
    for o in outcomes:
        if o.success:
            continue
        frame = views[o.rule.view].reset_index(drop=True)
        if not o.unexpected_rows:
            rows.append({
                "check": o.rule.check, "object": o.rule.view, "expected": o.rule.expected,
                "actual": str(o.observed), "severity": o.rule.severity,
            })
            continue
        named = [idx for idx in o.unexpected_rows[:_MAX_FINDINGS_PER_RULE]
                 if isinstance(idx, int) and idx < len(frame)]
        column = getattr(o.rule.expectation, "column", None)
        for rec in frame.iloc[named].to_dict("records"):
            rows.append({
                "check": o.rule.check,
                "object": None if o.rule.object_column is None else rec.get(o.rule.object_column),
                "year": rec.get("year"),
                "expected": o.rule.expected,
                "actual": None if column is None else str(rec.get(column)),
                "severity": o.rule.severity,
                "source_line": rec.get("source_line"),
            })
    for rec in extractor_findings.to_dict("records"):
        rows.append({**rec, "severity": WARNING})
    out = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    out["source_file"] = source_file
    out["year"] = pd.to_numeric(out["year"], errors="coerce").astype("Int64")
    out["source_line"] = pd.to_numeric(out["source_line"], errors="coerce").astype("Int64")
    for col in ("check", "object", "expected", "actual", "severity", "message"):
        out[col] = out[col].astype("string")
    return out
