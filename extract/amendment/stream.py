"""A PDF's plain text dump (one cell line per line) -> a `Decree` (being built)."""

from __future__ import annotations

from extract.amendment.decree import Decree, decree_from_tab_text


def is_stream_text(text: str) -> bool:
    return "\t" not in text


def decree_from_stream(text: str) -> Decree:
    return decree_from_tab_text(text)
