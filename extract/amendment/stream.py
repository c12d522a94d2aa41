"""A PDF's plain text dump -> a `Decree`: tables rebuilt from one cell line per line.

A text dump of a PDF (PyMuPDF's content order) prints a table cell by cell, row
by row, each cell's wrapped lines one per line, empty cells not at all, and
every page's footer number and repeated header in between. What tells the cells
apart is the table's shape, read from its header:

1. `_header` finds the header (from the «№» cell to the `1 2 … N` row), its
   years and the shape — funding with sources as rows, funding with sources as
   columns, indicators — from the header's words;
2. `_body` drops every repeated header and the page number before it, marking
   where pages begin;
3. a row reader per shape cuts the lines into rows: a row ends with its values
   (as many as the header has value columns); the text before them is split into
   the number, name, source label / indicator and unit columns by what those
   look like (`settings`: label words, unit words); the text after a page break
   that precedes the next row is the tail of the row the break cut;
4. the rows go to the shared builder under the canonical header of their shape.

Settings (word lists, value shapes) are in `extract.amendment.settings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extract.amendment import numbering
from extract.amendment.decree import Decree
from extract.amendment.funding import column_source_items, funding_items, funding_layout
from extract.amendment.passport import passport_figures
from extract.amendment.settings import SETTINGS
from extract.amendment.sources import source_kind
from extract.amendment.tables import CellRow, Table, appendix_captions
from extract.amendment.words import starts_name
from extract.morphology import cut_word, join_cut
from extract.text import join_fragments

_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_CELL = re.compile(r"((?:19|20)\d{2})(?:\s*(?:год|г\.)[а-я]*)?")
_WORD = re.compile(r"[\w/.%-]+")
_PASSPORT_LABEL = re.compile(rf"^\s*{SETTINGS.passport_label}", re.IGNORECASE)
_PASSPORT_END = re.compile(r"^\s*(?:»|\d+(?:\.\d+)*\.\s)")

FUNDING_ROWS, FUNDING_COLUMNS, INDICATORS = "funding", "funding_columns", "indicators"


@dataclass
class Token:
    text: str
    line: int  # 1-based line of the dump
    page_start: bool = False  # the first line after a page break
    spaced: bool = True  # printed with a space at its end: its last word is whole
    width: int = 0  # characters of the longest printed line it was made of

    def __post_init__(self) -> None:
        self.width = self.width or len(self.text)


def is_stream_text(text: str) -> bool:
    """A dump whose tables have no tab-separated rows (the converter form has them)."""
    return "\t" not in text


def decree_from_stream(text: str) -> Decree:
    lines = [ln.replace("\f", "") for ln in text.split("\n")]
    captions = sorted(appendix_captions(lines))
    bounds = [*captions, len(lines)]
    tables: list[Table] = []
    names: dict[str, str] = {}
    for k, start in enumerate(captions):
        table = _read_region(lines, start, bounds[k + 1], names)
        if table is not None:
            tables.append(table)
    body_end = captions[0] if captions else len(lines)
    return Decree(lines, [t for t in tables if t.rows], tables,
                  stream_passport(lines[:body_end]))


# --- the passport -------------------------------------------------------------------

def stream_passport(lines: list[str]) -> list[tuple[int, str]]:
    """(line, text) of the restated funding paragraph: from its label's first line to
    the closing «» or the decree's next numbered point; the first one with figures."""
    for i, line in enumerate(lines):
        if not _PASSPORT_LABEL.match(line):
            continue
        pieces = []
        for j in range(i, len(lines)):
            if j > i and _PASSPORT_END.match(lines[j]):
                break
            pieces.append((j + 1, lines[j].strip()))
        if passport_figures(pieces):
            return pieces
    return []


# --- header -------------------------------------------------------------------------

@dataclass
class Shape:
    kind: str
    lead: int  # columns before the values
    years: list[int]
    sources: list[str]  # FUNDING_COLUMNS: source of each value column
    header_lines: list[str]  # as printed, to recognise its repeats
    columns: int  # N of the `1 … N` row
    end: int  # index of the first body line

    @property
    def numbers(self) -> list[str]:
        return [str(k) for k in range(1, self.columns + 1)]


def _numbers_run(lines: list[str], start: int, end: int) -> tuple[int, int] | None:
    """(first index, N) of the `1 2 … N` lines under the header (N ≥ 4)."""
    i = start
    while i < end:
        if lines[i].strip() == "1":
            n = 1
            while i + n < end and lines[i + n].strip() == str(n + 1):
                n += 1
            if n >= 4:
                return i, n
        i += 1
    return None


def _joined_years(lines: list[str]) -> list[int]:
    """Years printed in header lines; a year wrapped in a narrow cell («202» / «4») joined."""
    years: list[int] = []
    i = 0
    while i < len(lines):
        cell = lines[i].strip()
        if m := _YEAR_CELL.fullmatch(cell):
            years.append(int(m.group(1)))
        elif (cell.isdigit() and i + 1 < len(lines) and lines[i + 1].strip().isdigit()
              and _YEAR.fullmatch(cell + lines[i + 1].strip())):
            years.append(int(cell + lines[i + 1].strip()))
            i += 1
        i += 1
    return years


def _source_groups(lines: list[str], count: int) -> list[str]:
    """The sources named by the header's last lines, `count` of them, in column order.

    A narrow cell wraps a label over lines and may cut a word without a hyphen;
    the lines are grouped back so that every group names a different source.
    """
    def kind(group: list[str]) -> str | None:
        text = join_fragments(group)
        return source_kind(text) or source_kind(text.replace(" ", ""))

    def split(k: int, upto: int) -> list[str] | None:
        if k == 0:
            return []
        for start in range(upto - 1, -1, -1):
            group_kind = kind(lines[start:upto])
            if group_kind is None:
                continue
            rest = split(k - 1, start)
            if rest is not None and group_kind not in rest:
                return [*rest, group_kind]
        return None

    for end in range(len(lines), 0, -1):
        found = split(count, end)
        if found is not None:
            return found
    return []


def _is_number_title(line: str) -> bool:
    """The header's first cell: «№ п/п», «№» (short; a longer line with «№» is text)."""
    return (any(w in line.lower() for w in SETTINGS.header_number)
            and len(line.strip()) < SETTINGS.header_number_max_chars)


def _header(lines: list[str], start: int, end: int) -> Shape | None:
    run = _numbers_run(lines, start, end)
    if run is None:
        return None
    first, n = run
    top = next((i for i in range(start, first) if _is_number_title(lines[i])), first)
    header_lines = [ln.strip() for ln in lines[top:first]]
    text = " ".join(header_lines).lower()
    years = _joined_years(header_lines)
    if any(w in text for w in SETTINGS.header_indicator) and any(
            w in text for w in SETTINGS.header_unit):
        kind, lead = INDICATORS, 4
    elif years:
        kind, lead = FUNDING_ROWS, 3
    else:
        kind, lead = FUNDING_COLUMNS, 3
    sources = _source_groups(header_lines, n - lead) if kind == FUNDING_COLUMNS else []
    if kind == FUNDING_COLUMNS and len(sources) != n - lead:
        return None
    if kind != FUNDING_COLUMNS and len(years) != n - lead:
        years = []  # lost or unreadable: the builder infers them and says so
    return Shape(kind, lead, years, sources, header_lines, n, first + n)


def _canonical_header(shape: Shape) -> list[CellRow]:
    """The shape's columns under the titles the builder's layout reader knows."""
    lead = {
        FUNDING_ROWS: ["№ п/п", "Наименование", "Источник финансирования"],
        FUNDING_COLUMNS: ["№ п/п", "Наименование", "Год"],
        INDICATORS: ["№ п/п", "Наименование", "Наименование показателя", "Единица измерения"],
    }[shape.kind]
    values = ([{"total": "Всего", "regional": "областной бюджет", "federal":
                "федеральный бюджет", "local": "местные бюджеты", "extrabudgetary":
                "внебюджетные источники", "other": "иные источники"}[s] for s in shape.sources]
              if shape.kind == FUNDING_COLUMNS else [f"{y} год" for y in shape.years])
    return [CellRow(0, [*lead, *values])]


# --- body ---------------------------------------------------------------------------

def _body(lines: list[str], shape: Shape, end: int) -> list[Token]:
    """Body lines without repeated headers and page numbers; `page_start` after each."""
    tokens: list[Token] = []
    i = shape.end
    page_break = False
    # A dump that keeps the space at the end of a wrapped line marks a cut word by its
    # absence: there, a word cut into two words («государственно» / «го») is glued too.
    body = [ln for ln in lines[i:end] if ln.strip()]
    marks_spaces = sum(ln.endswith(" ") for ln in body) > SETTINGS.spaced_share * len(body)
    while i < end:
        skip = _repeated_header(lines, i, end, shape)
        if skip:
            if tokens and SETTINGS.page_number.fullmatch(tokens[-1].text):
                tokens.pop()
            i += skip
            page_break = True
            continue
        text = lines[i].strip()
        if tokens and ((text.isdigit() and _NUMBER_CUT.fullmatch(tokens[-1].text))
                       or (_DECIMALS.fullmatch(text) and tokens[-1].text.isdigit())):
            tokens[-1].text += text  # an amount wrapped at its decimal comma
        elif tokens and text and not tokens[-1].spaced and not SETTINGS.value_line.fullmatch(
                tokens[-1].text) and cut_word(tokens[-1].text, text, trust_space=marks_spaces):
            tokens[-1].text += text  # a word a narrow cell cut without a hyphen
            tokens[-1].spaced = lines[i].endswith(" ")
            tokens[-1].width = max(tokens[-1].width, len(text))
        elif text:
            tokens.append(Token(text, i + 1, page_break, lines[i].endswith(" ")))
            page_break = False
        i += 1
    # The last page's number stands after the last row.
    if tokens and SETTINGS.page_number.fullmatch(tokens[-1].text) and len(tokens) > 1 \
            and not tokens[-2].text[:1].isalpha():
        tokens.pop()
    return tokens


def _repeated_header(lines: list[str], i: int, end: int, shape: Shape) -> int:
    """Lines of the header printed again from `i` on (0: none). A repeated header may
    be cut short (its cells' last lines clipped), so it is recognised by its first
    line and the `1 … N` row that closes it, not by every line between."""
    if lines[i].strip() != shape.header_lines[0].strip():
        return 0
    numbers = shape.numbers
    for j in range(i + 1, min(end, i + len(shape.header_lines) + 2)):
        if [ln.strip() for ln in lines[j : j + len(numbers)]] == numbers:
            return j + len(numbers) - i
    return 0


_NUMBER_CUT = re.compile(r"[-−]?\d[\d ]*[,.]")
_DECIMALS = re.compile(r"[,.]\d+")
_COMMA, _DOT = re.compile(r"\d+,\d+"), re.compile(r"\d+\.\d+")


class _Values:
    """Which lines are a row's values. A table prints its decimals one way: in a table
    of «1234,5» a dotted «2.3» is an item number, not an amount."""

    def __init__(self, tokens: list[Token]) -> None:
        commas = sum(1 for t in tokens if _COMMA.fullmatch(t.text))
        dots = sum(1 for t in tokens if _DOT.fullmatch(t.text))
        self.foreign = _DOT if commas > dots else _COMMA if dots > commas else None

    def __call__(self, text: str) -> bool:
        if self.foreign is not None and self.foreign.fullmatch(text):
            return False
        return bool(SETTINGS.value_line.fullmatch(text))


def _is_item(tokens: list[Token], i: int, is_value: _Values) -> bool:
    """An item number: number-shaped and followed by its name (text), not by values
    nor by another number."""
    if not numbering.item_no(tokens[i].text) or _YEAR.fullmatch(tokens[i].text):
        return False
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return bool(nxt) and not is_value(nxt) and not numbering.item_no(nxt)


def _run(tokens: list[Token], i: int, is_value: _Values) -> int:
    """How many value lines follow from `i` on."""
    n = 0
    while i + n < len(tokens) and is_value(tokens[i + n].text):
        n += 1
    return n


@dataclass
class _Group:
    """The lines of one printed row: number, text lines before the values, values."""

    no: str
    text: list[Token]
    values: list[Token]
    page_start: bool
    line: int


def _groups(tokens: list[Token], width: int, *, year_first: bool = False) -> list[_Group]:
    """Cut the body into rows: [number] text… values×width (fewer: cells left empty).

    `year_first`: a row's values begin with a year (sources as columns), and a
    year alone may open the next row of the same item.
    """
    groups: list[_Group] = []
    is_value = _Values(tokens)
    i = 0
    while i < len(tokens):
        first = tokens[i]
        page_start = first.page_start
        no = ""
        if _is_item(tokens, i, is_value):
            no = numbering.item_no(first.text)
            i += 1
        text: list[Token] = []
        while i < len(tokens) and not is_value(tokens[i].text) and not (
                text and _is_item(tokens, i, is_value)):
            page_start = page_start or tokens[i].page_start
            text.append(tokens[i])
            i += 1
        values: list[Token] = []
        while i < len(tokens) and len(values) < width and is_value(tokens[i].text):
            if values and _is_item(tokens, i, is_value) and _run(
                    tokens, i, is_value) < width - len(values):
                break  # a short row (empty cells print nothing): the next item begins
            if values and year_first and _YEAR.fullmatch(tokens[i].text):
                break  # a short year row: the next year's row begins
            values.append(tokens[i])
            i += 1
        groups.append(_Group(no, text, values, page_start, first.line))
    return groups


def _words(lines: list[Token]) -> list[str]:
    return [w.lower().strip(".,:;()") for t in lines for w in _WORD.findall(t.text)]


def _label_like(token: Token) -> bool:
    words = [w for w in _words([token]) if w]
    return bool(words) and all(w in SETTINGS.label_words or len(w) <= 2 or any(
        w.startswith(s) for s in SETTINGS.label_stems) for w in words)


def _split_label(text: list[Token], *, names_source: bool = True
                 ) -> tuple[list[Token], list[Token]]:
    """(name lines, source-label lines): the label is the longest run of label words at
    the end — one that names a source, unless it is the tail of a cut label."""
    k = len(text)
    while k > 0 and _label_like(text[k - 1]):
        k -= 1
    while names_source and k < len(text) and source_kind(_texts(text[k:])) is None:
        k += 1
    return text[:k], text[k:]


def _unit_like(token: Token) -> bool:
    words = _words([token])
    return (bool(words) and len(token.text) <= SETTINGS.unit_max_chars
            and words[0] in SETTINGS.unit_words)


def _split_unit(text: list[Token]) -> tuple[list[Token], list[Token]]:
    if text and _unit_like(text[-1]):
        k = len(text) - 1
        before = _words([text[k - 1]]) if k else []
        if before and _unit_like(text[k - 1]) and (
                before[-1] in SETTINGS.unit_modifiers or len(before[-1]) <= 2) and len(
                text[k - 1].text) + len(text[k].text) < SETTINGS.unit_max_chars:
            k -= 1  # a unit wrapped over two lines: «условных» / «единиц», «единиц в» / «час»
        return text[:k], text[k:]
    return text, []


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _split_name(lines: list[Token], name: str | None, name_width: int = 0) -> int:
    """How many of `lines` print the item's name (the rest: the indicator's name).

    With the funding table's name of the item: the prefix that reproduces it. Without:
    the indicator begins at the first line that can open a name (`starts_name`), one
    wider than the name column (`name_width`, learned) when there is one.
    """
    if name:
        target = _norm(name)
        best_k = 0
        for k in range(1, len(lines) + 1):
            candidate = _norm(_texts(lines[:k]))
            if len(candidate) > len(target) + SETTINGS.name_slack:
                break
            if fuzz.ratio(candidate, target[: len(candidate)]) >= SETTINGS.name_match:
                best_k = k
        if best_k:
            return best_k
    starts = [k for k in range(1, len(lines)) if starts_name(lines[k].text)]
    wide = [k for k in starts if name_width and lines[k].width > name_width]
    return (wide or starts or [len(lines)])[0]


def unfinished(text: str) -> bool:
    """A name cut short: a quote or parenthesis left open, or a preposition at its end."""
    words = text.split()
    return (text.count("«") > text.count("»") or text.count("(") > text.count(")")
            or (bool(words) and words[-1].lower() in SETTINGS.function_words))


def _texts(lines: list[Token]) -> str:
    return join_fragments([t.text for t in lines])


def _append(cell: str, tail: list[Token]) -> str:
    """A cell's text with the tail a page break cut off it (a word cut there glued)."""
    return join_cut(cell, _texts(tail))


def _cells(group: _Group, lead: list[str], width: int) -> CellRow:
    values = [t.text for t in group.values] + [""] * (width - len(group.values))
    return CellRow(group.line, [*lead, *values], page_start=group.page_start)


def _funding_rows(tokens: list[Token], shape: Shape) -> list[CellRow]:
    width = len(shape.years) or 0
    rows: list[CellRow] = []
    item_row: CellRow | None = None  # the row that prints the current item's name
    for g in _groups(tokens, width or 10**6):
        if not g.values and not g.no and rows:  # tails of the row a page break cut
            name, label = _split_label(g.text, names_source=False)
            owner = item_row or rows[-1]
            owner.cells[1] = _append(owner.cells[1], name)
            rows[-1].cells[2] = _append(rows[-1].cells[2], label)
            continue
        if g.page_start and not g.no and rows:
            # After a break: the cut row's tails, then this row's label (the shortest
            # run of last lines that names a source).
            k = next((k for k in range(len(g.text) - 1, -1, -1)
                      if source_kind(_texts(g.text[k:])) is not None), 0)
            tail_name, tail_label = _split_label(g.text[:k], names_source=False)
            owner = item_row or rows[-1]
            owner.cells[1] = _append(owner.cells[1], tail_name)
            rows[-1].cells[2] = _append(rows[-1].cells[2], tail_label)
            rows.append(_cells(g, ["", "", _texts(g.text[k:])], width))
            continue
        name, label = _split_label(g.text)
        if name and not g.no and rows:
            name, label = [], g.text  # a source row: its label may use other words
        rows.append(_cells(g, [g.no, _texts(name), _texts(label)], width))
        if name:
            item_row = rows[-1]
    return rows


def _column_rows(tokens: list[Token], shape: Shape) -> list[CellRow]:
    width = len(shape.sources)
    rows: list[CellRow] = []
    for g in _groups(tokens, width + 1, year_first=True):
        year = g.values[0].text if g.values and _YEAR.fullmatch(g.values[0].text) else ""
        values = g.values[1:] if year else g.values
        cells = [t.text for t in values] + [""] * (width - len(values))
        if not g.values and rows and not g.no:
            rows[-1].cells[1] = _append(rows[-1].cells[1], g.text)
            continue
        rows.append(CellRow(g.line, [g.no, _texts(g.text), year, *cells],
                            page_start=g.page_start))
    return rows


def _indicator_rows(tokens: list[Token], shape: Shape, names: dict[str, str]) -> list[CellRow]:
    width = len(shape.years) or 0
    rows: list[CellRow] = []
    item_no, item_name = "", ""

    name_width = 0  # the longest line of a name column (learned from matched names)

    def add_tails(tails: list[Token]) -> None:
        """Lines a page break cut off the last row: the item name's rest, then the
        indicator's. Without the funding table's name, name lines are told by the name
        column's width, when a longer (indicator) line follows them."""
        if not rows or not tails:
            return
        k = 0
        full = names.get(item_no, "")
        if full and _norm(full).startswith(_norm(item_name)) and len(full) > len(item_name):
            k = _split_name(tails, full[len(item_name):].strip())
        else:
            # No funding name to follow: an unfinished name takes the lines it needs;
            # name-column lines (no wider than that column) go on with it.
            while unfinished(_append(item_name, tails[:k])) and k < len(tails):
                k += 1
            if name_width:
                k = max(k, next((j for j, t in enumerate(tails) if t.width > name_width), 0))
        last = rows[-1]
        if k:
            for row in rows:
                if row.cells[0] == item_no and row.cells[1]:
                    row.cells[1] = _append(row.cells[1], tails[:k])
        last.cells[2] = _append(last.cells[2], tails[k:])

    for g in _groups(tokens, width or 10**6):
        text, unit = _split_unit(g.text)
        if not g.values:
            if g.no:
                item_no, item_name = g.no, _texts(g.text)
                rows.append(CellRow(g.line, [g.no, item_name, "", "", *[""] * width],
                                    page_start=g.page_start))
            else:
                add_tails(g.text)
            continue
        if g.no:
            item_no = g.no
            k = _split_name(text, names.get(g.no), name_width)
            item_name = _texts(text[:k])
            if names.get(g.no) and k < len(text):
                name_width = max([name_width, *(t.width for t in text[:k])])
            rows.append(_cells(g, [g.no, item_name, _texts(text[k:]), _texts(unit)], width))
            continue
        if g.page_start:
            k = next((j for j, t in enumerate(text) if starts_name(t.text)), len(text))
            add_tails(text[:k])
            text = text[k:]
        rows.append(_cells(g, ["", "", _texts(text), _texts(unit)], width))
    return rows


def _read_region(lines: list[str], start: int, end: int,
                 names: dict[str, str]) -> Table | None:
    """The table under one appendix caption, or None when it has no recognisable header."""
    shape = _header(lines, start, end)
    caption = appendix_captions(lines[start:start + 1 + SETTINGS.caption_tail_within])
    number = caption.get(0)
    if shape is None:
        # A table header begun («№» cell) but not readable: a table without rows, which
        # the builder reports; no header at all: an appendix of text.
        begun = any(_is_number_title(ln) for ln in lines[start:end])
        return Table(first_line=start + 1, caption=number) if begun else None
    header_top = shape.end - len(shape.header_lines)
    table = Table(first_line=header_top + 1, caption=number,
                  heading=[ln for ln in lines[start + 1:header_top] if ln.strip()],
                  header=_canonical_header(shape))
    tokens = _body(lines, shape, end)
    if shape.kind == FUNDING_ROWS:
        table.rows = _funding_rows(tokens, shape)
    elif shape.kind == FUNDING_COLUMNS:
        table.rows = _column_rows(tokens, shape)
    else:
        table.rows = _indicator_rows(tokens, shape, names)
    if shape.kind != INDICATORS:
        layout = funding_layout(table.header, table.year_columns())
        read = column_source_items if layout.source_cols else funding_items
        for item in read(table.rows, layout)[0]:
            names.setdefault(item.item_no, item.name)
    return table
