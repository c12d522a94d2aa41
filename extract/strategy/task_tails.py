"""Where a task cell of section 5, cut by a page break, goes on after it.

After a break the dump prints each cut column's rest in column order (task,
project, beneficiary, benefit), with nothing to say where one ends. A task's
rest is recognised from the template's layout and Russian typography:

- the task column has one width in a table: its lines are never wider, and a
  line is followed by another of the same cell only if the next word would not
  have fitted (wrapped), or it ends a sentence and a new one starts (tasks of a
  cell are separate sentences, each on a new line);
- a cell does not end on an open phrase (comma, hyphen, preposition or
  conjunction, adjective, unclosed bracket), and a sentence that sections 4 or
  5 print whole elsewhere is complete: the cell ends there unless a new
  sentence starts;
- a cell that fills the page down to the next break goes on after that one.

Where the dump marks lines wrapped inside their cell (a trailing space), a
marked line goes on for sure and one not marked ended, unless it filled the
column (LibreOffice then drops the space), stops mid-phrase or breaks a word:
`wrapped_tail_length`, `cell_rest` and `cell_lines` read cells so.
"""

from __future__ import annotations

import re

from extract.morphology import morph
from extract.strategy.cells import new_cell, open_end, parens_open
from extract.strategy.names import name_key
from extract.strategy.sections import Line
from extract.strategy.settings import SETTINGS
from extract.strategy.words import broken_word, is_word, join_cell

_SENTENCE_END = re.compile(r"[.!?]$")
_ITEM = re.compile(r"\d{1,2}\.(?:\s+|$)")
# A mark that ends a word, wrapped to the start of the next line with the words
# after it (the word before it filled the column): it never opens a cell.
# A new sentence's first word ending a line (`… школ. Создание`).
_ONE_WORD_SENTENCE = re.compile(r"[.!?]\s+[«\"]?[А-ЯЁ][а-яё]+$")
# A capitalised proper adjective in an oblique case (`Российской`, `Калининградского`).
_OBLIQUE_PROPER_END = re.compile(r"[А-ЯЁ][а-яё]+(?:ской|цкой|ского|цкого|ских|скому|ским)")
LEAD_MARK = re.compile(r"([.,;:])\s+(?=\S)")
# Slack for proportional fonts: see `settings.full_share`.
_FULL = SETTINGS.full_share
_FULL_AT_BREAK = SETTINGS.full_share_at_break


def sentences(text: str) -> list[str]:
    """Keys of the sentences of a cell (split at a full stop before a capital)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[«\"(]?[А-ЯЁA-Z])", text)
    return [name_key(p) for p in parts if name_key(p)]


def last_sentence(text: str) -> str:
    found = sentences(text)
    return found[-1] if found else ""


def section4_sentences(lines: list[Line]) -> set[str]:
    """Sentences of the numbered items of section 4 (problems, challenges, tasks per
    sector): section 5 picks its tasks from them."""
    out: set[str] = set()
    item: list[str] = []
    for ln in [*lines, None]:
        text = ln.text if ln is not None else ""
        # An item ends before the next number, a heading (`…:`), or a capitalised
        # line after one that closes a phrase (the paragraph after the list).
        ends = ln is None or bool(_ITEM.match(text)) or text.endswith(":") or ln.empty or (
            bool(item) and text[:1].isupper() and not open_end(item[-1]))
        if ends and item:
            out.update(sentences(join_cell(item)))
            item = []
        if ln is None or text.endswith(":") or ln.empty:
            continue
        item.append(_ITEM.sub("", text, count=1) if _ITEM.match(text) else text)
    return out


def _wraps(line: str, nxt: str, width: int) -> bool:
    """`nxt` goes on in the same cell as `line`: a new sentence starts on a new
    line, or the next word did not fit."""
    if _SENTENCE_END.search(line):
        return nxt[:1].isupper()
    word = nxt.split()[0] if nxt.split() else ""
    return len(line) + 1 + len(word) > _FULL * width


def tail_length(task: str, last_line: str, lines: list[str], width: int,
                complete: set[str], more: bool = False) -> int:
    """How many of `lines` (the text after a page break) go on with `task`, whose
    last line before the break is `last_line`; `more`: another break follows."""
    if not lines or not task:
        return 0
    first = lines[0].strip()
    if not open_end(task):
        if _SENTENCE_END.search(task):
            if not first[:1].isupper():
                return 0
        elif (not first[:1].islower() or last_sentence(task) in complete
              or len(last_line) + 1 + len(first.split()[0]) <= _FULL_AT_BREAK * width):
            # A cell that goes on after the break filled its last line before it.
            return 0
    limit = width + 2
    best, k = 0, 0
    while k < len(lines) and len(lines[k]) <= limit:
        k += 1
        if not open_end(lines[k - 1]):
            best = k
        if k == len(lines):
            # A cell that fills the page to the next break goes on after it.
            return k if more else best
        if not _wraps(lines[k - 1], lines[k], width):
            break
        if not lines[k][:1].isupper() and last_sentence(
                join_cell([task, *lines[:k]])) in complete:
            # A sentence printed whole elsewhere ends here, and no new one starts.
            return k
    return best



def goes_on(line: str, wrapped: bool) -> bool:
    """Where the dump marks wrapped lines: the cell goes on after `line` (marked, or
    a word hyphenated at its end, after which no space is printed)."""
    return wrapped or bool(re.search(r"\w-$", line))


def cell_rest(lines: list[str], wraps: list[bool], before: str = "") -> int:
    """How many of `lines` (after a page break, where the dump marks wrapped lines)
    are the rest of one cut cell, whose text before them is `before`: up to the
    first line that does not go on, unless the next is a remark in brackets or
    opens with a proper adjective (the next cut cell's rest may open in lower
    case, but not so), or the cell's bracket is still open and the next line
    opens no cell; never past a beneficiary's rest (`item_rest`)."""
    k = 0
    while k < len(lines):
        if k and item_rest(lines[k], lines[k + 1] if k + 1 < len(lines) else ""):
            break
        if k and _item_before_list(lines, wraps, k):
            break
        k += 1
        if k == len(lines) or goes_on(lines[k - 1], wraps[k - 1]):
            continue
        nxt = lines[k]
        if not (_proper_adjective(nxt) or nxt.lstrip().startswith("(") or (
                parens_open(join_cell([before, *lines[:k]])) and not new_cell(nxt)
                and not list_item(nxt, wraps[k])) or _filled_mid_phrase(lines[k - 1], nxt)):
            break
    return k


def alone_rest(lines: list[str], wraps: list[bool], k: int) -> int:
    """How many of `lines` from `k` on still go on a cut cell that no later column
    follows after the break (every later cell of the row ended before it): the
    tails print only cut cells' rests, in column order, so a line that no cell
    opens with (`opens_inside`: `внедрением сервисов` / `на основе`) goes on the
    cell though the line before it lost the wrap mark (it filled the column); a
    list item or a capitalised cell opening after an unmarked line stops it."""
    n = k
    while n < len(lines) and n > 0 and (goes_on(lines[n - 1], wraps[n - 1])
                                        or opens_inside(lines[n])):
        if list_item(lines[n], wraps[n]) or item_rest(
                lines[n], lines[n + 1] if n + 1 < len(lines) else ""):
            break
        n += 1
    return n - k


def _item_before_list(lines: list[str], wraps: list[bool], k: int) -> bool:
    """Line `k` is one capitalised word followed by a list item (`Граждане ` / `- `
    / `Органы`): a beneficiary of the next column's rest (its dash printed before
    the break), not the line of a name, whose cell a list never goes on."""
    return (k + 1 < len(lines) and len(lines[k].split()) == 1 and new_cell(lines[k])
            and list_item(lines[k + 1], wraps[k + 1]))


def _filled_mid_phrase(line: str, nxt: str) -> bool:
    """A cell's line without the wrap mark that stops on a capitalised proper
    adjective in an oblique case (`субъекта Российской` / `Федерации`) filled its
    column (LibreOffice drops the space there): the adjective needs its noun, the
    capitalised next line, which is no list item."""
    if _ends_proper_adjective(line):
        return _proper_adjective_end(line, nxt)
    # (Any adjective or preposition, `государственной информационной` / `системы
    # социального …`, before a line going on in lower case.)
    return (line[-1:].isalpha() and open_end(line) and nxt[:1].islower()
            and not item_rest(nxt, ""))


def _ends_proper_adjective(line: str) -> bool:
    words = line.split()
    return bool(words) and bool(_OBLIQUE_PROPER_END.fullmatch(words[-1]))


def _proper_adjective_end(line: str, nxt: str) -> bool:
    """A line stopping on a capitalised proper adjective in an oblique case
    (`социального страхования Российской` / `Федерации, …`) filled its column: no
    task ends there, the noun it needs opens the next line."""
    return _ends_proper_adjective(line) and nxt[:1].isupper() and not list_item(nxt)


def _oblique_adjective(text: str) -> bool:
    """`text` opens with a capitalised adjective or participle that has no
    nominative form (`Пенсионного фонда`): it goes on a phrase of the line before;
    a cell (a name, a beneficiary) opens with a nominative."""
    words = text.split()
    if not words or not words[0][:1].isupper() or not words[0][1:2].islower():
        return False
    parses = morph().parse(words[0].strip(",.;:").lower())
    return bool(parses) and all(
        p.tag.POS in {"ADJF", "PRTF"} and p.tag.case != "nomn" for p in parses)


def cell_lines(lines: list[str], wraps: list[bool], cut: bool = False) -> int:
    """How many of `lines` (a row's text before a break, where the dump marks
    wrapped lines) make its first cell: a line goes on when marked, or when the
    next is one no cell opens with (`opens_inside`). In a row `cut` by a page
    break a marked line before a capitalised word (`cells.new_cell`) or a list
    item was the cell's last before the break."""
    k = 0
    while k < len(lines):
        k += 1
        if k == len(lines):
            break
        nxt = lines[k]
        if goes_on(lines[k - 1], wraps[k - 1]):
            if cut and (new_cell(nxt) or list_item(nxt, wraps[k])):
                break
        elif not opens_inside(nxt):
            break
    return k


def list_item(text: str, wrapped: bool = False, nxt: str | None = None) -> bool:
    """A line that opens an item of a list (`- Граждане`, the beneficiaries): no
    name goes on with one (a dash before a word in lower case, `- удобное`, or
    an acronym, `- ГИС ЖКХ)`, may go on a name). A dash alone on a line marked as
    wrapped (`wrapped`) opens one too: a column narrower than `- Граждане` wraps
    at the space after the dash, while a compound's hyphen wrapped alone
    (`Кабардино` / `-` / `Балкарской`) has no space after it. Where the next line
    `nxt` is known, a dash alone before a line in lower case (`граждан` / `-` /
    `удобное`, a name's dash wrapped by a narrow column) opens no item: the
    template's beneficiaries are capitalised."""
    t = text.strip()
    if wrapped and t in ("-", "–", "—"):
        return not (nxt and nxt.strip()[:1].islower())
    return bool(re.match(r"[-–—]\s+[А-ЯЁA-Z][а-яё]", t))


def item_rest(text: str, nxt: str) -> bool:
    """The rest of a beneficiary the narrow column cut inside its word before a
    page break (`Гражда` | break | `не - `, then the next item, `Органы`): a few
    lower-case letters and the dash that opens the next item. Such a line comes
    after the task's lines in column order, and is not the task's."""
    return bool(re.fullmatch(r"[а-яё]{1,4}\s+[-–—]", text.strip())) and (
        nxt.strip()[:1].isupper())


def opens_inside(text: str) -> bool:
    """A line that goes on a cell and never opens one: lower case, a remark in
    brackets, a proper adjective."""
    t = text.strip()
    return t[:1].islower() or t.startswith("(") or _proper_adjective(t)


def _proper_adjective(text: str) -> bool:
    """`text` opens with a capitalised proper adjective in an oblique case
    (`Российской`), which goes on a phrase and never opens a cell."""
    t = text.strip()
    return t[:1].isupper() and t[1:2].islower() and not new_cell(t)


_ACRONYM_START = re.compile(r"[А-ЯЁA-Z]{2,}(?=[\s,;:]|$)")


def _acronym_on(line: str, nxt: str, width: int, names: tuple[str, ...]) -> bool:
    """A line not marked as wrapped that stops mid-sentence where the next line's
    first word, an acronym (`в контур` / `ООВО и НИИ …`), would not have fitted
    after it: the line filled its column (LibreOffice drops the space), and an
    acronym is no cell's start unless a project's name begins with it (the name's
    column comes next)."""
    m = _ACRONYM_START.match(nxt)
    if not m or _SENTENCE_END.search(line) or len(line) + 1 + len(m.group()) <= width:
        return False
    key = name_key(m.group())
    return not any(name_key(n).startswith(key) for n in names)


def wrapped_tail_length(task: str, cut: bool, last_line: str, lines: list[str],
                        wraps: list[bool], width: int, complete: set[str],
                        name_cut: bool = False, names: tuple[str, ...] = ()) -> int:
    """`tail_length` where the dump marks wrapped lines: a task whose last line
    before the break went on (`cut`) goes on after it; one whose last line was not
    marked ended, unless a word was broken at the break or the line was filled to
    the column's width (LibreOffice then drops the space) and is not a whole
    sentence; but when the name (`name_cut`) went on after the break too, whose
    rest comes next, only a broken word or an open phrase says so. After the
    break its lines go on while marked, or while a line not marked was full and
    the next goes on in lower case, or stops mid-phrase (`взаимодействия с`) and
    the next opens no cell (`ООВО и НИИ`). A line wider than the task column is
    not the task's."""
    if not lines or not task:
        return 0
    first = lines[0].strip()
    if name_cut:
        filled = open_end(last_line) and opens_inside(first)
    else:
        # (Or the next word would not have fitted the widest line beside it: the
        # line may have filled its column in wide letters; characters only
        # approximate the width.)
        filled = (_filled(last_line, first, width) or _no_room(last_line, first, width)
                  ) and last_sentence(task) not in complete
        # A task never ends mid-phrase (`обеспечения ООВО и`): its rest opens the
        # tails unless that line opens a cell (`НИИ оборудованием` does not).
        filled = filled or (open_end(last_line) and not new_cell(first)
                            and not list_item(first, False)) or _acronym_on(
            last_line, first, width, names)
    filled = filled or printed_on(task, first, complete) or (
        not name_cut and _full_sentence(last_line, first, width)) or (
        # A quote the task opened and left open (`системы «Работа в`): the task
        # goes on, and the first tail closes it (`России», в том числе …`).
        task.count("«") > task.count("»") and "»" in first
        and first.find("»") < (first.find("«") if "«" in first else len(first)))
    if not cut and not broken_word(last_line, first) and not filled and not LEAD_MARK.match(
            first):
        # (A mark opening the tail, `. Внедрение`, ends the word the line before
        # the break filled its column with: the cell goes on.)
        return 0
    limit = width + 2
    k = 0
    # (One word alone may be wider than the column: a word it broke, glued back.)
    while k < len(lines) and (len(lines[k]) <= limit or len(lines[k].split()) == 1):
        if k and item_rest(lines[k], lines[k + 1] if k + 1 < len(lines) else ""):
            break
        k += 1
        if k < len(lines) and not goes_on(lines[k - 1], wraps[k - 1]) and not (
                # (Where the name went on too, its rest opens right after the
                # task's: a line that may have filled its column is no proof.)
                (not name_cut and _filled(lines[k - 1], lines[k], width)
                 and last_sentence(join_cell([task, *lines[:k]])) not in complete)
                or (not name_cut and _full_sentence(lines[k - 1], lines[k], width))
                or (not name_cut and _acronym_on(lines[k - 1], lines[k], width, names))
                or (not name_cut and _proper_adjective_end(lines[k - 1], lines[k]))
                or (not name_cut and not _SENTENCE_END.search(lines[k - 1])
                    and _oblique_adjective(lines[k]))
                or (open_end(lines[k - 1]) and not new_cell(lines[k])
                    and not list_item(lines[k], wraps[k]))
                or printed_on(join_cell([task, *lines[:k]]), lines[k], complete)):
            break
    return k


def printed_on(text: str, nxt: str, complete: set[str]) -> bool:
    """`nxt` goes on the sentence `text` ends with as a sentence printed whole
    elsewhere (`complete`: a task of a row no page break cut, wrapped the same in
    the same column, or section 4) goes on: a line that filled its column but
    lost the mark (`области Кузбасса` / `и органов`) is told so."""
    if not complete or _SENTENCE_END.search(text.rstrip()):
        return False
    done = sentences(text)
    joined = sentences(join_cell([text, nxt]))
    if not done or len(joined) < len(done):
        return False
    now = joined[len(done) - 1]
    return len(now) > len(done[-1]) and any(s.startswith(now) for s in complete)


def lead_marks_back(lines: list[str]) -> list[str]:
    """A cell's lines with a mark opening a line (`LEAD_MARK`) put back on the line
    before: a cut cell's rest after a page break may open so (`документооборот` |
    break | `. Внедрение`)."""
    out: list[str] = []
    for text in lines:
        lead = LEAD_MARK.match(text.strip())
        if lead and out:
            out[-1] = out[-1].rstrip() + lead.group(1)
            text = text.strip()[lead.end():]
        out.append(text)
    return out


def _full_sentence(line: str, nxt: str, width: int) -> bool:
    """A line not marked as wrapped that ends a sentence and fills its column, and
    `nxt` opens the next sentence: the cell may go on (only the name's rest, when
    the name was cut too, would open so in the next column)."""
    return bool(_SENTENCE_END.search(line)) and len(line) >= _FULL * width and (
        new_cell(nxt))


def _no_room(line: str, nxt: str, width: int) -> bool:
    """`line`, a task's last line before a break without the wrap mark, ends mid-
    sentence and `nxt` goes on in lower case with a word that would not have fitted
    after it in the widest line of the column (`потенциальные возможности` /
    `получения …`): the line may have been full, so it need not have ended the cell."""
    word = nxt.split()[0] if nxt.split() else ""
    return (nxt[:1].islower() and not _SENTENCE_END.search(line)
            and len(line) + 1 + len(word) > width)


def _filled(line: str, nxt: str, width: int) -> bool:
    """A line not marked as wrapped that still goes on: it fills its column (the
    space after it did not fit) or stops mid-phrase — or on a new sentence's first
    word (`школ. Создание`: no task is one word, and a line left short by a broken
    word moved back onto the line before it still filled its column) — and `nxt`
    goes on in lower case."""
    if nxt.startswith("«") and not _SENTENCE_END.search(line) and len(line) >= _FULL * width:
        return True  # a quoted name the phrase goes on with (`кабинете` / `«Моё здоровье»`)
    if _foreign_piece(line, nxt):
        return False
    return (nxt[:1].islower() or _proper_adjective(nxt)) and not _SENTENCE_END.search(line) and (
        len(line) >= _FULL * width or open_end(line) or bool(_ONE_WORD_SENTENCE.search(line)))


def _foreign_piece(line: str, nxt: str) -> bool:
    """`nxt` opens with a piece of a word that no word of `line` began (`ние и`
    after `современным требованиям`): the rest of another cell's word cut at the
    page's foot (the beneficiary's `«Образова` / `ние и наука»`), printed after the
    task's rest; a cell that goes on after a line it filled opens its next line
    with a whole word, or with the rest of the word the line ended on. Only a
    short piece (`foreign_piece_letters`): a longer unknown token may be a whole
    word the dictionary lacks."""
    first = nxt.split()[0].rstrip(",.;:»)") if nxt.split() else ""
    last = line.split()[-1] if line.split() else ""
    return (2 <= len(first) <= SETTINGS.foreign_piece_letters and first.isalpha()
            and first.islower() and not is_word(first) and not is_word(last + first))
