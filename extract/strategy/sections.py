"""Lines of a strategy text dump: page furniture removed, sections and sectors found.

The dump prints each page's number on its own line at the top of the page, in
tables followed by a column-number row (`1`, `2`, … one per line). Both are
removed here and the first line after them is marked `brk`, because after a page
break a table row's remaining columns continue (each column's tail in column
order) and the table readers need to know where that happens.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.errors import ExtractionError
from extract.findings import Finding
from extract.strategy.settings import SETTINGS
from extract.text import squeeze

_BARE_INT = re.compile(r"\d{1,4}")


class _kept:
    """A property computed on its first access and kept on the instance, as
    `functools.cached_property` without the lock Python 3.11 takes at each first
    access: the readers make lines by the hundred thousand."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass(frozen=True)
class Line:
    """One line of the dump: 1-based number, text as printed, page, after a break."""

    no: int
    raw: str
    page: int | None = None
    brk: bool = False

    @_kept
    def text(self) -> str:
        return squeeze(self.raw)

    @property
    def empty(self) -> bool:
        """A truly empty line (the dump's paragraph gap), not an empty cell."""
        return self.raw == ""

    @property
    def wrapped(self) -> bool:
        """Printed with a space after its last word: where a dump marks lines so
        (`words.prints_line_end_spaces`), the line was wrapped inside its cell, which
        goes on."""
        return self.raw[-1:].isspace() and bool(self.raw.strip())

    @property
    def blank_cell(self) -> bool:
        """A line holding only white space: an empty table cell (e.g. a lost '%')."""
        return self.raw != "" and not self.raw.strip()


# Section headings of the template, with or without «Раздел «…»».
SECTION_TITLES: dict[int, str] = {
    2: r"Карточка\s+стратегии",
    4: r"Проблемы\s+и\s+вызовы",
    5: r"Взаимосвязь\s+задач\s+и\s+проектов",
    6: r"Проекты\s+развития\s+отрасли",
    7: r"Показатели\s+развития\s+отрасли",
    8: r"Ресурсное\s+обеспечение",
}
SECTION_NAMES: dict[int, str] = {
    2: "«Карточка стратегии»",
    4: "«Проблемы и вызовы цифровой трансформации»",
    5: "«Взаимосвязь задач и проектов стратегии»",
    6: "«Проекты развития отрасли»",
    7: "«Показатели развития отрасли»",
    8: "«Ресурсное обеспечение реализации стратегии»",
}
_DOT_LEADER = re.compile(r"\.{4,}|…{2,}")
_DIGIT_GAPS = re.compile(r"(?<=\d)\s+(?=\d)")


def _is_column_numbers(lines: list[str], i: int) -> int:
    """Length of a column-number row (`1`, `2`, `3`, … one per line) starting at i, or 0."""
    n = 0
    while i + n < len(lines) and lines[i + n].strip() == str(n + 1):
        n += 1
    return n if n >= SETTINGS.min_column_numbers else 0


def column_number_rows(raw: list[str]) -> dict[int, int]:
    """Start and length of every column-number row (`1`, `2`, … one per line). One
    section's tables have one column count, so its rows print one length; a run one
    longer than the section's usual length took the number of the row a page break
    cut after it (`1` … `7` then row `8` after the repeated header), which is kept."""
    runs: list[tuple[int, int, int]] = []  # start, length, section heading before it
    section, i = 0, 0
    while i < len(raw):
        t = raw[i].strip()
        if t[:1].isdigit() and _any_heading(raw, i):
            section = i
        n = _is_column_numbers(raw, i) if t == "1" else 0
        if n:
            runs.append((i, n, section))
        i += max(n, 1)
    lengths: dict[int, Counter[int]] = {}
    for _, n, sec in runs:
        lengths.setdefault(sec, Counter())[n] += 1
    return {start: _usual_length(n, lengths[sec]) for start, n, sec in runs}


def _usual_length(n: int, lengths: Counter[int]) -> int:
    """A column-number row of length n, one longer than its table's rows usually are,
    took the next row's number: its usual length."""
    return n - 1 if lengths[n - 1] > lengths[n] else n


def _furniture_after(raw: list[str], i: int) -> bool:
    """A repeated table header (`№ …`) or a column-number row opens the page that
    begins after line i: what a table's page break prints, never a row number."""
    for k in range(i + 1, min(i + 4, len(raw))):
        s = raw[k].strip()
        if s:
            return s.startswith("№") or bool(_is_column_numbers(raw, k))
    return False


def _opens_section(raw: list[str], i: int) -> bool:
    """The first line after line i is one of the template's section headings: a
    section that opens a page follows that page's number (furniture of a page
    break like a repeated header), and the break before it may leave the page
    before short."""
    for k in range(i + 1, min(i + 4, len(raw))):
        if raw[k].strip():
            return _any_heading(raw, k)
    return False


# A heading's first line opens with its section's number, then a dot, a space or
# nothing (`7.`, `7 .`, `7` / `. Показатели…`).
_NUMBER_OPENS = re.compile(r"(\d+)(?:[\s.]|$)")


def _any_heading(raw: list[str], i: int) -> bool:
    """One of the template's section headings starts at line i (only the heading
    of the number the line opens with can: a line of a value or a row number is
    none, without reading the lines after it)."""
    number = _NUMBER_OPENS.match(squeeze(raw[i]))
    if number is None or int(number.group(1)) not in SECTION_TITLES:
        return False
    texts = [squeeze(x) for x in raw[i : i + SETTINGS.heading_lines]]
    return bool(heading_span(texts, 0, _heading_re(int(number.group(1)))))


def _last_page_line(raw: list[str]) -> int | None:
    """Index of the dump's last non-empty line when it is a bare integer: each page
    prints its number at its foot, so a dump of whole pages ends with the last one."""
    for i in range(len(raw) - 1, -1, -1):
        if raw[i].strip():
            return i if _BARE_INT.fullmatch(raw[i].strip()) else None
    return None


def _chain_start(chain: dict[int, tuple[float, int | None]], at: int) -> int:
    """The first link of the chain that ends at `at`."""
    while (pred := chain[at][1]) is not None:
        at = pred
    return at


def _full_page_before(
        cands: list[tuple[float, int, int | None]], at: int,
        chain: dict[int, tuple[float, int | None]]) -> tuple[float, int] | None:
    """Of the equally supported lines before `at` (the dump's last line, the last
    page's number) that may number the page before it, the one whose page is as long
    as the chain's pages before: every page but the last is full, so a value equal
    to the page number in the last page's rows (which would leave the page before
    short and the last one long) is none."""
    cands = [c for c in cands if c[1] < at - 1 and c[2] is not None]
    if not cands:
        return None
    top = max(c[0] for c in cands)
    cands = [c for c in cands if c[0] >= top - 1e-9]
    gaps: list[int] = []
    pos: int | None = cands[0][2]
    while pos is not None and (pred := chain[pos][1]) is not None:
        gaps.append(pos - pred)
        pos = pred
    if not gaps:
        return top, cands[0][1]
    typical = sorted(gaps)[len(gaps) // 2]
    best = min(cands, key=lambda c: (abs(c[1] - (c[2] or 0) - typical), c[1]))
    return best[0], best[1]


def _page_numbers(raw: list[str], column_rows: dict[int, int] | None = None
                  ) -> dict[int, int]:
    """Index of each page-number line -> the page number.

    Page numbers (at the top or the foot of each page) are consecutive integers,
    but so are a table's row numbers and values may equal them. The page numbers
    are the chain of bare integers n, n+1, n+2 … through the document that the
    evidence supports best: each link counts, more when the table's furniture
    (repeated header, column-number row) follows, and a link sooner than a
    page's worth of lines after the previous one costs more than it gains (runs
    of values such as 5, 6, 7 are no pages); a number lost in the dump may
    be skipped after a long page; the numbers of a column-number row are none;
    lines before the chain's first link count
    against it (pages without numbers). Of equal chains, the one whose links are the
    earliest printed, except at the end, where the latest (a page number comes
    right after a value equal to it). A dump that ends with a bare integer ends
    with its last page's number (printed at the foot of each page), so a chain
    reaching it ends there, not on row numbers beyond it (its last page may be
    short); a page before a section heading may be short too (the break before the
    section), and the heading is furniture like a repeated header. A page prints at
    least one line besides its number (values 5, 6, 7 one after another are none).
    """
    s = SETTINGS
    # Per value: positions seen so far and, for each, the best chain ending there
    # (score, position, predecessor position).
    seen: dict[int, list[tuple[float, int, int | None]]] = {}
    best_end: tuple[float, int] | None = None
    chain: dict[int, tuple[float, int | None]] = {}

    def best_before(value: int, limit: int) -> tuple[float, int] | None:
        out = None
        for score, pos, _ in seen.get(value, []):
            if pos >= limit:
                break
            if out is None or score > out[0]:
                out = (score, pos)
        return out

    last = _last_page_line(raw)
    if column_rows is None:
        column_rows = column_number_rows(raw)
    in_column_row = {k for i, n in column_rows.items() for k in range(i, i + n)}
    for i, line in enumerate(raw):
        t = line.strip()
        if not _BARE_INT.fullmatch(t) or i in in_column_row:
            continue
        v = int(t)
        opens = _opens_section(raw, i)
        gain = 1.0 + (s.furniture_bonus if opens or _furniture_after(raw, i) else 0.0)
        options: list[tuple[float, int | None]] = []
        if v < s.first_page_max:
            # A chain's first link proves little, and the later it comes the more
            # of the document it leaves without page numbers.
            options.append((gain - 1.0 - i / s.unnumbered_lines_per_point, None))
        # A page prints at least one line besides its number.
        prev = best_before(v - 1, i - 1)
        if i == last and (full := _full_page_before(seen.get(v - 1, []), i, chain)):
            # The last page may be short: its number follows the page before's.
            options.append((full[0] + gain, full[1]))
        elif prev is not None:
            # A page is left short before a section's page break (or as the last
            # page, which the chain's end below takes whatever its length).
            short = i - prev[1] < s.min_page_lines and not opens
            options.append((prev[0] + gain - (s.short_page_penalty if short else 0.0), prev[1]))
        lost = best_before(v - 2, i - s.lost_page_lines)
        if lost is not None:
            options.append((lost[0] + gain - 1.0, lost[1]))
        if not options:
            continue
        score, pred = max(options, key=lambda o: o[0])
        seen.setdefault(v, []).append((score, i, pred))
        chain[i] = (score, pred)
        if pred is not None and score > 0 and (best_end is None or score >= best_end[0]):
            best_end = (score, i)
    if best_end is not None and last in chain and chain[last][1] is not None and (
            chain[last][0] > 0) and (_chain_start(chain, last) == _chain_start(chain, best_end[1])):
        # The same pages ending on the dump's last line, not on row numbers past it.
        best_end = (chain[last][0], last)
    found: dict[int, int] = {}
    at = best_end[1] if best_end else None
    while at is not None:
        found[at] = int(raw[at].strip())
        at = chain[at][1]
    return dict(sorted(found.items()))


def read_lines(text: str) -> list[Line]:
    """All lines of the dump without page numbers and column-number rows."""
    raw = text.split("\n")
    column_rows = column_number_rows(raw)
    pages = _page_numbers(raw, column_rows)
    out: list[Line] = []
    page: int | None = None
    skip_to = -1
    brk = False
    for i, line in enumerate(raw):
        if i < skip_to:
            continue
        if i in pages:
            page = pages[i]
            brk = True
            skip_to = i + 1 + column_rows.get(i + 1, 0)
            continue
        out.append(Line(i + 1, line, page, brk and bool(line.strip())))
        if line.strip():
            brk = False
    return out


@dataclass
class Section:
    """One numbered section of the template: its heading line and body lines."""

    number: int
    heading: Line
    lines: list[Line]


@lru_cache(maxsize=16)
def _heading_re(number: int) -> re.Pattern[str]:
    return re.compile(
        rf"{number}\s*\.\s*(?:Раздел\s*[«\"]?\s*)?{SECTION_TITLES[number]}", re.IGNORECASE
    )


def _is_toc(lines: list[Line], i: int, span: int = 1) -> bool:
    """A table-of-contents entry (its heading taking `span` lines): dot leaders on
    one of its lines or right after them."""
    if any(_DOT_LEADER.search(ln.raw) for ln in lines[i : i + span]):
        return True
    for nxt in lines[i + span : i + span + 2]:
        if nxt.empty:
            continue
        return bool(_DOT_LEADER.search(nxt.raw)) or bool(_BARE_INT.fullmatch(nxt.text))
    return False


def heading_span(texts: list[str], i: int, pat: re.Pattern[str]) -> int:
    """How many lines the heading `pat` starting at line i takes (0: none starts
    there). A heading wider than the page wraps, so its title is read across up to
    `heading_lines` lines (empty lines skipped); the first line alone must open it
    with the section's number."""
    if not texts[i][:1].isdigit():
        return 0
    joined, printed, span = texts[i], 1, 1
    while not pat.match(joined):
        if printed >= SETTINGS.heading_lines or i + span >= len(texts):
            return 0
        nxt = texts[i + span]
        span += 1
        if nxt:
            joined, printed = f"{joined} {nxt}", printed + 1
    return span


def require_section_8(sections: dict[int, Section], source_file: str) -> None:
    """A strategy that stops before section 8 was cut: section 7 may be incomplete.

    Every reader (text dump, PDF) refuses such a file the same way rather than
    publishing part of its indicators.
    """
    if 7 in sections and 8 not in sections:
        raise ExtractionError(source_file, f"truncated: section 8. {SECTION_NAMES[8]} not "
                              f"found after section 7 {SECTION_NAMES[7]}, so section 7 may "
                              "be cut off")


def find_sections(lines: list[Line]) -> dict[int, Section]:
    """The body sections (not the table of contents), in template order.

    A heading is the last non-TOC line `N. [Раздел «]Title` that comes after the
    previous section's heading; sections not found are simply absent.
    """
    heads: dict[int, tuple[int, int]] = {}  # section: first line, lines taken
    texts = [ln.text for ln in lines]
    after = -1
    for number in sorted(SECTION_TITLES):
        pat = _heading_re(number)
        for i in range(after + 1, len(lines)):
            span = heading_span(texts, i, pat)
            if span and not _is_toc(lines, i, span):
                heads[number] = (i, span)
                after = i
                break
    out: dict[int, Section] = {}
    order = sorted(heads)
    for k, number in enumerate(order):
        start, span = heads[number]
        end = heads[order[k + 1]][0] if k + 1 < len(order) else len(lines)
        out[number] = Section(number, lines[start], lines[start + span : end])
    return out


# Sectors: `N. Name` headings inside sections 5-7 (and `4.N. Name.` in section 4).
_SECTOR = re.compile(r"(\d{1,2})\s*\.\s*([А-ЯЁA-Z][^.]{1,80}?)\.?")
_SUBSECTION = re.compile(r"4\s*\.\s*(\d{1,2})\s*\.?\s*([А-ЯЁA-Z][^.]{1,80}?)\.?")


_KEY_DASH = re.compile(r"[‐‑‒–—−-]")
_KEY_QUOTE = re.compile(r"[«»“”„\"'‘’]")
_KEY_DROP = re.compile(r"[\s.,;:]+")


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """Comparison key for names: lower case, one kind of dash and quote, no spaces."""
    t = text.lower().replace("ё", "е")
    t = _KEY_QUOTE.sub('"', _KEY_DASH.sub("-", t))
    return _KEY_DROP.sub("", t)


def sector_candidates(lines: list[Line]) -> list[tuple[int, int, str]]:
    """(index, number, name) of every line shaped like a sector heading."""
    out = []
    for i, ln in enumerate(lines):
        m = _SECTOR.fullmatch(ln.text)
        if m:
            out.append((i, int(m.group(1)), m.group(2).strip()))
    return out


def sector_names(sections: dict[int, Section]) -> dict[int, str]:
    """The strategy's sectors, number -> name.

    Numbered lists inside table cells look like sector headings too, so a
    heading counts only if the same number and name appear in at least two of
    section 4 (its «4.N.» subsections) and the tables of sections 5, 6 and 7.
    """
    votes: dict[tuple[int, str], int] = {}
    names: dict[tuple[int, str], str] = {}
    if 4 in sections:
        seen = set()
        for ln in sections[4].lines:
            m = _SUBSECTION.fullmatch(ln.text)
            if m:
                key = (int(m.group(1)), norm_key(m.group(2)))
                if key not in seen:
                    seen.add(key)
                    votes[key] = votes.get(key, 0) + 1
                    names.setdefault(key, m.group(2).strip())
    for number in (5, 6, 7):
        if number not in sections:
            continue
        seen = set()
        for _, no, name in sector_candidates(sections[number].lines):
            key = (no, norm_key(name))
            if key not in seen:
                seen.add(key)
                votes[key] = votes.get(key, 0) + 1
                names.setdefault(key, name)
    out: dict[int, str] = {}
    for (no, _), n in sorted(votes.items()):
        if n >= SETTINGS.sector_votes and no not in out:
            out[no] = names[(no, _)]
    return out


@dataclass
class Sector:
    """A sector's part of one table section."""

    number: int
    name: str
    heading: Line
    lines: list[Line]


def split_sectors(section: Section, sectors: dict[int, str]) -> list[Sector]:
    """Cut a table section at its sector headings (in increasing number order)."""
    keys = {no: norm_key(name) for no, name in sectors.items()}
    cuts: list[tuple[int, int, str]] = []
    last = 0
    for i, no, name in sector_candidates(section.lines):
        if no > last and keys.get(no) == norm_key(name):
            cuts.append((i, no, name))
            last = no
    out = []
    for k, (i, no, _name) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(section.lines)
        out.append(Sector(no, sectors[no], section.lines[i], section.lines[i + 1 : end]))
    return out


def _ends_with_year(header: str) -> bool:
    """The header's last title is a year (section 7's year columns, maybe wrapped
    `202` / `4`): only then may year lines after its end be more of its titles. A
    header ending on a word (sections 5 and 6) is followed by the cut row's tails,
    whose first may be a year (the rest of a name `Кадры для Кузбасса` / `2035`)."""
    return bool(re.search(r"\d\s*$", header))


def _year_piece(header: list[Line], text: str) -> bool:
    """`text` goes on with years wrapped in narrow columns (`202` / `4`): the
    header's digit lines with it still read as years, four digits each."""
    if not text.isdigit() or not any(x.text.isdigit() for x in header):
        return False  # a piece goes on with years the header began (a row number does not)
    digits = "".join(x.text for x in header if x.text.isdigit()) + text
    if not any(len(x.text) < 4 for x in header if x.text.isdigit()):
        # Whole years are taken above; and year columns are equally wide, so after
        # whole years no year is wrapped: a short number is the first row's (`2`).
        return False
    chunks = [digits[k : k + 4] for k in range(0, len(digits), 4)]
    return all(re.fullmatch(r"20\d\d", c) for c in chunks[:-1]) and bool(
        re.fullmatch(r"20\d\d|20\d|20|2", chunks[-1]))


def _glued_header_end(joined: str, ln: Line, end: re.Pattern[str]) -> tuple[Line, Line] | None:
    """(header line, rest) where the header text ends inside `ln`'s first word: the
    lines stage glued a word's rest that opens the tails after a page break to the
    repeated header's last word (both one token on their lines). Only 1-3 letters,
    or punctuation the tail opens with glued whole (`а` + `-коммунал`: the header's
    last piece and a compound's second half; `проекта` + `»,`: a quote closing the
    cut name or goal)."""
    raw = ln.raw.lstrip()
    first = re.match(r"[А-Яа-яЁё]+", raw)
    if not first or not joined or end.search(f"{joined} {ln.text}".strip()):
        return None
    punct = bool(re.match(r"[^\w\s]", raw[first.end() :]))
    for cut in (0, 1, 2, 3) if punct else (1, 2, 3):
        word = first.group()[: len(first.group()) - cut]
        if word and end.search(f"{joined} {word}"):
            return (Line(ln.no, word, ln.page, ln.brk),
                    Line(ln.no, raw[len(word):], ln.page, ln.brk))
    return None


def strip_headers(
    lines: list[Line], end: re.Pattern[str], max_letters: int = SETTINGS.header_letters
) -> tuple[list[Line], list[list[Line]]]:
    """Remove repeated table header rows: from a `№` line to the line where the
    joined header text matches `end` (the last column's title, or the years) within
    `max_letters` letters.

    Returns the remaining lines and the header blocks removed (readers take the
    years from them). A header repeated after a page break carries the break to
    the first line after it (the page number may come before the header, at the
    foot of the page before, or after it).
    """
    out: list[Line] = []
    headers: list[list[Line]] = []
    carry = False
    lines = list(lines)
    texts = [x.raw for x in lines]
    numbers = Counter(_is_column_numbers(texts, p) for p, t in enumerate(texts) if t.strip() == "1")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if carry and ln.text:
            ln = Line(ln.no, ln.raw, ln.page, True)
            carry = False
        if ln.text.startswith("№"):
            joined = ""
            for j in range(i, len(lines)):
                if len(joined.replace(" ", "")) > max_letters:
                    out.append(ln)
                    i += 1
                    break
                glued = _glued_header_end(joined, lines[j], end)
                if glued:
                    # The header's last word took the first letters of the cut row's
                    # first tail (`проекта` + `х и` -> `проектах и`): split them off.
                    headers.append([*lines[i:j], glued[0]])
                    carry = carry or any(x.brk for x in lines[i : j + 1])
                    lines[j] = glued[1]
                    i = j
                    break
                joined = f"{joined} {lines[j].text}".strip()
                # Digits wrapped in a narrow column (`202` / `4`) are one number.
                if end.search(joined) or end.search(_DIGIT_GAPS.sub("", joined)):
                    # Swallow more year lines and blanks that belong to the header.
                    years = _ends_with_year(joined)
                    k = j + 1
                    while k < len(lines) and (
                        lines[k].empty or (years and (
                            re.fullmatch(r"(?:20\d\d\s*)+", lines[k].text)
                            or _year_piece(lines[i:k], lines[k].text)))
                    ):
                        k += 1
                    n = _is_column_numbers(texts, k)
                    k += _usual_length(n, numbers) if n else 0
                    headers.append(lines[i:k])
                    carry = carry or any(x.brk for x in lines[i:k])
                    i = k
                    break
            else:
                out.append(ln)
                i += 1
            continue
        out.append(ln)
        i += 1
    return out, headers


def missing_row(after: Line, number: str, section: int) -> Finding:
    """A row whose number a table section skips: its text went to the row before."""
    return Finding(
        check="row_number_missing", object=number,
        message=f"section {section}: row {number} not found (its number lost or cut by a page "
                "break); its text is read as part of the row before",
        source_line=after.no, source_page=after.page)
