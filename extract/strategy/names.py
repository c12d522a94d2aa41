"""Finding a project's name, known from another section, at the start of a cell run.

Sections 5, 6 and 7 name the same projects, but each cuts them at other page
breaks and some print extra remarks («(далее - ПУВ ЕГИССО)», the long form of
«(рекомендовано ФОИВ)»). A name is matched on its core (without trailing
parenthetical remarks) and then extended over the parentheses printed here, so
the result is always this section's own text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.strategy.sections import norm_key
from extract.text import join_fragments

_TRAILING_REMARK = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)?\s*$")


@lru_cache(maxsize=8192)
def core(name: str) -> str:
    """The name without trailing parenthetical remarks: `X (рекомендовано ФОИВ)` -> `X`."""
    out = name.strip()
    while True:
        cut = _TRAILING_REMARK.sub("", out)
        if cut == out or not cut:
            return out
        out = cut


def _split_line(done: str, line: str, target: str) -> int | None:
    """Number of words of `line` that complete `done` to `target` (keys), or None."""
    words = line.split()
    for n in range(1, len(words)):
        if norm_key(f"{done} {' '.join(words[:n])}") == target:
            return n
    return None


def match_at(texts: list[str], name: str) -> tuple[int, str, str] | None:
    """If `texts` (cell lines) begin with `name`: (lines used, the name as printed
    here, the rest of the last line used when the name ends inside it)."""
    target = norm_key(name)
    if not target or not texts:
        return None
    first = norm_key(texts[0])
    n = min(len(first), len(target))
    if first[:n] != target[:n]:
        return None
    done: list[str] = []
    for k, line in enumerate(texts):
        cand = join_fragments([*done, line])
        key = norm_key(cand)
        if key == target:
            return k + 1, cand, ""
        if target.startswith(key):
            done.append(line)
            continue
        if (key.startswith(target) and done) or key.startswith(target):
            n = _split_line(join_fragments(done), line, target)
            if n is not None:
                words = line.split()
                return k + 1, join_fragments([*done, " ".join(words[:n])]), " ".join(words[n:])
        return None
    return None


def extend_remarks(texts: list[str], used: int, name: str) -> tuple[int, str]:
    """Take the parenthetical remarks that follow a matched core: lines starting
    with `(`, up to the first line that ends with `)`."""
    k = used
    while k < len(texts) and texts[k].strip().startswith("("):
        parts = []
        while k < len(texts):
            parts.append(texts[k])
            k += 1
            if texts[k - 1].rstrip().endswith(")"):
                break
        name = join_fragments([name, *parts])
    return k, name


def best_match(texts: list[str], names: list[str]) -> tuple[int, str, str] | None:
    """The longest known name (or its core) that `texts` begin with, extended over
    the remarks printed after it."""
    best: tuple[int, str, str] | None = None
    for name in names:
        for variant in dict.fromkeys((name, core(name))):
            m = match_at(texts, variant)
            if m is None:
                continue
            used, text, rest = m
            if not rest:
                used, text = extend_remarks(texts, used, text)
            elif rest.startswith("("):
                # A remark right after the name, on the same line: it is part of it.
                k, remark = extend_remarks([rest, *texts[used:]], 0, "")
                used, text, rest = used + k - 1, join_fragments([text, remark]), ""
            if best is None or len(norm_key(text)) > len(norm_key(best[1])):
                best = (used, text, rest)
    return best


def _prefix_lines(texts: list[str], target: str) -> int:
    """How many leading lines of `texts` spell a proper prefix of `target` (a key)."""
    k, done = 0, []
    for line in texts:
        key = norm_key(join_fragments([*done, line]))
        if not target.startswith(key) or key == target:
            break
        done.append(line)
        k += 1
    return k


def match_across(head: list[str], tail: list[str], names: list[str]) -> tuple[int, str] | None:
    """A known name whose first lines end `head`'s run before a page break and whose
    remaining lines open `tail` after it (each column's tail comes in column order).
    Returns (lines of `tail` used, the name as printed)."""
    best: tuple[int, str] | None = None
    for name in names:
        for variant in dict.fromkeys((name, core(name))):
            k = _prefix_lines(head, norm_key(variant))
            if k == 0:
                continue
            m = match_at(head[:k] + tail, variant)
            if m is None or m[0] <= k or m[2]:
                continue
            used, text = extend_remarks(head[:k] + tail, m[0], m[1])
            if best is None or len(text) > len(best[1]):
                best = (used - k, text)
    return best
