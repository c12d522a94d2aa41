"""Section 5 (task <-> project links) rules of round 4, on small hand-made strings.

`BRK` stands for a page break; a trailing space on a line is the wrap mark.
"""

from __future__ import annotations

from extract.strategy.names import name_key
from extract.strategy.task_links import _row_end_rest, _spelled_as_known
from tests.strategy_dumps import BRK
from tests.strategy_dumps import section5 as read

# A narrow project column breaks a word inside it; where the piece alone is a word
# (`коммуна`, `интеллект`) the lines stage keeps the pieces apart and the join puts
# a space in. Sections 6 and 7 name the same project whole.

def test_a_word_broken_by_the_column_is_spelled_as_the_known_name() -> None:
    known = ["Облачная инфраструктура жилищно-коммунального хозяйства (рекомендовано ФОИВ)"]
    got = _spelled_as_known(
        "Облачная инфраструктура жилищно-коммуна льного хозяйства (рекомендовано ФОИВ)", known)
    assert got == known[0]


def test_a_one_letter_rest_goes_back_to_its_word() -> None:
    known = ["Платформа на основе искусственного интеллекта для органов власти"]
    assert _spelled_as_known(
        "Платформа на основе искусственного интеллект а для органов власти", known) == known[0]


def test_only_spaces_are_dropped_never_added_or_letters_changed() -> None:
    # The known name spells the acronym apart; the row prints it glued: kept as printed.
    assert _spelled_as_known("Система управления даннымиРСУД",
                             ["Система управления данными РСУД"]) == \
        "Система управления даннымиРСУД"
    # Other letters: no known name, nothing changes.
    assert _spelled_as_known("Умный город", ["Умный дом"]) == "Умный город"


def test_two_words_that_glued_make_none_stay_apart() -> None:
    # (A known name misread elsewhere must not glue two real words of this one.)
    assert _spelled_as_known("Цифровой дом", ["Цифровойдом"]) == "Цифровой дом"


def test_a_row_printing_the_first_clause_of_a_long_name_is_spelled_as_its_start() -> None:
    known = ["Переход к проактивному управлению мерами поддержки (оказание поддержки "
             "участников; объединение мер в единый реестр)"]
    got = _spelled_as_known(
        "Переход к проактив ному управлению мерами поддержки (оказание поддержки участников",
        known)
    assert got == ("Переход к проактивному управлению мерами поддержки "
                   "(оказание поддержки участников")


# The name's last line before the break filled its column (no mark), no other cell
# went on, yet lower-case lines follow the break: a known name (here another
# project's, sharing the phrase) reads on from that line with all of them.

def test_an_unmarked_name_line_goes_on_where_a_known_name_reads_on_with_the_rest() -> None:
    rows = read(["1", "Повышение доступности ", "перевозок", "Личный ", "кабинет ",
                 "с интеграцией ", "с системами", "- Граждане ", "- Органы ", "власти",
                 "Сокращение времени", BRK, "и ", "внедрением ", "сервисов", "на основе ",
                 "интеллекта"],
                ["Личный", "Платформа с системами и внедрением сервисов на основе интеллекта"])
    assert rows[0].project_name == ("Личный кабинет с интеграцией с системами и внедрением "
                                    "сервисов на основе интеллекта")
    assert rows[0].task == "Повышение доступности перевозок"


# A name cut by the break with its bracket still open runs on over lower-case lines;
# the last column (the benefit) went on too and its rest is the end of a benefit
# another row of the sector prints whole: those lines are the benefit's.

def test_the_last_column_s_rest_is_where_its_line_ends_a_row_printed_whole() -> None:
    ends = {name_key("1 Задача Проект - Граждане Сокращение времени получения услуг по "
                     "направлению «Промышленность»")}
    seg = ["отраслей", "управлению", "(оказание", "поддержки", "участников", "получения",
           "услуг по", "направлению", "«Промышленность»"]
    assert _row_end_rest("времени", seg, 2, ends) == 5
    assert _row_end_rest("времени", seg, 2, set()) == len(seg)


def test_a_cut_name_with_an_open_bracket_stops_where_the_benefit_s_rest_begins() -> None:
    rows = read(["1", "Развитие отраслей", "Умный завод", "- Граждане",
                 "Сокращение времени получения услуг по направлению «Промышленность»",
                 "2", "Совершенствование ", "процедур ", "Переход к ", "управлению ", "- Граждане",
                 "Сокращение ", "времени ", BRK, "отраслей", "мерами ", "(оказание ",
                 "поддержки ", "участников", "получения ", "услуг по ", "направлению ",
                 "«Промышленность»"],
                ["Умный завод", "Переход к управлению мерами (оказание поддержки участников; "
                 "объединение мер)"])
    assert rows[1].project_name == "Переход к управлению мерами (оказание поддержки участников"


# A row number cut after its dot by a page break (`1.` | break | `2`): the № column's
# rest and the task's first line after the break stand on one printed line.

def test_a_row_number_s_rest_glued_to_the_task_s_rest_leaves_the_task() -> None:
    rows = read(["1.1", "Развитие отраслей", "Умный завод", "- Граждане",
                 "Сокращение времени", "1.", "Цифровизация ", "региональных и ", "Умный дом",
                 "- Граждане", "Сокращение времени", BRK, "2 муниципальных ", "функций"],
                ["Умный завод", "Умный дом"])
    assert rows[1].task == "Цифровизация региональных и муниципальных функций"
    assert rows[1].project_name == "Умный дом"


# A later row number of a dotted table wrapped in the narrow № column and cut by a
# page break (`1.1` | break | `1` for 1.11): its rest is the first line after the
# break, and the pieces make the number after the last row's.

def test_a_wrapped_row_number_cut_by_the_break_is_put_back_together() -> None:
    raw: list[str] = []
    for k in range(1, 10):
        raw += [f"1.{k}", f"Задача номер {k}", f"Проект {k}", "- Граждане", "Сокращение"]
    raw += ["1.1", "0", "Задача номер 10", "Проект 10", "- Граждане", "Сокращение",
            "1.1", "Задача номер ", "Проект 11", "- Граждане", "Сокращение", BRK, "1",
            "одиннадцать", "1.1", "2", "Задача номер 12", "Проект 12", "- Граждане",
            "Сокращение"]
    rows = read(raw, [f"Проект {k}" for k in range(1, 13)])
    assert [r.row_no for r in rows][-3:] == ["1.10", "1.11", "1.12"]
    assert rows[10].task == "Задача номер одиннадцать"
    assert rows[11].project_name == "Проект 12"


def test_the_task_s_rest_leaves_the_last_column_the_end_of_a_benefit_printed_whole() -> None:
    rows = read(["1", "Развитие отраслей", "Умный завод", "- Граждане",
                 "Сокращение времени получения услуг по направлению «Развитие городов»",
                 "2", "Повышение уровня ", "вовлеченности жителей ", "Платформа",
                 "- Граждане", "Сокращение ", "времени получения услуг по ", BRK,
                 "в вопросы управления", "направлению «Развитие ", "городов»"],
                ["Умный завод", "Платформа"])
    assert rows[1].task == "Повышение уровня вовлеченности жителей в вопросы управления"


def test_a_known_name_without_the_row_s_remark_still_spells_its_words() -> None:
    got = _spelled_as_known("Умный дом жилищно-коммуна льного хозяйства (рекомендовано ФОИВ)",
                            ["Умный дом жилищно-коммунального хозяйства"])
    assert got == "Умный дом жилищно-коммунального хозяйства (рекомендовано ФОИВ)"
