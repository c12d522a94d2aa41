"""Section 5 «Взаимосвязь задач и проектов стратегии» of a text dump -> TaskLinkRecord.

Columns: № | task | project | beneficiary | benefit. The project's name is the
anchor: it is found among the names of sections 6 and 7 (see `names`); what
comes before it is the task, what follows the beneficiary and the benefit (cut at
the first capitalised line that does not continue a list of beneficiaries).
"""

from __future__ import annotations

import re

from extract.strategy import cells
from extract.strategy.names import best_match, match_across
from extract.strategy.records import Finding, TaskLinkRecord
from extract.strategy.sections import Section, norm_key, split_sectors, strip_headers
from extract.text import join_fragments

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


def _continues(text: str) -> bool:
    """A tail line that goes on with the sentence before it (starts in lower case)."""
    t = text.strip()
    return bool(t) and (t[0].islower() or t[0] in "(,;")


def _unfinished(text: str) -> bool:
    """A task cut by a page break: ends with a hyphen, a comma or a short word."""
    words = text.split()
    return bool(words) and (text.endswith(("-", ",")) or words[-1].lower() in _JOINERS)


_JOINERS = {"и", "в", "с", "на", "по", "для", "к", "от", "о", "об", "из", "за", "при", "а",
            "или", "во", "со", "у", "без", "между", "через"}


def read_task_links(
    section: Section, sectors: dict[int, str], known: dict[int, list[str]]
) -> tuple[list[TaskLinkRecord], list[Finding]]:
    """All rows of section 5; `known` = project names per sector (sections 6, 7)."""
    records: list[TaskLinkRecord] = []
    findings: list[Finding] = []
    body, _ = strip_headers(section.lines, _HEADER_END)
    for sector in split_sectors(Section(section.number, section.heading, body), sectors):
        lines = [ln for ln in sector.lines if not ln.empty and not ln.blank_cell]
        starts = cells.project_starts(lines, sector.number)
        names = known.get(sector.number, [])
        for k, (i, num) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
            block = lines[i + 1 : end]
            brk = next((j for j, ln in enumerate(block) if ln.brk), len(block))
            texts = ([num.rest] if num.rest else []) + [ln.text for ln in block[:brk]]
            tails = [ln.text for ln in block[brk:]]
            # The task may quote the project's name: take the longest match, the
            # later one of equals, and not at the row's start when another exists.
            found = None
            for j in range(len(texts)):
                m = best_match(texts[j:], names)
                if m and (found is None or found[0] == 0
                          or len(norm_key(m[1])) >= len(norm_key(found[1][1]))):
                    found = (j, m)
            first = lines[i]
            task_tail: list[str] = []
            if found is None:
                # The name starts before the page break and ends after it, behind
                # the task's own tail (each column's tail in column order).
                for j in range(1, len(texts)):
                    for skip in range(0, min(4, len(tails))):
                        across = match_across(texts[j:], tails[skip:], names)
                        if across and all(_continues(t) for t in tails[:skip]):
                            used, name = across
                            task_tail = tails[:skip]
                            task = texts[:j]
                            after = tails[skip + used :]
                            tails = []
                            found = (j, None)
                            break
                    if found:
                        break
            if found is None:
                findings.append(Finding(
                    check="task_project_not_found", object=num.no,
                    message="no project of sections 6 or 7 is named in this section 5 "
                            "row; task and project left unsplit in `task`",
                    source_line=first.no, source_page=first.page))
                task, name, after = texts, "", []
            elif found[1] is not None:
                j, (used, name, left) = found
                task = texts[:j]
                after = ([left] if left else []) + texts[j + used :]
                if tails and _unfinished(join_fragments(task)):
                    n = 0
                    while n < len(tails) and _continues(tails[n]):
                        n += 1
                    task_tail, tails = tails[:n], tails[n:]
            task = task + task_tail
            benef, effect = _split_benefit(after) if after else ([], [])
            records.append(TaskLinkRecord(
                sector_no=str(sector.number),
                sector_name=sector.name,
                row_no=num.no,
                task=join_fragments(task),
                project_name=name,
                beneficiaries=join_fragments(benef),
                effect=join_fragments(effect + tails),
                source_line=first.no,
                source_page=first.page,
            ))
    return records, findings
