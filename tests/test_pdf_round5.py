"""Round 5 of the PDF reader: its thresholds as one settings object, and the rules the
held-out layouts asked for. Each rule is tested on a hand-made cell, word list or row."""

from __future__ import annotations

import dataclasses

import pytest

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words, vocabulary
from extract.pdf.reader import Fragment, Page
from extract.pdf.settings import DEFAULT, PdfSettings
from extract.strategy.grid import cell_text

F = "\u00ad"  # the reader's FULL_LINE mark


# -- settings ---------------------------------------------------------------------


def test_settings_are_frozen_and_overridden_by_name() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.chain = 2  # type: ignore[misc]
    assert PdfSettings.of(None) is DEFAULT
    assert PdfSettings.of({"chain": 2}).chain == 2
    assert PdfSettings.of({"chain": 2}).x_tolerance == DEFAULT.x_tolerance
    mine = PdfSettings(chain=3)
    assert PdfSettings.of(mine) is mine
    with pytest.raises(ValueError, match="chian"):
        PdfSettings.of({"chian": 2})  # a typo never passes as the default


def test_a_changed_setting_changes_the_outcome() -> None:
    """`chain`: how many more lines a word cut several times may take; with one line
    the three pieces of `образовательного` stay apart."""
    raw = f"образов{F}\nательног{F}\nо контента"
    default = Vocabulary(set(), set())
    short = Vocabulary(set(), set(), settings=PdfSettings.of({"chain": 1}))
    assert cell_text(rejoin_broken_words(raw, default)) == "образовательного контента"
    assert cell_text(rejoin_broken_words(raw, short)) != "образовательного контента"


def test_spaced_share_decides_whether_a_document_marks_its_wraps() -> None:
    """Two of four inner lines end with a space: spaced at the default share (0.3),
    not when the share asked for is higher."""
    cells = ["Министерство \nцифрового\nразвития", "Создание \nцентра\nданных"]
    pages = [Page(1, [Fragment(1, (0, 0, 100, 100), [0.0, 50.0], [cells])])]
    assert vocabulary(pages).spaced
    assert not vocabulary(pages, PdfSettings.of({"spaced_share": 0.6})).spaced
