"""Section 5 «Взаимосвязь задач и проектов стратегии» of a text dump -> TaskLinkRecord.

Columns: № | task | project | beneficiary | benefit. The project's name is the
anchor: it is found among the names of sections 6 and 7 (see `names`); what
comes before it is the task, what follows the beneficiary and the benefit (cut at
the first capitalised line that does not continue a list of beneficiaries).

A page break inside a row prints each cut column's rest after it, in column
order. A name cut there is completed from its whole form in another section,
and whatever comes before its rest is the task's; otherwise `task_tails` says
how much of the text after the break goes on with the task, and a remark opening
right after it belongs to the name (the next column). A name not printed letter
for letter as elsewhere is looked for up to acronyms (`spelled`).

Where the dump marks a line wrapped inside its cell with a trailing space
(PyMuPDF does; `words.prints_line_end_spaces`), the marks say where cells end
and which went on after a break: a cell opens at the row's top with a capital
or a list item, so a name found there runs on over marked lines and lines that
open no cell (`_name_in_head`); after the break the task's rest comes first
(`task_tails.wrapped_tail_length`), then the name's (`task_tails.cell_rest`),
each leaving a line to a later column that went on too; a row with no known
name is split where its cells end, and a row none of whose cells a break cut is
followed by a row of its own, whose number was lost. A line not marked is no
proof of a cell's end (a word broken there, or the line filled the column), so
other evidence decides there. Dumps without the mark are read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.strategy import cells
from extract.strategy.acronyms import same_name
from extract.strategy.names import (
    _prefix_lines,
    best_match,
    core,
    extend_remarks,
    find_rest,
    longer_names,
    name_key,
)
from extract.strategy.records import Finding, TaskLinkRecord
from extract.strategy.sections import Line, Section, missing_row, split_sectors, strip_headers
from extract.strategy.settings import SETTINGS
from extract.strategy.spelled import Spelled, find_spelled
from extract.strategy.task_tails import (
    LEAD_MARK,
    alone_rest,
    cell_lines,
    cell_rest,
    goes_on,
    lead_marks_back,
    list_item,
    opens_inside,
    sentences,
    tail_length,
    wrapped_tail_length,
)
from extract.strategy.words import (
    broken_word,
    cut_at_break,
    is_word,
    join_cell,
    prints_line_end_spaces,
)

# (The lines stage may glue a piece of a row number cut by the break, `.` of `6` /
# break / `.` / `2`, to the repeated header's last word.)
# A row number's rest and a lower-case line of text printed as one line.
_NUMBER_GLUED = re.compile(r"(\d{1,3})\s+(?=[а-яё(«\"])")
# (The least rest, in letters, that a known name must spell on from a line with:
# a word or two could follow the line in a name by chance.)
# A row number's rest and the cell text after it printed as one line.
_NUMBER_ON_LINE = re.compile(r"(\d{1,2})\s+(?=\S)")
_HEADER_END = re.compile(r"бенефициара\s+проекта\.?$", re.IGNORECASE)


def _split_benefit(texts: list[str]) -> tuple[list[str], list[str]]:
    """Beneficiaries are short noun phrases («Школьники,», «организации -»); the
    benefit starts at the first capitalised line after a line that closes one."""
    for k, t in enumerate(texts[1:], start=1):
        prev = texts[k - 1].rstrip()
        if cells.starts_upper(t) and not prev.endswith((",", "-", "–", " и")) and (
            len(t) > 25 or len(prev) > 25
        ):
            return texts[:k], texts[k:]
    return texts[:1], texts[1:]


@dataclass
class _Row:
    """One table row: its number, first line, and text before / after each break;
    `head_wrap` / `tail_wrap` say which of those lines the dump marks as wrapped
    inside their cell (all False where it marks none)."""

    sector_no: int
    sector_name: str
    no: str
    first: Line
    head: list[str]
    tails: list[list[str]]
    names: list[str]
    head_wrap: list[bool]
    tail_wrap: list[list[bool]]
    breaks: list[Line]  # the first line after each break
    found: tuple[int, tuple[int, str, str]] | None = None


def _number_piece(start: str, piece: str, no: str, sector_no: int) -> bool:
    """`piece` is the rest of a row number whose first part `start` its line
    printed: the narrow № column wrapped it (`5.1` / `0`), or a page break cut it
    (`1.` | break | `7`; the № column's rest comes first after the break)."""
    if not re.fullmatch(r"\d{1,3}\.?", piece.strip()):
        return False
    whole = cells.project_number(start.strip() + piece.strip(), sector_no)
    return whole is not None and not whole.rest and whole.no == no


def _rows(section: Section, sectors: dict[int, str], known: dict[int, list[str]],
          findings: list[Finding], spaced: bool) -> list[_Row]:
    body, _ = strip_headers(section.lines, _HEADER_END)
    out: list[_Row] = []
    for sector in split_sectors(Section(section.number, section.heading, body), sectors):
        lines = [ln for ln in sector.lines if not ln.empty and not ln.blank_cell]
        lines = _first_number_cut(_dot_pieces(_marks_back(lines) if spaced else lines,
                                              sector.number), sector.number)
        lines = _later_number_cut(lines, sector.number)
        starts = _other_style_rows(lines, cells.project_starts(lines, sector.number), spaced)
        findings.extend(missing_row(lines[i], no, 5) for i, no in cells.missing_numbers(starts))
        for k, (i, num) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
            if k + 1 < len(starts) and end - 1 > i and _number_piece(
                    lines[end - 1].text, lines[end].text, starts[k + 1][1].no, sector.number):
                end -= 1  # the next row's number began on the line before its start
            segs: list[list[str]] = [[num.rest] if num.rest else []]
            wraps: list[list[bool]] = [[lines[i].wrapped] if num.rest else []]
            breaks: list[Line] = []
            for ln in lines[i + 1 : end]:
                if ln.brk:
                    segs.append([])
                    wraps.append([])
                    breaks.append(ln)
                    if len(segs) == 2 and _number_piece(lines[i].text, ln.text, num.no,
                                                        sector.number):
                        continue
                    glued = _NUMBER_GLUED.match(ln.text) if len(segs) == 2 else None
                    if glued and _number_piece(lines[i].text, glued.group(1), num.no,
                                               sector.number):
                        # The № column's rest and the task's first line after the
                        # break stand on one printed line (`8 муниципальных`).
                        segs[-1].append(ln.text[glued.end():])
                        wraps[-1].append(ln.wrapped)
                        continue
                segs[-1].append(ln.text)
                wraps[-1].append(ln.wrapped)
            if len(segs) > 1:
                segs[0], wraps[0] = _split_foot_cells(
                    segs[0], wraps[0], known.get(sector.number, []))
            if spaced:
                wraps = [_filled_marks(seg, marks, head=s == 0)
                         for s, (seg, marks) in enumerate(zip(segs, wraps, strict=True))]
            out.append(_Row(sector.number, sector.name, num.no, lines[i], segs[0], segs[1:],
                            known.get(sector.number, []), wraps[0], wraps[1:], breaks))
    return out


def _begins_known(text: str, names: list[str]) -> bool:
    """`text` spells the first whole words of a known name (sections 6, 7)."""
    key = name_key(text)
    for v in names:
        words, n = name_key(v), 0
        if not key or not words.startswith(key):
            continue
        for word in v.split():
            n += len(name_key(word))
            if n == len(key):
                return True
    return False


_CAPITAL_WORD = re.compile(r"[А-ЯЁA-Z]")
_ITEM_OPENS = re.compile(r"\s[-–—]\s+(?=[А-ЯЁ])")


def _foot_split(text: str, names: list[str]) -> int:
    """Where a line of a row's heads holds two cells' first lines (0: it holds one).
    At a page's foot the dump prints the lines the cut row's cells begin with on one
    line where they stand level: the task's and the name's (`Совершенствование
    государственного ТАРМ АРМ ГС (типовое`: the rest from a capitalised word spells a
    known name's first words, at least two, which the whole line does not), or the
    name's and the beneficiaries' (`Управление на основе - Граждане - Органы`: a known
    name's first words, then a list item's dash before a capital, which the name
    does not spell on)."""
    if _begins_known(text, names):
        return 0
    for m in _ITEM_OPENS.finditer(text):
        if len(text[: m.start()].split()) >= SETTINGS.foot_split_words and _begins_known(
                text[: m.start()], names):
            return m.start() + 1
    words = list(re.finditer(r"\S+", text))
    for w in words[1:]:
        rest = text[w.start():]
        if (_CAPITAL_WORD.match(rest) and len(rest.split()) >= SETTINGS.foot_split_words
                and _begins_known(rest, names)):
            return w.start()
    return 0


def _split_foot_cells(head: list[str], wraps: list[bool],
                      names: list[str]) -> tuple[list[str], list[bool]]:
    """The heads of a row a page break cut, a line holding two cells' first lines
    split in two (`_foot_split`); the first part's cell went on (the row was cut),
    the second keeps the line's mark."""
    out: list[str] = []
    marks: list[bool] = []
    for text, mark in zip(head, wraps, strict=True):
        parts: list[str] = []
        while (k := _foot_split(text, names)):
            parts.append(text[:k].rstrip())
            text = text[k:].lstrip()
        out.extend([*parts, text])
        marks.extend([*([False] * len(parts)), mark])
    return out, marks


# A dash alone on its line: a beneficiary's when marked as wrapped, else a compound's
# hyphen (`жилищно` / `-` / `коммунального`; `task_tails.list_item`).
_DASHES = ("-", "–", "—")
# A line ending with a list item's dash (`- `, `- Граждане - `): the item follows it.
_LIST_DASH_END = re.compile(r"(?:^|\s)[-–—]$")


def _filled_marks(seg: list[str], wraps: list[bool], head: bool) -> list[bool]:
    """(Marked dumps) the wrap marks of a row's lines between page breaks, where a
    line without the mark followed by a line opening in lower case goes on: before
    any break (`head`) each cell's first line opens with a capital (a task, a name, a
    benefit) or `-` (a beneficiary), so the line filled its column and LibreOffice
    dropped the space (`потенциальные возможности` / `получения цифровых`). After a
    break the cut cells' rests open in lower case too: not there. Nor a dash alone
    (`жилищно` / `-` / `коммунального`): it filled no column; unmarked, it is a
    compound's hyphen, marked it would open the beneficiaries' list."""
    out = list(wraps)
    if not head:
        return out
    for k in range(len(seg) - 1):
        nxt = seg[k + 1]
        if (not out[k] and seg[k] and not seg[k].isdigit() and nxt[:1].isalpha()
                and nxt[:1].islower() and seg[k].strip() not in _DASHES):
            out[k] = True
    return out


def _marks_back(lines: list[Line]) -> list[Line]:
    """(Marked dumps) a full stop, comma, semicolon or colon that opens a line
    (`документооборот` / `. Создание и`) back on the line before: the word before
    it filled the narrow column, no space to wrap at before the mark, so the line
    before (no wrap mark, no bare number) goes on. Not across a page break (other
    cells' lines come between; `lead_marks_back` joins those)."""
    out: list[Line] = []
    for ln in lines:
        lead = LEAD_MARK.match(ln.raw)
        prev = out[-1] if out else None
        if (lead and prev is not None and not ln.brk and not prev.wrapped
                and not prev.text.isdigit() and prev.text):
            out[-1] = Line(prev.no, prev.raw.rstrip() + lead.group(1) + " ", prev.page, prev.brk)
            ln = Line(ln.no, ln.raw[lead.end():], ln.page, ln.brk)
        out.append(ln)
    return out


def _glue_as_printed(lines: list[str], joints: list[int], whole: list[str]) -> str:
    """(Marked dumps) a task's lines joined, a word cut by the narrow column just
    before a page break glued to its rest after it where a task printed whole in
    another row (`whole`: uncut rows' tasks, lower case) reads so: `образовательным`
    | break | `и процессами` is `образовательными процессами` when an uncut row
    prints that (the pieces alone are two words)."""
    text = join_cell(lines)
    for k in joints:
        if 0 < k < len(lines) and lines[k - 1][-1:].isalpha() and lines[k][:1].islower():
            glued = join_cell([*lines[: k - 1], lines[k - 1] + lines[k], *lines[k + 1 :]])
            if (any(glued.lower() in w for w in whole)
                    and not any(text.lower() in w for w in whole)):
                text = glued
    return text


@lru_cache(maxsize=8192)
def _letters(text: str) -> tuple[tuple[int, str], ...]:
    """The letters and digits of `text` with their positions, lower case, `ё` as `е`
    (cached: each known name is spelled out against every row's name)."""
    return tuple((i, c.lower().replace("ё", "е")) for i, c in enumerate(text) if c.isalnum())


def _spelled_as_known(name: str, names: list[str]) -> str:
    """`name` with the spaces dropped that split one word of a known name (sections
    6, 7) in two: a narrow project column breaks a word inside it (`жилищно-коммуна`
    / `льного`, `интеллект` / `а`), and where the pieces are not glued back (the
    piece alone is a word, or a page break came between) the join puts a space in.
    Only spaces go, only where the known name has the two letters side by side and
    the pieces are not two words that glued make none; where one of the two names
    goes on after the other ends (a row prints only a long name's first clauses,
    or a remark in brackets the other lacks), up to where it ends."""
    mine = _letters(name)
    for known in names:
        theirs = _letters(known)
        span = min(len(mine), len(theirs))
        if [c for _, c in mine[:span]] != [c for _, c in theirs[:span]] or name == known:
            continue  # (a row may print only a long name's first clauses, or add remarks)
        drop: set[int] = set()
        for k in range(1, span):
            (a, _), (b, _) = mine[k - 1], mine[k]
            (x, _), (y, _) = theirs[k - 1], theirs[k]
            if y != x + 1 or b == a + 1 or name[a + 1 : b].strip():
                continue
            left = re.search(r"\w+$", name[: a + 1])
            right = re.match(r"\w+", name[b:])
            assert left is not None and right is not None
            one, two = left.group(), right.group()
            if is_word(one) and is_word(two) and not is_word(one + two):
                continue
            drop.update(range(a + 1, b))
        if drop:
            return "".join(c for i, c in enumerate(name) if i not in drop)
    return name


def _read_on(line: str, rest: list[str], names: list[str]) -> bool:
    """A known name (sections 6, 7) spells `line`, a name's last line before a
    break, followed by all of `rest`, the lines after it: they go on with it."""
    key = name_key(join_cell([line, *rest]))
    return (len(name_key(join_cell(rest))) >= SETTINGS.min_read_on_letters
            and any(key in name_key(v) for v in names))


def _known_read_on(last: str, lines: list[str], names: list[str]) -> int:
    """How many of `lines`, after `last`, the last line of a name's rest where the
    wrap marks ended it, still go on with it: the marks stop at a line that filled
    its column (LibreOffice drops the space there), so where a known name (sections
    6, 7, which may spell its start otherwise) ends with `last` and the next lines
    letter for letter, they are the name's."""
    keys = [name_key(v) for v in names]
    for m in range(len(lines), 0, -1):
        key = name_key(join_cell([last, *lines[:m]]))
        if len(name_key(join_cell(lines[:m]))) >= SETTINGS.min_read_on_letters and any(
                v.endswith(key) for v in keys):
            return m
    return 0


def _known_end(name: str, rest: list[str], marks: list[bool], names: list[str]) -> int:
    """How many of `rest` (a name's rest after a break) end it where, with them, it
    spells a known name whole on a line not marked as wrapped, lines being left
    after it: the cell ended there (a bracket the source left open, `(формирование
    … (далее - ГИС ЖКХ) (рекомендовано ФОИВ)`, does not run it into the next
    cells' rests, `власти` / `услуг по`); 0 where none does."""
    for k in range(1, len(rest)):
        if not marks[k - 1] and rest[k - 1].count("(") <= rest[k - 1].count(")") and any(
                same_name(join_cell([name, *rest[:k]]), v) for v in names):
            # (Not on a line that opens a bracket, `(далее` / `- ЕГИССО)`: a known
            # name spelled without its definition still goes on there.)
            return k
    return 0


def _cut_in_known(name: str, first: str, names: list[str]) -> bool:
    """`first`, a line in lower case after a page break, completes the name's last
    word into a word of a known name the name spells on to (`государствен` /
    `ной`: the dictionary knows the short form, so only the known name tells the
    column broke the word)."""
    words, rest = name.split(), first.split()
    if not words or not rest or not first[:1].islower() or not words[-1][:1].isalpha():
        return False
    glued = (words[-1] + rest[0]).lower().replace("ё", "е")
    key = name_key(join_cell([name, rest[0]]))
    return any(name_key(v).startswith(key) and glued in v.lower().replace("ё", "е").split()
               for v in names)


def _worded_on(name: str, lines: list[str], names: list[str]) -> int:
    """How many of `lines` (after a name's rest where the wrap marks ended it) make
    the name, with them, a known one worded otherwise (`службы Российской` /
    `Федерации ЕИСУ` where another section prints `службы РФ ЕИСУ`): the marks
    stop at a line that filled its column; the longest such run, and only a whole
    known name. A short run (`КС ВС СМС`) only where the name without it is no
    known name (it cannot have ended there)."""
    whole = any(same_name(name, v) for v in names)
    for m in range(len(lines), 0, -1):
        longer = join_cell([name, *lines[:m]])
        if (not whole or len(name_key(join_cell(lines[:m]))) >= SETTINGS.min_read_on_letters
                ) and any(same_name(longer, v) for v in names):
            return m
    return 0


def _row_end_rest(last: str, seg: list[str], start: int, row_ends: set[str]) -> int:
    """Where, in `seg` (lines after a break), the last column's rest begins: the
    first line from `start` on with which `last`, its line before the break, ends
    a row printed whole (`row_ends`: name keys of uncut rows), for the benefit
    repeats across a sector's rows (`Сокращение времени` | break | `получения
    услуг по направлению «…»`); `len(seg)` where none does."""
    for k in range(start, len(seg)):
        key = name_key(join_cell([last, *seg[k:]]))
        if len(key) >= SETTINGS.min_read_on_letters and any(e.endswith(key) for e in row_ends):
            return k
    return len(seg)


def _closing_quote_apart(after: list[str], wrapped: bool, tails: list[list[str]],
                         wraps: list[list[bool]]) -> tuple[list[list[str]], list[list[bool]]]:
    """(Marked dumps) the tails with a closing quote that the lines stage glued to the
    first segment's last line (`граждан` / `»` -> `граждан»`) printed apart again,
    where the row's last line before the break (`after`: the name's rest of the row
    and the columns after it) left a quote open and was not wrapped (`wrapped`), nor
    cut inside a word (`по направлению «Промышленность` | break): its cell went on
    with the quote alone, which did not fit on the line. Quotes pair inside a cell,
    and the last column's rest comes last in column order, so the quote is that
    column's and the line an earlier cell's (the task's) last words. (A wrapped
    last line, `«Развитие городской ` | break | `среды»`, goes on in words.)"""
    text = join_cell(after)
    seg = tails[0]
    if (wrapped or not seg or text.count("«") <= text.count("»") or not seg[-1].endswith("»")
            or "«" in seg[-1] or not seg[-1][:-1].strip()):
        return tails, wraps
    line = seg[-1][:-1].rstrip()
    if broken_word(after[-1], line):
        return tails, wraps
    return ([[*seg[:-1], line, "»"], *tails[1:]],
            [[*wraps[0][:-1], False, False], *wraps[1:]])


def _closing_quote_home(name: str, benefit: str) -> tuple[str, str]:
    """(name, benefit) with a closing quote the name ends with but never opened
    given to the benefit, which opened one and left it open: quotes pair inside a
    cell, and the lines stage glues a quote wrapped onto a line of its own to the
    line before, which after a page break may be another column's rest (`ФОИВ))`
    / `»`)."""
    if (name.endswith("»") and name.count("«") < name.count("»")
            and benefit.count("«") > benefit.count("»")):
        return name[:-1].rstrip(), f"{benefit}»"
    return name, benefit


def _dot_pieces(lines: list[Line], sector_no: int) -> list[Line]:
    """`lines` with a row number wrapped before its dot in the narrow № column
    (`4` / `.`) as one line `4.`: the lines stage glues the pieces only when the
    number's rest follows (`4` / `.` / `7`), not when a page break cut it (`4` /
    `.` | break | `7`, read as any number cut after its dot). In a table numbered
    `6.1`, `6.2` … the sector's number alone before a task's first line is such a
    piece whose dot went after the break too (`6` | break | `.` / `2`)."""
    out: list[Line] = []
    dotted = next((bool(re.fullmatch(rf"{sector_no}\.\d{{1,3}}(?:\s.*)?", ln.text))
                   for ln in lines if cells.project_number(ln.text, sector_no)), False)
    for k, ln in enumerate(lines):
        prev = out[-1] if out else None
        if (prev is not None and ln.text == "." and not ln.brk
                and re.fullmatch(r"\d{1,3}", prev.text)):
            out[-1] = Line(prev.no, f"{prev.text}.", prev.page, prev.brk)
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (dotted and ln.text == str(sector_no) and nxt is not None and not nxt.brk
                and cells.starts_upper(nxt.text)):
            ln = Line(ln.no, f"{sector_no}.", ln.page, ln.brk)
        out.append(ln)
    return out


def _first_number_cut(lines: list[Line], sector_no: int) -> list[Line]:
    """`lines` with a sector's first row number cut after its dot by a page break
    (`2.` | break | `1` for 2.1; `2` / `.` is `2.` by `_dot_pieces`; `2` | break | `1`
    where the dot went to the header and the sector's later rows are dotted) put back together:
    the № column's rest is the first line after the break. (Later rows of a
    dotted table are recognised so by `cells.project_starts`; the first fixes the
    table's numbering style.)"""
    first = next((i for i, ln in enumerate(lines)
                  if cells.project_number(ln.text, sector_no)), None)
    if first is None or first + 1 >= len(lines):
        return lines
    # The dot may be cut off too (`4` | break | `.` / `1`, the dot glued to the
    # repeated header's last word): the sector's own later rows (`4.2`) say the
    # table is dotted.
    dotted_later = any(re.fullmatch(rf"{sector_no}\.2(?:\s.*)?", ln.text)
                       for ln in lines[first + 1 :])
    num = cells.project_number(lines[first].text, sector_no)
    if lines[first].text != f"{sector_no}." and not (
            num is not None and num.style == "bare" and num.no == str(sector_no)
            and dotted_later):
        return lines
    brk = next((k for k in range(first + 1, len(lines)) if lines[k].brk), None)
    # (Or the dot is printed on a line of its own after the break: `3` | break | `.` / `1`.)
    dot = int(brk is not None and lines[brk].text == "." and brk + 1 < len(lines)
              and not lines[brk + 1].brk)
    if (brk is None or brk == first + 1 or lines[brk + dot].text != "1"
            or not cells.starts_upper(lines[first + 1].text)):
        return lines
    ln = lines[first]
    glued = f" {num.rest}" if num is not None and num.rest else ""  # `6 Осуществление`
    whole = Line(ln.no, f"{sector_no}.1{glued}", ln.page, ln.brk)
    nxt = lines[brk + dot + 1] if brk + dot + 1 < len(lines) else None
    rest = [Line(nxt.no, nxt.raw, nxt.page, True)] if nxt is not None else []
    return [*lines[:first], whole, *lines[first + 1 : brk], *rest, *lines[brk + dot + 2 :]]


def _later_number_cut(lines: list[Line], sector_no: int) -> list[Line]:
    """`lines` with a later row number that the narrow № column wrapped and a page
    break cut (`5.1` | break | `1` for 5.11 in a dotted table, `1` | break | `1` for
    11 in a bare one; `3` | break | `5` for 3.5 where the dot went to the repeated
    header) put back together: the № column's rest is the first line after the
    break, and the pieces make the number that follows the last row's.
    (A number wrapped without a break, `5.1` / `2`, `1` / `2`,
    `cells.project_starts` reads so.)"""
    out = list(lines)
    last = 0
    style: str | None = None
    i = 0
    while i < len(out):
        num = cells.project_number(out[i].text, sector_no)
        if num is not None and style is None and num.style in ("dotted", "bare"):
            style = num.style  # the table's first number sets its style
        if (style == "dotted" and last and num is not None and num.style in ("bare", "dot")
                and num.no == str(sector_no)):
            # Cut after its dot (`1.` | break | `9`) or before it (`3 Повышение` |
            # break | `.` / `5`, the dot glued to the repeated header's last word): the
            # digits after the break, one or two pieces (`1` / `2`), make the number
            # after the last row's.
            brk = next((k for k in range(i + 1, len(out)) if out[k].brk), None)
            pieces = 0
            on_line = None
            if brk is not None and brk > i + 1 and not any(
                    cells.project_number(x.text, sector_no) for x in out[i + 1 : brk]):
                on_line = _NUMBER_GLUED.match(out[brk].text)
                # (The dot cut off may print on a line of its own first: `.` / `1` / `0`;
                # `_dot_pieces` read `1` before the break as `1.` already.)
                dot = int(out[brk].text == ".")
                digits = ""
                for k in range(brk + dot, min(brk + dot + 2, len(out) - 1)):
                    if not re.fullmatch(r"\d{1,2}", out[k].text) or (k > brk and out[k].brk):
                        break
                    digits += out[k].text
                    if int(digits) == last + 1:
                        pieces = k - brk + 1
                        break
            if not pieces and on_line and int(on_line.group(1)) == last + 1:
                # The rest and the task's first line after the break on one printed
                # line (`5.` | break | `8 муниципальных`; `_rows` splits it): the
                # row is counted, so the rows after it stay in sequence.
                last += 1
                i += 1
                continue
            if brk is not None and pieces:
                ln, nxt = out[i], out[brk + pieces]
                glued = f" {num.rest}" if num.rest else ""
                out[i] = Line(ln.no, f"{sector_no}.{last + 1}{glued}", ln.page, ln.brk)
                out[brk : brk + pieces + 1] = [Line(nxt.no, nxt.raw, nxt.page, True)]
                last += 1
                i += 1
                continue
        if num is None or num.style != style:
            i += 1
            continue
        n = int(cells.short_project_no(num.no))
        nxt_text = out[i + 1].text if i + 1 < len(out) and not out[i + 1].brk else ""
        if n != last + 1 and not num.rest and re.fullmatch(r"\d{1,2}\.?", nxt_text) and (
                int(f"{n}{nxt_text.rstrip('.')}") == last + 1):
            n = last + 1  # wrapped without a break (`5.1` / `0`, `1.1` / `1.`)
        brk = next((k for k in range(i + 1, len(out)) if out[k].brk), None)
        if (n != last + 1 and not num.rest and brk is not None and brk > i + 1
                and brk + 1 < len(out) and re.fullmatch(r"\d{1,2}", out[brk].text)
                and int(f"{n}{out[brk].text}") == last + 1
                and not any(cells.project_number(x.text, sector_no)
                            for x in out[i + 1 : brk])):
            ln, nxt = out[i], out[brk + 1]
            whole = f"{sector_no}.{last + 1}" if style == "dotted" else str(last + 1)
            out[i] = Line(ln.no, whole, ln.page, ln.brk)
            out[brk : brk + 2] = [Line(nxt.no, nxt.raw, nxt.page, True)]
            n = last + 1
        on_line = (_NUMBER_ON_LINE.match(out[brk].raw)
                   if n != last + 1 and not num.rest and brk is not None and brk > i + 1
                   else None)
        if (on_line and brk is not None and int(f"{n}{on_line.group(1)}") == last + 1
                and not any(cells.project_number(x.text, sector_no)
                            for x in out[i + 1 : brk])):
            # The number's rest and the task's first line after the break printed as
            # one line, the task opening with a capital (`1.1` | break | `4 ООВО и
            # НИИ в`): the number whole, the line the task's.
            ln, cut = out[i], out[brk]
            whole = f"{sector_no}.{last + 1}" if style == "dotted" else str(last + 1)
            out[i] = Line(ln.no, whole, ln.page, ln.brk)
            out[brk] = Line(cut.no, cut.raw[on_line.end():], cut.page, True)
            n = last + 1
        if n == last + 1:
            last = n
        i += 1
    return out


def _other_style_rows(lines: list[Line], starts: list[tuple[int, cells.ProjectNo]],
                      spaced: bool) -> list[tuple[int, cells.ProjectNo]]:
    """`starts` with a row numbered in the other plain style (`7.` in a table of
    `1` … `6`) where the sequence has a gap or ends: the number alone on its
    line, the line before it not going on (not marked where the dump marks
    wrapped lines, no open phrase) and a capital after it."""
    out = list(starts)
    for k in range(len(starts) - 1, -1, -1):
        i, num = starts[k]
        if num.style not in ("bare", "dot"):
            continue
        want = str(int(cells.short_project_no(num.no)) + 1)
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        if k + 1 < len(starts) and cells.short_project_no(starts[k + 1][1].no) == want:
            continue
        other = f"{want}." if num.style == "bare" else want
        for m in range(i + 2, end - 1):
            prev = lines[m - 1]
            if lines[m].text == other and cells.starts_upper(lines[m + 1].text) and not (
                    goes_on(prev.text, prev.wrapped) if spaced else cells.open_end(prev.text)):
                out.insert(k + 1, (m, cells.ProjectNo(want, "", num.style)))
                break
    return out


def _next_no(no: str) -> str:
    """The row number after `no` in its style (`3` -> `4`, `1.3` -> `1.4`)."""
    head, _, last = no.rpartition(".")
    return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)


def _lost_row(r: _Row) -> _Row | None:
    """Where the dump marks wrapped lines: the row that opens after a break in `r`
    when none of `r`'s cells went on there (task, name and last line not marked),
    and what follows the break opens a cell and names a known project after a
    task that ended: its number was lost (taken for the page's number)."""
    if not r.tails or r.found is None or goes_on(r.head[-1], r.head_wrap[-1]):
        return None
    j, (used, name, left) = r.found
    if (j and goes_on(r.head[j - 1], r.head_wrap[j - 1])) or _name_in_head(
            r, j, used, name, left)[2]:
        return None
    seg = r.tails[0]
    if not seg or not cells.new_cell(seg[0]):
        return None
    new = _Row(r.sector_no, r.sector_name, _next_no(r.no), r.breaks[0], seg, r.tails[1:],
               r.names, r.tail_wrap[0], r.tail_wrap[1:], r.breaks[1:])
    new.found = _find_name(seg, r.names, _cell_opens(new))
    k = new.found[0] if new.found else 0
    if k == 0 or goes_on(seg[k - 1], new.head_wrap[k - 1]):
        return None
    return new


def _recover_lost_rows(rows: list[_Row], findings: list[Finding]) -> list[_Row]:
    """Rows with a `_lost_row` split off (the finding that their number is missing
    is dropped: their text is no longer read as part of the row before)."""
    out: list[_Row] = []
    for k, r in enumerate(rows):
        out.append(r)
        new = _lost_row(r)
        if new is None:
            continue
        r.tails, r.tail_wrap, r.breaks = [], [], []
        out.append(new)
        after = rows[k + 1].first.no if k + 1 < len(rows) else None
        findings[:] = [f for f in findings if not (
            f.check == "row_number_missing" and f.object == new.no
            and f.source_line == after)]
    return out


def _find_name(texts: list[str], names: list[str], opens: Callable[[int], bool] | None = None
               ) -> tuple[int, tuple[int, str, str]] | None:
    """(start line, match) of the project's name. The task may quote the name: take
    the longest match, the later one of equals, and not at the row's start when
    another exists; `opens(j)`: whether a cell may open at line j."""
    found = None
    for j in range(len(texts)):
        if j and opens is not None and not opens(j):
            continue
        m = best_match(texts[j:], names)
        if m and (found is None or found[0] == 0
                  or len(name_key(m[1])) >= len(name_key(found[1][1]))):
            found = (j, m)
    return found


def _rest_at_cell_start(tails: list[str], rest: str, opens: list[bool] | None
                        ) -> tuple[int, int] | None:
    """`names.find_rest`, the run starting only where a cell may open (`opens`: the
    line before it was not marked as wrapped): a name's rest spelled inside the
    task's rest (`деятельности ` / `медицинских` / `организаций`) is the task's."""
    if opens is None:
        return find_rest(tails, rest)
    for p in range(len(tails)):
        if opens[p]:
            hit = find_rest(tails[p:], rest)
            if hit is None:
                return None
            if opens[p + hit[0]]:
                return p + hit[0], hit[1]
    return None


def _broken_name_opens(seg: list[str], opens: list[bool], name_line: str) -> list[bool]:
    """(Marked dumps) `opens` of a segment that another page break follows, with the
    name's rest opening after a wrapped line where it completes the word the name's
    last line before the first break was cut in (`(рекоменд` | break | … `детей, а ` /
    `овано` / `ФОИВ)` | break | `также обучение …`): the task went on past this page
    too, so its last line here is wrapped, and the name's rest comes right after it."""
    if not name_line:
        return opens
    return [o or (k > 0 and seg[k][:1].islower() and broken_word(name_line, seg[k]))
            for k, o in enumerate(opens)]


def _opens(seg: list[str], marks: list[bool]) -> list[bool]:
    """(Marked dumps) where a cell may open among a segment's lines: not after a
    wrapped line."""
    return [k == 0 or not goes_on(seg[k - 1], marks[k - 1]) for k in range(len(seg))]


def _rest_opening(name: str, tails: list[list[str]], wraps: list[list[bool]],
                  names: list[str], task_cut: bool) -> tuple[int, int, int] | None:
    """(Marked dumps) (segment, line, 1) where the rest of `name`, cut by a page
    break though its last line lost the mark (it filled the column), opens after
    the break: a line where a cell may open that spells the first words of the
    rest of a longer known name (`Новый умный дом` | break | `(формирование` of
    `Новый умный дом (формирование платформы …)`). The other sections may spell
    the rest otherwise, so the marks say where it ends (`task_tails.cell_rest`).
    Not on the first line after the break when the task went on (`task_cut`)."""
    key = name_key(name)
    for longer in longer_names(name, names):
        rest = name_key(longer)[len(key):].strip()
        for s, seg in enumerate(tails):
            for p, opens in enumerate(_opens(seg, wraps[s])):
                first = name_key(seg[p]).strip()
                if (opens and not (s == p == 0 and task_cut) and len(first) >= 5
                        and rest.startswith(first)):
                    return s, p, 1
    return None


def _across(head: list[str], tails: list[str], names: list[str], remarks: bool = True,
            head_wrap: list[bool] | None = None, tail_opens: list[bool] | None = None
            ) -> tuple[int, int, int, int, str] | None:
    """A name that starts in `head` and ends in `tails` (after the task's tail):
    (start in head, head lines, tail start, tail lines, name as printed), with
    the `remarks` in brackets after it (`names.extend_remarks`); `tail_opens`: where
    a cell may open in `tails` (dumps that mark wrapped lines)."""
    best = None
    for j in range(1, len(head)):
        # A list item (the beneficiaries, maybe a dash alone) ends the name's lines.
        stop = next((m for m in range(j + 1, len(head))
                     if list_item(head[m], bool(head_wrap and head_wrap[m]),
                                  head[m + 1] if m + 1 < len(head) else None)), len(head))
        for name in names:
            for variant in dict.fromkeys((name, core(name))):
                target = name_key(variant)
                k = _prefix_lines(head[j:stop], target)
                if k == 0:
                    continue
                done = name_key(join_cell(head[j : j + k]))
                opens = tail_opens
                if opens and head_wrap and goes_on(head[j - 1], head_wrap[j - 1]):
                    opens = [False, *opens[1:]]  # the task went on: its rest comes first
                hit = _rest_at_cell_start(tails, target[len(done):], opens)
                if hit is None:
                    continue
                p, u = hit
                text = join_cell([*head[j : j + k], *tails[p : p + u]])
                n = p + u
                if remarks:
                    n, text = extend_remarks(tails, n, text)
                if best is None or len(name_key(text)) > len(name_key(best[4])):
                    best = (j, k, p, n - p, text)
    return best


def _take(head: list[str], tails: list[list[str]], wraps: list[list[bool]], found: Spelled
          ) -> tuple[list[str], list[str], str, list[list[str]], list[list[bool]],
                     tuple[int, int, int] | None]:
    """(task, text after the name, name, tails, their wrap marks, where the name's
    rest is in them) of a name spelled otherwise. A rest that shares its first line
    with the column before it gets that line split."""
    task, after = head[: found.start], head[found.start + found.lines :]
    rest = found.rest
    if rest is None:
        return task, after, found.text, tails, wraps, None
    if not rest.skip:
        return task, after, found.text, tails, wraps, (rest.seg, rest.at, rest.count)
    seg = list(tails[rest.seg])
    marks = list(wraps[rest.seg])
    words = seg[rest.at].split()
    seg[rest.at : rest.at + 1] = [" ".join(words[: rest.skip]), " ".join(words[rest.skip :])]
    marks[rest.at : rest.at + 1] = [False, marks[rest.at]]
    tails = [*tails[: rest.seg], seg, *tails[rest.seg + 1 :]]
    wraps = [*wraps[: rest.seg], marks, *wraps[rest.seg + 1 :]]
    return task, after, found.text, tails, wraps, (rest.seg, rest.at + 1, rest.count)


def _width(rows: list[_Row]) -> int:
    """The task column's width in characters: its widest line before any break."""
    widths = [len(t) for r in rows if r.found for t in r.head[: r.found[0]]]
    return max(widths) if widths else 10**6


def _phrase_width(rows: list[_Row]) -> int:
    """The task column's width from its lines of two words or more (where the dump
    marks wrapped lines): a line of one word may be a word the column broke and the
    lines stage glued back (`несанкционирован` / `ного`), wider than the column, for
    a narrow column breaks a word only where it alone is wider; a line of several
    words fitted. Falls back to `_width` where no such line was printed."""
    widths = [len(t) for r in rows if r.found for t in r.head[: r.found[0]]
              if len(t.split()) > 1]
    return max(widths) if widths else _width(rows)


def _complete(rows: list[_Row], extra: set[str]) -> set[str]:
    """Sentences printed whole: tasks of rows with no page break, and section 4."""
    out = set(extra)
    for r in rows:
        if r.found and not r.tails:
            out.update(sentences(join_cell(r.head[: r.found[0]])))
    return out


def _cell_ends(lines: list[str], wraps: list[bool]) -> int:
    """Cells a run of lines of a row cut by a page break holds where wrapped lines
    are marked: each line not wrapped ends one, and so does a wrapped one before a
    list item (the beneficiaries open there: the cell went on after the break)
    and a last line wrapped."""
    return sum(1 for k, w in enumerate(wraps) if not w or (
        k + 1 < len(lines) and list_item(lines[k + 1], wraps[k + 1]))) + (
        1 if wraps and wraps[-1] else 0)


def _later_cuts(after: list[str], wraps: list[bool]) -> int:
    """(Marked dumps) the cells among a cut row's lines after the name (beneficiary,
    benefit) that went on after the break: a wrapped last line, and a wrapped line
    that does not stop mid-phrase (`- Граждане -`) before a capitalised line that
    opens the last cell, each of its lines but the last wrapped or followed by one
    no cell opens with (`- Граждане - Органы ` / `Сокращение времени` / `получения
    услуг по `: the benefit's first lines; not `- Граждане ` / `Органы власти` /
    `Сокращение …`, a list going on). The last item's dash alone counts so too
    when its item did not follow it before the break (`- ` / `Сокращение` | break
    | `Органы власти`; not `- ` / `Органы ` / `Сокращение`, one column cut once)."""
    cut: list[int] = []
    for k, text in enumerate(after):
        if not goes_on(text, wraps[k]):
            continue
        nxt = after[k + 1] if k + 1 < len(after) else None
        if nxt is None or (cells.new_cell(nxt) and nxt[:1].isalpha()
                           and (not cells.open_end(text) or (
                               _LIST_DASH_END.search(text.strip()) and wraps[k] and not any(
                                   list_item(after[m], wraps[m])
                                   for m in range(k + 1, len(after)))))
                           and all(goes_on(after[m], wraps[m]) or opens_inside(after[m + 1])
                                   for m in range(k + 1, len(after) - 1))):
            cut.append(k)
    return sum(1 for k in cut if not (_LIST_DASH_END.search(after[k].strip())
                                      and k + 1 in cut and k + 2 < len(after)))


def _later_rest_at(after: list[str], seg: list[str], start: int, stop: int,
                   row_ends: set[str]) -> int:
    """(Marked dumps) the first line of `seg[start:stop]` that goes on a later cell's
    line before the break though that line lost its mark (it filled the column or
    was cut inside its word): with one of `after` (the beneficiaries' and the
    benefit's lines before the break) it spells a stretch of a row printed whole
    (`Органы` | break | `власти`, `Орган` | break | `ы`), or completes a broken word;
    `stop` where none does."""
    for k in range(start, stop):
        if not name_key(seg[k]):
            continue
        for a in after:
            if len(name_key(a)) < 3:
                continue  # (a dash, `-`, spells nothing with the line)
            if broken_word(a, seg[k]) or any(
                    name_key(join_cell([a, seg[k]])) in e for e in row_ends):
                return k
    return stop


def _alone(s: int, tails: list[list[str]], tail_open: bool, later: int, name: str,
           names: list[str]) -> bool:
    """(Marked dumps) the name's rest in tail segment `s` is the row's last cut
    cell: no later column (beneficiary, benefit) went on past the break, and no
    later break follows. Not where the name so far spells a known name whole that
    no longer one goes on from: it ended there."""
    return s == len(tails) - 1 and not tail_open and (s > 0 or not later) and not (
        any(same_name(name, v) for v in names) and not longer_names(name, names))


def _room_for_cells(seg: list[str], marks: list[bool], room: int, cells_left: int) -> int:
    """(Marked dumps) at most `room` of `seg`'s first lines for the task's rest, so
    that the lines after them still hold `cells_left` cells' rests (the later
    columns the break cut: `- ` | break | `Органы ` / `власти` / `услуг по ` … is the
    beneficiary's and the benefit's, none the task's), and never up to a marked
    line, whose cell goes on on the next."""
    while room > 0 and (_cell_ends(seg[room:], marks[room:]) < cells_left
                        or goes_on(seg[room - 1], marks[room - 1])):
        room -= 1
    return room


def _on_joiner(text: str) -> bool:
    """`text` ends on a preposition or conjunction (`граждан в`): its cell goes on
    even where the next line opens with a capital (`Единой государственной …`)."""
    words = text.split()
    return bool(words) and words[-1].lower() in SETTINGS.joiners


def _before_list(r: _Row, end: int) -> bool:
    """In a row no page break cut: line `end` comes before the beneficiaries' list,
    which with the benefit after it holds the row's last two cells; no column
    comes between the name and the beneficiaries, so a line there is the name's
    though the line before lost the mark (it filled the column: `установления и
    выплат` / `Единой государственной …`)."""
    if r.tails:
        return False
    q = next((k for k in range(end, len(r.head)) if list_item(r.head[k], r.head_wrap[k])), None)
    return q is not None and q > end and _cell_ends(r.head[q:], r.head_wrap[q:]) >= 2


def _name_in_head(r: _Row, j: int, used: int, name: str, left: str
                  ) -> tuple[str, int, bool]:
    """Where the dump marks wrapped lines: (name, end of its lines in the head, cut
    by the page break). The match stops before a list item (the beneficiaries).
    A line belongs to one cell, so the rest of the name's last line is the name's
    too. A line marked goes on on the next line, or, the row cut by a break,
    after the break when the next line is a list item or opens a cell and what
    follows holds no more than the two columns after the name (beneficiary,
    benefit); a line not marked goes on when the next opens no cell
    (`opens_inside`) or the name is still open (`cells.open_end`). A name whose
    bracket is still open at the break goes on after it too."""
    for m in range(1, used):
        line = r.head[j + m]
        if list_item(line, r.head_wrap[j + m]):
            # A list item (the beneficiaries) the match ran into: the name ended.
            used, name, left = m, join_cell(r.head[j : j + m]), ""
            break
    end = j + used
    text = join_cell(r.head[j:end])
    while end < len(r.head) and len(name_key(text)) < len(name_key(name)):
        # The name as matched took words of the line after its last line used.
        end += 1
        text = join_cell(r.head[j:end])
    if name_key(text).startswith(name_key(name)):
        name = text
    elif left:
        name = join_cell([name, left])
    while end < len(r.head):
        nxt = r.head[end]
        if goes_on(r.head[end - 1], r.head_wrap[end - 1]):
            if r.tails and (list_item(nxt, r.head_wrap[end]) or (
                    cells.new_cell(nxt) and _cell_ends(r.head[end:], r.head_wrap[end:]) < 3)):
                break
        elif not opens_inside(nxt) and not (
                cells.open_end(name) and (not cells.new_cell(nxt) or _on_joiner(name))
                and not list_item(nxt, r.head_wrap[end])) and not _before_list(r, end):
            break
        name = join_cell([name, nxt])
        end += 1
    return name, end, bool(r.tails) and (
        goes_on(r.head[end - 1], r.head_wrap[end - 1]) or cells.parens_open(name))


def _known_prefix(r: _Row) -> tuple[int, tuple[int, str, str]] | None:
    """(Marked dumps) a row cut by a page break whose name no known name spells
    whole, not even across the break (the other sections word its rest otherwise,
    `службы РФ` for `службы Российской Федерации`): the lines from a cell's opening
    up to the beneficiaries' list, that begin with the first words of a known name
    (`Единая` / `информационная` / `система управления` | `-` / `Граждане`), at
    least `min_read_on_letters` letters of them. The row's cells are in column
    order, so the lines before the list are the name's; its rest after the break is found
    where a cell opens with the known name's next words (`_rest_opening`), and the
    marks say where it ends."""
    opens = _cell_opens(r)
    for j in range(1, len(r.head)):
        if not opens(j) or not cells.new_cell(r.head[j]):
            continue
        stop = next((m for m in range(j + 1, len(r.head))
                     if list_item(r.head[m], r.head_wrap[m])), None)
        if stop is None:
            return None
        for name in r.names:
            k = _prefix_lines(r.head[j:stop], name_key(name))
            if k and len(name_key(join_cell(r.head[j : j + k]))) >= SETTINGS.min_read_on_letters:
                # (Its last lines may word it otherwise: `службы` / `Российской`.)
                return j, (stop - j, join_cell(r.head[j:stop]), "")
    return None


def _cell_opens(r: _Row) -> Callable[[int], bool]:
    """Where the dump marks wrapped lines: whether a cell may open at a line of the
    row's head. Not on a line no cell opens with (`opens_inside`), nor after a
    marked line unless a page break cut the row (the cell before went on there)."""
    def opens(j: int) -> bool:
        return not opens_inside(r.head[j]) and (
            bool(r.tails) or not goes_on(r.head[j - 1], r.head_wrap[j - 1]))
    return opens


def _name_before_list(r: _Row) -> int | None:
    """(Unmarked dumps) where the name of a row no page break cut and no other
    section names begins: the row's cells are in column order (task, name,
    beneficiaries, benefit), so the name is the cell right before the
    beneficiaries' list; it opens on the last line before the list that opens a
    cell (capitalised, after a line that does not end on a joiner or a hyphen).
    None where the row was cut or no such line follows the task's first."""
    if r.tails:
        return None
    q = next((k for k in range(len(r.head)) if list_item(r.head[k])), None)
    if q is None:
        return None
    return next((k for k in range(q - 1, 0, -1) if cells.new_cell(r.head[k])
                 and not opens_inside(r.head[k]) and not _on_joiner(r.head[k - 1])
                 and not r.head[k - 1].rstrip().endswith(("-", "–", ","))), None)


def _marked_cells(r: _Row) -> int | None:
    """The task's lines of a row whose name no other section knows, where the dump
    marks its cells' ends (the name's cell follows it, see `_name_in_head`): a
    cell's line goes on when marked as wrapped, or when the next opens no cell;
    a marked line before one that does, in a row cut by a page break, was the
    cell's last before the break. None unless the task ends and a capitalised
    line opens the name."""
    t = cell_lines(r.head, r.head_wrap, cut=bool(r.tails))
    if t >= len(r.head) - 1 or not cells.starts_upper(r.head[t]):
        return None
    return t


# A closing quote or bracket never follows a space: one printed first on its line
# (after a page break, `казначейства` | break | `»`) goes back onto the word before.
_CLOSE_GAP = re.compile(r"(?<=\w)\s+([»)])")


_ACRONYM_LAST = re.compile(r"(.*\S)\s*\(([A-ZА-ЯЁ]{2,}[A-ZА-ЯЁ0-9 -]*)\)")


def _acronym_first(name: str) -> str:
    """A known name that ends with its acronym in brackets, worded the other way
    round (`Цифровое хранение документов (ЦХЭД)` -> `ЦХЭД (Цифровое хранение
    документов)`): one section may print either."""
    m = _ACRONYM_LAST.fullmatch(name.strip())
    return f"{m.group(2).strip()} ({m.group(1)})" if m and "(" not in m.group(1) else ""


def read_task_links(
    section: Section, sectors: dict[int, str], known: dict[int, list[str]],
    complete: set[str] | None = None,
) -> tuple[list[TaskLinkRecord], list[Finding]]:
    """All rows of section 5; `known` = project names per sector (sections 6, 7);
    `complete` = sentences of section 4 (see `task_tails.section4_sentences`)."""
    records: list[TaskLinkRecord] = []
    findings: list[Finding] = []
    known = {no: [*names, *(v for n in names if (v := _acronym_first(n)) and v not in names)]
             for no, names in known.items()}
    # The dump marks a line wrapped inside its cell with a space at its end.
    spaced = prints_line_end_spaces(section.lines)
    rows = _rows(section, sectors, known, findings, spaced)
    for r in rows:
        r.found = _find_name(r.head, r.names, _cell_opens(r) if spaced else None)
    if spaced:
        rows = _recover_lost_rows(rows, findings)
    width = _width(rows)
    phrase_width = _phrase_width(rows)
    whole = _complete(rows, complete or set())
    # Tasks of rows no page break cut, as printed.
    printed = [join_cell(r.head[: r.found[0]]).lower() for r in rows if r.found and not r.tails]
    # Ends of rows no page break cut: the benefit printed whole.
    row_ends = {name_key(join_cell(r.head)) for r in rows if not r.tails}
    for r in rows:
        task: list[str] = []
        name = ""
        after: list[str] = []
        rest: tuple[int, int, int] | None = None  # (segment, start, lines) of the name's tail
        tails, wraps = r.tails, r.tail_wrap
        task_cut = False  # (marked dumps) the task's last line so far was wrapped
        name_cut = False  # (marked dumps) so was the name's, and the row was cut
        name_line = ""  # (marked dumps) the name's last line before the break
        found = r.found
        flat = [t for seg in tails for t in seg]
        # (marked dumps) where a cell may open among the tails: not after a wrapped line.
        flat_opens = [o for seg, marks in zip(tails, wraps, strict=True)
                      for o in _opens(seg, marks)] if spaced else None
        across = None
        if spaced and found is not None and found[0] == 0 and r.tails:
            across = _across(r.head, flat, r.names, remarks=False, head_wrap=r.head_wrap,
                             tail_opens=flat_opens)
            if across:
                # The row opens with the name: a task quoting it; the name itself
                # begins later and is cut by the break.
                found = None
        if spaced and found is None and r.tails and not across:
            across = _across(r.head, flat, r.names, remarks=False, head_wrap=r.head_wrap,
                             tail_opens=flat_opens)
            if not across and not find_spelled(r.head, tails, r.names, _cell_opens(r)):
                found = _known_prefix(r)
        if found is not None:
            j, (used, name, left) = found
            task = r.head[:j]
            task_cut = spaced and j > 0 and goes_on(r.head[j - 1], r.head_wrap[j - 1])
            after = ([left] if left else []) + r.head[j + used :]
            if spaced:
                name, end, name_cut = _name_in_head(r, j, used, name, left)
                name_line = r.head[end - 1]
                after, left = r.head[end:], ""
            for longer in longer_names(name, r.names) if not left else []:
                for s, seg in enumerate(tails):
                    opens = _opens(seg, wraps[s]) if spaced else None
                    if opens and s == 0 and task_cut:
                        opens[0] = False  # the task went on: its rest comes first
                    if opens and s + 1 < len(tails):
                        opens = _broken_name_opens(seg, opens, name_line)
                    hit = _rest_at_cell_start(
                        seg, name_key(longer)[len(name_key(name)):], opens)
                    if hit:
                        n, text = sum(hit), join_cell([name, *seg[hit[0]:sum(hit)]])
                        if not spaced:
                            n, text = extend_remarks(seg, n, text)
                        rest, name = (s, hit[0], n - hit[0]), text
                        break
                if rest:
                    break
            if spaced and rest is None and not left and not name_cut:
                rest = _rest_opening(name, tails, wraps, r.names, task_cut)
                if rest:
                    name = join_cell([name, tails[rest[0]][rest[1]]])
            if rest is None and not left and cells.open_end(name) and not spaced:
                # Cut, and not completed letter for letter: maybe spelled otherwise
                # (where wrapped lines are marked, the marks tell where it goes on).
                spelled = find_spelled(r.head, tails, r.names)
                if spelled:
                    task, after, name, tails, wraps, rest = _take(r.head, tails, wraps, spelled)
        else:
            # Where wrapped lines are marked, they say how far the name goes on.
            across = across or _across(r.head, flat, r.names, remarks=not spaced,
                                       head_wrap=r.head_wrap, tail_opens=flat_opens)
            if across:
                j, k, p, n, name = across
                task, after = r.head[:j], r.head[j + k :]
                s = 0
                while p >= len(tails[s]):
                    p -= len(tails[s])
                    s += 1
                rest = (s, p, n)
            else:
                spelled = find_spelled(r.head, tails, r.names,
                                       _cell_opens(r) if spaced else None)
                ends = None
                if spelled and spaced:
                    ends = _name_in_head(r, spelled.start, spelled.lines, join_cell(
                        r.head[spelled.start : spelled.start + spelled.lines]), "")
                if (spelled and ends and spelled.rest is not None
                        and ends[1] < spelled.start + spelled.lines and all(
                        list_item(r.head[m], r.head_wrap[m])
                        for m in range(ends[1], spelled.start + spelled.lines))
                        and not spelled.rest.skip and (spelled.rest.at == 0 or not goes_on(
                            tails[spelled.rest.seg][spelled.rest.at - 1],
                            wraps[spelled.rest.seg][spelled.rest.at - 1]))):
                    # The spelling ran over the beneficiaries' dash (`управления` / `-`
                    # | break | `кадровым составом …`): the head ends where the marks say.
                    # (Only where its rest opens a cell: not after a wrapped line.)
                    got = spelled.rest
                    rest_lines = list(tails[got.seg][got.at : got.at + got.count])
                    rest_lines[0] = " ".join(rest_lines[0].split()[got.skip :])
                    spelled = replace(spelled, lines=ends[1] - spelled.start, text=join_cell(
                        [*r.head[spelled.start : ends[1]], *rest_lines]))
                if spelled and ends and (spelled.rest is None
                                         or ends[1] != spelled.start + spelled.lines):
                    # Where it ends and goes on the marks say, as for a known name
                    # (a rest after the break is kept if its head ends where they do).
                    task = r.head[: spelled.start]
                    name, end, name_cut = ends
                    after, name_line = r.head[end:], r.head[end - 1]
                elif spelled:
                    task, after, name, tails, wraps, rest = _take(r.head, tails, wraps, spelled)
            task_cut = spaced and bool(task) and goes_on(task[-1], r.head_wrap[len(task) - 1])
        if rest is not None:
            name_cut = False
        marked = None if name else _marked_cells(r) if spaced else _name_before_list(r)
        if marked and not spaced:
            # No known name nor marks: the name is the last cell before the
            # beneficiaries' list, opening on its last capitalised line.
            task, rest = r.head[:marked], None
            q = next(k for k in range(marked, len(r.head)) if list_item(r.head[k]))
            name, after = join_cell(r.head[marked:q]), r.head[q:]
            findings.append(Finding(
                check="task_project_not_found", object=r.no,
                message="no project of sections 6 or 7 is named in this section 5 "
                        "row; the project taken as the cell before the beneficiaries",
                source_line=r.first.no, source_page=r.first.page))
        elif marked:
            # No known name, but the dump marks where the cells end: the first is
            # the task, the second the project's name.
            task, rest = r.head[:marked], None
            task_cut = goes_on(task[-1], r.head_wrap[marked - 1])
            name, end, name_cut = _name_in_head(r, marked, 1, r.head[marked], "")
            after, name_line = r.head[end:], r.head[end - 1]
            findings.append(Finding(
                check="task_project_not_found", object=r.no,
                message="no project of sections 6 or 7 is named in this section 5 "
                        "row; task and project split where their cells end",
                source_line=r.first.no, source_page=r.first.page))
        elif not name:
            findings.append(Finding(
                check="task_project_not_found", object=r.no,
                message="no project of sections 6 or 7 is named in this section 5 "
                        "row; task and project left unsplit in `task`",
                source_line=r.first.no, source_page=r.first.page))
            task, tails = r.head + [t for seg in tails for t in seg], []
        left_over: list[str] = []
        joints: list[int] = []  # (marked dumps) where the task's rests after breaks begin
        # (marked dumps) the row's last line before the break is a later column's
        # and went on: that column's rest comes after the task's and the name's.
        # So did it where it stops on a broken word's first piece that a line after
        # the break completes, with the column's lines before it, into the end of a
        # row printed whole (`услуг по` / `направлени` | break | `ю «Туризм»`: no mark
        # after a word cut by the column).
        ends = join_cell(after[-2:]) if after else ""
        tail_open = spaced and bool(after) and (
            goes_on(r.head[-1], r.head_wrap[-1])
            # (a quote the last cell opened and did not close: `по направлению
            # «Развитие` | break | … | `городской среды»`)
            or join_cell(after).count("«") > join_cell(after).count("»")
            or bool(tails and (at := _row_end_rest(ends, tails[0], 0, row_ends))
                    < len(tails[0]) and broken_word(r.head[-1], tails[0][at])))
        if spaced and after and tails and (rest is None or rest[0] != 0):
            # (A name's rest found there keeps its line; `_closing_quote_home` moves
            # the quote.)
            tails, wraps = _closing_quote_apart(after, r.head_wrap[-1], tails, wraps)
        # (marked dumps) how many later columns the first break cut: each leaves a line.
        later = _later_cuts(after, r.head_wrap[len(r.head) - len(after):]) if spaced else 0
        for s, seg in enumerate(tails):
            if rest and rest[0] == s:
                p, n = rest[1], rest[2]
                if spaced and n:
                    # The rest spelled letter for letter may stop short of the cell's end
                    # (a later column cut too keeps a line).
                    stop = max(p + n, len(seg) - max(int(tail_open), later if s == 0 else 0))
                    if s == 0 and tail_open and r.head:
                        stop = max(p + n, min(stop, _row_end_rest(r.head[-1], seg, p + n,
                                                                  row_ends)))
                    more = cell_rest(seg[p + n - 1 : stop], wraps[s][p + n - 1 : stop],
                                     name) - 1
                    if (more and cells.parens_open(name)
                            and any(same_name(name, v) for v in r.names)
                            and cell_rest(seg[p + n - 1 : stop],
                                          wraps[s][p + n - 1 : stop]) == 1):
                        # Only the bracket the name leaves open would run it on, yet it
                        # spells a known name whole on a line not marked as wrapped (the
                        # source cut it so, `… конкретных участников`): it ended there,
                        # not into the next cells' rests (`власти`, as `_known_end`).
                        more = 0
                    # The marks stop at a line that filled its column (`кадровым
                    # составом` / `государственной` …): a known name reads on.
                    more += _known_read_on(seg[p + n + more - 1],
                                           seg[p + n + more : stop], r.names) or (
                        _worded_on(join_cell([name, *seg[p + n : p + n + more]]),
                                   seg[p + n + more : stop], r.names))
                    if _alone(s, tails, tail_open, later, join_cell(
                            [name, *seg[p + n : p + n + more]]), r.names) and p + n + more < stop:
                        # (Not into the benefit's rest where its unmarked line before
                        # the break filled the column: `… услуг` | `по направлению …`.)
                        end = min(stop, _row_end_rest(r.head[-1], seg, p + n + more, row_ends)
                                  if r.head else stop)
                        end = _later_rest_at(after, seg, p + n + more, end, row_ends)
                        more += alone_rest(seg[:end], wraps[s][:end], p + n + more)
                    name = join_cell([name, *seg[p + n : p + n + more]])
                    n += more
                    if p:
                        task_cut = goes_on(seg[p - 1], wraps[s][p - 1])
                    tail_open = p + n < len(seg) and goes_on(seg[-1], wraps[s][-1])
                task += seg[:p]
                left_over += seg[p + n :]
                continue
            if spaced:
                marks = wraps[s]
                glued_cut = False
                if (s == 0 and name_line and not name_cut and not task_cut and rest is None
                        and (broken_word(name_line, seg[0])
                             # (one token the dictionary completes, `государствен` / `ной`)
                             or (glued_cut := cut_at_break(Line(0, name_line, 0, False),
                                                           seg[0])))):
                    name_cut = True  # a word of the name broken at the break
                # The rests of the name and of a later column cut too come after the
                # task's: it leaves them a line each.
                room = len(seg) - int(name_cut) - max(int(tail_open), later if s == 0 else 0)
                if s == 0 and r.head:
                    # (Nor may the task take the last column's rest, read as below,
                    # also where its line before the break filled the column and
                    # lost the mark: `… получения услуг` | `по направлению «…»`.)
                    room = min(room, _row_end_rest(r.head[-1], seg, 0, row_ends))
                if s == 0 and later > 1:
                    room = _room_for_cells(seg, marks, room, later + int(name_cut))
                n = wrapped_tail_length(
                    join_cell(task), task_cut, task[-1] if task else "", seg[:room],
                    marks[:room], phrase_width, whole, name_cut, tuple(r.names))
                if n:
                    task_cut = goes_on(seg[n - 1], marks[n - 1])
                    joints.append(len(task))
                task += seg[:n]
                known_cut = False
                if (s == 0 and name_line and not name_cut and rest is None and n < len(seg)
                        and (broken_word(name_line, seg[n])
                             or (known_cut := _cut_in_known(name, seg[n], r.names)))):
                    name_cut = True
                # No cell marked as going on, yet lines are left in lower case after
                # the task's rest: the name's last line filled its column (no room
                # for the mark) if a known name reads on from it with them all (no
                # later column went on).
                unmarked = (s == 0 and bool(name_line) and not name_cut and rest is None
                            and not tail_open and not later and n < len(seg)
                            and seg[n][:1].islower()
                            and _read_on(name_line, seg[n:], r.names))
                # Nor does a name stop on an adjective or a preposition (`службы
                # Российской` / break / task's rest / `Федерации ЕИСУ …`): its last
                # line filled the column, and its rest comes after the task's.
                open_name = (s == 0 and bool(name_line) and not name_cut and rest is None
                             and not unmarked and n < len(seg) and cells.open_end(name)
                             and not name_line.rstrip().endswith(("-", "–", "—"))
                             and name_key(name) not in {name_key(v) for v in r.names})
                # No later column went on, yet a lower-case line is left after the
                # task's rest: it opens no cell, so it is a cut cell's rest, and the
                # first that may have lost its mark by filling its column is the
                # name's (a project no other section names: no known name says more).
                orphan = (s == 0 and bool(name_line) and not name_cut and rest is None
                          and not unmarked and not open_name and not tail_open
                          and not later and n < len(seg) and seg[n][:1].islower()
                          and not longer_names(name, r.names)
                          and name_key(name) not in {name_key(v) for v in r.names})
                if name_cut or unmarked or open_name or orphan:
                    # The name's rest comes next, in column order.
                    stop = len(seg) - max(int(tail_open), later if s == 0 else 0)
                    if s == 0 and tail_open and r.head:
                        stop = min(stop, _row_end_rest(r.head[-1], seg, n + 1, row_ends))
                    m = (len(seg) - n if unmarked
                         else cell_rest(seg[n:stop], marks[n:stop], name))
                    m = _known_end(name, seg[n : n + m], marks[n : n + m], r.names) or m
                    # The marks stop at a line that filled its column.
                    m += _known_read_on(seg[n + m - 1] if m else name_line,
                                        seg[n + m : stop], r.names) or (
                        _worded_on(join_cell([name, *seg[n : n + m]]), seg[n + m : stop],
                                   r.names))
                    if m and _alone(s, tails, tail_open, later, join_cell(
                            [name, *seg[n : n + m]]), r.names):
                        end = min(stop, _row_end_rest(r.head[-1], seg, n + m, row_ends)
                                  if r.head else stop)
                        end = _later_rest_at(after, seg, n + m, end, row_ends)
                        m += alone_rest(seg[:end], marks[:end], n + m)
                    if (known_cut or (glued_cut and n == 0)) and m:
                        name = join_cell([name.rstrip() + seg[n].lstrip(), *seg[n + 1 : n + m]])
                    else:
                        name = join_cell([name, *seg[n : n + m]])
                    name_cut = m > 0 and goes_on(seg[n + m - 1], marks[n + m - 1])
                    n += m
                left_over += seg[n:]
                tail_open = n < len(seg) and goes_on(seg[-1], marks[-1])
                continue
            n = tail_length(join_cell(task), task[-1] if task else "", seg, width, whole,
                            more=s + 1 < len(tails))
            task += seg[:n]
            if name and not rest and s == 0:
                # The project column comes next: a remark opening there, «(далее -
                # ЕГИССО)», is the rest of a name printed whole before the break
                # if the name with it is still a known one.
                k, longer = extend_remarks(seg, n, name)
                if k > n and any(same_name(longer, v) for v in r.names):
                    n, name = k, longer
            left_over += seg[n:]
        benef, effect = _split_benefit(after) if after else ([], [])
        name, benefit = _closing_quote_home(name, join_cell(effect + left_over))
        name = _CLOSE_GAP.sub(r"\1", _spelled_as_known(name, r.names))
        benefit = _CLOSE_GAP.sub(r"\1", benefit)
        records.append(TaskLinkRecord(
            sector_no=str(r.sector_no),
            sector_name=r.sector_name,
            row_no=r.no,
            task=_glue_as_printed(lead_marks_back(task), joints, printed) if spaced
            else join_cell(task),
            project_name=name,
            beneficiaries=join_cell(benef),
            effect=benefit,
            source_line=r.first.no,
            source_page=r.first.page,
        ))
    return records, findings
