"""Sections 5 and 6 of the text reader, round 12; on small hand-made strings, each
test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.projects import _glue_pieces, _middle_page, _quoted_seam, find_term
from extract.strategy.task_tails import _foreign_piece, wrapped_tail_length
from extract.strategy.words import join_cell
from tests.strategy_dumps import tail_lines

_BASE = "Переход к проактивному управлению (оказание"


def test_middle_page_run_ends_where_the_goal_quotes_the_seam():
    """The name's run on the middle page is 9 lines, the goal's (ending on the page)
    8: the page of 17 lines fits runs of 9 and of 8 equally badly (one line of
    slack). The goal quotes `цикла производства`, and the name's rest after the
    next break opens with `производства`: the run ends on `цикла`, not a line
    before it (`жизненного производства` is printed nowhere)."""
    known = [f"{_BASE} мерами поддержки"]
    name_run = ["мерами ", "поддержки с ", "использованием ", "инфраструктуры ", "ГИСП, ",
                "обеспечивающей ", "навигацию ", "жизненного ", "цикла "]
    goal_run = ["инфраструктуры ГИСП, ", "обеспечивающей ", "навигацию ", "жизненного цикла ",
                "производства и ", "продукции) ", "(рекомендовано ФОИВ)», ", "сокращение "]
    after = ["производства и ", "продукции)", "Стимулирование"]
    tails = tail_lines([*name_run, *goal_run, *after], breaks=(0, 17))
    name = join_cell([_BASE, *name_run[:3]])
    got = _middle_page(_BASE, tails, 3, name, names=known)
    assert got is not None
    b, rest = got
    assert b == 9 and [ln.text for ln in rest] == ["производства и", "продукции)"]


def test_quoted_seam_needs_one_confirmed_end():
    """Where the seam the run leaves is quoted, or no other end (or more than one)
    has a quoted seam, the run's end stays."""
    texts = ["жизненного", "цикла", "жизненного цикла производства", "производства"]
    assert _quoted_seam(texts, (2, 1), 2, 3) == 2
    assert _quoted_seam(texts, (2, 1), 1, 3) == 2
    assert _quoted_seam(["а", "б", "в г", "д"], (2, 1), 1, 3) == 1


def test_task_tail_stops_before_another_cells_word_piece():
    """After the break the task's rest ends on a line that filled its column
    (`современным требованиям`, no mark); the next line opens with `ние`, no word
    and no rest of `требованиям`: the beneficiary's `«Образова` cut at the page's
    foot, not the task's."""
    task = "Создание условий для подключения поставщиков. Создание"
    lines = ["механизмов для ", "обеспечения ООВО и НИИ ", "оборудованием и ПО, ",
             "соответствующим ", "актуальным и ", "современным требованиям", "ние и ", "наука»"]
    wraps = [True, True, True, True, True, False, True, False]
    assert wrapped_tail_length(task, True, "среду взаимодействия. Создание ", lines,
                               wraps, 24, set()) == 6
    assert _foreign_piece("современным требованиям", "ние и")
    assert not _foreign_piece("для обеспече", "ние и")  # the line's own word goes on
    assert not _foreign_piece("современным требованиям", "и наука")


def test_foreign_piece_is_short():
    """A long token the dictionary lacks (`телемедицинских`) is no cut piece: the
    task goes on with it."""
    assert not _foreign_piece("медицинских организаций в том числе", "телемедицинских технологий.")


def test_term_piece_glued_to_the_goals_piece_is_taken_apart():
    """A narrow term column cut `бессрочно` (`бесср` / `очно`), and the lines stage
    glued its first piece to the goal's cut word at the columns' edges
    (`сокращебесср`): the term is found whole, the goal keeps its piece."""
    after = ["проекта", "«Биометрическая", "ФОИВ)»,", "сокращебесср", "очно",
             "В рамках проекта"]
    glued, _ = _glue_pieces(after, [False] * len(after))
    assert glued[3:5] == ["сокраще", "бессрочно"]
    span = find_term(glued)
    assert span is not None and glued[span[0]] == "бессрочно"
    assert _glue_pieces(["сокращение", "очно"], [False, False])[0] == ["сокращение", "очно"]
