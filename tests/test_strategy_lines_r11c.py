"""Round 11c rules of the lines stage (words.py) on hand-made dumps."""

from extract.strategy import words
from tests.strategy_dumps import rejoined

# The task's lines (a column ~25 letters wide), the word printed whole in another
# place, then a cut row's rests after a break: `и ` / `оборудовани` / `я`, the project
# name's rest in a column ~11 letters wide.
_RAW = ["Оборудование по требованиям стандартов",
        "ПО, соответствующим ", "актуальным и современным ", "требованиям", "и ",
        "оборудовани", "я"]


def test_whole_word_after_a_wide_wrapped_line_is_not_glued_to_a_conjunction() -> None:
    """`требованиям` opens in lower case after a wrapped line of its cell twice as wide,
    and the document prints it whole and never `требованиями`: it ended its cell, and
    the narrow `и ` / `оборудовани` after it is another column's rest, no `требованиями`."""
    texts = rejoined(_RAW)
    assert texts[3:5] == ["требованиям", "и "]
    assert "оборудования" in texts


def test_narrow_lines_after_the_word_glue_without_the_rule(monkeypatch) -> None:
    """Without the rule the narrow lines after the pieces read as a narrow column's
    cell opening on `требованиям`, and the conjunction is glued as its ending."""
    monkeypatch.setattr(words, "_narrow_column", lambda *a: True)
    assert "требованиями " in rejoined(_RAW)


def test_word_never_printed_whole_still_glued_in_a_narrow_column() -> None:
    """The same lines where the document never prints `требованиям` whole: the
    narrow lines after it keep the glue (a narrow column's piece and its ending)."""
    texts = rejoined(_RAW[1:])
    assert "требованиями " in texts


def test_unit_after_a_cut_rows_wrapped_line_still_glued() -> None:
    """A lower-case line that glues into a unit may open the unit's narrow cell after
    a cut row's wrapped line (`региональной ` / `ты` / `с. `), even where the document
    prints its piece `ты` whole."""
    raw = ["ты и мы", "подключенных к ", "региональной ", "ты", "с. ", "че", "ло", "ве", "54"]
    assert "тыс. " in rejoined(raw)
