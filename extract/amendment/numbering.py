"""Item numbers («1», «1.2», «1.6.1.1»): parsing, level, and what may come next.

The appendix tables are outlines; the number's depth gives the level, and the
number that follows another tells whether the rows in between are all there —
how a lost page shows up in a conversion that does not mark it.
"""

from __future__ import annotations

import re

_ITEM_NO = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?")

LEVELS = ("program", "subprogram", "measure", "submeasure")


def item_no(cell: str) -> str:
    """The item number in a number cell («1.2.», «1.2») or '' when the cell holds none."""
    m = _ITEM_NO.fullmatch(cell.strip())
    return m.group(1) if m else ""


def parts(no: str) -> tuple[int, ...]:
    return tuple(int(p) for p in no.split(".")) if no else ()


def level(no: str) -> str:
    """program (no number), subprogram (1), measure (1.1), submeasure (1.1.1 and deeper)."""
    return LEVELS[min(len(parts(no)), len(LEVELS) - 1)]


def parent(no: str) -> str | None:
    """«1.2.3» -> «1.2»; «1» -> '' (the program row); '' -> None."""
    if not no:
        return None
    return ".".join(no.split(".")[:-1])


def follows_naturally(current: str | None, nxt: str) -> bool:
    """Whether `nxt` may directly follow `current` in an outline with nothing missing.

    Allowed: the first child (1.2 -> 1.2.1), the next sibling (1.2 -> 1.3), or the
    next sibling of any ancestor (1.2.24 -> 1.3 -> 2). Anything else skips numbers.
    """
    cur = parts(current or "")
    new = parts(nxt)
    if not new:
        return True
    if new == (*cur, 1):
        return True
    return any(new == (*cur[:k], cur[k] + 1) for k in range(len(cur)))


def sort_key(no: str) -> tuple[int, ...]:
    return parts(no)
