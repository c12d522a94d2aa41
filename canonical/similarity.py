"""How alike two comparison forms are, and whether they may be merged at all.

Word order and a few changed words matter little: the score is rapidfuzz's
token_sort_ratio (0–100). A wording whose words are all part of the other's (one
region adds «в том числе на региональных порталах», or a unit «млн. кв. м в год»)
names the same indicator and scores 100 — when the shorter one says enough to be
specific (settings.min_subset_words). Two wordings that each say something the
other does not («управляющих» / «ресурсоснабжающих организаций», «помощник
родителя» / «учителя») are in conflict: they name different things however alike
the rest is, and are never merged automatically (only offered for review).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from canonical.settings import SETTINGS, MatchSettings


class Score(NamedTuple):
    score: float
    conflict: bool


def _meaningful(words: set[str], other: set[str], settings: MatchSettings) -> set[str]:
    """Measure words count only against a form that has one too: a region may print
    the target instead («95 сведений» for «Доля сведений»)."""
    return words if other & settings.measure_words else words - settings.measure_words


def _related(w: str, o: str, settings: MatchSettings) -> bool:
    """One root: a shared beginning (another inflection or derivation), or one word
    beginning with the other (acronyms printed together, «ЕПГУРПГУ»)."""
    n = settings.related_prefix
    return w[:n] == o[:n] or w.startswith(o) or o.startswith(w)


def _unpaired(words: set[str], others: set[str], settings: MatchSettings) -> bool:
    return any(not any(_related(w, o, settings) for o in others) for w in words)


def compare(a: str, b: str, sort_ratio: float | None = None,
            settings: MatchSettings = SETTINGS) -> Score:
    """Score of two forms and whether they conflict (`sort_ratio` if already known)."""
    if a == b:
        return Score(100.0, False)
    wa, wb = set(a.split()), set(b.split())
    ma, mb = _meaningful(wa, wb, settings), _meaningful(wb, wa, settings)
    small, large = (ma, mb) if len(ma) <= len(mb) else (mb, ma)
    if len(small) >= settings.min_subset_words and small <= large:
        return Score(100.0, False)
    only_a, only_b = ma - mb, mb - ma
    conflict = _unpaired(only_a, only_b, settings) and _unpaired(only_b, only_a, settings)
    ratio = float(fuzz.token_sort_ratio(a, b)) if sort_ratio is None else sort_ratio
    return Score(ratio, conflict)


def scored_pairs(forms: list[str], floor: float, settings: MatchSettings = SETTINGS
                 ) -> list[tuple[int, int, Score]]:
    """(i, j, score) for every pair of `forms` (i < j) scoring at least `floor`.

    rapidfuzz computes the token-set matrix in C (never below the token-sort score but
    for repeated words); only pairs that reach the floor there get `compare`.
    """
    if len(forms) < 2:
        return []
    by_set = process.cdist(forms, forms, scorer=fuzz.token_set_ratio, dtype=np.uint8,
                           score_cutoff=int(floor))
    rows, cols = np.nonzero(np.triu(by_set >= floor, k=1))
    out: list[tuple[int, int, Score]] = []
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        s = compare(forms[i], forms[j], settings=settings)
        if s.score >= floor:
            out.append((i, j, s))
    return out
