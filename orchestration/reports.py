"""The gate's findings as Markdown tables the Dagster UI renders in a check's metadata."""

from __future__ import annotations

import pandas as pd

from store.layout import Layout

COLUMNS = ["check", "object", "year", "expected", "actual", "message"]
ROWS_PER_DOCUMENT = 15  # the full list is in the report file linked beside the table


def _cell(value: object) -> str:
    if value is None or pd.isna(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("|", "/").replace("\n", " ")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]


def _findings(layout: Layout, key: str, severity: str) -> pd.DataFrame:
    path = layout.quality / "findings" / f"{key}.parquet"
    if not path.exists():
        return pd.DataFrame(columns=["severity", *COLUMNS])
    frame = pd.read_parquet(path)
    return frame[frame["severity"] == severity]


def findings_markdown(layout: Layout, documents: dict[str, str], severity: str,
                      verdicts: dict[str, str]) -> str:
    """Per document (key → file name): its verdict and how many findings of each check,
    then the first findings of each document, as the UI's Markdown viewer shows them."""
    frames = {key: _findings(layout, key, severity) for key in documents}
    summary = []
    for key, name in sorted(documents.items(), key=lambda kv: kv[1]):
        counts = frames[key]["check"].value_counts().sort_index()
        summary += [[name, verdicts.get(name, ""), check, n] for check, n in counts.items()]
        if counts.empty:
            summary.append([name, verdicts.get(name, ""), "", 0])
    lines = [f"## {severity} findings by document", "",
             *_table(["document", "verdict", "check", "findings"], summary)]
    for key, name in sorted(documents.items(), key=lambda kv: kv[1]):
        frame = frames[key]
        if frame.empty:
            continue
        rows = frame[COLUMNS].head(ROWS_PER_DOCUMENT)
        more = len(frame) - len(rows)
        lines += ["", f"### {name}", "",
                  *_table(COLUMNS, rows.values.tolist())]
        if more:
            lines.append(f"\n… and {more} more in the report file")
    return "\n".join(lines) + "\n"
