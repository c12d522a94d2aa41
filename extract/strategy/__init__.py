"""Strategy of digital transformation (federal template, eight sections) from a
text dump of its PDF into the contract's tables.

Two halves: `read_text_records` rebuilds the flattened tables into records
(`records.py`; a PDF reader produces the same), `rows.to_rows` turns records into
contract rows. Nothing here is keyed to one region's wording.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.errors import ExtractionError
from extract.strategy.card import _TITLE_TAIL, read_card
from extract.strategy.indicators import (
    Context,
    printed_label_cut,
    project_texts,
    read_indicators,
)
from extract.strategy.lexicon import build_lexicon
from extract.strategy.projects import read_projects, remembered_tables
from extract.strategy.records import StrategyRecords
from extract.strategy.rows import to_rows
from extract.strategy.sections import (
    SECTION_NAMES,
    Section,
    find_sections,
    norm_key,
    read_lines,
    require_section_8,
    sector_names,
)
from extract.strategy.task_links import read_task_links
from extract.strategy.task_tails import section4_sentences
from extract.strategy.words import (
    prints_line_end_spaces,
    rejoin_split_words,
    remembered_joins,
)

__all__ = ["extract_strategy_text", "read_text_records"]


def _context(title: str, sections: dict, sectors: dict[int, str], spaced: bool) -> Context:
    m = _TITLE_TAIL.search(title)
    genitive = m.group(1) if m else ""
    words = {w.lower().strip(",.") for w in re.split(r"[\s–—-]+", genitive) if w.strip(",.")}
    last = genitive.split()[-1].lower().strip(",.") if genitive else ""
    return Context(project_texts=project_texts(sections.get(6), sectors),
                   region_words=words, region_last=last, spaced=spaced)


def _names(records: list) -> dict[int, list[str]]:
    """Project names per sector number, in the records' order."""
    out: dict[int, list[str]] = {}
    for r in records:
        out.setdefault(int(r.sector_no), []).append(r.project_name)
    return out


def _cut_short(indicators: list, projects: list) -> bool:
    """Some section-7 name is the start of a longer section-6 name of its sector."""
    full: dict[str, set[str]] = {}
    for p in projects:
        full.setdefault(p.sector_no, set()).add(norm_key(p.project_name))
    for r in indicators:
        key = norm_key(r.project_name)
        if key and any(name != key and name.startswith(key)
                       for name in full.get(r.sector_no, ())):
            return True
    return False


def _with_names(texts: dict[int, list[str]], projects: list) -> dict[int, list[str]]:
    out = {k: list(v) for k, v in texts.items()}
    for p in projects:
        out.setdefault(int(p.sector_no), []).append(norm_key(p.project_name))
    return out


def _spelled_again(section7: Section, sectors: dict[int, str], ctx: Context, indicators: list,
                   findings: list, projects: list, links: list) -> tuple[list, list]:
    """Section 7 read once more with the names sections 5 and 6 print (as printed),
    where some section-7 name is none of them letter for letter: a name the page
    breaks cut into pieces among the other cells' tails is spelled out of the dump by
    a known name's letters (`narrow_names`)."""
    known: dict[int, list[str]] = {}
    for r in [*projects, *links]:
        if r.project_name:
            known.setdefault(int(r.sector_no), []).append(r.project_name)
    keys = {(k, norm_key(n)) for k, v in known.items() for n in v}
    if all((int(r.sector_no), norm_key(r.project_name)) in keys for r in indicators):
        return indicators, findings
    known = {k: list(dict.fromkeys(v)) for k, v in known.items()}
    again, found, _ = read_indicators(section7, sectors, replace(ctx, known_names=known))
    return (again, found) if again else (indicators, findings)


def read_text_records(text: str, source_file: str) -> StrategyRecords:
    """Rebuild the strategy's tables from a text dump; raises ExtractionError when
    the document is not of the template or is cut short."""
    # The readers join the same cell lines again and again, and read section 6 again
    # with more names: what they join and how section 6 is cut are made once per read.
    with remembered_joins(), remembered_tables():
        return _read_text_records(text, source_file)


def _read_text_records(text: str, source_file: str) -> StrategyRecords:
    """`read_text_records`."""
    printed = read_lines(text)
    lines = rejoin_split_words(printed)
    sections = find_sections(lines)
    missing = [n for n in (5, 6, 7) if n not in sections]
    if missing:
        names = ", ".join(f"{n}. {SECTION_NAMES[n]}" for n in missing)
        raise ExtractionError(source_file, f"not a strategy of the federal template or "
                                           f"incomplete: section(s) {names} not found")
    require_section_8(sections, source_file)
    sectors = sector_names(sections)
    if not sectors:
        raise ExtractionError(source_file, "no sector headings («1. Образование и наука» …) "
                                           "shared by sections 4-7")
    card = read_card(lines, sections.get(2))
    spaced = prints_line_end_spaces(lines)
    ctx = replace(_context(card.title, sections, sectors, spaced),
                  name_label_cut=printed_label_cut(printed),
                  lexicon=build_lexicon(lines, spaced))
    indicators, findings, years = read_indicators(sections[7], sectors, ctx)
    if not years:
        raise ExtractionError(source_file, f"section 7 {SECTION_NAMES[7]}: no table header "
                                           "with the years of the values")
    if not indicators:
        raise ExtractionError(source_file, f"section 7 {SECTION_NAMES[7]}: no indicator rows")
    asked = _names(indicators)
    projects, pf = read_projects(sections[6], sectors, asked)
    if _cut_short(indicators, projects):
        # Section 7 was read before section 6 knew its names: a name a page break cut
        # there (its tail far after the break) is completed from section 6's.
        ctx = replace(ctx, project_texts=_with_names(ctx.project_texts, projects))
        indicators, findings, years = read_indicators(sections[7], sectors, ctx)
    known = _names(indicators)
    first = {k: list(v) for k, v in known.items()}
    for p in projects:
        known.setdefault(int(p.sector_no), []).append(p.project_name)
    known = {k: list(dict.fromkeys(v)) for k, v in known.items()}
    complete = section4_sentences(sections[4].lines) if 4 in sections else set()
    links, tf = read_task_links(sections[5], sectors, known, complete)
    # Section 5 may print whole a name that sections 6 and 7 cut or lack, and section
    # 7 read again may spell a name further than the names section 6 was given (a
    # filled line loses its wrap mark in section 6 too): read section 6 again with
    # their names.
    extra = {k: [t.project_name for t in links if t.project_name and int(t.sector_no) == k]
             for k in sectors}
    if any(n not in known.get(k, []) for k, v in extra.items() for n in v) or any(
            n not in asked.get(k, []) for k, v in first.items() for n in v):
        again = {k: list(dict.fromkeys([*first.get(k, []), *extra.get(k, [])])) for k in sectors}
        projects, pf = read_projects(sections[6], sectors, again)
        if _cut_short(indicators, projects):
            # Section 6 now holds a name it had cut before (section 5 printed it
            # whole): a section-7 name that a page break cut is completed from it.
            ctx = replace(ctx, project_texts=_with_names(ctx.project_texts, projects))
            indicators, findings, years = read_indicators(sections[7], sectors, ctx)
    indicators, findings = _spelled_again(sections[7], sectors, ctx, indicators, findings,
                                          projects, links)
    if not projects or not links:
        which = "6" if not projects else "5"
        raise ExtractionError(source_file, f"section {which} {SECTION_NAMES[int(which)]}: "
                                           "no table rows")
    return StrategyRecords(card=card, task_links=links, projects=projects,
                           indicators=indicators, findings=[*findings, *pf, *tf])


def extract_strategy_text(text: str, source_file: str) -> dict[str, list[dict]]:
    """Contract rows (documents, strategy_*, findings) of one strategy text dump."""
    return to_rows(read_text_records(text, source_file), source_file)
