"""Sections 5 and 6 of the text reader, round 11; on small hand-made strings, each
test fails without the rule it names."""

from __future__ import annotations

import re

from extract.strategy.sections import strip_headers
from tests.strategy_dumps import dump_lines, tail_lines

_S6_END = re.compile(r"Роль региона в реализации проекта$")


def test_a_year_after_a_worded_header_is_the_cut_rows_tail():
    """Section 6's header ends on a word (`Роль региона в реализации проекта`): the
    year printed right after its repeat is the rest of the name cut by the break
    (`Кадры для Кузбасса` / break / `2035`), not one more title of the header."""
    lines = dump_lines(["№", "пп", "Наименование проекта", "Роль региона в",
                        "реализации", "проекта", "2035", "качества и"])
    body, headers = strip_headers(lines, _S6_END)
    assert [ln.text for ln in body] == ["2035", "качества и"]
    assert len(headers) == 1


def test_years_after_a_header_ending_on_years_are_its_titles():
    """Section 7's header ends on its year columns: more years after the matched
    end (and a year wrapped `202` / `4`) are its titles still."""
    lines = dump_lines(["№", "Наименование показателя", "2022", "2023", "2024",
                        "1.1", "Показатель"])
    body, _ = strip_headers(lines, re.compile(r"20\d\d\s*$"))
    assert [ln.text for ln in body] == ["1.1", "Показатель"]


def test_a_remark_after_a_filled_name_line_after_the_break_is_the_names():
    """The name's rest after the break closed on `У КС`, a line that filled its
    column (no mark); the tails then spell the template's remark a known name ends
    with, closing on its bracket: they are the name's. Closed by `»` instead, they
    are the goal's quote of the name; after a wrapped line the rest already went
    on; a name with its remark takes none."""
    from extract.strategy.projects import _closing_remark
    names = ["Цифровизация мировых судов (рекомендовано ФОИВ)"]
    name = "Единая система РФ ЕИСУ КС"
    tails = tail_lines(["службы ", "РФ ", "ЕИСУ КС", "(рекомендовано ", "ФОИВ)", "сроков их "])
    assert _closing_remark(name, tails, 3, names) == 2
    assert _closing_remark(name, tails, 3, ["Цифровизация мировых судов"]) == 0
    quoted = tail_lines(["службы ", "РФ ", "ЕИСУ КС", "(рекомендовано ", "ФОИВ)»,", "сроков "])
    assert _closing_remark(name, quoted, 3, names) == 0
    assert _closing_remark(name, tail_lines(["службы ", "РФ ЕИСУ КС ", "(рекомендовано ",
                                             "ФОИВ)"]), 2, names) == 0
    assert _closing_remark(f"{name} (ВС)", tails, 3, names) == 0


def test_a_dash_alone_before_lower_case_goes_on_the_section_5_name():
    """A narrow name column wraps `граждан - удобное` at the dash's space: a dash
    alone marked as wrapped opens the beneficiaries' list only before a capital
    (`-` / `Граждане`); before `удобное` the name goes on, and its rest after the
    break completes the known name."""
    from extract.strategy.task_links import _across
    from extract.strategy.task_tails import list_item
    assert list_item("- ", True) and list_item("- ", True, "Граждане ")
    assert not list_item("- ", True, "удобное ")
    known = ["Незаметное для граждан - удобное межведомственное взаимодействие"]
    head = ["Переход на ЭДО", "Незамет", "ное для ", "граждан ", "- ", "удобное ", "межведо",
            "мственно", "- ", "Граждане ", "- Органы ", "власти"]
    wraps = [False, False, True, True, True, True, False, False, True, True, True, False]
    got = _across(head, ["е ", "взаимод", "ействие"], known, head_wrap=wraps)
    assert got is not None and got[:2] == (1, 7)


def test_the_benefits_rest_after_the_tasks_full_line_is_no_task():
    """Row 1.2's task ended before the break on an unmarked line that may have
    filled its column, and so did the benefit (`Сокращение времени получения
    услуг`, no mark): after the break the benefit's rest `по направлению «…»` ends
    the row as a row printed whole ends, so it is not the task's, though the
    task's tail line filled its column too."""
    from tests.strategy_dumps import BRK, section5
    benefit = ["Сокращение времени получения услуг", "по направлению «Здравоохранение»"]
    raw = ["1.1", "Совершенствование системы информирования граждан в ",
           "целях снижения социальной напряженности", "Единый колл-центр с применением ",
           "технологий искусственного интеллекта ", "(робот-консультант)",
           "- Граждане - Органы власти", *benefit,
           "1.2", "Совершенствование системы информирования граждан в ",
           "Социальный навигатор", "- Граждане - Органы власти", benefit[0], BRK,
           "целях снижения социальной напряженности населения", benefit[1]]
    names = ["Единый колл-центр с применением технологий искусственного интеллекта "
             "(робот-консультант)", "Социальный навигатор"]
    row = section5(raw, names)[1]
    assert row.task.endswith("напряженности населения")
    assert row.effect == " ".join(benefit)
