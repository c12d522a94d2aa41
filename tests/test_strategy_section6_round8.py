"""Section 6 of the text reader, round 8: a project's name over page breaks in a
narrow name column, read against the names sections 5 and 7 print; on small
hand-made strings, each test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.names import respell
from extract.strategy.projects import (
    _follow_wraps,
    _head_of_known,
    _remark_after_break,
    _spell_on,
    _vocabulary,
)
from extract.strategy.sections import Line
from tests.strategy_dumps import tail_lines


def _follow(name: str, tails: list[Line], names: list[str]) -> tuple[int, str]:
    used, n_tail, text = _follow_wraps(name, [name], [True], 1, tails, 0,
                                       _vocabulary(names), names)
    assert used == 1
    return n_tail, text


def test_filled_line_goes_on_where_the_known_name_does():
    """`сервисов` without the mark (its last piece filled a column four letters wide,
    LibreOffice drops the space there), then `на⏎` / `основе ИИ`, the known name's
    next words: the name goes on (it stopped at `сервисов` before)."""
    known = ["Система учета жилищного хозяйства с внедрением сервисов на основе ИИ"]
    tails = tail_lines(["жилищного ", "хозяйства с ", "внедрением ", "сервисов", "на ",
                    "основе ИИ", "Повышение "])
    assert _follow("Система учета", tails, known) == (6, known[0])


def test_wrapped_name_line_stops_where_next_cell_tail_begins():
    """`органов⏎` was the column's last line on the page (the name's rest, `исполни
    тельной …`, opens the next break); `и⏎` / `доступности …` after it is the goal's
    tail, though `и` spells the first letter of `исполнительной`."""
    known = ["Система учета жилищного хозяйства для органов исполнительной власти"]
    tails = tail_lines(["жилищного ", "хозяйства для ", "органов ", "и ", "доступности ",
                    "услуг", "исполнительной ", "власти"], breaks=(0, 6))
    assert _follow("Система учета", tails, known) == (
        3, "Система учета жилищного хозяйства для органов")


def test_known_rest_after_later_break_is_spelled_by_whole_words():
    """The name's rest after the next break is found past the goal's tail: `и⏎` (a
    wrapped line ends a word) does not spell `исполнительной`."""
    known = ["Система учета жилищного хозяйства для органов исполнительной власти"]
    tails = tail_lines(["жилищного ", "хозяйства для ", "органов ", "и ", "доступности",
                    "исполнительной ", "власти", "Описание "], breaks=(0, 5))
    name = "Система учета жилищного хозяйства для органов"
    u, text, far = _spell_on(name, tails, 3, known, spaced=True)
    assert (u, text) == (3, known[0]) and [ln.text for ln in far] == [
        "исполнительной", "власти"]


def test_known_name_spelled_whole_on_wrapped_line_runs_on():
    """Section 7 cut the name at `учреждений`; here that line is wrapped (`учреждений⏎`),
    so the cell goes on to its first unmarked line (`субъекта`)."""
    known = ["Система учета жилищного хозяйства для органов исполнительной власти и "
             "учреждений"]
    tails = tail_lines(["жилищного ", "хозяйства для ", "органов ", "и ", "доступности",
                    "исполнительной ", "власти и ", "учреждений ", "субъекта",
                    "Описание "], breaks=(0, 5))
    name = "Система учета жилищного хозяйства для органов"
    u, text, far = _spell_on(name, tails, 3, known, spaced=True)
    assert u == 3 and text == known[0] + " субъекта" and len(far) == 4


def test_respell_splits_next_word_glued_to_last_piece():
    """`серв` | `исовна` (the lines stage glued the known name's next word `на` to the
    last piece of `сервисов`): spelled `сервисов на`."""
    known = ["Личный кабинет с внедрением сервисов на основе ИИ"]
    lines = ["Личный кабинет с внедрением серв", "исовна", "основе ИИ"]
    assert respell("Личный кабинет с внедрением серв исовна основе ИИ", known,
                   lines) == known[0]


def test_head_line_that_filled_the_column_goes_on_after_break():
    """`Разв` / `итие` (no mark: the line filled a column four letters wide) before
    the break, `«Озера⏎` opening the tails: the first tail spells on the known name
    (the name column's tail comes first), so the name goes on there."""
    known = ["Развитие «Озера данных» регионального уровня"]
    tails = tail_lines(["«Озера ", "данных» ", "регионального ", "уровня", "доступности "])
    used, n_tail, text = _follow_wraps(
        "Развитие", ["Развитие", "Повышение ", "качества и"], [False, True, False], 1,
        tails, 0, _vocabulary(known), known)
    assert (used, n_tail, text) == (1, 4, known[0])


def test_bracket_of_known_ending_after_filled_line_goes_on():
    """`ситу` / `аций` (filled, no mark) then `(РСЧС)⏎`: section 5 words the middle
    otherwise (`в рамках РСЧС`) but prints the bracket's words at its end, so the
    bracket is the name's, not the next cell's."""
    known = ["Развитие озера данных в рамках РСЧС (рекомендовано ФОИВ)"]
    name = "Развитие озера данных в рамках Единой системы ситуаций"
    tails = tail_lines(["ситуаций", "(РСЧС) ", "(рекомендовано ", "ФОИВ)", "Повышение "])
    n_tail, text = _follow(name, tails, known)
    assert n_tail == 4 and text.endswith("ситуаций (РСЧС) (рекомендовано ФОИВ)")


def test_open_remark_stops_at_page_foot_and_ends_after_next_break():
    """`(рек` was the name column's last line on the page: the goal's `доступности`
    after it is not the remark's (no known remark goes on so), and the remark's rest
    `омендовано` / `ФОИВ)` opens the next break."""
    known = ["Развитие озера данных в рамках РСЧС (рекомендовано ФОИВ)"]
    name = "Развитие озера данных в рамках Единой системы"
    tails = tail_lines(["ситуаций ", "(рек", "доступности ", "услуг", "омендовано ", "ФОИВ)",
                    "Описание "], breaks=(0, 4))
    n_tail, text = _follow(name, tails, known)
    assert (n_tail, text) == (2, name + " ситуаций (рек")
    far = _remark_after_break(text, tails, n_tail, known)
    assert [ln.text for ln in far] == ["омендовано", "ФОИВ)"]


def test_respell_splits_one_letter_word_glued_inside_quotes():
    """`«Посту` | `плениев вуз` (the known name's `в` glued to the piece, the name in
    quotes): spelled `«Поступление в вуз`; the quotes are no part of the words."""
    known = ["Реализация суперсервиса «Поступление в вуз онлайн»"]
    lines = ["Реализация суперсервиса «Посту", "плениев вуз", "онлайн»"]
    assert respell("Реализация суперсервиса «Посту плениев вуз онлайн»", known,
                   lines) == known[0]


def test_head_spelling_known_first_words_ends_where_tail_goes_on():
    """`Единая` / `Повышени` before the break (the name cut after its first word, the
    goal's first piece after it), `информационная⏎` opening the tails: the name is
    `Единая`, going on after the break — not `Единая Повышени`."""
    known = ["Единая информационная система управления кадрами ЕИСУ КС ВС"]
    tails = tail_lines(["информационная ", "система ", "управления ", "кадрами ЕИСУ КС ",
                    "(рекомендовано ", "ФОИВ)", "е качества "])
    assert _head_of_known(["Единая", "Повышени", "До 2024"], tails, known) == 1
    assert _head_of_known(["Единая", "Повышени"], tail_lines(["е качества "]), known) == 0


def test_remark_the_name_printed_is_not_taken_again():
    """`… (рекомендовано ФОИВ)` then `(рекомендовано` (the goal quoting the name ends
    so): a bracket the name already printed is not its ending again."""
    known = ["Развитие озера данных в рамках РСЧС (рекомендовано ФОИВ)"]
    name = "Развитие озера данных в рамках Единой системы"
    tails = tail_lines(["(РСЧС) ", "(рекомендовано ", "ФОИВ)", "(рекомендовано ", "ФОИВ)»,"])
    assert _follow(name, tails, known) == (3, name + " (РСЧС) (рекомендовано ФОИВ)")


def test_name_rest_after_break_one_short_word_a_line():
    """`власти⏎` ends the column's page; `реализации⏎` after it is the goal's tail;
    the name's rest opens the next break one short word a line (`и` /
    `подведомственных`), which still tells where the name went on."""
    known = ["Личный кабинет для органов исполнительной власти и подведомственных учреждений"]
    tails = tail_lines(["для ", "органов ", "исполнительной ", "власти ", "реализации ",
                    "проекта", "и ", "подведомственных ", "учреждений"], breaks=(0, 6))
    assert _follow("Личный кабинет", tails, known) == (
        4, "Личный кабинет для органов исполнительной власти")
