"""Text conventions of the contract, shared by every extractor."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)?")
_SPACES = re.compile(r"[ \u00a0\u202f\t]+")
_LINE_END_HYPHEN = re.compile(r"\w-$")


def squeeze(text: str) -> str:
    """Collapse runs of white space to one space and trim."""
    return _SPACES.sub(" ", text).strip()


def join_fragments(fragments: list[str]) -> str:
    """Join the lines of one table cell as the contract says.

    A word split by a line-end hyphen (`информационно-` + `сервисной`,
    `Кабардино-` + `Балкарской`) keeps the hyphen and loses the space, whatever case
    the next part opens with; a spaced dash (`«Мое здоровье» -` + `на`) is not a split
    word and keeps its space. A number after the hyphen is left to the reader of its
    cell (a term cut `2022-` / `20` / `26` is read by the term's own rule).
    """
    out = ""
    for raw in fragments:
        part = squeeze(raw)
        if not part:
            continue
        if not out:
            out = part
        elif _LINE_END_HYPHEN.search(out) and part[0].isalpha():
            out += part
        else:
            out += " " + part
    return out


def parse_number(raw: str | None) -> str | None:
    """The cell's number as a dot-decimal string with its printed precision, or None.

    Kept as text so that `0,00` stays `0.00`: precision is part of what was printed.
    Spaces inside the number are thousands separators (`1 416 742,3`).
    """
    if raw is None:
        return None
    cell = _SPACES.sub("", raw)
    if not _NUMBER.fullmatch(cell):
        return None
    return cell.replace(",", ".").replace("−", "-")
