"""Section 6 of the text reader, round 5 (held-out layouts): terms cut by a page break
inside their year or word in columns two characters wide, a name's last word with the
next cell's letters glued to it, an acronym glued to a word, and section 6 read again
when section 7's second read completes a name. Small hand-made strings; each test
fails without the rule it names."""

from __future__ import annotations

from types import SimpleNamespace

from extract.strategy.names import continue_cut, respell
from extract.strategy.projects import (
    _cut_head,
    _follow_wraps,
    _glue_cut_years,
    _glue_pieces,
    _spell_on,
    find_term,
    term_rest,
)
from extract.strategy.sections import Line


def _marked(*raws: str) -> tuple[list[str], list[bool]]:
    """Lines written with `⏎` for the wrap mark -> (texts, marks)."""
    return [r.rstrip("⏎") for r in raws], [r.endswith("⏎") for r in raws]


def test_first_two_digits_of_a_year_open_a_cut_term():
    """`20` | break | `24`: a term column two digits wide, the break after the year's
    first line. In a cut row `20` opens the term (its rest follows the break)."""
    heads = ["Повышение", "20", "В рамках проекта", "Фед", "Участник"]
    assert find_term(heads, open_at_end=True) == (1, 2)
    assert find_term(heads, open_at_end=False) is None  # an uncut row glued its year


def test_capitalised_po_alone_opens_a_cut_term():
    """`По` | break | `сто` / `ян` / `но`: «Постоянно» in a column two letters wide."""
    heads = ["Повышени", "По", "В рамках проекта", "Федера", "Координ"]
    assert find_term(heads, open_at_end=True) == (1, 2)
    tails, marks = _marked("качества⏎", "предоставления", "сто", "ян", "но", "«Платформа⏎")
    assert term_rest("По", tails, marks, spaced=True) == "Постоянно"


def test_two_letter_pieces_of_a_term_word_are_glued():
    """`по` / `ст`, `да` / `ле`: a column two letters wide cuts «постоянно»,
    «далее» into pieces of two; the first two make four letters of the word. A
    preposition before another (`по` / `с`) stays apart."""
    assert _glue_pieces(["по", "ст"], [False, False])[0] == ["пост"]
    assert _glue_pieces(["да", "ле"], [False, False])[0] == ["дале"]
    assert _glue_pieces(["по", "с"], [False, False])[0] == ["по", "с"]
    after = ["Повышение", "До", "2030", "года,", "далее", "по", "ст", "В рамках проекта"]
    after, _ = _glue_pieces(after, [False] * len(after))
    span = find_term(after, open_at_end=True)
    assert span is not None and after[span[0]:span[1]][-1] == "пост"


def test_year_rest_with_a_range_dash_after_the_break():
    """`20` | break | `2` / `2-` / `2026`: the year's digits carry the range's dash."""
    tails, marks = _marked("сроков их⏎", "предоставления", "2", "2-", "2026", "«Облачная⏎")
    assert term_rest("20", tails, marks, spaced=True) == "2022-2026"


def test_line_ending_on_a_comma_is_no_open_term():
    """The goal's tail `сообщении»,` before the year's rest `22` is another cell's
    line, not an open term whose rest `22` would be."""
    tails, marks = _marked("сообщении»,⏎", "22", "«Система⏎")
    assert term_rest("20", tails, marks, spaced=True) == "2022"


def test_year_first_digits_take_only_digits():
    """A term cut inside its year (`20`) goes on with the year's other digits, never
    with a preposition of another cell (`к`, the role's first letter)."""
    tails, marks = _marked("услуг за⏎", "22", "субъекта", "к")
    assert term_rest("20", tails, marks, spaced=True) == "2022"


KNOWN = "Система мониторинга и анализа буровзрывных работ"


def test_name_rest_with_the_next_cells_letters_glued_to_its_last_line():
    """`анализа` / `буровзрывных` / `работ` + `а` (the goal's `качеств` | break |
    `а`, glued by the lines stage): the name's rest is spelled but for the glued
    letters, which complete the word the goal's head ends on."""
    tails = ["анализа", "буровзрывных", "работа", "и", "доступности"]
    goal = _cut_head(["Повышение", "качеств"], [True, False], True)
    assert continue_cut("Система мониторинга и", tails, [KNOWN], goal) == (3, KNOWN)
    # Not where no head line ends on a word the letters complete (`качества и⏎`).
    whole = _cut_head(["Повышение", "качества и"], [True, True], True)
    assert continue_cut("Система мониторинга и", tails, [KNOWN], whole)[1] != KNOWN


def test_wrap_mark_of_glued_letters_does_not_carry_the_name_on():
    """The glued line's wrap mark (`работа⏎`) is the next cell's: a name spelled whole
    to a known one stops there."""
    tails = [Line(1, "анализа ", 2, True), Line(2, "буровзрывных ", 2),
             Line(3, "работа ", 2), Line(4, "и ", 2), Line(5, "доступности ", 2)]
    heads = ["Система", "мониторинга", "и", "Повышение"]
    _used, n_tail, name = _follow_wraps(KNOWN, heads, [True, True, True, True], 3, tails, 3,
                                       frozenset(), [KNOWN])
    assert (n_tail, name) == (3, KNOWN)


def test_acronym_glued_to_a_word_as_the_names_print_it():
    """`управления данными` / `РСУД`: the other sections print `даннымиРСУД`, one
    token the column cut; the pieces go back together."""
    known = ["Региональная система управления даннымиРСУД"]
    lines = ["Региональная система", "управления данными", "РСУД"]
    assert respell("Региональная система управления данными РСУД", known, lines) == known[0]
    # (Not where the other sections print them apart.)
    apart = ["Региональная система управления данными РСУД"]
    assert respell(apart[0], apart, lines) == apart[0]


def test_section_6_read_again_when_section_7_completes_a_name(monkeypatch) -> None:
    """Section 7, read again with section 6's names, may spell a name further than
    section 6 read it the first time (a filled line lost its wrap mark there too):
    section 6 is read again with the longer name."""
    from extract.strategy.sections import norm_key
    from tests.strategy_dumps import read_with_section_readers

    full = "Сервис с интеграцией с системами для органов власти"
    short, mid = "Сервис с интеграцией", "Сервис с интеграцией с системами"

    def indicators(section, sectors, ctx):
        known = ctx.project_texts.get(1, [])
        name = full if norm_key(mid) in known else short
        return [SimpleNamespace(sector_no="1", project_name=name)], [], [2022]

    def projects(section, sectors, known):
        name = full if full in known.get(1, []) else mid
        return [SimpleNamespace(sector_no="1", project_name=name)], []

    records = read_with_section_readers(monkeypatch, indicators, projects, full)
    assert records.projects[0].project_name == full


SHORT = "Переход к управлению мерами (оказание поддержки конкретных участников"
"""Sections 5 and 7 print the name cut at the `;` inside its bracket."""


def test_name_goes_on_to_the_line_closing_its_bracket():
    """Spelled to the known name's end with its bracket open (`… участников;`), the
    name goes on in its own cell to the line that closes it, and takes the remark
    after it."""
    tails = ["конкретных", "участников;", "объединение мер в", "сценарий", "продукции)",
             "(рекомендовано ФОИВ)", "государственной", "поддержки"]
    n, name = continue_cut("Переход к управлению мерами (оказание поддержки", tails, [SHORT])
    assert (n, name) == (6, "Переход к управлению мерами (оказание поддержки конкретных "
                            "участников; объединение мер в сценарий продукции) "
                            "(рекомендовано ФОИВ)")


def test_bracket_closed_only_over_lines_of_the_same_cell():
    """After a page break (`_spell_on`), in a marked dump: the lines go on the name
    after wrapped ones; a cut word (`сценари`) followed by another word ends the
    name's lines on this page (its rest follows a later break)."""
    def lines(*raws: str) -> list[Line]:
        return [Line(n, r, 2, n == 0) for n, r in enumerate(raws)]

    whole = lines("конкретных ", "участников; ", "объединение ", "продукции) ", "(рекомендовано ",
                  "ФОИВ)", "государственной ")
    _, name, _ = _spell_on("Переход к управлению мерами (оказание поддержки", whole, 0,
                           [SHORT], spaced=True)
    assert name.endswith("участников; объединение продукции) (рекомендовано ФОИВ)")
    cut = lines("конкретных ", "участников; ", "объединение ", "сценари", "обслуживания, ",
                "продукции)")
    _, name, _ = _spell_on("Переход к управлению мерами (оказание поддержки", cut, 0,
                           [SHORT], spaced=True)
    assert name.endswith("участников;")


CUT7 = "Единая информационная система с федеральным"
FULL = "Единая информационная система с федеральными информационными системами"
"""Section 7 cut its name inside a word (`федеральным` | `и`); section 5 prints it whole."""


def test_no_letters_glued_where_the_lines_spell_a_longer_known_name():
    """`федеральными` spells `федеральным` + `и`, but the lines go on spelling a
    longer known name: no letters of another cell were glued there."""
    tails = ["система", "с", "федеральными", "информационными", "системами", "Повышение"]
    assert continue_cut("Единая информационная", tails, [CUT7, FULL], lambda _: True) == (
        5, FULL)


def test_wrap_mark_carries_a_name_on_towards_a_longer_known_name():
    """A name spelling a short known name whole but for letters of its last line
    goes on by the line's wrap mark where a longer known name begins with it."""
    tails = [Line(1, "система ", 2, True), Line(2, "с ", 2), Line(3, "федеральными ", 2),
             Line(4, "информационными ", 2), Line(5, "системами", 2)]
    _used, n_tail, _name = _follow_wraps(CUT7, ["Единая", "информационная", "Повышение"],
                                         [True, True, True], 2, tails, 3, frozenset(),
                                         [CUT7, FULL])
    assert n_tail == 5


def test_year_noun_on_its_own_line_after_a_filled_year():
    """`До` | break | `2030` / `года`: the year filled the narrow term column (no wrap
    mark, the space dropped), its noun went to the next line."""
    tails, marks = _marked("ение качества⏎", "предоставления", "2030", "года", "«Цифровое⏎")
    assert term_rest("До", tails, marks, spaced=True) == "До 2030 года"


def test_date_cut_into_pieces_is_one_line():
    """`до 01.0` / `7.20` / `23`: a date cut by a term column four characters wide
    is one line again before row numbers are looked for."""
    lines = [Line(n, r, 1) for n, r in enumerate(["до", "01.0", "7.20", "23 ", "В рамках"])]
    assert [ln.text for ln in _glue_cut_years(lines)] == ["до", "01.07.2023", "В рамках"]
    rows = [Line(n, r, 1) for n, r in enumerate(["1.", "2", "Цифровое"])]
    assert [ln.text for ln in _glue_cut_years(rows)] == ["1.", "2", "Цифровое"]


def test_date_cut_inside_its_year_by_a_page_break():
    """`до` / `01.07.20` | break | `23`: the date's first piece belongs to the term,
    its rest follows the break."""
    heads = ["Повышение", "качества и", "до", "01.07.20", "В рамках проекта"]
    assert find_term(heads, open_at_end=True) == (2, 4)
    tails, marks = _marked("доступности⏎", "предоставления", "23", "льготных⏎")
    assert term_rest("до 01.07.20", tails, marks, spaced=True) == "до 01.07.2023"


def test_one_letter_line_is_no_acronym_piece_of_a_wide_line():
    """`Д` / `В рамках проекта `: «До» cut in a term column one letter wide, then the
    description's first line. An acronym's piece filled its column, so the cell's
    next line is no wider than about it; `ГЛО` / `НАСС и` is still one acronym."""
    from extract.strategy.words import rejoin_split_words

    def texts(*raws: str) -> list[str]:
        lines = [Line(n, r, 1) for n, r in enumerate(["Повышение ", "качества ", *raws])]
        return [ln.text for ln in rejoin_split_words(lines)]

    assert texts("Д", "В рамках проекта ", "Фе")[2:4] == ["Д", "В рамках проекта"]
    assert texts("ГЛО", "НАСС и ", "связи")[2] == "ГЛОНАСС и"


def test_one_letter_line_is_no_first_piece_of_a_wide_line():
    """`е` (the rest of `транспорт` | break | `е`) then the goal's `в общественном`:
    a word's first piece fills its line, and its next piece is printed in the same
    column, so a far wider line is another cell's (no `ев`)."""
    from extract.strategy.words import rejoin_split_words

    lines = [Line(n, r, 1) for n, r in enumerate(
        ["Повышение ", "качества ", "е", "в общественном ", "транспорте», "])]
    assert [ln.text for ln in rejoin_split_words(lines)][2:4] == ["е", "в общественном"]


def test_two_letters_of_dalee_before_a_break_keep_the_term_open():
    """`До` / `2030` / `года,` / `да` | break | `лее` / `по` / `сто` / `ян` / `но`:
    «далее» cut after two letters in a column two letters wide belongs to the term,
    which its rest after the break completes."""
    heads = ["Повышение", "за счет", "До", "2030", "года,", "да", "В рамках проекта", "Фе"]
    assert find_term(heads, open_at_end=True) == (2, 6)
    tails, marks = _marked("реализации⏎", "предоставления", "лее", "по", "сто", "ян", "но",
                           "федеральным⏎")
    assert term_rest("До 2030 года, да", tails, marks, spaced=True) == (
        "До 2030 года, далее постоянно")


def test_year_noun_after_a_goal_line_whose_cell_goes_on():
    """`До 2030` | break | goal's tail ending `Российской⏎` (its rest after the next
    break) | `года`: the year noun is the term's rest even after a wrapped line."""
    tails, marks = _marked("доступности⏎", "учреждений субъекта⏎", "Российской⏎", "года",
                           "мониторинга мер⏎")
    assert term_rest("До 2030", tails, marks, spaced=True) == "До 2030 года"


def test_range_of_years_in_the_heads_is_printed_whole():
    """`2022-` / `2026` in a narrow term column: the range is one term, no space after
    its dash."""
    from tests.strategy_dumps import section6

    body = ["1.1", "Проект Альфа", "Повышение качества", "2022-", "2026", "В рамках проекта",
            "Федеральный бюджет", "Участник"]
    assert section6(body, ["Проект Альфа"]) == [("Проект Альфа", "2022-2026")]


def test_sector_number_alone_before_a_name_then_its_dot_after_the_break():
    """`2` / `Облачная` | break | `.` / `2`: row 2.2 cut in a narrow № column; the
    № column's rest comes first after the break."""
    from extract.strategy.projects import _join_number_pieces

    lines = [Line(1, "2", 1), Line(2, "Облачная ", 1), Line(3, "Повышен", 1),
             Line(4, ".", 2, True), Line(5, "2", 2), Line(6, "инфраструктура ", 2)]
    out = _join_number_pieces(lines, 2)
    assert [ln.text for ln in out] == ["2.2", "Облачная", "Повышен", "инфраструктура"]
    assert out[3].brk


def test_bare_year_takes_a_range_rest_after_the_break():
    """`2022` (filled the term column, no wrap mark) | break | `-` / `2026`: the
    range's dash and second year follow the break; a bare year takes no other rest."""
    tails, marks = _marked("ие качества⏎", "предоставления", "-", "2026", "инфраструктура⏎")
    assert term_rest("2022", tails, marks, spaced=True) == "2022-2026"
    tails, marks = _marked("ие качества⏎", "предоставления", "года", "инфраструктура⏎")
    assert term_rest("2022", tails, marks, spaced=True) == "2022"
