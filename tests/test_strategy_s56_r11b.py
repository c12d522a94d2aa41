"""Sections 5 and 6 of the text reader, round 11 (second wave); on small hand-made
strings, each test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.sections import Line


def _lines(raws: list[str], brk: int) -> list[Line]:
    """Lines of a dump (a trailing space = the wrap mark), a page break before `brk`."""
    return [Line(k + 1, raw, 1, k == brk) for k, raw in enumerate(raws)]


def test_a_lower_case_description_after_the_years_rest_is_not_the_terms():
    """A date cut by the term column and a page break (`до` / `01.` / `07.` / `20` |
    break | name's, goal's rests | `23`): the description's rest after `23` opens
    lower case (`планируется: …`) but is no year noun, so `23` is the year's rest;
    before `года` the term goes on and its rest is read with it."""
    from extract.strategy.projects import _glue_year_after_break
    raws = ["до ", "01.", "07.", "20", "В рамках ", "категорий ", "ти услуг", "23",
            "планируется: - создание "]
    assert [ln.raw for ln in _glue_year_after_break(_lines(raws, 5))][:4] == [
        "до ", "01.", "07.", "2023"]
    with_noun = [*raws[:8], "года", *raws[8:]]
    assert [ln.raw for ln in _glue_year_after_break(_lines(with_noun, 5))][3] == "20"


def test_a_comma_glued_after_the_names_closing_bracket_ends_the_name():
    """The goal's lone comma, glued by the lines stage to the name's last line after
    the break (`ФОИВ),` with the mark of the goal's `, пострадавшему в`), leaves the
    known name spelled whole and closed by its bracket: the name ends there, without
    the comma, and takes none of the goal's lines."""
    from extract.strategy.projects import _follow_wraps
    from tests.strategy_dumps import tail_lines
    names = ["Помощь населению, пострадавшему в результате ЧС (рекомендовано ФОИВ)"]
    texts = ["Помощь ", "населению, ", "пострадавшему в ", "результате ЧС", "Повышение "]
    wrapped = [t.endswith(" ") for t in texts]
    tails = tail_lines(["(рекомендовано ", "ФОИВ), ", "пострадавшему в ", "результате ",
                        "ЧС ", "(рекомендовано ", "ФОИВ)»,"])
    name = "Помощь населению, пострадавшему в результате ЧС (рекомендовано ФОИВ),"
    _, n_tail, got = _follow_wraps(name, texts, wrapped, 4, tails, 2, frozenset(), names)
    assert (n_tail, got) == (2, names[0])


def test_a_bracket_glued_after_the_names_closing_bracket_ends_the_name():
    """The goal's closing bracket of its quote (`(ВИМИС` / `)`), glued to the name's
    last line (`ФОИВ))`), is no part of the name: it ends at its own bracket, and the
    goal's `(рекомендовано` after it is not taken."""
    from extract.strategy.projects import _closed_before_glued, _follow_wraps
    from tests.strategy_dumps import tail_lines
    names = ["Создание решений (ВИМИС) (рекомендовано ФОИВ)"]
    tails = tail_lines(["С) ", "(рекомендовано ", "ФОИВ)) ", "(рекомендовано ", "ФОИВ)»,"])
    name = "Создание решений (ВИМИС) (рекомендовано ФОИВ))"
    texts = ["Создание ", "решений ", "(ВИМИ", "Повышение "]
    got = _follow_wraps(name, texts, [t.endswith(" ") for t in texts], 3, tails, 3,
                        frozenset(), names)
    assert got[1:] == (3, names[0])
    assert _closed_before_glued("Создание решений (ВИМИС) ФОИВ)", "ФОИВ)", names) is None


def test_a_day_and_month_cut_from_their_year_by_a_break_open_the_term():
    """`до` / `01.07.` | break | … `2023`: the day and month alone are a term's
    piece (a token read without its last dot), so the term is `до 01.07.`, open,
    and its year after the break completes it."""
    from extract.strategy.projects import find_term, term_rest
    after = ["Повышение", "качества", "до", "01.07.", "В рамках", "Федеральный"]
    assert find_term(after, open_at_end=True) == (2, 4)
    assert term_rest("до 01.07.", ["и", "доступности", "ления", "2023", "«Создание"],
                     [True, False, False, False, True], True) == "до 01.07.2023"
