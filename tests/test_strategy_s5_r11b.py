"""Section 5 of the text reader, round 11 (second wave): two cells' first lines on
one line at a page's foot; on small hand-made strings, each test fails without it."""

from __future__ import annotations


def test_two_cells_first_lines_on_one_line_at_the_page_foot_are_split():
    """At a page's foot the dump prints the cut row's cells' first lines on one line
    where they stand level: the task's and the name's (the rest from a capitalised
    word spells a known name's first words), or the name's and the beneficiaries'
    (a known name's first words, then a list item's dash before a capital). A line
    the known name spells on (`(далее - ПУВ`), or one capitalised word, stays whole."""
    from extract.strategy.task_links import _split_foot_cells
    names = ["ТАРМ АРМ ГС (типовое рабочее место)", "Управление на основе данных",
             "Система учета (далее - ПУВ ЕГИССО)"]
    head = ["Совершенствование государственного ТАРМ АРМ ГС (типовое", "- Граждане -",
            "Сокращение"]
    assert _split_foot_cells(head, [True, True, True], names) == (
        ["Совершенствование государственного", "ТАРМ АРМ ГС (типовое", "- Граждане -",
         "Сокращение"], [False, True, True, True])
    assert _split_foot_cells(["Управление на основе - Граждане - Органы"], [False], names)[0] == [
        "Управление на основе", "- Граждане - Органы"]
    kept = ["Система учета (далее - ПУВ", "развитие сервисов ГИС", "повышение Управление"]
    assert _split_foot_cells(kept, [False] * 3, names)[0] == kept



def test_a_foot_line_splits_where_two_known_words_begin() -> None:
    """The setting: a known name's first two words split a line, one does not."""
    from extract.strategy.settings import SETTINGS
    from extract.strategy.task_links import _foot_split
    assert SETTINGS.foot_split_words == 2
    names = ["Цифровая платформа региона", "ГИС"]
    assert _foot_split("развитие услуг Цифровая платформа", names) == len("развитие услуг ")
    assert _foot_split("развитие услуг ГИС", names) == 0  # one word: no split


def test_a_lower_case_rest_after_the_tasks_is_the_unnamed_names():
    """A project no other section names, its last line before the break unmarked
    (`установления` filled the column); the task went on (`на `) and its rest ends
    unmarked; no later column went on. The lower-case lines left (`и выплат` …) open no
    cell: they are the name's rest."""
    from tests.strategy_dumps import BRK, section5
    raw = ["1.", "Обеспечение единых стандартов ", "оказания мер социальной ", "поддержки на ",
           "Создание ", "подсистемы ", "установления", "- Граждане - Органы ", "власти",
           "Сокращение времени получения", "услуг по направлению ", "«Социальная сфера»",
           BRK, "федеральном, региональном, ", "муниципальном уровнях", "и выплат ",
           "Единой ", "системы ", "обеспечения", "2.", "Развитие цифровых сервисов для всех ",
           "граждан и организаций региона", "Гостех ",
           "- Граждане - ", "Органы власти", "Сокращение сроков"]
    rows = section5(raw, ["Гостех"])
    assert rows[0].project_name == "Создание подсистемы установления и выплат Единой системы " \
        "обеспечения"
    assert rows[0].task.endswith("муниципальном уровнях")
