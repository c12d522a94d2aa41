"""Round 6 rules of the lines stage (words.py, sections.py) on hand-made dumps."""

from extract.strategy.sections import _page_numbers
from tests.strategy_dumps import rejoined


def test_word_that_fits_its_column_is_not_glued() -> None:
    """`возможно` after a wrapped line of its cell four times as wide ended its cell:
    `возможною` would have fit the column, so `ю` (another column's rest) stays."""
    raw = ["оказанием услуг в тех случаях, когда это ", "возможно", "ю ", "«Государств", "енное "]
    texts = rejoined(raw)
    assert texts[1:3] == ["возможно", "ю "]


def test_word_cut_by_a_narrow_column_is_still_glued() -> None:
    """A piece as wide as the cell's wrapped line before it is a column's cut."""
    raw = ["услуг по ", "направлени", "ю ", "«Государств", "енное "]
    texts = rejoined(raw)
    assert "направлению " in texts


def _pages(n: int, lines: int) -> list[str]:
    raw: list[str] = []
    for p in range(1, n + 1):
        raw += [f"текст страницы {p} строка {k}" for k in range(lines)] + [str(p)]
    return raw


def test_last_page_number_follows_a_full_page() -> None:
    """The last page is short; a value equal to the page before's number in the
    last page's rows does not number that page (which would leave it short)."""
    raw = _pages(4, 40)
    raw += ["строка"] * 20 + ["5"] + ["значение"] * 19 + ["5", "итог", "6"]
    pages = _page_numbers(raw)
    assert [raw[i] for i in pages] == ["1", "2", "3", "4", "5", "6"]
    assert max(pages) == len(raw) - 1
    five = next(i for i, v in pages.items() if v == 5)
    assert raw[five + 1] == "итог"


def test_compound_after_a_completed_word_is_the_next_word() -> None:
    """`сущест` / `вующей` made a word already (the piece filled the column and lost
    its mark); the compound `культур` / `но-` that follows is a word of its own."""
    raw = ["объектов ", "сущест", "вующей", "культур", "но-", "туристи", "ческой "]
    texts = rejoined(raw)
    assert "существующей" in texts
    assert not any("существующейкульт" in t for t in texts)


def test_known_word_after_a_wider_line_of_its_cell_stays() -> None:
    """`Югры` ends a cell whose lines before are wider: the unit's pieces after it
    are another cell's."""
    raw = ["развития ", "Югры", "усл", "овн", "ых ", "0"]
    texts = rejoined(raw)
    assert texts[:3] == ["развития ", "Югры", "условных "]


def test_section5_line_that_filled_its_column_goes_on() -> None:
    """A line without the wrap mark followed by one opening in lower case: before a
    break every cell opens with a capital or `-`, so it filled its column; after a
    break a cut cell's rest opens in lower case, so nothing is told there."""
    from extract.strategy.task_links import _filled_marks
    head = ["Создание условий для", "потенциальные возможности", "получения услуг", "Проект"]
    assert _filled_marks(head, [True, False, True, False], head=True) == [
        True, True, True, False]
    tail = ["трансформация", "(рекомендовано ФОИВ)", "власти"]
    assert _filled_marks(tail, [True, False, False], head=False) == [True, False, False]


def test_narrow_column_after_a_cut_rows_wrapped_line_is_still_glued() -> None:
    """`региональной ` is a cut row's wrapped line (its cell goes on after the
    break); `ты` / `с.` opens the unit's narrow column, as narrow as the lines after
    it: glued though `тыс.` would fit the indicator's column."""
    raw = ["подключенных к ", "региональной ", "ты", "с. ", "че", "ло", "ве", "54"]
    texts = rejoined(raw)
    assert "тыс. " in texts
