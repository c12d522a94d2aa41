"""Sections 5 and 6 of the text reader, round 10; on small hand-made strings, each
test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.names import respell
from extract.strategy.projects import _middle_page, _quote_opens
from tests.strategy_dumps import BRK, section5, tail_lines


def test_quote_opens_after_the_lead_ins_last_word():
    """`проекта «Переход` holds the lead-in's last word and the quote's first: the
    quote opens on that line (letters compared, so the name's `проак` / `тивному`
    still matches); a line quoting no name's start opens none."""
    name = "Переход к проак тивному управлению мерами"
    assert _quote_opens(name, ["проекта «Переход", "к проактивному", "управлению"]) == "проекта"
    assert _quote_opens(name, ["«Переход к", "проактивному", "управлению"]) == ""
    assert _quote_opens(name, ["проекта «Создание", "платформы", "данных региона"]) is None
    assert _quote_opens(name, ["услуг за счет", "реализации"]) is None


def test_middle_page_lead_in_ends_on_the_quotes_line():
    """On the page between two breaks the name runs to `навигацию` (known names go
    on there), then the goal's lead-in `услуг за счет` / `реализации` / `проекта
    «Переход`: the quote opening after `проекта` on its line ends the lead-in, so the
    name ends before `услуг` — found as four quoted words only from `управлению`
    on, the lead-in took `к проактивному` too, and the name took `услуг за счет`."""
    name_run = ["тивному ", "управлению ", "мерами ", "(оказание ", "поддержки ", "навигацию "]
    goal_run = ["услуг за счет ", "реализации ", "проекта «Переход", "к проактивному ",
                "управлению ", "мерами "]
    after = ["и ", "участников ", "мер ", "стадиями ", "жизненного ", "цикла)", "В рамках"]
    known = ["Переход к проактивному управлению мерами (оказание поддержки навигацию и "
             "участников"]
    tails = tail_lines([*name_run, *goal_run, *after], breaks=(0, 12))
    base = "Переход к проак"
    got = _middle_page(base, tails, 6, base + " тивному управлению мерами (оказание "
                       "поддержки навигацию", names=known)
    assert got is not None
    b, rest = got
    assert b == 6
    assert [ln.text for ln in rest] == ["и", "участников", "мер", "стадиями", "жизненного",
                                        "цикла)"]


def test_name_rest_runs_to_the_row_end_where_no_later_cell_was_cut():
    """The beneficiaries (`власти`) and the benefit (`сфера»`) ended before the break,
    so the tails hold only the name's rest: `внедрением сервисов` lost its mark (it
    filled the column), yet `на основе` / `интеллекта` opens no cell and goes on the
    name, to the next row."""
    raw = ["1", "Повышение доступности услуг", "Единая ", "система с ", "интеграцией с",
           "- ", "Граждане - ", "Органы", "власти", "Сокращение времени ",
           "по направлению «Социальная", "сфера»", BRK, "федеральными ", "системами и ",
           "внедрением сервисов", "на основе ", "интеллекта", "2", "Развитие сервисов",
           "Гостех", "- Граждане", "Сокращение сроков"]
    known = ["Единая система с интеграцией с федеральными системами", "Гостех"]
    rows = section5(raw, known)
    assert rows[0].project_name == ("Единая система с интеграцией с федеральными системами и "
                                    "внедрением сервисов на основе интеллекта")


def test_name_rest_stops_where_the_benefits_rest_begins():
    """The benefit's last line before the break filled its column (`Сокращение
    времени получения услуг`, no mark): its rest `по направлению «…»` after the break,
    the end of rows printed whole, is the benefit's, not the name's."""
    raw = ["1", "Повышение доступности ", "услуг ", "населению", "Единая ", "система ",
           "управления ", "- Граждане - ", "Органы власти", "Сокращение времени получения услуг",
           BRK, "службы занятости", "по направлению «Социальная сфера»",
           "2", "Развитие ", "сервисов", "Гостех", "- Граждане - ", "Органы власти",
           "Сокращение времени получения услуг ", "по направлению «Социальная сфера»"]
    rows = section5(raw, ["Гостех"])
    assert rows[0].project_name == "Единая система управления службы занятости"
    assert rows[0].effect == "Сокращение времени получения услуг по направлению «Социальная сфера»"


def test_name_rest_stops_at_a_beneficiarys_cut_word():
    """`Орган` (a beneficiary cut inside its word at the page's foot: no mark) goes
    on after the break with `ы` / `власти`: those lines are the beneficiary's rest,
    not the name's, though no later cell looked cut before the break."""
    raw = ["1", "Повышение доступности ", "услуг ", "населению", "Единая ", "система ",
           "управления ", "- Граждане - ", "Орган", "Сокращение времени получения услуг",
           BRK, "службы занятости", "ы ", "власти",
           "2", "Развитие ", "сервисов", "Гостех", "- Граждане - ", "Органы власти",
           "Сокращение времени получения услуг"]
    rows = section5(raw, ["Гостех"])
    assert rows[0].project_name == "Единая система управления службы занятости"


def test_respell_glues_a_word_cut_into_many_pieces():
    """A name column three letters wide prints `образовательного` in six pieces
    (`обр` / `азо` / `ват` / `ель` / `ног` / `о`): they spell one known word, so they
    are one word however many."""
    lines = ["Биб", "лио", "тек", "а", "обр", "азо", "ват", "ель", "ног", "о", "контента"]
    name = "Библиотека обр азо ват ель ног о контента"
    known = ["Библиотека образовательного контента"]
    assert respell(name, known, lines) == "Библиотека образовательного контента"


def test_respell_word_after_a_single_capital():
    """`«Ц` / `иф` / `ров` / `ые`: one capital opening a quoted word is its first
    letter, no acronym, so the lower-case pieces after it go on it."""
    lines = ["проекта «Ц", "иф", "ров", "ые", "решения»"]
    name = "проекта «Ц иф ров ые решения»"
    known = ["Реализация проекта «Цифровые решения»"]
    assert respell(name, known, lines) == "проекта «Цифровые решения»"


def test_respell_after_pieces_the_join_glued():
    """`про` / `гра` / `мм` / `но-` / `аппаратных`: the join glued `гра` + `мм`, so
    the line boundary before `но-` is known by the glued word's last piece."""
    lines = ["про", "гра", "мм", "но-", "аппаратных", "комплексов"]
    name = "про грамм но-аппаратных комплексов"
    known = ["Внедрение программно-аппаратных комплексов"]
    assert respell(name, known, lines) == "программно-аппаратных комплексов"


def test_name_rest_ends_on_a_known_name_spelled_whole():
    """The name's rest spells a known name whole (`… учета медицинских организаций`,
    no mark) and no longer known name goes on from it: the lower-case line after it
    (`власти`) is no part of it, though no later cell looked cut."""
    raw = ["1", "Повышение доступности ", "услуг ", "населению", "Система ", "учета ",
           "- Граждане - ", "Органы", "Сокращение времени получения услуг",
           BRK, "медицинских организаций", "власти",
           "2", "Развитие ", "сервисов", "Гостех", "- Граждане", "Сокращение сроков"]
    rows = section5(raw, ["Система учета медицинских организаций", "Гостех"])
    assert rows[0].project_name == "Система учета медицинских организаций"


def test_unmarked_row_without_a_known_name_splits_before_the_beneficiaries():
    """A dump without wrap marks, a row no break cut whose project no other section
    names: the name is the cell right before the beneficiaries' list, from its last
    capitalised line (`Создание подсистемы …`), not glued to the task."""
    raw = ["1", "Обеспечение", "единых стандартов", "на муниципальном уровне",
           "Создание подсистемы установления и", "выплат Единой государственной",
           "информационной системы", "- Органы", "исполнительной власти", "Применение режима",
           "реального времени", "2", "Развитие сервисов", "Гостех", "- Граждане",
           "Сокращение сроков"]
    rows = section5(raw, ["Гостех"])
    assert rows[0].task == "Обеспечение единых стандартов на муниципальном уровне"
    assert rows[0].project_name == ("Создание подсистемы установления и выплат Единой "
                                    "государственной информационной системы")
