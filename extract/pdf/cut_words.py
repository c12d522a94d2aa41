"""Words a narrow table column cut at a line's end, without a hyphen, glued back.

A word too long for its column is cut wherever the line ends (`исполнительны` /
`х`); the contract's joining of a cell's lines would put a space there. The
reader marks each line its next glyph would not have fitted on (`FULL_LINE`),
and keeps the trailing space of a line that ends with a space glyph (`WRAPPED`:
LibreOffice prints one where it wraps at a space). A line with that space ends
a word. Otherwise a break after a full line holding one token is judged a cut
or a wrap from the document's own words and the Russian dictionary (pymorphy3);
in a document that prints those spaces, a full line without one was not wrapped
at a space, so the dictionary is only asked whether it filled the column with a
whole word: the shared rule `extract.morphology.cut_word`, trusting the mark as
the text readers do, plus what only the PDF knows (`_cut_unwrapped`). A document
without the mark keeps the score-based rule `_cut_inside_word`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from extract.morphology import NAME_GRAMMEMES, cut_word, morph, opens_common_word, words_opening
from extract.pdf.reader import CUT_LINE, FULL_LINE, WRAPPED, Page, TextLine
from extract.pdf.settings import DEFAULT, PdfSettings
from extract.strategy.lexicon import Lexicon

_TOKEN = re.compile(r"\w[\w-]*")
_LEFT_PART = re.compile(r"(\w[\w-]*\w|\w)$")
_RIGHT_PART = re.compile(r"([^\W\d_][\w-]*)")
# A number a narrow column cut (`01.07.` / `2023`, `01.07.2` / `023`): its parts.
_NUMBER_LEFT = re.compile(r"(?:^|\s)(\d[\d.,]*)$")
_NUMBER_RIGHT = re.compile(r"\d[\d.,]*")
_WRAPPED_TAIL = re.compile(r"(\w[\w-]*) $")
# A cut token's piece that opens with a digit (`ГОСТ` / `2024`-like tails).
_DIGITS_PART = re.compile(r"\d[\w-]*")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")


@dataclass
class Vocabulary:
    printed: set[str]  # every token, lower case
    whole: set[str]  # tokens surely printed as words: inside a line
    # The document ends every line wrapped at a space with a space glyph (`WRAPPED`):
    # a cell's line without one was cut inside a word, or filled to the column width.
    spaced: bool = False
    # The thresholds the rules below use (`sure_word`, `chain`).
    settings: PdfSettings = field(default=DEFAULT)
    # Two whole tokens surely printed with a space between them, lower case: inside a
    # line, or across a line wrapped at a space (`уровня в`).
    pairs: set[tuple[str, str]] = field(default_factory=set)

    @cached_property
    def lexicon(self) -> Lexicon:
        """`whole` and `pairs` as the text reader's document lexicon (its look-ups)."""
        return Lexicon(whole=self.whole, pairs=self.pairs, ordered=sorted(self.whole))


def vocabulary(pages: list[Page], s: PdfSettings = DEFAULT) -> Vocabulary:
    """What the document prints; a line's first and last token may be part of a word.
    It is spaced when `s.spaced_share` of its cells' inner lines end with a space."""
    seen: set[str] = set()
    inner: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    ends = [0, 0]  # lines inside cells, not full: how many, how many with a trailing space

    def add(line: str, starts: bool = False, before: str | None = None,
            ends: bool = False) -> None:
        """`starts`: the line's first token starts a word (the cell's first line, or
        the line before ended with a space); its last token ends one if a space does,
        or `ends` says so. `before`: the cell's line before, when it was wrapped at a
        space."""
        found = list(_TOKEN.finditer(line))
        tokens = [t.group(0).lower() for t in found]
        ends = ends or line.endswith(WRAPPED)
        last = len(tokens) - 1 if ends else len(tokens) - 2
        for i in range(0 if starts else 1, last):  # `last`: the right one must end too
            if not line[found[i].end():found[i + 1].start()].strip():
                pairs.add((tokens[i], tokens[i + 1]))
        tail = _WRAPPED_TAIL.search(before or "")
        if tail and found and found[0].start() == len(line) - len(line.lstrip()) and last >= 0:
            pairs.add((tail.group(1).lower(), tokens[0]))
        seen.update(tokens)
        # the parts of a compound too (`жилищно` of `жилищно-коммунального`): a part
        # may be what a narrow column cut (`жил` / `ищно-`)
        seen.update(p for t in tokens if "-" in t for p in t.split("-") if p)
        inner.update(tokens[0 if starts else 1:None if ends else -1])

    last_was_table = False  # the page before ended with a table
    for page in pages:
        first = True  # nothing but furniture before this item on its page
        for item in page.items:
            if isinstance(item, TextLine):
                add(item.text)
                first = first and item.furniture
                continue
            # A table's part at the top of a page after a page that ended with a table
            # may go on with the tails of a row the break cut (`ования)` of `рейтинг` |
            # `ования)`): a small letter opening a cell there starts no word for sure.
            tails = first and last_was_table
            first = False
            for row in item.rows:
                for raw in row:
                    lines = (raw or "").split("\n")
                    for k, line in enumerate(lines):
                        if k == 0 and tails and line[:1].islower():
                            add(line, False, None, _word_edge(line.rstrip(FULL_LINE)[-1:])
                                or (len(lines) > 1 and _word_edge(lines[1].lstrip()[:1])))
                            continue
                        wrapped = k > 0 and lines[k - 1].endswith(WRAPPED)
                        after_edge = _word_edge(line.lstrip()[:1]) or (
                            k > 0 and _word_edge(lines[k - 1].rstrip(FULL_LINE)[-1:]))
                        add(line, k == 0 or wrapped or after_edge,
                            lines[k - 1] if wrapped else None,
                            _word_edge(line.rstrip(FULL_LINE)[-1:])
                            or (k + 1 < len(lines) and _word_edge(lines[k + 1].lstrip()[:1])))
                    # a full line ends where the column did, with or without a space
                    ends[0] += sum(not ln.endswith(FULL_LINE) for ln in lines[:-1])
                    ends[1] += sum(ln.endswith(WRAPPED) for ln in lines[:-1])
        body = [it for it in page.items if not (isinstance(it, TextLine) and it.furniture)]
        last_was_table = bool(body) and not isinstance(body[-1], TextLine)
    spaced = ends[0] > 0 and ends[1] >= s.spaced_share * ends[0]
    if spaced:
        glued = {w for page in pages for item in page.items if not isinstance(item, TextLine)
                 for row in item.rows for raw in row if raw for w in _cut_line_words(raw)}
        seen |= glued
        inner |= glued
    return Vocabulary(seen, inner, spaced, s, pairs)


def _cut_line_words(raw: str) -> list[str]:
    """Words a cell prints over lines that end with `CUT_LINE` (a space would have
    fitted and none is printed: certainly cut inside the word, in a document that marks
    its wraps), glued, lower case: `Мар` / `кетп` / `лейс` is `маркетплейс`, a word the
    document prints whole though no line holds it whole. Only a word that starts on its
    first line (after a space, or opening a line wrapped at a space) and ends on its
    last (a space, or a word edge, after it)."""
    lines = raw.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        left = _LEFT_PART.search(line.rstrip(FULL_LINE))
        if _full_mark(line) != CUT_LINE or k + 1 == len(lines) or not left:
            k += 1
            continue
        before = line[:left.start()][-1:]
        starts = before == " " or _word_edge(before) or (left.start() == 0 and (
            (k == 0 and not line[:1].islower()) or (k > 0 and (
                lines[k - 1].endswith(WRAPPED)
                or _word_edge(lines[k - 1].rstrip(FULL_LINE)[-1:])))))
        word, j = left.group(1), k + 1
        while j < len(lines):
            piece = _RIGHT_PART.match(lines[j]) or _DIGITS_PART.match(lines[j])
            if not piece:
                word = ""
                break
            word += piece.group(0)
            rest = lines[j][piece.end():]
            if _full_mark(lines[j]) == CUT_LINE and not rest.rstrip(FULL_LINE):
                j += 1  # cut again
                continue
            last = j + 1 == len(lines) and not rest  # the cell ends, unless FULL_LINE
            if not (rest[:1] == " " or _word_edge(rest[:1])
                    or (last and not lines[j].endswith(FULL_LINE))):
                word = ""  # a full line may go on: not sure where the word ends
            break
        else:
            word = ""
        if starts and word:
            out.append(word.lower())
        k = j
    return out


def _word_edge(char: str) -> bool:
    """A printed character no word goes on through (punctuation, a bracket, a quote;
    not a hyphen): a line ending with one ends its last word whole, and a line after
    one starts a word; a line beginning with one (`(беззаявительный)`, `»`) starts its
    own first word and ends the word of the line before (`проактивный`) whole."""
    return bool(char) and not char.isalnum() and char not in "-\xad " and not char.isspace()


# Parses that make a dictionary hit no evidence of a common word: `терри`, `ной`, `м`.
@lru_cache(maxsize=65536)
def _word_score(word: str) -> float:
    """How surely `word` is a common Russian word form: the score of pymorphy3's
    likeliest parse when that parse is in its dictionary and is no name or
    abbreviation (a cut part often happens to be one), else 0."""
    best = morph().parse(word)[0]  # the one analyzer the readers share
    return best.score if best.is_known and not (NAME_GRAMMEMES & best.tag.grammemes) else 0.0


def _known(word: str) -> bool:
    return _word_score(word) > 0


def _preposition(word: str, sure: float = DEFAULT.sure_word) -> bool:
    """`word` (lower case) is surely a preposition of two letters or more (`на`,
    `по`, `для`): a word of its own, not the ending of a word cut before it."""
    best = morph().parse(word)[0]
    return len(word) > 1 and best.is_known and best.tag.POS == "PREP" and best.score >= sure


# Parts of speech whose forms pymorphy3 predicts from an inflected ending.
_INFLECTED = frozenset({"ADJF", "PRTF", "PRTS"})


@lru_cache(maxsize=65536)
def _adjective_form(word: str) -> bool:
    """pymorphy3's likeliest reading of `word` (lower case), which its dictionary lacks,
    is a full adjective or a participle: a word form complete with its ending."""
    best = morph().parse(word)[0]
    return not best.is_known and best.tag.POS in _INFLECTED


def _name(token: str) -> bool:
    """A capitalised token the dictionary knows as a name (`России`, Geox): a word
    that ends where its line does, though `_known` does not count names (a cut part
    often happens to be one, `терри`); a cut part that glues into a known word is
    caught before this is asked."""
    return token[:1].isupper() and token[1:].islower() and morph().word_is_known(token.lower())


@lru_cache(maxsize=65536)
def _prefixed(word: str) -> bool:
    """pymorphy3's likeliest reading of `word` is a known prefix on a dictionary word
    (`теле|медицинских`): a word, though not in the dictionary itself. Not a finite
    verb: prefixes that make new words (`теле`, `видео`, `без`) make nouns and
    adjectives; a verb form behind one is how pymorphy3 reads a cut piece (`без|заяви`
    of `беззаявительный`)."""
    best = morph().parse(word)[0]
    stack = [type(m[0]).__name__ for m in best.methods_stack]
    return stack == ["DictionaryAnalyzer", "KnownPrefixAnalyzer"] and best.tag.POS != "VERB"


def _same_case_letters(a: str, b: str) -> bool:
    """A cut runs between two letters of the same case (never `Министерство` /
    `Российской`), or after a word's capital first letter: alone on its line in a
    column about one glyph wide (`Д` / `о 2030`), or glued to small letters before it
    (`КабардиноБ` / `алкарский`: no word ends with a capital after small letters)."""
    if not (a[-1].isalpha() and b[0].isalpha()):
        return False
    first_letter = b[0].islower() and a[-1].isupper() and (len(a) == 1 or a[-2].islower())
    return a[-1].isupper() == b[0].isupper() or first_letter


def _cut_inside_word(a: str, b: str, sure: float = DEFAULT.sure_word) -> bool:
    """`a` (the whole of a full line) and `b` (the next line's first word) are one word
    cut by the column, in a document that does not mark wraps: letters of the same
    case, and either glued they make a dictionary word and are not two words each
    (`рекомендован` / `о`, `работ` / `ников`; not `виде` / `на`), or neither part is a
    word, `b` perhaps a lone letter (`обеспеч` / `ивающи`, `рованног` / `о`), or both
    are capitals (`ГЛО` / `НАС`). Never `Министерство` / `образования`, nor
    `цифровизация` / `мировых` (a word the dictionary lacks, then a word). The
    dictionary is asked about the part of a hyphenated compound that holds the cut."""
    if not _same_case_letters(a, b):
        return False
    left, right = a.split("-")[-1], b.split("-")[0]
    if not (left and right):
        return False
    if left.isupper() and right.isupper():
        return True  # an acronym cut (`ГЛО` / `НАС`): the dictionary knows none
    left, right = left.lower(), right.lower()
    known_left, known_right = _known(left), _word_score(right) >= sure
    if _known(left + right):
        return not (known_left and known_right and len(right) > 1)
    return not known_left and (not known_right or len(right) == 1)


def _cut_unwrapped(a: str, b: str, whole: set[str], sure: float = DEFAULT.sure_word,
                   after_adjective: int = DEFAULT.word_after_adjective) -> bool:
    """The same where the document prints a space at every wrap and `a`'s line has
    none: the line was cut inside a word, or filled by a whole word whose space did
    not fit. Cut when the shared rule with the mark trusted says so (the glued word
    is known: `законодательств` / `ом`; `extract.morphology.cut_word`), or when `a` is
    no word: neither the dictionary nor the document (`whole`: printed whole
    elsewhere) knows it (`даннымиР` / `СУД`, `ГЛО` / `НАС`). Not `срока` / `простоя`,
    nor `проактивному` / `управлению` (printed whole elsewhere), nor
    `телемедицинских` / `технологий` (a prefixed word, then a word): filled lines."""
    if not _same_case_letters(a, b):
        return False
    left, right = a.split("-")[-1].lower(), b.split("-")[0].lower()
    if cut_word(a, b, trust_space=True):
        # The line is full and a space would not have fitted at its end (a line with
        # room for one is CUT_LINE, glued before this): the missing space is no mark.
        # A word, then surely a preposition of two letters or more, stay apart though
        # they glue into a third word (`виде` / `на`, `аварий` / `на`: `видена`,
        # `аварийна`); endings that are words too (`систем` / `ам`, `форма` / `те`)
        # are no prepositions, so those cuts are still glued.
        return not (_known(left) and _preposition(right, sure))
    if not left or _known(left) or left in whole or _known(a.replace("-", "").lower()) \
            or _name(a.split("-")[-1]):
        return False  # a word, also one the source hyphenated by hand (`информа-ционной`)
    # A word the dictionary knows only as a known prefix + a word (`теле|медицинских`)
    # before a sure word filled its line; a part of one (`теле|медицин` / `ских`) is
    # followed by no word. Likewise an adjective or participle the dictionary lacks,
    # told by its inflected ending (`таргетированного`), before a sure word of three
    # letters or more that the document prints whole elsewhere (`контента`): two words,
    # the second no ending.
    # The adjective counts as whole too when the document prints another form of it
    # whole (`проактивным`): `проактивном` is then a complete form before `формате`.
    # A preposition of three letters or more (`для`, `при`) is no word's ending: the
    # line was filled by a word the dictionary lacks (`цифровизация` / `для`).
    # Without that evidence a sure word of `after_adjective` letters or more
    # (`валидирована` / `чистота`) is no ending either, unless the two glue into an
    # adjective form (`цифровизирован` / `ному`: a participle's ending is a word too).
    return not (len(right) > 1 and _word_score(right) >= sure and (
        _prefixed(left) or (len(right) > 2 and _preposition(right, sure))
        or (len(right) > 2 and _adjective_form(left)
            and (right in whole or _lexeme_printed(left, whole)
                 or (len(right) >= after_adjective
                     and not _adjective_form(left + right))))))


def _lexeme_printed(word: str, whole: set[str]) -> bool:
    """The document prints whole another form of the lexeme pymorphy3 reads `word`
    (lower case) as: a token sharing its stem (all but a two-letter ending) with the
    same likeliest normal form (`проактивным` for `проактивном`)."""
    if len(word) < 5:
        return False
    stem, lemma = word[:-2], morph().parse(word)[0].normal_form
    return any(t != word and t.startswith(stem) and morph().parse(t)[0].normal_form == lemma
               for t in whole)


def _own_ending(a: str, b: str) -> bool:
    """`b`, one letter, glued to `a` makes another form of the lexeme pymorphy3 reads
    `a` as (`маркетплейс` / `а`: `маркетплейса`; `проактивном` / `у`): the letter of an
    ending cut off a word that filled its line, not a one-letter word after it (`России`
    / `с`: `россиис` is no form of `Россия`)."""
    if len(b) != 1 or not (a.isalpha() and b.isalpha()) or not a[-1:].islower():
        return False
    left, glued = a.lower(), (a + b).lower()
    return morph().parse(glued)[0].normal_form == morph().parse(left)[0].normal_form


def _number_cut(line: str, nxt: str, unwrapped: bool) -> bool:
    """A number alone on a full line goes on in the next line's first number: always
    when the line was not wrapped at a space (`unwrapped`), else when the glued token
    is a date (`01.07.` / `2023`)."""
    left, right = _NUMBER_LEFT.search(line.rstrip(FULL_LINE)), _NUMBER_RIGHT.match(nxt)
    if not (left and right and line.endswith(FULL_LINE) and len(line.split()) == 1):
        return False
    return unwrapped or bool(_DATE.fullmatch(left.group(1) + right.group(0)))


def _piece_of_printed(a: str, b: str, words: Vocabulary) -> bool:
    """`a`, alone on a full line without the wrap mark, is the first piece of a word
    the document prints whole elsewhere: it never prints `a` whole, and `a` with the
    next line's first letters (lower case, no sure word) opens that word (`маркет` /
    `плейса`, of `Маркетплейс`: a dictionary word, but not this document's)."""
    s = words.settings
    return (len(a) >= s.min_lexicon_piece and a[1:].islower() and b[:1].islower()
            and _word_score(b.lower()) < s.sure_word
            and words.lexicon.goes_on(a, b, s.lexicon_letters))


_SMALL_CYRILLIC = re.compile(r"[а-яё]+")


def _unopened_start(b: str, words: Vocabulary) -> str | None:
    """`b`'s first `opening_letters` letters, where `b` (the next line's first token
    after a full line holding one token) is small Cyrillic of two letters or more and
    no word the document prints whole begins with them; None otherwise. The evidence
    both tests below start from."""
    start = b[:words.settings.opening_letters]
    if not _SMALL_CYRILLIC.fullmatch(b) or len(start) < 2 or words.lexicon.opens(start):
        return None
    return start


def _opens_no_word(b: str, words: Vocabulary) -> bool:
    """No dictionary word begins with `b`'s opening letters either (`изирова` of
    `автомат` / `изирова` / `нно`, `нно`): the line before was cut inside a word, though
    it is a word itself."""
    start = _unopened_start(b, words)
    return start is not None and not words_opening(start, 1)


def _opens_only_names(a: str, b: str, words: Vocabulary) -> bool:
    """The dictionary words that begin with `b`'s opening letters are all names or
    abbreviations (`ован` opens only `Ованес`): a small letter starts no name, so `b`
    (`ования`) begins no word and the full line before it (`рейтинг`) was cut inside a
    word. Weaker evidence than no word at all, so not after a word the document prints
    whole elsewhere (`основе` / `рашифровки`, a misspelt word: `раши` opens only
    `Рашид`)."""
    start = _unopened_start(b, words)
    return start is not None and a.lower() not in words.whole and not opens_common_word(start)


def _full_mark(line: str) -> str:
    """The reader's mark at a line's end: FULL_LINE, CUT_LINE or ""."""
    return line[len(line.rstrip(FULL_LINE)):]


def _glue(line: str, nxt: str, words: Vocabulary) -> bool:
    """Whether the break between `line` and `nxt` falls inside a word."""
    if line.endswith(WRAPPED):
        return False  # the renderer wrapped the line at a space: a word ended
    nxt = nxt.strip()
    if _CLOSING.match(nxt):
        return True  # closing punctuation is never a line's first character by choice
    if words.spaced and _full_mark(line) == CUT_LINE \
            and line.rstrip(FULL_LINE)[-1:].isalnum() and nxt[:1].isalnum():
        # A space would have fitted and none is printed: not wrapped at a space, so
        # the break is inside a token (`автоматизирован` / `но`, both words).
        return True
    if _number_cut(line, nxt, words.spaced):
        return True
    left, right = _LEFT_PART.search(line.rstrip(FULL_LINE)), _RIGHT_PART.match(nxt)
    if not (left and right):
        return False
    a, b = left.group(1), right.group(1)
    if (a.lower(), b.lower()) in words.pairs and (a + b).lower() not in words.whole:
        # The document prints the two apart, never glued: a line that filled its cell
        # (a space that did not fit is not printed) is no evidence against it.
        return False
    # A capital after the break starts a word of its own unless the line was not wrapped
    # at a space (a full line without the mark, in a document that prints it): then a
    # word printed glued elsewhere was cut (`даннымиР` / `СУД`, `данными` / `РСУД`).
    unwrapped = words.spaced and line.endswith(FULL_LINE)
    if unwrapped and len(line.split()) == 1 and (_piece_of_printed(a, b, words)
                                                  or _own_ending(a, b)):
        return True
    if line.endswith(FULL_LINE) and len(line.split()) == 1 and (
            _opens_no_word(b, words) or _opens_only_names(a, b, words)):
        return True
    # Two words each printed whole elsewhere stay apart, unless the line was not wrapped
    # at a space and the second is one letter (`проактивном` / `у`: the letter of an
    # ending, more likely than a preposition after a word that filled its line).
    both = (a.lower() in words.whole and b.lower() in words.whole
            and not (unwrapped and len(b) == 1))
    # The renderer cuts only a word that does not fit an empty line: a line holding
    # more (`проверки которой создан` / `и`) ended with a whole word. Trusted where
    # the document marks its wraps; without the mark the reader's lines are less sure.
    alone = len(line.split()) == 1 or not words.spaced
    if (b[0].islower() or unwrapped) and (a + b).lower().rstrip("-") in words.printed \
            and not both \
            and alone:
        return True
    if _two_acronyms(a, b, words):
        return False
    # Only a word longer than the column is cut: its part fills a full line alone.
    return (line.endswith(FULL_LINE) and len(line.split()) == 1
            and (_cut_unwrapped(a, b, words.whole, words.settings.sure_word,
                                words.settings.word_after_adjective) if words.spaced
                 else _cut_inside_word(a, b, words.settings.sure_word)))


def _two_acronyms(a: str, b: str, words: Vocabulary) -> bool:
    """Capitals on both sides that glued would make a token longer than any acronym
    (`acronym_max`), no dictionary word and never printed glued: two acronyms the line
    broke between (`ФРЛЛО` / `ЕГИСЗ`). A cut acronym is short (`ГЛО` / `НАС` / `С`)."""
    glued = (a + b).lower()
    return (a.isalpha() and b.isalpha() and a.isupper() and b.isupper()
            and len(glued) > words.settings.acronym_max
            and glued not in words.printed and not _known(glued))


_CLOSING = re.compile(r"[,.;:!?)\]»”%]")


def _alone(line: str) -> str | None:
    """The word of a full line that holds only (a part of) one word."""
    found = _LEFT_PART.search(line.rstrip(FULL_LINE))
    if line.endswith(FULL_LINE) and len(line.split()) == 1 and found:
        return found.group(1)
    return None


def _chain(line: str, following: list[str]) -> int:
    """How many of the following lines end a word cut more than once (`образов` /
    `ательног` / `о`, `жил` / `ищн` / `о-`): the parts are alone on full lines and
    glued make a dictionary word (or a compound's first part); 0 when they do not."""
    word = _alone(line)
    if word is None:
        return 0
    for n, nxt in enumerate(following, 1):
        right = _RIGHT_PART.match(nxt.strip())
        if not right or right.group(1)[0].isupper() != word[-1].isupper():
            return 0
        word += right.group(1)
        # a compound's first part ends at its hyphen (`жил` / `ищн` / `о-`)
        if n > 1 and _known(word.rstrip("-").split("-")[-1].lower()):
            return n
        if _alone(nxt) is None:
            return 0
    return 0


def _opens_printed_word(following: list[str], words: Vocabulary) -> bool:
    """The pieces from `following[0]` on glue into a word the document prints whole: each
    alone on a full line, up to the line that ends the word (its first token; the line
    wrapped at a space or holding more), or to the cell's last line, open (it may go on
    after a page break), when they begin a word printed whole (`ос` / `н` / `ов` / `е`:
    `основе`). Asked of the line after a whole word in a column a few letters wide."""
    word = ""
    for line in following[:words.settings.chain + 1]:
        piece = _alone(line)
        if piece is None:
            right = _RIGHT_PART.match(line.strip())
            return bool(word and right) and (word + right.group(1)).lower() in words.whole
        if word and piece[0].isupper() != word[-1].isupper():
            return False
        word += piece
    if len(following) > words.settings.chain + 1 or len(word) < words.settings.min_lexicon_piece:
        return False
    return words.lexicon.opens(word.lower())


def _whole_before_printed(line: str, following: list[str], words: Vocabulary) -> bool:
    """A column a few letters wide leaves no room for a wrap's space, so a whole word
    alone on its full line (`на`) and the pieces of the next word (`ос` / `н` / `ов` /
    `е`) are printed alike: the break is a word's end when the line's word is printed
    whole, its glue with the next piece is never printed, and the pieces after it make
    a word the document prints whole (`на основе`, not the dictionary's `наос`). Not
    after a line with room for a space (CUT_LINE): that one was cut, certainly."""
    a, right = _alone(line), _RIGHT_PART.match(following[0].strip()) if following else None
    return (a is not None and right is not None and _full_mark(line) != CUT_LINE
            and a.lower() in words.whole
            and (a + right.group(1)).lower() not in words.printed
            and _opens_printed_word(following, words))


def _adjective_before_chain(line: str, following: list[str], words: Vocabulary) -> bool:
    """`_cut_unwrapped`'s adjective rule when the next word is itself cut: an adjective
    form the dictionary lacks alone on its full line (`проактивного`), then pieces that
    glue into a sure word of `word_after_adjective` letters or more (`информирова` /
    `ния`) and not, with it, into another adjective form: two words."""
    a = _alone(line)
    if not (words.spaced and a and following and a.islower()):
        return False
    left = a.split("-")[-1]
    if _known(left) or not _adjective_form(left):
        return False
    word = ""
    for line_after in following[:words.settings.chain]:
        right = _RIGHT_PART.match(line_after.strip())
        if not right or not right.group(1).islower():
            return False
        word += right.group(1)
        if _alone(line_after) is None:
            break  # the line ends the word (wrapped at a space, or holding more)
    else:
        return False
    return (len(word) >= words.settings.word_after_adjective and word != right.group(1)
            and _word_score(word) >= words.settings.sure_word
            and not _adjective_form(left + word) and not _known(left + word))


def _pieces_of_printed(line: str, following: list[str], words: Vocabulary) -> int:
    """How many of the following lines end a word the document prints whole, cut by a
    column a few letters wide: the line holds one token alone on a full line (`«Ка`),
    the next lines' pieces alone on full lines (`бар`, `дин`), up to a line whose first
    token ends the word (a space or a word edge after it, or the cell's last line, not
    full: `о`), and glued they are a word printed whole (`Кабардино`); 0 otherwise.
    The first two are never printed apart. A short word (`Ка`, `Ку`) is a dictionary
    word too, so the pairwise rules keep it apart; the whole word says it was cut."""
    a = _alone(line)
    if a is None or not following:
        return 0
    word = a
    for n, nxt in enumerate(following[:words.settings.chain], 1):
        right = _RIGHT_PART.match(nxt.strip())
        if not right or not _same_case_letters(word, right.group(1)):
            return 0
        if n == 1 and (a.lower(), right.group(1).lower()) in words.pairs:
            return 0
        word += right.group(1)
        if _alone(nxt) is not None:
            continue  # a piece alone on a full line: the word may go on
        rest = nxt.strip()[right.end():]
        ends = rest[:1] == " " or _word_edge(rest[:1]) or (
            n == len(following) and not rest and not nxt.endswith(FULL_LINE)) \
            or (nxt.endswith(WRAPPED) and not rest.strip())
        return n if ends and word.lower() in words.whole else 0
    return 0


_HYPHEN_END = re.compile(r"(\w[\w-]*)-$")


def _compound_ends(out: list[str], nxt: str) -> bool:
    """The line `out[-1]`, alone on a full line, ends a compound that a hyphen at the
    end of the line before opened (`«Автоматизирован-` / `ная` / `сис`): the rest of
    the compound is no word of its own (`ная`), yet with the hyphen dropped the whole is a
    dictionary word (`автоматизированная`, the source hyphenated it by hand), so the
    word ended there and `nxt` starts another."""
    before = _HYPHEN_END.search(out[-2].rstrip(FULL_LINE)) if len(out) > 1 else None
    a, right = _alone(out[-1]), _RIGHT_PART.match(nxt.strip())
    if not (before and a and right):
        return False
    whole = (before.group(1) + a).replace("-", "").lower()
    return _known(whole) and not _known(whole + right.group(1).lower())


def _hand_hyphen_cut(line: str, following: list[str], words: Vocabulary) -> bool:
    """A word the source hyphenated by hand (`Автомати-зированная`), cut again by the
    column before its hyphen: `«Автомат` alone on a full line, then `и-`, then the
    rest (`зированн` / `ая`). The hyphenated piece is glued to the line when the three
    without the hyphen make a dictionary word the two before the hyphen do not, and
    the document never prints the first two apart."""
    a = _alone(line)
    piece = _HYPHEN_END.fullmatch(following[0].strip().rstrip(FULL_LINE)) if following else None
    if not (a and piece and len(following) > 1 and words.spaced) or "-" in piece.group(1):
        return False
    b = piece.group(1)
    if not _same_case_letters(a, b) or (a.lower(), b.lower()) in words.pairs:
        return False
    rest = _RIGHT_PART.match(rejoin_broken_words("\n".join(following[1:]), words).strip())
    if not rest or not rest.group(1)[:1].islower():
        return False
    glued = (a + b + rest.group(1).split("-")[0]).lower()
    return _known(glued) and not _known((a + b).lower())


def _only_nominative(word: str) -> bool:
    """Every reading pymorphy3 gives `word` (lower case) is in the nominative case
    (`автоматизированная`, `система`): no preposition governs it."""
    parses = morph().parse(word)
    return bool(parses) and all(p.tag.case == "nomn" for p in parses)


def _ending_not_preposition(line: str, following: list[str], words: Vocabulary) -> bool:
    """`доступ` alone on a full line, then `на`: `_cut_unwrapped` keeps a word and a
    sure preposition apart (`виде` / `на`), yet glued they are a word too (`доступна`).
    When the word after the supposed preposition can only be in the nominative case
    (`на автоматизированная`), which no preposition governs, `на` was the ending of
    the word cut before it."""
    a = _alone(line)
    if not (words.spaced and a and a.isalpha() and a.islower() and following):
        return False
    tokens = following[0].split()
    b = tokens[0].rstrip(FULL_LINE) if tokens else ""
    if not (b.isalpha() and _known(a) and _preposition(b, words.settings.sure_word)
            and _known(a + b)) or (a, b) in words.pairs:
        return False
    if len(tokens) > 1:
        after = tokens[1]
    elif following[0].endswith(WRAPPED) and len(following) > 1:
        after = rejoin_broken_words("\n".join(following[1:]), words).split("\n")[0]
        after = after.split()[0] if after.split() else ""
    else:
        return False
    after = after.rstrip(FULL_LINE)
    return after.isalpha() and after.islower() and _only_nominative(after)


def rejoin_broken_words(raw: str, words: Vocabulary) -> str:
    """Undo a line break inside a word printed without a hyphen.

    A word too long for a narrow column is cut where the line ends
    (`информаци` / `онно-сервисная`); the contract's joining would put a space
    there. The two parts are glued when the document prints the glued word
    elsewhere (project names recur in sections 5, 6 and 7) and the parts are not
    both words in their own right, or when the first part fills its line alone
    (the reader marks such lines FULL_LINE) and the parts pass `_cut_inside_word`.
    Closing punctuation at a line's start (`здоровье` / `»`) was cut off too.
    """
    lines = raw.split("\n")
    out = [lines[0]]
    i = 1
    while i < len(lines):
        if _compound_ends(out, lines[i]):
            out.append(lines[i])
            i += 1
            continue
        if _hand_hyphen_cut(out[-1], lines[i:i + words.settings.chain + 1], words) \
                or _ending_not_preposition(out[-1], lines[i:i + words.settings.chain + 1],
                                           words):
            out[-1] = out[-1].rstrip(FULL_LINE) + lines[i].lstrip()
            i += 1
            continue
        n = 0 if _adjective_before_chain(out[-1], lines[i:], words) else 1 if (
            _glue(out[-1], lines[i], words)
            and not _whole_before_printed(out[-1], lines[i:], words)) else _chain(
            out[-1], lines[i:i + words.settings.chain])
        if not n and not _adjective_before_chain(out[-1], lines[i:], words):
            n = _pieces_of_printed(out[-1], lines[i:], words)
        if n:
            # The last piece keeps its marks: a trailing space (WRAPPED) still ends a word.
            parts = [ln.lstrip() for ln in lines[i:i + n]]
            out[-1] = "".join(p.rstrip(FULL_LINE) for p in [out[-1], *parts[:-1]]) + parts[-1]
            i += n
        else:
            out.append(lines[i])
            i += 1
    # Marks of lines left as they are stay: the cell may be joined with its part on
    # the next page and read again; `grid.cell_text` drops them.
    return "\n".join(out)
