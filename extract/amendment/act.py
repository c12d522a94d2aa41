"""The decree's own facts: issuer region, date, number, title, and the program it amends.

Read from the decree's opening (issuer, «ПОСТАНОВЛЕНИЕ», «от … № …», the title)
because that block has one fixed form across regions; the program's period
after the amendment comes from what the decree restates (passport «Срок
реализации», the funding table's program row), not from the old title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.regions import region_nominative
from extract.text import squeeze

MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
_MONTH = "|".join(MONTHS)
_DASH = r"\s*[-–—−]\s*"
_ACT_NO = r"№\s*([0-9][0-9A-Za-zА-Яа-я\-/]*)"
# «от «16» сентября 2022 г. № 630», «от 16 сентября 2022 года № 630», «от 16.09.2022 № 630»
_DATE_TEXT = rf"«?\s*(\d{{1,2}})\s*»?\s+({_MONTH})\s+(\d{{4}})\s*(?:г\.|года|г)?"
_DATE_DOTS = r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.|года)?"
_ACT = re.compile(rf"\bот\s+(?:{_DATE_TEXT}|{_DATE_DOTS})\s*{_ACT_NO}", re.IGNORECASE)
# Some headers print the date and the number on one line without «от».
_ACT_BARE = re.compile(
    rf"^\s*(?:{_DATE_TEXT}|{_DATE_DOTS})\s*{_ACT_NO}", re.IGNORECASE | re.MULTILINE
)
_ISSUER = re.compile(
    r"^\s*(ПРАВИТЕЛЬСТВО|АДМИНИСТРАЦИЯ|КАБИНЕТ\s+МИНИСТРОВ|ГУБЕРНАТОР|КОЛЛЕГИЯ"
    r"(?:\s+АДМИНИСТРАЦИИ)?)\b\s*(.*)$"
)
_ACT_KIND = re.compile(r"^\s*(ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|УКАЗ)\s*$")
_TITLE_START = re.compile(r"^\s*(?:\*\*)?\s*О\s+внесении\s+изменени", re.IGNORECASE)
_PROGRAM = re.compile(
    r"государственн\w*\s+программ\w*\s+[^«]{0,200}?«((?:[^«»]|«[^«»]*»)+)»", re.IGNORECASE
)
_PERIOD = re.compile(rf"((?:19|20)\d{{2}}){_DASH}((?:19|20)\d{{2}})\s*(?:год|гг)")
_REPLACED_PERIOD = re.compile(
    rf"заменить\s+цифрами\s+«\s*((?:19|20)\d{{2}}){_DASH}((?:19|20)\d{{2}})\s*»", re.IGNORECASE
)
_TERM = re.compile(r"Срок\w*\s+реализации[^\t\n]*\t([^\t\n]+)", re.IGNORECASE)


@dataclass
class ActInfo:
    region: str = ""
    title: str = ""
    act_date: str = ""
    act_number: str = ""
    program_name: str = ""
    amended_act_date: str = ""
    amended_act_number: str = ""
    period_start: int | None = None
    period_end: int | None = None
    source_line: int | None = None


def parse_act_date(match: re.Match) -> str:
    """ISO date from a `_ACT` match (text month or dotted form)."""
    day, month, year, d2, m2, y2 = match.groups()[:6]
    if day:
        return f"{int(year):04d}-{MONTHS[month.lower()]:02d}-{int(day):02d}"
    return f"{int(y2):04d}-{int(m2):02d}-{int(d2):02d}"


def find_act(text: str) -> re.Match | None:
    """The first «от <date> № <number>»: the decree's own date and number."""
    return _ACT.search(text) or _ACT_BARE.search(text)


def read_act(lines: list[str]) -> ActInfo:
    """Everything `documents` needs about the decree; fields stay empty when not printed."""
    info = ActInfo()
    head_end = min(len(lines), 80)
    head = "\n".join(lines[:head_end])

    kind_at = next((i for i in range(head_end) if _ACT_KIND.match(lines[i])), None)
    issuer_lines: list[str] = []
    for i in range(kind_at if kind_at is not None else 0):
        if m := _ISSUER.match(lines[i]):
            issuer_lines = [m.group(2)] + [x for x in lines[i + 1 : kind_at] if x.strip()]
            break
    if issuer_lines:
        genitive = squeeze(" ".join(issuer_lines))
        info.region = region_nominative(printed_casing(genitive, "\n".join(lines)))

    start = next((i for i in range(head_end) if _TITLE_START.match(lines[i])), None)
    # The decree's own date and number stand above its title; the title's dates
    # belong to the amended act.
    above_title = "\n".join(lines[: start if start is not None else head_end])
    act = find_act(above_title)
    if act:
        info.act_date = parse_act_date(act)
        info.act_number = act.group(7)
        info.source_line = above_title[: act.start()].count("\n") + 1

    title_lines: list[str] = []
    if start is not None:
        for line in lines[start:]:
            if not line.strip():
                break
            title_lines.append(line)
            if line.rstrip().endswith("**") and len(title_lines) > 1:
                break
    info.title = squeeze(" ".join(title_lines).replace("**", ""))

    if m := _PROGRAM.search(info.title) or _PROGRAM.search(head):
        info.program_name = squeeze(m.group(1).replace("\n", " "))
    if info.title and (amended := _ACT.search(info.title)):
        info.amended_act_date = parse_act_date(amended)
        info.amended_act_number = amended.group(7)
    return info


def period_after_amendment(text: str, program_row_name: str = "") -> tuple[int | None, int | None]:
    """The program's period as the decree leaves it.

    In order: the restated passport «Срок реализации» cell, the funding table's
    program row («… на 2014 – 2025 годы»), a «заменить цифрами «2014 – 2025»»
    instruction; the old title's period only as a last resort.
    """
    for m in _TERM.finditer(text):
        if p := _PERIOD.search(m.group(1)):
            return int(p.group(1)), int(p.group(2))
    if program_row_name and (p := _PERIOD.search(program_row_name)):
        return int(p.group(1)), int(p.group(2))
    replaced = _REPLACED_PERIOD.findall(text)
    if replaced:
        start, end = max(replaced, key=lambda p: (int(p[1]) - int(p[0]), int(p[1])))
        return int(start), int(end)
    if p := _PERIOD.search(text):
        return int(p.group(1)), int(p.group(2))
    return None, None


# --- region names --------------------------------------------------------------------

_NOUNS = {
    "области": "область", "края": "край", "округа": "округ", "республики": "республика",
    "города": "город",
}


def printed_casing(upper: str, text: str) -> str:
    """The same words as printed in running text (the issuer line is in capitals)."""
    words = re.split(r"\s*[-–—]\s*|\s+", upper.strip())
    pattern = r"[\s\-–—]+".join(re.escape(w) for w in words if w)
    if pattern:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            found = " ".join(m.group(0).split())
            if found != found.upper():
                return found
    return " ".join(w if w.lower() in _NOUNS else w.capitalize() for w in upper.lower().split())
