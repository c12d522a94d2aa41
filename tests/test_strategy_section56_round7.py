"""Sections 5 and 6 of the text reader, round 7: a section-6 name that sections 5
and 7 word short, and a name running over a page the row fills; on small hand-made
strings, each test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.names import continue_cut
from extract.strategy.projects import _known_prefix, _middle_page, _to_known_ending
from extract.strategy.sections import Line
from tests.strategy_dumps import BRK, section5

_SHORT = "Развитие «Озера данных» регионального уровня в рамках РСЧС (рекомендовано ФОИВ)"


def _lines(*raws: str, brk_at: tuple[int, ...] = (), start: int = 0) -> list[Line]:
    return [Line(start + n, r, 1, n in brk_at) for n, r in enumerate(raws)]


def test_known_prefix_takes_lines_a_capital_would_end():
    """`Развитие` / `«Озера` / `данных»` … spell the first words of a name section
    5 prints short: the cell is the name's up to where the wordings part, though
    `«Озера` opens with a capital after an unfinished line."""
    texts = ["Развитие", "«Озера", "данных»", "регионального", "уровня в", "Повышение"]
    assert _known_prefix(texts, [_SHORT]) == 5
    assert _known_prefix(texts, ["Развитие сервисных подсистем"]) == 0


def test_name_runs_to_the_known_ending_on_its_page():
    """`… уровня в рамках` / `Единой` / … / `ФОИВ)` / `Повышение`: the name goes on
    over capitalised lines to where it ends as the known name ends (its last word
    and remarks), not past the goal."""
    texts = ["Развитие", "«Озера данных»", "регионального", "уровня в рамках", "Единой",
             "государственной", "системы", "ситуаций", "(РСЧС)", "(рекомендовано",
             "ФОИВ)", "Повышение", "качества"]
    assert _to_known_ending(texts, 4, [_SHORT], cut=False) == 11


def test_name_open_at_the_goal_of_a_cut_row_takes_its_page():
    """The known ending not on this page: a name left open (`(рекомендовано`) at
    the goal's first line ran to the page's foot, in a row a break cuts."""
    texts = ["Развитие", "«Озера данных»", "регионального", "уровня в рамках", "Единой",
             "системы", "(РСЧС)", "(рекомендовано", "Повышение", "качества"]
    assert _to_known_ending(texts, 4, [_SHORT], cut=True) == 8
    assert _to_known_ending(texts, 4, [_SHORT], cut=False) == 4


def test_capital_after_a_wrapped_tail_line_goes_on_to_the_ending():
    """After a break: `рамках⏎` / `Единой⏎` … the wrap mark says the cell goes on,
    so a capitalised line does not stop the name before the known ending."""
    tails = ["рамках", "Единой", "государственной", "системы", "ситуаций", "(РСЧС)",
             "(рекомендовано", "ФОИВ)", "«Развитие"]
    wrapped = [True, True, True, True, False, True, True, False, True]
    name = "Развитие «Озера данных» регионального уровня в"
    n, text = continue_cut(name, tails, [_SHORT], None, wrapped)
    assert n == 8 and text.endswith("(РСЧС) (рекомендовано ФОИВ)")


def test_ending_by_last_word_only_for_a_prefix_of_the_known_name():
    """A name that parts from a known one in its middle (`медицинских` for
    `образовательных`) is no short wording of it: its last word alone
    (`организаций`) does not draw the next cell's line in."""
    name = "Автоматизированная система учета медицинских организаций (рекомендовано ФОИВ)"
    n, _ = continue_cut(name, ["организаций", "(рекомендовано", "ФОИВ)»,"],
                        ["Автоматизированная система учета образовательных организаций"])
    assert n == 0


def test_middle_page_runs_are_equally_long():
    """A row cut by two breaks: on the page between them the name and the goal
    (which quotes the name) print one run each, equally long. The name ends
    before `проекта` (lead-in of the quote, whose length splits the page into
    equal runs), and its rest is the first run after the next break."""
    base = "Переход к проактивному управлению"
    page = ["мерами ", "государственной ", "поддержки ", "(оказание ",
            "проекта ", "«Переход к ", "проактивному ", "управлению ",
            "с использованием ", "ГИСП ", "1 ", "2 "]
    after = ["ГИСП) ", "(рекомендовано ", "ФОИВ)", "мерами государственной "]
    tails = _lines(*page, *after, brk_at=(0, len(page)))
    b, rest = _middle_page(base, tails, len(tails), base)
    assert b == 4
    assert [ln.text for ln in rest] == ["ГИСП)", "(рекомендовано", "ФОИВ)"]


def test_section5_name_open_on_an_adjective_takes_its_rest_after_the_task():
    """`гражданской службы Российской` (no mark: the line filled the column) |
    break | the task's rest | `Федерации ЕИСУ КС ВС СМС`: a name does not stop on an
    adjective, so its rest comes after the task's, before the effect's."""
    raw = ["5.1", "Перевод государственных услуг в электронный вид с применением реестровой ",
           "модели и платформы", "Гостех", "- Граждане", "Сокращение сроков",
           "5.2", "Алгоритмизация и роботизация с применением сквозных цифровых ",
           "технологий тех процессов государственного управления, которые могут ",
           "быть автоматизированы. Обеспечение защиты государственных ",
           "информационных систем и ресурсов, а также персональных данных, в ",
           "Единая информационная ", "система управления кадровым ", "составом государственной ",
           "гражданской службы Российской", "- Граждане - Органы власти", "Сокращение ",
           "времени ", "получения ", "услуг по ", BRK,
           "том числе с применением сквозных цифровых технологий, от ",
           "несанкционированного доступа и внешних угроз", "Федерации ЕИСУ КС ВС СМС",
           "направлению ", "«Государственное управление»",
           "5.3", "Развитие ", "сервисов", "Гостех", "- Граждане",
           "Сокращение времени получения услуг по ", "направлению «Государственное управление»"]
    names = ["Единая информационная система управления кадровым составом государственной "
             "гражданской службы РФ ЕИСУ КС (рекомендовано ФОИВ)", "Гостех"]
    rows = section5(raw, names, "5. Государственное управление", {5: "Государственное управление"})
    assert rows[1].project_name.endswith("службы Российской Федерации ЕИСУ КС ВС СМС")
    assert rows[1].task.endswith("от несанкционированного доступа и внешних угроз")
    assert rows[1].effect.endswith("услуг по направлению «Государственное управление»")


def test_section5_closing_quote_after_a_break_goes_back_onto_its_word():
    """`«Социального` / `казначейства` | break | `»` / `(рекомендовано` / `ФОИВ)`: the
    quote that opens the line after the break closes the word before, no space."""
    raw = ["1", "Переход на предоставление мер ", "социальной поддержки на основании ",
           "заявления", "Перевод мер ", "в формат ", "«Социального ", "казначейства",
           "- Граждане", "Сокращение ", "времени", BRK, "» ", "(рекомендовано ", "ФОИВ)",
           "2", "Развитие сервисов", "Гостех", "- Граждане", "Сокращение сроков"]
    names = ["Перевод мер в формат «Социального казначейства» (рекомендовано ФОИВ)", "Гостех"]
    rows = section5(raw, names)
    assert rows[0].project_name == names[0]


def test_section5_open_quote_in_the_last_cell_keeps_its_rest():
    """The effect stops before the break on `ю «Развитие` (no mark, its quote
    open): that cell goes on, so the last lines after the break (`городской` /
    `среды»`) are its rest, not the name's, whose bracket the source left open."""
    raw = ["3.1", "Повышение доступности и качества ", "оказания жилищно-коммунальных услуг за ",
           "счет внедрения цифровых сервисов на основании обращений и ",
           "Новый умный дом ", "(формирование платформы ", "цифрового ЖКХ на базе ",
           "государственной ", "информационной системы ", "- Граждане - ", "Органы ", "власти",
           "Сокращение", "времени ", "получения ", "услуг по ", "направлени", "ю «Развитие",
           BRK, "инициатив жителей", "жилищно-коммунального ", "хозяйства (далее - ГИС ЖКХ) ",
           "(рекомендовано ФОИВ)", "городской ", "среды»",
           "3.2", "Вовлечение граждан в процесс благоустройства", "Гостех", "- Граждане",
           "Сокращение времени получения услуг по ", "направлению «Развитие городской среды»"]
    names = ["Новый умный дом (формирование платформы цифрового ЖКХ на базе государственной "
             "информационной системы жилищно-коммунального хозяйства (далее - ГИС ЖКХ) "
             "(рекомендовано ФОИВ)", "Гостех"]
    rows = section5(raw, names, "3. Развитие городской среды", {3: "Развитие городской среды"})
    assert rows[0].project_name == names[0]
    assert rows[0].effect.endswith("по направлению «Развитие городской среды»")
