"""Words (and dotted row numbers) split across lines without a hyphen, rejoined.

A PDF export breaks a word that is wider than its (narrow) table column inside
the word, without a hyphen (`Министерст` / `во`); the dump then prints the
two parts on consecutive lines of the same cell. Such a break is recognised by
the dictionary (pymorphy3's Russian lexicon): the line ends in letters that are
no word, the next line opens in lower case, and the two together are a word.
Where both readings are words, or the dictionary does not know the word, what the
document prints elsewhere decides (`lexicon`: the template prints the same names
in columns of other widths, so a word cut here is printed whole there). Lines are
otherwise left as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import AbstractContextManager
from functools import lru_cache

from pymorphy3.units import DictionaryAnalyzer

from extract.morphology import cut_word, morph, words_opening
from extract.strategy.cells import is_unit, is_unit_piece, is_value
from extract.strategy.lexicon import APART, GLUE, Lexicon, build_lexicon
from extract.strategy.read_memory import ReadMemory
from extract.strategy.sections import Line
from extract.strategy.settings import SETTINGS
from extract.text import join_fragments

_TAIL = re.compile(r"(?:^|[\s(«\"„“-])([А-Яа-яЁё]+)$")
_HEAD = re.compile(r"([а-яё]+)(\S*)\s*(.*)$")
_LETTERS = re.compile(r"[А-Яа-яЁё]+")


@lru_cache(maxsize=65536)
def is_word(text: str) -> bool:
    """A Russian word form the dictionary knows (case-insensitive)."""
    return morph().word_is_known(text.lower())


@lru_cache(maxsize=4096)
def _function_word(text: str) -> bool:
    """A preposition, conjunction or particle (`до`, `и`, `не`)."""
    return any(p.tag.POS in {"PREP", "CONJ", "PRCL"} for p in morph().parse(text.lower()))


_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}


@lru_cache(maxsize=16384)
def _common_word(text: str) -> bool:
    """A word the dictionary knows as other than a proper name: a line opening in
    lower case with letters it knows only as a name (`ия`, `ания`, `гия`, `анному`)
    is no word of its own but a cut word's rest."""
    return any(p.is_known and not (_PROPER & p.tag.grammemes)
               for p in morph().parse(text.lower()))


@lru_cache(maxsize=4096)
def _capitals_only(text: str) -> bool:
    """The dictionary knows `text` only as a name or an abbreviation, which two
    letters are printed in capitals (`ИИ`, `РФ`): in lower case (`ии`, the rest of
    `Росгвард` before the unit's cell) it is no word of its own."""
    parses = [p for p in morph().parse(text.lower()) if p.is_known]
    return bool(parses) and all(_PROPER & p.tag.grammemes or "Abbr" in p.tag.grammemes
                                for p in parses)


@lru_cache(maxsize=4096)
def _guessed(text: str) -> bool:
    """The dictionary reads `text` only from its last letters (`таргетиро`), finding
    no word of its own inside it (`таргетированному` is a known `-ированному` after
    an unknown prefix: a whole word the dictionary does not list)."""
    return not any(type(u[0]) is DictionaryAnalyzer  # (FakeDictionary is a subclass)
                   for u in morph().parse(text.lower())[0].methods_stack)


@lru_cache(maxsize=65536)
def split_word(end: str, start: str) -> bool:
    """`end` (a line's last letters) and `start` (the next line's first letters)
    are one word broken across the lines: the dictionary rule shared with the
    amendment reader (`extract.morphology.cut_word`), and a word whose piece
    is a word too when the rest is only a one/two-letter ending that is no
    preposition, conjunction or particle (`Интеллектуальна` / `я`)."""
    if cut_word(end, start):
        return True
    return len(start) <= 2 and is_word(end + start) and not _function_word(start)


_ENDING_OPENS = set("аеёиоуыэюяьъ")


@lru_cache(maxsize=16384)
def _stem_of_other(end: str, rest: str) -> bool:
    """`end` is no word, the dictionary lists words it opens (`федерац`: `федерации`,
    `орга`: `организация`) but none that `end` + `rest` opens, `rest` an inflection
    (`федерацих`, `оргаыми`): `end` is the cut first piece of a word the dictionary
    knows, whose rest is elsewhere (a page break or the cell's next page), and `rest`
    is another cell's line. A word the dictionary does not know (`маркетплей` / `с`,
    `таргетированног` / `о`) opens no listed word, so its short ending is still glued."""
    e = end.lower()
    if (len(e) < 4 or len(rest) > 3 or rest[:1].lower() not in _ENDING_OPENS
            or is_word(e)):
        # (An inflection is short and opens with a vowel or soft sign; a longer rest or
        # one opening with a consonant may add a suffix the dictionary does not list,
        # `цифров` / `изация`, `рейтингова` / `ния`, and a word of its own opens such
        # derived words too, `рейтингов` / `ания`.)
        return False
    return (any(k != e for k in words_opening(e))
            and not words_opening(e + rest.lower(), 1))


def prints_line_end_spaces(lines: list[Line]) -> bool:
    """The dump keeps the space after a line's last word when the line was
    wrapped (PyMuPDF does): then a line without it was broken inside a word.
    Counted over all lines, and over lines of two words or more (a line wrapped at a
    space, or a cell's or paragraph's last line): where columns are a few letters wide
    most lines are pieces of cut words, which never carry the mark (`рас` / `смо` /
    `тре`) and hide it among all lines; either share may show it."""
    texts = [ln.raw for ln in lines if ln.raw.strip()]
    several = [raw for raw in texts if " " in raw.strip()]
    # (A line with text is wrapped, `Line.wrapped`, when it ends with a space.)
    return any(
        sum(raw[-1:].isspace() for raw in group) / len(group) >= SETTINGS.share_with_end_space
        for group in (texts, several) if group)


_QUOTED = {f"{q}{c}" for q in "«\"„“" for c in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"}


def _spaced_split(end: str, word: str, ends_word: bool, after: str = "",
                  unit_next: bool = False) -> bool:
    """In a dump that marks wrapped lines with a space, a line without it broke
    `end` + the rest inside a word: when they make a word, or, where the rest
    ends the word on its line, when neither piece is a word (`Минист` / `ерство`
    of a word the dictionary does not know) or the rest is only a short ending (two
    letters, or three that are no function word) with words after it in its cell
    (`таргетированног` / `о контента`, `Маркетплей` / `с` / `программного`: a line
    with no space at its end that stops on no word did not end at a word; `after` is
    what follows the ending). A short word before a number (`до` / `2030`) may open
    the next cell."""
    rest = word[len(end):]
    if is_word(word) or (ends_word and _prefixed_word(end, word)):
        # (Only where the piece ends the word: `(беззая` / `витель` / `ный)` goes on.)
        return True
    ending = len(rest) <= 2 or (len(rest) == 3 and not _function_word(rest))  # `ому`
    # (`unit_next`: the rest, one or two letters alone on the cell's last line, is
    # followed by the unit's cell; no indicator ends on a one-letter word or a
    # two-letter one the dictionary does not know: `маркетплейс` / `а` / `процентов`.)
    last = unit_next and len(rest) <= 2 and (len(rest) == 1 or not _common_word(rest)
                                             or _capitals_only(rest))
    short = (ending and (after[:1].islower() or after[:2] in _QUOTED or last)
             and end[1:].islower()  # `даннымиРСУД` / `о цифрового`: two cells' tails
             and _known_ending(word) and not _stem_compound(end, rest))
    return ((ends_word or last) and not is_word(end) and (short or not _common_word(rest))
            and any(c.islower() for c in end) and not _stem_of_other(end, rest))


@lru_cache(maxsize=16384)
def _known_ending(word: str, letters: int = 3) -> bool:
    """Some word the dictionary lists ends in the last `letters` letters of `word` (its
    guesser's table of endings): an unknown word glued from a piece and a short rest
    ends as Russian words do (`таргетированног` / `о`, `маркетплей` / `с`); a cut word's
    last piece after a page break and the preposition opening the cell's next words
    (`ченные` / `к ` / `медицинским`, `ныек`) do not."""
    low = word.lower()
    return (len(low) < letters
            or low[-letters:] in morph().dictionary.prediction_suffixes_dawgs[0])


@lru_cache(maxsize=16384)
def _stem_compound(end: str, rest: str) -> bool:
    """`end` is no word but ends in a dictionary word of `min_compound_word` letters
    or more after a stem (`госсоц` + `помощи`, `медтех` + `оборудования`: a stem
    compound, its last part a whole word), and `rest` a function word of two letters or
    more (`на`, `по`) that goes on no such part (`помощина`): `end` is a whole word that
    filled its line, and `rest` opens the cell's next words. A cut word's first piece
    ends inside its word, so its tail is seldom a whole word (`Министерст` / `во`)."""
    low = end.lower()
    if len(rest) < 2 or not _function_word(rest) or is_word(low):
        return False
    return any(is_word(low[p:]) and not is_word(low[p:] + rest.lower())
               for p in range(2, len(low) - SETTINGS.min_compound_word + 1))


@lru_cache(maxsize=16384)
def _prefixed_word(end: str, word: str) -> bool:
    """`word`, glued from `end` (no word) and the next line's letters, is a short
    prefix (2-4 letters) the dictionary does not list before a dictionary word of six letters or
    more that begins inside `end` by three letters or more and goes on past it
    (`соц` + `контракта`, from `соцконтр` / `акта`): the column cut that word."""
    low, e = word.lower(), end.lower()
    if len(e) < 5 or not e.isalpha() or is_word(e) or not e[1:].islower():
        return False
    return any(len(low) - p >= 6 and is_word(low[p:]) for p in range(2, min(5, len(e) - 2)))


def _word_then_preposition(end: str, rest: str) -> bool:
    """`end` is a dictionary word of three letters or more and `rest` a function word
    of two or more (`виде` / `на `): a column as wide as `end` prints the two words so
    as it would print a word they glue into (`видена`), and the template's prose is
    made of words and the prepositions between them, not of the rare forms such a glue
    makes; a cut word's first piece is seldom a word itself (`Министерст` / `во`).
    (One-letter rests, `проект` / `а`, `Количеств` / `о`, are ordinary endings; a
    rest before a hyphen opens a compound's part, `контроль` / `но-надзорной`.)"""
    return (len(end) >= 3 and len(rest) >= 2 and end[1:].islower() and is_word(end)
            and _function_word(rest))


def _comma_conjunction_rest(end: str, rest: str) -> bool:
    """`rest` is a conjunction Russian punctuation puts after a comma (`но`) on the line
    after one ending in letters, and the dictionary reads `end` + `rest` as one word
    from letters on both sides of the cut (`автоматизирован` / `но через`: the adverb
    `автоматизированно`, read from `-ванно`): without the comma it is no conjunction,
    so the column cut the word (a dump prints the comma on the line it ends). Only
    where `end` is a word itself (else the dictionary's own rules decide): a piece
    that is no word (`предоставл`) may end a cell whose rest a page break moved, and
    the `но` after it is another cell's rest (`постоян` | break | `но`)."""
    return (rest.lower() in SETTINGS.comma_conjunctions and len(end) >= 3
            and end[1:].islower() and is_word(end)
            and (is_word(end + rest) or _read_across(end, rest)))


def _column_pieces(first: str, middle: list[str]) -> bool:
    """The first and middle pieces of a word cut by one narrow column each filled
    that column, so they are about as long as each other (`Цифр` / `овиза`); a
    header's last word before a tail (`проекта` / `льн`) is not."""
    return bool(middle) and all(
        abs(len(p) - len(first)) <= max(2, len(first) * SETTINGS.piece_length_slack)
        for p in middle)


def _filled_like_pieces(lines: list[Line], i: int, end: str, middle: list[str]) -> bool:
    """`end`, a dictionary word alone on line i after a wrapped line of its cell (marked
    dumps), is as long as the middle pieces after it, give or take a letter
    (`тов ` / `автомат` / `изирова` / `нно через`): they filled their narrow column, and
    so did `end`, a cut word's first piece the dictionary happens to list (the caller
    asks too that the document never print `end` whole but print a word it opens, going
    on with the next piece's first letter, `автоматизации`: a header's last word,
    `Наименование ` / `проекта` / `изирова` / `нной`, is printed whole elsewhere). Not a
    word opening its cell (`проекта` / `суперсерв` / `иса`: no wrapped line before it,
    and a wider column's pieces after it)."""
    return (i > 0 and lines[i - 1].wrapped and not lines[i].brk and bool(middle)
            and lines[i].raw.strip() == end  # (a quoted piece: `_quote_closed`)
            and all(abs(len(p) - len(end)) <= 1 for p in middle))


# A line that is only a quote or bracket and a word's first letters (`«Цифр`): no
# table header ends so, and a whole word there would carry the wrap mark.
_QUOTED_PIECE = re.compile(r"[«\"(][А-ЯЁа-яё][а-яё]{2,}")


def _quote_closed(first: str, head: re.Match[str]) -> bool:
    """`first` is an opening quote and a word's first letters alone on a line
    (`«Неона`), and the piece `head` matched closes the quote (`я»`): a quoted name
    cut by a narrow column, even where its first piece is a word (`неона`), since a
    whole quoted word ending its line would close the quote there."""
    pairs = {"«": "»", '"': '"', "„": "“"}
    return bool(_QUOTED_PIECE.fullmatch(first) and first[:1] in pairs
                and head.group(2)[:1] == pairs[first[:1]])


def _words_inside(pieces: list[str]) -> bool:
    """Some run of consecutive pieces (`ндовано`, `федера` + `льным`) is a dictionary
    word of four letters or more, or one is a function word (`визация` / `для `, the
    word before it filled its line): the pieces may be words of their own, not one
    word's rest (the dictionary knows short pieces too: `ия`, `ано`)."""
    runs = ("".join(pieces[a:b]) for a in range(len(pieces))
            for b in range(a + 1, len(pieces) + 1))
    return any(_function_word(p) for p in pieces) or any(
        len(run) >= 4 and is_word(run) for run in runs)


_CLOSED = re.compile(r"[)»\"“]+[,.;:]?")


def _after_piece(lines: list[Line], k: int, head: re.Match[str]) -> str:
    """What follows a word's last piece on line k in its cell: the rest of the line,
    or (the piece alone on a wrapped line) the next line; nothing after a piece with
    a sign attached (`да/`); a comma after the piece ends the word, not the cell
    (`соцконтрак` / `та, ` / `принятия`)."""
    closes = _CLOSED.fullmatch(head.group(2)) is not None
    if head.group(2) and not (head.group(2) in ",;" and lines[k].wrapped) and not (
            closes and (head.group(3) or lines[k].wrapped)):
        # (A closing bracket or quote after the piece, then more of the cell on its
        # line or after its wrap mark, ends the word, not the cell: `рейтингован` /
        # `ия) и`.)
        return ""
    if head.group(3):
        return head.group(3)
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if lines[k].wrapped and nxt is not None and not nxt.brk:
        return nxt.raw.strip()
    return ""


def _acronyms_apart(raw: str, nxt: str, lex: Lexicon) -> bool:
    """The document prints the capitals ending `raw` and those opening `nxt` side by
    side and never glued (`АРМ` / `ГС`, printed `АРМ ГС` elsewhere): two acronyms, the
    first filling its line, not one cut by the column."""
    a = re.search(r"[А-ЯЁA-Z]+$", raw)
    b = re.match(r"[А-ЯЁA-Z]+", nxt.strip())
    return bool(a and b) and lex.verdict(a.group(), b.group()) == APART


def _glued_acronym(raw: str, nxt: str, lex: Lexicon) -> bool:
    """`raw` ends in a lower-case word and `nxt` opens with capitals that the document
    prints glued to it whole and never apart (`данными` / `РСУД`)."""
    a = re.search(r"(?:^|\s)[«\"(]?([А-Яа-яЁё]*[а-яё])$", raw)
    b = re.match(r"[А-ЯЁ]{2,}(?![а-яё])", nxt.strip())
    return bool(a and b) and lex.verdict(a.group(1), b.group()) == GLUE


def _comma_opens_tail(prev: Line, lines: list[Line], k: int) -> bool:
    """Line k is a comma (or `;`, `:`) alone with the wrap mark, and the next line on its
    page one lower-case token without the mark (a piece that filled its column, or the
    cell's last word) far shorter than `prev`, the printed line before the comma: in
    `prev`'s column the comma's cell would go on with a token about as wide as `prev`
    (a comma wraps alone only after a word that filled its line, and the next word
    then did not fit beside the comma), so the comma opens a cell's tail after a page
    break (`Республики` / `, ` / `интегр`, the indicator's `, интегрированных`), not
    `prev`'s cell. Not before a unit's cell (`граждан` / `, ` / `ми` / `нут`: the
    indicator's comma, its cell going on after the break)."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    tok = prev.raw.strip()
    if (not lines[k].wrapped or nxt is None or nxt.brk or nxt.wrapped
            or not _PIECE.fullmatch(nxt.raw.strip()) or _unit_follows(lines, k)):
        return False
    return not _column_pieces(tok, [nxt.raw.strip()]) and len(nxt.raw.strip()) < len(tok)


def _unit_follows(lines: list[Line], k: int) -> bool:
    """Line k is followed on its page by a unit's cell (`процентов`, `тыс.`) and is not
    itself that cell's first piece (`ш` / `т.`: a unit column a letter or two wide)."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or nxt.brk:
        return False
    joined = lines[k].text + nxt.text
    if is_unit(joined) or is_unit_piece(joined):
        return False
    if is_unit(nxt.text) or is_unit_piece(nxt.text):
        return True
    # A unit column a few letters wide cuts the unit itself (`пр` / `оц` / `ен` /
    # `тов`): its pieces, glued, make the unit or its first letters.
    unit = nxt.text
    for ln in lines[k + 2 : k + 1 + SETTINGS.max_word_pieces]:
        if ln.brk or " " in unit or not re.fullmatch(r"[а-яё]+\.?", ln.text):
            return False
        unit += ln.text
        if is_unit(unit) or is_unit_piece(unit):
            return True
    return False


def _word_follows(lines: list[Line], k: int, word: str) -> bool:
    """Line k (a piece alone, no wrap mark) is followed on its page by a line opening
    with a dictionary word of four letters or more that does not go on `word`
    (`таргетир` / `ованному` / `перечню `): line k filled its column and ended a word."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or nxt.brk:
        return False
    first = _LETTERS.match(nxt.raw.strip())
    if is_unit(nxt.text) or is_unit_piece(nxt.text):
        return False  # (another cell: its own line says nothing of line k's width)
    return (first is not None and len(first.group()) >= 4 and first.group().islower()
            and _common_word(first.group()) and not is_word(word + first.group())
            and not _full_form_ending(word, first.group()))


def _word_pieces(word: str, pieces: list[str]) -> list[str]:
    """The pieces after a word's first that may be words of their own: all but the
    last where it is the ending of a full form (`таргет` / `ирован` / `ному`,
    `_full_form_ending`)."""
    last = pieces[-1]
    return pieces[:-1] if _full_form_ending(word[: -len(last)], last) else pieces


_SHORT_TAGS = {"ADJS", "PRTS"}
_FULL_TAGS = {"ADJF", "PRTF"}


@lru_cache(maxsize=4096)
def _full_form_ending(word: str, rest: str) -> bool:
    """The dictionary (its guesser, for a word it does not list) reads `word` as a short
    adjective or participle and `word` + `rest` as a full form of the same word
    (`таргетирован` / `ному `, `таргетированному`): `rest` is the full form's ending,
    though the dictionary knows it as a word too (`ному`, of `ном`), so the column cut
    the word after `word` and `rest` goes on it."""
    short = [p.normal_form for p in morph().parse(word.lower()) if p.tag.POS in _SHORT_TAGS]
    return bool(short) and any(p.tag.POS in _FULL_TAGS and p.normal_form in short
                               for p in morph().parse((word + rest).lower()))


def _word_run(lines: list[Line], i: int, end: str, spaced: bool, lex: Lexicon) -> int:
    """How many lines after `i` complete the broken word `end` (0: none). Middle
    pieces are lines of one fragment without a space after it; where the dump
    marks wrapped lines with a space, such a piece says the word goes on, so the
    word is taken at the piece that ends it when there is one. `lex`: the words the
    document prints whole (a word-line printed whole elsewhere, `граждан`, `маршрутов`,
    is no compound's cut first piece: `но-` / `о-` after it is another column's rest
    after a page break)."""
    word = end
    fallback = 0
    opens = not re.search(r"\s", lines[i].raw.strip())
    pieces: list[str] = []  # the pieces after the first
    for k in range(i + 1, min(i + 1 + SETTINGS.max_word_pieces, len(lines))):
        ln = lines[k]
        head = _HEAD.match(ln.raw.strip())
        if ln.brk or not head or re.match(r"\.\w", head.group(2)) or (
                "." in ln.text and (is_unit(ln.text) or is_unit_piece(ln.text))) or (
                k > i + 1 and opens and _wider_than_piece(lines[i], ln)):
            # (A line far wider than the first piece is not of its column: the word's
            # pieces ended before it, `пос` / `тоя` / `нно` | `го контента`, another
            # cell's rest after a page break, is no `постоянного`.)
            # (`усл.ед.`, `усл. ед.`, `усл. ` / `ед.`: an abbreviation, a unit's cell or
            # its first line, is no word's rest.)
            return fallback
        word += head.group(1)
        pieces.append(head.group(1))
        alone = not (head.group(2) or head.group(3) or ln.raw[-1:].isspace())
        if not spaced:
            if split_word(end, word[len(end):]):
                return k - i
        elif (is_word(word) and not (alone and _function_word(end)
                                     and (k - i < 2 or len(end) < 3))
              and not (_function_word(end) and _function_word(word[len(end):]))
              and not (k == i + 1 and not head.group(2).startswith("-")
                       and _word_then_preposition(end, word[len(end):]))) or (
                k == i + 1 and not is_word(word) and _spaced_split(
                    end, word, not alone or _word_follows(lines, k, word)
                    # (A piece alone before the unit's cell ends the indicator's cell,
                    # so its word: `маркетп` / `лейса` / `процентов`.)
                    or (alone and len(word) - len(end) > 2 and _unit_follows(lines, k)),
                    _after_piece(lines, k, head), alone and _unit_follows(lines, k))) or (
                k == i + 1 and not head.group(2)  # (a whole token: `граждан` / `но-`)
                and _comma_conjunction_rest(end, word[len(end):])) or (
                k == i + 1 and not alone and _QUOTED_PIECE.fullmatch(lines[i].raw)
                and not is_word(word) and (not _common_word(word[len(end):]) or (
                    _CLOSED.match(head.group(2)) is not None and not is_word(end)))
                and len(word) - len(end) >= 3) or (
                k > i + 1 and not alone and opens and not fallback
                and (not is_word(end) or _quote_closed(lines[i].raw, head)
                     or (lex.goes_on(end, pieces[0])
                         and _filled_like_pieces(lines, i, end, pieces[:-1])))
                and len(end) >= 3 and end[1:].islower() and not is_word(word)
                and not _words_inside(_word_pieces(word, pieces))
                and _column_pieces(end, pieces[:-1])):
            # A preposition at the end of a full line is no piece of a word that would
            # end inside the next piece (`в` / `строите` / `льстве`; but three letters
            # and two more pieces are, `под` / `клю` / `чен` / `ных`), nor glued with a
            # function word after it (`и` / `в субъекте` is no `ив`); a word the
            # dictionary does not know is glued from two pieces, or from more when its
            # first piece is a line of its own and no word, and no later pieces are one
            # (`Цифро` / `визац` / `ия `: no mark until the piece that ends it;
            # `цифрового` / `образоват` / `ельного `: a word that filled its line).
            if not alone:
                return k - i
            # (Pieces without the mark go on: the longest word they make is the one
            # the column cut, `тра` / `нсп` / `орт` / `ных` is no `транс`.)
            fallback = k - i
        if head.group(2) == "-" and not head.group(3) and not fallback and (
                not is_word(end) or (k == i + 1 and end.lower() not in lex.whole
                                     and _compound_half(lines, k, end, word))):
            # The first part of a hyphenated compound (`Кабарди` / `но-`): the line
            # before ends in no word, and a line of its own never opens with a
            # compound's inner part. Not after pieces that already made a word
            # (`сущест` / `вующей` | `культур` / `но-`: the compound is the next word).
            return k - i
        if not alone:
            if (spaced and not fallback and opens and k > i + 2 and not is_word(end)
                    and len(end) >= 3 and end[1:].islower()):
                return _first_of_two(end, pieces)
            return fallback
    return fallback


def _compound_half(lines: list[Line], k: int, end: str, word: str) -> bool:
    """`end`, a dictionary word alone on its line, and the piece on the next line k,
    which ends in a hyphen (`медик` / `о-`, `профессор` / `ско-`, `«Автомат` / `и-`),
    glue into a compound's first part the dictionary does not list (`медико`): LibreOffice
    breaks a compound after its hyphen, and where the first part with its hyphen is
    wider than the column it cuts that part by letters, so `end` filled its line — as
    long as the second part's line after the hyphen (`социал`), which fills the same
    column (the caller also requires `end` never printed whole). A whole word ending
    its cell is no such piece (`вид` / `но-` / `Балкарской`, another cell's rest). A
    glue the dictionary lists (`видно`,
    `контрольно`) is left to the document's lexicon; a piece that is a word of its own
    (`жилищно`), unless a function word (`о`, `и`), is a whole first part."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    piece = word[len(end):]
    if (nxt is None or nxt.brk or is_word(word) or len(end) < 3 or not end[1:].islower()
            or (is_word(piece) and not _function_word(piece))):
        # (A first part the dictionary lists is a whole part opening its line:
        # `платформа` / `жилищно-` / `коммунального`.)
        return False
    second = re.match(r"[а-яё]+", nxt.raw.strip())
    return second is not None and _column_pieces(end, [second.group()])


_PIECE = re.compile(r"[а-яё]+")


def _half_before_hyphen(lines: list[Line], i: int, lex: Lexicon) -> bool:
    """Line i is one token and the next a lower-case piece without the wrap mark, then
    a hyphen alone and a line going on in lower case: the column cut a compound's
    first part (`профес` / `сорско` / `-`, the piece filled its line and left the
    hyphen none), when line i ends in no word, or in a word the piece glues to as a
    compound's unlisted first part (`_compound_half`), and the document does not
    print the two apart."""
    if (i + 3 >= len(lines) or lines[i + 2].raw.strip() != "-"
            or any(x.brk for x in lines[i + 1 : i + 4])):
        return False
    ln, piece, hyphen, second = lines[i : i + 4]
    tail = _TAIL.search(ln.raw) if ln.raw[-1:].isalpha() else None
    if (tail is None or re.search(r"\s", ln.raw.strip()) or is_value(ln.raw)
            or not _PIECE.fullmatch(piece.raw) or hyphen.raw.strip() != "-"
            or not second.raw.strip()[:1].islower()):
        return False
    end = tail.group(1)
    if lex.verdict(end, piece.raw) == APART:
        return False
    return not is_word(end) or (end.lower() not in lex.whole
                                and _compound_half(lines, i + 2, end, end + piece.raw))


def _first_of_two(end: str, pieces: list[str]) -> int:
    """Pieces without the wrap mark, each as long as the column (`валиди` / `рована`
    / `чистот` / `а `), that make no word together but end in a dictionary word
    opening on a piece as long as the first (`чистота`): two words each cut by the
    column, the first ending where the second opens its line (a column cuts a word
    only where it is wider than the column; the next word opens a line). How many
    pieces after `end` are the first word's (0: none)."""
    if is_word("".join(pieces)):
        return 0  # (`щих` / `сер` / `вис` / `ы `: `end` alone, a word's rest, then `сервисы`)
    for j in range(1, len(pieces) - 1):
        rest = "".join(pieces[j:])
        if (len(rest) >= 4 and is_word(rest) and not _words_inside(pieces[:j])
                and _column_pieces(end, pieces[:j + 1])):
            return j
    return 0


# A unit's abbreviated word (`ед.`, `тыс.`, `л.` the rest of `усл.`): the template writes
# a compound's parts in full, so such a line after a hyphen is no compound's part.
@lru_cache(maxsize=4)
def _abbreviation(letters: int) -> re.Pattern[str]:
    """The pattern of such a word of at most `letters` letters
    (`SETTINGS.max_abbreviation_letters`, read when asked so that it can be overridden)."""
    return re.compile(rf"[а-яё]{{1,{letters}}}\.(?!\w)")


_DOTTED = re.compile(r"\d{1,2}\.\d{1,3}\.?")
_CAPS = re.compile(r"[«\"(]?[А-ЯЁA-Z]+")
_CAPS_END = re.compile(r"[«\"(]?[А-Яа-яЁё]*[а-яё][А-ЯЁ]+")
_CAPS_PIECE = re.compile(r"[А-ЯЁA-Z]+(?:$|[,.;:)»]|\s+[а-яё])")
_NUMBER_PIECE = re.compile(r"\d{1,3}\.?|\.")
_CLOSING = re.compile(r"[,.;:)»]+")
_CLOSING_LEAD = re.compile(r"([)»]+[,.;:]?|[,;:])\s+(?=\S)")


def _number_run(lines: list[Line], i: int) -> int:
    """Lines from i that spell one dotted row number wrapped in a narrow №
    column (`1.` / `1`, `1` / `.` / `1`): how many, or 0. Not from the last number
    of a column-number row (`6` / `7` / `8` | `.` / `3`: the row's number after it)."""
    first = lines[i].text
    if not _NUMBER_PIECE.fullmatch(first):
        return 0  # (as the loop below would: no number's first piece)
    if first.isdigit() and i >= 2 and all(
            lines[i - k].text == str(int(first) - k) for k in (1, 2)):
        return 0
    text = ""
    for k in range(i, min(i + 3, len(lines))):
        piece = lines[k].text
        if (k > i and lines[k].brk) or not _NUMBER_PIECE.fullmatch(piece):
            return 0
        if text and not (text.endswith(".") or piece == "."):
            return 0  # wrapped at the dot only: `7` then `1.4` are two numbers
        text += piece
        if k > i and _DOTTED.fullmatch(text):
            return k - i + 1
    return 0


def _whole_last_word(ln: Line, tail: re.Match[str]) -> bool:
    """A line's last word is whole when a space comes before it on the line: a
    narrow column breaks a word inside it only when the word alone is wider than
    the column, and then the word opens its line (the line before was wrapped at
    the space in front of it). So a line that filled its column and lost its wrap
    mark (`... портале государственных услуг` / `и функций`, `платформы "работа` /
    `в России"`) is not glued to the next line's first letters (`услуги`, `работав`)."""
    return bool(re.search(r"\s", ln.raw[: tail.start(1)].lstrip()))


def _wider_than_piece(ln: Line, nxt: Line) -> bool:
    """`ln` is one token and `nxt` far wider than it: a word's first piece fills its
    line (a column cuts a word only where the word alone is wider than it), and the
    word's next piece is printed in the same column, so `nxt` is another cell's
    line (`е`, the rest of `транспорт` | break | `е`, then the goal's `в
    общественном` is no `ев`)."""
    tok = ln.raw.strip()
    return " " not in tok and len(nxt.raw.strip()) > 2 * len(tok) + 2


def _fits_column(prev: Line | None, ln: Line, word: str) -> bool:
    """`word`, glued from `ln` (one token) and the next lines, would fit the column a
    wrapped line of the same cell printed before it (`prev`, marked dumps) shows: a column
    breaks a word only where the word alone is wider than it, so the token ended its
    cell and the next line is another cell's (`... когда это` / `возможно` | break |
    `ю`, the rest of another column's `направлени`, is no `возможною`). (The
    caller keeps the glue where the line after the word is as narrow as `ln`: a
    narrow column, whose cell may follow a cut row's wrapped line, `региональной` /
    `ты` / `с.` / `че` / `ло`.)"""
    if prev is None or ln.brk or not prev.wrapped or re.search(r"\s", ln.raw.strip()):
        return False
    return len(word) <= SETTINGS.fits_share * len(prev.raw.strip())


def _short_piece(prev: Line | None, ln: Line) -> bool:
    """`ln`, one token, is far shorter than a wrapped line of its cell just before it
    (`prev`, marked dumps): a word's first piece fills its column, so the token did
    not, it ended its cell (`использующих ` / `сервис` / `ов`: the indicator's last
    word, then a unit's rest after a page break, is no `сервисов`)."""
    if (prev is None or ln.brk or not prev.wrapped or re.search(r"\s", ln.raw.strip())
            or not ln.raw.strip()[:1].islower()):
        # (A capitalised line opens the next cell of a row a page break cuts, its
        # wrapped line's rest printed after the break: `государственной ` / `Повыше`.)
        return False
    return SETTINGS.piece_fills * len(ln.raw.strip()) <= len(prev.raw.strip())


def _narrow_column(printed: list[Line], ln: Line, i: int, n: int, end: str, word: str,
                   lex: Lexicon) -> bool:
    """The line after line i's word `end` (glued into `word` with the next n lines) is
    as narrow as line i, which may then open a narrow column's cell: a cut row prints
    its cells' first lines before the page break, so a wrapped line may be followed by
    the next cell's (`региональной ` / `ты` / `с.` / `че` / `ло`, the unit's column).
    Not where line i opens in lower case with a word the document prints whole and
    never as `word`, which is no unit: before a break every cell opens with a capital,
    a digit, a quote or bracket, or a unit's lower-case word, so line i goes on its
    wrapped line's cell and ended on that whole word (`актуальным и современным ` /
    `требованиям` / `и ` / `оборудовани`: the narrow lines after it are another
    column's rest after a break, no `требованиями`)."""
    if i + n + 1 >= len(printed) or printed[i + n + 1].brk or len(
            printed[i + n + 1].raw.strip()) > len(ln.raw.strip()) + 1:
        return False
    return (not ln.raw.strip()[:1].islower() or is_unit(word) or is_unit_piece(word)
            or end.lower() not in lex.whole or word.lower() in lex.whole)


_ADJ_TAGS = {"ADJF", "PRTF", "ADJS", "PRTS"}


def _unknown_rest(ln: Line, nxt: Line, end: str, lex: Lexicon) -> bool:
    """`ln`, one token without the wrap mark, ends in `end`; `nxt` opens in lower case
    with letters that end a word on its line (`ания) и `, `ному `) and are no common
    word, or a four-letter adjective ending after no word (`таргетирован` / `ному `,
    the glue read as an adjective or participle): the column cut a word there, though
    `end` may be a word by itself (`рейтингов` / `ания)`) when the rest is letters the
    dictionary knows only as a name (in lower case, no name: a cut word's rest), or the
    document prints a word going on with the rest's first letter (`требованиям` /
    `ельной `, another cell's rest, is not glued), and the document never prints `end`
    whole (`федерации` / `ции `, the rest of `навига` after a page break). A cell's
    line opens in lower case only as a cut word's rest or a text going on; a common
    word there may open a cell's tail."""
    head = _HEAD.match(nxt.raw.strip())
    tok = ln.raw.strip()
    if (head is None or nxt.brk or ln.wrapped or " " in tok or len(end) < 4
            or not end[1:].islower() or not (head.group(2) or head.group(3) or nxt.wrapped)
            or (head.group(2) and not _CLOSED.match(head.group(2)))):
        return False
    rest = head.group(1)
    word = end + rest
    if len(rest) < 3 or _function_word(rest) or word in lex.pairs:
        return False
    if _stem_of_other(end, rest):
        return False
    if not _common_word(rest):
        return not is_word(end) or (end.lower() not in lex.whole and (
            is_word(rest) or lex.goes_on(end, rest, 1)))
    return (len(rest) == 4 and not is_word(end) and not is_word(word)
            and morph().parse(word)[0].tag.POS in _ADJ_TAGS)


def _other_word_opens(end: str, word: str, lex: Lexicon) -> bool:
    """`word`, glued from `end` and the next lines, is neither a dictionary word nor
    printed whole, while the document prints whole words `end` opens and none going on
    with the next letter of `word` (`учреждени` / `уальная `, printed `учреждений`):
    `end` is the cut first piece of such a word whose rest is elsewhere (a page break
    came after it), and the next line is another cell's (`Интеллект` | `уальная`) when
    the document prints a word ending in that rest (`интеллектуальная`); not for a short
    ending (`проактивн` / `ом `, printed `проактивным`)."""
    rest = word[len(end):].lower()
    if len(rest) < 4 or is_word(word) or word.lower() in lex.whole:
        return False
    return (lex.goes_on(end, "", 0) and not lex.goes_on(end, rest, 1)
            and lex.ends_another(rest))


_CELL_START = re.compile(r"[«\"„“(]?[А-ЯЁ][а-яё]")
_ROW_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,3})*\.?")


def _opens_cell(prev: Line | None, ln: Line) -> bool:
    """`ln`, one token, opens with a capital right after a row's number on its page
    (`2` / `Цифров`): a name cell's first line. Had a page break cut the row right
    after it, the next line on the page would be the next cell's first line, which
    opens with a capital too; so a lower-case line after it is its own cell going on
    (`Цифров` / `изация `), not another column's rest after a break. (A capitalised
    piece inside a cell, `Российской` / `Федерац`, may be such a first piece.)"""
    return (prev is not None and not ln.brk and _ROW_NUMBER.fullmatch(prev.raw.strip())
            is not None and _CELL_START.match(ln.raw.strip()) is not None)


def _rest_of_printed(end: str, word: str, lex: Lexicon) -> bool:
    """`end` (4+ letters, no word) opens no word the document prints whole but ends
    one (`тооборот`, of `документооборот`), and `word`, glued from it and the next
    lines, is neither a dictionary word nor printed: `end` is a cut word's last piece
    (its first piece came before a page break), so its cell ended there and the next
    line is another cell's (`тооборот` / `в части`, no `тооборотв`)."""
    if len(end) < 4 or is_word(end) or is_word(word) or word.lower() in lex.whole:
        return False
    return not lex.goes_on(end, "", 0) and lex.ends_another(end)


def _glued(lines: list[Line], i: int, end: str, n: int) -> str:
    """`end` and the first letters of the n lines after line i, glued."""
    return end + "".join(h.group(1) for h in (_HEAD.match(x.raw.strip())
                                             for x in lines[i + 1 : i + n + 1]) if h)


def _piece_of_printed(lines: list[Line], k: int, head: re.Match[str], end: str,
                      lex: Lexicon) -> bool:
    """`end` (no word) and line k's first letters open a word the document prints
    whole elsewhere: line k is one piece that the glued letters begin (`подведо` /
    `мственн`, of `подведомственных`), or a short ending that is no function word, its
    cell going on in lower case after it (`маркетплей` / `са программного`, of
    `маркетплейс`). Not a cell's first word (`(рекомен` / `до 2024`)."""
    start = head.group(1)
    alone = not (head.group(2) or head.group(3) or lines[k].raw[-1:].isspace())
    if alone and lex.goes_on(end, start, len(start)):
        return True
    if alone and lex.stem_of(end, start, SETTINGS.max_lexicon_ending):
        # (`маркетпл` / `ейса`: the cell's last piece, a printed word and its ending.)
        return True
    if not alone and lex.inflected(end, start, SETTINGS.max_lexicon_ending):
        # (`суперсер` / `вису `: the piece ends the word, a printed word in another case.)
        return True
    return (len(start) <= 3 and not _function_word(start) and lex.goes_on(end, start)
            and _after_piece(lines, k, head)[:1].islower() and not _stem_of_other(end, start))


def _word_before_printed_rest(lines: list[Line], k: int, head: re.Match[str], end: str,
                              lex: Lexicon) -> bool:
    """`end` is a dictionary word the document never prints whole, and line k is one
    piece alone (no wrap mark) that is no word, whose letters but an ending complete a
    word the document prints whole (`маркет` / `плейса`, printed `маркетплейс`): the
    column cut that word after letters that happen to spell a word. (A piece that is
    a word of its own, or an `end` printed whole, is left to the other rules.)"""
    rest = head.group(1)
    alone = not (head.group(2) or head.group(3) or lines[k].raw[-1:].isspace())
    return (alone and len(end) >= SETTINGS.min_lexicon_piece and end[1:].islower()
            and is_word(end) and not is_word(rest) and not _function_word(rest)
            and lex.stem_of(end, rest, SETTINGS.max_lexicon_ending))


def _unprinted_rest(ln: Line, nxt: Line, head: re.Match[str], end: str,
                    lex: Lexicon) -> bool:
    """A marked dump's line of one token without the wrap mark, `end` no word and never
    printed whole, and a next line opening with a word the document never prints whole
    either, which glued to `end` makes no dictionary word (`таргетиро` / `ванного `, a
    word the dictionary does not know): the column cut a word there. A cell that ended
    at `end` would end on a whole word, and the next cell's first word would be one the
    document prints (`проактивному` / `управлению`, a line filled to the column; so
    `end` reads as no word to the dictionary even with a prefix, `_guessed`). The
    rest's cell goes on after it (a word's rest alone on an unmarked line may be
    another cell, a unit: `навига` / `процент`, `муниципаль` / `балл.`). Not for a
    short rest (the dictionary rules read those). Nor when the document prints whole a
    word `end` opens and none `end` + the rest opens (`подведо` / `делам`, printed whole
    as `подведомственных`): `end` is that word's first piece, its rest elsewhere."""
    rest = head.group(1)
    if lex.goes_on(end, "", 0) and not lex.goes_on(end, rest, len(rest)):
        return False
    goes_on = bool(head.group(3) or nxt.raw[-1:].isspace()) and not (
        "." in nxt.text and (is_unit(nxt.text) or is_unit_piece(nxt.text)))
    return (goes_on and " " not in ln.raw.strip() and not ln.raw[-1:].isspace()
            and len(rest) >= SETTINGS.min_lexicon_piece
            and not _function_word(rest) and rest.lower() not in lex.whole
            and end.lower() not in lex.whole and not is_word(end + rest) and _guessed(end)
            and (_read_across(end, rest) or not _known_ending(end, 4)))


@lru_cache(maxsize=4096)
def _read_across(end: str, rest: str) -> bool:
    """The dictionary reads `end` + `rest` from letters on both sides of the cut: a
    word it lists that opens inside `end` (`таргетиро` / `ванного`, read as `-тированного`
    after an unknown prefix), or a known ending longer than `rest`. A glue it reads only
    from letters of `rest` (`валидирована` / `чистота`, guessed from `-стота`) is two
    words: a line filled to its column (no wrap mark) before the next word, where
    `end` ends as listed words do (`-вана`; `валидиро` / `ванных` does not)."""
    glued = (end + rest).lower()
    for p in morph().parse(glued):
        method, *args = p.methods_stack[0]
        found = args[0] if args else ""
        if type(method) is DictionaryAnalyzer and len(glued) - len(found) < len(end):
            return True
        for m in p.methods_stack[1:]:
            if type(m[0]).__name__ == "KnownSuffixAnalyzer" and len(m[1]) > len(rest):
                return True
    return False


def _lexicon_run(lines: list[Line], i: int, end: str, lex: Lexicon,
                 spaced: bool = False) -> int | None:
    """How many lines after `i` complete the word `end` by what the document prints
    elsewhere (`lexicon.Lexicon`): the most pieces whose glued form it prints whole
    (middle pieces are lines of one token without a wrap mark), never a first pair
    it prints apart; 0 when it prints `end` and the next line's first word side by
    side and never glued; None when it does not say. One letter is no word's first
    piece (`с` / `их`)."""
    if len(end) < 2:
        return None
    best: int | None = None
    word = end
    for k in range(i + 1, min(i + 1 + SETTINGS.max_word_pieces, len(lines))):
        ln = lines[k]
        head = _HEAD.match(ln.raw.strip())
        if ln.brk or not head or (k > i + 1 and _wider_than_piece(lines[i], ln)):
            break  # (a line far wider than the first piece is another column's, as above)
        if k == i + 1:
            second = (_LETTERS.match(lines[k + 1].raw.strip())
                      if k + 1 < len(lines) else None)
            if (spaced and head.group(2) == "-" and not head.group(3) and second is not None
                    and not lines[k + 1].brk and is_word(end) and lex.compound_elsewhere(
                        end, head.group(1), second.group(0)[:SETTINGS.min_lexicon_piece])):
                # (`вид` / `но-` / `Балкарск`: a compound's cut first half, not `видно-`;
                # a piece that is no word glues to it as before, `Кабарди` / `но-`.)
                return 0
            told = lex.verdict(end, head.group(1))
            if told == APART:
                return 0
            if told == GLUE or (
                    told is None and len(end) >= SETTINGS.min_lexicon_piece
                    and end[1:].islower() and not is_word(end)
                    and (_piece_of_printed(lines, k, head, end, lex)
                         or (spaced and _unprinted_rest(lines[i], ln, head, end, lex)))) or (
                    told is None and _word_before_printed_rest(lines, k, head, end, lex)):
                best = 1
        elif (word + head.group(1)).lower() in lex.whole:
            best = k - i
        word += head.group(1)
        if head.group(2) or head.group(3) or ln.raw[-1:].isspace():
            break
    return best


def rejoin_split_words(lines: list[Line], spaced: bool | None = None,
                       lexicon: Lexicon | None = None) -> list[Line]:
    """Move the rest of a word broken inside it back onto the line it starts on.

    Only between consecutive lines of one page (a page break puts other cells
    in between); a line that is left empty is dropped, not turned into a gap.
    Where the dump marks wrapped lines with a space at their end, a line without
    it whose end and the next lines' starts make a word was broken inside it;
    elsewhere the end must also be no word by itself. A dotted row number
    wrapped in the № column (`1.` / `1`) is one number again, and punctuation
    wrapped onto a line of its own goes back to its word, and so does the rest of a
    word broken after a slash. `spaced`: whether the dump marks wrapped lines (by
    default, as `lines` show; a reader passing a few lines of a dump knows it).
    `lexicon`: the words the document prints whole and side by side (by default,
    as `lines` print them), which decide a break the dictionary cannot."""
    if spaced is None:
        spaced = prints_line_end_spaces(lines)
    if lexicon is None:
        lexicon = build_lexicon(lines, spaced)
    lines = list(lines)
    printed = list(lines)  # the lines as printed (widths of their column)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        numbers = _number_run(lines, i)
        if numbers:
            text = "".join(x.text for x in lines[i : i + numbers])
            out.append(Line(ln.no, text, ln.page, ln.brk))
            i += numbers
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (ln.raw.endswith("/") and nxt is not None and not nxt.brk and nxt.raw.strip()
                and not (is_value(nxt.raw) and not is_unit(ln.raw + nxt.raw.strip()))):
            # Broken after a slash (`да/` / `нет`, `км/` / `ч`): a break opportunity inside
            # a word, never where a cell ends. A value after it that makes no unit with it
            # is the first value of a row whose unit cell a page break cut (`да/` / `да`).
            out.append(Line(ln.no, ln.raw + nxt.raw.lstrip(), ln.page, ln.brk))
            i += 2
            continue
        if (spaced and out and not ln.brk and _CLOSING.fullmatch(ln.raw.strip())
                and out[-1].raw.strip() and not out[-1].raw[-1:].isspace()
                and not out[-1].raw.strip().isdigit()
                and not _comma_opens_tail(printed[i - 1], lines, i)):
            # Punctuation wrapped onto a line of its own goes with the word before
            # (not with a bare number: a column-number row's last number, a page's).
            prev = out[-1]
            out[-1] = Line(prev.no, prev.raw + ln.raw.lstrip(), prev.page, prev.brk)
            i += 1
            continue
        if (spaced and nxt is not None and not nxt.brk
                and (_CAPS.fullmatch(ln.raw) or _CAPS_END.fullmatch(ln.raw))
                and _CAPS_PIECE.match(nxt.raw.strip())
                and len(nxt.raw.strip()) <= 2 * len(ln.raw) + 2
                and not _acronyms_apart(ln.raw, nxt.raw, lexicon)):
            # An acronym broken into capitals by a narrow column (`ГЛО` / `НАС` / `С`):
            # the piece has no wrap mark (no space to wrap at) and the next line goes
            # on in capitals; glued piece by piece. So is an acronym glued to the word
            # before it (`даннымиР` / `СУД`): one token, cut where it filled its line.
            # The piece filled its column, so the cell's next line is no wider than
            # about it (`Д` / `В рамках проекта` are two cells: «До» in a column one
            # letter wide, then the description's first line).
            lines[i + 1] = Line(ln.no, ln.raw + nxt.raw.lstrip(), ln.page, ln.brk)
            i += 1
            continue
        if (spaced and nxt is not None and not nxt.brk and not ln.wrapped
                and _glued_acronym(ln.raw, nxt.raw, lexicon)):
            # A word and an acronym the document prints glued and never apart
            # (`данными` / `РСУД`, printed `даннымиРСУД`): the column cut the token.
            lines[i + 1] = Line(ln.no, ln.raw + nxt.raw.lstrip(), ln.page, ln.brk)
            i += 1
            continue
        after = lines[i + 2] if i + 2 < len(lines) else None
        if (spaced and nxt is not None and after is not None and not nxt.brk and not after.brk
                and ln.raw[-1:].isalpha() and nxt.raw == "-" and after.raw[:1].islower()
                and not is_value(after.raw) and not is_value(ln.raw)
                and not _abbreviation(SETTINGS.max_abbreviation_letters).match(
                    after.raw.strip())):
            # A compound broken on both sides of its hyphen (`жилищно` / `-` /
            # `коммунального`): no line has a wrap mark, and a value `-` is followed
            # by another value (`да`) or a capitalised name, not by lower-case words;
            # nor by an abbreviation, a unit's rest (`-` / `л. ` / `ед.`).
            lines[i + 2] = Line(ln.no, ln.raw + "-" + after.raw, ln.page, ln.brk)
            i += 2
            continue
        if _half_before_hyphen(lines, i, lexicon):
            # A compound's first part cut by the column before a hyphen on a line of its
            # own (`профес` / `сорско` / `-` / `преподавательский`): the pieces go
            # together, then the hyphen's rule above joins the parts.
            lines[i + 1] = Line(ln.no, ln.raw.rstrip() + nxt.raw.strip(), ln.page, ln.brk)
            i += 1
            continue
        lead = _CLOSING_LEAD.match(ln.raw)
        if (spaced and lead and out and not ln.brk and out[-1].raw.strip()
                and not out[-1].raw[-1:].isspace() and not out[-1].raw.strip().isdigit()):
            # (Not onto a bare number: a column-number row's last, `8` / `» и `.)
            # A closing quote or bracket wrapped to the start of the next line
            # (`пассажира` / `» проекта`) goes back to the word it closes, and so
            # does a comma (`здравоохранения` / `, использующих`: the word filled the
            # narrow column, no space to wrap at before the comma).
            prev = out[-1]
            out[-1] = Line(prev.no, prev.raw + lead.group(1) + " ", prev.page, prev.brk)
            lines[i] = Line(ln.no, ln.raw[lead.end():], ln.page, ln.brk)
            continue  # the rest of the line is read as any line
        n = 0
        tail = _TAIL.search(ln.raw) if ln.raw[-1:].isalpha() else None
        told = None
        # (The line ends in letters, the next opens with lower-case ones: a cut word
        # may go on; a value's line never.)
        may_go_on = bool(tail and i + 1 < len(lines) and _HEAD.match(lines[i + 1].raw.strip())
                         and not is_value(ln.raw))
        if may_go_on:
            told = _lexicon_run(lines, i, tail.group(1), lexicon, spaced)
        if (may_go_on and told != 0 and not (spaced and _whole_last_word(ln, tail))
                and not _wider_than_piece(ln, lines[i + 1])):
            n = _word_run(lines, i, tail.group(1), spaced, lexicon)
            if not n and spaced and _unknown_rest(ln, lines[i + 1], tail.group(1), lexicon):
                n = 1
            word = _glued(lines, i, tail.group(1), n)
            if n and spaced and not _narrow_column(
                    printed, ln, i, n, tail.group(1), word, lexicon) and _fits_column(
                    printed[i - 1] if i else None, ln, word):
                n = 0
        if tail and told is not None and not (
                n > told and is_word(_glued(lines, i, tail.group(1), n))):
            # The document's own evidence decides where it speaks, unless the present
            # rules make a longer dictionary word (`транспорт` / `ных`).
            n = told
        if n and tail and told is None and ((_other_word_opens(
                tail.group(1), _glued(lines, i, tail.group(1), n), lexicon)
                and not _opens_cell(lines[i - 1] if i else None, ln))
                or (spaced and _rest_of_printed(
                    tail.group(1), _glued(lines, i, tail.group(1), n), lexicon))):
            n = 0
        if n == 1 and spaced and _short_piece(printed[i - 1] if i else None, ln) and not (
                _narrow_column(printed, ln, i, n, tail.group(1),
                               _glued(lines, i, tail.group(1), n), lexicon)):
            # (Where the document's lexicon glues too: `сервисов` is printed whole. A
            # line after the pieces as narrow as `ln` is a narrow column's, as above.)
            n = 0
        if not n:
            out.append(ln)
            i += 1
            continue
        raw = ln.raw.rstrip()
        for k in range(i + 1, i + n + 1):
            head = _HEAD.match(lines[k].raw.strip())
            assert head is not None
            raw += head.group(1) + head.group(2)
        last = lines[i + n].raw
        end_space = last[len(last.rstrip()):]  # whether the word's last piece was wrapped
        rest = _HEAD.match(last.strip())
        if rest is not None and rest.group(3):
            out.append(Line(ln.no, raw + " ", ln.page, ln.brk))
            out.append(Line(lines[i + n].no, rest.group(3) + end_space, lines[i + n].page, False))
        elif _hyphen_follows(lines, i + n):
            # The glued word may be a compound's first part before a hyphen alone
            # (`информ` / `ационно` / `-` / `сервисной`): read it again as a line.
            lines[i + n] = Line(ln.no, raw + end_space, ln.page, ln.brk)
            i += n
            continue
        else:
            out.append(Line(ln.no, raw + end_space, ln.page, ln.brk))
        i += n + 1
    return out


def _hyphen_follows(lines: list[Line], k: int) -> bool:
    """Line k is followed on its page by a hyphen alone: the line, once its cut word
    is glued, may be a compound's first part, which the hyphen's rule joins to the
    part after it (a column as narrow as a word's piece cuts both parts)."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return nxt is not None and not nxt.brk and nxt.raw == "-"


def _told_across(end: str, rest: str, lexicon: Lexicon | None) -> bool | None:
    """What the document's lexicon says of a word's piece `end` before a page break
    and `rest` after it: True when it prints the glued word whole and never the two
    apart, or `end` + `rest`'s first letters as a word and the rest its ending
    (`маркетпл` | break | `ейса`); False when it prints them apart and never glued;
    None when it does not say (or no lexicon is given)."""
    if lexicon is None or len(end) < 2:
        return None
    told = lexicon.verdict(end, rest)
    if told is not None:
        return told == GLUE
    if (len(end) >= SETTINGS.min_lexicon_piece and end[1:].islower() and not is_word(end)
            and lexicon.stem_of(end, rest, SETTINGS.max_lexicon_ending)):
        return True
    return None


def cut_at_break(last: Line, rest: str, lexicon: Lexicon | None = None) -> bool:
    """`last`, a cell's last line before a page break, and `rest`, the cell's first
    line after it, are one word cut by the break: `last` has no wrap mark (a marked
    dump; the caller knows the cell goes on) and is one token, a word's first piece
    opening its line, and the pieces make a dictionary word whose rest is no function
    word (`транспорт` / `ной`), or both are capitals (`ГЛО` / `НАСС`). `lexicon`
    (the document's, `lexicon.build_lexicon`) decides where it speaks."""
    tok = last.raw.strip()
    if last.wrapped or not tok or re.search(r"\s", tok):
        return False
    end = re.search(r"[А-Яа-яЁё]+$", tok)
    start = re.match(r"[А-Яа-яЁё]+", rest.strip())
    if not (end and start):
        return False
    e, r = end.group(), start.group()
    if e.isupper() and r.isupper():
        return len(e) >= 2
    told = _told_across(e, r, lexicon) if r.islower() else None
    if told is not None:
        return told
    if r == rest.strip() and len(r) == 1 and e[1:].islower() and len(e) >= 4:
        # (A letter alone on the cell's first line after the break, `Кузбасс` | `а`:
        # a conjunction or preposition would be printed with the words it opens.)
        return r.islower() and is_word(e + r)
    # (A rest ending at a hyphen is a compound's first part going on, never a function
    # word: `контроль` | break | `но-надзорными`.)
    compound = rest.strip()[len(r):].startswith("-")
    return r.islower() and is_word(e + r) and (compound or not _function_word(r))


# A broken word's first piece ends a fragment; it may be a compound's second half
# (`жилищно-коммунал` | break | `ьного`).
_PIECE_END = re.compile(r"(?:^|[\s(«\"„“-])([А-Яа-яЁё]*[а-яё][А-Яа-яЁё]*)$")
_REST_START = re.compile(r"([а-яё]+)(?![А-Яа-яЁё-])")


def broken_word(before: str, after: str, lexicon: Lexicon | None = None) -> bool:
    """`before` ends with a piece of a word that `after` begins to complete
    (the word was broken at a line's end and a page break came in between).
    `lexicon` (the document's) decides where it speaks, else the dictionary."""
    if lexicon is not None:
        end = _PIECE_END.search(before.rstrip())
        rest = _REST_START.match(after.strip())
        if end and rest:
            told = _told_across(end.group(1), rest.group(1), lexicon)
            if told is not None:
                return told
    return _broken_word(before, after)


@lru_cache(maxsize=65536)
def _broken_word(before: str, after: str) -> bool:
    """`broken_word` by the dictionary alone (cached: called on the same pairs)."""
    end = _PIECE_END.search(before.rstrip())
    rest = _REST_START.match(after.strip())
    if not (end and rest) or len(end.group(1)) == 1:
        # (One letter, `с` / `их`, is a preposition: a column cuts a word's first
        # piece as wide as its line.)
        return False
    if split_word(end.group(1), rest.group(1)):
        return True
    # A word the dictionary does not know (`Цифровизац` / break / `ия мировых`): the
    # end is no word, the rest a short ending that is no function word, and the
    # fragment goes on in lower case.
    e, r = end.group(1), rest.group(1)
    more = after.strip()[len(r):].lstrip()
    return (len(e) >= 4 and e[1:].islower() and not is_word(e) and not _function_word(r)
            and len(r) <= 3 and more[:1].islower() and not _stem_of_other(e, r))


# The joins made during one document's read (`remembered_joins`): the cell's lines and
# the lexicon's id -> the lexicon (kept alive, so its id is not reused) and the join.
_JOINS: ReadMemory[tuple[tuple[str, ...], int], tuple[Lexicon | None, str]] = \
    ReadMemory("joins")


def remembered_joins() -> AbstractContextManager[None]:
    """Within a document's read, `join_cell` remembers what it joined: the readers
    join the same lines again and again (each candidate cut of a cell, each section
    read again with more names). Forgotten when the read ends."""
    return _JOINS.kept()


def join_cell(fragments: Iterable[str], lexicon: Lexicon | None = None) -> str:
    """A cell's lines joined as the contract says (`join_fragments`), where a
    word broken at the end of one line and completed at the start of the next
    (across a page break, which the lines stage leaves apart) is one word
    (`lexicon`, the document's, decides where it speaks: `broken_word`).
    Remembered within a document's read (`remembered_joins`)."""
    frags = tuple(fragments)
    memo = _JOINS.get()
    if memo is None:
        return _join_cell(frags, lexicon)
    key = (frags, id(lexicon))
    if key not in memo:
        memo[key] = (lexicon, _join_cell(frags, lexicon))
    return memo[key][1]


def _join_cell(fragments: tuple[str, ...], lexicon: Lexicon | None) -> str:
    """`join_cell`, computed."""
    frags = [t for t in (f.strip() for f in fragments) if t]
    merged: list[str] = []
    i = 0
    while i < len(frags):
        text = frags[i]
        lead = _CLOSING_LEAD.match(text) or _CLOSING.fullmatch(text)
        if merged and lead and merged[-1][-1:].isalpha():
            # A closing quote or bracket (or comma) after a page break goes back onto
            # the word it closes (`гинекология` | break | `» и «Неонатология»`), as on
            # one page (`rejoin_split_words`).
            merged[-1] += lead.group(lead.re.groups)
            text = text[lead.end():].strip()
            if not text:
                i += 1
                continue
            frags[i] = text
        if merged and merged[-1][-1:].isalpha() and text[:1].islower():
            n = _piece_chain(merged[-1], frags, i)
            if n:
                merged[-1] += "".join(frags[i : i + n])
                i += n
                continue
            if broken_word(merged[-1], text, lexicon):
                merged[-1] += text
                i += 1
                continue
        if merged and _acronym_glued_elsewhere(merged[-1], text, lexicon):
            merged[-1] += text
            i += 1
            continue
        merged.append(text)
        i += 1
    return join_fragments(merged)


_MIDDLE_PIECE = re.compile(r"[а-яё]+")
_CAPS_TAIL = re.compile(r"(?:^|[\s(«\"„“-])([А-ЯЁ]{2,})$")
_CAPS_HEAD = re.compile(r"([А-ЯЁ]+)(?![А-Яа-яЁё])")


def _acronym_glued_elsewhere(before: str, after: str, lexicon: Lexicon | None) -> bool:
    """`before` ends in capitals and `after` opens with capitals that the document
    prints glued whole and never apart (`ЕГИС` | break | `СО`, printed `ЕГИССО`): an
    acronym a narrow column cut, its rest moved after a page break. The cell's join
    has no wrap marks, so only the document's own spelling decides (`АРМ` / `ГС`,
    printed apart, stay two)."""
    if lexicon is None:
        return False
    end = _CAPS_TAIL.search(before.rstrip())
    start = _CAPS_HEAD.match(after.strip())
    return bool(end and start) and lexicon.verdict(end.group(1), start.group(1)) == GLUE


def _piece_chain(before: str, frags: list[str], i: int) -> int:
    """A word broken into three or more pieces by a narrow column, its first piece
    ending `before` and the rest in frags from i (left apart by a page break that
    came between them): middle pieces are fragments of lower-case letters that are no
    word, and the last one's first letters complete the word. How many fragments
    from i belong to it (0: none)."""
    end = _PIECE_END.search(before.rstrip())
    if not end:
        return 0
    word = end.group(1)
    for k in range(i, min(i + SETTINGS.max_word_pieces - 1, len(frags) - 1)):
        if not _MIDDLE_PIECE.fullmatch(frags[k]) or is_word(frags[k]):
            return 0
        word += frags[k]
        rest = _REST_START.match(frags[k + 1])
        if rest and is_word(word + rest.group(1)):
            return k + 2 - i
    return 0
