"""Section 6 «Проекты развития отрасли» of a text dump -> ProjectRecord rows.

Columns: № | name | goal | term | description | financing | region's role, all
free text with no delimiter in the dump. The project's name is found from the
names of sections 7 and 5 (see `names`), the term from its shape (years, «до»,
«постоянно»); goal, description, financing and role are cut at capitalised
lines, which is sensible but not exact (they are not scored).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from extract.strategy import cells
from extract.strategy.cells import goes_on, new_cell, open_end, parens_open
from extract.strategy.names import (
    _bare,
    _ends_like,
    _prefix_lines,
    _repeats,
    best_match,
    close_bracket,
    continue_cut,
    core,
    extend_remarks,
    longer_names,
    match_across,
    name_key,
    respell,
)
from extract.strategy.read_memory import ReadMemory
from extract.strategy.records import Finding, ProjectRecord
from extract.strategy.sections import (
    Line,
    Section,
    Sector,
    missing_row,
    split_sectors,
    strip_headers,
)
from extract.strategy.settings import SETTINGS
from extract.strategy.words import broken_word, is_word, join_cell, prints_line_end_spaces


def _spread(words: str) -> str:
    """A pattern of `words` that also matches them cut anywhere by a narrow header
    cell (`Рол` / `ь` / `рег` / `ион` / `а в`, `про` / `ект` / `а`): the dump
    prints each piece on its own line, so any two letters may have a gap between."""
    return r"\s*".join(re.escape(c) for c in words.replace(" ", ""))


# The last column's title ends the header; a narrow column cuts it into pieces (and
# punctuation a cut row's tail opens with, glued to its last word, `проекта»,`, is
# split off by `strip_headers`). Its words are few, so a `проекта` far after `Роль
# региона` is a row's, not the header's.
_HEADER_END = re.compile(
    rf"{_spread('Роль региона')}.{{0,40}}{_spread('проекта')}$", re.IGNORECASE)
_TERM_WORDS = {
    "до", "к", "с", "по", "в", "и", "далее", "постоянно", "бессрочно", "ежегодно", "года",
    "году", "год", "годы", "годов", "гг", "г", "течение", "срок", "-", "–", "—",
}
# A year or a range of years, possibly cut after its dash at a line's end (`2022-`).
# A year's first digits (`202`) where a narrow column cut it, and so a date's
# (`01.07.20` | break | `23`), or its day and month alone (`01.07.` | break | `2023`:
# the token loses its last dot).
_TERM_TOKEN = re.compile(
    r"(?:\d{2}\.\d{2}\.)?20\d\d(?:\s*[-–—]\s*(?:20\d\d)?)?|\d{2}\.\d{2}\.?(?:20?\d?)?"
    r"|[IVX]+|\d{1,2}|20\d")
# First words of a goal: verbal nouns («Обеспечение», «Создание», «Повышение», …).
_GOAL_START = re.compile(r"[А-ЯЁ][а-яё]+(?:ние|ция|тие|ка|ство)\b")


_TOKEN_GAPS = re.compile(r"[\s,;]+")
_ROMAN = re.compile(r"[ivx]+")
_LOWER_WORD = re.compile(r"[а-яё]+")


@lru_cache(maxsize=16384)
def _term_tokens(text: str) -> tuple[bool, bool]:
    """(every token may belong to a term, one of them anchors it: a year, «постоянно»).
    Cached: the term's rules ask it of the same lines again and again."""
    tokens = [t.strip(".:") for t in _TOKEN_GAPS.split(text.strip().lower()) if t.strip(".:")]
    if not tokens:
        return False, False
    anchor = False
    for n, tok in enumerate(tokens):
        if _TERM_TOKEN.fullmatch(tok.upper() if _ROMAN.fullmatch(tok) else tok):
            anchor = anchor or "20" in tok
        elif tok in _TERM_WORDS or (n == len(tokens) - 1 and len(tok) >= 2 and any(
                w.startswith(tok) for w in _YEAR_NOUNS)):
            # (A year noun's first letters, `до 2024 го`: the column cut it.)
            anchor = anchor or tok in ("постоянно", "бессрочно", "ежегодно")
        else:
            return False, False
    return True, anchor


def is_term_line(text: str) -> bool:
    """A line that by itself reads as a term: `2024`, `до 2030 года`, `постоянно`."""
    ok, anchor = _term_tokens(text)
    return ok and anchor


# Words a term cell opens with besides a year: «до 2024 года», «к 2023 году»,
# «с 2022 года», «в течение 2023 года», «постоянно». A goal cut by a page
# break may end on «и» or «по» right before the term cell («… и» | «До 2030»).
_TERM_OPENERS = {"до", "к", "с", "в", "по", "постоянно", "бессрочно", "ежегодно"}
_YEAR_NOUNS = {"года", "году", "год", "годы", "годов", "гг", "г"}
_ENDLESS = ("постоянно", "бессрочно", "ежегодно")
# Term words long enough for a narrow term column to cut (`дал` / `ее`, `постоя` /
# `нн` / `о`); a piece of three letters or more tells which word it opens.
_LONG_TERM_WORDS = (*_ENDLESS, "далее", "течение")
_OPEN_QUOTES = ("«", "„", "“", '"')


def _word_piece(t: str) -> bool:
    """`t` is only the first letters of a long term word, cut by the column."""
    return len(t) >= 3 and any(w.startswith(t) and w != t for w in _LONG_TERM_WORDS)


def _first_letters(text: str) -> bool:
    """A cell's first letter or two that only open a term word (`Д` of «До», `д` of
    «до», `П` of «Постоянно»): a term column one letter wide cut the word
    there, and its rest follows a page break."""
    t = text.strip()
    return (0 < len(t) <= 2 and t.isalpha() and t.lower() not in _TERM_OPENERS
            and any(w.startswith(t.lower()) and w != t.lower()
                    for w in (*_TERM_OPENERS, *_LONG_TERM_WORDS)))


def _words(text: str) -> list[str]:
    return [t.strip(".:") for t in _TOKEN_GAPS.split(text.strip().lower()) if t.strip(".:")]


def _opens_term(texts: list[str], cut: bool = False) -> bool:
    """The run of lines may open a term cell: it starts with a year (or its first
    three digits, `202`, where a narrow column cut it) or a word a term starts
    with; «по» only with a year noun after it («по 2024 год»), since a cut goal
    may end on it right before the term («… проектов по» | «2024»). With `cut`
    (the row goes on after a page break, which may come after any line of the
    cell), a year's first one or two digits alone (`20` | break | `24`: a column
    as wide as two digits prints the year in two lines, and the break fell
    between them), and a capitalised «По» alone (the first letters of
    «Постоянно» or a term opening «По 2024 году»; a goal's «по» is lower case
    mid-sentence) open one too."""
    words = _words(" ".join(texts))
    if not words:
        return False
    first = words[0]
    if cut and len(texts) == 1 and (re.fullmatch(r"2|20", texts[0].strip())
                                    or texts[0].strip() == "По"):
        return True
    if first == "по":
        return any(w in _YEAR_NOUNS for w in words[1:])
    if first in _TERM_OPENERS and len(words) > 2 and re.fullmatch(r"\d+", words[1]) and (
            not re.fullmatch(r"2|20\d{0,2}", words[1])) and words[2][:1].isalpha():
        # `в 1 до 2030` (`«Строим в 1 клик»` in a goal): a number that is no year nor
        # a date's first digits (`до 0` / `1.07.2023`), with a word after it.
        return False
    return first in _TERM_OPENERS or bool(re.match(r"(?:\d{2}\.\d{2}\.)?20\d\d?|[ivx]+$", first))


def find_term(texts: list[str], open_at_end: bool = False) -> tuple[int, int] | None:
    """[start, end) of the first run of term lines (`До` / `2030 года,` / `далее` /
    `постоянно`) that holds a year or «постоянно» and is a cell of its own: the
    line after it does not go on in lower case (`к 2023 году` inside a goal), and
    it opens as a term does (not on the «и» a cut goal ends with). With
    `open_at_end` (the row goes on after a page break), where no such run is
    found, a run that only opens a term (`До`, `постоян`) is taken: its rest
    follows the break."""
    found = _scan_term(texts, open_at_end, False)
    if found is None and open_at_end:
        found = _scan_term(texts, True, True)
    return found


def _scan_term(texts: list[str], cut: bool, take_open: bool) -> tuple[int, int] | None:
    j = 0
    while j < len(texts):
        ok, _ = _term_tokens(texts[j])
        if not ok or texts[j].rstrip().endswith(":"):
            if take_open and (_endless_piece(texts[j]) or _first_letters(texts[j])) and (
                    _next_cell(texts, j + 1)):
                return j, j + 1
            j += 1
            continue
        k, anchored = j, False
        while k < len(texts):
            ok, anchor = _term_tokens(texts[k])
            if k > j and texts[k].strip() == "," and k + 1 < len(texts) and (
                    _term_tokens(texts[k + 1])[0]):
                # A year noun that filled a narrow term column pushed its comma to a
                # line of its own (`года` / `,` / `далее`): it goes on the term.
                ok = True
            if not ok or texts[k].rstrip().endswith(":"):
                break
            anchored = anchored or anchor
            k += 1
            if re.search(r"(постоянно|бессрочно)\W*$", texts[k - 1], re.IGNORECASE):
                break
        if not _opens_term(texts[j:k], take_open):
            j += 1
            continue
        if k < len(texts) and cut and (_endless_piece(texts[k]) or _first_letters(texts[k])):
            k += 1  # `До 2030 года, далее` / `постоян` | break | `но`, `года,` / `да` | `лее`
        opened = take_open and term_open(join_cell(texts[j:k]))
        if (anchored or opened) and _next_cell(texts, k):
            return j, k
        j = k if k > j else j + 1
    return None


def _next_cell(texts: list[str], k: int) -> bool:
    """Line k (if any) does not go on the phrase before it in lower case."""
    nxt = texts[k].strip() if k < len(texts) else ""
    return not nxt[:1].islower()


def _endless_piece(text: str) -> bool:
    """A line that is only the first letters of «постоянно», «бессрочно»,
    «ежегодно», «далее» or «течение», broken inside the word by a narrow term column."""
    return _word_piece(text.strip().lower())


# A term's last word or piece that needs more: a preposition, «далее», a comma or
# dash, a date or year cut inside it (`01.07.`, `до 202`).
_OPEN_TERM_END = re.compile(
    r"(?:^|\s)(?:до|к|с|по|в|далее|течение)$|[,\-–—]$|(?:^|\s)\d{1,2}\.\d{0,2}\.?\d{0,3}$"
    r"|(?:^|\s)2(?:0\d?)?$"
    # A date's first digits after its preposition (`до 0` | break | `1.07.2023`).
    r"|(?:^|\s)(?:до|к|с|по)\s+\d{1,2}$")


def term_open(term: str) -> bool:
    """The term stops mid-way (`До`, `до 2030 года,`, `далее`, `2022-`,
    `01.07.`, `постоян`): its rest surely follows."""
    t = term.strip().lower()
    if not t:
        return False
    if _OPEN_TERM_END.search(t) and not re.search(r"\d{2}\.\d{2}\.20\d\d$", t):
        return True
    if _first_letters(term):
        return True
    last = t.split()[-1]
    # (One or two letters of a long term word after others, `года, да` | break |
    # `лее`, `года, д` | break | `алее`: a column one or two letters wide.)
    return _word_piece(last) or (len(t.split()) > 1 and len(last) <= 2 and any(
        w.startswith(last) for w in _LONG_TERM_WORDS))


def _noun_cut(term: str) -> bool:
    """The term ends on the first letters of a year noun after a year (`до 2030
    год`, `2024 го`): a narrow column may have cut `года` there, its rest after
    the page break (only a line that completes the word is taken)."""
    m = re.search(r"20\d\d\s+([а-яё]{2,})$", term.strip().lower())
    return bool(m) and any(w.startswith(m.group(1)) and w != m.group(1) for w in _YEAR_NOUNS)


def _year_last(term: str) -> bool:
    """The term ends on a year after a preposition (`до 2030`): a year noun
    (`года`) may follow it on a line of its own after a page break."""
    return bool(re.search(r"(?:^|\s)(?:до|к|с|по|в)\s+20\d\d$", term.strip().lower()))


def _term_prefix(words: list[str]) -> int:
    """How many leading words read as a term (`Постоянно`, `2024 года`), or 0; a
    term cut short of a line's words does not end on a word that needs more
    (`Постоянно В целях…` is `Постоянно` and a sentence)."""
    for k in range(len(words), 0, -1):
        prefix = " ".join(words[:k])
        if is_term_line(prefix) and (k == len(words) or not term_open(prefix)):
            return k
    return 0


def _split_term(text: str) -> list[str]:
    """`Постоянно В целях…`: a term and the next cell's capitalised start printed
    on one line are two cells."""
    words = text.split()
    k = _term_prefix(words)
    if (not k and len(words) > 2 and words[0] in ("До", "С", "К", "По")
            and _capital_preposition(words[1:])):
        # `До В рамках проекта…`: a term's opening word (its year after a page
        # break) and the description's first line; a term never goes on with a
        # capitalised sentence.
        return [words[0], " ".join(words[1:])]
    if 0 < k < len(words) and cells.starts_upper(words[k]) and (
            not cells.is_acronym_start(words[k]) or _capital_preposition(words[k:])):
        return [" ".join(words[:k]), " ".join(words[k:])]
    return [text]


def _capital_preposition(words: list[str]) -> bool:
    """`В целях…`: a one-letter capitalised word before a lower-case one opens
    a sentence; it is no acronym."""
    return len(words) > 1 and len(words[0]) == 1 and words[1][:1].islower()


def _glue_pieces(texts: list[str], marks: list[bool]) -> tuple[list[str], list[bool]]:
    """A date or «постоянно» broken inside it by a narrow term column (`до` /
    `01.07.2` / `023`, `постоян` / `но`) is one again (`marks`: whether each line
    was wrapped, kept alongside)."""
    out: list[str] = []
    out_marks: list[bool] = []
    chain = False  # out[-1] is a long term word's first letters glued from pieces
    for t, w in zip(texts, marks, strict=True):
        if out and (_completes(out[-1], t) or _letter_chain(out[-1], t, chain)):
            out[-1] = out[-1].rstrip() + t.strip()
            out_marks[-1] = w
            chain = _prefix_of_long_word(out[-1])
            continue
        k = _completion(out[-1], t) if out else 0
        glued = _glued_piece(out[-1], t) if out and not k else 0
        if glued:
            # The long term word's first letters glued to the goal's last piece.
            head = out[-1].rstrip()
            out[-1] = head[:-glued]
            out_marks[-1] = False
            out.append(head[-glued:] + t.strip() + (" " if w else ""))
            out_marks.append(w)
            chain = False
            continue
        if k:
            # The word's last letters glued to the next cell's first word.
            out[-1] = out[-1].rstrip() + t.strip()[:k]
            out_marks[-1] = False
            out.append(t.strip()[k:] + (" " if w else ""))
            out_marks.append(w)
            chain = False
            continue
        out.append(t)
        out_marks.append(w)
        chain = False
    return out, out_marks


def _glued_piece(before: str, piece: str) -> int:
    """How many last letters of `before` are a long term word's first letters that
    `piece` finishes (`сокраще` + `бесср` glued by the lines stage, `очно` next:
    the goal's cut word and the term's first piece stood side by side at the
    columns' edges); 0 where none. Only where the two spell the whole word, and
    the letters before them stay (the goal's piece)."""
    last = before.rstrip().split()[-1] if before.strip() else ""
    t = piece.strip().split()[0].rstrip(",.;").lower() if piece.strip() else ""
    if not _LOWER_WORD.fullmatch(last.lower()) or not _LOWER_WORD.fullmatch(t):
        return 0
    for k in range(3, len(last)):
        tail = last[-k:].lower()
        if tail + t in _LONG_TERM_WORDS and _word_piece(tail) and piece.strip().lower() == t:
            return k
    return 0


def _prefix_of_long_word(text: str) -> bool:
    t = text.strip().lower()
    return bool(_LOWER_WORD.fullmatch(t)) and any(w.startswith(t) for w in _LONG_TERM_WORDS)


@lru_cache(maxsize=16384)
def _completion(before: str, piece: str) -> int:
    """How many first letters of `piece` finish the long term word whose first
    letters `before` is (`постоян` + `нос` -> `постоянно` | `с`): a column one letter
    wide printed the word's last letter alone and the lines stage glued it to the
    next cell's first word (`о` / `с федеральными`); 0 where none does. The rest must
    be a word of its own (a preposition or more)."""
    b, t = before.strip().lower(), piece.strip()
    if not _word_piece(b) or not re.match(r"[а-яё]", t):
        return 0
    for k in range(1, len(t)):
        if b + t[:k].lower() in _LONG_TERM_WORDS and t[k:k + 1].isalpha() and (
                is_word(t[k:].split()[0].lower())):
            return k
    return 0


@lru_cache(maxsize=16384)
def _letter_chain(before: str, piece: str, chain: bool) -> bool:
    """A term column one or two letters wide prints a long term word letter by
    letter (`д` / `а` / `л` / `е` / `е`): a single letter that only opens such a
    word (none is a one-letter preposition), or pieces already glued into its first
    letters, take the next short piece while the letters still open that word."""
    b, t = before.strip().lower(), piece.strip().lower()
    if not (_LOWER_WORD.fullmatch(t) and len(t) <= 2) or not (chain or len(b) == 1):
        return False
    return _prefix_of_long_word(b) and _prefix_of_long_word(b + t)


def _tail_run(term: str, tails: list[str], wrapped: list[bool], p: int,
              spaced: bool) -> list[str] | None:
    """The lines from `p` that finish `term`: lines of term words, not opening
    on «и» (the first may complete a word or date broken at the break, the last
    may go on with the next cell's capitalised start). Where the dump marks
    wrapped lines, the run ends at a line that was not wrapped unless the term
    is still open (a line filled to the column's width loses its space), and a
    run whose last line was wrapped did not finish the cell."""
    run: list[str] = []
    for u in range(p, len(tails)):
        if tails[u].rstrip().endswith(":"):
            break  # `К 2024 году:` opens a list in the description
        words = tails[u].split()
        k = _term_prefix(words)
        # A term word printed on one line with the next cell's text goes with it.
        t = " ".join(words[:k]) if k else tails[u]
        if not (_term_tokens(t)[0] or _completes(_join_term(term, run) if run else term, t)):
            break
        if not run and _words(t)[:1] == ["и"]:
            return None
        run.append(t)
        if t != tails[u]:
            return run
        joined = _join_term(term, run)
        if not wrapped[u] and not term_open(joined) and not (
                u + 1 < len(tails) and _completes(joined, tails[u + 1])) and not (
                u + 1 < len(tails) and _noun_after_year(joined, tails[u + 1])):
            # (A word cut into more pieces goes on: `го` | break | `д` / `у`.)
            return run
    if spaced and run and wrapped[p + len(run) - 1] and p + len(run) < len(tails):
        return None
    return run or None


def _noun_after_year(term: str, line: str) -> bool:
    """`line` is a year noun alone (`года`, `года,`) after a term ending on a year:
    a year filled a narrow term column (`2030`, no wrap mark: the space is dropped)
    and its noun went to the next line; no other cell opens with a lower-case year
    noun."""
    words = _words(line)
    return bool(re.search(r"20\d\d$", term.strip())) and len(words) == 1 and (
        words[0] in _YEAR_NOUNS) and line.strip()[:1].islower()


_DIGITS_DOTS = re.compile(r"[\d.]+")
_FULL_DATE = re.compile(r"\d{2}\.\d{2}\.20\d\d")
_DIGITS = re.compile(r"\d+")
_YEAR_HEAD = re.compile(r"20?\d?")
_YEAR_20 = re.compile(r"20\d\d")


@lru_cache(maxsize=16384)
def _completes(term: str, piece: str) -> bool:
    """`piece` finishes a word or date the term's last line broke off (cached: the
    term's rules ask it of the same pairs again and again)."""
    last = term.strip().split()[-1].lower() if term.strip() else ""
    t = piece.strip().lower().split()[0].rstrip(",.;") if piece.strip() else ""
    if _DIGITS_DOTS.fullmatch(t) and _FULL_DATE.fullmatch(last + t):
        return True
    digits = _DIGITS.match(t)
    if digits and _YEAR_HEAD.fullmatch(last) and _YEAR_20.fullmatch(last + digits.group()):
        return True  # a year cut by a column narrower than it (`20` / `30`, `202` / `4`)
    if _LOWER_WORD.fullmatch(t) and len(last) >= 2 and last + t in _YEAR_NOUNS - {last}:
        return True  # a year noun cut by the column (`год` / `а,`)
    if _first_letters(term) and last + t in _TERM_OPENERS:
        return True  # a preposition cut after its first letter (`Д` | break | `о`)
    # «постоянно», «далее» cut once or twice (`постоя` / `нн` / `о`, `дал` / `ее`).
    # A two-letter first piece (`По` / `сто` / `ян` / `но`, `по` / `ст`, `да` / `ле`
    # in a column two letters wide) where the two make four letters: no shorter, so
    # a preposition before another (`по` / `с`) stays apart.
    # A one-letter first piece (`д` | break | `алее`) too: no one-letter word opens one.
    return bool(_LOWER_WORD.fullmatch(t)) and (
        _word_piece(last) or len(last) == 1 or (len(last) == 2 and len(last + t) >= 4)) and any(
        w.startswith(last + t) for w in _LONG_TERM_WORDS)


def _join_term(term: str, run: list[str]) -> str:
    """The term with the lines of its rest; a piece that completes the word or
    date before it is glued to it (`пос` + `тоя` + `нн` + `о`), and so is a range's
    second year to the dash after the first (`2022-` / `2026`)."""
    out = term
    for piece in run:
        if _completes(out, piece) or (
                re.search(r"20\d\d[-–—]$", out.rstrip()) and _YEAR.match(piece.strip())):
            out = out.rstrip() + piece.strip()
        else:
            out = join_cell([out, piece])
    return out


def term_rest(term: str, tails: list[str], wrapped: list[bool] | None = None,
              spaced: bool = False, goes_on: bool = False) -> str:
    """A term cut by a page break: its rest is the first cell's worth of term
    words after the break (after the tails of the cells before it, which do not
    read as a term), taken when the term is open (`До`, `до 2030 года, далее`,
    `постоян`), when its last line was wrapped (where the dump marks that), or,
    for a term ending on a year after a preposition (`до 2030`), when the rest
    opens with a year noun (`года`). The rest starts a cell: the line before it
    was not wrapped, or (without the mark) ends no phrase a year noun would go on."""
    wrapped = wrapped if wrapped is not None else [False] * len(tails)
    tails, wrapped = _glue_year_rest(term, tails, wrapped)
    tails, wrapped = _glue_pieces(tails, wrapped)
    open_ = goes_on or term_open(term)
    year_last = _year_last(term)
    noun_cut = _noun_cut(term)
    cut_year = bool(_YEAR_PIECE.search(term.strip()))
    # A bare year whose line filled the term column (no wrap mark) may open a range
    # whose dash and second year follow the break (`2022` | break | `-` / `2026`).
    range_cut = bool(_YEAR.fullmatch(term.strip()))
    if not (open_ or year_last or noun_cut or range_cut):
        return _comma_rest(term, tails, wrapped, spaced)
    # A term left open by its shape may also go on after a cell whose own rest
    # comes after the next page break (its last line here was wrapped).
    # So may a term ending on a year after a preposition, whose noun only a year
    # noun line completes (`До 2030` | … goal's `Российской⏎` | `года`).
    for strict in (True, False) if term_open(term) or year_last else (True,):
        for p in range(len(tails)):
            if p:
                before = tails[p - 1]
                if (strict and spaced and wrapped[p - 1]) or (
                        term_open(before) and _term_tokens(before)[0]) or _year_last(
                        before) or re.search(r"20\d\d$", before.strip()):
                    # (A line of term words left open is a term whose rest this is;
                    # another cell's line ending on a comma is not.)
                    continue
            run = _tail_run(term, tails, wrapped, p, spaced)
            if not run:
                continue
            completes = _completes(term, run[0])
            if range_cut and not open_:
                if re.match(r"[-–—]", run[0].strip()) and re.fullmatch(
                        r"20\d\d\s*[-–—]\s*20\d\d", joined := _join_term(term, run).replace(
                            " ", "")):
                    return joined
                continue
            if not (open_ or year_last) and not completes:
                continue
            if cut_year and not completes:
                continue  # a year's first digits go on with its other digits only
            if not open_ and not completes and _words(run[0])[:1] and (
                    _words(run[0])[0] not in _YEAR_NOUNS):
                continue
            joined = _join_term(term, run)
            if is_term_line(joined) and not _PREPOSITION_END.search(joined.lower()):
                # (No term ends on a preposition: a lone `к` there is another cut
                # cell's last letter, `Участни` / `к`.)
                return joined
    return term


_PREPOSITION_END = re.compile(r"\s(?:до|к|с|по|в)$")


def _comma_rest(term: str, tails: list[str], wrapped: list[bool], spaced: bool) -> str:
    """A term closed by its shape (`До 2030 года`) whose comma the column pushed to
    the next line, after the break (`,` / `далее` / `постоянно`): a line of a lone
    comma opens no cell, so after a line that ended its cell it is the next cut
    cell's, the term's, and the term words after it are its rest."""
    for p, text in enumerate(tails[:-1]):
        # (The lines stage may have glued the lone comma to the line before it.)
        if not text.strip().endswith(",") or _words(tails[p + 1])[:1] == [] or (
                _words(tails[p + 1])[0].lower() not in _TERM_WORDS):
            continue
        run = _tail_run(term + ",", tails, wrapped, p + 1, spaced)
        joined = _join_term(term + ",", run) if run else ""
        if joined and is_term_line(joined) and not term_open(joined):
            return joined
    return term


def _glue_year_rest(term: str, tails: list[str],
                    wrapped: list[bool]) -> tuple[list[str], list[bool]]:
    """A term cut inside its year by a page break (`до 2` / `0` | break | `2` / `4`,
    a column one digit wide): the year's rest is the first run of digit lines
    among the tails that completes it; the run is one line again. Its last piece
    may carry a range's dash (`20` | break | `2` / `2-` / `2026`: the dash stays
    on the line of the year it follows)."""
    m = re.search(r"(?:^|\s)((?:\d{2}\.\d{2}\.)?2(?:0\d?)?)$", term.strip())
    if not m:
        return tails, wrapped
    for p in range(len(tails)):
        rest, k = "", p
        while k < len(tails) and re.fullmatch(r"\d{1,3}[-–—]?", tails[k].strip()) and len(
                rest) < 4:
            rest += tails[k].strip()
            k += 1
            if not rest[-1].isdigit() and not _YEAR.fullmatch(m.group(1) + rest[:-1]):
                break
            if _YEAR.fullmatch(m.group(1) + rest.rstrip("-–—")):
                if k - p < 2:
                    break
                return ([*tails[:p], rest, *tails[k:]],
                        [*wrapped[:p], wrapped[k - 1], *wrapped[k:]])
    return tails, wrapped


def _fallback_name(texts: list[str], wrapped: list[bool] | None = None) -> int:
    """Lines of the name when no other section names the project: up to the goal,
    the first capitalised verbal noun after the first line, or the first line that
    opens a new cell (a capitalised word after a line that closes a phrase; where
    the dump marks wrapped lines, not after a wrapped one: the name goes on)."""
    for k, t in enumerate(texts[1:], start=1):
        if _GOAL_START.match(t) or is_term_line(t) or (
                cells.new_cell(t) and not cells.open_end(texts[k - 1])
                and not (wrapped and wrapped[k - 1])):
            return k
    return 1


def _known_prefix(texts: list[str], names: list[str]) -> int:
    """Lines opening `texts` that spell the first words of a name another section
    prints (12+ letters) though not all of it: sections 5 and 7 may print a short
    form of section 6's name (`… в рамках РСЧС` for `… в рамках Единой
    государственной системы … (РСЧС)`), so the cell is that name's up to where
    the wordings part, whatever the lines' capitals say (`Развитие` / `«Озера`)."""
    best = 0
    for known in names:
        for variant in dict.fromkeys((known, core(known))):
            k = _prefix_lines(texts, name_key(variant))
            if k > best and len(name_key(join_cell(texts[:k]))) >= 12:
                best = k
    return best


def _to_known_ending(texts: list[str], used: int, names: list[str], cut: bool) -> int:
    """A name that spells the first words of a known name and then parts from it
    (the other section words the middle short) goes on, on the same page, to the
    line where it ends as that name ends (`… уровня в рамках` / `Единой` / … /
    `(РСЧС) (рекомендовано` / `ФОИВ)`): a capitalised line there is no new cell.
    Not past the goal's first line (a verbal noun) or a term, nor over lines that
    quote the name (the goal: «… проекта «<name>» …»). In a row a page break
    cuts (`cut`), a name left open at the goal's first line ran to the page's
    foot (`(рекомендовано` | break | `ФОИВ)`): it takes the lines up to there."""
    name = join_cell(texts[:used])
    key = name_key(name)
    if used == 0 or len(key) < 12:
        return used
    for known in names:
        for variant in dict.fromkeys((known, core(known))):
            kk = name_key(variant)
            common = _common(kk, key)
            if common < 12 or common == len(kk) or common < len(key):
                continue
            end = _bare(kk[common:])
            if len(end) < 8 or _ends_like(_bare(key), end, variant):
                continue
            text = name
            for k in range(used, min(used + 15, len(texts))):
                t = texts[k]
                if _GOAL_START.match(t) and k > used and cut and open_end(text):
                    return k  # the cell ran to the page's foot open: its end is after
                if _GOAL_START.match(t) or is_term_line(t) or _repeats(name, texts[k:k + 4]):
                    break
                text = join_cell([text, t])
                if _ends_like(_bare(name_key(text)), end, variant):
                    return k + 1
    return used


def _without_number_tail(number: Line, tails: list[Line]) -> list[Line]:
    """The tails of a row cut by a page break, without the rest of its number
    (`5.` | break | `5`: the № column is the first, its rest comes first)."""
    if not (tails and number.text.endswith(".")):
        return tails
    # Its digits may themselves be wrapped in the narrow column (`5.` | break | `1` / `1`
    # for 5.11): a row number within a sector has at most two.
    k, digits = 0, ""
    while k < len(tails) and re.fullmatch(r"\d{1,2}\.?", tails[k].text) and len(
            digits + tails[k].text.rstrip(".")) <= 2:
        digits += tails[k].text.rstrip(".")
        k += 1
    return tails[k:]


_YEAR_PIECE = re.compile(r"(?:^|\s)((?:\d{2}\.\d{2}\.)?2(?:0\d?)?)$")
_YEAR = re.compile(r"(?:\d{2}\.\d{2}\.)?20\d\d")
_YEAR_START = re.compile(r"(?:\d{2}\.\d{2}\.)?20\d?")


def _glue_cut_years(lines: list[Line]) -> list[Line]:
    """A year or date cut by a term column narrower than it (`01.07.202` / `3`,
    `20` / `24`, digit by digit `2` / `0` / `3` / `0` where the column holds one
    character) is one line again, before row numbers are looked for: the rest of
    the year is a bare number, which reads as the next row's number (`3`) but
    comes right after the piece (no cell of a row comes between its term and
    the next row's number, and no term ends on `202`). A run of digit lines is
    glued where it completes the year, or, when it fills a line of its own, where
    it is the year's first digits (`2` / `0`: its rest follows a page break)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        k = _date_pieces(lines, i) or _date_rest_pieces(lines, i)
        if k:
            # A date cut anywhere by a column narrower than it (`до 01.0` / `7.20` / `23`).
            raw = ln.raw.rstrip() + "".join(x.raw.strip() for x in lines[i + 1 : k - 1])
            out.append(Line(ln.no, raw + lines[k - 1].raw.lstrip(), ln.page, ln.brk))
            i = k
            continue
        m = _YEAR_PIECE.search(ln.text)
        if m:
            piece, k = m.group(1), i + 1
            while (k < len(lines) and not lines[k].brk and not _YEAR.fullmatch(piece)
                   and re.fullmatch(r"\d{1,3}", lines[k].text)
                   and len(piece) + len(lines[k].text) <= len(m.group(1)) + 3):
                piece += lines[k].text
                k += 1
            if k > i + 1 and (_YEAR.fullmatch(piece) or (
                    m.group(1) == ln.text and _YEAR_START.fullmatch(piece))):
                raw = ln.raw.rstrip() + "".join(x.raw.strip() for x in lines[i + 1 : k - 1])
                out.append(Line(ln.no, raw + lines[k - 1].raw.lstrip(), ln.page, ln.brk))
                i = k
                continue
        out.append(ln)
        i += 1
    return out


def _glue_year_after_break(lines: list[Line]) -> list[Line]:
    """A term cut inside its year by the column and then by a page break (`202` |
    break | the name's and the goal's rests | `4`): no term ends on `20` or `202`,
    so the first bare number after the break that makes the year whole is its
    rest (cells' rests come in column order), not the next row's number."""
    out = list(lines)
    for i, ln in enumerate(out):
        m = _YEAR_PIECE.search(ln.text)
        if not m or not m.group(1).endswith(("20", "202")) or ln.wrapped:
            continue
        b = next((k for k in range(i + 1, min(i + 60, len(out))) if out[k].brk), None)
        if b is None or any(re.match(r"\d", x.text) for x in out[i + 1 : b]) or (
                i and re.search(r"\d[-–—]$", out[i - 1].text)):
            continue  # the year goes on before the break, or ends a range (`2022-` / `20`)
        j = next((k for k in range(b, len(out)) if re.fullmatch(r"\d{1,3}", out[k].text)
                  or (k > b and out[k].brk)), None)
        if j is None or (out[j].brk and j > b) or not _YEAR.fullmatch(m.group(1) + out[j].text):
            continue
        if out[j].wrapped or (j + 1 < len(out) and _year_noun_opens(out[j + 1].text)):
            continue  # the term goes on (`3 ` / `года`): its rest is read with it
        if j == b or not re.search(r"[^\W\d_]", out[j - 1].text):
            continue  # the № column's rest comes first (`.` / `1` / `1` for 5.11)
        out[i] = Line(ln.no, ln.raw.rstrip() + out[j].text, ln.page, ln.brk)
        if j + 1 < len(out) and out[j].brk:
            nxt = out[j + 1]
            out[j + 1] = Line(nxt.no, nxt.raw, nxt.page, True)
        out[j] = Line(out[j].no, "", out[j].page, False)
    return [ln for ln in out if ln.raw != ""]


def _year_noun_opens(text: str) -> bool:
    """`text` opens with a lower-case year noun (`года`, `г.`): the term's own rest
    after its year. Another lower-case line after the year's last digits is the next
    cut cell's rest (the description's `планируется: …`), not the term's."""
    words = _words(text)
    return bool(words) and words[0] in _YEAR_NOUNS and text.strip()[:1].islower()


_DATE_REST = re.compile(r"\d?\.\d{2}\.20\d\d")


def _date_rest_pieces(lines: list[Line], i: int) -> int:
    """End of a run of two or more bare lines from `i` whose digits and dots make
    the rest of a date whose first digits a page break left before it (`до 0` |
    break | `1.` / `0` / `7.` / `2` / `0` / `2` / `3`, a term column one or two
    characters wide; the lines stage may pair them `1.0` / `7.2`), or 0. Its last
    digit would read as the next row's number; no row number or value is a
    month and year with dots."""
    text = ""
    for k in range(i, min(i + 10, len(lines))):
        if (k > i and lines[k].brk) or not re.fullmatch(r"[\d.]{1,4}", lines[k].text):
            return 0
        text += lines[k].text
        if k > i and _DATE_REST.fullmatch(text):
            return k + 1
        if len(text) >= 9:
            return 0
    return 0


def _date_pieces(lines: list[Line], i: int) -> int:
    """End of a run of lines from `i` whose digits and dots make a whole date
    (`01.0` / `7.20` / `23`: `ДД.ММ.ГГГГ` cut by a narrow term column; the first
    piece may follow a term word on its line), or 0. No row number or value
    makes a date so."""
    m = re.search(r"(?:^|\s)(\d{1,2}(?:\.\d{0,2}){0,2}\.?)$", lines[i].text)
    if not m:
        return 0
    text = m.group(1)
    for k in range(i + 1, min(i + 6, len(lines))):
        if lines[k].brk or not re.fullmatch(r"[\d.]{1,4}", lines[k].text):
            return 0
        text += lines[k].text
        if re.fullmatch(r"\d{2}\.\d{2}\.20\d\d", text):
            return k + 1
        if len(text) >= 10:
            return 0
    return 0


def _join_cut_row_numbers(lines: list[Line], sector_no: int) -> list[Line]:
    """A dotted row number cut by a page break (`5.1` | break | `3` for 5.13): its
    first piece repeats a number the sector already printed (each row's number is
    printed once), and its rest is the first line after the break (the № column's
    tail comes first). The number is whole again and its rest is dropped. The
    piece may share its line with the name's first word (`5.1 Создание`), and the
    rest with the name's tail (`1 науки»`): those stay. Also a number cut after its
    dot (`5. Личный` | break | `2`)."""
    out = list(lines)
    seen: set[str] = set()
    dotted = re.compile(rf"({sector_no}\.\d{{1,2}})(?: ([А-ЯЁ«\"].*))?")
    cut_at_dot = re.compile(rf"{sector_no}\. ([А-ЯЁ«\"].*)")
    for i, ln in enumerate(out):
        m = dotted.fullmatch(ln.text)
        if not m and (a := cut_at_dot.fullmatch(ln.text)):
            # Cut right after its dot (`5.` | break | `2`) and sharing its line with
            # the name's first word (`5. Личный`): whole again where the first line
            # after the next break is the number's rest and no row starts before it.
            b = next((k for k in range(i + 1, len(out)) if out[k].brk), None)
            cut = re.fullmatch(r"(\d{1,2})(?: (\S.*))?", out[b].text) if b is not None else None
            whole = f"{sector_no}.{cut.group(1)}" if cut else ""
            if b is not None and cut and whole not in seen and not any(
                    dotted.fullmatch(x.text) for x in out[i + 1 : b]):
                _restore_tail(out, b, cut.group(2))
                out[i] = Line(ln.no, f"{whole} {a.group(1)}" + (" " if ln.wrapped else ""),
                              ln.page, ln.brk)
                seen.add(whole)
            continue
        if not m:
            continue
        number, name = m.group(1), m.group(2)
        wrapped_here = not name and i + 1 < len(out) and re.fullmatch(
            r"\d{1,2}", out[i + 1].text)
        if number in seen and not wrapped_here:
            # (`5.1` / `1` on one page is 5.11 wrapped in the column: not cut.)
            b = next((k for k in range(i + 1, len(out)) if out[k].brk), None)
            cut = re.fullmatch(r"(\d)(?: (\S.*))?", out[b].text) if b is not None else None
            if b is not None and cut and not any(
                    dotted.fullmatch(x.text) for x in out[i + 1 : b]):
                _restore_tail(out, b, cut.group(2))
                whole = f"{number}{cut.group(1)}"
                raw = f"{whole} {name}" + (" " if ln.wrapped else "") if name else whole
                out[i] = Line(ln.no, raw, ln.page, ln.brk)
                seen.add(whole)
                continue
        seen.add(number)
    return _join_number_pieces(_join_cut_bare_numbers(
        [ln for ln in out if ln.raw != ""]), sector_no)


def _restore_tail(out: list[Line], b: int, rest: str | None) -> None:
    """Drop a cut row number's rest, the first line after the break at `b`; the
    name's tail printed on its line (`0 еская`) stays, keeping the wrap mark."""
    first = out[b]
    if rest:
        out[b] = Line(first.no, rest + (" " if first.wrapped else ""), first.page, True)
        return
    out[b] = Line(first.no, "", first.page, False)
    if b + 1 < len(out):
        nxt = out[b + 1]
        out[b + 1] = Line(nxt.no, nxt.raw, nxt.page, True)


def _join_cut_bare_numbers(lines: list[Line]) -> list[Line]:
    """A bare row number cut by a page break (`1` | break | `4` for row 14 of a table
    numbered `1`, `2`, …): its first digit repeats a number the table already
    printed, a name opens after it, and the first line after the break (the №
    column's tail comes first) is the digit that makes the next number in sequence.
    The number is whole again and its rest is dropped."""
    out = list(lines)
    last = 0
    for i, ln in enumerate(out):
        merged = re.fullmatch(r"(\d{1,2}) ([А-ЯЁ«\"].*)", ln.text)
        if merged:
            # The number printed on one line with the name's first word (`1 Биометрич`).
            n = int(merged.group(1))
            if n == last + 1:
                last = n
                continue
            b = next((k for k in range(i + 1, len(out)) if out[k].brk), None)
            cut = re.fullmatch(r"(\d)(?: (\S.*))?", out[b].text) if b is not None else None
            if n < last and b is not None and b - i <= 40 and cut and int(
                    merged.group(1) + cut.group(1)) == last + 1:
                out[i] = Line(ln.no, f"{merged.group(1)}{cut.group(1)} {merged.group(2)}"
                              + (" " if ln.wrapped else ""), ln.page, ln.brk)
                _restore_tail(out, b, cut.group(2))
                last += 1
            continue
        if not re.fullmatch(r"\d{1,2}", ln.text):
            continue
        n = int(ln.text)
        nxt = out[i + 1].text if i + 1 < len(out) else ""
        if re.fullmatch(r"\d", nxt) and int(ln.text + nxt) == last + 1:
            last += 1  # a number wrapped inside the narrow column (`1` / `0`)
            continue
        if n == last + 1 and cells.starts_upper(nxt or "x"):
            last = n
            continue
        if not (n < last and i + 1 < len(out) and not out[i + 1].brk
                and cells.starts_upper(out[i + 1].text)):
            continue
        b = next((k for k in range(i + 1, len(out)) if out[k].brk), None)
        if b is None or b - i > 40 or not re.fullmatch(r"\d", out[b].text) or int(
                ln.text + out[b].text) != last + 1:
            continue
        out[i] = Line(ln.no, ln.text + out[b].text, ln.page, ln.brk)
        out[b] = Line(out[b].no, "", out[b].page, False)
        if b + 1 < len(out):
            nxt = out[b + 1]
            out[b + 1] = Line(nxt.no, nxt.raw, nxt.page, True)
        last += 1
    return [ln for ln in out if ln.raw != ""]


def _join_number_pieces(lines: list[Line], sector_no: int) -> list[Line]:
    """A dotted row number cut by a page break where the № column is too narrow for
    it: before the break the sector's number alone (`2` / `.`, or printed on one line
    with the name's first word, `1 Цифровое`), after it the rest of the number first
    among the tails (`.` / `2`, `4 регистро` with the name's tail on its line); or
    the sector's number with its dot (`2.` | break | `1`) for the sector's first
    row in a table whose later rows print `2.2`, `2.3` (no number before it tells
    the style). The number is whole again before the break and its rest is
    dropped after it."""
    out = list(lines)
    sec = str(sector_no)
    row = re.compile(rf"{sec}\.\d{{1,2}}\.?(?: .*)?")
    i = 0
    while i < len(out):
        ln = out[i]
        alone = (ln.text == sec and i + 1 < len(out) and out[i + 1].text == "."
                 and not out[i + 1].brk)
        merged = re.fullmatch(rf"{sec} ([А-ЯЁ«\"].*)", ln.text)
        # The sector's number with its dot on the name's first line, for its first
        # row (`6. Электронны` | break | `1` / `й реестр`): no row number before it.
        merged_dot = None if merged else re.fullmatch(rf"{sec}\. ([А-ЯЁ«\"].*)", ln.text)
        if merged_dot and any(row.fullmatch(x.text) for x in out[:i]):
            merged_dot = None
        # The sector's number alone before a name, its `.` and row digits after the
        # break (`2` / `Облачная` | break | `.` / `2`): the № column's rest comes first.
        bare = (ln.text == sec and i + 1 < len(out) and not out[i + 1].brk
                and cells.starts_upper(out[i + 1].text))
        dotted = (ln.text == f"{sec}." and i + 1 < len(out) and not out[i + 1].brk
                  and cells.starts_upper(out[i + 1].text)
                  and any(row.fullmatch(x.text) for x in out[i + 1 :])
                  and not any(row.fullmatch(x.text) for x in out[:i]))
        b = next((k for k in range(i + 1, len(out)) if out[k].brk), None) if (
            alone or merged or dotted or bare or merged_dot) else None
        if b is None or b - i > 40:
            i += 1
            continue
        tail = [x.text for x in out[b : b + 2]]
        digits, rest, used = "", "", 0
        if len(tail) == 2 and tail[0] == "." and re.fullmatch(r"\d{1,2}", tail[1]):
            digits, used = tail[1], 2
        elif m := re.fullmatch(r"\.?(\d{1,2})(?: (.+))?", tail[0] if tail else ""):
            digits, rest, used = m.group(1), m.group(2) or "", 1
        if (len(digits) == 1 and not rest and b + used < len(out)
                and re.fullmatch(r"\d", out[b + used].text)
                and any(x.text.split(" ")[0] == f"{sec}.{digits}" for x in out[:i])):
            # Its row digits each on a line of their own (`.` / `1` / `3` for 5.13):
            # the sector already printed the number the first digit alone makes.
            digits, used = digits + out[b + used].text, used + 1
        if merged_dot and digits == "1" and tail[0][:1] != "." and b - i <= 40:
            out[i] = Line(ln.no, f"{sec}.1 {merged_dot.group(1)}", ln.page, ln.brk)
            _restore_tail(out, b, rest or None)
            i += 1
            continue
        if not digits or ((merged or bare) and tail[0][:1] != ".") or (dotted and (
                used != 1 or rest or tail[0] != "1")):
            i += 1
            continue
        number = f"{sec}.{digits}"
        if alone or dotted or bare:
            out[i] = Line(ln.no, number, ln.page, ln.brk)
            if alone:
                out[i + 1] = Line(out[i + 1].no, "", out[i + 1].page, False)
        else:
            assert merged is not None
            out[i] = Line(ln.no, f"{number} {merged.group(1)}", ln.page, ln.brk)
        first = out[b]
        for k in range(b, b + used):
            out[k] = Line(out[k].no, "", out[k].page, False)
        if rest:
            # (The line keeps its wrap mark.)
            out[b] = Line(first.no, rest + (" " if first.wrapped else ""), first.page, True)
        elif b + used < len(out):
            nxt = out[b + used]
            out[b + used] = Line(nxt.no, nxt.raw, nxt.page, True)
        i += 1
    return [ln for ln in out if ln.raw != ""]


def _cut_head(heads: list[str], marks: list[bool], spaced: bool) -> Callable[[str], bool]:
    """Whether `letters` complete a word that a later cell's head line (`heads`,
    the lines after the name before the page break) ends on, cut there by the
    break (no wrap mark where the dump marks wrapped lines): `качеств` | `а`. The
    letters glued after the name's tail are then that cell's rest."""
    ends = [re.search(r"[А-Яа-яЁё]+$", t.strip()) for t, w in zip(heads, marks, strict=True)
            if not (spaced and w)]
    words = [e.group() for e in ends if e]
    return lambda letters: any(is_word(w + letters) for w in words)


def _vocabulary(names: list[str]) -> frozenset[str]:
    """The words of the names other sections print (lower case)."""
    return frozenset(w.lower() for n in names for w in re.findall(r"[А-Яа-яЁё]+", n))


def _cut_word(before: str, after: str, vocab: frozenset[str]) -> bool:
    """`after` opens with the rest of a word `before` ends with (a line that ends
    inside a word has no trailing space either): the dictionary says so, or the
    two pieces make a word of a name another section prints."""
    end = re.search(r"[А-Яа-яЁё]+$", before.rstrip())
    start = re.match(r"[а-яё]+", after.strip())
    return bool(end and start) and (
        broken_word(before, after) or (end.group() + start.group()).lower() in vocab)


def _closes_foreign_quote(text: str) -> bool:
    """`text` closes a quote it never opened: it ran into the goal, which quotes
    the project's name («… реализации проекта «<name>», сокращение …»)."""
    return text.count("»") > text.count("«")


_ACRONYM = re.compile(r"[А-ЯЁA-Z]{2,}")


def _acronyms_on(name: str, line: str) -> bool:
    """`line` is only acronyms and `name` ends with a run of them (`… ЕИСУ КС ВС` /
    `СМС`): the run was broken at a line that filled the column (no wrap mark
    kept); the next cell opens with a word (the goal: «Повышение …»), not a bare
    acronym. (An acronym a narrow column cut, `ЕИС` / `У КС`, is one: a lone capital
    after an acronym is its last letter.)"""
    words = line.split()
    last = re.sub(r"(?<=[А-ЯЁA-Z]{2}) (?=[А-ЯЁA-Z](?:\s|$))", "", name).split()[-2:]
    return bool(words) and all(_ACRONYM.fullmatch(w) for w in words) and len(last) == 2 and all(
        _ACRONYM.fullmatch(w) for w in last)


def _filled_line(line: str, before: list[str], nxt: str) -> bool:
    """A line of several words as wide as the widest of the cell's lines before it
    filled the column (LibreOffice drops the space at the end of such a line), so
    the missing wrap mark does not say the cell ended: `уровня в рамках` / `Единой`
    goes on, unless the next line opens a goal (a capitalised verbal noun,
    «Повышение …») or is a term."""
    return (len(line.split()) > 1 and len(before) >= 3 and len(line) >= max(map(len, before))
            and not _GOAL_START.match(nxt) and not is_term_line(nxt))


def _leaves_known(name: str, text: str, names: list[str]) -> bool:
    """The name so far begins a known name (sections 5, 7), the line does not go
    on spelling it, and its words repeat the name's own: the next cell quoting the
    name (the goal, «… проекта «<name>» …»), where the name's rest follows a later
    page break (`исполнительной⏎` | goal's tail `туристических маршрутов с` | break
    | `власти и …`)."""
    key, cand = name_key(name), name_key(join_cell([name, text]))
    targets = [name_key(v) for v in names]
    # (The name's last piece may hold the next cell's first letters, glued to it by
    # the lines stage: `(рекоме` + `на`.)
    return (any(len(t) > len(key) and _common(t, key) >= len(key) - 3 for t in targets)
            and not any(t.startswith(cand) or cand.startswith(t) for t in targets)
            and _word_run(text) in _word_run(name))


def _common(a: str, b: str) -> int:
    """How many first letters `a` and `b` share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _follow_wraps(name: str, texts: list[str], wrapped: list[bool], used: int,
                  tails: list[Line], n_tail: int, vocab: frozenset[str],
                  names: list[str] | None = None) -> tuple[int, int, str]:
    """Where the dump marks wrapped lines, a name whose last line was wrapped (or
    that is left open, or ends inside a word) goes on: on the next line while
    that goes on the phrase (lower case, acronyms, a bracketed remark; any line
    in a row no page break cuts), else after the page break, where the name's
    rest opens the tails; there it runs while its lines were wrapped (or end
    inside a word, or leave the name open: a line filled to the column's width
    loses its space), up to the next break, and not past a line that quotes the
    name where it stops spelling the known name it begins (`_leaves_known`).
    Returns (head lines used, tail lines used, name)."""
    if n_tail == 0:
        if used == 0:
            return used, n_tail, name
        k = used
        while k < len(texts) and (_acronyms_on(name, texts[k]) or ((
                wrapped[k - 1] or open_end(name) or texts[k][:1].islower()) and (
                goes_on(texts[k]) or texts[k].lstrip().startswith("(")
                or (wrapped[k - 1] and not tails)))
                or (not tails and _filled_line(texts[k - 1], texts[: k - 1], texts[k]))):
            # A row no page break cuts goes on with a wrapped line's next line
            # whatever it opens with; a cut one may have reached the page's foot.
            # In the heads no cell opens in lower case: such a line goes on the
            # name even after one that lost its space (filled to the width).
            name = join_cell([name, texts[k]])
            k += 1
        used = k
        if not tails:
            return used, n_tail, name
        if k < len(texts) and (wrapped[k - 1] or _cut_word(texts[k - 1], tails[0].text, vocab)):
            # The next line opens another cell: the name was cut at the page's foot.
            prev, prev_wrapped = texts[k - 1], wrapped[k - 1]
        elif k == len(texts):
            prev, prev_wrapped = texts[k - 1], wrapped[k - 1]
        elif k < len(texts) and _spells_on(name, tails[0].text, names or [],
                                           tails[0].wrapped, least=1):
            # The name's last line before the break filled the column (no mark,
            # `Разв` / `итие`) and the first tail goes on spelling a known name
            # (`«Озера`): the name column's tail comes first after the break.
            prev, prev_wrapped = texts[k - 1], True
        else:
            return used, n_tail, name
    else:
        prev, prev_wrapped = tails[n_tail - 1].text, tails[n_tail - 1].wrapped
        if prev_wrapped and not name.endswith(prev.strip()) and name_key(name) in {
                name_key(v) for v in names or []} and not longer_names(name, names or []):
            # The last tail line spelled a known name whole but for a few letters
            # the lines stage glued to it from the next cell (`работ` + `а`): its
            # wrap mark is that cell's (unless a longer known name goes on there).
            return used, n_tail, name
    take: list[str] = []
    u = n_tail
    known = {name_key(v) for v in names or []}
    while u < len(tails) and (u == 0 or not tails[u].brk):
        text = tails[u].text
        if not prev_wrapped and name_key(join_cell([name, *take])) in known:
            break  # a known name spelled whole on an unmarked line: it ended there
        if (closed := _closed_before_glued(join_cell([name, *take]), prev, names or [])):
            name, take, n_tail = closed, [], u
            break
        if not (prev_wrapped or _cut_word(prev, text, vocab)
                or (open_end(join_cell([name, *take])) and not new_cell(text))
                or _spells_on(join_cell([name, *take]), text, names or [],
                              tails[u].wrapped)
                or _known_remark(join_cell([name, *take]), text, names or [])):
            break
        if _closes_foreign_quote(join_cell([name, *take, text])):
            break  # the next cell quoting the name: «… проекта «<name>», сокращение …»
        if _leaves_known(join_cell([name, *take]), text, names or []):
            break
        if _rest_after_break(join_cell([name, *take]), text, names or [],
                             [ln.text for ln in tails[u + 1:]],
                             [ln.brk for ln in tails[u + 1:]], tails[u].wrapped):
            break
        take.append(text)
        prev, prev_wrapped = text, tails[u].wrapped
        u += 1
    if take:
        name, n_tail = join_cell([name, *take]), u
    return used, n_tail, name


def _closed_before_glued(name: str, last: str, names: list[str]) -> str | None:
    """`name` without the punctuation the lines stage glued to its last line `last`
    from the next cell, or None. The name spells a known name whole, which its bracket
    closes, and `last` ends with punctuation after that bracket (`ФОИВ),`, `ФОИВ))`):
    the next cell's lone comma or closing bracket (the goal's `населению` / `,`, its
    `(ВИМИС` / `)`) was glued to the line, so its wrap mark is that cell's, not the
    name's; no longer known name goes on there."""
    m = re.search(r"\)([,.;:)]+)$", last.strip())
    if not m or not name.rstrip().endswith(m.group(0)):
        return None
    trimmed = name.rstrip()[: -len(m.group(1))]
    if trimmed.count("(") != trimmed.count(")"):
        return None
    if any(v.rstrip().endswith(")") and name_key(v) == name_key(trimmed) for v in names) and (
            not longer_names(trimmed, names)):
        return trimmed
    return None


@lru_cache(maxsize=4096)
def _word_ends(name: str) -> frozenset[int]:
    """Lengths of `name`'s key at which one of its words ends."""
    ends, n = set(), 0
    for word in name.split():
        n += len(name_key(word))
        ends.add(n)
    return frozenset(ends)


def _known_go_on(name: str, text: str, whole: bool, names: list[str],
                 least: int = 4) -> list[str] | None:
    """Known names (or cores) that `name` (`least` words or more) properly begins
    at one of their words' ends, or None when it begins none; of them, those
    `text` goes on spelling — up to a word's end where `text` ended at a space
    (`whole`): `и⏎` does not go on `органов` / `исполнительной`."""
    key = name_key(name)
    if len(name.split()) < least:
        return None
    variants = [v for n in names for v in (n, core(n))]
    begun = [v for v in variants if len(name_key(v)) > len(key) and name_key(v).startswith(key)
             and (least >= 4 or len(key) in _word_ends(v))]
    if not begun:
        return None
    cand = name_key(join_cell([name, text]))
    return [v for v in begun if cand != key and name_key(v).startswith(cand)
            and (not whole or len(cand) in _word_ends(v))]


def _spells_on(name: str, text: str, names: list[str], whole: bool = True,
               least: int = 4) -> bool:
    """`name` is a known name's proper beginning (4+ words) and `text` goes on
    spelling that name: the line before lost its wrap mark by filling the
    column (LibreOffice drops the space there, `серв` / `исов` / `на` in a
    column four letters wide), so the cell goes on — sections 5, 6 and 7 name
    the same projects."""
    return bool(_known_go_on(name, text, whole, names, least))


def _head_of_known(texts: list[str], tails: list[Line], names: list[str]) -> int:
    """Head lines that spell a known name's first words (`Единая`), where the
    first line after the break goes on spelling it (`информационная`): the name
    column's tail comes first after a break, so the name was cut there and the
    next head line (`Повышени`) is the goal's. Returns the lines, or 0."""
    if not tails:
        return 0
    best = 0
    for v in (v for n in names for v in (n, core(n))):
        k = _prefix_lines(texts, name_key(v))
        if k > best and _spells_on(join_cell(texts[:k]), tails[0].text, names,
                                   tails[0].wrapped, least=1):
            best = k
    return best


def _known_remark(name: str, text: str, names: list[str]) -> bool:
    """`text` opens a bracket whose words the end of a known name prints, one that
    `name` begins like (12+ letters) but words otherwise in the middle (`в рамках
    РСЧС` for `в рамках Единой … ситуаций`): the name's `(РСЧС)` after a line that
    filled the column (`ситу` / `аций`, no mark)."""
    if not text.startswith("(") or _word_run(text) in _word_run(name):
        return False  # (a remark the name printed already is the next cell's quote)
    key, words = name_key(name), _word_run(text).split()
    for known in names:
        kk = name_key(known)
        common = next((n for n, (a, b) in enumerate(zip(kk, key, strict=False))
                       if a != b),
                      min(len(kk), len(key)))
        if common >= 12 and words and all(
                f" {w} " in f" {_word_run(known[len(core(known)) // 2:])} " for w in words):
            return True
    return False


def _remark_lines(lines: list[Line], names: list[str]) -> int:
    """How many of `lines` spell, from the first, a whole remark a known name ends
    with (`(рекоменд` / `овано` / `ФОИВ)`), else 0: a name's run that closed on a
    line filled to its column (no mark) still goes on with the template's remark."""
    if not lines or not lines[0].text.startswith("("):
        return 0
    remarks = {name_key(r) for n in names for r in re.findall(r"\([^()]*\)$", n)}
    acc = ""
    for k, ln in enumerate(lines[:8]):
        acc += name_key(ln.text)
        if acc in remarks:
            return k + 1
        if not any(r.startswith(acc) for r in remarks):
            return 0
    return 0


def _closing_remark(name: str, tails: list[Line], n_tail: int, names: list[str]) -> int:
    """How many tails after the name's rest spell a remark known names end with
    (`(рекомендовано ФОИВ)`, the template's), the last closing on its bracket, or
    0: the name's last line after the break filled its column (no mark), so its
    cell may go on; the remark ends the name's cell, while a quote of the name in
    the goal's or description's tail closes with `»`."""
    if not (0 < n_tail < len(tails)) or tails[n_tail - 1].wrapped or name.endswith(")"):
        return 0
    k = _remark_lines(tails[n_tail:], names)
    return k if k and tails[n_tail + k - 1].text.endswith(")") else 0


def _remark_after_break(name: str, tails: list[Line], n_tail: int,
                        names: list[str]) -> list[Line]:
    """The lines after a later page break that finish a known name's remark the
    name left open at its column's last line on the page (`(рек` | goal's tail |
    break | `омендова` / `но ФОИВ)`): to the line that closes it, or none."""
    opened = re.search(r"\([^()]*$", name)
    if not opened:
        return []
    piece = name_key(opened.group())
    remarks = [r for n in names for r in (name_key(x) for x in re.findall(r"\([^()]*\)", n))
               if len(r) > len(piece) and r.startswith(piece)]
    for b in (k for k in range(max(n_tail, 1), len(tails)) if tails[k].brk):
        acc, run = piece, []
        for ln in tails[b:b + 8]:
            if run and ln.brk:
                break
            acc += name_key(ln.text)
            if not any(r.startswith(acc) for r in remarks):
                break
            run.append(ln)
            if acc in remarks:
                return run
    return []


def _rest_after_break(name: str, text: str, names: list[str], later: list[str],
                      breaks: list[bool], whole: bool = True) -> bool:
    """`name` (4+ words) is a known name's proper beginning, `text` does not go on
    spelling any known name it begins, and a later page break opens with that
    name's next word: the name's line was the last its column printed on this
    page (its wrap mark says it goes on after the break), and `text` is the next
    cell's tail (the goal's `и` / `доступности услуг …` after `органов⏎`)."""
    going = _known_go_on(name, text, whole, names)
    if going:
        return False
    key = name_key(name)
    rests = [name_key(v)[len(key):] for n in names for v in (n, core(n))
             if len(name_key(v)) > len(key) and name_key(v).startswith(key)]
    opened = re.search(r"\([^()]*$", name)
    if going is None and opened:
        # A remark of a known name begun (`(рек`) that `text` does not go on.
        piece, cand = name_key(opened.group()), name_key(opened.group() + " " + text)
        remarks = [name_key(r) for n in names for r in re.findall(r"\([^()]*\)", n)]
        if any(r.startswith(cand) for r in remarks):
            return False
        rests = [r[len(piece):] for r in remarks if len(r) > len(piece) and r.startswith(piece)]
    elif going is None:
        return False
    starts = [k for k, b in enumerate(breaks) if b]
    return any(_opens_with(r, later[k:k + 6]) for r in rests if r for k in starts)


def _opens_with(rest: str, lines: list[str]) -> bool:
    """`lines` open with `rest` (a key) for 6+ letters (or all of it): the name's
    rest after a break may come one short word a line (`и` / `подведомственных`)."""
    acc = ""
    for text in lines:
        acc += name_key(text)
        if len(acc) >= min(6, len(rest)):
            return rest.startswith(acc) or acc.startswith(rest)
    return False


def _quotes_from(name: str, lines: list[str]) -> bool:
    """`lines` open with four words that `name` prints in a row, anywhere in it:
    a later cell quoting the name (the goal, «… проекта «<name>» …»)."""
    words = _word_run(join_cell(lines)).split()
    return len(words) >= 4 and _word_run(" ".join(words[:4])) in _word_run(name)


def _equal_runs(tails: list[Line], ends: tuple[int, ...], p: int, e: int) -> int | None:
    """Where no run divides the middle page (a later cell ended on it), the name's
    run and the goal's are still equally long (both go on past the page): the goal's
    ends where a far wider column's lines begin (its cell ended on the page, the
    name's and goal's columns are narrow). The end of the name's run among `ends`
    making the two runs one long (one line of slack for a glued piece), else None."""
    # (Lines of two or more words show a column's width; a one-word line may be a
    # word the lines stage glued from pieces, wider than its column.)
    widths = [len(t.text) for t in tails[:p] if len(t.text.split()) > 1]
    if not widths:
        return None
    d = next((k for k in range(p + 1, e) if len(tails[k].text.split()) > 1
              and len(tails[k].text) > 2 * max(widths)), None)
    if d is None:
        return None
    diffs = [(abs((tails[b].no - tails[0].no) - (tails[d].no - tails[b].no)), b)
             for b in ends if b >= 1]
    best = min(diffs, default=None)
    return best[1] if best and best[0] <= 1 else None


def _known_end(base: str, texts: list[str], p: int, names: list[str],
               pre: str = "", cut: tuple[str, ...] = ()) -> int | None:
    """Where the name before the break begins a longer known name (sections 5 and 7
    print it whole), the middle page's name run ends at the last line before the
    goal's quote opens on line `p` that still spells the known name: the goal's
    lead-in before its quote (`услуг за` / `счет` / `реализации` / `проекта`) spells
    no name and takes at most `lead_in_letters` letters — counted in letters, not
    lines, as a narrow goal column prints the same lead-in in many lines (`pre`: the
    lead-in's words on line `p` before the quote mark, `проекта «Переход`; `cut`: the
    row's unmarked lines before the first break, whose last piece of a word cut at the
    page's foot the lead-in may open with). None where no known name is begun or the
    run reaches `p` still spelling it (the other rules decide)."""
    if not names or not longer_names(base, names):
        return None
    keys = {name_key(v) for n in names for v in (n, core(n))}
    for b in range(p, 0, -1):
        if sum(len(t) for t in texts[b:p]) + len(pre) > SETTINGS.lead_in_letters:
            return None
        name = join_cell([base, *texts[:b]])
        key = name_key(name)
        if any(k.startswith(key) for k in keys):
            lead = [*texts[b:p], *([pre] if pre else [])]
            if b == p or not _lead_in(lead, cut) or (key in keys and parens_open(name)):
                # (A known name ending inside an open bracket was cut short in
                # the section that printed it: it cannot say where this one ends.)
                return None
            # (A line the name goes on with, glued to the goal's first word by
            # the joins — `объединение и` — is the name's, not a lead-in.)
            first = name_key(texts[b].split()[0])
            goes_on_with = any(k.startswith(key + first) for k in keys)
            return None if goes_on_with else b
    return None


def _long_lead_in(base: str, texts: list[str], p: int, names: list[str], pre: str,
                  cut: tuple[str, ...]) -> int | None:
    """Where a known name cut inside its bracket is begun, the line the name's run
    ends after where the page's equal runs say nothing (cells ending on the page
    print shorter runs) or the goal's lead-in is longer than `lead_in_lines` (a
    narrow goal column): the last line before the quote on line `p` that still
    spells a known name, with all lines from it to the quote reading as the lead-in
    within `lead_in_letters`. None where there is none."""
    keys = {name_key(v) for n in names for v in (n, core(n))}
    for b in range(p - 1, 0, -1):
        if sum(len(t) for t in texts[b:p]) + len(pre) > SETTINGS.lead_in_letters:
            return None
        key = name_key(join_cell([base, *texts[:b]]))
        if any(k.startswith(key) for k in keys):
            return b if _lead_in([*texts[b:p], *([pre] if pre else [])], cut) else None
    return None


def _quoted_seam(texts: list[str], ends: tuple[int, ...], b: int, e: int) -> int:
    """The end of the name's run on the middle page that the later cells' quotes
    confirm. The name's rest opens the lines after the next break (`texts[e]`), and
    the goal (or the description) quoting the name prints the seam between the run's
    last word and that rest (`цикла` / | / `производства` as `цикла производства`)
    on the page, after the name's run. Where the run ending at `b` leaves a seam no
    later cell prints and exactly one other end among `ends` leaves one they do
    (equal runs one line apart are a tie the page's slack cannot break), that end;
    else `b`."""
    rest = texts[e].split()[:1] if e < len(texts) else []
    if not rest:
        return b

    def quoted(c: int) -> bool:
        last = texts[c - 1].split()[-1:] if c >= 1 else []
        return bool(last) and _word_run(f"{last[0]} {rest[0]}") in _word_run(
            join_cell(texts[c:e]))

    if quoted(b):
        return b
    hits = [c for c in ends if c != b and 1 <= c < e and quoted(c)]
    return hits[0] if len(hits) == 1 else b


def _quote_opens(name: str, lines: list[str]) -> str | None:
    """The goal's quote of the name opens on `lines[0]` (`проекта «Переход` or
    `«Переход к`): the words after its last opening quote mark, with the next lines,
    spell the name's first four words — the template's goal quotes the name from its
    start («… реализации проекта «<name>» …»). Letters only are compared, so a word
    the name still holds in two pieces (`проак` / `тивному`, cut at a page's foot)
    matches too. Returns the words before the mark on that line (the goal's lead-in,
    maybe ""), or None where no quote of the name opens there."""
    first = lines[0] if lines else ""
    at = max(first.rfind(q) for q in _OPEN_QUOTES)
    if at < 0:
        return None
    words = _word_run(join_cell([first[at + 1:], *lines[1:]])).split()
    if len(words) < 4:
        return None
    return first[:at].strip() if name_key(name).startswith(name_key(" ".join(words[:4]))) else None


def _lead_in(lines: list[str], cut: tuple[str, ...] = ()) -> bool:
    """Lines that read as the goal's lead-in: lower-case whole words only (no
    remark opening `(`, no piece of a word cut by the column, which may be the
    name's own word the joins spell differently). The first may be the rest of a
    word the goal's column cut at the page's foot (`Повыш` before the break, `ение`
    after it): one of the `cut` lines before the break glued to it spells a word."""
    words = [w for t in lines for w in t.split()]
    if words and _opens_with_rest(words[0], cut):
        words = words[1:]
    return bool(words) and all(w[:1].islower() and is_word(w) for w in words)


def _opens_with_rest(line: str, cut: tuple[str, ...]) -> bool:
    """`line` opens with the rest of a word whose first piece ends one of the `cut`
    lines (unmarked, before the page break): `Повыш` + `ение` spells a word, one of
    the pieces alone does not (`доступн` + `ости`, though `ости` is a word)."""
    first = line.split()[0] if line.split() else ""
    return bool(first) and first[:1].islower() and any(
        is_word(c.split()[-1] + first)
        and not (is_word(c.split()[-1]) and is_word(first)) for c in cut if c.split())


def _middle_page(base: str, tails: list[Line], taken: int, name: str,
                 at_taken: bool = True,
                 names: list[str] | None = None,
                 cut: tuple[str, ...] = ()) -> tuple[int, list[Line]] | None:
    """A row cut by two page breaks fills the page between them: every cell that
    goes on past it prints there as many lines as the page holds, one column's
    run after another. A name that runs on there (wrapped at the page's foot)
    ends where a later cell's run begins — the goal quoting the name (four of its
    words in a row) opens on that line or one or two lines of lead-in before it
    (`проекта` / `«Переход к …`); of those, the run whose length divides the
    page's lines into equal runs is taken. Its rest is the first run after the
    next break, to its first unmarked line that leaves it closed, no longer than
    the middle page's run (a full page again goes on after the break after it). `base` is the
    name before the break, `taken` the tail lines read so far (`name` the name
    they make: one whose bracket is still open surely runs on, past a line that
    filled the column without the mark; `at_taken`: the quote may open right after
    them, where no rest after a later break was found otherwise; `cut`: the row's
    unmarked lines before the first break, where the goal's word cut at the page's
    foot began). Returns (tail lines on the middle page, lines after the next break)
    or None."""
    e = next((k for k in range(1, len(tails)) if tails[k].brk), None)
    if e is None or (taken <= 1 and not parens_open(name)):
        return None
    texts = [t.text for t in tails]
    # (A name still open, or still a proper beginning of a known name, goes on: the
    # goal's lead-in may come between it and the quote.)
    limit = e if parens_open(name) or longer_names(name, names or []) else min(
        taken + at_taken, e)
    # The quote opens on a line of its own or after the lead-in's last words.
    p = next((k for k in range(1, limit) if _quote_opens(
        join_cell([base, *texts[:k]]), texts[k:min(k + 4, e)]) is not None or _quotes_from(
        join_cell([base, *texts[:k]]), texts[k:min(k + 4, e)])), None)
    if p is None:
        return None
    pre = _quote_opens(join_cell([base, *texts[:p]]), texts[p:min(p + 4, e)]) or ""
    # (Lines count as printed: a line glued from pieces counts from its first one,
    # so the page's last line may hide a piece — one line of slack.)
    page = tails[e - 1].no - tails[0].no + 1
    # Of equal fits, the one leaving fewer lines to the cells that ended there.
    # (Where the quote opens right after the lines read so far, those are the name's:
    # it was spelled to there, and only whether it runs on past the page is asked.)
    known = _known_end(base, texts, p, names or [], pre, cut)
    if known is not None:
        # (The known name goes on past the run: its last line needs no mark.)
        b = known
        name = join_cell([base, *texts[:b]])
    else:
        # A known name cut inside its bracket (sections 5 and 7 print it shorter)
        # says the name runs on to a bracket of its own, with or without the mark,
        # and lets the goal's lead-in take up to four lines.
        cut_known = any(
            parens_open(n) and name_key(n).startswith(name_key(base)) for n in names or [])
        ends = (p,) if p == taken else tuple(
            range(p, p - (SETTINGS.lead_in_lines if cut_known else 2) - 1, -1))
        fits = [(min(page % n, n - page % n), page % n, k, b) for k, b in enumerate(ends)
                if b >= 1 and (n := tails[b].no - tails[0].no) > 0 and page >= 2 * n - 1]
        fit = min((f for f in fits if f[0] <= 1), default=None)
        longer = _long_lead_in(base, texts, p, names or [], pre, cut) if cut_known else None
        if longer is not None and (fit is None or _opens_with_rest(texts[longer], cut)):
            # (The goal's run opening with the rest of its word cut at the page's
            # foot says where it begins, surer than the page's equal runs.)
            fit = (0, 0, 0, longer)
        if fit is None and taken < p:
            return None  # (only the name's open bracket said it runs on: a fit must)
        b = fit[3] if fit else p
        if not fit:
            b = _equal_runs(tails, ends, p, e) or p
        b = _quoted_seam(texts, ends, b, e)
        name = join_cell([base, *texts[:b]])
        if not (tails[b - 1].wrapped or open_end(name) or (cut_known and parens_open(name))):
            return None
    # The run's last line is the rest of the goal's word cut at the first break's
    # page foot (`использовани` | … | `согласованн` / `ем`), no piece of the name's
    # own last word: the name's run ended on the line before.
    if b >= 2 and _opens_with_rest(texts[b - 1], cut) and not is_word(
            texts[b - 2].split()[-1] + texts[b - 1].split()[0]):
        b -= 1
        name = join_cell([base, *texts[:b]])
    run = tails[b].no - tails[0].no
    rest: list[Line] = []
    start: int | None = e
    while start is not None:
        nxt = next((k for k in range(start + 1, len(tails)) if tails[k].brk), None)
        for u in range(start, nxt if nxt is not None else len(tails)):
            if tails[u].no - tails[start].no >= run:
                break  # the page is full: the name goes on after the next break
            rest.append(tails[u])
            name = join_cell([name, texts[u]])
            if not tails[u].wrapped and not open_end(name):
                stop = nxt if nxt is not None else len(tails)
                more = _remark_lines(tails[u + 1:stop], names or [])
                return b, rest + tails[u + 1:u + 1 + more]
        else:
            return b, rest
        start = nxt
    return b, rest


def _without_foreign_close(name: str, names: list[str]) -> str:
    """`name` without a closing quote at its end that closes no quote it opened
    (`… (рекомендовано ФОИВ)»`): the lines stage put the next cell's `»`, wrapped
    to a line of its own (the goal's quote of `«Озера данных` closed after the
    break), back onto the name's last line; where no known name ends so."""
    if not name.endswith("»") or name.count("»") <= name.count("«") or any(
            n.endswith("»") and n.count("»") > n.count("«") for n in names):
        return name
    return name[:-1].rstrip()


def _word_run(text: str) -> str:
    """The words of `text`, lower case, space-separated and space-framed, to find
    a run of whole words in another text (`сведений и до` is no run of
    `сведений и доступным`)."""
    words = re.findall(r"[а-яёa-z0-9]+", text.lower().replace("ё", "е"))
    return f" {' '.join(words)} "


def _term_start(after: list[str], span: tuple[int, int], name: str) -> int:
    """Where the term cell of the run `span` really starts. A run of term words
    may open on the goal's last word (`с`, `в`: a preposition of the project's
    name, which the goal quotes: «… реализации проекта «<name>», …»): that line
    goes on the goal when a later line of the run opens capitalised (`с` / `До
    2030 года`; only a cell's first line is), or when the goal's quote is still
    open and its last line with this one spells a stretch of the name
    (`взаимодействия` / `с` / `2024`)."""
    t0, t1 = span
    while t1 - t0 > 1 and len(_words(after[t0])) == 1 and _words(after[t0])[0] in _TERM_OPENERS:
        later_capital = after[t0 + 1].strip()[:1].isupper()
        goal = join_cell(after[:t0])
        quoted = (t0 > 0 and cells.parens_open(goal)
                  and _word_run(f"{after[t0 - 1]} {after[t0]}") in _word_run(name))
        if not (later_capital or quoted):
            break
        t0 += 1
    return t0


def _spell_on(name: str, tails: list[Line], n_tail: int, names: list[str],
              spaced: bool = False) -> tuple[int, str, list[Line]]:
    """A name that stops short of a longer known name it begins, in a row cut by
    two page breaks: its rest opens the tails after the first break (as far as
    that page goes) and the rest of that after the next one (each break prints the
    rest of every cut cell, in column order). Taken only where the lines spell the
    known name to its end. Returns (tail lines used after the first break, the
    name, the lines used after a later break)."""
    longer = longer_names(name, names)
    targets = [name_key(v) for v in longer]
    if not targets and n_tail < len(tails) and not any(
            name_key(name).startswith(name_key(v)) for v in names):
        # The name's last word may end on the next cell's first letters, glued to
        # it by the lines stage (`(рекоме` + `на`): without them it begins a known
        # name, whose rest a later page break must then print to its end (not for
        # a name that already spells a known one whole).
        found: tuple[int, str, list[Line]] | None = None
        for cut in (1, 2, 3):
            short = name[:-cut]
            if not short[-1:].isalpha() or not name[-cut:].isalpha():
                break
            longer = [name_key(v) for v in longer_names(short, names)]
            if longer:
                u, far, used = _spell_on(short, tails, n_tail, names, spaced)
                if used and any(name_key(far).startswith(t) for t in longer):
                    if name_key(far) in longer:
                        # (Cut where the rest spells the known name exactly:
                        # `Федерац` + `их` | break | `ии`, not `Федераци` + `ии`.)
                        return u, far, used
                    found = found or (u, far, used)
        if found:
            return found
    if not targets or n_tail >= len(tails):
        return n_tail, name, []

    def spell(text: str, start: int) -> tuple[int, str]:
        u = start
        while u < len(tails) and (u == start or not tails[u].brk):
            cand = join_cell([text, tails[u].text])
            key = name_key(cand)
            if any(name_key(v).startswith(key) and not (
                    spaced and tails[u].wrapped and len(key) not in _word_ends(v))
                    for v in longer):
                # (A line that ends at a space ends a word of the name: `органов` /
                # `и⏎` is the next cell's `и`, not `исполнительной`.)
                text, u = cand, u + 1
                continue
            if any(key.startswith(t) for t in targets) and not any(
                    name_key(text).startswith(t) for t in targets):
                # The line ends the known name and goes on (`КС ВС`): section 6
                # prints it longer; it runs on while its lines were wrapped.
                text, u = cand, u + 1
                while u < len(tails) and not tails[u].brk and tails[u - 1].wrapped:
                    text, u = join_cell([text, tails[u].text]), u + 1
            break
        return u, text

    def whole(text: str) -> bool:
        return any(name_key(text).startswith(t) for t in targets)

    def closed(text: str, start: int) -> tuple[int, str]:
        """The name spelled whole with its bracket open goes on to the line closing
        it, up to the next break (`close_bracket`), with the remarks after it; where
        the dump marks wrapped lines, only over lines after a wrapped one or a word
        cut at the line's end (`сценари` / `обслуживания` is no word: the name's
        rest comes after a later break, the lines are the next cell's)."""
        if start >= len(tails) or tails[start].brk or start == 0:
            return start, text
        end = next((k for k in range(start + 1, len(tails)) if tails[k].brk), len(tails))
        if spaced:
            end = next((k for k in range(start, end) if not (
                tails[k - 1].wrapped or broken_word(tails[k - 1].text, tails[k].text))), end)
        texts = [t.text for t in tails[start:end]]
        k, text = close_bracket(texts, 0, text)
        if k:
            k, text = extend_remarks(texts, k, text)
        elif spaced and tails[start - 1].wrapped and texts and not parens_open(text):
            # The known name spelled whole on a wrapped line: the other sections
            # cut it there, the cell goes on to its first unmarked line.
            run = join_cell([text, *texts])
            if not _closes_foreign_quote(run) and not _repeats(text, texts):
                return end, run
        return start + k, text

    u, text = spell(name, n_tail)
    if whole(text):
        return *closed(text, u), []
    if (n_tail < u < len(tails) and tails[u - 1].wrapped and not tails[u].brk
            and tails[u].text.startswith("(")):
        # Spelled as far as a remark the known name lacks (`КС⏎` / `(рекомендовано`
        # / `ФОИВ)` where it goes on `КС ВС СМС`): the wrapped line says the cell
        # goes on, and a remark ends a name.
        k, remarked = extend_remarks([t.text for t in tails], u, text)
        if k > u and not parens_open(remarked):
            return k, remarked, []
    nxt = next((k for k in range(u, len(tails)) if tails[k].brk), None)
    if nxt is None or u == n_tail == 0:
        return n_tail, name, []
    v, far = spell(text, nxt)
    if v > nxt and whole(far):
        w, far = closed(far, v)
        return u, far, tails[nxt:w]
    return n_tail, name, []


def _wrapped_pairs(lines: list[tuple[str, bool]]) -> frozenset[tuple[str, str]]:
    """(last word, next line's first word) where the line was wrapped: a space."""
    return frozenset((a.split()[-1], b.split()[0]) for (a, w), (b, _) in pairwise(lines)
                     if w and a.split() and b.split())


def _apart_after_wraps(name: str, lines: list[tuple[str, bool]]) -> str:
    """Words the joins glued across a line that was wrapped (where the dump marks
    that) are two again: the line ended at a space, so its last word and the next
    line's first are two words (`автоматизированно⏎` / `е`, however the other
    sections spell them, whatever the dictionary says of `автоматизированное`)."""
    for p in range(len(lines) - 1):
        (a, wrapped), (b, _) = lines[p], lines[p + 1]
        end = re.search(r"[А-Яа-яЁё]+$", a.strip())
        start = re.match(r"[А-Яа-яЁё]+", b.strip())
        if not (wrapped and end and start):
            continue
        # The word may have begun on lines before, cut by the column (`автомат` /
        # `изированно⏎` / `е`): one-token lines after unwrapped ones.
        heads = [end.group()]
        q = p
        while q > 0 and not lines[q - 1][1] and len(lines[q][0].split()) == 1:
            before = re.search(r"[А-Яа-яЁё]+$", lines[q - 1][0].strip())
            if not before:
                break
            heads.append(before.group() + heads[-1])
            q -= 1
        for head in reversed(heads):
            glued = re.compile(rf"(?<![А-Яа-яЁё]){head}{start.group()}(?![А-Яа-яЁё])")
            if glued.search(name):
                name = glued.sub(f"{head} {start.group()}", name, count=1)
                break
    return name


def _glue_after_cuts(name: str, lines: list[tuple[str, bool]]) -> str:
    """A word the joins left in two across a line with no wrap mark (where the dump
    marks wrapped lines) is one again when its first piece is no word, the next
    line goes on in lower case, and the two make a word (`ндован` / `о`) or the
    second piece is none either (`«Автоматизиро` | break | `ван-ная`, which no
    dictionary completes): the line ended inside the word, cut by the column. A
    line that filled the column loses its mark too (`«Цифровизация` / `для`)."""
    for (a, wrapped), (b, _) in pairwise(lines):
        end = re.search(r"[А-Яа-яЁё]{4,}$", a.strip())
        start = re.match(r"[а-яё]+(?:-[а-яё]+)*", b.strip())
        if wrapped or not (end and start) or not end.group()[1:].islower() or is_word(
                end.group()):
            continue
        # (The piece may itself end a word the joins glued from earlier pieces.)
        apart = re.compile(rf"([А-Яа-яЁё]*){end.group()} {start.group()}(?![А-Яа-яЁё-])")
        m = apart.search(name)
        if m and (is_word(m.group(1) + end.group() + start.group()) or not is_word(
                start.group())):
            name = name[: m.start()] + m.group(1) + end.group() + start.group() + name[m.end():]
    return name


def _split_first_cells(texts: list[str], wrapped: list[bool]) -> tuple[list[str], list[bool]]:
    """The name's first piece and the goal's first word printed on one line (`Формиро
    Повышение`: the two cells' first lines share a baseline): a piece that is no
    word, cut by the column, before a capitalised verbal noun opening the goal, is
    two lines — the name's, without a wrap mark (its rest follows the break), and
    the goal's. Also where the goal's piece is cut too (`Предос Повышени`): no
    cell's line holds a piece of a word and then another word."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё]{2,}) ([А-ЯЁ][а-яё]+)", texts[0]) if texts else None
    if m and (_GOAL_START.fullmatch(m.group(2)) or not is_word(m.group(2))) and not is_word(
            m.group(1)):
        return [m.group(1), m.group(2), *texts[1:]], [False, *wrapped]
    return texts, wrapped


def _cut(texts: list[str]) -> list[list[str]]:
    """Split free-text lines into cells at capitalised lines (a rough guess)."""
    cells_: list[list[str]] = []
    for t in texts:
        if not cells_ or (cells.starts_upper(t) and not cells.is_acronym_start(t)
                          and not cells_[-1][-1].rstrip().endswith((",", "-"))):
            cells_.append([t])
        else:
            cells_[-1].append(t)
    return cells_


_ROLE = re.compile(_spread("Роль"), re.IGNORECASE)
_GLUED_HEADER_END = re.compile(r"(.*\bпроекта)([.,;:»)]+)", re.IGNORECASE)


def _split_header_punct(lines: list[Line]) -> list[Line]:
    """The repeated header's last line with the punctuation a cut row's tail opens
    with glued to it (`реализации проекта` + `.` of a row number `3` | `.` / `1`,
    glued by the lines stage): the header ends on `проекта`, so the rest is the
    tail's first line again. Only right after the last column's title (`Роль`)."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        m = _GLUED_HEADER_END.fullmatch(ln.text)
        if m and any(_ROLE.search(x.text) for x in lines[max(0, i - 4) : i + 1]):
            out.append(Line(ln.no, m.group(1), ln.page, ln.brk))
            out.append(Line(ln.no, m.group(2) + (" " if ln.wrapped else ""), ln.page, False))
            continue
        out.append(ln)
    return out


def _unwrapped_numbers(lines: list[Line], spaced: bool) -> list[Line]:
    """The lines for finding row numbers: a bare number after a term's preposition
    is a piece of the term's year (`_after_term_preposition`); where the dump marks wrapped lines, a
    bare number printed with the mark is no row's number (a № cell ends on its
    number) but a piece of a year in a narrow term column (`2` / `4⏎` / `го` /
    `д` / `а`), so it is hidden from the row-number search."""
    return [Line(ln.no, "0,0", ln.page, ln.brk)
            if re.fullmatch(r"\d{1,2}", ln.text) and (
                (spaced and ln.wrapped) or (k and _after_term_preposition(lines[k - 1], spaced))
                or _year_digits_before(lines, k))
            else ln for k, ln in enumerate(lines)]


def _year_digits_before(lines: list[Line], k: int) -> bool:
    """Line k, one digit, ends a run of one-digit lines that opens with `0` (`2` |
    break | `0` / `2` / `4`: a year's rest in a term column one digit wide): it is
    the year's last digit, not the next row's number (no row is numbered 0, and a
    № cell follows the row before's last cell, never a digit of its term)."""
    if not re.fullmatch(r"\d", lines[k].text):
        return False
    for j in range(k - 1, max(k - 4, -1), -1):
        if not re.fullmatch(r"\d", lines[j].text):
            return False
        if lines[j].text == "0":
            return True
        if lines[j].brk:
            return False
    return False


def _after_term_preposition(before: Line, spaced: bool) -> bool:
    """The line ends on a term's preposition (`До` / `2` | break | `0` / `3` / `0`): a
    bare number after it is the first digits of the term's year or date, cut by a
    narrow term column, not a row's number (a № cell follows the row before's last
    cell, the region's role, never a preposition). A one-letter line may be a cut
    word's last letter (`Участни` / `к`), so without the wrap mark (which a term's
    preposition carries where the dump prints it) only `до`/`по` count."""
    if spaced:
        return before.wrapped and bool(
            re.search(r"(?:^|\s)(?:до|к|с|по)$", before.text.lower()))
    return bool(re.search(r"(?:^|\s)(?:до|по)$", before.text.lower()))


@dataclass
class SectorRows:
    """One sector of section 6 cut into its rows: the lines (years and row numbers
    a narrow column cut glued back) and where each project's row starts. What does
    not depend on the names the other sections print, made once per document."""

    sector: Sector
    lines: list[Line]
    starts: list[tuple[int, cells.ProjectNo]]


@dataclass
class ProjectTable:
    """Section 6's sectors cut into rows (`SectorRows`), with each sector's projects
    as read for the names asked: section 6 is read again with more names, and a sector
    whose names did not change reads the same (so it is not read again)."""

    spaced: bool
    sectors: list[SectorRows]
    read: dict[tuple[int, tuple[str, ...]], tuple[list[ProjectRecord], list[Finding]]] = \
        field(default_factory=dict)


def project_table(section: Section, sectors: dict[int, str]) -> ProjectTable:
    """Section 6's rows per sector, before any name is matched."""
    body, _ = strip_headers(_split_header_punct(section.lines), _HEADER_END)
    spaced = prints_line_end_spaces(section.lines)
    out = []
    for sector in split_sectors(Section(section.number, section.heading, body), sectors):
        lines = _join_cut_row_numbers(_glue_year_after_break(_glue_cut_years(
            [ln for ln in sector.lines if not ln.empty and not ln.blank_cell])), sector.number)
        starts = cells.project_starts(_unwrapped_numbers(lines, spaced), sector.number)
        out.append(SectorRows(sector, lines, starts))
    return ProjectTable(spaced, out)


# The section-6 tables of one document's read (`remembered_tables`): the section's id ->
# the section (kept alive, so its id is not reused), its sectors and its table.
_TABLES: ReadMemory[int, tuple[Section, dict[int, str], ProjectTable]] = ReadMemory("tables")


def remembered_tables() -> AbstractContextManager[None]:
    """Within a document's read, section 6 is cut into rows once (`project_table`)
    however often it is read with other names. Forgotten when the read ends."""
    return _TABLES.kept()


def _table(section: Section, sectors: dict[int, str]) -> ProjectTable:
    """The section's `project_table`, made once within a document's read."""
    memo = _TABLES.get()
    if memo is None:
        return project_table(section, sectors)
    got = memo.get(id(section))
    if got is None or got[1] != sectors:
        got = memo[id(section)] = (section, dict(sectors), project_table(section, sectors))
    return got[2]


def read_projects(
    section: Section, sectors: dict[int, str], known: dict[int, list[str]]
) -> tuple[list[ProjectRecord], list[Finding]]:
    """All projects of section 6; `known` = project names per sector from 7 and 5."""
    table = _table(section, sectors)
    records: list[ProjectRecord] = []
    findings: list[Finding] = []
    for rows in table.sectors:
        names = tuple(known.get(rows.sector.number, []))
        key = (rows.sector.number, names)
        if key not in table.read:
            table.read[key] = _read_sector(rows, list(names), table.spaced)
        got, found = table.read[key]
        records.extend(got)
        findings.extend(found)
    return records, findings


def _read_sector(rows: SectorRows, names: list[str], spaced: bool
                 ) -> tuple[list[ProjectRecord], list[Finding]]:
    """The projects of one sector of section 6, its names as sections 7 and 5 print
    them (`names`)."""
    records: list[ProjectRecord] = []
    sector, lines, starts = rows.sector, rows.lines, rows.starts
    findings = [missing_row(lines[i], no, 6) for i, no in cells.missing_numbers(starts)]
    for k, (i, num) in enumerate(starts):
        no, rest = num.no, num.rest
        first = lines[i] if rest or i + 1 >= len(lines) else lines[i + 1]
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        block = lines[i + 1 : end]
        # Up to the first page break: the cells' heads; tails come after it.
        brk = next((j for j, ln in enumerate(block) if ln.brk), len(block))
        texts = ([rest] if rest else []) + [ln.text for ln in block[:brk]]
        tail_lines = _without_number_tail(lines[i], block[brk:])
        head_wrapped = ([lines[i].wrapped] if rest else []) + [
            ln.wrapped for ln in block[:brk]]
        texts, head_wrapped = _split_first_cells(texts, head_wrapped)
        m = best_match(texts, names)
        across = None if m else match_across(
            texts, [ln.text for ln in tail_lines], names)
        if m:
            used, name, left = m
            after = ([left] if left else []) + texts[used:]
        elif across:
            name = across[1]
            used = _prefix_lines(texts, name_key(core(name)))
            after = texts[used:]
        elif begun := _head_of_known(texts, tail_lines, names):
            used = begun
            name = join_cell(texts[:used])
            after = texts[used:]
        else:
            used = max(_fallback_name(texts, head_wrapped if spaced else None),
                       _known_prefix(texts, names))
            used = _to_known_ending(texts, used, names, brk < len(block))
            name = join_cell(texts[:used])
            after = texts[used:]
            findings.append(Finding(
                check="project_not_in_other_sections", object=name,
                message="section 6 project not named in sections 5 or 7; its name "
                        "was cut at the first line that opens the goal",
                source_line=lines[i].no, source_page=lines[i].page))
        tails = [ln.text for ln in tail_lines]
        head_name, head_used = (join_cell(texts[:used]) if across else name), used
        if across and name_key(name) in {name_key(v) for v in names} and not longer_names(
                name, names):
            # The name spelled whole across the break (`контракт` / `а`): its
            # last piece may read as a joiner (`а`), yet nothing of it is left.
            n_tail = across[0]
        elif across:
            n_tail, name = continue_cut(name, tails[across[0]:], [], remarks_of=names)
            n_tail += across[0]
        else:
            n_tail, name = continue_cut(name, tails, names, _cut_head(
                texts[used:], head_wrapped[used:], spaced),
                [ln.wrapped for ln in tail_lines] if spaced else None)
        if spaced and not (m and m[2]):
            used, n_tail, name = _follow_wraps(
                name, texts, head_wrapped, used, tail_lines, n_tail, _vocabulary(names),
                names)
            after = texts[used:]
        n_tail, name, far = _spell_on(name, tail_lines, n_tail, names, spaced)
        if spaced and not far:
            far = _remark_after_break(name, tail_lines, n_tail, names)
            if far:
                name = join_cell([name, *(ln.text for ln in far)])
        if spaced and not far and (k := _closing_remark(name, tail_lines, n_tail, names)):
            name = join_cell([name, *(ln.text for ln in tail_lines[n_tail:n_tail + k])])
            n_tail += k
        if spaced:
            base = join_cell([head_name, *texts[head_used:used]])
            cut_lines = tuple(t for t, w in zip(texts[used:], head_wrapped[used:],
                                                strict=True) if not w)
            middle = _middle_page(base, tail_lines, n_tail, name, not far, names,
                                  cut_lines)
            if middle:
                n_tail, far = middle
                name = join_cell([base, *(ln.text for ln in tail_lines[:n_tail]),
                                  *(ln.text for ln in far)])
        printed = [*zip(texts[:used], head_wrapped[:used], strict=True),
                   *((ln.text, ln.wrapped) for ln in tail_lines[:n_tail]),
                   *((ln.text, ln.wrapped) for ln in far)]
        name = respell(name, names, [t for t, _ in printed],
                       _wrapped_pairs(printed) if spaced else frozenset())
        if spaced:
            name = _glue_after_cuts(_apart_after_wraps(name, printed), printed)
        name = _without_foreign_close(name, names)
        left_mark = head_wrapped[m[0] - 1: m[0]] if m and m[2] else []
        marks = left_mark + head_wrapped[used:]
        split = [_split_term(t) for t in after]
        after = [part for parts in split for part in parts]
        marks = [w and q == len(parts) - 1 for parts, w in zip(split, marks, strict=True)
                 for q in range(len(parts))]
        after, marks = _glue_pieces(after, marks)
        cut = brk < len(block)
        span = find_term(after, open_at_end=cut)
        term, goal, rest_cells = "", after, []
        if span is not None:
            t0, t1 = _term_start(after, span, name), span[1]
            goal, term = after[:t0], _join_term(after[t0], after[t0 + 1:t1])
            rest_cells = _cut(after[t1:])
            if cut:
                term = term_rest(term, tails[n_tail:],
                                 [ln.wrapped for ln in tail_lines[n_tail:]],
                                 spaced, goes_on=spaced and marks[t1 - 1])
        while len(rest_cells) < 3:
            rest_cells.append([])
        records.append(ProjectRecord(
            sector_no=str(sector.number),
            sector_name=sector.name,
            project_no=no,
            project_name=name,
            goal=join_cell(goal),
            term=term,
            description=join_cell(rest_cells[0]),
            financing=join_cell(rest_cells[1]),
            region_role=join_cell([x for c in rest_cells[2:] for x in c]),
            source_line=first.no,
            source_page=first.page,
        ))
    return records, findings
