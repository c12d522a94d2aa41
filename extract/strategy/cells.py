"""What a single line of a flattened table can be: a value, a unit, a project
number, the start of an organisation's or an indicator's name.

The dump has no column delimiters, so the table readers decide a line's column
from its shape; the shapes are the template's (units of measure, «Министерство …»,
«Доля …»), never one region's wording.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from extract.strategy.settings import SETTINGS

NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)?")
_SPECIAL_VALUE = re.compile(
    r"[-–—]|[хx]|да|нет|н/д|[≥≤<>]=?\s*\d+(?:[.,]\d+)?\s*%?|\d+(?:[.,]\d+)?\s*%|не\s+менее\s+\d+(?:[.,]\d+)?\s*%?",
    re.IGNORECASE,
)

# Units of measure: [multiplier] [qualifier] base, e.g. «тыс. чел.», «условных единиц»,
# «Миллион квадратных метров», «процентов», «%», «усл. ед.».
_MULT = r"(?:тыс\.?|тысяч\w*|млн\.?|миллион\w*|млрд\.?|миллиард\w*)"
_QUAL = r"(?:условн\w*|усл\.?|квадратн\w*|кв\.?|кубическ\w*|куб\.?|погонн\w*|пог\.?)"
_BASE = (
    r"(?:%|процент\w*|проц\.?|п\.\s*п\.?|шт\.?|штук\w*|ед\.?|единиц\w*|чел\.?|человек\w*|"
    r"балл\w*\.?|руб\.?|рубл\w*|долл\.?|доллар\w*|евро|метр\w*|м2|м|км|га|кг|т\.?|тонн\w*|"
    r"дн\.?|дн[еяи]\w*|день|час\w*|ч\.|мин\.?|минут\w*|сек\.?|секунд\w*|лет|год\w*|мес\.?|"
    r"месяц\w*|раз(?:а|ов)?|мбит/с|гбит/с|Мбит/с|Гбит/с|да/нет|ед\.\s*/\s*%|усл\.\s*ед\.?)"
)
# The bases a qualifier measures (`условных единиц`, `квадратных метров`, `куб. м`): a
# qualifier before a count or a yes/no (`усл` / `да/нет`) is no unit, but the cut end of
# the indicator's word (`услуг`) beside the unit.
_QUAL_BASE = r"(?:ед\.?|единиц\w*|метр\w*|м2|м3|м|км|га|т\.?|тонн\w*)"
UNIT = re.compile(rf"(?:{_MULT}\s*)?(?:{_QUAL}\s*{_QUAL_BASE}|{_BASE})", re.IGNORECASE)

# Who answers for a project: the first word of the «Ответственный …» cell.
# The adjectives that open a body's two-word first phrase (`Главное управление`).
_ORG_ADJECTIVE = r"(?:Государственн|Главн|Региональн)\w+"
ORG_START = re.compile(
    r"(Министерств\w*|Департамент\w*|Комитет\w*|Управлени\w*|Агентств\w*|Служб\w*|"
    r"Инспекци\w*|Администраци\w*|Аппарат\w*|Правительств\w*|Государственн\w+\s+(?:комитет|"
    r"инспекци|служб)\w*|Госкомитет\w*|Главн\w+\s+управлени\w*|Представительств\w*|"
    r"Уполномоченн\w*|Региональн\w+\s+(?:служб|агентств)\w*|Органы|Органы\s+местного|ОИВ|"
    r"ИОГВ|РОИВ|ГКУ|ГБУ|ГАУ|КУ|ОГКУ|ГУ|АНО)\b"
)
# First words that open an indicator's name in this template.
INDICATOR_START = SETTINGS.indicator_start
_DIGIT_WORD = re.compile(r"\d+(?:[.,]\d+)?\s+[а-яё]")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,}\W*")


def is_value(text: str) -> bool:
    """A value cell (or several on one line): numbers, `-`, `да`, `≥ 15`, `95 %`."""
    t = text.strip()
    if not t:
        return False
    if all(NUMBER.fullmatch(tok) for tok in t.split()):
        return True
    return bool(_SPECIAL_VALUE.fullmatch(t))


def _thousands(tokens: list[str]) -> bool:
    return (
        len(tokens) > 1
        and re.fullmatch(r"\d{1,3}", tokens[0]) is not None
        and all(re.fullmatch(r"\d{3}(?:[.,]\d+)?", t) for t in tokens[1:-1])
        and re.fullmatch(r"\d{3}(?:[.,]\d+)?", tokens[-1]) is not None
    )


def split_values(text: str, room: int) -> list[str]:
    """The value cells on one line. Several numbers are several cells unless they
    read as one number with thousands separators (`1 416 742,3`) and the row does
    not have exactly that many free year columns."""
    t = text.strip()
    tokens = t.split()
    if len(tokens) == 1 or not all(NUMBER.fullmatch(x) for x in tokens):
        return [t]
    if _thousands(tokens) and len(tokens) != room:
        return [t]
    return tokens


def unit_with_values(text: str) -> tuple[str, list[str]] | None:
    """`процентов 10` (a unit and the first value(s) on one line) -> (unit, values)."""
    tokens = text.strip().split()
    k = len(tokens)
    while k > 0 and NUMBER.fullmatch(tokens[k - 1]):
        k -= 1
    if k == 0 or k == len(tokens):
        return None
    unit = " ".join(tokens[:k])
    if UNIT.fullmatch(unit):
        return unit, tokens[k:]
    return None


def is_unit(text: str) -> bool:
    return bool(UNIT.fullmatch(text.strip()))


# Stems of the unit words (`процент`, `единиц`, `тысяч`): the alternatives of the unit
# pattern that take an ending.
_UNIT_STEMS = tuple(sorted({a[:-3].lower() for a in "|".join((_MULT, _QUAL, _BASE)).replace(
    "(?:", "").replace(")", "").split("|") if a.endswith(r"\w*") and a[:-3].isalpha()}))


# Units spelled with a slash (`да/нет`, `Мбит/с`): their first letters up to the slash
# or past it are a piece of one, cut by a narrow column.
_SLASH_UNITS = tuple(a.lower() for a in _BASE.replace("(?:", "").replace(")", "").split("|")
                     if "/" in a and a.replace("/", "").isalpha())


def unit_stems() -> tuple[str, ...]:
    """The stems of the unit words (`процент`, `единиц`), lower case."""
    return _UNIT_STEMS


def is_unit_piece(text: str) -> bool:
    """The first letters of a unit word broken by a narrow column and a page break
    (`проце` / break / `нтов`): lower-case letters (3+) that begin a unit word's stem
    and are no unit themselves; or a unit's first word alone (`условных` / break /
    `единиц`, `тыс.` / `человек`)."""
    t = text.strip()
    if is_unit_head(t):
        return True  # a multiplier or qualifier whose base came after a break
    if "/" in t and any(u.startswith(t.lower()) and u != t.lower() for u in _SLASH_UNITS):
        return True  # a unit cut after its slash or inside its second word (`да/не` / `т`)
    return (len(t) >= 3 and t.isalpha() and t.islower() and not is_unit(t)
            and any(stem.startswith(t) and stem != t for stem in _UNIT_STEMS))


def is_unit_head(text: str) -> bool:
    """A unit's multiplier or qualifier alone (`тыс.`, `Миллион`, `условных`): a unit's
    first word, its base still to come."""
    return bool(re.fullmatch(rf"{_MULT}|{_QUAL}", text.strip(), re.IGNORECASE))


def is_multiplier(text: str) -> bool:
    """A unit's multiplier alone (`тыс.`, `млн`): no other cell ends with one."""
    return bool(re.fullmatch(_MULT, text.strip(), re.IGNORECASE))


def is_unit_start(text: str) -> bool:
    """The first letters of a unit, no unit yet (`ми`, `тыс. чело`, `да/не`): a unit's
    multiplier or qualifier, if any, then the first letters (2+) of a unit word, as a
    unit column too narrow for its words prints them before a page break."""
    words = text.split()
    if not words or is_unit(text):
        return False
    head, last = " ".join(words[:-1]), words[-1]
    if head and not re.fullmatch(rf"(?:{_MULT}\s*)?{_QUAL}?", head, re.IGNORECASE):
        return False
    return is_unit_piece(last) or (
        len(last) >= 2 and last.isalpha() and last.islower()
        and any(stem.startswith(last) and stem != last for stem in _UNIT_STEMS))


def first_word(text: str) -> str:
    m = re.match(r"[\w-]+", text.strip())
    return m.group(0) if m else ""


def starts_upper(text: str) -> bool:
    t = text.strip().lstrip("«\"(")
    return bool(t) and t[0].isupper()


def is_org_start(text: str) -> bool:
    return bool(ORG_START.match(text.strip()))


def is_org_adjective(text: str) -> bool:
    """The line is only the adjective a body's two-word first phrase opens with
    (`Главное`, its noun `управление` on the next line)."""
    return bool(re.fullmatch(_ORG_ADJECTIVE, text.strip()))


def is_org_start_piece(text: str) -> bool:
    """The first piece of a body's first word broken inside it by a narrow
    column and a page break (`Мини` / break / `стерство`): a line that is only
    the beginning of one of the words a body's name opens with."""
    t = text.strip()
    return (len(t) >= SETTINGS.min_org_piece and t.isalpha() and t[:1].isupper()
            and any(w.startswith(t) and w != t for w in SETTINGS.org_start_words))


def is_indicator_start(text: str, learned: set[str] | None = None) -> bool:
    """A line that opens an indicator's name: a known first word, or a number
    followed by a word (`100 медицинских организаций…`, the '%' glyph lost)."""
    t = text.strip()
    w = first_word(t).lower()
    if w in INDICATOR_START or (learned and w in learned):
        return starts_upper(t) or w.isdigit()
    return bool(_DIGIT_WORD.match(t))


def is_acronym_start(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(first_word(text) or "x"))


class ProjectNo(NamedTuple):
    no: str  # as printed, without a trailing dot: `3.2`, `2`
    rest: str  # the name's first words when printed on the same line
    style: str  # `dotted` (3.2), `dot` (2.) or `bare` (2)


def project_number(text: str, sector_no: int) -> ProjectNo | None:
    """`1`, `1.`, `3.2` (in sector 3) alone, or followed by the name's first words
    (`3.2 Name…`, `1 Name…`). One table numbers all its projects in one style,
    which tells them from numbered lists inside cells."""
    t = text.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,3})\.?(?:\s+(.*))?", t)
    if m and int(m.group(1)) == sector_no:
        return ProjectNo(f"{m.group(1)}.{m.group(2)}", (m.group(3) or "").strip(), "dotted")
    # (The № column's number may share its baseline with the name's first letters in
    # narrow columns, printed without a space: `1Эл` / `ек` / `тр`; no other cell opens
    # with digits glued to a capitalised word.)
    m = re.fullmatch(r"(\d{1,3})(\.?)(?:\s+([«\"(]?[А-ЯЁA-Z].*)|([А-ЯЁ][а-яё].*))?", t)
    if m:
        return ProjectNo(m.group(1), (m.group(3) or m.group(4) or "").strip(),
                         "dot" if m.group(2) else "bare")
    return None


def project_starts(lines: list, sector_no: int) -> list[tuple[int, ProjectNo]]:
    """(index, number) of each project of a sector's table lines, numbered in
    sequence (1, 2, … or s.1, s.2, …) and in the style of the first one; one
    number lost or cut by a page break does not stop the sequence."""
    out: list[tuple[int, ProjectNo]] = []
    expected, style = 1, None
    for i, ln in enumerate(lines):
        num = project_number(ln.text, sector_no)
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if num is not None and short_project_no(num.no) != str(expected) and (
                re.fullmatch(r"\d{1,2}", nxt) and not num.rest):
            # A number wrapped inside the narrow № column (`5.1` / `0` for 5.10):
            # the project starts at its last piece.
            whole = project_number(ln.text + nxt, sector_no)
            if whole and short_project_no(whole.no) == str(expected):
                i, num = i + 1, whole
                nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if (num is not None and style == "dotted" and num.style == "dot"
                and num.no == str(sector_no) and not num.rest and starts_upper(nxt or "x")):
            # A dotted number cut after its dot by a page break (`1.` | break | `7`).
            num = ProjectNo(f"{sector_no}.{expected}", "", style)
        if (num is not None and style is not None and num.style == style
                and short_project_no(num.no) == str(expected + 1) and starts_upper(nxt or "x")):
            expected += 1  # a row whose number the dump lost: keep the sequence
        if num is None or short_project_no(num.no) != str(expected):
            continue
        if style is not None and num.style != style:
            # A dotted table that once prints a bare `5` for `8.5`.
            if not (style == "dotted" and num.style == "bare" and starts_upper(nxt or "x")):
                continue
            num = ProjectNo(f"{sector_no}.{num.no}", num.rest, style)
        if not num.rest and (not nxt or is_value(nxt)):
            continue
        out.append((i, num))
        style = num.style
        expected += 1
    return out


def missing_numbers(starts: list[tuple[int, ProjectNo]]) -> list[tuple[int, str]]:
    """(index of the row after the gap, the number not found) for each row number
    the sequence of `project_starts` skipped: that row's text is merged into the
    row before it, which the reader reports rather than hides."""
    out: list[tuple[int, str]] = []
    for (_, a), (i, b) in pairwise(starts):
        prefix = a.no.rsplit(".", 1)[0] + "." if "." in a.no.rstrip(".") else ""
        for n in range(int(short_project_no(a.no)) + 1, int(short_project_no(b.no))):
            out.append((i, f"{prefix}{n}"))
    return out


def short_project_no(no: str) -> str:
    """`3.2` -> `2`, `2.` -> `2`: the project's number within its sector."""
    return no.rstrip(".").rsplit(".", 1)[-1]


def parens_open(text: str) -> bool:
    """Unclosed ( or « in a cell's text so far: its continuation follows."""
    return text.count("(") > text.count(")") or text.count("«") > text.count("»")


_JOINERS = SETTINGS.joiners
# Adjective and participle endings: a Russian phrase does not end on them.
_ADJECTIVE = re.compile(
    r"[а-яё]{2,}(?:ого|его|ому|ему|ых|их|ыми|ими|ую|юю|ая|яя|ые|ый|ской|цкой|ной)$")
# Adjectives used as nouns: a phrase may end on them.
_NOUN_ADJECTIVES = SETTINGS.noun_adjectives


def open_end(text: str) -> bool:
    """The text stops mid-phrase: its cell surely goes on."""
    t = text.rstrip()
    if not t:
        return False
    if t.endswith((",", ":", ";", "-", "–", "—")) or parens_open(t):
        return True
    last = t.split()[-1].lower()
    return last in _JOINERS or (bool(_ADJECTIVE.fullmatch(last))
                                 and last not in _NOUN_ADJECTIVES)


def goes_on(rest: str) -> bool:
    """The rest of a line after a known name ends inside it is still the same
    cell: it starts in lower case, is only acronyms (`ВС СМС`), or is an
    adjective that needs its noun (`Российской`); not a new capitalised cell."""
    t = rest.strip()
    if not t:
        return False
    words = t.split()
    if t[0].islower() or all(re.fullmatch(r"[A-ZА-ЯЁ0-9]{2,}\W*", w) for w in words):
        return True
    return open_end(words[0].lower())


# Capitalised adjectives of proper names in an oblique case (`Российской`,
# `Калининградского`): they go on a phrase, a cell never starts with them.
_OBLIQUE_PROPER = re.compile(r"[А-ЯЁ][а-яё]+(?:ской|цкой|ского|цкого|ских|скому|ским)\b")


def new_cell(text: str) -> bool:
    """A capitalised word (not an acronym, not an oblique proper adjective) opens
    a new cell."""
    t = text.strip().lstrip("«\"")
    return bool(re.match(r"[А-ЯЁA-Z][а-яё]", t)) and not _OBLIQUE_PROPER.match(t)
