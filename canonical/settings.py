"""Every threshold and word list of name matching, in one place.

The thresholds were chosen on the labelled pairs of
`tests/fixtures/indicator_pairs.csv` (see docs/identity.md for the measurement).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "dbt_project" / "seeds"


@dataclass(frozen=True)
class MatchSettings:
    # A pair of wordings from different documents with a score at or above this is merged.
    merge_threshold: float = 74.0
    # Pairs left apart scoring at least this go to the review mart.
    review_threshold: float = 75.0
    # Pairs merged below this go to the review mart too (merged, for a second look).
    sure_threshold: float = 90.0
    # A wording all of whose words are in the other's matches it fully, if it has this many.
    min_subset_words: int = 3
    # Words of another meaning on both sides make a pair a conflict, never merged:
    # «управляющих» / «ресурсоснабжающих организаций», «помощник родителя / учителя».
    # Two lemmas sharing their first related_prefix letters are one root
    # («назначение» / «назначаться») and never make a conflict.
    related_prefix: int = 5
    # What an indicator measures; a region may print its target instead
    # («95 сведений» for «Доля сведений»), so against a wording without any of these
    # they make no conflict.
    measure_words: frozenset[str] = frozenset({"доля", "количество", "число", "уровень"})
    # Grammemes (pymorphy3) of words with no meaning of their own in a name:
    # prepositions, conjunctions, particles, pronouns («на бюджетные» = «за бюджетные»,
    # «которые», «таких», «им»).
    function_grammemes: frozenset[str] = frozenset(
        {"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "Apro"})
    # Phrases (as lemmas) that stand for «the region» in the template's wording.
    region_phrases: tuple[str, ...] = (
        "субъект российский федерация",
        "субъект рф",
        "регион",
    )
    # The remark that marks a region's project as a federal one; not part of its name.
    project_remark: str = r"\(\s*рекомендован[^()]*\)"
    # Token that replaces any region's name or a phrase above.
    region_token: str = "<регион>"
    # Analyst-editable seeds (dbt seeds, so the warehouse shows them too).
    equivalents_csv: Path = field(default=SEEDS / "name_equivalents.csv")
    overrides_csv: Path = field(default=SEEDS / "name_match_overrides.csv")


SETTINGS = MatchSettings()
