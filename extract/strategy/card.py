"""The document row: title and period from section 2 «Карточка стратегии», the region
named in the title, the approving act when the title page prints it."""

from __future__ import annotations

import re

from extract.regions import region_nominative
from extract.strategy.records import StrategyCard
from extract.strategy.sections import Line, Section
from extract.text import join_fragments

# Labels of the card's left column, in template order.
_LABELS = re.compile(
    r"^(Наименование|стратегии:?|Срок(\s+реализации)?:?|Краткое(\s+направление)?|направление|"
    r"Что\s+делаем|Кто\s+делает|Результаты|Бенефициары|Ресурсы:?|Долгосрочные|Связь\s+с)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
# The template's title ends with the region in the genitive.
_TITLE_TAIL = re.compile(r"государственного\s+управления\s+(.+)$", re.IGNORECASE)


def _label_value(lines: list[Line], label: str, label_end: str) -> tuple[str, Line | None]:
    """Text of the card row whose label starts with `label` (up to the next label).

    A narrow label column wraps the label (`Срок` / `реализации:`); the dump prints the
    label's cell before the value's, so a line that is only the label's last word
    (`label_end`) before any value is still the label."""
    pat = re.compile(rf"^{label}", re.IGNORECASE)
    end = re.compile(rf"{label_end}:?", re.IGNORECASE)
    for i, ln in enumerate(lines):
        if not pat.match(ln.text):
            continue
        parts: list[str] = []
        rest = pat.sub("", ln.text).strip(" :")
        if rest and not end.fullmatch(rest):
            parts.append(rest)
        first: Line | None = None
        for nxt in lines[i + 1 : i + 12]:
            if end.fullmatch(nxt.text) and not parts:
                continue
            if _LABELS.match(nxt.text) and parts:
                break
            if nxt.text:
                parts.append(nxt.text)
                first = first or nxt
        return join_fragments(parts), first
    return "", None


def _act(lines: list[Line]) -> tuple[str, str]:
    """Date (ISO) and number of the approving act, when the title page prints them."""
    for i, ln in enumerate(lines[:40]):
        if not re.match(r"УТВЕРЖДЕН", ln.text, re.IGNORECASE):
            continue
        block = " ".join(x.text for x in lines[i : i + 8])
        date = re.search(r"от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})", block)
        number = re.search(r"№\s*([\w/-]+)", block)
        iso = f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}" if date else ""
        return iso, number.group(1) if number else ""
    return "", ""


def read_card(lines: list[Line], card: Section | None) -> StrategyCard:
    """The strategy card; empty fields where the card does not print them."""
    body = card.lines if card else []
    title, title_line = _label_value(body, r"Наименование", "стратегии")
    term, _ = _label_value(body, r"Срок(\s+реализации)?", "реализации")
    years = [int(y) for y in _YEAR.findall(term)]
    start = years[0] if len(years) >= 2 else None
    end = years[-1] if years else None
    region = ""
    m = _TITLE_TAIL.search(title)
    if m:
        region = region_nominative(m.group(1))
    act_date, act_number = _act(lines)
    return StrategyCard(
        region=region,
        title=title,
        period_start=start,
        period_end=end,
        act_date=act_date,
        act_number=act_number,
        source_line=title_line.no if title_line else (card.heading.no if card else None),
        source_page=title_line.page if title_line else None,
    )
