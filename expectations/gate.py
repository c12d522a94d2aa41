"""Run a document's suites with Great Expectations and decide: publish or quarantine.

GX runs on pandas frames read from the document's Parquet files (never on the
DuckDB warehouse through SQLAlchemy). One ephemeral context serves a whole gate
run; each document × view gets its own suite and validation definition.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import great_expectations as gx

from expectations.suites import BLOCKING, WARNING, Rule, build_views, rules_for

FINDING_COLUMNS = [
    "source_file", "check", "object", "year", "expected", "actual", "severity", "message",
    "source_line",
]
_MAX_FINDINGS_PER_RULE = 200


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


class Gate:
    """A GX context for one run; `check` validates one document's tables."""

    def __init__(self) -> None:
        self._context = gx.get_context(mode="ephemeral")
        self._context.variables.progress_bars = {"globally": False}
        self._source = self._context.data_sources.add_pandas("extracted")
        self._count = 0

    def _validate(self, name: str, frame: pd.DataFrame, rules: list[Rule]) -> list[Outcome]:
        self._count += 1
        key = f"{self._count}_{name}"
        batch = self._source.add_dataframe_asset(key).add_batch_definition_whole_dataframe("all")
        suite = self._context.suites.add(gx.ExpectationSuite(name=key))
        # GX reports results in its own order: match them back to rules by expectation id.
        by_id = {suite.add_expectation(rule.expectation).id: rule for rule in rules}
        validation = self._context.validation_definitions.add(
            gx.ValidationDefinition(name=key, data=batch, suite=suite)
        )
        result = validation.run(
            batch_parameters={"dataframe": frame.reset_index(drop=True)},
            result_format="COMPLETE",
        )
        outcomes = []
        for res in result.results:
            rule = by_id[res.expectation_config.id]
            detail = res.result or {}
            outcomes.append(
                Outcome(
                    rule=rule,
                    success=bool(res.success),
                    unexpected_count=int(detail.get("unexpected_count") or 0),
                    observed=detail.get("observed_value"),
                    unexpected_rows=list(detail.get("unexpected_index_list") or []),
                )
            )
        return outcomes

    def check(self, source_file: str, tables: dict[str, pd.DataFrame]) -> Verdict:
        views = build_views(tables)
        by_view: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules_for(tables["documents"]):
            by_view[rule.view].append(rule)
        outcomes = []
        for view, rules in by_view.items():
            outcomes += self._validate(view, views[view], rules)
        return Verdict(
            source_file=source_file,
            outcomes=outcomes,
            findings=_findings(source_file, outcomes, views, tables["findings"]),
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
        for idx in o.unexpected_rows[:_MAX_FINDINGS_PER_RULE]:
            if not isinstance(idx, int) or idx >= len(frame):
                continue
            rec = frame.iloc[idx]
            column = getattr(o.rule.expectation, "column", None)
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
