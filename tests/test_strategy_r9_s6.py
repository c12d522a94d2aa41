"""Section 6 of the text reader, round 9: a term whose comma a narrow term column
pushed to a line of its own, and a name whose page-foot piece the lines stage glued
to the next cell's first letters; on small hand-made strings, each test fails
without the rule it names."""

from __future__ import annotations

from extract.strategy.names import respell
from extract.strategy.projects import (
    _middle_page,
    _spell_on,
    _without_foreign_close,
    find_term,
    term_rest,
)
from tests.strategy_dumps import tail_lines


def test_term_goes_on_over_a_lone_comma():
    """`года` filled the term column, its comma went to a line of its own: `До` /
    `2030` / `года` / `,` / `далее` / `постоянно` is one term, not `До 2030 года`."""
    texts = ["Повышение", "До ", "2030 ", "года", ", ", "далее ", "постоянно", "В рамках "]
    assert find_term(texts) == (1, 7)


def test_lone_comma_opens_no_term():
    """The goal's `заций»` / `,` (its sentence goes on after the break): the comma
    is the goal's, the term is the year after it."""
    assert find_term(["Повышение", "качества", "заций»", ", ", "2024", "В рамках "]) == (4, 5)


def test_glued_letters_of_the_next_cell_are_dropped_from_a_cut_word():
    """`Российс` ended the name column's page, the lines stage glued the goal's
    `а⏎` (the rest of its `проект` / `а`) to it; the name's rest `кой` follows the
    next break: the known names print `Российской`."""
    known = ["Система учета для субъекта Российской Федерации"]
    lines = ["Система учета для", "субъекта ", "Российса ", "кой ", "Федерации"]
    spaces = frozenset({("субъекта", "Российса"), ("Российса", "кой"), ("кой", "Федерации")})
    assert respell("Система учета для субъекта Российса кой Федерации", known, lines,
                   spaces) == known[0]


def test_glued_letters_with_a_hyphen_are_dropped():
    """`учреж` + the goal's `о-` (of `контрольн` / `о-`), joined with the rest
    `дений` after the next break over the hyphen: `учреждений`."""
    known = ["Система учета для подведомственных учреждений субъекта"]
    lines = ["Система учета для", "подведомственных ", "учрежо-", "дений ", "субъекта"]
    spaces = frozenset({("подведомственных", "учрежо-"), ("дений", "субъекта")})
    assert respell("Система учета для подведомственных учрежо-дений субъекта", known, lines,
                   spaces) == known[0]


def test_spelled_on_past_glued_letters_where_the_rest_fits_exactly():
    """`Федерац` + the goal's `их` glued; after the next break `ии`: cut where the
    name spells the known one exactly (`Федерац` + `ии`), not one letter off
    (`Федераци` + `ии`)."""
    known = ["Система учета для субъекта Российской Федерации"]
    name = "Система учета для субъекта Российской Федерацих"
    tails = tail_lines(["для ", "субъекта ", "Российской ", "Федерацих ", "организаций", "ии",
                    "Описание "], breaks=(0, 5))
    u, text, far = _spell_on(name, tails, 4, known, spaced=True)
    assert (u, text) == (4, known[0]) and [ln.text for ln in far] == ["ии"]


def test_middle_page_quote_right_after_the_lines_read():
    """On the page between two breaks the name printed four lines (`учрежо-` at the
    foot, no mark) and the goal's quote of the name opens right after them, the page
    holding two runs of four: the name goes on after the next break (`дений` /
    `субъекта`)."""
    base = "Система мониторинга объектов для"
    tails = tail_lines(["органов ", "власти и ", "подведомственных ", "учрежо-", "мониторинга ",
                    "объектов ", "для ", "органов", "дений ", "субъекта", "Описание"],
                   breaks=(0, 8))
    got = _middle_page(base, tails, 4, f"{base} органов власти и подведомственных учрежо-")
    assert got is not None
    b, rest = got
    assert b == 4 and [ln.text for ln in rest] == ["дений", "субъекта"]
    # (Where a rest after the later break was found otherwise, it stands.)
    assert _middle_page(base, tails, 4, f"{base} органов власти и подведомственных учрежо-",
                        at_taken=False) is None


def test_term_rest_ends_on_no_preposition():
    """`До 2030⏎` | break | the goal's `органом⏎` / `года` … the role's last letter
    `к` (`Участни` / `к`): the rest is `года`, though it follows a wrapped line; no
    term ends on a preposition (`До 2030 к`)."""
    tails = ["органом ", "года", "кабинет контрольно-надзорной ", "субъекта", "к"]
    assert term_rest("До 2030", tails, [True, False, True, False, False], True,
                     goes_on=True) == "До 2030 года"


def test_closing_quote_the_name_never_opened_is_dropped():
    """`ФОИВ)` + the goal's `»` (closing its quote of `«Озера данных`, wrapped to a
    line of its own after the break) glued by the lines stage."""
    known = ["Развитие «Озера данных» (рекомендовано ФОИВ)"]
    assert _without_foreign_close(known[0] + "»", known) == known[0]
    assert _without_foreign_close("Проект «Озера данных»", known) == "Проект «Озера данных»"


def test_middle_page_runs_equal_where_a_later_cell_ended():
    """On the page between two breaks the name (to `(рекомен`) and the goal (its
    lead-in `реализации` / `проекта`, then its quote of the name) print ten lines
    each; the description, a far wider column, ended on the page, so no run divides
    the page. The name's run is as long as the goal's: it ends before the lead-in,
    not at the quote."""
    base = "Переход к проактивному управлению"
    name_run = ["мерами ", "государственной ", "поддержки ", "(оказание ", "услуг с ",
                "использованием ", "сервисов ", "и платформ ", "продукции) ", "(рекомен"]
    goal_run = ["реализации ", "проекта ", "«Переход к ", "проактивному ", "управлению ",
                "мерами ", "государственной ", "поддержки ", "(оказание ", "услуг с "]
    desc = ["специализированных траекторий ", "поддержки конкретных участников ",
            "объединение мер в единый ", "сценарий обслуживания согласованный ",
            "со стадиями жизненного цикла ", "производства и продукции) ",
            "(рекомендовано ФОИВ)» планируется"]
    after = ["довано ", "ФОИВ)", "использованием"]
    tails = tail_lines([*name_run, *goal_run, *desc, *after], breaks=(0, 27))
    got = _middle_page(base, tails, 27, base)
    assert got is not None
    b, rest = got
    assert b == 10 and [ln.text for ln in rest] == ["довано", "ФОИВ)"]

