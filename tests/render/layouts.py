"""Named layouts a strategy is rendered in: the ways regions set the one template.

Each varies what a reader must not depend on: orientation and paper, type size,
margins, column widths (narrow columns wrap long names over many lines, so page
breaks fall inside the cells of some row in every column), the wording of section
7's body column and number column, years as plain columns or under a merged
«Значения показателя по годам», a column-number row under the header, the decimal
separator and the «Раздел «…»» heading wording.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.render.word import PageSetup

BODY_ROIV = "Ответственный РОИВ"
BODY_EXECUTOR = "Ответственный исполнитель"
BODY_LONG = "Ответственный республиканский орган исполнительной власти"


@dataclass(frozen=True)
class Layout:
    """How one rendered strategy is set. Widths are relative (scaled to the text width);
    `widths7` ends with the width of ONE year column."""

    name: str
    page: PageSetup
    size_pt: float
    font: str = "Times New Roman"
    number_header: str = "№ п/п"
    body_header: str = BODY_ROIV
    years_merged: bool = True
    numbers_row: bool = False
    decimal: str = ","
    razdel: bool = False
    widths5: tuple[float, ...] = (5, 35, 22, 16, 22)
    widths6: tuple[float, ...] = (5, 15, 16, 9, 30, 12, 13)
    widths7: tuple[float, ...] = (5, 17, 15, 30, 9, 8)


LAYOUTS: list[Layout] = [
    Layout("a4-landscape-12", PageSetup("A4", landscape=True, margin_cm=2.0), 12),
    Layout("a4-portrait-10-razdel", PageSetup("A4", landscape=False, margin_cm=2.0), 10,
           number_header="№ пп", body_header=BODY_EXECUTOR, razdel=True),
    Layout("a4-portrait-14-plain-years", PageSetup("A4", landscape=False, margin_cm=1.5), 14,
           body_header=BODY_LONG, years_merged=False, decimal=".",
           widths7=(4, 14, 14, 22, 8, 7)),
    Layout("letter-portrait-11-arial-narrow-names", PageSetup("Letter", landscape=False,
                                                              margin_cm=2.5), 11,
           font="Arial", number_header="№ пп", body_header=BODY_EXECUTOR, numbers_row=True,
           widths5=(5, 40, 14, 16, 22), widths6=(5, 12, 16, 9, 33, 12, 13),
           widths7=(5, 14, 12, 33, 9, 8)),
    Layout("a3-landscape-8", PageSetup("A3", landscape=True, margin_cm=2.0), 8,
           years_merged=False, decimal="."),
    Layout("a4-landscape-9-numbers-row", PageSetup("A4", landscape=True, margin_cm=1.0), 9,
           number_header="№ пп", body_header=BODY_LONG, numbers_row=True, razdel=True,
           widths7=(4, 20, 16, 32, 8, 6)),
    Layout("a3-portrait-13-narrow-body", PageSetup("A3", landscape=False, margin_cm=3.0), 13,
           body_header=BODY_EXECUTOR, decimal=".", widths7=(5, 18, 8, 30, 9, 8)),
    Layout("letter-landscape-14-narrow-indicator", PageSetup("Letter", landscape=True,
                                                             margin_cm=1.27), 14,
           font="Arial", razdel=True, years_merged=False,
           widths5=(5, 25, 30, 16, 24), widths7=(5, 22, 16, 18, 10, 8)),
    # Drawn by `random_layout` (held-out seeds 1, 4 and 5 of scripts/measure_unseen.py)
    # and committed once the readers had been reworked on them: other fonts, a term
    # column narrow enough to cut years, a № column narrow enough to cut `1.1`.
    Layout("a4-portrait-9-dejavu-narrow-term", PageSetup("A4", landscape=False,
                                                         margin_cm=2.6), 9,
           font="DejaVu Serif", body_header=BODY_EXECUTOR, years_merged=False, decimal=".",
           widths5=(3.2, 20.1, 28.6, 15.0, 27.2), widths6=(2.8, 14.3, 19.2, 6.8, 42.0, 16.3, 7.5),
           widths7=(2.9, 17.6, 20.9, 26.8, 6.7, 7.4)),
    Layout("a4-portrait-12-sans-narrow", PageSetup("A4", landscape=False, margin_cm=2.25), 12,
           font="Liberation Sans Narrow", number_header="№", years_merged=False,
           widths5=(6.3, 44.4, 28.3, 12.5, 28.8), widths6=(5.8, 9.4, 9.0, 5.1, 36.9, 9.3, 8.4),
           widths7=(5.6, 14.6, 9.2, 20.8, 9.2, 5.6)),
    Layout("a4-landscape-13-arial-numbers-row", PageSetup("A4", landscape=True,
                                                          margin_cm=2.54), 13,
           font="Arial", number_header="№", years_merged=False, numbers_row=True, decimal=".",
           widths5=(5.3, 44.0, 30.2, 15.1, 13.7), widths6=(5.9, 9.8, 16.9, 7.0, 37.4, 7.0, 8.1),
           widths7=(6.7, 23.2, 12.3, 25.9, 5.6, 11.3)),
    Layout("letter-portrait-13-dejavu-razdel", PageSetup("Letter", landscape=False,
                                                         margin_cm=1.83), 13,
           font="DejaVu Serif", number_header="№", body_header=BODY_LONG, years_merged=False,
           razdel=True, widths5=(5.4, 38.9, 15.7, 19.7, 15.7),
           widths6=(6.0, 21.6, 22.9, 6.3, 40.6, 7.8, 18.5),
           widths7=(4.9, 17.7, 13.9, 26.0, 10.3, 4.9)),
]


PAPERS = ("A4", "A3", "Letter")
FONTS = ("Times New Roman", "Arial", "DejaVu Serif", "Liberation Sans Narrow")
NUMBER_HEADERS = ("№ п/п", "№ пп", "№")
BODY_HEADERS = (BODY_ROIV, BODY_EXECUTOR, BODY_LONG)


def _jitter(rnd: random.Random, widths: tuple[float, ...], spread: float) -> tuple[float, ...]:
    return tuple(round(w * rnd.uniform(1 - spread, 1 + spread), 1) for w in widths)


def random_layout(rnd: random.Random, name: str) -> Layout:
    """A layout none of the committed fixtures has: every knob of `Layout` drawn at
    random, column widths each scaled by 0.55–1.45, so held-out measurements
    (`scripts/measure_unseen.py`) show whether a reader fits the template or the eight
    committed layouts."""
    base = Layout("base", PageSetup(), 12)
    return Layout(
        name,
        PageSetup(rnd.choice(PAPERS), landscape=rnd.random() < 0.5,
                  margin_cm=round(rnd.uniform(1.0, 3.0), 2)),
        rnd.choice((8, 9, 10, 10.5, 11, 12, 13, 14)),
        font=rnd.choice(FONTS),
        number_header=rnd.choice(NUMBER_HEADERS),
        body_header=rnd.choice(BODY_HEADERS),
        years_merged=rnd.random() < 0.5,
        numbers_row=rnd.random() < 0.3,
        decimal=rnd.choice((",", ".")),
        razdel=rnd.random() < 0.3,
        widths5=_jitter(rnd, base.widths5, 0.45),
        widths6=_jitter(rnd, base.widths6, 0.45),
        widths7=_jitter(rnd, base.widths7, 0.45),
    )
