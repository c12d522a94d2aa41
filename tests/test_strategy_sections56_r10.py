"""Sections 5 and 6 of the text reader, round 10; on small hand-made strings, each
test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.projects import _middle_page, _quote_opens
from tests.strategy_dumps import tail_lines


def test_quote_opens_after_the_lead_ins_last_word():
    """`проекта «Переход` holds the lead-in's last word and the quote's first: the
    quote opens on that line (letters compared, so the name's `проак` / `тивному`
    still matches); a line quoting no name's start opens none."""
    name = "Переход к проак тивному управлению мерами"
    assert _quote_opens(name, ["проекта «Переход", "к проактивному", "управлению"]) == "проекта"
    assert _quote_opens(name, ["«Переход к", "проактивному", "управлению"]) == ""
    assert _quote_opens(name, ["проекта «Создание", "платформы", "данных региона"]) is None
    assert _quote_opens(name, ["услуг за счет", "реализации"]) is None


def test_middle_page_lead_in_ends_on_the_quotes_line():
    """On the page between two breaks the name runs to `навигацию` (known names go
    on there), then the goal's lead-in `услуг за счет` / `реализации` / `проекта
    «Переход`: the quote opening after `проекта` on its line ends the lead-in, so the
    name ends before `услуг` — found as four quoted words only from `управлению`
    on, the lead-in took `к проактивному` too, and the name took `услуг за счет`."""
    name_run = ["тивному ", "управлению ", "мерами ", "(оказание ", "поддержки ", "навигацию "]
    goal_run = ["услуг за счет ", "реализации ", "проекта «Переход", "к проактивному ",
                "управлению ", "мерами "]
    after = ["и ", "участников ", "мер ", "стадиями ", "жизненного ", "цикла)", "В рамках"]
    known = ["Переход к проактивному управлению мерами (оказание поддержки навигацию и "
             "участников"]
    tails = tail_lines([*name_run, *goal_run, *after], breaks=(0, 12))
    base = "Переход к проак"
    got = _middle_page(base, tails, 6, base + " тивному управлению мерами (оказание "
                       "поддержки навигацию", names=known)
    assert got is not None
    b, rest = got
    assert b == 6
    assert [ln.text for ln in rest] == ["и", "участников", "мер", "стадиями", "жизненного",
                                        "цикла)"]
