"""Names spelled out in one section and abbreviated in another, on hand-made strings."""

from __future__ import annotations

from extract.strategy.acronyms import name_words, same_name
from extract.strategy.spelled import Rest, find_spelled
from extract.strategy.task_tails import tail_length


def test_full_form_and_acronym_are_the_same_name() -> None:
    assert same_name("Единая система учета обращений (ЕСУО) (рекомендовано ФОИВ)",
                     "ЕСУО (рекомендовано ФОИВ)")
    assert same_name("Реестр услуг Северной Республики", "Реестр услуг СР")
    # A definition «(далее – …)» repeats what precedes it.
    assert same_name("Учет льгот в Государственной системе данных (далее - ГСД)",
                     "Учет льгот в ГСД")
    # Hyphenated compounds give one initial per part.
    assert same_name("Портал жилищно-коммунального хозяйства", "Портал ЖКХ")
    # Other words still count.
    assert not same_name("Единая система учета обращений граждан", "ЕСУО")
    assert not same_name("Реестр услуг СР (рекомендовано ФОИВ)", "Реестр услуг СР")


def test_acronyms_themselves_do_not_spell_other_acronyms() -> None:
    # «ВС СМС» must not collapse to «ВС».
    assert name_words("система ВС СМС", frozenset({"ВС", "СМС"})) == ("система", "вс", "смс")


def test_spelled_name_found_after_the_task() -> None:
    head = ["Развитие сервисов", "для граждан", "Единая система", "учета обращений",
            "(ЕСУО)", "Жители региона", "Снижение сроков"]
    found = find_spelled(head, [], ["ЕСУО", "ЕСУО (рекомендовано ФОИВ)", "Другой проект"])
    assert found is not None
    assert (found.start, found.lines, found.rest) == (2, 3, None)
    assert found.text == "Единая система учета обращений (ЕСУО)"


def test_cut_name_goes_on_inside_the_line_of_the_task() -> None:
    # Two cells on one line after the break: the task's rest, then the name's.
    head = ["Повышение качества", "обслуживания", "Портал с применением", "Жители региона"]
    tails = [["граждан искусственного", "интеллекта", "органы власти"]]
    found = find_spelled(head, tails,
                         ["Портал с применением искусственного интеллекта (ИИ)"])
    assert found is not None
    assert found.rest == Rest(seg=0, at=0, skip=1, count=2)
    assert found.text == "Портал с применением искусственного интеллекта"


def test_no_link_when_words_differ() -> None:
    head = ["Развитие сервисов", "Единая система", "учета заявлений", "Жители региона"]
    assert find_spelled(head, [], ["ЕСУО (рекомендовано ФОИВ)"]) is None


def test_task_tail_stops_at_a_sentence_printed_whole_elsewhere() -> None:
    width = 26
    task = "Повышение доступности услуг за"
    lines = ["счет внедрения", "цифровых сервисов", "электрической", "энергией, газом"]
    whole = {"повышениедоступностиуслугзасчетвнедренияцифровыхсервисов"}
    assert tail_length(task, "услуг за", lines, width, whole) == 2
    assert tail_length(task, "услуг за", lines, width, set()) != 2


def test_task_tail_filling_the_page_goes_on_after_the_next_break() -> None:
    width = 26
    task = "Создание условий для обучения, формирование"
    lines = ["моделей обучения, развитие", "моделей инклюзивного"]
    assert tail_length(task, "формирование", lines, width, set(), more=True) == 2
    assert tail_length(task, "формирование", lines, width, set(), more=False) == 1
