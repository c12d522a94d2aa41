"""Every choice of the report that is not a fact of the data, in one place."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReportSettings:
    # Years of the strategies' indicator targets the report compares across regions.
    target_years: tuple[int, int] = (2022, 2024)
    # d3 locale for numbers and dates inside the charts (decimal comma, thin-space thousands).
    locale: str = "ru-RU"
    # Chart body width in px; the page column is a little wider.
    chart_width: int = 720
    # Width in px of one column of a heatmap or matrix (sectors, regions, documents).
    cell_width: int = 70
    # Height in px of one row of a horizontal bar chart or heatmap.
    row_height: int = 22
    # Longest axis or legend label (characters); longer names are cut with «…» (full names
    # are in the table under each chart).
    label_chars: int = 52
    # Width in px left of a horizontal bar chart for its labels.
    label_width: int = 340
    # Longest document title (characters) quoted where a chart names its sources.
    title_chars: int = 100
    # Fixed colours of budget sources, so one source has one colour on every page.
    source_colors: dict[str, str] = field(default_factory=lambda: {
        "regional": "#2f6db5", "federal": "#e08a2c", "local": "#4e9e5b",
    })
    # Colours of document statuses; statuses not listed here get `other_color`.
    status_colors: dict[str, str] = field(default_factory=lambda: {
        "published": "#4e9e5b", "quarantined": "#c8423b",
        "duplicate": "#9a7bb8", "withdrawn": "#8c8c8c",
    })
    other_color: str = "#b0b0b0"
    # Russian names of statuses the pipeline writes; an unknown status is shown as stored.
    status_names: dict[str, str] = field(default_factory=lambda: {
        "published": "опубликован", "quarantined": "в карантине",
        "duplicate": "дубликат", "withdrawn": "отозван",
    })
    # Sequential scheme of count heatmaps.
    heat_scheme: str = "blues"


SETTINGS = ReportSettings()
