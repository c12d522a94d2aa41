"""Section 7 «Показатели развития отрасли» of a text dump -> IndicatorRecord rows.

Columns of the template: № | project | responsible body | indicator | unit |
one value per year. The dump emits a row's cells one after another in that
order; the project number, name and body only on a project's first row (they
are merged cells). After a page break the cells cut by it continue in column
order (project name tail, body tail, indicator tail) before the next row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice, pairwise

from extract.strategy import cells
from extract.strategy.lexicon import Lexicon
from extract.strategy.names import core
from extract.strategy.narrow_names import claim_name, label_cut, spaced_as
from extract.strategy.records import Finding, IndicatorRecord
from extract.strategy.sections import (
    Line,
    Section,
    Sector,
    find_sections,
    norm_key,
    split_sectors,
    strip_headers,
)
from extract.strategy.widths import ColumnWidths
from extract.strategy.words import (
    broken_word,
    cut_at_break,
    is_word,
    join_cell,
    rejoin_split_words,
)

_HEADER_END = re.compile(r"20\d\d\s*$")
_HYPHEN_PIECE = re.compile(r"[-–—](?:$|[а-яё])")
_CUT_DECIMAL = re.compile(r"[-−]?(?:\d+,|\d{3,}\.)")  # (`5.` / `1` may be a row number)
_YEARS = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
# Key characters section 6 must spell alike after a join of two name lines for its
# spacing there to decide (a common start that ends right after the join is chance).
_MIN_SPELLED = 2


def _open_end(text: str) -> bool:
    """`cells.open_end`, also for a compound adjective (`жилищно-коммунального`): the
    part after its last hyphen decides."""
    words = text.split()
    return cells.open_end(text) or bool(
        words and "-" in words[-1] and cells.open_end(words[-1].rsplit("-", 1)[-1]))


def _function_piece(text: str) -> bool:
    """A preposition or conjunction the template's phrases use (settings' joiners)."""
    return text.lower() in cells.SETTINGS.joiners


def _unit_start(text: str) -> bool:
    """`cells.is_unit_start`, also for a unit word's first letters that the unit
    pattern's endings accept though no word ends so (`проценто`, cut before `в`): the
    pattern takes any letters after a stem, the dictionary says the word is unfinished."""
    words = text.split()
    last = words[-1].lower() if words else ""
    return cells.is_unit_start(text) or (
        cells.is_unit(text) and last.isalpha() and not is_word(last)
        and any(last.startswith(stem) for stem in cells.unit_stems()))


@dataclass
class _Project:
    no: str
    line: Line
    name: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    breaks: int = 0
    # The last line put in the name / body ended with a space, which a dump that
    # marks wrapped lines prints only where the cell goes on: on the next line, or
    # (the row cut by a page break) after the break.
    name_open: bool = False
    org_open: bool = False
    name_end: Line | None = None  # the line the name's last piece came from
    org_end: Line | None = None
    org_first: Line | None = None  # the line the body's first piece came from
    rows: list[int] = field(default_factory=list)  # indexes of its records
    # Lines its complete rows printed in the indicator column before any page break
    # (a lower bound of their height: a row is as tall as its tallest cell).
    row_lines: int = 0
    # Per page: lines its rows begun and ended on that page printed in the indicator
    # column (a lower bound of the room its merged cells had there).
    page_rows: dict[int, int] = field(default_factory=dict)
    # The name was spelled whole by a known name's letters (`narrow_names`): no line
    # after the ones claimed is the name's; pages its claimed pieces were printed on.
    fixed: bool = False
    name_pages: set[int | None] = field(default_factory=set)
    name_lines: list[str] = field(default_factory=list)  # the claimed name's pieces


@dataclass
class _Row:
    line: Line
    name: list[str] = field(default_factory=list)
    unit: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    value_lines: list[int] = field(default_factory=list)
    name_end: Line | None = None  # the line the name's last piece came from


@dataclass
class Context:
    """What the reader knows beyond section 7 itself."""

    # Per sector number: normalised text that follows each project number in
    # sections 5 and 6 (the same projects, cut by page breaks at other places).
    project_texts: dict[int, list[str]] = field(default_factory=dict)
    # Words of the region's name in the genitive («кабардино-балкарской», «республики»):
    # a body's name ends with them and its tail after a page break starts with them.
    region_words: set[str] = field(default_factory=set)
    region_last: str = ""
    # The dump prints a space after a wrapped line's last word (PyMuPDF does).
    spaced: bool = False
    # Per sector number: project names other sections print (as printed there), once
    # read: their letters tell section 7's name lines from the other cells' tails.
    known_names: dict[int, list[str]] = field(default_factory=dict)
    # The first header of section 7 as printed, before the lines stage glued cut words
    # (`Наименован` / `ие проекта` reads `Наименование` after it), cuts the name
    # column's label inside its first word (`printed_label_cut`).
    name_label_cut: bool = False
    # The document's lexicon (`lexicon.build_lexicon`): the template prints the same
    # indicator names in rows of other widths, so a word a page break cut in one row
    # (`Госте` | break | `х`) is printed whole in another.
    lexicon: Lexicon | None = None


def _wrapped_years(block: list[Line]) -> list[int]:
    """Years printed in year columns too narrow for them (`202` / `2` / `202` /
    `3`): the header's digit lines run together, read four digits at a time."""
    digits = ""
    for ln in block:
        if not ln.text.isdigit():
            continue
        if len(digits) % 4 == 0 and not ln.text.startswith("2"):
            break  # the column-number row after the years
        digits += ln.text
    chunks = [digits[k : k + 4] for k in range(0, len(digits), 4)]
    if len(digits) % 4 or not chunks or not all(_YEARS.fullmatch(c) for c in chunks):
        return []
    years = [int(c) for c in chunks]
    return years if all(b == a + 1 for a, b in pairwise(years)) else []


def header_years(headers: list[list[Line]]) -> list[int]:
    """Years of the value columns, from the first table header that prints them."""
    for block in headers:
        years = [int(y) for ln in block for y in _YEARS.findall(ln.text)]
        if years:
            return years
        years = _wrapped_years(block)
        if years:
            return years
    return []


class _SectorReader:
    """Reads one sector's lines; a small state machine over the column order."""

    def __init__(self, sector: Sector, lines: list[Line], years: list[int], ctx: Context,
                 learned: set[str], widths: ColumnWidths, value_width: int = 3,
                 narrow: bool = False, printed: str = "") -> None:
        self.sector = sector
        # Section 7's lines run together (`_printed_text`): the template names the same
        # bodies in many rows, most printed whole on one page.
        self.printed = printed
        # The fewest characters a year column holds: a year (4) where the header
        # prints them whole, else a wrapped year's first piece (`202`).
        self.value_width = value_width
        self.widths = widths
        self.lines = lines
        self.years = years
        self.ctx = ctx
        self.learned = learned
        self.records: list[IndicatorRecord] = []
        self.findings: list[Finding] = []
        self.project: _Project | None = None
        self.row: _Row | None = None
        self.phase = "start"  # start | proj | org | ind | vals
        self.style: str | None = None  # numbering style of the sector's projects
        self.skip_lines = 0  # pieces of a project number wrapped over more lines
        self.cut_number = ""  # the rest of a project number a page break cut
        texts = ctx.project_texts.get(sector.number, [])
        self.refs = [norm_key(t) for t in texts]
        self.bare_refs = [r.replace('"', "") for r in self.refs]
        # Section 6's texts as printed there (spaces kept), keyed char by char: where a
        # narrow column cut section 7's name at a line end, they tell cut word from wrap.
        self.spelled = [_spacing(t) for t in texts if " " in t.strip()]
        # The header's label cut the name column narrower than «Наименование»: there
        # its name's lines are told from the other cells' by a known name's letters.
        self.known = ctx.known_names.get(sector.number, []) if narrow else []

    # -- helpers -----------------------------------------------------------
    def _next_text(self, i: int) -> Line | None:
        for ln in self.lines[i + 1 :]:
            if not ln.empty and not ln.blank_cell:
                return ln
        return None

    def _ref_prefix(self, text: str) -> bool:
        key = norm_key(text)
        return bool(key) and any(r.startswith(key) for r in self.refs)

    def _region_word(self, text: str) -> bool:
        """The line opens with a word of the region's name, or is only the first
        letters (4+) of one, cut by a narrow column (`Кабарди` / `но-Балкарской`)."""
        w = cells.first_word(text).lower().rstrip("-")
        if not w:
            return False
        if w in self.ctx.region_words or w.split("-")[0] in self.ctx.region_words:
            return True
        return (len(w) >= cells.SETTINGS.min_org_piece and w == text.strip().lower()
                and any(r.startswith(w) and r != w for r in self.ctx.region_words))

    def _region_name_cut(self, org: list[str], text: str) -> bool:
        """The body stops inside the region's name (its last word is one of the name's
        but not the last, `Кабардино-Балкарской`) and `text` opens with no word of it:
        the name goes on with its next word only, so a page break cut the body there
        (its rest comes after the break) and `text` is the indicator's."""
        words = join_cell(org).split()
        if not (words and self.ctx.region_last):
            return False
        last = words[-1].lower().strip(",.").split("-")[-1]
        return (last in self.ctx.region_words and last != self.ctx.region_last
                and not self._region_word(text))

    def _org_complete(self, org: list[str]) -> bool:
        text = join_cell(org)
        if not text or text.endswith((",", "-", " и")):
            return False
        last = re.sub(r"\W+$", "", text.split()[-1]).lower()
        return bool(self.ctx.region_last) and last == self.ctx.region_last

    def _second_body(self, i: int) -> int:
        """A cell of two bodies, each a paragraph: the first ends with the region's
        name and a full stop (no wrap mark: a paragraph's end), and line i opens
        another body (`области.` / `Главное` / `управление МЧС` / … / `области`). How
        many lines from i up to the one that ends it with the region's name, before
        any value or page break (0: none)."""
        proj = self.project
        if not (self.ctx.spaced and proj is not None and proj.org
                and proj.org[-1].rstrip().endswith(".") and self._org_complete(proj.org)
                and self._org_starts(i, self.lines[i].text)
                and not cells.is_indicator_start(self.lines[i].text, self.learned)):
            return 0
        for k in range(i, min(i + cells.SETTINGS.body_tail_lines, len(self.lines))):
            ln = self.lines[k]
            if ln.brk or cells.is_value(ln.text):
                return 0
            if self._org_complete([ln.text]):
                return k - i + 1
        return 0

    def _second_body_open(self, org: list[str]) -> bool:
        """The body so far holds a first body ended by the region's name and a full
        stop, and a second body begun after it that does not yet end with that name
        (a body's name ends «… Энской области»)."""
        last = self.ctx.region_last
        text = join_cell(org)
        if not last or self._org_complete(org):
            return False
        m = re.search(rf"\b{re.escape(last)}\.\s+\S", text, re.IGNORECASE)
        return m is not None

    def _org_continues(self, org: list[str], text: str) -> bool:
        if self.widths.too_wide("org", text, org):
            return False
        prev = org[-1] if org else ""
        if prev.rstrip().endswith("-"):
            # `Кабардино-` / `Балкарской`; but a hyphen whose rest a page break put
            # after the row (`жилищно` / `-` / `Доля …`) does not take an indicator.
            # (A word of the region's name goes on the body even where a misread row
            # taught it as an indicator's first word.)
            # A region compound's first part (`Кабардино-`) goes on with its second
            # only: any other line (`Для`) opens the indicator, the break having cut
            # the body there (its rest comes after the break, in column order).
            if self._region_word(text):
                return True
            if self._region_word(prev.split()[-1]):
                return False
            return not cells.is_indicator_start(text, self.learned)
        if self._org_complete(org):
            return prev.rstrip().endswith(",") and cells.is_org_start(text)
        t = text.strip()
        if t[:1].islower() or t.startswith("(") or self._region_word(t):
            return True
        if (prev.split() and prev.split()[-1].lower() in cells.SETTINGS.joiners
                and cells.is_acronym_start(t)):
            return True  # `Министерство строительства и` / `ЖКХ …`
        return prev.rstrip().endswith(",") and cells.is_org_start(t)

    def _wrapped_number(self, ln: Line, nxt: Line | None) -> cells.ProjectNo | None:
        """`1.1` / `5` for project 1.15 wrapped inside the narrow № column: the
        next project's number, with a name (not a value) after its last piece."""
        if nxt is None or self.project is None or not re.fullmatch(r"\d{1,2}", nxt.text):
            return None
        whole = cells.project_number(ln.text + nxt.text, self.sector.number)
        last = int(cells.short_project_no(self.project.no) or 0)
        if (whole is None or whole.style != (self.style or whole.style)
                or int(cells.short_project_no(whole.no)) != last + 1):
            return None
        after = self._next_text(self.lines.index(nxt))
        if after is None or cells.is_value(after.text):
            return None
        self.skip_lines = 1
        return whole

    def _cut_dotted(self, i: int, num: cells.ProjectNo) -> cells.ProjectNo:
        """`5.1` where 5.12 is next, and `2` first after the next page break: the
        number cut by the break (the № column's rest is printed first after it)."""
        if self.project is None or num.rest or num.style != "dotted":
            return num
        want = str(int(cells.short_project_no(self.project.no) or 0) + 1)
        short = cells.short_project_no(num.no)
        if short == want or not want.startswith(short):
            return num
        brk = next((self.lines[j] for j in range(i + 1, len(self.lines))
                    if self.lines[j].brk), None)
        rest = want[len(short):]
        if brk is None or not (brk.text == rest or brk.text.startswith(rest + " ")):
            # (The rest may share its line with the name's: `1.1` | break | `3 ного `.)
            return num
        self.cut_number = rest
        return cells.ProjectNo(f"{self.sector.number}.{want}", "", "dotted")

    def _cut_bare(self, i: int, num: cells.ProjectNo) -> cells.ProjectNo:
        """`1` (alone or with the name's first piece, `1 Центры`) where project 15 is
        next after a complete row, and `5` first after the next page break: the narrow
        № column wrapped the two-digit number and the break cut it between its digits
        (its rest is printed first after the break, as `_cut_dotted`'s is)."""
        if (self.project is None or self.style != "bare" or num.style != "bare"
                or (self.row is not None and len(self.row.values) < len(self.years))):
            return num
        want = str(int(cells.short_project_no(self.project.no) or 0) + 1)
        if num.no == want or not want.startswith(num.no):
            return num
        rest = want[len(num.no):]
        if not self._rest_after_break(self._next_break(i), rest):
            return num
        self.cut_number = rest
        return cells.ProjectNo(want, num.rest, "bare")

    def _is_project_start(self, i: int, ln: Line) -> cells.ProjectNo | None:
        """A project number here (not a value): followed by a name, not by values."""
        num = cells.project_number(ln.text, self.sector.number)
        if num is None:
            return None
        nxt = self._next_text(i)
        if (self.style == "dotted" and self.project is not None and nxt is not None
                and (ln.text == str(self.sector.number) or (
                    num.style == "bare" and num.rest and num.no == str(self.sector.number)))):
            # The next project's number wrapped in the narrow № column and cut by a
            # page break after its dot (`1` / `.` | break | `1` / `0`) or before it
            # (`4` | break | `.` / `4`): its rest comes first after the break. (Its
            # first piece may share its line with the name's first: `1 Систе`.)
            short = str(int(cells.short_project_no(self.project.no) or 0) + 1)
            dot = nxt.text == "." and not num.rest
            after = self._next_text(self.lines.index(nxt)) if dot else nxt
            after_text = num.rest or (after.text if after is not None else "")
            rest = short if dot else "." + short
            if (after_text and cells.starts_upper(after_text)
                    and not cells.is_value(after_text)
                    and self._rest_after_break(self._next_break(i), rest)):
                self.skip_lines = 1 if dot else 0
                self.cut_number = rest
                return cells.ProjectNo(f"{self.sector.number}.{short}", num.rest, "dotted")
        if (self.style == "dotted" and num.style == "dot" and num.no == str(self.sector.number)
                and not num.rest and self.project is not None and nxt is not None
                and cells.starts_upper(nxt.text)):
            # A dotted number cut after its dot by a page break (`1.` | break | `7`):
            # the next project's; its rest, printed after the break, is skipped.
            short = int(cells.short_project_no(self.project.no) or 0) + 1
            return cells.ProjectNo(f"{self.sector.number}.{short}", "", "dotted")
        if (self.project is None and num.style in ("dot", "bare")
                and num.no == str(self.sector.number) and nxt is not None):
            # The sector's first dotted number cut by a page break after its dot (`6.`,
            # `3` / `.` | break | `1`) or before it (`1` | break | `.` / `1`): project
            # 6.1 / 3.1 / 1.1; its rest after the break is skipped. (The number's first
            # piece may share its line with the name's first line: `3 Личный` | break
            # | `.` / `1`.)
            dot = num.style == "bare" and nxt.text == "." and not num.rest
            after = self._next_text(self.lines.index(nxt)) if dot else nxt
            after_text = num.rest or (after.text if after is not None else "")
            rest = "1" if num.style == "dot" or dot else ".1"
            if (after_text and cells.starts_upper(after_text)
                    and self._rest_after_break(self._next_break(i), rest)):
                self.skip_lines = 1 if dot else 0
                self.cut_number = rest
                return cells.ProjectNo(f"{self.sector.number}.1", num.rest, "dotted")
        if self.style and num.style != self.style:
            return None
        num = self._cut_bare(i, num)
        no, rest = num.no, num.rest
        if rest:
            return num
        wrapped = self._wrapped_number(ln, nxt)
        if wrapped:
            return wrapped
        if nxt is None or cells.is_value(nxt.text) or cells.unit_with_values(nxt.text):
            return None
        if "." in no:
            # Numbered in sequence, one number lost at most: `1.9` after project 1.1,
            # with a row's values still short of its years, is a value.
            num = self._cut_dotted(i, num)
            if self.project is None or self.row is None or len(self.row.values) >= len(
                    self.years):
                return num
            last = int(cells.short_project_no(self.project.no) or 0)
            if self._indicator_not_name(nxt):
                # (`… 44` / `4.4` / `Число педагогических …`: the row's last value
                # equal to the next project's number; a project's row opens on its
                # name, a row of the same project on its indicator.)
                return None
            return num if 0 < int(cells.short_project_no(num.no)) - last <= 2 else None
        # A bare integer: a project number after a complete row or at the start;
        # inside a row that still lacks values, only if a known project follows.
        # Projects are numbered in sequence: a number far past the last one (`100`
        # after project 8) is a value, one row's number lost at most.
        last = int(cells.short_project_no(self.project.no) or 0) if self.project else 0
        if self.project is not None and not 0 < int(no) - last <= 2:
            return None
        if self.row is None or len(self.row.values) >= len(self.years) or self.phase == "start":
            return num
        if self._ref_prefix(nxt.text):
            return num
        return None

    def _indicator_not_name(self, nxt: Line) -> bool:
        """`nxt` opens an indicator (a first word the template gives indicators) and
        no project name sections 5 and 6 print."""
        return cells.is_indicator_start(nxt.text) and not self._ref_prefix(nxt.text)

    def _flush(self) -> None:
        row, proj = self.row, self.project
        self.row = None
        if row is None:
            return
        name = _join(row.name, self.ctx.lexicon)
        if not row.values:
            self.findings.append(Finding(
                check="indicator_without_values", object=name,
                message="an indicator row with no value cells; not recorded",
                source_line=row.line.no, source_page=row.line.page))
            return
        if proj is not None:
            proj.rows.append(len(self.records))
            end = row.name_end
            if proj.breaks == 0 and end is not None and not end.brk and end.page == row.line.page:
                proj.row_lines += end.no - row.line.no + 1
            if (end is not None and row.line.page is not None and end.page == row.line.page
                    and cells.starts_upper(row.line.text)):
                proj.page_rows[row.line.page] = (proj.page_rows.get(row.line.page, 0)
                                                 + end.no - row.line.no + 1)
        self.widths.add("ind", row.name)
        self.records.append(IndicatorRecord(
            sector_no=str(self.sector.number),
            sector_name=self.sector.name,
            project_no=proj.no if proj else "",
            project_name=join_cell(proj.name) if proj else "",
            responsible_org=join_cell(proj.org) if proj else "",
            indicator_name=name,
            unit=join_cell(row.unit),
            values=list(row.values),
            year_columns=list(self.years),
            source_line=row.line.no,
            source_page=row.line.page,
            project_line=proj.line.no if proj else None,
        ))

    def _join_cut_values(self, i: int) -> None:
        """Values wider than their narrow year column, broken inside them (`287,6` /
        `6`), put back together: where a row's value lines from i (one page) are more
        than its year columns, a line as wide as the widest of them (it filled the
        column, which is at least as wide as the header's year or its first piece)
        followed by a line of digits is one value, when exactly that many such
        pairs account for the surplus. The next project's number (a name follows it;
        whole or wrapped in the № column) ends the run."""
        lines = self.lines
        nxt_no = str(int(cells.short_project_no(self.project.no) or 0) + 1) if (
            self.project is not None) else ""
        run: list[int] = []
        stop = None  # the line that ended the run as the next project's number
        for j in range(i, len(lines)):
            ln = lines[j]
            if ln.empty or (run and ln.brk):
                break
            if not (ln.text and (cells.is_value(ln.text) or self._cut_decimal(j))
                    and len(ln.text.split()) == 1):
                break
            if self._next_number_at(j, nxt_no):
                stop = j
                break
            run.append(j)
        if len(run) > len(self.years) and self._sector_prefix_at(run[-1]) and (
                len(run) == len(self.years) + 1 or self._value_pairs(run[:-1])):
            # `… 31,3` / `355` / `6` / name: the years are filled without the last line,
            # the first piece of the next dotted number (`6.5` wrapped in the № column or
            # cut by a page break); glued to `355` it would make a value no row has. So
            # where values were cut too (`0,79` / `5` / `0,78` / `0,81` / `1` / `7` /
            # `.` / name), if the pairs account for the rest.
            run = run[:-1]
        pairs = self._value_pairs(run)
        if stop is not None and lines[stop].text.isdigit() and self._number_end(
                stop + 1, nxt_no):
            # `1,21` / `7` / `2` / name: the next number begins on the line after, so
            # line `stop` is either its wrapped first piece (`1` / `5` where 5 was
            # expected) or the rest of the row's last value. It is the value's rest when
            # it completes a cut pair that the year count needs.
            more = self._value_pairs([*run, stop])
            if more is not None and len(run) - 1 in more:
                run, pairs = [*run, stop], more
        if pairs is None and stop is None:
            # The next number wrapped into pieces the run took for values (`0,81` / `1` /
            # `7` / `.` / `2` / name): the run ends where they begin, if the pairs then
            # account for the surplus.
            for n in range(len(run) - 1, len(self.years), -1):
                if self._number_end(run[n], nxt_no) > run[-1]:
                    run, pairs = run[:n], self._value_pairs(run[:n])
                    break
        if not pairs:
            return
        for k in pairs:
            a, b = lines[run[k]], lines[run[k + 1]]
            lines[run[k]] = Line(a.no, a.raw.rstrip() + b.raw.strip(), a.page, a.brk)
            lines[run[k + 1]] = Line(b.no, "", b.page, False)

    def _sector_prefix_at(self, j: int) -> bool:
        """Line j is the sector's number alone (`6`, or `6` / `.`) in a sector whose
        projects are numbered `6.N`, and a name (no value) follows: the first piece of
        the next project's dotted number."""
        if self.project is None or "." not in self.project.no.strip("."):
            return False
        if self.lines[j].text != self.project.no.split(".")[0]:
            return False
        k = j + 1
        while k < len(self.lines) and (self.lines[k].empty or self.lines[k].blank_cell
                                       or self.lines[k].text == "."):
            k += 1
        return k < len(self.lines) and not cells.is_value(self.lines[k].text)

    def _number_end(self, j: int, no: str) -> int:
        """The line after the project number `no` printed from line j on, whole or
        wrapped into up to three pieces on one page (`7` / `.` / `2`), when a name (no
        value) follows it; else 0."""
        lines = self.lines
        if not no:
            return 0
        for m in range(1, 4):
            if j + m > len(lines) or any(x.brk or x.empty for x in lines[j + 1 : j + m]):
                return 0
            num = cells.project_number("".join(x.text for x in lines[j : j + m]),
                                       self.sector.number)
            if num is not None and cells.short_project_no(num.no) == no:
                after = self._next_text(j + m - 1)
                return j + m if after is not None and not cells.is_value(after.text) else 0
        return 0

    def _value_pairs(self, run: list[int]) -> list[int] | None:
        """Indexes into `run` of the lines that, glued to the line after, make one value
        (a line as wide as the widest, filling the column, before digits; or a value cut
        after its decimal separator), when exactly that many pairs account for the value
        lines beyond the row's years; else None."""
        lines = self.lines
        surplus = len(run) - len(self.years)
        if surplus <= 0:
            return None
        widest = max(len(lines[j].text) for j in run)
        for slack in (0, 1):
            # (With one character of slack only where the exact widths find too few:
            # `0,07` / `08` beside `0,108` / `3`, where the line broke one glyph short.)
            pairs: list[int] = []
            k = 0
            while k < len(run) - 1:
                a, b = lines[run[k]].text, lines[run[k + 1]].text
                if self._cut_decimal(run[k]) or (
                        widest >= len(a) >= max(widest - slack, self.value_width)
                        and cells.NUMBER.fullmatch(a) and b.isdigit()):
                    pairs.append(k)
                    k += 2
                    continue
                k += 1
            if len(pairs) == surplus:
                return pairs
        return None

    def _cut_decimal(self, j: int) -> bool:
        """Line j is a value broken after its decimal comma (`287,` / `66`: no cell ends
        with a comma), or point after three digits or more (no row number has them),
        in a narrow year column: digits follow on its page."""
        after = self.lines[j + 1] if j + 1 < len(self.lines) else None
        return bool(_CUT_DECIMAL.fullmatch(self.lines[j].text) and after is not None
                    and not after.brk and after.text.isdigit())

    def _next_number_at(self, j: int, no: str) -> bool:
        """Line j holds the project number `no`, whole or wrapped in the № column
        (`1` / `4`, `6.1` / `0`), and a name (no value) follows it."""
        lines = self.lines
        for k in (j, j + 1):
            if k >= len(lines) or (k > j and lines[k].brk):
                return False
            if k > j and not re.fullmatch(rf"\d+\.?|{self.sector.number}\.\d*", lines[j].text):
                # A value (`0,108` before `3`) is no number's first piece: only digits,
                # or the sector's number and its dot, open a wrapped project number.
                return False
            # The whole number, or its last piece (the reader's count may have
            # missed a wrapped number before: `1` / `5` where it expects 5).
            for text in ("".join(x.text for x in lines[j : k + 1]), lines[k].text):
                num = cells.project_number(text, self.sector.number)
                if num is not None and cells.short_project_no(num.no) == no:
                    # (A number right before a page break is none: a row prints the
                    # first line of every cell, its name's too, on the page it opens.)
                    after = self._next_text(k)
                    return (after is not None and not after.brk
                            and not cells.is_value(after.text))
        return False

    def _start_values(self, i: int, ln: Line) -> None:
        """The row's unit and values begin at line i."""
        row = self.row
        assert row is not None
        if not ln.blank_cell and not cells.unit_with_values(ln.text):
            self._join_cut_values(i)
            ln = self.lines[i]
        uv = cells.unit_with_values(ln.text)
        if ln.blank_cell:
            row.unit = []
        elif uv:
            row.unit = [uv[0]]
            for v in uv[1]:
                self._add_value(v, ln)
        else:
            # A unit printed on its own line(s) just before the values.
            before = list(islice((j for j in range(i - 1, -1, -1)
                                  if not self.lines[j].empty), 8))
            whole = self.ctx.spaced and (not self._cut_after_values(i)
                                         or self._ends_with_page(i))
            first = self._slash_rest_value(i)
            if first:
                # `да/` + `нет` glued by the lines stage, one value short before the
                # break: `нет` is the first value, the unit's rest comes after the tail.
                row.name[-1] = row.name[-1][: -len(first)]
            pieces = self._unit_in_pieces(before, not whole) if self.ctx.spaced else 0
            if pieces:
                # A unit column two letters wide: `ты` / `с. ` / `че` / `ло` / `ве` / `к`.
                row.unit = ["".join(self.lines[before[j]].raw.lstrip()
                                    for j in reversed(range(pieces))).strip()]
                del row.name[-pieces:]
                row.name_end = self.lines[before[pieces]]
            for k in (3, 2, 1) if not pieces else ():
                if whole and len(before) > k and (self.lines[before[k]].wrapped or (
                        len(row.name) > k and _open_end(self.lines[before[k]].text)
                        and row.name[-k][:1].islower())):
                    # The line before was wrapped, or stops on an adjective before a
                    # lower-case word (its mark lost filling the column), and no page
                    # break cuts the row: the name goes on here (`превышающий 5 рабочих`
                    # / `дней`), the unit cell was empty.
                    continue
                if len(row.name) > k and cells.is_unit(" ".join(row.name[-k:])):
                    row.unit = row.name[-k:]
                    del row.name[-k:]
                    row.name_end = self.lines[before[k]]
                    break
                glued = "".join(row.name[-k:])
                if k > 1 and len(row.name) > k and cells.is_unit(glued) and all(
                        is_word(w) or not w.isalpha() for w in glued.split()) and (
                        not any(self.lines[before[j]].wrapped for j in range(1, k))):
                    # A unit cut inside a word by a narrow column (`усл.е` / `д.`,
                    # `да/не` / `т`; no piece but the last with the wrap mark, the
                    # glued words dictionary words): its pieces glued as printed.
                    row.unit = ["".join(row.name[-k:])]
                    del row.name[-k:]
                    row.name_end = self.lines[before[k]]
                    break
            else:
                last = row.name[-1] if row.name else ""
                if len(row.name) > 2 and cells.is_unit_piece(row.name[-2]) and (
                        re.fullmatch(r"[а-яё]+", last)) and not (
                        len(row.name) > 3 and cells.is_unit_head(row.name[-3])):
                    # A unit in two pieces, its first word on the line before
                    # (`условных` / `едини`, `тыс.` / `челов` / break / `ц`, `ек`);
                    # after a multiplier its pieces are three (`Миллион ` / `квад` /
                    # `ратн`, `_unit_start_pieces`).
                    row.unit = row.name[-2:]
                    del row.name[-2:]
                    row.name_end = self.lines[before[2]] if len(before) > 2 else None
                elif len(row.name) > 1 and (
                        cells.is_unit_piece(last) or last.endswith("/")
                        or (self.ctx.spaced and last[:1].isupper() and last.isalpha()
                            and cells.is_unit_piece(last.lower()) and self._cut_after_values(i))):
                    # (A unit's capitalised first letters, `Милли`, in a row a page break
                    # cuts after its values: the unit cell's first line, not the name's.)
                    # A unit word cut by a page break: its rest comes after the break
                    # (or a unit cut after its slash, `да/`: no name line ends on one
                    # right before the values).
                    row.unit = [row.name.pop()]
                    row.name_end = self.lines[before[1]] if len(before) > 1 else None
                elif self.ctx.spaced and not whole:
                    before_text = self.lines[before[0]].text if before else ""
                    k = self._unit_start_pieces(before)
                    if k:
                        # A row cut after its values, a narrow unit column's first
                        # pieces before them (`Доля медицинских ` / `ми` | break | … /
                        # `ну` / `т`): the unit's start; its rest comes after the break,
                        # after the indicator's tail.
                        row.unit = [self._unit_pieces_text(before, k)]
                        del row.name[-k:]
                        row.name_end = self.lines[before[k]]
                    elif (len(row.name[-1].split()) > 1 and row.name[-1] == before_text
                          and cells.is_multiplier(row.name[-1].split()[-1])):
                        # The unit's first line printed on the name's line (`Уровень
                        # педагогических тыс. ` | break | … / `человек`).
                        head, _, unit = row.name[-1].rpartition(" ")
                        row.name[-1] = head
                        row.unit = [unit + " "]  # (its word ended: the rest is a word)
            if first:
                self._add_value(first, self.lines[before[0]])
            self._add_values(ln)
        self.phase = "vals"

    def _slash_rest_value(self, i: int) -> str:
        """The second word of a slash unit (`да/нет`) on the line before the values at
        i, when it is a value and the row, cut by a page break after its values, shows
        one value fewer than its years there: the unit cell was cut after its slash
        (`да/` | values | break | tail | `нет`) and the lines stage glued the row's first
        value to it (it cannot count the row's values). Else ''."""
        row = self.row
        assert row is not None
        last = row.name[-1] if row.name else ""
        head, slash, rest = last.rpartition("/")
        if not (slash and head and rest and len(row.name) > 1 and cells.is_value(rest)
                and cells.is_unit(last)):
            return ""
        count, j = 0, i
        while j < len(self.lines) and not self.lines[j].brk:
            if not self.lines[j].empty:
                if not cells.is_value(self.lines[j].text):
                    return ""
                count += 1
            j += 1
        if j == len(self.lines) or count != len(self.years) - 1:
            return ""
        # After the break the cut cells' tails (words), the unit's rest last, and then
        # no further value: the next row's name, or its number.
        for k in range(j, min(j + 40, len(self.lines))):
            t = self.lines[k].text
            if not t or not cells.is_value(t):
                continue
            nxt = self._next_text(k)
            return rest if (t == rest and k > j and not cells.is_value(
                self.lines[k - 1].text) and (nxt is None or not cells.is_value(nxt.text))) else ""
        return ""

    def _unit_in_pieces(self, before: list[int], cut: bool = False) -> int:
        """How many of the lines before the values (`before`, nearest first) are a unit
        cut into pieces by a narrow column, glued by their wrap marks (`ты` / `с. ` /
        `че` / `ло` / `ве` / `к` -> `тыс. человек`): three or more, each word of the
        unit a dictionary word or an abbreviation, after a name line that ended — or,
        in a row a page break cuts after its values (`cut`), after any name line: the
        cells' first lines come before the break, the name's rest after it."""
        row = self.row
        assert row is not None
        for k in range(min(len(before) - 1, len(row.name) - 1), 2, -1):
            text = "".join(self.lines[before[j]].raw.lstrip() for j in reversed(range(k)))
            if ((cut or not self.lines[before[k]].wrapped) and cells.is_unit(text.strip())
                    and all(is_word(w) or not w.isalpha() for w in text.split())):
                return k
        return 0

    def _unit_start_pieces(self, before: list[int]) -> int:
        """How many of the last name lines before the values (`before`, nearest first)
        are the first pieces of a unit (`ми`, `тыс. ` / `че` / `ло`): glued by their
        wrap marks they begin a unit word, the last has no mark (the word was cut)."""
        row = self.row
        assert row is not None
        if not before:
            return 0
        marked = self.lines[before[0]].wrapped
        for k in range(min(len(before) - 1, len(row.name) - 1, 3), 0, -1):
            text = self._unit_pieces_text(before, k)
            if not marked and k > 1 and text[:1].isupper():
                # (A cell's first line is capitalised: `Мил` / `лио`.)
                text = text[:1].lower() + text[1:]
            if _unit_start(text) if not marked else (k > 1 and cells.is_unit_head(text)):
                # (The last piece with the mark ends the unit's first word, a multiplier
                # or qualifier cut by the column: `Милл` / `ион ` | break | `квадратных`.)
                # (The name line before them has the mark, its rest after the break,
                # or none: the name ended there, and every line after it is the unit's.)
                return k
        return 0

    def _unit_pieces_text(self, before: list[int], k: int) -> str:
        """The k lines before the values (`before`, nearest first) glued by their wrap
        marks; an abbreviation's point ends its word too (`тыс.` / `чел` / `ове`, the
        point filled the line and lost the mark)."""
        text = ""
        for j in reversed(range(k)):
            piece = self.lines[before[j]].raw.lstrip()
            text += (" " if text.endswith(".") else "") + piece
        return text.strip()

    def _unit_ahead(self, i: int) -> int:
        """How many lines from i are a unit cut into pieces by a narrow column whose
        first piece reads as a value (`да` / `/` / `не` / `т` before the values `нет` /
        …): two to four lines on one page glued as printed make a unit that is no value,
        each word a dictionary word or none, and a value follows them (0: none)."""
        if not cells.is_value(self.lines[i].text):
            return 0
        for k in range(cells.SETTINGS.max_word_pieces, 1, -1):
            if i + k >= len(self.lines):
                continue
            pieces = self.lines[i : i + k]
            nxt = self.lines[i + k]
            text = "".join(x.raw.lstrip() for x in pieces).strip()
            unit = cells.is_unit(text) or (
                "/" in text and cells.is_unit_piece(text) and self._cut_after_values(i + k))
            # (A slash unit cut by the break after its values, `да` / `/не` | … | `т`:
            # its first pieces here, its rest last among the tails.)
            if (any(x.brk or x.empty or x.blank_cell for x in pieces[1:]) or nxt.brk
                    or not cells.is_value(nxt.text) or cells.is_value(text)
                    or not unit
                    or not all(is_word(w) or not w.isalpha() for w in text.split())):
                continue
            return k
        return 0

    def _indicator_after_body(self, i: int) -> bool:
        """From line i the body can go on: its last line (no wrap mark) comes before
        any value and an indicator's line follows it, or a later line opens an
        indicator with one of the template's first words (`МЧС ` / `России по ` /
        `Доля органов `: the body wrapped on, its rest after the next break). Else the
        body's rest is after a page break (`Министерство` / … / break / `цифрового
        развития`), and line i opens the indicator."""
        for j in range(i, len(self.lines)):
            ln = self.lines[j]
            if ln.empty or ln.blank_cell:
                continue
            if ln.brk or cells.is_value(ln.text):
                return False
            if j > i and _template_start(ln.text):
                return True
            if not ln.wrapped:
                nxt = self._next_text(j)
                return nxt is not None and not nxt.brk and not cells.is_value(nxt.text)
        return False

    def _cut_after_values(self, i: int) -> bool:
        """A page break follows the row's value lines from i: the row was cut, and its
        cells' first lines (a wrapped name line, then the unit) came before it."""
        for j in range(i, len(self.lines)):
            ln = self.lines[j]
            if ln.empty:
                continue
            if ln.brk:
                return True
            if not cells.is_value(ln.text):
                return False
        return True

    def _ends_with_page(self, i: int) -> bool:
        """The row's values from i run to a page break, and the first line after it
        opens the next row (its project number, or an indicator name's capitalised
        known first word): the row ended with the page, no break cut it — a cut row
        prints its cells' tails there first, in column order."""
        j = next((j for j in range(i, len(self.lines)) if self.lines[j].brk), None)
        if j is None:
            return False
        ln = self.lines[j]
        return bool(self._is_project_start(j, ln)) or (
            cells.starts_upper(ln.text) and cells.is_indicator_start(ln.text, self.learned))

    def _add_value(self, value: str, ln: Line) -> None:
        assert self.row is not None
        self.row.values.append(value)
        self.row.value_lines.append(ln.no)

    def _add_values(self, ln: Line) -> None:
        assert self.row is not None
        room = max(len(self.years) - len(self.row.values), 1)
        for v in cells.split_values(ln.text, room):
            self._add_value(v, ln)

    def _new_row(self, ln: Line) -> None:
        self._flush()
        self.row = _Row(line=ln, name=[ln.text], name_end=ln)
        self.phase = "ind"

    def _tails(self, i: int) -> int:
        """After a page break: the project name's and the body's tails, in column
        order. Returns the index of the first line that is not one of them.

        Merged cells are top-aligned, so the first break inside a project cuts its
        name or its body; a later break cuts them only where a name spans the rows of
        more than one page (`_later_cut`)."""
        proj = self.project
        if proj is None:
            return i
        later = proj.breaks > 0
        if later and not (self._later_cut(proj, i) or self._claimed_on(proj, i)):
            return i
        name_done, org_done = (False, False) if later else self._merged_ended(proj)
        name_done = name_done or proj.fixed
        proj.breaks += 1
        start = i
        while i < len(self.lines) and proj.name and not name_done:
            ln = self.lines[i]
            if ln.empty or ln.blank_cell:
                i += 1
                continue
            if proj.org and self._org_word_cut(proj.org, ln.text):
                # The rest of the body's first word (`Минист` | break | … / `ерство`):
                # the body's tail, so the name's (before it in column order) is over,
                # though its last line was wrapped (a second break cuts it again).
                break
            if ((i > start or not proj.name_open) and self._org_rest(proj, ln.text)
                    and not self._cut_at_break(proj.name_end, ln.text, proj.name)):
                # The rest of the body's last word, cut by the break (`строительс` |
                # break | name's tail … / `тва, жилищно-`): the name's tail, printed
                # before it in column order, is over, though its last line was wrapped
                # (the name goes on beside the next page's rows).
                break
            split = self._glued_across(proj, ln)
            if split:
                # `Росси` (the name's, cut again by the next break) + `щений,` (the rest
                # of the indicator's `обра` | break): glued by the lines stage.
                self._add_name(split[0], None)
                proj.name_end = Line(ln.no, split[0], ln.page, ln.brk)
                self.lines[i] = Line(ln.no, ln.raw[len(split[0]):], ln.page, ln.brk)
                break
            at = self._extra_closing(proj.name, ln)
            if at:
                # `ФОИВ)` / `),` glued by the lines stage: the name takes its closed
                # part and ends there; the rest opens the indicator's tail.
                self._add_name(ln.raw[:at].strip(), None)
                proj.name_end = Line(ln.no, ln.raw[:at].rstrip(), ln.page, ln.brk)
                self.lines[i] = Line(ln.no, ln.raw[at:], ln.page, ln.brk)
                break
            text = join_cell(proj.name)
            cand = join_cell([*proj.name, ln.text])
            # Where wrapped lines are marked, a name whose last line was not wrapped
            # ended before the break unless it is visibly unfinished. Punctuation
            # alone (`,` opening the body's tail) adds nothing to the known name.
            loose = not self.ctx.spaced and (
                ln.text.startswith("(") or (cells.open_end(text) and not cells.new_cell(ln.text)))
            chain = self._chain(proj.name, proj.name_end, i)
            if chain and not (chain[0] == 1 and self._whole_end(proj.name)
                              and self._later_word_cut(proj, ln.text)):
                # A word in pieces on both sides of the break (`Интелле` | break |
                # `ктуальн` / `ая `).
                m, k, word = chain
                proj.name[-m:] = [word]
                proj.name_end = self.lines[i + k - 1]
                proj.name_open = proj.name_end.wrapped
                i += k
                continue
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
            alone = (ln.text == "-" and nxt is not None and not nxt.brk
                     and nxt.text[:1].islower())
            if (self.ctx.spaced and _HYPHEN_PIECE.match(ln.text) and (len(ln.text) > 1 or alone)
                    and text[-1:].isalpha() and proj.name_end is not None
                    and not proj.name_end.wrapped):
                # A compound cut before its hyphen (`контрольно` | break | `-надзорной`,
                # `-` / `надзорной `): no cell opens with a hyphen and lower case, so it
                # is the name's rest.
                end = nxt if alone and nxt is not None else ln
                first, _, more = end.text.partition(" ")
                proj.name[-1] += "-" + first if alone else ln.text
                if alone and more:
                    proj.name.append(more)
                proj.name_open, proj.name_end = end.wrapped, end
                i += 2 if alone else 1
                continue
            if (self._cut_at_break(proj.name_end, ln.text, proj.name, ln)
                    and not self._later_word_cut(proj, ln.text)
                    and not self._name_fit(proj)
                    and not (self._ref_prefix(text) and not self._ref_prefix(
                        join_cell([*proj.name[:-1], proj.name[-1] + ln.text])))):
                # The break came inside the name's last word (`транспорт` / `ной`),
                # unless section 6 spells the name on otherwise (`подведо` is cut again
                # by the next break: `сервисы` opens the indicator's tail).
                proj.name[-1] += ln.text
                proj.name_open, proj.name_end = ln.wrapped, ln
                i += 1
                continue
            if i > start and self._ref_departs(text, cand, i):
                break
            # (A name stopping on a preposition or conjunction, `граждан в`, lost its
            # wrap mark filling the column: a phrase does not end there.)
            joiner = bool(text.split()) and text.split()[-1].lower() in cells.SETTINGS.joiners
            if (proj.name_open or self._bracket_goes_on(proj, text, cand, i) or text.endswith("-")
                    or loose or joiner or self._filled_open(proj)
                    or (self._ref_prefix(cand) and norm_key(cand) != norm_key(text)
                        and self._ref_word_end(cand, ln))
                    or self._before_org_rest(proj, i)
                    or self._remark_after(text, ln.text)
                    or (broken_word(text, ln.text) and not (
                        self.ctx.spaced and (self._name_fit(proj) or self._later_word_cut(
                            proj, ln.text))))
                    ) and (not cells.is_value(ln.text) or self._spells_number(cand)) and (
                    not self.widths.too_wide("name", ln.text)):
                self._add_name(ln.text, ln)
                i += 1
                continue
            break
        j = next((k for k in range(i, len(self.lines))
                  if not (self.lines[k].empty or self.lines[k].blank_cell)), i)
        if (org_done and j < len(self.lines) and self._narrower_than_indicator(j)
                and self.lines[j].text.lower() in cells.SETTINGS.joiners):
            # (A lone conjunction the widths say is the body's goes on it, whatever
            # the counts say: `хозяйства` | break | `и ` / `энергетики`.)
            org_done = False
        while (i < len(self.lines) and proj.org and not self._org_complete(proj.org)
               and not (later and not proj.org_open) and not org_done):
            ln = self.lines[i]
            if ln.empty or ln.blank_cell:
                i += 1
                continue
            text = join_cell(proj.org)
            if self._org_word_cut(proj.org, ln.text):
                # `Министерств` / break / `о цифрового`: the body's first word.
                proj.org[-1] += ln.text
                proj.org_open, proj.org_end = ln.wrapped, ln
                i += 1
                continue
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
            if (self.ctx.spaced and proj.org_end is not None and not proj.org_end.wrapped
                    and re.fullmatch(r"[а-яё]+-", ln.text) and nxt is not None
                    and not nxt.brk and self._region_word(nxt.text)
                    and self._region_word(proj.org[-1].split()[-1] + ln.text)):
                # A compound region name cut in its first part by a break (`Кабарди` |
                # `но-` / `Балкарской`): the pieces go on the body's last word.
                first, _, more = nxt.text.partition(" ")
                proj.org[-1] += ln.text + first
                if more:
                    proj.org.append(more)
                proj.org_open, proj.org_end = nxt.wrapped, nxt
                i += 2
                continue
            if (nxt is not None and not nxt.brk and len(proj.org) == 1
                    and re.fullmatch(r"[а-яё]+", ln.text) and not ln.wrapped
                    and proj.org[0] + ln.text + cells.first_word(nxt.text)
                    in cells.SETTINGS.org_start_words):
                # `Мин` | break | `ист` / `ерство социальной`: the body's first word in
                # more pieces after the break.
                proj.org[-1] += ln.text + nxt.text
                proj.org_open, proj.org_end = nxt.wrapped, nxt
                i += 2
                continue
            if self._org_hyphen_rest(proj, i):
                # `… и жилищно` | break | `-` / `коммунального хозяйства`: the body's
                # compound cut before its hyphen.
                assert nxt is not None
                first, _, more = nxt.text.partition(" ")
                proj.org[-1] += "-" + first
                if more:
                    proj.org.append(more)
                proj.org_open, proj.org_end = nxt.wrapped, nxt
                i += 2
                continue
            full = self.row is not None and len(self.row.values) >= len(self.years)
            if self._cut_at_break(proj.org_end, ln.text, proj.org, ln) and (
                    not cells.is_value(ln.text) or full) and not self._row_word_cut(ln.text):
                # The break came inside the body's last word (`образов` / `ания и`);
                # its rest may read as a value (`цифровы` / `х `) where the row's
                # values are all printed before the break.
                proj.org[-1] += ln.text
                proj.org_open, proj.org_end = ln.wrapped, ln
                i += 1
                continue
            at = self._extra_closing(proj.org, ln, opened=False)
            if at:
                # `торговли) служащих и` glued by the lines stage: the body takes its
                # part before the bracket it never opened and ends there; the rest
                # opens the indicator's tail.
                self._add_org(ln.raw[:at].strip(), None)
                proj.org_end = Line(ln.no, ln.raw[:at].rstrip(), ln.page, ln.brk)
                self.lines[i] = Line(ln.no, ln.raw[at:], ln.page, ln.brk)
                break
            if self.ctx.spaced:
                # (A line opening with a comma goes on the cell before it, and the
                # name's tail, in column order before the body's, is done.)
                goes_on = (proj.org_open or text.endswith("-") or broken_word(text, ln.text)
                           or ln.text.startswith((",", ";")) or self._ends_with_region(i)
                           or self._body_printed(proj.org, ln.text)
                           or ((_open_end(text) or self._narrower_than_indicator(i)
                                or self._ended_narrow(i))
                               and not cells.is_indicator_start(ln.text, self.learned)))
                # (A body stopping on an adjective, `Министерство социальной`, lost its
                # wrap mark filling the column: it goes on unless an indicator opens.)
            else:
                goes_on = self._org_continues(proj.org, ln.text)
            if (cells.is_value(ln.text) and not self._region_hyphen(i)) or not goes_on:
                break
            self._add_org(ln.text, ln)
            i += 1
        second = self._second_body(i) if i < len(self.lines) else 0
        if second and not (later and not proj.org_open):
            # `… области.` | `Главное управление` / … / `области`: the cell's second
            # body, ended by the region's name too, comes before the indicator's tail.
            for ln in self.lines[i : i + second]:
                if not (ln.empty or ln.blank_cell):
                    self._add_org(ln.text, ln)
            i += second
        return i

    def _after_listed_body(self, org: list[str], text: str) -> bool:
        """The body ended with the region's name and a comma (`… Республики, `): the
        cell lists bodies, so it goes on only with another body's first word, or its
        first letters or an acronym where a narrow column cut it (`Министерство
        экономического …`); any other line opens the indicator (`Для получения 100 …`),
        though the comma's line carries the wrap mark."""
        body = join_cell(org).rstrip()
        if not (body.endswith(",") and self._org_complete([body[:-1]])):
            return False
        w = cells.first_word(text)
        return not (cells.is_org_start(text) or cells.is_acronym_start(text) or (
            w[:1].isupper() and any(s.startswith(w) for s in cells.SETTINGS.org_start_words)))

    def _body_printed(self, org: list[str], text: str) -> bool:
        """A lower-case line after a break that, run on from the body so far, spells
        what section 7 prints elsewhere (`Министерство образования` | break | `и
        науки`): the template names the same bodies in many rows, most of them printed
        whole on one page, and no indicator's tail goes on a body's words there. Where
        bodies do not end with the region's name this is what tells their rest."""
        t = text.strip()
        if not (org and t[:1].islower()) or cells.is_indicator_start(t, self.learned):
            return False
        return _letters(" ".join([*org, t])) in self.printed

    def _number_goes_on(self, i: int) -> bool:
        """Marked dumps: line i reads as a value but carries the wrap mark and words
        follow it (`(относительно ` / `2020 ` / `года)`): a value fills its one-line
        year cell, so the line goes on a cell of words (after a wrapped tail line, the
        tail's; after an unmarked one it may open the next indicator, `100 ` /
        `государственных услуг`, the `%` lost)."""
        ln, nxt = self.lines[i], self._next_text(i)
        return (self.ctx.spaced and ln.wrapped and nxt is not None and not nxt.brk
                and nxt.text[:1].isalpha() and nxt.text[:1].islower())

    def _number_ends_tail(self, taken: list[int], i: int) -> bool:
        """Marked dumps: line i, a bare number without the wrap mark, follows an
        indicator tail line in a row whose values were all printed before the break,
        and no value follows it: no year cell is left for it, so it ends the indicator
        (`… значимых услуг` / `0`, the tail's line wrapped or filling its column).
        (A number with the wrap mark may open the next indicator: `100 ` / `услуг`.)"""
        row, ln, nxt = self.row, self.lines[i], self._next_text(i)
        return (self.ctx.spaced and row is not None and bool(taken)
                and len(row.values) >= len(self.years)
                and re.fullmatch(r"\d+", ln.text) is not None and not ln.wrapped
                and (nxt is None or nxt.brk or not (cells.is_value(nxt.text)
                                                    or cells.unit_with_values(nxt.text))))

    def _indicator_piece(self, ln: Line) -> bool:
        """Marked dumps: the line is the first piece of an indicator's first word cut
        by a narrow column (`Уменьшени` / … / `е средней`): one capitalised token, no
        wrap mark, no dictionary word, the first letters (4+) of a known first word."""
        t = ln.text
        w = t.lower()
        return (self.ctx.spaced and not ln.wrapped and t.isalpha() and t[:1].isupper()
                and len(t) >= cells.SETTINGS.min_org_piece and not is_word(w)
                and any(s.startswith(w) and s != w
                        for s in (*cells.INDICATOR_START, *self.learned)))

    def _extra_closing(self, name: list[str], ln: Line, opened: bool = True) -> int:
        """Where a tail line after a break closes the name's open bracket and then
        one more, the offset in `ln.raw` of the bracket too many, when the cut row's
        indicator left a bracket open (`(станций и` / `подстанций` | break | `ФОИВ)` /
        `),` glued into one line by the lines stage, which puts punctuation wrapped to
        a line's start back onto the word before): that bracket closes the
        indicator's, whose tail comes later in column order. Else 0. With `opened`
        false the cell (the body, `торговли` / `) служащих`) need not have opened
        one: its first bracket too many is the indicator's all the same."""
        row = self.row
        if row is None or ")" not in ln.raw:
            return 0
        ind = join_cell(row.name)
        if ind.count("(") <= ind.count(")"):
            return 0
        depth = sum(x.count("(") - x.count(")") for x in name)
        if depth <= 0 and opened:
            return 0  # (the name's brackets are closed: the line is no rest of it)
        for k, ch in enumerate(ln.raw):
            depth += (ch == "(") - (ch == ")")
            if depth < 0:
                return k if ln.raw[:k].strip() else 0
        return 0

    def _beside(self, proj: _Project) -> int:
        """Lines the indicator column printed beside the project's merged cells on
        the page a break ends: its complete rows' and the cut row's before the break
        (a lower bound of the page's room: each row is as tall as its tallest cell)."""
        lines = proj.row_lines
        row, end = self.row, self.row.name_end if self.row is not None else None
        if (row is not None and end is not None and not end.brk and end.page == row.line.page
                and (not proj.rows or row.line.page == proj.line.page)):
            lines += end.no - row.line.no + 1
        return lines

    def _merged_ended(self, proj: _Project) -> tuple[bool, bool]:
        """Whether the project's name, and its body, ended before the break: merged
        cells are top-aligned beside its first rows, and a cell that printed fewer
        lines than the indicator column did beside it on that page was not cut (the
        page cut only the cells taller than its room), so the break cuts only the
        row's own cells (`организаций` | break | `,` / `подключенных` is the
        indicator's tail, not the body's). A margin of lines: widow, orphan and
        keep-together control may move a cut cell's last lines past the page's end
        early: `merged_end_margin`)."""
        room = self._beside(proj) - cells.SETTINGS.merged_end_margin
        first = (self.records[proj.rows[0]].source_line, self.records[proj.rows[0]].source_page
                 ) if proj.rows else (self.row.line.no, self.row.line.page) if self.row else None
        row_no = first[0] if first and first[1] == proj.line.page else None
        org_first = proj.org_first
        if not (room > 0 and row_no is not None and org_first is not None
                and not org_first.brk and org_first.page == proj.line.page
                and proj.line.no < org_first.no < row_no):
            return False, False
        # (Counted from each cell's first line to the next cell's: the lines stage
        # glues a cut word's pieces into a line numbered as the first.)
        name = not proj.name_open and org_first.no - proj.line.no <= room
        org = not proj.org_open and row_no - org_first.no <= room
        return name, org

    def _later_cut(self, proj: _Project, i: int) -> bool:
        """A later page break inside a project cuts its name again (a long merged name
        beside rows of two pages, `… исполнительной власт` | break | `и и` / `подве…`)
        where the dump marks wrapped lines: the name's last line carries the mark, or
        it lost it inside a word the first line after the break completes; not where
        section 6, knowing the name so far, does not spell it on with that line."""
        ln = self._next_text(i - 1) if i > 0 else None
        if not self.ctx.spaced or not proj.name or ln is None:
            return False
        text = join_cell(proj.name)
        if self._ref_prefix(text) and not self._ref_prefix(join_cell([*proj.name, ln.text])):
            return False  # section 6 spells the name on otherwise (`вид` | `ных услуг`)
        if self._name_ended_on_page(proj, i):
            return False
        if proj.name_open:
            return True
        return self._cut_at_break(proj.name_end, ln.text, proj.name)

    def _claimed_on(self, proj: _Project, i: int) -> bool:
        """A claimed name (`_claim_name`) printed a piece on the page the break at i
        opens: its merged cell ran beside rows of that page, so the body's beside it
        may have been cut by the break too."""
        return proj.fixed and self.lines[i].page in proj.name_pages

    def _name_ended_on_page(self, proj: _Project, i: int) -> bool:
        """The name's last line, without the wrap mark, was printed on the page the
        break at `i` ends, beside more lines of the indicator column than the name
        printed there (counted over the rows begun and ended on that page, capitalised:
        a merged cell is top-aligned and spans its rows, one cut again by this break
        would have filled the page beside them; a unit column's pieces are not the
        indicator's), so the break cannot cut it again: the first line after it is a
        later cell's tail (`электронн` / `ый вид` | … rows … `государствен` | break |
        `ной власти`, where `вид` + `ной` reads `видной`)."""
        end = proj.name_end
        if end is None or end.wrapped or i < 1:
            return False
        page = next((ln.page for ln in reversed(self.lines[:i])
                     if not ln.empty and not ln.blank_cell), None)
        if end.page is None or page is None or end.page != page:
            return False
        at = next((k for k in range(i - 1, -1, -1) if self.lines[k] is end), None)
        if at is None:
            return False
        first = at
        while first > 0 and self.lines[first - 1].page == page:
            first -= 1
        # (Counted in the dump's lines, as the rows are: the lines stage glues a cut
        # word's pieces into one line numbered as the first.)
        name_lines = end.no - self.lines[first].no + 1
        beside = proj.page_rows.get(page, 0)
        row = self.row
        if (row is not None and row.name_end is not None and row.line.page == page
                and row.name_end.page == page and cells.starts_upper(row.line.text)):
            beside += row.name_end.no - row.line.no + 1
        return beside - cells.SETTINGS.merged_end_margin > name_lines

    def _ref_departs(self, text: str, cand: str, i: int) -> bool:
        """Marked dumps: the name so far is the start of a name section 6 prints, the
        tail line would spell it on otherwise: the name's lines on this page ended though
        the last was wrapped (a long merged name is cut again by the next break,
        `подведомственных ` | `навигации ` / `ГЛОНАСС` | break | `учреждений …`), the
        line is a later cell's tail. Not after a name section 6 prints whole, nor for
        a bracket: a remark section 6 leaves out may follow (`(рекомендовано ФОИВ)`);
        quotes aside (section 6 may print a name's quoted words bare); only after the
        name took a line on this page (the page ran out beside its rest), while the
        row's indicator, wrapped before the break, still has its tail to print, and
        the line's first letter is none section 6 spells next (section 6 may cut
        the same name inside a word: `российска` | `я`), and the first line after
        the next break spells it on as section 6 does."""
        row = self.row
        ln = self.lines[i]
        if not (self.ctx.spaced and row is not None and row.name_end is not None
                and row.name_end.wrapped and not ln.text.startswith("(")):
            return False
        key = norm_key(text).replace('"', "")
        more = norm_key(cand).replace('"', "")
        nexts = {r[len(key)] for r in self.bare_refs if r.startswith(key) and len(r) > len(key)}
        if not key or key in self.bare_refs or not nexts or more[len(key):len(key) + 1] in nexts:
            return False
        j = self._next_break(i)
        if j >= len(self.lines):
            return False
        rest = norm_key(text + " " + self.lines[j].text).replace('"', "")
        return any(r.startswith(rest) for r in self.bare_refs)

    def _bracket_goes_on(self, proj: _Project, text: str, cand: str, i: int) -> bool:
        """The name so far opens a bracket it does not close, so it goes on, unless the
        dump marks wrapped lines, its last line has no mark, and section 6, knowing the
        name so far, does not spell it on with the line after the break: section 7
        prints a long name cut short, its bracket left open (`… (оказание поддержки …`
        / `участников` | break | `государственную`, the indicator's tail). (A line
        that filled the column lost its mark too, `(формирова` / `ние ` / `платформы`
        / `цифрового `: section 6 spells that name on.)"""
        if not cells.parens_open(text):
            return False
        end = proj.name_end
        if not self.ctx.spaced or end is None or end.wrapped:
            return True
        if self._ref_prefix(text):
            return self._ref_prefix(cand)
        return self._bracket_closes(i)

    def _bracket_closes(self, i: int) -> bool:
        """A closing bracket comes from line i on before the next value: the open
        bracket's cell goes on to it (`платформы` / `цифрового ` / … / `ГИС ЖКХ)`);
        where none comes, the name was printed cut short, bracket open."""
        for ln in self.lines[i : i + cells.SETTINGS.body_tail_lines * 4]:
            if ln.empty or ln.blank_cell:
                continue
            if cells.is_value(ln.text):
                return False
            if ")" in ln.text:
                return True
        return False

    def _org_word_cut(self, org: list[str], rest: str) -> bool:
        """The body so far is one line, the first letters of a word a body opens with
        (`Министерств`, no wrap mark needed: the word was wider than the column), and
        the first letters after the break complete that word."""
        first = rest.split()[0] if rest.split() else ""
        return (len(org) == 1 and cells.is_org_start_piece(org[0])
                and org[0] + first in cells.SETTINGS.org_start_words)

    def _before_org_rest(self, proj: _Project, i: int) -> bool:
        """The body printed only its first word's first letters before the break
        (`Минис` / `терств`) and a later line on this page completes it (`о труда`):
        the cells' tails come in column order, so every line before that one is the
        name's (`населения)` / `(рекоменд` / `овано ` / `ФОИВ)` / `о труда`)."""
        if not (proj.org and len(proj.org) == 1 and cells.is_org_start_piece(proj.org[0])):
            return False
        for k in range(i + 1, len(self.lines)):
            ln = self.lines[k]
            if ln.brk or cells.is_value(ln.text):
                return False
            if self._org_word_cut(proj.org, ln.text):
                return True
        return False

    def _glued_across(self, proj: _Project, ln: Line) -> tuple[str, str] | None:
        """Marked dumps: the tail line's first token is no word but two cut pieces the
        lines stage glued: the name's last letters before the next break (section 6
        spells the name on with them) and the rest of the row's indicator word cut by
        this break (its last line before the break a piece without the wrap mark; the
        two make a dictionary word): `Росси` + `щений,` after `обра`. The name's last
        line was wrapped (its piece opens a word: `туристич` | `еск` + `их` is no
        split of `еских`), and the rest has three letters or more. Returns the name's
        piece and the rest, split where exactly one cut does both."""
        row = self.row
        end = row.name_end if row is not None else None
        if not (self.ctx.spaced and row is not None and end is not None and not end.wrapped
                and self.refs and row.name and proj.name_open):
            return None
        token = ln.raw.split()[0] if ln.raw.split() else ""
        letters = re.match(r"[А-Яа-яЁё]+", token)
        cut = re.search(r"(?:^|\s)([а-яё]{2,})$", row.name[-1].strip())
        if not (letters and cut) or is_word(letters.group()) or is_word(cut.group(1)):
            return None
        word = letters.group()
        splits = [k for k in range(2, len(word) - 2)
                  if is_word(cut.group(1) + word[k:])
                  and self._ref_allows(join_cell([*proj.name, word[:k]]))]
        if len(splits) != 1:
            return None
        k = splits[0]
        return word[:k], word[k:]

    def _ref_allows(self, text: str) -> bool:
        """Section 6 spells a name on with `text`, or none of its texts reaches that
        far (a name section 6's window cut short: one starts as `text` up to its end)."""
        key = norm_key(text)
        return self._ref_prefix(text) or any(
            len(r) < len(key) and key.startswith(r) for r in self.refs)

    def _org_rest(self, proj: _Project, rest: str) -> bool:
        """Marked dumps: the body's last line before the break is one piece that is no
        word, without the wrap mark (`строительс`), and the first letters of `rest`
        make it a dictionary word (`тва,`): the rest of the body's word."""
        end = proj.org_end
        if not (self.ctx.spaced and proj.org and end is not None and not end.wrapped
                and not self._org_complete(proj.org)):
            return False
        tok = end.raw.strip()
        first = re.match(r"[а-яё]+", rest.strip())
        if not (re.fullmatch(r"[а-яё]{3,}", tok) and first and proj.org[-1].strip() == tok):
            return False
        # (The word's earlier pieces, one a line: `строи` / `тельс`.)
        pieces = [tok]
        for piece in reversed(proj.org[:-1]):
            if not re.fullmatch(r"[а-яё]+", piece.strip()):
                break
            pieces.insert(0, piece.strip())
        word = "".join(pieces)
        rest_letters = first.group()
        if len(rest_letters) >= 2 and not _function_piece(rest_letters):
            return not is_word(word) and is_word(word + rest_letters)
        # (A rest of one letter or a function word is the name's as likely: `образовани`
        # + `и`, the name going on with `и ` after `системами `; unless section 7 prints
        # the body so run on elsewhere, `населени` + `я`.)
        return (not is_word(tok) and is_word(tok + rest_letters)
                and self._body_printed(proj.org, rest_letters))

    def _narrower_than_indicator(self, i: int) -> bool:
        """Line i carries the wrap mark, yet it and the next line's first word would
        have fitted on one line of the indicator column (`и` / `энергети…` where the
        indicator's lines typically hold 30 characters): LibreOffice wrapped it in a narrower
        column, so after a break it is the body's tail, not the indicator's."""
        ln, nxt = self.lines[i], self._next_text(i)
        widest = self.widths.typical("ind")
        if not (ln.wrapped and widest and nxt is not None and not nxt.brk and nxt.text.split()):
            return False
        if self.row is not None and broken_word(join_cell(self.row.name), ln.text):
            return False  # the rest of the indicator's last word (`усл` / `угу`)
        need = len(ln.text.strip()) + 1 + len(nxt.text.split()[0])
        return need * (1 + cells.SETTINGS.width_slack) <= widest

    def _ended_narrow(self, i: int) -> bool:
        """Line i has no wrap mark, yet a lower-case line goes on after it and it and
        that line's first word would have fitted on one line of the indicator column
        (`Комитет ` / `по делам` | break | `архивов` / `электронном виде` where the
        indicator's lines hold 27 characters): an indicator line followed by more of its
        cell was wrapped (marked) or filled its column, so line i is not the
        indicator's; it is the body's, whose last line before it filled its narrower
        column and lost its mark."""
        ln, nxt = self.lines[i], self._next_text(i)
        widest = self.widths.typical("ind")
        if not ((widest or self.widths.header_cap("ind")) and not ln.wrapped
                and nxt is not None and not nxt.brk
                and nxt.text[:1].islower() and len(ln.text.split()) == 1):
            return False
        if cells.is_value(nxt.text) or cells.is_unit_piece(nxt.text):
            return False
        end = self.project.org_end if self.project is not None else None
        if end is None or end.wrapped:
            return False
        if self._wider_than_header(i):
            return True
        row = self.row
        if row is None or not any(cells.is_unit(u) for u in (" ".join(row.unit),
                                                              "".join(row.unit))):
            return False  # (a unit cut too prints its rest after the indicator's: `к`)
        if broken_word(join_cell(row.name), ln.text):
            return False
        # (Whole words only: pieces of a word a letter-wide column cut and the lines
        # stage left apart, `оль` / `зую`, are as narrow wherever they belong.)
        first = nxt.text.split()[0]
        if not (len(ln.text) > 1 and is_word(ln.text.strip(",.;:"))
                and is_word(first.strip(",.;:"))):
            return False
        need = len(ln.text.strip()) + 1 + len(first)
        # (Where the header's label was cut the column is narrower than its words, and
        # the lines it holds, glued back by the lines stage, say nothing of its width.)
        return (not self.widths.header_cap("ind") and bool(widest)
                and need * (1 + cells.SETTINGS.width_slack) <= widest)

    def _wider_than_header(self, i: int) -> bool:
        """Line i is one piece as printed (the next line's number follows on) and
        holds more letters than the indicator column's label shows a line of it holds
        (`Наим` / `енова` / `ние`): not the indicator's (`по делам` | break |
        `архивов`, where the body column is wider)."""
        cap = self.widths.header_cap("ind")
        ln = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        # (A dictionary word only: a column a letter or two wide prints pieces whose
        # letters' widths differ more than the label's pieces tell.)
        return (bool(cap) and nxt is not None and nxt.no == ln.no + 1 and len(ln.text) > cap
                and is_word(ln.text.strip(",.;:")))

    def _org_hyphen_rest(self, proj: _Project, i: int) -> bool:
        """Marked dumps, among the tails after a break: line i is a hyphen alone and
        the next line on its page goes on in lower case, while the body's last line
        before the break ended on a letter without the wrap mark (`жилищно` | break |
        `-` / `коммунального`), or by a word of the region's name (`Кабардино` | break |
        … / `-` / `Балкарской`, a second body in the cell's rest). The column cut a
        compound before its hyphen; a value `-` is never followed by lower-case words on
        its page (the next value, a capitalised cell or a number follows it), nor by
        the region's name (no cell opens with it)."""
        ln = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        end = proj.org_end
        return (self.ctx.spaced and ln.text == "-" and nxt is not None and not nxt.brk
                and (nxt.text[:1].islower() or self._region_word(nxt.text))
                and not cells.is_value(nxt.text)
                and bool(proj.org) and proj.org[-1][-1:].isalpha()
                and end is not None and not end.wrapped)

    def _region_hyphen(self, i: int) -> bool:
        """Line i is a hyphen alone before a word of the region's name: a compound's
        hyphen wrapped in a narrow column (`Кабардино` / `-` / `Балкарской`), no value."""
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return self.lines[i].text == "-" and nxt is not None and self._region_word(nxt.text)

    def _ends_with_region(self, i: int) -> bool:
        """A body left without the region's name goes on with the lines from i up to
        one that ends with it (a body's name ends «… Энской области»), before any value.
        A hyphen alone before a word of the region's name is no value (`Кабардино` /
        `-` / `Балкарской`: a compound's hyphen wrapped in a narrow column)."""
        for k in range(i, min(i + cells.SETTINGS.body_tail_lines, len(self.lines))):
            ln = self.lines[k]
            if cells.is_value(ln.text) and not self._region_hyphen(k):
                return False
            if self._org_complete([ln.text]):
                return True
        return False

    def _add_name(self, text: str, ln: Line | None) -> None:
        proj = self.project
        assert proj is not None
        proj.name.append(text)
        proj.name_open = ln is not None and ln.wrapped
        proj.name_end = ln

    def _add_org(self, text: str, ln: Line | None) -> None:
        proj = self.project
        assert proj is not None
        if not proj.org:
            proj.org_first = ln
        proj.org.append(text)
        proj.org_open = ln is not None and ln.wrapped
        proj.org_end = ln

    def _close_project(self) -> None:
        """The project just read is complete: its name and body (merged cells, whose
        tails a page break may print after some of its rows were read) are settled
        once for all its rows, and it shows how wide its name and body columns are."""
        proj = self.project
        if proj is None:
            return
        name, org = self._respell(proj.name), join_cell(proj.org)
        for k in proj.rows:
            self.records[k].project_name = name
            self.records[k].responsible_org = org
        proj.rows = []
        # (A claimed name is one text: its pieces show the column's width.)
        self.widths.add("name", proj.name_lines or proj.name)
        self.widths.add("org", proj.org)

    def _respell(self, pieces: list[str]) -> str:
        """The name's lines joined, each join between two lines spaced as section 6
        prints the same name: a line end in a narrow column is a cut word or a wrap at a
        space, which the dictionary cannot always tell (`Марк` / `етплейс`, `Гост` /
        `ех`), while section 6 (the same names, other widths) mostly prints that spot
        inside a line. Spaces inside a printed line are never changed."""
        pieces = _closing_glued(pieces)
        name = join_cell(pieces)
        if not self.spelled or len(pieces) < 2:
            return name
        keys = [norm_key(t) for t in pieces]
        key, spaces = _spacing(name)
        if "".join(keys) != key:
            return name
        # Section 6 may print the name cut by a page break (its goal after the cut) or
        # go on with a remark: the texts spelling the longest common start decide.
        common = [(_common_start(key, k), sp) for k, sp in self.spelled]
        most = max((n for n, _ in common), default=0)
        refs = [sp for n, sp in common if n == most]
        want = dict(enumerate(spaces))
        at = 0
        for k in keys[:-1]:
            at += len(k)
            if at > 0 and at + min(_MIN_SPELLED, len(key) - at) <= most:
                votes = {sp[at] for sp in refs}
                vote = votes.pop() if len(votes) == 1 else spaces[at]
                if vote != spaces[at] and _fewer_unknown(key, spaces, at, vote):
                    want[at] = vote
        if all(want[i] == spaces[i] for i in range(len(key))):
            return name
        return _respaced(name, want)

    # -- main loop ---------------------------------------------------------
    def _indicator_tail(self, i: int) -> int:
        """After a page break that follows a complete row: the row's indicator
        name goes on until the next row (a project number or an indicator's
        first word). Returns the index of the first line after the tail.

        If values follow before any such start, the next row's name is among the
        lines taken: it starts at the first capitalised line."""
        row = self.row
        assert row is not None
        taken: list[int] = []
        while i < len(self.lines):
            ln = self.lines[i]
            if ln.empty or ln.blank_cell:
                i += 1
                continue
            prev = self.lines[taken[-1]].text if taken else join_cell(row.name)
            if self._is_project_start(i, ln) or (
                    cells.is_indicator_start(ln.text, self.learned)
                    and not (self.ctx.spaced and taken and self.lines[taken[-1]].wrapped)
                    and not (len(prev.split()) > 1
                             and prev.split()[-1].lower() in cells.SETTINGS.joiners)):
                # (After a wrapped line its cell goes on: `(относительно` / `2020 года)`
                # reads as an indicator's start but is none; so after a preposition
                # that ended a filled line: `услуг в` / `3 раза при оказании`. A lone
                # `в` may be a word's or a unit's rest: `проценто` / `в`.)
                break
            if taken and ln.brk and row.unit and not cells.is_unit(" ".join(row.unit)):
                # The row cut again by the next page break: on the middle page the cut
                # unit's rest comes last in column order, after the indicator's lines
                # (`проце` | break | … `среды, в ` / `нтов` | break | `общем …`).
                taken = self._unit_tail(taken)
            if taken and ln.brk:
                # The row cut again by the next page break: a word in pieces on both
                # sides of it (`тер` | break | `рит` / `ори` / `и `).
                again = self._chain([self.lines[x].text for x in taken],
                                    self.lines[taken[-1]], i)
                if again:
                    m, k, word = again
                    end = self.lines[i + k - 1]
                    first = self.lines[taken[-m]]
                    self.lines[taken[-m]] = Line(first.no, word + (" " if end.wrapped else ""),
                                                 first.page, first.brk)
                    del taken[len(taken) - m + 1:]
                    i += k
                    continue
                if self.project is not None and self._later_cut(self.project, i):
                    # The next break cuts the project's long merged name again: its
                    # rest, first in column order, opens the next page's tails.
                    break
            chain = self._chain_at_break(i) if not taken else None
            if chain:
                # A word cut into pieces on both sides of the break (`рас` / `смотре` /
                # `нны` | break | `х `, `обр` | break | `азо` / `ват` / `ель` / `ной `).
                m, k, word = chain
                row.name[-m:] = [word]
                row.name_end = self.lines[i + k - 1]
                i += k
                continue
            if not taken and row.name and self._cut_at_break(row.name_end, ln.text, row.name, ln):
                # The break came inside the name's last word (`ГЛО` / `НАСС`).
                row.name[-1] += ln.text
                row.name_end = None
                i += 1
                continue
            if not taken and row.name and broken_word(join_cell(row.name), ln.text):
                # The rest of a word the break cut (`оснащенны` / `х`), even where it
                # reads as a value (`х`, `да`).
                taken.append(i)
                i += 1
                continue
            if (row.unit and row.unit[-1].endswith("/")
                    and cells.is_unit(row.unit[-1] + ln.text)):
                # A unit cut after its slash (`да/` / break / `нет`): its rest comes last
                # in column order, after the indicator's tail.
                for k in self._unit_tail(taken):
                    row.name.append(self.lines[k].text)
                row.unit[-1] += ln.text
                return i + 1
            if self._number_ends_tail(taken, i):
                # `значимых услуг` / `0` / `Сокращение …`: the row's values are all
                # printed, so a number left has no year cell; it is the indicator's
                # last line.
                taken.append(i)
                i += 1
                break
            if ((cells.is_value(ln.text) and not self._hyphen_goes_on(ln, self._next_text(i)))
                    or cells.unit_with_values(ln.text)) and not (
                    taken and self.lines[taken[-1]].wrapped and self._number_goes_on(i)):
                for k in self._row_starts(taken):
                    t = self.lines[k].text
                    if (cells.starts_upper(t) and not self._region_word(t)
                            and not cells.is_acronym_start(t)):
                        row.name.extend(self.lines[x].text for x in self._unit_tail(
                            [x for x in taken if x < k]))
                        return k
                break
            taken.append(i)
            i += 1
        for k in self._unit_tail(taken):
            row.name.append(self.lines[k].text)
            row.name_end = self.lines[k]  # (a row cut again by the next break goes on)
        return i

    def _chain_at_break(self, i: int) -> tuple[int, int, str] | None:
        """In a marked dump, the row's indicator ends before the break on pieces of a
        word a narrow column cut (one token each, the last without the mark) and the
        lines from i go on with its other pieces (no mark but on the last): the longest
        dictionary word the last m pieces before and the first k lines after make,
        as (m, k, word); None when none does."""
        row = self.row
        if row is None:
            return None
        return self._chain(row.name, row.name_end, i)

    def _chain(self, cell: list[str], end: Line | None, i: int) -> tuple[int, int, str] | None:
        """`_chain_at_break` for any cell's lines `cell`, `end` the line of its last."""
        if not (self.ctx.spaced and cell and end is not None and not end.wrapped):
            return None
        before: list[str] = []
        for piece in reversed(cell[-cells.SETTINGS.max_word_pieces:]):
            if re.fullmatch(r"[(«\"„“][а-яёА-ЯЁ]+", piece.strip()):
                # (The word's first piece may open a bracket or quote: `(реком`.)
                before.insert(0, piece.strip())
                break
            if not re.fullmatch(r"[а-яёА-ЯЁ]+", piece.strip()):
                break
            before.insert(0, piece.strip())
        after: list[str] = []
        rest = ""  # the words after the last piece on its line (`х с`)
        # An acronym cut into pieces goes on in capitals (`ГЛ` | break | `ОН` / `АС` /
        # `С `): a cell never opens with a capital-only piece that is no word.
        caps = bool(before) and before[-1].isupper()
        piece = r"[А-ЯЁ]+[,.;:]?" if caps else r"[а-яё]+[,.;:]?"
        for ln in self.lines[i : i + cells.SETTINGS.max_word_pieces + 1]:
            head, _, more = ln.text.partition(" ")
            if ln.empty or (after and ln.brk) or not re.fullmatch(piece, head):
                break
            after.append(head)
            if more or ln.wrapped:
                rest = more
                break
        best: tuple[int, int, str] | None = None
        for m in range(1, len(before) + 1):
            for k in range(1, len(after) + 1):
                if m + k < 3 and (is_word(before[-1]) and is_word(after[0]) if caps else (
                        len(after[0]) < 2 or after[0].rstrip(",.;:") in cells.SETTINGS.joiners)):
                    # (Two pieces whose rest is a preposition or conjunction the
                    # template's phrases use: `_cut_at_break` decides. A particle the
                    # dictionary also knows, `ок`, is a word's rest: `перевоз` / `ок`.
                    # Capitals: two words, each whole, are two words.)
                    continue
                word = "".join(before[-m:]) + "".join(after[:k])
                if is_word(word.rstrip(",.;:").lstrip("(«\"„“")) and (
                        best is None or len(word) > len(best[2])):
                    best = (m, k, f"{word} {rest}" if rest and k == len(after) else word)
        return best

    def _unit_tail(self, taken: list[int]) -> list[int]:
        """The tails of a cut row in column order: the indicator's, then the unit's.
        A unit left as a piece of its word (`проце`, `проценто`, `проц`) takes the
        last line(s) that complete it (`нтов`, `в`, `енто` / `в`: a dictionary word
        of a unit); the other lines are the indicator's."""
        row = self.row
        assert row is not None
        if not (taken and row.unit):
            return taken
        unit, last = row.unit[-1], self.lines[taken[-1]].text
        if self.ctx.spaced and not cells.is_unit(" ".join(row.unit)):
            # A unit cut into pieces by a narrow column (`Милли` / break / `он ` /
            # `ква` / `дра` / `тны` / `х ` / `мет` / `ров`): the marks say where its
            # words end, so its last lines glue into it.
            for k in range(min(len(taken), cells.SETTINGS.max_word_pieces * 2), 0, -1):
                glued = "".join(self.lines[x].raw.lstrip() for x in taken[-k:]).strip()
                unit_glued = "".join(row.unit) + glued
                for whole in [*(u + sep + g for u in (" ".join(row.unit), "".join(row.unit))
                                for sep in ("", " ") for g in (glued, *_two_words(glued))),
                              *_two_words(unit_glued)]:
                    # (The unit's own pieces before the break too: `про` / `цен`.)
                    # (Each word a dictionary word: the unit pattern's endings would
                    # take `условных` + `законодательством` + `единиц` as one.)
                    if cells.is_unit(whole) and all(
                            is_word(w) or not w.isalpha() for w in whole.split()):
                        row.unit = [whole]
                        return taken[:-k]
        if cells.is_unit_piece(unit):
            for k in (3, 2, 1):  # `условных` / `единиц`, `Миллион` / `квадратных` / `метров`
                rest = [self.lines[x].text for x in taken[-k:]]
                if len(taken) >= k and cells.is_unit(" ".join([unit, *rest])):
                    row.unit.extend(rest)
                    return taken[:-k]
        if (cells.is_unit_piece(unit) or broken_word(unit, last)) and cells.is_unit(unit + last):
            row.unit[-1] += last  # `проце` / `нтов`
            return taken[:-1]
        if unit.isalpha():
            for k in (2, 3):  # the rest in pieces too: `проц` / `енто` / `в`
                rest = "".join(self.lines[x].text for x in taken[-k:])
                if (len(taken) >= k and rest.isalpha() and is_word(unit + rest)
                        and cells.is_unit(unit + rest)):
                    row.unit[-1] += rest
                    return taken[:-k]
        return taken

    def _row_starts(self, taken: list[int]) -> list[int]:
        """Where the next row may start among the lines after a tail, in the order
        to try. Where the dump marks wrapped lines, a line after a marked one goes on
        the same cell, and the tail's cell may go on in capitalised words (`субъекта`
        / `Российской` / `Федерации`) after unmarked ones (a word filling its line):
        the next row starts at the last line that can start it."""
        if not self.ctx.spaced:
            return taken
        return [k for k in reversed(taken) if k > 0 and not self.lines[k - 1].wrapped]

    def _value_line(self, i: int, ln: Line) -> bool:
        """A value cell's line. A value whose line carries the wrap mark goes on,
        which a value cell does only into more of its number: one in words (`Не менее
        50`) or one followed by words (`100` / `государственных услуг`, the `%` lost)
        opens a name."""
        if not cells.is_value(ln.text):
            return False
        nxt = self._next_text(i)
        if self._hyphen_goes_on(ln, nxt):
            return False
        if not (self.ctx.spaced and ln.wrapped):
            return True
        return not (re.search(r"[А-Яа-яЁё]", ln.text) or nxt is None
                    or not cells.is_value(nxt.text))

    @staticmethod
    def _hyphen_goes_on(ln: Line, nxt: Line | None) -> bool:
        """A hyphen alone followed on its page by lower-case words (`соискателей ` /
        `-` / `получателей`, `информационно` / `-` / `аналитическую`) is a compound's
        hyphen the column wrapped: a value `-` is followed by the next value, a
        capitalised cell or a row number, never by lower-case words."""
        return (ln.text == "-" and nxt is not None and not nxt.brk
                and nxt.text[:1].islower() and not cells.is_value(nxt.text)
                and not cells.is_unit(nxt.text))

    def _cut_at_break(self, last: Line | None, rest: str, cell: list[str] | None = None,
                      at: Line | None = None) -> bool:
        """In a marked dump, a name whose last line before a page break has no wrap
        mark and is one token, and goes on after the break, was cut inside that word
        (a narrow column cuts a word only where it opens its line): when the pieces
        make a dictionary word, the rest being no function word, or go on in capitals.

        The rest may be a one-letter function word too (`отходам` | `и`, `(рекомендован`
        | `о ФОИВ)`, `власт` | `и и`): a line wrapped before a separate `и` would carry
        the wrap mark, and a word that exactly filled the column is a coincidence, so
        the missing mark says the word was cut (the dictionary must know the whole)."""
        if not (self.ctx.spaced and last is not None):
            return False
        if cut_at_break(last, rest):
            return True
        tok = last.raw.strip()
        if last.wrapped or re.search(r"\s", tok):
            return False
        end = re.search(r"[а-яё]{3,}$", tok)
        start = re.match(r"([а-яё])(?![А-Яа-яЁё])", rest.strip())
        if end and start and is_word(end.group() + start.group(1)):
            return True
        # A word the dictionary does not know (`автоматизиров` | `анно через`): the
        # line is a lower-case piece that is no word (a whole word that filled its
        # line would be one), the rest lower-case letters that are no function word
        # nor a unit's.
        piece = re.match(r"([а-яё]{2,})(?![А-Яа-яЁё-])", rest.strip())
        # (`cell`: the cell's lines so far; its last must be this line as printed, not
        # a word the lines stage glued from pieces, `взаимодей` / `ствие`. `at`: the
        # rest's line; on the same page as `last` no break came between them, and a
        # cut inside a page is glued by the lines stage already, so an unknown word
        # followed by a whole one there ended its line filling the column:
        # `проактивному` / `управлению`.)
        if at is not None and at.page == last.page and not at.brk:
            return False
        return bool(re.fullmatch(r"[а-яё]{5,}", tok) and piece and not is_word(tok)
                    and cell is not None and cell[-1].strip() == tok
                    and not _function_piece(piece.group(1))
                    and not cells.is_unit(piece.group(1))
                    and not cells.is_unit_piece(piece.group(1)))

    def _name_fit(self, proj: _Project) -> bool:
        """The project's name fitted on the page before the break: beside its first
        row, which the break cut, it printed fewer lines than the indicator did (the
        cells of a row share its height, so only the tallest were cut)."""
        row = self.row
        last = re.sub(r"\W+", "", proj.name[-1].split()[-1]) if proj.name and proj.name[
            -1].split() else ""
        # (A last piece that is no word was cut, whatever the counts: `легковы` | `м`.)
        return (row is not None and not proj.rows and proj.name_end is not None
                and len(proj.name) + 1 < len(row.name) and is_word(last))

    def _ref_word_end(self, cand: str, ln: Line) -> bool:
        """`cand`, a name with the tail line `ln` added, ends where a word of the name
        section 6 prints ends, or `ln` may end inside a word (no wrap mark, a last word
        the dictionary does not know): a whole word that is only the first letters of
        section 6's next word (`по` before its goal's `Повышение`) is no rest of the name."""
        key = norm_key(cand)
        if key in self.refs:
            return True
        refs = [sp for k, sp in self.spelled if k.startswith(key)]
        if not refs or any(len(sp) == len(key) or sp[len(key)] for sp in refs):
            return True
        last = re.search(r"[а-яёА-ЯЁ]+$", ln.text)
        return not (ln.wrapped or (last is not None and is_word(last.group().lower())))

    def _spells_number(self, cand: str) -> bool:
        """A tail line shaped like a value ends a word of the name section 6 prints
        (`Кадры для Кузбасса` | break | `2035`): a cut row's values are printed before
        the break, so a number section 6 spells on in the name is the name's."""
        key = norm_key(cand)
        return any(k.startswith(key) and (len(k) == len(key) or sp[len(key)])
                   for k, sp in self.spelled)

    def _filled_open(self, proj: _Project) -> bool:
        """Marked dumps: the name's last line before the break has no wrap mark but
        filled its column (as wide as the column's typical widest line: LibreOffice
        drops the space of a full line) and stops on an adjective, which needs its
        noun (`СЗН 2.0 Модернизация` / `государственной` | break | `службы`): the
        missing mark says nothing, the phrase says the name goes on."""
        end = proj.name_end
        width = self.widths.typical("name")
        if not (self.ctx.spaced and end is not None and not end.wrapped and width):
            return False
        words = end.text.split()
        last = re.sub(r"[^\w-]", "", words[-1]) if words else ""
        return (len(end.text) >= width * cells.SETTINGS.full_share and bool(last)
                and last[:1].islower() and cells.open_end(last))

    @staticmethod
    def _whole_end(cell: list[str]) -> bool:
        """The cell's last line ends with a dictionary word."""
        end = re.search(r"[а-яё]+$", cell[-1].strip().lower()) if cell else None
        return bool(end and is_word(end.group()))

    def _later_word_cut(self, proj: _Project, rest: str) -> bool:
        """`rest`, the first line after a break, completes a piece that is no word
        ending a later cell of the cut row — the indicator's (`_row_word_cut`) or the
        body's (`Кабардино-Балкарск` | … | `ой Республики`): in column order the name's
        tail would come first, but a name whose last word is whole needs none (`мировых
        судов` + `ой` reads `судовой`, `контроль` + `но` `контрольно`)."""
        if self._row_word_cut(rest):
            return True
        end_line = proj.org_end
        if end_line is None or end_line.wrapped or not proj.org or end_line.brk:
            return False
        end = re.search(r"[а-яё]+$", proj.org[-1].strip().lower())
        start = re.match(r"[а-яё]+", rest.strip())
        return bool(end and start and not is_word(end.group())
                    and is_word(end.group() + start.group()))

    def _row_word_cut(self, rest: str) -> bool:
        """The indicator's last line before the break is a piece that is no word and
        `rest` completes it (`оснащенны` | … | `х `): the rest is the indicator's, not
        the name's or body's whose last word is whole (`развития` + `х` is a word too)."""
        row = self.row
        if row is None or row.name_end is None or row.name_end.wrapped or not row.name:
            return False
        end = re.search(r"[а-яё]+$", row.name[-1].strip())
        start = re.match(r"[а-яё]+", rest.strip())
        return bool(end and start and not is_word(end.group())
                    and is_word(end.group() + start.group()))

    def _remark_after(self, name: str, text: str) -> bool:
        """`text` opens a bracketed remark after a name whose core section 6 prints
        with remarks after it holding the same words (worded otherwise there: `(далее
        - ФГИС «ЕФГИ»)` for `(ФГИС «ЕФГИ»)`): the name's tail after a break goes on."""
        if not text.startswith("("):
            return False
        key = norm_key(core(name))
        inner = norm_key(text).strip("()")
        return bool(key and inner) and key not in self.refs and any(
            r.startswith(key + "(") and inner in r[len(key):] for r in self.refs)

    def _value_ends_name(self, i: int, ln: Line) -> bool:
        """A number after an indicator's wrapped line is that name's last line when
        the row's value lines are one more than its years (`… значимых услуг` / `0`
        / `25` / `50` / `100` with three years, the unit cell empty): the wrap mark
        says the name goes on, and a cut row's values (the name's rest after the
        break) are no more than its years. One value to a line only. Without the mark
        (the name's line filled its column) only after a line that is no unit, where
        the run ends the row on its page, holds no next project's number, no wrap mark
        and no value broken in its column (a line as wide as the widest followed by
        digits, `287,6` / `6`)."""
        if not (self.ctx.spaced and i > 0 and not ln.brk and cells.is_value(ln.text)):
            return False
        run = 0
        for k in range(i, min(i + len(self.years) + 2, len(self.lines))):
            nxt = self.lines[k]
            if (k > i and nxt.brk) or not cells.is_value(nxt.text) or " " in nxt.text:
                break
            run += 1
        if run != len(self.years) + 1:
            return False
        if self.lines[i - 1].wrapped:
            return True
        end = i + run
        after = self.lines[end] if end < len(self.lines) else None
        if (after is None or after.brk or after.empty or cells.is_value(after.text)
                or cells.is_unit(self.lines[i - 1].text)
                or any(x.wrapped for x in self.lines[i:end])):
            return False  # (the unit's line before the values; a value that goes on)
        nxt_no = str(int(cells.short_project_no(self.project.no) or 0) + 1) if (
            self.project is not None) else ""
        texts = [x.text for x in self.lines[i:end]]
        widest = max(len(x) for x in texts)
        return not (any(self._next_number_at(j, nxt_no) for j in range(i, end))
                    or any(len(a) == widest and b.isdigit() for a, b in pairwise(texts)))

    def _split_org(self, text: str, i: int) -> tuple[str, str] | None:
        """`«Цифровой Ускат» Министерство` -> (name part, body part); `text` is on
        line i."""
        m = re.search(r"\s(?=" + cells.ORG_START.pattern + ")", text)
        if m and m.start() > 0:
            return text[: m.start()].strip(), text[m.start():].strip()
        head, _, last = text.strip().rpartition(" ")
        if head and self._org_prefix_before_indicator(i, last):
            # (`2 Цифровая Министе` / `Доля `: the first lines of the name's and the
            # body's cells on one line, the body's first word cut by its column, the
            # indicator's first line after it; a name going on in a word opening so,
            # `Министерства`, goes on in lower case, not with an indicator.)
            return head, last
        # (`Региональ Министерс`: the first lines of the name's and the body's cells,
        # both cut inside a word by narrow columns, printed on one line: a word cut by
        # its column fills its line alone, so a piece with more after it ends a cell.)
        head, _, last = text.strip().rpartition(" ")
        end = head.split()[-1] if head else ""
        if (end.isalpha() and not is_word(end.lower()) and cells.is_org_start_piece(last)
                and not cells.is_org_start_piece(head)):
            return head, last
        return None

    def _org_start_pieces(self, i: int, text: str) -> int:
        """A body's first word cut into pieces shorter than `min_org_piece` by a narrow
        column (`Ми` / `нис` / `тер`, no wrap mark: no space to wrap at): a capitalised
        piece and up to three lower-case pieces after it on its page glue into the
        first letters of a word a body opens with. How many pieces follow (0: none)."""
        if not (text.isalpha() and text[:1].isupper()) or self.lines[i].wrapped:
            return 0
        glued, best = text, 0
        for k in range(1, 4):
            nxt = self.lines[i + k] if i + k < len(self.lines) else None
            if nxt is None or nxt.brk or not (nxt.text.isalpha() and nxt.text.islower()):
                break
            glued += nxt.text
            if not (cells.is_org_start_piece(glued) or glued in cells.SETTINGS.org_start_words):
                break
            best = k  # (the longest run of pieces: `Ми` / `нис` / `тер`)
            if nxt.wrapped:
                break
        return best

    def _org_prefix_before_indicator(self, i: int, text: str) -> bool:
        """A capitalised piece of two letters or more without the wrap mark that begins
        a word a body opens with, right before an indicator's first line (`Един` /
        `Мин` / `Доля ` in a row a page break cuts): the body's first piece (a name goes
        on in lower case), its rest after the break."""
        nxt = self._next_text(i)
        t = text.strip()
        return (len(t) >= 2 and t.isalpha() and t[:1].isupper() and t[1:].islower()
                and not self.lines[i].wrapped and nxt is not None
                and (cells.is_indicator_start(nxt.text, self.learned)
                     or self._indicator_first_piece(i + 1))
                and any(w.startswith(t) and w != t for w in cells.SETTINGS.org_start_words))

    def _indicator_first_piece(self, j: int) -> bool:
        """Line j is the first piece (2+ letters, no wrap mark) of an indicator's first
        word, its unit or values right after it: a row a page break cut after the
        first line of every cell (`Цифровая` / `Мин` / `Чис` / `%` / values | break)."""
        if j + 1 >= len(self.lines):
            return False
        ln, nxt = self.lines[j], self.lines[j + 1]
        t = ln.text
        w = t.lower()
        return (len(t) >= 2 and t.isalpha() and t[:1].isupper() and t[1:].islower()
                and not ln.wrapped and not nxt.brk
                and (cells.is_unit(nxt.text) or cells.is_value(nxt.text))
                and any(s.startswith(w) and s != w
                        for s in (*cells.INDICATOR_START, *self.learned)))

    def _org_starts(self, i: int, text: str) -> bool:
        nxt = self._next_text(i)
        return cells.is_org_start(text) or cells.is_org_start_piece(text) or (
            self._org_prefix_before_indicator(i, text)) or (
            nxt is not None and cells.is_org_start(f"{text} {nxt.text}")
            and not cells.is_org_start(nxt.text))

    def read(self) -> None:
        lines = self.lines
        n = len(self.years)
        i = 0
        done_brk = -1
        while i < len(lines):
            ln = lines[i]
            t = ln.text
            if ln.empty:
                i += 1
                continue
            if ln.brk and self.cut_number and self._merged_rest(i, self.cut_number):
                # The number's rest shares its line with the name's (`1 я `).
                lines[i] = Line(ln.no, ln.raw.lstrip()[len(self.cut_number):].lstrip(),
                                ln.page, True)
                self.cut_number = ""
                continue
            rest = self._number_rest(i) if ln.brk and self.cut_number else 0
            if rest:
                # The rest of a project number cut by this page break (`12`, or `1` /
                # `2` wrapped in the narrow № column).
                self.cut_number = ""
                i += rest
                if i < len(lines):
                    lines[i] = Line(lines[i].no, lines[i].raw, lines[i].page, True)
                continue
            if ln.brk and i != done_brk and self.phase in ("ind", "vals", "org"):
                done_brk = i
                j = self._tails(i)
                if self.phase == "vals" and self.row is not None:
                    j = self._indicator_tail(j)
                if j != i:
                    i = j
                    continue
            if self.phase in ("start", "vals"):
                if self.phase == "vals" and self.row and len(self.row.values) < n and (
                    self._value_line(i, ln) and not self._is_project_start(i, ln)
                ):
                    self._add_values(ln)
                    i += 1
                    continue
                self.skip_lines = 0
                num = self._is_project_start(i, ln)
                i += self.skip_lines
                if num:
                    if t.endswith(".") and not t.endswith(num.no):
                        self.cut_number = cells.short_project_no(num.no)
                    self._flush()
                    self._close_project()
                    self.project = _Project(no=num.no, line=ln)
                    self.style = num.style
                    self.phase = "proj"
                    if self._claim_name(i, num.rest):
                        i += 1
                        continue
                    if num.rest:
                        self._project_line(i, self._rest_word(i, num.rest))
                    i += 1
                    continue
                if ln.blank_cell:
                    i += 1
                    continue
                if self._value_line(i, ln):
                    self.findings.append(Finding(
                        check="value_outside_row", object=t,
                        message="a value cell after the row's year columns were filled; "
                                "not recorded", source_line=ln.no, source_page=ln.page))
                    i += 1
                    continue
                if self.phase == "vals":
                    self.learned.add(cells.first_word(t).lower())
                self._new_row(ln)
                i += 1
                continue
            if self.phase == "proj":
                if not ln.blank_cell:
                    self._project_line(i, t, ln)
                i += 1
                continue
            if self.phase == "org":
                proj = self.project
                assert proj is not None
                if ln.blank_cell:
                    i += 1
                    continue
                # Where wrapped lines are marked, a body whose last line was wrapped
                # goes on (`области.` / `Главное` / `управление` / `МЧС России по`: two
                # bodies in one cell) unless an indicator's first word follows or no
                # indicator would be left before the values: a merged body may print
                # its rest beside a later row or after a page break.
                goes_on = (self.ctx.spaced and proj.org_open
                           and not cells.is_indicator_start(t, self.learned)
                           and not self._indicator_piece(ln)
                           and not self.widths.too_wide("org", t, proj.org)
                           and not self._region_name_cut(proj.org, t)
                           and not self._after_listed_body(proj.org, t)
                           and not _capital_joiner(t)
                           and self._indicator_after_body(i))
                second = self._second_body(i)
                if not second and self._second_body_open(proj.org) and self._ends_with_region(i):
                    # `области. Главное управление` / `МЧС России по ` / `… области`: a
                    # second body begun after the first one's full stop ends with the
                    # region's name too.
                    self._add_org(t, ln)
                    i += 1
                    continue
                if second:
                    for ln2 in self.lines[i : i + second]:
                        if not (ln2.empty or ln2.blank_cell):
                            self._add_org(ln2.text, ln2)
                    i += second
                    continue
                if _HYPHEN_PIECE.match(t):
                    # A hyphen wrapped onto its own line or before a word's rest
                    # (`жилищно` / `-`, `градостроитель` / `-ства`): no value comes
                    # before the row's indicator, so it is the body's.
                    self._add_org(t, ln)
                elif (goes_on or self._org_continues(proj.org, t)) and not cells.is_value(t):
                    self._add_org(t, ln)
                else:
                    self.learned.add(cells.first_word(t).lower())
                    self._new_row(ln)
                i += 1
                continue
            # phase == "ind"
            row = self.row
            assert row is not None
            nxt = self._next_text(i)
            if ln.blank_cell:
                if nxt is not None and cells.is_value(nxt.text):
                    self._start_values(i, ln)
                i += 1
                continue
            if self._value_ends_name(i, ln):
                row.name.append(t)
                row.name_end = ln
                i += 1
                continue
            ahead = self._unit_ahead(i)
            if ahead:
                # A unit whose first piece reads as a value (`да` / `/` / `не` / `т`).
                row.unit = ["".join(x.raw.lstrip() for x in self.lines[i : i + ahead]).strip()]
                i += ahead
                self._join_cut_values(i)
                self._add_values(self.lines[i])
                self.phase = "vals"
                i += 1
                continue
            if cells.unit_with_values(t) or self._value_line(i, ln) or self._cut_decimal(i):
                self._start_values(i, ln)
                i += 1
                continue
            row.name.append(t)
            row.name_end = ln
            i += 1
        self._flush()
        self._close_project()

    def _rest_word(self, i: int, rest: str) -> str:
        """The name's first line printed on the project number's line (`2 Цифро`, a
        narrow № column beside the name's): the lines stage took its last word for
        whole (a space comes before it), but it is the first piece of a word cut by
        the name's column (`Цифро` / `визац` / `ия `), glued here as any line's."""
        ln = self.lines[i]
        window = [Line(ln.no, rest + (" " if ln.wrapped else ""), ln.page, False)]
        for j in range(i + 1, min(i + 1 + cells.SETTINGS.max_word_pieces, len(self.lines))):
            if self.lines[j].brk or self.lines[j].empty:
                break
            window.append(self.lines[j])
        out = rejoin_split_words(window, spaced=self.ctx.spaced)
        if not out or out[0].raw == window[0].raw:
            return rest
        left = {x.no: x for x in out[1:]}
        for j, old in enumerate(window[1:], start=i + 1):
            now = left.get(old.no)
            if now is None or now.raw != old.raw:
                self.lines[j] = Line(old.no, now.raw if now is not None else "", old.page,
                                     old.brk)
        return out[0].text

    def _merged_rest(self, i: int, text: str) -> bool:
        """Line i opens with `text`, a cut project number's rest, and goes on with the
        next cell's first line (`1 я `: the № column's piece and the name's rest on one
        line, as PyMuPDF prints cells that share a baseline)."""
        return (bool(text) and i < len(self.lines)
                and self.lines[i].text.startswith(text + " "))

    def _rest_after_break(self, i: int, text: str) -> bool:
        """The lines from i spell a cut project number's rest, or open with it."""
        return bool(self._spells(i, text)) or self._merged_rest(i, text)

    def _number_rest(self, i: int) -> int:
        """How many lines from i spell the rest of the project number a page break
        cut (`self.cut_number`), one piece to a line where the № column wraps it."""
        return self._spells(i, self.cut_number)

    def _next_break(self, i: int) -> int:
        """The index of the first line after the next page break from line i (the
        lines' count if none)."""
        return next((j for j in range(i + 1, len(self.lines)) if self.lines[j].brk),
                    len(self.lines))

    def _spells(self, i: int, text: str) -> int:
        """How many lines from i spell `text` together (0: they do not)."""
        spelled = ""
        for k in range(i, min(i + len(text), len(self.lines))):
            spelled += self.lines[k].text
            if spelled == text:
                return k - i + 1
            if not text.startswith(spelled) or not spelled:
                return 0
        return 0

    def _project_line(self, i: int, t: str, ln: Line | None = None) -> None:
        """One line while reading a project's name: more name, the body, or (no
        body printed) the first indicator."""
        proj = self.project
        assert proj is not None
        if not proj.name:
            split = self._split_org(t, i)
            if split:
                self._add_name(split[0], None)
                self._add_org(split[1], ln)
                self.phase = "org"
            else:
                self._add_name(t, ln)
            return
        if not proj.fixed and self._name_continues(proj, t):
            self._add_name(t, ln)
            return
        pieces = self._org_start_pieces(i, t) if ln is not None else 0
        if pieces:
            # `Ми` / `нис` / `тер` (a body column a few letters wide): one piece.
            assert ln is not None
            last = self.lines[i + pieces]
            t = t + "".join(self.lines[i + k].text for k in range(1, pieces + 1))
            for k in range(1, pieces + 1):
                old = self.lines[i + k]
                self.lines[i + k] = Line(old.no, "", old.page, old.brk)
            ln = Line(ln.no, t + (" " if last.wrapped else ""), ln.page, ln.brk)
            self._add_org(t, ln)
            self.phase = "org"
            return
        if self._org_starts(i, t):
            self._add_org(t, ln)
            self.phase = "org"
            return
        split = None if proj.fixed else self._split_org(t, i)
        if split:
            self._add_name(split[0], None)
            self._add_org(split[1], ln)
            self.phase = "org"
            return
        if ln is not None and cells.is_indicator_start(t, self.learned):
            if (not proj.org and len(proj.name) > 1 and proj.name_end is not None
                    and cells.is_org_adjective(proj.name[-1])):
                # A row cut after every cell's first line (`Цифровая ` / `Главное ` /
                # `Доля `): no body yet, so the name's last line is the body's first
                # (`Главное` | break | … / `управление …`), its rest after the break.
                self._add_org(proj.name.pop(), proj.name_end)
                before = [x for x in self.lines[:i] if not (x.empty or x.blank_cell)]
                proj.name_end = before[-2] if len(before) > 1 else None
                proj.name_open = proj.name_end is not None and proj.name_end.wrapped
            self._new_row(ln)
            return
        if proj.fixed:
            # The name is spelled whole: the next cell in column order is the body.
            self._add_org(t, ln)
            self.phase = "org"
            return
        self._add_name(t, ln)

    def _claim_name(self, i: int, head: str) -> bool:
        """The project numbered on line i: where the letters of its lines (from `head`,
        the name's first piece on the number's line) spell a name other sections print,
        page by page across the breaks that cut it (`narrow_names.claim_name`), those
        lines are its name and leave the dump; the name is then complete. Spaced as the
        known name where the column printed a few letters a line (its line ends say
        nothing of word ends), else as its pieces join."""
        proj = self.project
        if not self.known or proj is None:
            return False
        got = claim_name(self.lines, i + 1, head, self.known, cells.SETTINGS.name_claim_breaks)
        if got is None:
            return False
        pieces = [head + (" " if self.lines[i].wrapped else "")] if head else []
        end: Line | None = None
        for k in sorted(got.taken):
            ln = self.lines[k]
            cut = got.taken[k]
            pieces.append(ln.raw[:cut])
            end = Line(ln.no, ln.raw[:cut], ln.page, ln.brk)
            proj.name_pages.add(ln.page)
        for k in sorted(got.taken, reverse=True):
            ln = self.lines[k]
            cut = got.taken[k]
            if ln.raw[cut:].strip():
                self.lines[k] = Line(ln.no, ln.raw[cut:], ln.page, ln.brk)
                continue
            del self.lines[k]
            if ln.brk and k < len(self.lines):
                nxt = self.lines[k]
                self.lines[k] = Line(nxt.no, nxt.raw, nxt.page, True)
        narrow = got.letters <= cells.SETTINGS.narrow_name_letters * got.dump_lines
        proj.name = [spaced_as(pieces, got.spellings, narrow)]
        proj.name_lines = [p.strip() for p in pieces if p.strip()]
        proj.name_end, proj.name_open, proj.fixed = end, False, True
        return True

    def _name_continues(self, proj: _Project, text: str) -> bool:
        """The line continues the project's name (known from section 6)."""
        return self._ref_prefix(join_cell([*proj.name, text]))


_CLOSING_ALONE = re.compile(r"[»”)]+[,.;:]?|[,;:]")


def _closing_glued(pieces: list[str]) -> list[str]:
    """A cell's lines with a line that is only closing quotes or brackets put back
    on the line before: LibreOffice breaks a line inside a word only where the word
    is wider than its column, so `казначейства»` printed its `»` on a line of its own
    (there was no space before it); so a comma alone (`организаций` / `,`)."""
    out: list[str] = []
    for piece in pieces:
        text = piece.strip()
        if out and _CLOSING_ALONE.fullmatch(text) and re.search(r"[\w)»”]$", out[-1].strip()):
            out[-1] = out[-1].rstrip() + text
        else:
            out.append(piece)
    return out


def _join(pieces: list[str], lexicon: Lexicon | None = None) -> str:
    """`join_cell` after `_closing_glued` (`lexicon`: the document's, where it speaks)."""
    return join_cell(_closing_glued(pieces), lexicon)


def _spacing(text: str) -> tuple[str, list[bool]]:
    """The comparison key of a text (`norm_key`) and, per key character, whether
    the text prints a space right before it."""
    key: list[str] = []
    spaces: list[bool] = []
    gap = False
    for c in text:
        if c.isspace():
            gap = True
            continue
        k = norm_key(c)
        if k:
            key.append(k)
            spaces.append(gap and bool(key[:-1]))
            gap = False
    return "".join(key), spaces


def _fewer_unknown(key: str, spaces: list[bool], at: int, space: bool) -> bool:
    """Section 6's spacing (`space` before key character `at`) differs from the
    joined name's (`spaces`) and leaves no more words unknown to the dictionary around the join
    than it: a section 6 that cut the same word (`Пер еводмер`) does not undo a
    join of two words (`перевод мер`)."""
    start = max((i for i in range(at) if spaces[i]), default=0)
    end = min((i for i in range(at + 1, len(key)) if spaces[i]), default=len(key))
    left = re.search(r"[а-яё]+$", key[start:at])
    right = re.match(r"[а-яё]+", key[at:end])
    if not (left and right):
        return True
    split = (not is_word(left.group())) + (not is_word(right.group()))
    glued = int(not is_word(left.group() + right.group()))
    return split <= glued if space else glued <= split


def _common_start(a: str, b: str) -> int:
    """How many first characters a and b share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _respaced(text: str, want: dict[int, bool]) -> str:
    """`text` with a space before key character i where want[i], none where not
    (only whitespace between two key characters is touched)."""
    out: list[str] = []
    i = 0
    for c in text:
        if c.isspace():
            out.append(c)
            continue
        if norm_key(c):
            if i > 0:
                gap = out and out[-1].isspace()
                if gap and not want[i]:
                    while out and out[-1].isspace():
                        out.pop()
                elif not gap and want[i] and out and norm_key(out[-1]):
                    out.append(" ")
            i += 1
        out.append(c)
    return "".join(out)


def _letter_piece(ln: Line) -> bool:
    """Letters only (a hyphen inside allowed): a piece of a word a column cut."""
    t = ln.raw.strip()
    return bool(t) and t.replace("-", "").isalpha()


def glue_letter_columns(lines: list[Line]) -> list[Line]:
    """A column a letter or two wide (a body's) prints each word letter by letter
    (`М` / `и` / `н` ... / `о `): lines without a wrap mark, the word's last with
    the mark where the cell goes on. The lines stage glues only the pieces its
    dictionary can tell, so such a word reaches the reader as `Мини` / `с` / `т` /
    `ер` ... and its letters would fall into the indicator's name. Glued here, in a
    marked dump only, when the chain (one page, each piece after the first in lower
    case, each printed a letter a line) has three pieces or more, one a letter alone
    (or two, where they took more lines than pieces):
    real one-letter words of a wider column carry the wrap mark and end a chain, and
    a wider column prints more than a letter a line."""
    def by_letter(k: int) -> bool:
        # Printed a letter a line: the lines stage keeps the number of a glued
        # word's first piece, so the next line's number tells how many it took.
        # (`ме` on one line after `а` / `р` ... / `в` is a wider column's.)
        if k + 1 >= len(lines) or lines[k + 1].brk:
            return True
        letters = len(lines[k].raw.strip().rstrip(",;").replace("-", ""))
        return letters <= lines[k + 1].no - lines[k].no

    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        j = i + 1
        prev = lines[i - 1] if i else None
        # (Not from the rest of a word cut in the column before, `Рос` / `сийс` / `е`:
        # a letter alone may start the chain there, and so may a piece printed a
        # letter a line after one that was not, `енн` / `ер`: two columns.)
        first = ln.raw.strip()
        cont = (prev is not None and not ln.brk and _letter_piece(prev) and not prev.wrapped
                and len(first) > 1 and first[:1].islower() and by_letter(i - 1))
        fits = len(first) <= cells.SETTINGS.letter_chain_start
        if _letter_piece(ln) and not ln.wrapped and not cont and fits and by_letter(i):
            while j < len(lines):
                nxt = lines[j]
                t = nxt.raw.strip()
                if (nxt.brk or not _letter_piece(nxt) or not t[0].islower()
                        or not by_letter(j)):
                    break
                j += 1
                if nxt.wrapped:
                    break
        run = lines[i:j]
        singles = sum(len(x.raw.strip()) == 1 for x in run)
        spanned = any(lines[k + 1].no - lines[k].no >= 2 for k in range(i, j)
                      if k + 1 < len(lines) and not lines[k + 1].brk)
        if (len(run) >= 3 and singles >= 1) or (len(run) == 2 and spanned):
            raw = "".join(x.raw.strip() for x in run) + (" " if run[-1].wrapped else "")
            out.append(Line(ln.no, raw, ln.page, ln.brk))
            i = j
            continue
        out.append(ln)
        i += 1
    return out


def _unit_opening(token: str) -> bool:
    """The first letters of a unit (`пр`, `ед`, `тыс.`): the unit's cell, after the
    indicator's, opens in lower case."""
    t = token.lower().rstrip(".")
    return bool(t) and (cells.is_unit(token) or cells.is_unit_piece(token) or any(
        stem.startswith(t) for stem in cells.unit_stems()))


def glue_wrapped_hyphens(lines: list[Line]) -> list[Line]:
    """Marked dumps: a hyphen alone between a line that stops on a letter without the
    wrap mark and a lower-case line on its page (`информационно` / `-` /
    `аналитическую`) is a compound's hyphen the column wrapped: it goes back onto the
    word before (no space was printed there), so the parts join as one compound. A
    value `-` is followed by the next value, a capitalised cell or a row number."""
    out: list[Line] = []
    for k, ln in enumerate(lines):
        prev = out[-1] if out else None
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (prev is not None and not ln.brk and ln.raw == "-" and prev.raw[-1:].isalpha()
                and nxt is not None and not nxt.brk and nxt.raw[:1].islower()
                and not cells.is_value(nxt.text) and not cells.is_unit(nxt.text)):
            out[-1] = Line(prev.no, prev.raw + "-", prev.page, prev.brk)
            continue
        out.append(ln)
    return out


def glue_cut_unknown(lines: list[Line]) -> list[Line]:
    """Marked dumps: a line without the wrap mark that stops on letters no dictionary
    word spells (`суперсер`, `таргетир`, `маркетп`), followed on its page by a line
    opening in lower case, was cut inside that word by its column (a word that
    ended there would be a word, and one that ended its cell is followed by the
    next cell, which opens with a capital, a number or a unit): the pieces are one
    word (`суперсер` / `вису `), whatever the dictionary says of the glued word (a
    coined word it does not know)."""
    out: list[Line] = []
    glued = False
    for ln in lines:
        prev = out[-1] if out else None
        t = ln.raw.strip()
        first = t.split()[0] if t else ""
        piece = prev.raw.strip() if prev is not None else ""
        if (prev is not None and not glued and not prev.wrapped and not ln.brk
                and prev.page == ln.page and len(piece) >= cells.SETTINGS.min_cut_piece
                and re.fullmatch(r"[а-яё]+", piece) and re.fullmatch(r"[а-яё]{4,}", first)
                and not cells.is_value(t) and not _unit_opening(first)
                and not is_word(piece)
                and (not is_word(first) or is_word(piece + first))):
            out[-1] = Line(prev.no, piece + ln.raw.lstrip(), prev.page, prev.brk)
            glued = True
            continue
        glued = False
        out.append(ln)
    return out


def _indicator_label(block: list[Line]) -> tuple[int, int] | None:
    """The lines [a, b) of a repeated header that print the indicator's label
    («Наименование показателя», each word on its line or cut into pieces)."""
    for a, ln in enumerate(block):
        if not ln.text.lower().startswith("наименование"):
            continue
        for b in range(a, min(a + 3, len(block))):
            if "показател" in block[b].text.lower():
                return a, b + 1
    return None


def printed_label_cut(lines: list[Line]) -> bool:
    """`narrow_names.label_cut` on the dump's lines as printed (before the lines stage
    glued the label's pieces): the name column is narrower than «Наименование»."""
    section = find_sections(lines).get(7)
    if section is None:
        return False
    _, headers = strip_headers(section.lines, _HEADER_END)
    return label_cut(headers)


def _template_start(text: str) -> bool:
    """The line opens with a capitalised first word the template gives indicators
    (`Доля`, `Количество`; not one learned from the rows read)."""
    return cells.starts_upper(text) and cells.first_word(text).lower() in cells.INDICATOR_START


def _two_words(glued: str) -> list[str]:
    """`glued` (letters only) spaced into two dictionary words (`квадратныхметров` ->
    `квадратных метров`): a unit column's pieces a page break cut glue without marks
    where each line filled it, so the marks do not say where a word ended."""
    if not glued.isalpha():
        return []
    return [f"{glued[:k]} {glued[k:]}" for k in range(2, len(glued) - 1)
            if is_word(glued[:k]) and is_word(glued[k:])]


def _capital_joiner(text: str) -> bool:
    """The line opens with a capitalised preposition or conjunction (`Для получения
    100 …`): a cell's first word, since a body's lines go on in lower case or with a
    name (`Кабардино-Балкарской`, `ЖКХ`), so a body's wrapped line does not take it."""
    w = cells.first_word(text)
    return w[:1].isupper() and w == w.capitalize() and w.lower() in cells.SETTINGS.joiners


def _printed_text(lines: list[Line]) -> str:
    """Section 7's letters run together (`_letters`), line after line:
    what `_SectorReader._body_printed` looks a cut body's words up in."""
    return "".join(_letters(ln.text) for ln in lines if not (ln.empty or ln.blank_cell))


def _letters(text: str) -> str:
    """Lower-case letters and digits only: cells are compared so across the places
    where narrow columns cut and wrapped their words."""
    return re.sub(r"[\W_]+", "", text.lower())


def read_indicators(
    section: Section, sectors: dict[int, str], ctx: Context
) -> tuple[list[IndicatorRecord], list[Finding], list[int]]:
    """All indicator rows of section 7, the findings, and the header's years."""
    records: list[IndicatorRecord] = []
    findings: list[Finding] = []
    learned: set[str] = set()
    widths = ColumnWidths()
    body, headers = strip_headers(section.lines, _HEADER_END)
    if ctx.spaced:
        body = glue_letter_columns(body)
        body = glue_cut_unknown(body)
        body = glue_wrapped_hyphens(body)
    years = header_years(headers)
    for block in headers:
        label = _indicator_label(block)
        if label:
            widths.cap_from_header("ind", block[label[0]:label[1]],
                                   block[label[1]] if label[1] < len(block) else None)
    whole = any(_YEARS.search(ln.text) for block in headers for ln in block)
    narrow = label_cut(headers) or ctx.name_label_cut
    stripped = Section(section.number, section.heading, body)
    printed = _printed_text(body)
    for sector in split_sectors(stripped, sectors):
        reader = _SectorReader(sector, sector.lines, years, ctx, learned, widths,
                               4 if whole else 3, narrow, printed)
        reader.read()
        records.extend(reader.records)
        findings.extend(reader.findings)
    return records, findings, years


def project_texts(section: Section | None, sectors: dict[int, str],
                  window: int = 30) -> dict[int, list[str]]:
    """Per sector, the text that follows each project number of a table section
    (section 6), spaces as printed: the reference that completes names cut by page
    breaks (compared by `norm_key`) and spaces names cut by narrow columns.

    Project numbers are taken in sequence (1, 2, … or s.1, s.2, …) so that numbered
    lists inside the cells are not mistaken for them.
    """
    out: dict[int, list[str]] = {}
    if section is None:
        return out
    for sector in split_sectors(section, sectors):
        texts: list[str] = []
        lines = [ln for ln in sector.lines if not ln.empty and not ln.blank_cell]
        for i, num in cells.project_starts(lines, sector.number):
            parts = ([num.rest] if num.rest else []) + [x.text for x in lines[i + 1 : i + window]]
            texts.append(" ".join(join_cell(parts).split()))
        out[sector.number] = texts
    return out
