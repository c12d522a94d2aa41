"""Sections 5 and 6 of the text reader, round 9 second wave; on small hand-made
strings, each test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.projects import _middle_page
from extract.strategy.task_tails import wrapped_tail_length
from extract.strategy.words import join_cell
from tests.strategy_dumps import tail_lines

_BASE = "Переход к проактивному управлению"
_KNOWN = [f"{_BASE} мерами поддержки (участников со стадиями жизненного цикла)"]
_NAME_RUN = ["мерами ", "поддержки ", "(участников со ", "стадиями"]
_AFTER = ["проактивному ", "управлению ", "мерами ", "Проект предусматривает внедрение ",
          "цифровых сервисов и перевод ", "процессов в электронный вид ",
          "жизненного ", "цикла)", "поддержки"]


def test_middle_page_name_ends_before_the_goals_lead_in_of_four_lines():
    """On the page between two breaks the name (its bracket open) runs to `стадиями` (it filled the
    column: no mark) and the goal's lead-in `услуг за` / `счет` / `реализации` /
    `проекта` (four lines) comes before its quote of the name: the known name (from
    sections 5 and 7) goes on past `стадиями`, not past `услуг`, so the lead-in is
    the goal's and the name's rest comes after the next break."""
    lead = ["услуг за ", "счет ", "реализации ", "проекта ", "«Переход к "]
    tails = tail_lines([*_NAME_RUN, *lead, *_AFTER], breaks=(0, 15))
    got = _middle_page(_BASE, tails, 4, _BASE + " мерами поддержки (участников со стадиями",
                       names=_KNOWN)
    assert got is not None
    b, rest = got
    assert b == 4 and [ln.text for ln in rest] == ["жизненного", "цикла)"]


def test_a_lead_in_longer_than_the_setting_is_not_looked_past(monkeypatch):
    """`lead_in_letters` bounds how far before the goal's quote the name may stop
    (round 10b: letters, not lines — a narrow goal column prints the same lead-in in
    many more lines): with a budget below the four-line lead-in's 29 letters, the
    lead-in above is not looked past."""
    from dataclasses import replace

    from extract.strategy import projects
    assert projects.SETTINGS.lead_in_letters >= 29
    lead = ["услуг за ", "счет ", "реализации ", "проекта ", "«Переход к "]
    tails = tail_lines([*_NAME_RUN, *lead, *_AFTER], breaks=(0, 15))
    monkeypatch.setattr(projects, "SETTINGS", replace(projects.SETTINGS, lead_in_letters=28))
    got = _middle_page(_BASE, tails, 4, _BASE + " мерами поддержки (участников со стадиями",
                       names=_KNOWN)
    assert got is None or got[0] != 4


def test_middle_page_lead_in_must_read_as_words():
    """A piece of a cut word (`учрежд`) or a remark (`(рекомендовано`) after the
    known name's stretch is no lead-in: the known-name rule stays out."""
    for odd in ("учрежд ", "(рекомендовано "):
        tails = tail_lines([*_NAME_RUN, odd, "проекта ", "«Переход к ", *_AFTER], breaks=(0, 13))
        got = _middle_page(_BASE, tails, 4, _BASE + " мерами поддержки (участников со стадиями",
                           names=_KNOWN)
        assert got is None or got[0] != 4


def test_middle_page_known_name_cut_inside_its_bracket():
    """Sections 5 and 7 print the name shorter, cut inside its bracket (`… (оказание
    поддержки участников`): section 6's name runs on past it to a bracket of its own,
    past `стадиями` that filled the column (no mark), and the goal's lead-in before its
    quote may take four lines; the page's equal runs of seven say where the name ends."""
    known = [f"{_BASE} мерами (оказание поддержки участников"]
    name_run = ["мерами ", "(оказание ", "поддержки ", "участников; ", "объединение ",
                "мер со ", "стадиями"]
    goal_run = ["услуг за ", "счет ", "реализации ", "проекта ", "«Переход к ",
                "проактивному ", "управлению "]
    desc = ["В рамках проекта планируется создание ", "платформы и внедрение цифровых ",
            "сервисов, интеграция с федеральными ", "информационными системами и ",
            "перевод процессов в электронный ", "вид для всех участников и мер ",
            "поддержки в едином сценарии "]
    after = ["жизненного ", "цикла)", "поддержки"]
    tails = tail_lines([*name_run, *goal_run, *desc, *after], breaks=(0, 21))
    got = _middle_page(_BASE, tails, 7, join_cell([_BASE, *name_run]), names=known)
    assert got is not None
    b, rest = got
    assert b == 7 and [ln.text for ln in rest] == ["жизненного", "цикла)"]


def test_task_goes_on_past_a_full_line_before_an_acronym():
    """`… систем в контур` (no mark: the next word did not fit, so LibreOffice
    dropped the space) / `ООВО и НИИ на территории` — an acronym opening the next
    line goes on the task unless a project's name begins with it."""
    task = "Создание условий для интеграции государственных информационных систем в контур"
    last = "государственных информационных систем в контур"
    lines = ["ООВО и НИИ на территории Кемеровской", "области"]
    assert wrapped_tail_length(task, False, last, lines, [False, False], 50, set()) == 2
    assert wrapped_tail_length(task, False, last, lines, [False, False], 50, set(),
                               names=("ООВО и НИИ на территории Кемеровской области",)) == 0
    # After the break, between the task's lines:
    rest = ["интеграции государственных ", "информационных систем в контур",
            "ООВО и НИИ на территории ", "Кемеровской области", "Органы "]
    marks = [w.endswith(" ") for w in rest]
    rest = [w.strip() for w in rest]
    assert wrapped_tail_length("Создание условий для", True, "Создание условий для", rest,
                               marks, 32, set()) == 4


def test_task_goes_on_past_a_line_ending_on_a_proper_adjective():
    """`… Фонда` / `социального страхования Российской` (no mark) / `Федерации, …`:
    no task ends on `Российской`; the line filled its column and the noun opens the
    next line."""
    rest = ["функционирования Пенсионного ", "фонда Российской Федерации, Фонда",
            "социального страхования Российской", "Федерации, Федеральной службы по ",
            "труду и занятости.", "Создание подсистемы "]
    marks = [w.endswith(" ") for w in rest]
    rest = [w.strip() for w in rest]
    assert wrapped_tail_length("Обеспечение информации по вопросам", True, "по вопросам",
                               rest, marks, 34, set()) == 5


def test_task_goes_on_before_an_oblique_adjective():
    """`вопросам` / `функционирования` (no mark) / `Пенсионного` / `фонда …`: a
    capitalised adjective with no nominative form opens no cell."""
    rest = ["информации по ", "вопросам ", "функционирования", "Пенсионного ",
            "фонда.", "Создание подсистемы "]
    marks = [w.endswith(" ") for w in rest]
    rest = [w.strip() for w in rest]
    assert wrapped_tail_length("Обеспечение", True, "Обеспечение", rest, marks, 18,
                               set()) == 5
