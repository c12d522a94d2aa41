"""Section 7's project name spelled out of the dump by a known name's letters.

The template names each project in sections 5, 6 and 7. Where section 7's name
column is narrow, its lines say little of where words end and a merged name is cut
by one page break after another: its pieces after each break come first among the
cut cells' tails (column order: №, name, body, indicator, unit, values), and the
other cells' tails read like more name. The name's letters (spaces aside) are those
of a name another section prints, so they decide which lines are the name's: from
the project's number, lines whose letters go on spelling a known name are the name
on that page; the first that does not ends it there (a cell glued onto the name's
last piece by the lines stage, `надзорной` + `д` / `льств`, is split at the letter
that departs); where the name is not yet spelled whole, its rest opens the tails
after the next page break. A claim is made only where the letters so read spell one
known name whole; otherwise the reader's own rules decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.strategy.sections import Line, norm_key
from extract.strategy.words import is_word

# Lines a cut project number's rest may take after a break (`.` / `1`, `2`): the №
# column comes before the name's, so they are printed before its rest.
_NUMBER_PIECE = re.compile(r"[\d.]{1,3}")


@dataclass(frozen=True)
class Claim:
    """The known name a project's lines spell: `taken[k]` is how much of line k's
    raw text is the name's (all of it, or its head where the rest is a later cell's
    glued on), and the dump lines the name's pieces span (for its column's width)."""

    name: str
    taken: dict[int, int]
    dump_lines: int
    letters: int
    # Every known spelling of the name (`контакт центр`, `контакт-центр`).
    spellings: list[str]


def letters_key(text: str) -> str:
    """The letters a name is compared by: `norm_key` without hyphens (a hyphen at a
    line end may be the column's, `Автомати-` / `зированная`, or the name's)."""
    return norm_key(text).replace("-", "")


def key_cut(raw: str, n: int) -> int:
    """The index in `raw` after its first `n` compared characters (`letters_key`) and
    the punctuation the key drops right after them (`помощью,`, `Автомати-`)."""
    if n <= 0:
        return 0
    seen = 0
    for at, c in enumerate(raw):
        if letters_key(c):
            seen += 1
            if seen == n:
                end = at + 1
                while end < len(raw) and not raw[end].isspace() and not letters_key(raw[end]):
                    end += 1
                return end
    return len(raw)


def _tail_start(lines: Sequence[Line], j: int) -> int | None:
    """The first line of the tails after the next page break from line j (a cut
    project number's pieces skipped); None: no break follows."""
    k = next((x for x in range(j, len(lines)) if lines[x].brk), None)
    if k is None:
        return None
    pieces = 0
    while k < len(lines) and (lines[k].empty or lines[k].blank_cell or (
            _NUMBER_PIECE.fullmatch(lines[k].text) and pieces < 3)):
        pieces += 0 if lines[k].empty or lines[k].blank_cell else 1
        k += 1
    return k if k < len(lines) else None


def _new_cell(lines: Sequence[Line], at: int, taken: dict[int, int], first: bool) -> bool:
    """What follows a name spelled whole opens the next cell: a line opening a bracket
    goes on the name (`… в ЕГИССО` / `(рекомендовано ФОИВ)`, where another section
    prints the name without its remark); on the row's first page (`first`) the next
    cell opens with a capital, a number or a quote, so a line going on in lower case
    goes on the name too (after a break it may be the body's cut word's rest). A last
    line with the wrap mark says the cell goes on."""
    last = max(taken, default=-1)
    if last >= 0 and taken[last] >= len(lines[last].raw) and lines[last].wrapped:
        return False  # its last line was wrapped: the cell goes on
    k = at - 1 if at - 1 in taken and taken[at - 1] < len(lines[at - 1].raw) else at
    while k < len(lines) and (lines[k].empty or lines[k].blank_cell):
        k += 1
    if k >= len(lines):
        return True
    if lines[k].brk and k not in taken:
        # Spelled whole at the page's foot: the first tail after the break opening a
        # bracket is the name's remark.
        nxt = _tail_start(lines, k)
        return nxt is None or not lines[nxt].text.startswith("(")
    ln = lines[k]
    rest = (ln.raw[taken[k]:] if k in taken else ln.raw).strip()
    if not rest or all(c in "-–—" for c in rest):
        return True  # (a value's `-`)
    return not (rest[0] == "(" or (first and (rest[0].islower() or rest[0] in "[-–—,;:.")))


def _dash(ln: Line) -> bool:
    """A line of a hyphen or dash alone (`«Автомати` / `-`): no letters to compare."""
    return bool(ln.text) and all(c in "-–—" for c in ln.text)


def _whole_end(name: str) -> bool:
    """The name ends on a whole word: a dictionary word, or a closing bracket, quote,
    number or capitals (an acronym), as a name the page break did not cut does."""
    last = name.split()[-1] if name.split() else ""
    if not last or not last[-1].isalpha() or not last[-1].islower():
        return True
    word = re.sub(r"^\W+", "", last).split("-")[-1]
    return is_word(word)


def spaced_as(pieces: Sequence[str], names: Sequence[str], narrow: bool = False) -> str:
    """The name's pieces (one per line) joined, each join spaced as `names` (the known
    spellings of the name they spell; a space where one prints it) are there: a line
    end in a narrow column is a wrap at a space or a cut word, which they tell.
    Spaces inside a printed line are kept, and so is a wrap at a space the dump marks
    (a trailing space: `контакт ` / `центр` where another section prints
    `контакт-центр`). Where the column printed a few letters a line (`narrow`), the
    lines stage glued its pieces without telling word ends (`Региональныйсервис`):
    every space is the known name's then (none after a printed hyphen: `жилищно-` /
    `коммунального`, whatever `жилищно - ` the other section prints)."""
    spaces: list[bool] = []
    for name in names:
        gap, at = False, 0
        for c in name:
            if c.isspace():
                gap = True
            elif letters_key(c):
                if at == len(spaces):
                    spaces.append(False)
                spaces[at] = spaces[at] or (gap and at > 0)
                gap = False
                at += 1
    out = ""
    at = 0
    marked = False
    for raw in pieces:
        piece = raw.strip()
        if not piece:
            continue
        for k, c in enumerate(piece):
            if c.isspace():
                if not narrow:
                    out += c
                continue
            key = bool(letters_key(c))
            join = k == 0 and bool(out)
            if key and out and (join or narrow) and not out.endswith("-") and (
                    (join and marked) or (at < len(spaces) and spaces[at])):
                out += " "
            out += c
            at += key
        marked = raw[-1:].isspace()
    return " ".join(out.split())


def claim_name(lines: Sequence[Line], start: int, head: str, names: Sequence[str],
               max_breaks: int) -> Claim | None:
    """The known name the lines from `start` spell (after `head`, the name's first
    piece on the number's line), its segments one per page, across at most
    `max_breaks` page breaks; None unless exactly one known name is spelled whole.
    The longest known name spelled wins (a name another section cut short is the
    start of the whole one)."""
    keys = {letters_key(n): n for n in names if letters_key(n)}
    # A name another section cut inside its last word (`… с федераль`) ends no name.
    whole = {k for k, n in keys.items() if _whole_end(n)}
    if not keys:
        return None
    head_key = letters_key(head)
    if head_key and not any(k.startswith(head_key) for k in keys):
        return None
    found: list[tuple[str, dict[int, int]]] = []

    def prefix(text: str) -> bool:
        return any(k.startswith(text) for k in keys)

    def segment(j: int, got: str, taken: dict[int, int], breaks: int) -> None:
        # Lines from j on one page; the name's run on this page ends at the first
        # line that does not go on spelling a known name.
        run = dict(taken)
        k, text = j, got
        while k < len(lines):
            ln = lines[k]
            if k > j and ln.brk:
                break
            if ln.empty or ln.blank_cell:
                k += 1
                continue
            key = letters_key(ln.text)
            if not (key and prefix(text + key)) and not (_dash(ln) and text != got):
                break
            text += key
            run[k] = len(ln.raw)
            k += 1
        # A dash ending the run goes on the name only where its rest follows after the
        # break (`«Автомати` / `-` | `зированная`); else it is a value's `-`.
        trail = [x for x in run if x not in taken]
        keep = len(trail)
        while keep and _dash(lines[trail[keep - 1]]):
            keep -= 1
        core = {x: v for x, v in run.items() if x not in trail[keep:]}
        # (text, lines taken, the line after them, may end the name, may go on)
        ends: list[tuple[str, dict[int, int], int, bool, bool]] = []
        # The line after the run may hold the name's last letters and a later cell's
        # first ones, glued by the lines stage (not where a space follows: a line is
        # one cell's, the lines stage glues pieces without one).
        if k < len(lines) and not (k > j and lines[k].brk) and not lines[k].empty:
            raw = lines[k].raw
            key = letters_key(raw)
            part = max((p for p in range(1, len(key)) if prefix(text + key[:p])
                        and not raw[key_cut(raw, p):][:1].isspace()), default=0)
            if part:
                ends.append((text + key[:part], {**run, k: key_cut(raw, part)}, k + 1,
                             True, True))
        if keep < len(trail):
            ends.append((text, core, trail[keep], True, False))
            ends.append((text, run, k, False, True))
        else:
            ends.append((text, run, k, True, True))
        for text_end, taken_end, at, may_end, may_go in ends:
            if text_end == got:
                continue
            if may_end and text_end in whole and _new_cell(lines, at, taken_end, not breaks):
                found.append((text_end, taken_end))
            if may_go and breaks < max_breaks and any(
                    x.startswith(text_end) and x != text_end for x in keys):
                nxt = _tail_start(lines, at)
                if nxt is not None:
                    segment(nxt, text_end, taken_end, breaks + 1)

    segment(start, head_key, {}, 0)
    if not found:
        return None
    best = max(len(t) for t, _ in found)
    picks = [(t, tk) for t, tk in found if len(t) == best]
    if len({t for t, _ in picks}) != 1:
        return None
    text, taken = picks[0]
    # (A line the lines stage glued from pieces keeps its first piece's number: the
    # next line's number tells how many dump lines it took.)
    dump = 0
    for k in taken:
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        same = nxt is not None and not nxt.brk and nxt.page == lines[k].page
        dump += max(1, nxt.no - lines[k].no) if same and nxt is not None else 1
    spellings = [n for n in names if letters_key(n) == text]
    return Claim(keys[text], taken, dump, len(text), spellings)


_LABEL = "наименование"


def label_cut(headers: Sequence[Sequence[Line]]) -> bool:
    """The first table header's label of the project column («Наименование
    проекта», the first of the header's labels to open so) was cut inside its first
    word: the name column is narrower than that word. The template's labels are
    wrapped to their columns like any cell; a word the lines stage glued from pieces
    keeps its first piece's line number, so the next line's number tells."""
    for block in headers[:1]:
        for a, ln in enumerate(block):
            key = norm_key(ln.text).lstrip("№")
            if not key or not (_LABEL.startswith(key) or key.startswith(_LABEL)):
                continue
            nxt = block[a + 1] if a + 1 < len(block) else None
            whole = key.startswith(_LABEL) and (nxt is None or nxt.no - ln.no <= 1)
            return not whole
    return False
