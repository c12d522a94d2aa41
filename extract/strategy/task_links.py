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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
from extract.strategy.spelled import Spelled, find_spelled
from extract.strategy.task_tails import sentences, tail_length
from extract.strategy.words import join_cell

_HEADER_END = re.compile(r"бенефициара\s+проекта$", re.IGNORECASE)


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
    """One table row: its number, first line, and text before / after each break."""

    sector_no: int
    sector_name: str
    no: str
    first: Line
    head: list[str]
    tails: list[list[str]]
    names: list[str]
    found: tuple[int, tuple[int, str, str]] | None = None


def _rows(section: Section, sectors: dict[int, str], known: dict[int, list[str]],
          findings: list[Finding]) -> list[_Row]:
    body, _ = strip_headers(section.lines, _HEADER_END)
    out: list[_Row] = []
    for sector in split_sectors(Section(section.number, section.heading, body), sectors):
        lines = [ln for ln in sector.lines if not ln.empty and not ln.blank_cell]
        starts = cells.project_starts(lines, sector.number)
        findings.extend(missing_row(lines[i], no, 5) for i, no in cells.missing_numbers(starts))
        for k, (i, num) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
            segs: list[list[str]] = [[num.rest] if num.rest else []]
            for ln in lines[i + 1 : end]:
                if ln.brk:
                    segs.append([])
                segs[-1].append(ln.text)
            out.append(_Row(sector.number, sector.name, num.no, lines[i], segs[0], segs[1:],
                            known.get(sector.number, [])))
    return out


def _find_name(texts: list[str], names: list[str]) -> tuple[int, tuple[int, str, str]] | None:
    """(start line, match) of the project's name. The task may quote the name: take
    the longest match, the later one of equals, and not at the row's start when
    another exists."""
    found = None
    for j in range(len(texts)):
        m = best_match(texts[j:], names)
        if m and (found is None or found[0] == 0
                  or len(name_key(m[1])) >= len(name_key(found[1][1]))):
            found = (j, m)
    return found


def _across(head: list[str], tails: list[str], names: list[str]
            ) -> tuple[int, int, int, int, str] | None:
    """A name that starts in `head` and ends in `tails` (after the task's tail):
    (start in head, head lines, tail start, tail lines, name as printed)."""
    best = None
    for j in range(1, len(head)):
        for name in names:
            for variant in dict.fromkeys((name, core(name))):
                target = name_key(variant)
                k = _prefix_lines(head[j:], target)
                if k == 0:
                    continue
                done = name_key(join_cell(head[j : j + k]))
                hit = find_rest(tails, target[len(done):])
                if hit is None:
                    continue
                p, u = hit
                n, text = extend_remarks(tails, p + u, join_cell(
                    [*head[j : j + k], *tails[p : p + u]]))
                if best is None or len(name_key(text)) > len(name_key(best[4])):
                    best = (j, k, p, n - p, text)
    return best


def _take(head: list[str], tails: list[list[str]], found: Spelled
          ) -> tuple[list[str], list[str], str, list[list[str]], tuple[int, int, int] | None]:
    """(task, text after the name, name, tails, where the name's rest is in them) of
    a name spelled otherwise. A rest that shares its first line with the column
    before it gets that line split."""
    task, after = head[: found.start], head[found.start + found.lines :]
    rest = found.rest
    if rest is None:
        return task, after, found.text, tails, None
    if not rest.skip:
        return task, after, found.text, tails, (rest.seg, rest.at, rest.count)
    seg = list(tails[rest.seg])
    words = seg[rest.at].split()
    seg[rest.at : rest.at + 1] = [" ".join(words[: rest.skip]), " ".join(words[rest.skip :])]
    tails = [*tails[: rest.seg], seg, *tails[rest.seg + 1 :]]
    return task, after, found.text, tails, (rest.seg, rest.at + 1, rest.count)


def _width(rows: list[_Row]) -> int:
    """The task column's width in characters: its widest line before any break."""
    widths = [len(t) for r in rows if r.found for t in r.head[: r.found[0]]]
    return max(widths) if widths else 10**6


def _complete(rows: list[_Row], extra: set[str]) -> set[str]:
    """Sentences printed whole: tasks of rows with no page break, and section 4."""
    out = set(extra)
    for r in rows:
        if r.found and not r.tails:
            out.update(sentences(join_cell(r.head[: r.found[0]])))
    return out


def read_task_links(
    section: Section, sectors: dict[int, str], known: dict[int, list[str]],
    complete: set[str] | None = None,
) -> tuple[list[TaskLinkRecord], list[Finding]]:
    """All rows of section 5; `known` = project names per sector (sections 6, 7);
    `complete` = sentences of section 4 (see `task_tails.section4_sentences`)."""
    records: list[TaskLinkRecord] = []
    findings: list[Finding] = []
    rows = _rows(section, sectors, known, findings)
    for r in rows:
        r.found = _find_name(r.head, r.names)
    width = _width(rows)
    whole = _complete(rows, complete or set())
    for r in rows:
        task: list[str] = []
        name = ""
        after: list[str] = []
        rest: tuple[int, int, int] | None = None  # (segment, start, lines) of the name's tail
        tails = r.tails
        if r.found is not None:
            j, (used, name, left) = r.found
            task = r.head[:j]
            after = ([left] if left else []) + r.head[j + used :]
            for longer in longer_names(name, r.names) if not left else []:
                for s, seg in enumerate(tails):
                    hit = find_rest(seg, name_key(longer)[len(name_key(name)):])
                    if hit:
                        n, text = extend_remarks(seg, hit[0] + hit[1],
                                                 join_cell([name, *seg[hit[0]:sum(hit)]]))
                        rest, name = (s, hit[0], n - hit[0]), text
                        break
                if rest:
                    break
            if rest is None and not left and cells.open_end(name):
                # Cut, and not completed letter for letter: maybe spelled otherwise.
                spelled = find_spelled(r.head, tails, r.names)
                if spelled:
                    task, after, name, tails, rest = _take(r.head, tails, spelled)
        else:
            flat = [t for seg in tails for t in seg]
            across = _across(r.head, flat, r.names)
            if across:
                j, k, p, n, name = across
                task, after = r.head[:j], r.head[j + k :]
                s = 0
                while p >= len(tails[s]):
                    p -= len(tails[s])
                    s += 1
                rest = (s, p, n)
            else:
                spelled = find_spelled(r.head, tails, r.names)
                if spelled:
                    task, after, name, tails, rest = _take(r.head, tails, spelled)
        if not name:
            findings.append(Finding(
                check="task_project_not_found", object=r.no,
                message="no project of sections 6 or 7 is named in this section 5 "
                        "row; task and project left unsplit in `task`",
                source_line=r.first.no, source_page=r.first.page))
            task, tails = r.head + [t for seg in tails for t in seg], []
        left_over: list[str] = []
        for s, seg in enumerate(tails):
            if rest and rest[0] == s:
                p, n = rest[1], rest[2]
                task += seg[:p]
                left_over += seg[p + n :]
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
        records.append(TaskLinkRecord(
            sector_no=str(r.sector_no),
            sector_name=r.sector_name,
            row_no=r.no,
            task=join_cell(task),
            project_name=name,
            beneficiaries=join_cell(benef),
            effect=join_cell(effect + left_over),
            source_line=r.first.no,
            source_page=r.first.page,
        ))
    return records, findings
