"""A readable Markdown report per document, kept beside the warehouse and linked from Dagster."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from expectations.gate import Verdict


def write_report(verdict: Verdict, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{verdict.source_file}.md"
    status = "PASSED — published" if verdict.passed else "QUARANTINED — not published"
    lines = [
        f"# Data-quality gate: {verdict.source_file}",
        "",
        f"- checked at: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"- status: **{status}**",
        "",
        "| check | table | severity | result | unexpected |",
        "|---|---|---|---|---|",
    ]
    for o in verdict.outcomes:
        result = "ok" if o.success else "FAILED"
        unexpected = o.unexpected_count if o.unexpected_count else (o.observed or "")
        lines.append(
            f"| {o.rule.check} | {o.rule.view} | {o.rule.severity} | {result} | {unexpected} |"
        )
    if len(verdict.findings):
        lines += ["", "## Findings", "", "| check | object | year | expected | actual |",
                  "|---|---|---|---|---|"]
        for f in verdict.findings.head(500).to_dict("records"):
            cells = [f["check"], f["object"], f["year"], f["expected"], f["actual"]]
            lines.append("| " + " | ".join("" if pd.isna(c) else str(c).replace("|", "/")
                                            for c in cells) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
