"""Section 6 of the text reader, round 6: row numbers cut by a page break where the
number shares a line with the name (narrow № column); on small hand-made strings,
each test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.projects import (
    _HEADER_END,
    _join_cut_bare_numbers,
    _join_cut_row_numbers,
    _split_header_punct,
    term_rest,
)
from extract.strategy.sections import Line, strip_headers


def _lines(*raws: str, brk_at: int | tuple[int, ...] = ()) -> list[Line]:
    breaks = (brk_at,) if isinstance(brk_at, int) else brk_at
    return [Line(n, r, 1, n in breaks) for n, r in enumerate(raws)]


def test_bare_number_on_the_name_line_cut_by_a_break():
    """`1 Гостех` `2 Мобильный` … `1 Биометрич` | break | `0 еская` after rows up
    to 9: the row is 10, the name's tail stays after the break with its wrap mark."""
    rows = [f"{n} Проект" for n in range(1, 10)]
    out = _join_cut_bare_numbers(_lines(
        *rows, "1 Биометрич", "Повыш", "0 еская ", "идентификация", brk_at=11))
    assert [ln.text for ln in out][9:] == ["10 Биометрич", "Повыш", "еская", "идентификация"]
    assert out[11].brk and out[11].wrapped


def test_bare_numbers_after_a_cut_one_go_on_in_sequence():
    """After 10 is whole, `1` / `1` (11 wrapped in the column) is the next row."""
    rows = [f"{n} Проект" for n in range(1, 10)]
    out = _join_cut_bare_numbers(_lines(
        *rows, "1 Биометрич", "Повыш", "0 еская", "вид.", "1", "1", "Биометрич", "вид.",
        "1 Центры", "Повыш", "2 управления", brk_at=(11, 19)))
    texts = [ln.text for ln in out]
    assert "10 Биометрич" in texts and "12 Центры" in texts and "управления" in texts


def test_dotted_number_on_the_name_line_cut_by_a_break():
    """`5.1 Создание` after the sector printed 5.1, then `3` first after the
    break: row 5.13."""
    out = _join_cut_row_numbers(_lines(
        "5.1", "Гостех", "5.12", "Цифровой", "5.1 Создание", "Повыш", "3",
        "ситуационного ", "центра", brk_at=6), 5)
    texts = [ln.text for ln in out]
    assert "5.13 Создание" in texts and "3" not in texts
    assert out[texts.index("ситуационного")].brk


def test_dotted_number_rest_shares_the_name_tail_line():
    """`1.1` printed again before a break, `1 науки»` first after it: the number is
    1.11 and `науки»` is the name's tail."""
    out = _join_cut_row_numbers(_lines(
        "1.1", "Библиотека", "1.10", "Электронная", "1.1", "«Единая ", "сервисная",
        "1 науки»", "а и ", brk_at=7), 1)
    texts = [ln.text for ln in out]
    assert "1.11" in texts and "науки»" in texts and "1 науки»" not in texts
    assert out[texts.index("науки»")].brk


def test_row_digits_each_on_a_line_after_the_break():
    """`5 Создание` | break | `.` / `1` / `3`: the row is 5.13 when 5.1 was printed."""
    out = _join_cut_row_numbers(_lines(
        "5.1", "Гостех", "5.12", "Цифровой", "5 Создание", "Повыш", ".", "1", "3",
        "ситуационного ", "центра", brk_at=6), 5)
    texts = [ln.text for ln in out]
    assert "5.13 Создание" in texts and "3" not in texts
    assert out[texts.index("ситуационного")].brk


def test_punctuation_glued_to_the_repeated_header_goes_back_to_the_tails():
    """`реализации проекта.` (the lines stage glued the `.` of a row number cut
    as `3` | break | `.` / `1` to the header's last word): the header is stripped
    and the number is 3.1, the name's tail first after the break."""
    raws = ["3", "Цифровая платформа ", "Повышение ", "№", "Наименование проекта", "Цель",
            "проекта", "Роль региона в", "реализации проекта.", "1", "медицинских"]
    lines = [Line(n, r, 1, r == "№") for n, r in enumerate(raws)]
    body, _ = strip_headers(_split_header_punct(lines), _HEADER_END)
    out = _join_cut_row_numbers(body, 3)
    assert [(ln.text, ln.brk) for ln in out] == [
        ("3.1", False), ("Цифровая платформа", False), ("Повышение", False),
        ("медицинских", True)]


def test_term_opener_printed_with_the_description_is_two_cells():
    """`До В рамках проекта …` on one line of a cut row: the term's `До` (its year
    after the break) and the description's first line."""
    from extract.strategy.projects import _split_term

    assert _split_term("До В рамках проекта «Система единых") == [
        "До", "В рамках проекта «Система единых"]
    assert _split_term("До 2024 года") == ["До 2024 года"]


def test_term_comma_pushed_after_the_break_takes_its_rest():
    """`До 2030 года` closed by its shape, but after the break the goal's tail ends
    on the comma the term column pushed to its next line (glued there by the lines
    stage, or alone) and `далее` / `постоянно` follow: the term goes on."""
    tails = ["а и ", "доступности", "сокращение", "сроков", "их", "предоставления,",
             "далее ", "постоянно", "предусматривает внедрение цифровых "]
    marks = [t.endswith(" ") for t in tails]
    assert term_rest("До 2030 года", [t.strip() for t in tails], marks,
                     spaced=True) == "До 2030 года, далее постоянно"
    lone = ["а и ", "доступности", "сокращение ", ",", "далее ", "постоянно", "Проект "]
    assert term_rest("До 2030 года", [t.strip() for t in lone],
                     [t.endswith(" ") for t in lone], spaced=True) == (
        "До 2030 года, далее постоянно")


def test_goal_comma_without_term_words_leaves_the_term():
    """A tail line ending on a comma before a line that is no term's leaves a
    closed term as it is."""
    tails = ["повышение качества,", "доступности услуг", "В рамках проекта "]
    assert term_rest("До 2030 года", tails, [False, False, True],
                     spaced=True) == "До 2030 года"


def test_sector_number_with_dot_on_the_first_name_line():
    """`6. Электронны` | break | `1` / `й реестр`: the sector's first row 6.1, its
    number's rest dropped after the break, the name's tail first there."""
    from extract.strategy.projects import _join_number_pieces

    out = _join_number_pieces(_lines(
        "6. Электронны", "Повышен", "до ", "1", "й реестр ", "медицинских", brk_at=3), 6)
    assert [(ln.text, ln.brk) for ln in out] == [
        ("6.1 Электронны", False), ("Повышен", False), ("до", False),
        ("й реестр", True), ("медицинских", False)]
