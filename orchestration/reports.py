"""The gate's per-document reports as Markdown the Dagster UI renders in a check's metadata."""

from __future__ import annotations

from pathlib import Path

_MAX_CHARS = 60_000  # the UI stays responsive; the full report is linked beside it


def _cell(text: object) -> str:
    return str(text).replace("|", "/").replace("\n", " ")


def findings_markdown(title: str, reports: dict[str, Path | None], reasons: dict[str, str]
                      ) -> str:
    """One section per document: its verdict, then the GX report's tables as written."""
    parts = [f"# {title}", ""]
    if reasons:
        parts += ["| document | verdict |", "|---|---|"]
        parts += [f"| {_cell(doc)} | {_cell(why)} |" for doc, why in sorted(reasons.items())]
        parts.append("")
    for _, report in sorted(reports.items()):
        if report is None or not report.exists():
            continue
        body = report.read_text("utf-8").replace("# Data-quality gate:", "## Data-quality gate:")
        parts += [body, ""]
    text = "\n".join(parts)
    if len(text) > _MAX_CHARS:
        text = text[:_MAX_CHARS] + "\n\n… (truncated: see the report files linked beside)\n"
    return text
