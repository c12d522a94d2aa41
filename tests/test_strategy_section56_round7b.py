"""Sections 5 and 6 of the text reader, round 7b: a term column one or two letters
wide (letter by letter pieces, a word's last letter glued to the next cell, a year's
piece with the wrap mark); on small hand-made strings, each test fails without the
rule it names."""

from __future__ import annotations

from extract.strategy.cells import project_starts
from extract.strategy.names import respell
from extract.strategy.projects import _glue_pieces, _unwrapped_numbers, term_open, term_rest
from extract.strategy.sections import Line
from extract.strategy.task_links import _cut_in_known, _phrase_width, _Row, _worded_on
from extract.strategy.task_tails import wrapped_tail_length


def _split(raws: list[str]) -> tuple[list[str], list[bool]]:
    return [r.strip() for r in raws], [r.endswith(" ") for r in raws]


def test_long_term_word_printed_letter_by_letter():
    """`д` / `а` / `л` / `е` / `е` after a break, in a column one letter wide: one
    word, so the term takes «далее постоянно»."""
    texts, marks = _split(["предоставления", "д", "а", "л", "е", "е ", "п", "о", "ст", "о",
                           "я", "н", "н", "о", "с федеральными "])
    glued, _ = _glue_pieces(texts, marks)
    assert glued[1:3] == ["далее", "постоянно"]
    assert term_rest("до 2030 года,", texts, marks, True) == "до 2030 года, далее постоянно"


def test_last_letter_glued_to_the_next_cell():
    """`постоя` / `н` / `нос` (the lines stage glued the word's last letter `о` to
    the description's `с федеральными`): the word ends, `с` is the next cell's."""
    texts, marks = _split(["предоставления", "далее ", "постоя", "н", "нос ", "федеральными "])
    glued, _ = _glue_pieces(texts, marks)
    assert glued[2:4] == ["постоянно", "с "]
    assert term_rest("до 2030 года,", texts, marks, True) == "до 2030 года, далее постоянно"


def test_one_letter_of_a_long_term_word_before_a_break():
    """`До 2030 года, д` | break | `алее` / `постоянно`: the term is open on `д`."""
    assert term_open("До 2030 года, д")
    texts, marks = _split(["предоставления", "алее ", "постоя", "н", "но", "ФОИВ))» "])
    assert term_rest("До 2030 года, д", texts, marks, True) == "До 2030 года, далее постоянно"


def test_wrapped_bare_number_is_no_row_number():
    """`2` / `2⏎` / `го` / `д` / `а` in a narrow term column: the wrapped `2` is a
    year's piece (a № cell ends on its number, with no wrap mark), not row 2."""
    raws = ["1", "Проект один", "до 20", "2", "2 ", "го", "д", "а", "создание платформы",
            "2", "Проект два"]
    lines = [Line(n, r, 1, False) for n, r in enumerate(raws)]
    starts = project_starts(_unwrapped_numbers(lines, True), 1)
    assert [(i, num.no) for i, num in starts] == [(0, "1"), (9, "2")]


def _row(head: list[str]) -> _Row:
    line = Line(1, "1", 1, False)
    return _Row(1, "Сектор", "1", line, head, [], [], [False] * len(head), [], [],
                found=(len(head), (0, "", "")))


def test_task_width_from_lines_of_several_words():
    """A one-word line may be a word the column broke and the lines stage glued back
    (`несанкционированного`, wider than the column): the width comes from lines of
    several words."""
    rows = [_row(["Обеспечение защиты", "несанкционированного", "доступа и угроз"])]
    assert _phrase_width(rows) == len("Обеспечение защиты")


def test_unmarked_full_line_goes_on_in_lower_case():
    """`документооборота` (no mark: it filled the column) / `с применением`: the task
    goes on after the break; the column's width (16) comes from its phrases, and a
    glued word wider than the column does not stop the rest."""
    lines, wraps = _split(["самоуправления ", "высокотехнологичного ", "юридически ",
                           "документооборота", "с применением ", "подписи", "Цифровизация"])
    n = wrapped_tail_length("Внедрение органов местного", True, "местного", lines, wraps,
                            16, set())
    assert n == 6


def test_task_line_left_mid_phrase_before_a_break():
    """`обеспечения ООВО и` (no mark) | break | `НИИ оборудованием`: a task never ends
    on a conjunction, and an acronym opens no cell."""
    lines, wraps = _split(["НИИ оборудованием", "и ПО, ", "требованиям", "Маркетплейс"])
    n = wrapped_tail_length("Создание механизмов для обеспечения ООВО и", False,
                            "обеспечения ООВО и", lines, wraps, 20, set())
    assert n == 3


def test_name_rest_worded_otherwise_elsewhere():
    """`кадровым составом` (filled, no mark) / `государственной` / … / `службы
    Российской` / `Федерации ЕИСУ` / `КС`: the rest goes on the name where the name
    with it is a known one worded shorter (`службы РФ ЕИСУ КС`)."""
    names = ["Единая система управления кадровым составом государственной службы РФ ЕИСУ КС"]
    lines = ["государственной", "службы Российской", "Федерации ЕИСУ", "КС"]
    assert _worded_on("Единая система управления кадровым составом", lines, names) == 4
    assert _worded_on("Единая система управления кадровым составом", lines[:2], names) == 0


def test_short_name_rest_worded_otherwise():
    """`Федерации ЕИСУ` (filled) / `КС ВС СМС`: a rest shorter than the read-on
    minimum still goes on where the name without it is no known name."""
    names = ["Система управления кадровым составом службы РФ ЕИСУ КС ВС СМС"]
    assert _worded_on("Система управления кадровым составом службы Российской Федерации ЕИСУ",
                      ["КС ВС СМС", "«Государственное"], names) == 1


def test_name_word_cut_before_a_break_known_elsewhere():
    """`кадровым составом государствен` | break | `ной`: the dictionary knows
    `государствен`, but a known name spells `государственной` there; `ной` after a
    name not known so far is no cut for other names."""
    names = ["Система управления кадровым составом государственной службы"]
    assert _cut_in_known("Система управления кадровым составом государствен", "ной", names)
    assert not _cut_in_known("Система управления кадровым составом", "государственной",
                             names)
    assert not _cut_in_known("Система управления кадровым составом государствен", "ной",
                             ["Другая система"])


def test_respell_piece_glued_after_a_break():
    """`кате` / `гори` | break | `й` joined as `кате горий`: the known name prints
    `категорий`, so the pieces go back together."""
    names = ["Создание банков данных льготных категорий граждан"]
    lines = ["Создание банков", "данных", "льготных", "кате", "гори", "й"]
    assert respell("Создание банков данных льготных кате горий", names, lines) == (
        "Создание банков данных льготных категорий")
