"""Column widths read off section 7's repeated header, before any row is read.

The header's labels are the template's (`Наименование проекта`, `Ответственный …`,
`Наименование показателя`, `Единица измерения`, then the years), printed in the same
columns as the rows and wrapped to the same widths: a label cut into one- or
two-letter lines (`Н` / `а` / `и` / `м` …) says its column holds one or two letters
a line. The lines stage glues a word's pieces back and keeps the first piece's line
number, so a glued label word of n letters that took s lines was printed about n / s
letters a line. Widths are in characters (a proportional font's lines vary by one or
two around them).
"""

from __future__ import annotations

import math
import re

from extract.strategy.sections import Line

# The text columns after the №, in the template's order.
COLUMNS = ("name", "org", "ind", "unit")
_YEAR = re.compile(r"20\d\d")


def _label_start(lines: list[Line], k: int) -> bool:
    """A label opens with a capital; an acronym inside a label (`РОИВ`) does not open
    one (a lone capital does where lower-case letters follow it: `О` / `т` / `в`)."""
    t = lines[k].text
    if not t[:1].isupper():
        return False
    if any(c.islower() for c in t):
        return True
    nxt = lines[k + 1].text if k + 1 < len(lines) else ""
    return len(t) == 1 and nxt[:1].islower()


def _per_line(lines: list[Line], k: int) -> int:
    """Letters line k printed a line: its length over the lines it took."""
    n = len(lines[k].text)
    span = lines[k + 1].no - lines[k].no if k + 1 < len(lines) else 1
    span = max(1, min(span, n))
    return math.ceil(n / span)


def header_widths(block: list[Line]) -> dict[str, int]:
    """Per text column (`COLUMNS`), the widest line its header label printed, in
    characters; empty where the block does not show the template's four labels
    between the № and the years."""
    lines = [x for x in block if x.text]
    if not lines or not lines[0].text.startswith("№"):
        return {}
    end = next((k for k, x in enumerate(lines) if _YEAR.fullmatch(x.text)), None)
    if end is None:
        return {}
    starts = [k for k in range(1, end) if _label_start(lines, k)]
    if len(starts) != len(COLUMNS):
        return {}
    out: dict[str, int] = {}
    for col, a, b in zip(COLUMNS, starts, [*starts[1:], end], strict=True):
        out[col] = max(_per_line(lines, k) for k in range(a, b))
    return out


def narrowest_header(headers: list[list[Line]]) -> dict[str, int]:
    """The widths of the first header block that shows them."""
    for block in headers:
        widths = header_widths(block)
        if widths:
            return widths
    return {}
