"""The document's own lexicon: words it prints whole and words it prints side by side.

The template prints the same names and phrases several times (sections 5, 6 and 7
name the same projects, indicator names repeat, sections 1-4 restate them), each
time in a column of another width, so a word a narrow column cut in one place is
printed whole in another. Where the dictionary cannot tell a cut word from two
words (`Библиотек` / `а`, `уровня` / `в`, `Марк` / `етплейс`, a word it does not
know), what the document prints elsewhere decides (`Lexicon.verdict`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from extract.strategy.sections import Line

_OPEN = "«\"„“("
_CLOSE = ",.;:)»\"“!?"
_CORE = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_LEAD = re.compile(r"[а-яё]+")

GLUE, APART = "glue", "apart"


@dataclass
class Lexicon:
    """`whole`: tokens (lower case) printed surely whole; `pairs`: two whole tokens
    printed with a space between them on one line, or across a line wrapped at that
    space (a marked dump)."""

    whole: set[str] = field(default_factory=set)
    pairs: set[tuple[str, str]] = field(default_factory=set)
    ordered: list[str] = field(default_factory=list)  # `whole`, sorted (prefix look-ups)

    @cached_property
    def backward(self) -> list[str]:
        """`whole`, each word reversed, sorted (suffix look-ups); `whole` is complete
        before any look-up (`build_lexicon`)."""
        return sorted(w[::-1] for w in self.whole)

    def ends_another(self, rest: str) -> bool:
        """The document prints whole a word longer than `rest` that ends in it (a
        suffix look-up in `backward`)."""
        probe = rest.lower()[::-1]
        k = bisect_left(self.backward, probe)
        while k < len(self.backward) and self.backward[k].startswith(probe):
            if len(self.backward[k]) > len(probe):
                return True
            k += 1
        return False

    def verdict(self, end: str, start: str) -> str | None:
        """A line ending in `end` and the next opening with `start`: GLUE when the
        document prints `end+start` whole and never `end start`, APART when it prints
        `end start` and never the glued word, None when it does not say."""
        a, b = end.lower(), start.lower()
        glued = a + b in self.whole
        pair = (a, b) in self.pairs
        if glued and not pair:
            return GLUE
        if pair and not glued:
            return APART
        return None

    def opens(self, prefix: str) -> bool:
        """A word the document prints whole begins with `prefix` (lower case)."""
        k = bisect_left(self.ordered, prefix)
        return k < len(self.ordered) and self.ordered[k].startswith(prefix)

    def goes_on(self, end: str, start: str, letters: int = 1) -> bool:
        """`end` is never printed whole, but a word printed whole elsewhere opens with
        it and goes on with the first `letters` letters of `start` (`маркетплей` /
        `са`, printed whole as `маркетплейс`): `end` is that word's first piece."""
        a = end.lower()
        if a in self.whole or len(start) < letters:
            return False
        return self.opens(a + start[:letters].lower())

    def compound_elsewhere(self, end: str, half: str, second: str) -> bool:
        """`half` + `-` (a compound's first half ending its line) and `second` (the
        next line's first letters) continue a compound the document prints whole
        whose first half is longer than `half` and does not end in `end` + `half` (`но-` /
        `Балкарск` of `Кабардино-Балкарской`, after `вид`), while no word it prints
        opens with `end` + `half` + `-`: `half` is the rest of another word, cut by a
        page break, not `end`'s. Scans the lexicon; called only on such lines."""
        if self.opens(f"{end}{half}-".lower()):
            return False
        probe, own = f"{half}-{second}".lower(), f"{end}{half}".lower()
        for w in self.whole:
            at = w.find(probe)
            if at > 0 and not w[: at + len(half)].endswith(own):
                return True
        return False

    def inflected(self, end: str, start: str, ending: int) -> bool:
        """`end` (never printed whole) and `start` make a word whose letters but the
        last `ending` at most open a word printed whole with another ending of at most
        `ending` letters (`суперсер` / `вису`, printed `суперсервиса`): the same word
        in another case, cut by the column. `start` goes on the word by two letters
        or more, so a bare ending (`федерац` / `их`) is not read so."""
        return _inflected_in(self, end, start, ending)

    def stem_of(self, end: str, start: str, ending: int) -> bool:
        """`end` (never printed whole) and the first letters of `start` are a word
        the document prints whole elsewhere, and the rest of `start` is at most
        `ending` letters, that word's inflection (`маркетпл` / `ейса`, printed whole
        as `маркетплейс`): `end` is a word's first piece, `start` its rest."""
        a, b = end.lower(), start.lower()
        if a in self.whole:
            return False
        return any(a + b[:j] in self.whole
                   for j in range(max(1, len(b) - ending), len(b)))


def _inflected_in(lex: Lexicon, end: str, start: str, ending: int) -> bool:
    """`Lexicon.inflected` (a function so the dataclass keeps its fields)."""
    a, b = end.lower(), start.lower()
    if a in lex.whole:
        return False
    for j in range(1, ending + 1):
        if len(b) - j < 2:
            break
        probe = a + b[: len(b) - j]
        k = bisect_left(lex.ordered, probe)
        while k < len(lex.ordered) and lex.ordered[k].startswith(probe):
            if len(lex.ordered[k]) - len(probe) <= ending:
                return True
            k += 1
    return False


@lru_cache(maxsize=65536)
def _core(token: str) -> tuple[str, bool, bool] | None:
    """A token's letters, whether punctuation opens it, whether punctuation closes it
    (cached: a document prints the same tokens again and again)."""
    inner = token.lstrip(_OPEN)
    body = inner.rstrip(_CLOSE)
    if not _CORE.fullmatch(body):
        return None
    return body, len(inner) < len(token), len(body) < len(inner)


def build_lexicon(lines: list[Line], spaced: bool) -> Lexicon:
    """The words `lines` print whole, and the pairs they print side by side. A token
    starts a word when another comes before it on its line, when it opens with a
    capital or an opening quote/bracket (a cut word's rest opens in lower case), or
    (`spaced`) when the line before on its page was wrapped at a space; it ends one
    when another token follows it, when punctuation closes it, or (`spaced`) when its
    line was wrapped after it or the next line opens with a quote or bracket. One pass,
    linear in the dump."""
    lex = Lexicon()
    prev: Line | None = None
    for n, ln in enumerate(lines):
        tokens = ln.raw.split()
        if not tokens:
            prev = None
            continue
        after_wrap = spaced and prev is not None and prev.wrapped and not ln.brk
        cores = [_core(t) for t in tokens]
        last = len(tokens) - 1
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        # (The next line on the page opening with a quote or bracket opens a word: a cut
        # word's rest never does, so the line's last token ended: `суперсервиса` /
        # `«Поступлени`.)
        quoted_next = (nxt is not None and not nxt.brk
                       and nxt.raw.lstrip()[:1] in _OPEN and nxt.raw.strip() != "(")
        for k, c in enumerate(cores):
            if c is None:
                continue
            text, opened, closed = c
            starts = k > 0 or opened or text[0].isupper() or after_wrap
            ends = k < last or closed or (spaced and ln.wrapped) or (spaced and quoted_next)
            if starts and ends:
                lex.whole.add(text.lower())
                if "-" in text:  # a compound's parts are words too (`Кабардино`)
                    lex.whole.update(p.lower() for p in text.split("-"))
            if k < last and not closed:
                nxt = cores[k + 1]
                if starts and nxt is not None and not nxt[1]:
                    lex.pairs.add((text.lower(), nxt[0].lower()))
        if after_wrap and prev is not None:
            tail = _core(prev.raw.split()[-1])
            head = cores[0]
            if tail is not None and head is not None and not tail[2] and not head[1]:
                lex.pairs.add((tail[0].lower(), head[0].lower()))
        prev = ln
    lex.ordered = sorted(lex.whole)
    return lex
