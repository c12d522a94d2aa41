"""Section 6 «Проекты развития отрасли» of a text dump -> ProjectRecord rows.

Columns: № | name | goal | term | description | financing | region's role, all
free text with no delimiter in the dump. The project's name is found from the
names of sections 7 and 5 (see `names`), the term from its shape (years, «до»,
«постоянно»); goal, description, financing and role are cut at capitalised
lines, which is sensible but not exact (they are not scored).
"""

from __future__ import annotations

import re

from extract.strategy import cells
from extract.strategy.names import (
    _prefix_lines,
    best_match,
    continue_cut,
    core,
    match_across,
    name_key,
)
from extract.strategy.records import Finding, ProjectRecord
from extract.strategy.sections import Section, missing_row, split_sectors, strip_headers
from extract.strategy.words import join_cell

_HEADER_END = re.compile(r"Роль\s+региона.*проекта$", re.IGNORECASE)
_TERM_WORDS = {
    "до", "к", "с", "по", "в", "и", "далее", "постоянно", "бессрочно", "ежегодно", "года",
    "году", "год", "годы", "годов", "гг", "г", "течение", "срок", "-", "–", "—",
}
# A year or a range of years, possibly cut after its dash at a line's end (`2022-`).
_TERM_TOKEN = re.compile(r"(?:\d{2}\.\d{2}\.)?20\d\d(?:\s*[-–—]\s*(?:20\d\d)?)?|[IVX]+|\d{1,2}")
# First words of a goal: verbal nouns («Обеспечение», «Создание», «Повышение», …).
_GOAL_START = re.compile(r"[А-ЯЁ][а-яё]+(?:ние|ция|тие|ка|ство)\b")


def _term_tokens(text: str) -> tuple[bool, bool]:
    """(every token may belong to a term, one of them anchors it: a year, «постоянно»)."""
    tokens = [t.strip(".:") for t in re.split(r"[\s,;]+", text.strip().lower()) if t.strip(".:")]
    if not tokens:
        return False, False
    anchor = False
    for tok in tokens:
        if _TERM_TOKEN.fullmatch(tok.upper() if re.fullmatch(r"[ivx]+", tok) else tok):
            anchor = anchor or "20" in tok
        elif tok in _TERM_WORDS:
            anchor = anchor or tok in ("постоянно", "бессрочно", "ежегодно")
        else:
            return False, False
    return True, anchor


def is_term_line(text: str) -> bool:
    """A line that by itself reads as a term: `2024`, `до 2030 года`, `постоянно`."""
    ok, anchor = _term_tokens(text)
    return ok and anchor


def find_term(texts: list[str]) -> tuple[int, int] | None:
    """[start, end) of the first run of term lines (`До` / `2030 года,` / `далее` /
    `постоянно`) that holds a year or «постоянно» and is a cell of its own: the
    line after it does not go on in lower case (`к 2023 году` inside a goal)."""
    j = 0
    while j < len(texts):
        ok, _ = _term_tokens(texts[j])
        if not ok or texts[j].rstrip().endswith(":"):
            j += 1
            continue
        k, anchored = j, False
        while k < len(texts):
            ok, anchor = _term_tokens(texts[k])
            if not ok or texts[k].rstrip().endswith(":"):
                break
            anchored = anchored or anchor
            k += 1
            if re.search(r"(постоянно|бессрочно)\W*$", texts[k - 1], re.IGNORECASE):
                break
        nxt = texts[k].strip() if k < len(texts) else ""
        if anchored and not (nxt[:1].islower()):
            return j, k
        j = k if k > j else j + 1
    return None


def _term_prefix(words: list[str]) -> int:
    """How many leading words read as a term (`Постоянно`, `2024 года`), or 0."""
    for k in range(len(words), 0, -1):
        if is_term_line(" ".join(words[:k])):
            return k
    return 0


def _split_term(text: str) -> list[str]:
    """`Постоянно В целях…`: a term and the next cell's capitalised start printed
    on one line are two cells."""
    words = text.split()
    k = _term_prefix(words)
    if 0 < k < len(words) and cells.starts_upper(words[k]) and not cells.is_acronym_start(words[k]):
        return [" ".join(words[:k]), " ".join(words[k:])]
    return [text]


def _term_rest(term: str, tails: list[str]) -> str:
    """A term left open at a page break (`До 2030 года, далее`): its rest is the
    first text after the break that reads as a term (`постоянно …`)."""
    if not re.search(r"(далее|,|-|до|с|по)$", term.strip().lower()):
        return term
    for t in tails:
        k = _term_prefix(t.split())
        if k:
            return join_cell([term, " ".join(t.split()[:k])])
    return term


def _fallback_name(texts: list[str]) -> int:
    """Lines of the name when no other section names the project: up to the goal,
    the first capitalised verbal noun after the first line, or the first line that
    opens a new cell (a capitalised word after a line that closes a phrase)."""
    for k, t in enumerate(texts[1:], start=1):
        if _GOAL_START.match(t) or is_term_line(t) or (
                cells.new_cell(t) and not cells.open_end(texts[k - 1])):
            return k
    return 1


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


def read_projects(
    section: Section, sectors: dict[int, str], known: dict[int, list[str]]
) -> tuple[list[ProjectRecord], list[Finding]]:
    """All projects of section 6; `known` = project names per sector from 7 and 5."""
    records: list[ProjectRecord] = []
    findings: list[Finding] = []
    body, _ = strip_headers(section.lines, _HEADER_END)
    for sector in split_sectors(Section(section.number, section.heading, body), sectors):
        lines = [ln for ln in sector.lines if not ln.empty and not ln.blank_cell]
        starts = cells.project_starts(lines, sector.number)
        findings.extend(missing_row(lines[i], no, 6) for i, no in cells.missing_numbers(starts))
        for k, (i, num) in enumerate(starts):
            no, rest = num.no, num.rest
            first = lines[i] if rest or i + 1 >= len(lines) else lines[i + 1]
            end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
            block = lines[i + 1 : end]
            # Up to the first page break: the cells' heads; tails come after it.
            brk = next((j for j, ln in enumerate(block) if ln.brk), len(block))
            texts = ([rest] if rest else []) + [ln.text for ln in block[:brk]]
            names = known.get(sector.number, [])
            m = best_match(texts, names)
            across = None if m else match_across(
                texts, [ln.text for ln in block[brk:]], names)
            if m:
                used, name, left = m
                after = ([left] if left else []) + texts[used:]
            elif across:
                name = across[1]
                used = _prefix_lines(texts, name_key(core(name)))
                after = texts[used:]
            else:
                used = _fallback_name(texts)
                name = join_cell(texts[:used])
                after = texts[used:]
                findings.append(Finding(
                    check="project_not_in_other_sections", object=name,
                    message="section 6 project not named in sections 5 or 7; its name "
                            "was cut at the first line that opens the goal",
                    source_line=lines[i].no, source_page=lines[i].page))
            tails = [ln.text for ln in block[brk:]]
            if across:
                _, name = continue_cut(name, tails[across[0]:], [])
            else:
                _, name = continue_cut(name, tails, names)
            after = [part for t in after for part in _split_term(t)]
            span = find_term(after)
            term, goal, rest_cells = "", after, []
            if span is not None:
                t0, t1 = span
                goal, term = after[:t0], join_cell(after[t0:t1])
                rest_cells = _cut(after[t1:])
                term = _term_rest(term, tails)
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
