"""Finding a known project name that a section 5 row spells otherwise.

When no known name is printed letter for letter (see `names`), the row may spell
it out where sections 6 and 7 abbreviate it, or the other way round (see
`acronyms`). The name is then looked for as a run of whole lines that starts a
cell (a capital letter) after the task, compared word by word up to acronyms;
if the run is cut by a page break, its rest is the first run after the break
that completes the words (each cut column's rest comes in column order, so it
may share its first line with the task's rest: two cells on one line).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extract.strategy.acronyms import acronyms, name_words, word_list
from extract.strategy.cells import starts_upper
from extract.strategy.names import core
from extract.strategy.words import join_cell

# A name spans a few lines of its narrow column; longer runs are not tried.
_MAX_LINES = 16


@dataclass(frozen=True)
class Rest:
    """Where a cut name goes on after a break: segment, line, words of that line
    that belong to the column before, lines taken."""

    seg: int
    at: int
    skip: int
    count: int


@dataclass(frozen=True)
class Spelled:
    """A name found: first line and lines in the row's head, its rest after a break
    (or None), and the name as printed."""

    start: int
    lines: int
    rest: Rest | None
    text: str


_Target = tuple[tuple[str, ...], frozenset[str]]


def _targets(names: list[str], found: frozenset[str]) -> list[_Target]:
    """Comparison forms of the names and their cores (with the acronyms they were
    collapsed by), longest first."""
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for name in names:
        for variant in (name, core(name)):
            f = found | acronyms(variant)
            words = name_words(variant, f)
            printed = word_list(variant)
            # One short word is too little evidence; one long acronym is a name.
            if len(printed) >= 2 or (printed and len(printed[0]) >= 3
                                     and printed[0] in acronyms(variant)):
                out[words] = f
    return sorted(out.items(), key=lambda t: -len(t[0]))


def _longest(target: tuple[str, ...], found: frozenset[str]) -> int:
    """Most words a run spelling `target` can have before its acronyms collapse."""
    return len(target) + sum(len(t) for t in target if t.upper() in found) + 2


def _fits(text: str, target: tuple[str, ...], found: frozenset[str]) -> bool:
    """Every word of `text` is one of the name's, a definition's «далее», or may
    begin an acronym's full form (its initial is a letter of one): else `text`
    is not (only) the name."""
    vocab = set(target) | {"далее"}
    letters = {c for t in target if t.upper() in found for c in t}
    words = word_list(text)
    if text.rstrip().endswith("-"):
        words = words[:-1]  # split at the line's end, goes on on the next
    for w in words:
        t = w.lower().replace("ё", "е").replace("-", "")
        if t not in vocab and t[:1] not in letters:
            return False
    return True


def _rest(prefix: str, tails: list[list[str]], target: tuple[str, ...],
          found: frozenset[str]) -> tuple[Rest, str] | None:
    """The first run of tail lines that completes `prefix` to `target`. It may
    start inside a line after another column's words (two cells on one line),
    then with a lower-case word that goes on with the cut phrase."""
    for s, seg in enumerate(tails):
        for p, line in enumerate(seg):
            words = line.split()
            for skip in range(len(words)):
                first = " ".join(words[skip:])
                if (skip and not first[:1].islower()) or not _fits(first, target, found):
                    continue
                parts = [prefix, first]
                for u in range(1, min(_MAX_LINES, len(seg) - p) + 1):
                    if u > 1:
                        parts.append(seg[p + u - 1])
                        if not _fits(join_cell(parts[1:]), target, found):
                            break
                    text = join_cell(parts)
                    got = name_words(text, found)
                    if got == target:
                        return Rest(s, p, skip, u), text
                    if len(got) > _longest(target, found):
                        break
    return None


def find_spelled(head: list[str], tails: list[list[str]], names: list[str],
                 opens: Callable[[int], bool] | None = None) -> Spelled | None:
    """The longest known name spelled by a run of `head` lines after the first
    (the task comes first; the latest run of equals, the task may quote the
    name), or begun there and completed after a break. `opens(j)`: whether a
    cell may open at line j (where the dump marks wrapped lines, it says)."""
    found = acronyms(" ".join([*head, *(t for seg in tails for t in seg)]))
    for target, f in _targets(names, found):
        whole: list[Spelled] = []  # runs that spell the name
        cut: list[tuple[int, int, str]] = []  # runs that begin it
        for j in range(len(head) - 1, 0, -1):
            initial = head[j].lstrip("«\"(")[:1].upper()
            if not starts_upper(head[j]) or initial != target[0][:1].upper() or (
                    opens is not None and not opens(j)):
                continue
            for k in range(1, min(_MAX_LINES, len(head) - j) + 1):
                text = join_cell(head[j : j + k])
                if not _fits(text, target, f):
                    break
                got = name_words(text, f)
                if got == target:
                    whole.append(Spelled(j, k, None, text))
                if len(got) > _longest(target, f):
                    break
                if tails and got == target[: len(got)]:
                    cut.append((j, k, text))
        if whole:
            # The run that ends last (the task may quote the name before it), and
            # of those the longest (not its definition «(ЕСУО)» alone).
            return max(whole, key=lambda m: (m.start + m.lines, m.lines))
        for j, k, text in sorted(cut, key=lambda c: (-c[0], -c[1])):
            hit = _rest(text, tails, target, f)
            if hit:
                return Spelled(j, k, hit[0], hit[1])
    return None
