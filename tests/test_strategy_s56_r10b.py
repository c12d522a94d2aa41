"""Sections 5 and 6 of the text reader, round 10 second wave; on small hand-made
strings, each test fails without the rule it names."""

from __future__ import annotations

from extract.strategy import projects
from extract.strategy.projects import _lead_in, _middle_page, _opens_with_rest, _remark_lines
from extract.strategy.words import join_cell
from tests.strategy_dumps import tail_lines

_BASE = "Переход к проактивному управлению"


def test_lead_in_may_open_with_the_rest_of_a_word_cut_at_the_pages_foot():
    """The goal's column cut `Повыш` / `ение` at the page's foot: on the next page its
    run opens with `ение`, no word, yet the rest of the row's unmarked `Повыш`; a
    piece that ends no cut line's word stays no lead-in. `ости` is a word of its own,
    yet `доступн` + `ости` spells the cut word."""
    lead = ["ение", "качества и", "доступности", "услуг за", "счет", "реализации", "проекта"]
    assert _lead_in(lead, ("Повыш", "Федера"))
    assert not _lead_in(lead, ("Федера",))
    assert not _lead_in(lead)
    assert _opens_with_rest("ости", ("качества", "доступн"))
    assert not _opens_with_rest("ости", ("качества",))


def test_middle_page_long_lead_in_after_a_known_name_cut_in_its_bracket():
    """Sections 5 and 7 print the name cut inside its bracket (`… (оказание
    поддержки участников`); on the page between two breaks a narrow goal column
    prints its lead-in in seven lines, opening with the rest of `Повыш` cut before
    the first break, and the cells ending on the page make the runs unequal. The
    name ends at `участников;` (the known name's last word), not four lines before
    the quote (`… участников; ение качества и доступности`)."""
    known = [f"{_BASE} мерами (оказание поддержки участников"]
    name_run = ["мерами ", "(оказание ", "поддержки ", "участников; "]
    goal_run = ["ение ", "качества и ", "доступности ", "услуг за ", "счет ", "реализации ",
                "проекта", "«Переход к ", "проактивному ", "управлению "]
    ended = ["года", "Федеральный ", "бюджет"]
    after = ["объединение ", "мер)", "поддержки"]
    tails = tail_lines([*name_run, *goal_run, *ended, *after], breaks=(0, 17))
    name = join_cell([_BASE, *name_run, *goal_run[:7]])
    got = _middle_page(_BASE, tails, 11, name, names=known, cut=("Повыш", "до 2030"))
    assert got is not None
    b, rest = got
    assert b == 4 and [ln.text for ln in rest] == ["объединение", "мер)"]


def test_middle_page_long_lead_in_needs_the_letter_budget(monkeypatch):
    """The long lead-in above (53 letters) is looked past only within
    `lead_in_letters`."""
    from dataclasses import replace
    monkeypatch.setattr(projects, "SETTINGS", replace(projects.SETTINGS, lead_in_letters=40))
    known = [f"{_BASE} мерами (оказание поддержки участников"]
    name_run = ["мерами ", "(оказание ", "поддержки ", "участников; "]
    goal_run = ["ение ", "качества и ", "доступности ", "услуг за ", "счет ", "реализации ",
                "проекта", "«Переход к ", "проактивному ", "управлению "]
    tails = tail_lines([*name_run, *goal_run, "года", "Федеральный ", "бюджет",
                        "объединение ", "мер)", "поддержки"], breaks=(0, 17))
    name = join_cell([_BASE, *name_run, *goal_run[:7]])
    got = _middle_page(_BASE, tails, 11, name, names=known, cut=("Повыш", "до 2030"))
    assert got is None or got[0] != 4


def test_rest_closed_on_a_filled_line_goes_on_with_a_known_remark():
    """`продукции)` filled its column (no mark) and closes the name, yet the next
    lines spell the remark known names end with: they are the name's."""
    names = ["Создание платформы (рекомендовано ФОИВ)"]
    lines = tail_lines(["(рекоменд", "овано ", "ФОИВ)", "й "], breaks=())
    assert _remark_lines(lines, names) == 3
    assert _remark_lines(lines, ["Создание платформы"]) == 0
    assert _remark_lines(lines[1:], names) == 0


_EISU = "Единая информационная система управления кадровым составом службы РФ ЕИСУ КС"


def test_known_names_rest_begun_before_a_later_break_is_taken():
    """`Единая ин фор мац` was cut inside a word at the page's foot; after the break
    its rest `ионная` / … / `службы` spells the known name on (20+ letters) but
    stops short of its end (the column filled the page, the rest follows a later
    break): those lines are the name's. A stretch too short to tell is not taken."""
    from extract.strategy.names import continue_cut
    tails = ["ионная", "система", "управления", "кадровым", "составом", "службы", "ости",
             "услуг за"]
    n, name = continue_cut("Единая ин фор мац", tails, [_EISU])
    assert n == 6 and name.endswith("составом службы")
    assert continue_cut("Единая ин фор мац", ["ионная", "ости", "услуг за"], [_EISU])[0] == 0


def test_middle_page_quote_after_a_long_lead_in_past_a_begun_known_name():
    """The lines read so far (`… службы`) begin a known name that goes on: the goal's
    lead-in (five lines) may stand between them and its quote, and the name's rest
    comes after the next break."""
    name_run = ["ионная ", "система ", "управления ", "кадровым ", "составом ", "службы"]
    goal_run = ["ости ", "услуг за ", "счет ", "реализации ", "проекта ", "«Единая ",
                "информационная ", "система ", "управления ", "кадровым ", "составом "]
    after = ["РФ ЕИСУ КС", "Повышение "]
    tails = tail_lines([*name_run, *goal_run, *after], breaks=(0, 17))
    base = "Единая информац"
    got = _middle_page(base, tails, 6, join_cell([base, *name_run]), names=[_EISU],
                       cut=("доступн",))
    assert got is not None
    b, rest = got
    assert b == 6 and [ln.text for ln in rest] == ["РФ ЕИСУ КС"]


def test_acronym_cut_by_a_narrow_column_still_runs_on():
    """`… РФ ЕИС` / `У КС` (the column cut `ЕИСУ`, the line filled it: no mark) /
    `ВС`: the name still ends with a run of acronyms, so the bare acronym line goes
    on it; a lone capital after a word is no acronym's letter."""
    from extract.strategy.projects import _acronyms_on
    assert _acronyms_on("службы РФ ЕИС У КС", "ВС")
    assert not _acronyms_on("в рамках У КС", "ВС")


def test_middle_page_runs_last_line_may_be_the_goals_word_rest():
    """The quote opens after `ем` (the rest of the goal's `использовани`, cut at the
    first break's page foot), which the page's equal runs give the name's run only
    by position: it is no piece of the name's `согласованн`, so the name's run ends
    on the line before; without the cut line it stays."""
    base = "Переход к проактивному управлению (оказание"
    name_run = ["поддержки ", "участников; ", "объединение ", "мер со ", "согласованн"]
    goal_run = ["ем ", "проекта «Переход к ", "проактивному ", "управлению ", "(оказание ",
                "поддержки "]
    desc = ["В рамках проекта ", "планируется ", "создание ", "платформы ", "и сервисов ",
            "для всех ", "участников "]
    after = ["ый со стадиями ", "цикла)", "поддержки"]
    tails = tail_lines([*name_run, *goal_run, *desc, *after], breaks=(0, 18))
    name = join_cell([base, *name_run])
    got = _middle_page(base, tails, 5, name, names=[], cut=("использовани",))
    assert got is not None and got[0] == 5
    assert [ln.text for ln in got[1]] == ["ый со стадиями", "цикла)"]
    assert _middle_page(base, tails, 5, name, names=[])[0] == 6
    assert not _opens_with_rest("ем", ("поддержки",))
