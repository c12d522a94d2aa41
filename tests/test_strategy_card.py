"""Section 2's card: labels a narrow label column wraps onto two lines."""

from extract.strategy.card import read_card
from extract.strategy.sections import Line, Section


def _card(texts: list[str]) -> Section:
    lines = [Line(no=i + 2, raw=t) for i, t in enumerate(texts)]
    return Section(number=2, heading=Line(no=1, raw="2. Карточка стратегии"), lines=lines)


_TITLE = [
    "Наименование",
    "стратегии:",
    "Стратегия в области цифровой трансформации отраслей экономики, социальной",
    "сферы и государственного управления Кемеровской области - Кузбасса",
]


def test_a_term_label_wrapped_onto_two_lines_ends_the_title() -> None:
    """`Срок` / `реализации:` printed as two lines of the label cell: the title stops at
    `Срок` (it does not run on into the term), and the term is read past `реализации:`."""
    card = read_card([], _card([*_TITLE, "Срок", "реализации:", "2022–2024 годы", "Краткое"]))
    assert card.title.endswith("Кемеровской области - Кузбасса")
    assert (card.period_start, card.period_end) == (2022, 2024)
    assert card.region.startswith("Кемеровская область")


def test_a_term_label_on_one_line() -> None:
    card = read_card([], _card([*_TITLE, "Срок реализации:", "2022–2024 годы", "Краткое"]))
    assert card.title.endswith("Кузбасса")
    assert (card.period_start, card.period_end) == (2022, 2024)
