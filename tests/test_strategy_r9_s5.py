"""Section 5 of the text reader, round 9: how a narrow column or a page break
serialises a row's name cell (a compound's hyphen alone, a proper adjective that
filled its line, a name the other sections word otherwise after the break, a word
cut at the break). Small hand-made dumps; a trailing space is the wrap mark. Each
test fails without the rule it names."""

from __future__ import annotations

from extract.strategy.task_links import _filled_marks, _later_cuts
from extract.strategy.task_tails import cell_rest
from tests.strategy_dumps import BRK
from tests.strategy_dumps import section5 as read

# The next row of each dump (uncut, its name known): gives the dump enough marks.
_NEXT = ["1.2", "Повышение доступности ", "услуг", "Цифровая платформа ", "услуг",
         "- Граждане", "Сокращение ", "времени"]


def test_lone_dash_without_mark_is_no_filled_line():
    """`жилищно` / `-` / `коммунального` (a narrow name column wraps a compound at
    its hyphen, no space after it): the dash alone is not a line that filled its
    column before lower-case text, so it is not marked as wrapped — marked, it
    would open the beneficiaries' list and end the name at `жилищно`."""
    seg = ["Цифровая ", "платформа ", "жилищно", "-", "коммунального ", "хозяйства"]
    marks = [True, True, False, False, True, False]
    assert _filled_marks(seg, marks, head=True)[3] is False
    raw = ["1.1", "Создание условий для ", "деятельности ", "хозяйства",
           "Цифровая ", "платформа ", "жилищно", "-", "коммунального ", "хозяйства",
           "- ", "Граждане ", "- ", "Органы ", "власти", "Сокращение ", "времени", *_NEXT]
    recs = read(raw, ["Цифровая платформа жилищно-коммунального хозяйства",
                      "Цифровая платформа услуг"])
    assert recs[0].project_name.replace(" - ", "-") == (
        "Цифровая платформа жилищно-коммунального хозяйства")


def test_cell_rest_goes_on_past_a_filled_oblique_proper_adjective():
    """`субъекта ` / `Российской` / `Федерации` after a break: the unmarked line
    ending on an oblique proper adjective filled its column; its noun follows."""
    lines = ["учреждений ", "субъекта ", "Российской", "Федерации"]
    assert cell_rest(lines, [True, True, False, False]) == 4
    # (A list item after it is the next column's.)
    assert cell_rest([*lines[:3], "- Граждане"], [True, True, False, False]) == 3


def test_name_worded_otherwise_found_by_the_known_name_it_begins_with():
    """No known name spells the row's name whole, not even across the break (the
    other sections print `РФ`, the row `Российской Федерации`): the lines from a
    cell's opening up to the beneficiaries' list that begin with a known name are
    the name (not the task's second sentence, `Обеспечение защиты …`), and its
    rest after the break goes on past the filled `Российской`."""
    raw = ["1.1", "Алгоритмизация процессов, ", "которые могут быть автоматизированы. ",
           "Обеспечение защиты информационных ", "систем от внешних угроз",
           "Единая ", "информационная ", "система управления ", "кадровым составом ",
           "гражданской службы ", "Российской ", "- Граждане - Органы власти",
           "Сокращение времени получения услуг ", "по направлению «Управление»",
           BRK, "Федерации ЕИСУ ", "КС ВС СМС", *_NEXT]
    known = "Единая информационная система управления кадровым составом гражданской " \
            "службы РФ ЕИСУ КС ВС СМС"
    recs = read(raw, [known, "Цифровая платформа услуг"])
    assert recs[0].task == ("Алгоритмизация процессов, которые могут быть автоматизированы. "
                            "Обеспечение защиты информационных систем от внешних угроз")
    assert recs[0].project_name == (
        "Единая информационная система управления кадровым составом гражданской службы "
        "Российской Федерации ЕИСУ КС ВС СМС")


def test_name_cut_in_a_word_the_dictionary_completes_after_the_break():
    """`платформе ` / `государствен` | break | `ной ` …: the name's one-token last
    line without the mark, completed by the first line after the break into a
    dictionary word (`государственной`), was cut there; the name's rest follows,
    glued, though the other sections name the project by its acronym (`ГИСП`)."""
    raw = ["1.1", "Внедрение современных ", "технологий ", "промышленных отраслей",
           "Формирование ", "на ", "платформе ", "государствен", "- Граждане - ",
           "Органы власти", "Сокращение ", "времени ", "получения услуг ", "по направлению ",
           BRK, "ной ", "информационной ", "системы ", "(далее ", "ГИСП) ", "цифровых ",
           "паспортов", "«Промышленность»", *_NEXT]
    recs = read(raw, ["Формирование на платформе ГИСП цифровых паспортов",
                      "Цифровая платформа услуг"])
    assert recs[0].task == "Внедрение современных технологий промышленных отраслей"
    assert recs[0].project_name == ("Формирование на платформе государственной информационной "
                                    "системы (далее ГИСП) цифровых паспортов")


def test_name_spelling_a_known_name_whole_ends_despite_its_open_bracket():
    """The source cut a name inside its bracket (`… (оказание поддержки конкретных
    участников`, so another section prints it): spelled whole across the break on
    a line without the mark, it ends there; the open bracket does not run it into
    the beneficiary's rest (`власти`)."""
    raw = ["1.1", "Совершенствование ", "процедур", "Переход к ", "проактивному ",
           "- ", "Граждане ", "- Органы ", "Сокращение ", "времени ", "получения ",
           BRK, "промышленности", "управлению ", "мерами ", "(оказание ", "поддержки ",
           "конкретных ", "участников", "власти", "услуг по ", "направлению ",
           "«Промышленность»", *_NEXT]
    known = "Переход к проактивному управлению мерами (оказание поддержки конкретных участников"
    recs = read(raw, [known, "Цифровая платформа услуг"])
    assert recs[0].project_name == known
    assert recs[0].task == "Совершенствование процедур промышленности"


def test_last_beneficiary_dash_cut_off_keeps_its_item_from_the_task():
    """`- ` / `Граждане ` / `- ` | break | `Органы ` / `власти` / `услуг по ` …: the
    last beneficiary's dash printed alone before the break (its item after it) is a
    later column the break cut, as is the benefit; the lines after the break hold
    those two cells' rests, none the task's (which ended on a full sentence)."""
    raw = ["1.1", "Создание сервисов ", "персональных ", "медицинских помощников.",
           "Персональные ", "медицинские помощники", "- ", "Граждане ", "- ",
           "Сокращение ", "времени ", "получения ",
           BRK, "Органы ", "власти", "услуг по ", "направлению ", "«Здравоохранение»",
           *_NEXT]
    recs = read(raw, ["Персональные медицинские помощники", "Цифровая платформа услуг"])
    assert recs[0].task == "Создание сервисов персональных медицинских помощников."
    assert recs[0].project_name == "Персональные медицинские помощники"


def test_cell_rest_goes_on_past_a_filled_line_ending_on_an_adjective():
    """`государственной информационной` / `системы социального обеспечения` after a
    break: the unmarked line stopping on an adjective filled its column, the phrase
    goes on in lower case on the next line."""
    lines = ["государственной информационной", "системы социального обеспечения", "сфера»"]
    assert cell_rest(lines, [False, False, False]) == 2


def test_cell_rest_stops_before_a_beneficiary_the_list_goes_on_from():
    """`субъекта ` / `Российской ` / `Граждане ` / `- ` / `Органы`: a name cut twice
    (its rest after the next break) is followed by the beneficiaries' rest; a
    capitalised word before a list item is a beneficiary, not the name's."""
    lines = ["субъекта ", "Российской ", "Граждане ", "- ", "Органы ", "власти"]
    assert cell_rest(lines, [True, True, True, True, True, False]) == 2


def test_later_cuts_count_a_list_line_ending_on_the_next_item_s_dash():
    """`- Граждане - ` / `Сокращение ` | break | `Органы власти` …: the beneficiary
    column was cut after the dash of its next item, so it goes on after the break as
    well as the benefit; `- Граждане - ` / `Органы ` / `Сокращение` is one column
    cut once (after `Органы`)."""
    assert _later_cuts(["- Граждане -", "Сокращение"], [True, True]) == 2
    assert _later_cuts(["- Граждане -", "Органы", "Сокращение времени", "получения"],
                       [True, True, False, True]) == 2


def test_spelled_name_head_stops_before_the_beneficiaries_dash():
    """`система управления` / `- ` | break | … `кадровым составом …`: a name spelled
    otherwise (`Российской Федерации` for `РФ`) whose spelling ran over the
    beneficiaries' dash before the break keeps its rest after the break; the head
    ends where the marks say, before the dash."""
    raw = ["1.1", "Алгоритмизация и ", "роботизация с ", "применением сквозных ", "Единая ",
           "информационная ", "система управления", "- ", "Граждане ", "- Органы ",
           "Сокращение ", "времени ", "получения ",
           BRK, "цифровых технологий ", "процессов.", "кадровым составом ", "государственной ",
           "гражданской ", "службы Российской", "Федерации ЕИСУ ", "КС ВС СМС", "власти",
           "услуг по ", "направлению ", "«Управление»", *_NEXT]
    known = ("Единая информационная система управления кадровым составом государственной "
             "гражданской службы РФ ЕИСУ КС ВС СМС")
    recs = read(raw, [known, "Цифровая платформа услуг"])
    assert recs[0].task == ("Алгоритмизация и роботизация с применением сквозных цифровых "
                            "технологий процессов.")
    assert recs[0].project_name == (
        "Единая информационная система управления кадровым составом государственной "
        "гражданской службы Российской Федерации ЕИСУ КС ВС СМС")
