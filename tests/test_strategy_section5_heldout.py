"""Section 5 (task <-> project links) rules found on held-out layouts (random column
widths, fonts and type sizes), on small hand-made strings.

`BRK` stands for a page break: the next line is the first on a new page. A
trailing space on a line is the wrap mark (the line was wrapped, its cell goes on).
"""

from __future__ import annotations

from extract.strategy.task_tails import list_item
from tests.strategy_dumps import BRK
from tests.strategy_dumps import section5 as read

# A beneficiary column narrower than «- Граждане» wraps at the space after the dash.

def test_a_wrapped_dash_alone_opens_a_list_item_but_a_hyphen_alone_does_not() -> None:
    assert list_item("-", wrapped=True)
    assert not list_item("-")  # `Кабардино` / `-` / `Балкарской`: no space after it


def test_a_name_with_an_open_bracket_ends_before_a_wrapped_dash() -> None:
    # The remark's bracket is never closed («(рекомендовано … (далее ФОИВ)»), so
    # the name looks open; the dash with the wrap mark opens the beneficiaries.
    rows = read(["1", "Подключение организаций к ", "платформе", "Библиотека ",
                 "контента ", "(рекомендовано ", "органом (далее ", "ФОИВ)", "- ",
                 "Граждане ", "- ", "Органы ", "власти", "Сокращение времени",
                 "получения услуг"],
                ["Библиотека контента"])
    assert rows[0].project_name == "Библиотека контента (рекомендовано органом (далее ФОИВ)"
    assert rows[0].task == "Подключение организаций к платформе"


def test_a_name_cut_by_the_break_ends_before_a_wrapped_dash() -> None:
    # The name's first lines, then the beneficiary's first line (a dash) before
    # the break; after it the name's rest. The dash is no part of the name.
    rows = read(["1", "Перевод в электронный вид услуг", "Единая ", "система ",
                 "подведомственных ", "- ", "Граждане ", "- ", "Органы ", "власти",
                 "Сокращение времени", BRK, "учреждений ", "субъекта"],
                ["Единая система подведомственных учреждений субъекта"])
    assert rows[0].project_name == "Единая система подведомственных учреждений субъекта"
    assert rows[0].task == "Перевод в электронный вид услуг"


def test_a_first_row_number_wrapped_before_its_dot_and_cut_by_a_break() -> None:
    # `3` / `.` before the break, `1` after it: row 3.1, whose task goes on there.
    rows = read(["3", ".", "Создание ", "условий для ", "Единая система", "- Граждане",
                 BRK, "1", "использования программ", "3.2", "Повышение доступности",
                 "Личный кабинет", "- Граждане"],
                ["Единая система", "Личный кабинет"], "3. Образование и наука",
                {3: "Образование и наука"})
    assert [r.row_no for r in rows] == ["3.1", "3.2"]
    assert rows[0].task == "Создание условий для использования программ"


def test_a_name_s_rest_opens_no_line_after_a_wrapped_one() -> None:
    # The task's rest ends with the same words as the name's rest: the first
    # «медицинских организаций» follows the task's wrapped line, so it is the task's.
    rows = read(["1", "Создание ", "условий для ", "Автоматизированная ", "система учета ",
                 "- Граждане -", BRK, "использования ", "в деятельности ", "медицинских ",
                 "организаций", "медицинских ", "организаций", "власти"],
                ["Автоматизированная система учета медицинских организаций"])
    assert rows[0].task == ("Создание условий для использования в деятельности "
                            "медицинских организаций")
    assert rows[0].project_name == "Автоматизированная система учета медицинских организаций"


def test_a_later_row_number_wrapped_before_its_dot_and_cut_by_a_break() -> None:
    # `4` / `.` before the break, `2` after it: row 4.2 (after 4.1), not a row
    # numbered 4 nor a task opening with `2`.
    rows = read(["4.1", "Оперативное управление", "Цифровой сервис", "- Граждане",
                 "4", ".", "Создание ", "системы ", "Внедрение ", "интеллектуальной ",
                 "- Граждане", BRK, "2", "мониторинга", "транспортной системы", "власти"],
                ["Цифровой сервис", "Внедрение интеллектуальной транспортной системы"],
                "4. Транспорт и логистика", {4: "Транспорт и логистика"})
    assert [r.row_no for r in rows] == ["4.1", "4.2"]
    assert rows[1].task == "Создание системы мониторинга"
    assert rows[1].project_name == "Внедрение интеллектуальной транспортной системы"


def test_a_full_stop_wrapped_to_a_line_s_start_goes_back_to_its_word() -> None:
    # The word filled the narrow column; the full stop and the next sentence were
    # wrapped together, on this page and after a break.
    rows = read(["1", "Переход на ", "электронный ", "документооборот", ". Развитие ",
                 "сервисов", "Система регистров", "- Граждане", "2",
                 "Переход на ", "электронный ", "документооборот", "Система учета",
                 "- Граждане", BRK, ". Развитие ", "сервисов", "власти"],
                ["Система регистров", "Система учета"])
    assert rows[0].task == "Переход на электронный документооборот. Развитие сервисов"
    assert rows[1].task == "Переход на электронный документооборот. Развитие сервисов"


def test_a_line_ending_on_a_sentence_s_first_word_goes_on() -> None:
    # `школ. Создание` (its first letters were moved back onto the line before, a
    # word broken there) is short, but no task ends on one word of a new sentence.
    rows = read(["1", "Обеспечение сервиса ", "Цифровой помощник", "- Граждане ",
                 "Органы власти", BRK, "для обучения ", "малокомплектных ", "школ. Создание",
                 "необходимых условий", "Сокращение времени"],
                ["Цифровой помощник"])
    assert rows[0].task == ("Обеспечение сервиса для обучения малокомплектных школ. "
                            "Создание необходимых условий")


def test_a_task_goes_on_as_the_same_task_printed_whole_goes_on() -> None:
    # Row 1 prints the task whole: `области Кузбасса` filled its line (no mark)
    # and the task goes on with `и органов`. Row 2's rest after the break does
    # the same, where the line alone would read as the task's end.
    task = ["Внедрение в ", "деятельность органов ", "власти ", "Кемеровской ",
            "области Кузбасса", "и органов ", "самоуправления"]
    rows = read(["1", *task, "Электронный архив", "- Граждане", "2", *task[:4],
                 "Цифровизация судов", "- Граждане", BRK, *task[4:], "власти"],
                ["Электронный архив", "Цифровизация судов"])
    assert rows[1].task == rows[0].task == (
        "Внедрение в деятельность органов власти Кемеровской области Кузбасса и органов "
        "самоуправления")


def test_a_name_whose_last_line_filled_its_column_goes_on_as_a_longer_name() -> None:
    # `Новый умный дом` lost the mark (it filled the column); after the break its
    # rest opens with the first words of a longer known name's rest, spelled
    # otherwise further on, and runs to its cell's end by the marks.
    rows = read(["1", "Повышение качества ", "Новый умный дом", "- Граждане -",
                 "Сокращение времени", BRK, "услуг ЖКХ", "(формирование ", "платформы ",
                 "на базе государственной ", "системы)", "Органы власти"],
                ["Новый умный дом (формирование платформы на базе ГИС ЖКХ)"])
    assert rows[0].project_name == ("Новый умный дом (формирование платформы на базе "
                                    "государственной системы)")
    assert rows[0].task == "Повышение качества услуг ЖКХ"


def test_a_wrapped_line_before_the_list_ends_a_cell_cut_by_the_break() -> None:
    # `Единой государственной` opens with a capital, but counted with the cells
    # the marks show (the line before the list went on after the break), no cell
    # opens there: it is the name's, whose rest follows the break.
    rows = read(["1", "Обеспечение единых стандартов ", "муниципальном уровнях",
                 "Создание подсистемы ", "установления и выплат ", "Единой государственной ",
                 "информационной системы ", "- Граждане - ", "Органы власти", "Сокращение ",
                 "по направлению ", BRK, "социального обеспечения", "«Социальная ", "сфера»"],
                ["Другой проект"], "7. Социальная сфера", {7: "Социальная сфера"})
    assert rows[0].project_name == ("Создание подсистемы установления и выплат Единой "
                                    "государственной информационной системы социального "
                                    "обеспечения")


def test_in_an_uncut_row_the_name_runs_to_the_beneficiaries_list() -> None:
    # `установления и выплат` filled its line (no mark); the lines up to the list
    # of beneficiaries are the name's: no column comes between.
    rows = read(["1", "Обеспечение единых стандартов ", "муниципальном уровнях",
                 "Создание подсистемы ", "установления и выплат", "Единой ",
                 "информационной системы", "- Граждане -", "Органы власти",
                 "Сокращение времени ", "«Социальная сфера»"],
                ["Другой проект"], "7. Социальная сфера", {7: "Социальная сфера"})
    assert rows[0].project_name == ("Создание подсистемы установления и выплат Единой "
                                    "информационной системы")


def test_a_beneficiary_cut_by_the_break_keeps_its_rest() -> None:
    # Both later columns went on after the break (`- Граждане - Органы ` and the
    # benefit's `по `): the task's rest leaves them a line each, though its last
    # line lost the mark (it filled the column) and `власти` reads on in lower case.
    rows = read(["1", "Формирование условий для создания и развития в рамках",
                 "Кадры для Кузбасса", "- Граждане - Органы ", "Сокращение времени по ",
                 BRK, "направления «Цифровые решения» и развития ",
                 "ООВО и НИИ на территории Кемеровской области Кузбасса", "власти",
                 "направлению «Образование и наука»"],
                ["Кадры для Кузбасса"])
    assert rows[0].task == ("Формирование условий для создания и развития в рамках "
                            "направления «Цифровые решения» и развития ООВО и НИИ на "
                            "территории Кемеровской области Кузбасса")


def test_a_benefit_line_that_lost_its_mark_still_counts_the_beneficiary_cut() -> None:
    # `Органы ` went on after the break (`власти`); the benefit's `Сокращение
    # времени` filled its line (no mark) and goes on in lower case: still one cell.
    rows = read(["1", "Повышение уровня вовлеченности", "своим домом, городом (селом)",
                 "Платформа ", "«Решаем вместе»", "- ", "Граждане ", "- ", "Органы ",
                 "Сокращение времени", "получения услуг по ", BRK, "власти", "среды»"],
                ["Платформа «Решаем вместе»"])
    assert rows[0].task == "Повышение уровня вовлеченности своим домом, городом (селом)"


def test_a_name_s_rest_is_not_the_first_line_after_the_break_when_the_task_went_on() -> None:
    # Task and name both end with `жилищно-коммунального ` before the break; after
    # it each prints `хозяйства`, the task's first (column order).
    rows = read(["1", "Создание условий в ", "деятельности жилищно-коммунального ",
                 "Региональный ", "сервис жилищно-коммунального ", "- Граждане -",
                 "Органы власти", BRK, "хозяйства", "хозяйства", "направлению"],
                ["Региональный сервис жилищно-коммунального хозяйства"])
    assert rows[0].task == ("Создание условий в деятельности жилищно-коммунального "
                            "хозяйства")
    assert rows[0].project_name == "Региональный сервис жилищно-коммунального хозяйства"


def test_a_sector_number_alone_in_a_dotted_table_is_a_cut_row_number() -> None:
    # Row 6.2's number: `6` before the break; `.` went onto the repeated header's
    # last line (`бенефициара проекта.`), `2` opens the page after it.
    rows = read(["6.1", "Перевод услуг", "Личный кабинет", "- Граждане", "6", "Перевод в ",
                 "Автоматизированная ", "- Граждане -", BRK, "№", "Задачи отрасли",
                 "Наименование проекта", "Бенефициар проекта", "Выгоды для",
                 "бенефициара проекта.", "2", "электронный вид", "система учета",
                 "Органы власти"],
                ["Личный кабинет", "Автоматизированная система учета"],
                "6. Транспорт и логистика", {6: "Транспорт и логистика"})
    assert [r.row_no for r in rows] == ["6.1", "6.2"]
    assert rows[1].task == "Перевод в электронный вид"
    assert rows[1].project_name == "Автоматизированная система учета"


def test_a_task_line_ending_on_a_preposition_goes_on_before_an_acronym() -> None:
    # `взаимодействия с` lost the mark; no cell ends on a preposition, and `ООВО`
    # opens no cell (an acronym, not a capitalised word).
    rows = read(["1", "Формирование условий для создания ", "Развитие ГИС ", "«Среда»",
                 "- Граждане -", "Органы власти", BRK, "и развития в единую среду ",
                 "взаимодействия с", "ООВО и НИИ"],
                ["Развитие ГИС «Среда»"])
    assert rows[0].task == ("Формирование условий для создания и развития в единую среду "
                            "взаимодействия с ООВО и НИИ")


def test_a_full_line_ending_a_sentence_before_the_break_may_go_on_after_it() -> None:
    # The task's last line before the break filled its column and ends a
    # sentence (no mark); after the break the next sentence opens its rest.
    rows = read(["1", "Повышение эффективности системы выявления и развития ",
                 "образования, развитие инфраструктуры и технологий.", "Цифровой помощник ",
                 "(рекомендовано ФОИВ)", "- Граждане - Органы власти", BRK,
                 "Обеспечение сервиса для родителей ", "школ"],
                ["Цифровой помощник (рекомендовано ФОИВ)"])
    assert rows[0].task == ("Повышение эффективности системы выявления и развития "
                            "образования, развитие инфраструктуры и технологий. Обеспечение "
                            "сервиса для родителей школ")


def test_a_cut_name_with_an_open_bracket_leaves_a_cut_beneficiary_its_rest() -> None:
    # The name's bracket never closes, so its rest would run on over `власти`,
    # the rest of the beneficiary `Органы ` (cut too); it keeps its line.
    rows = read(["1", "Совершенствование процедур", "Переход к управлению ",
                 "(оказание поддержки с ", "- ", "Граждане ", "- ", "Органы ",
                 "Сокращение времени ", "получения услуг", BRK, "использованием ГИСП, ",
                 "конкретных участников", "власти"],
                ["Переход к управлению"])
    assert rows[0].project_name == ("Переход к управлению (оказание поддержки с "
                                    "использованием ГИСП, конкретных участников")


def test_a_closing_quote_glued_to_the_name_s_rest_is_the_benefit_s() -> None:
    # After the break the name's rest `ФОИВ))` and the benefit's `»` (a line of its
    # own, glued to the line before by the lines stage).
    rows = read(["1", "Перевод услуг в электронный вид", "Единая система ",
                 "(рекомендовано органом (далее ", "- Граждане -", "Органы власти",
                 "Сокращение времени ", "по направлению «Экология и ", "природопользование",
                 BRK, "ФОИВ))»"],
                ["Единая система (рекомендовано органом (далее ФОИВ))"])
    assert rows[0].project_name == "Единая система (рекомендовано органом (далее ФОИВ))"
    assert rows[0].effect.endswith("«Экология и природопользование»")


def test_a_word_cut_at_the_break_is_glued_as_an_uncut_row_prints_it() -> None:
    # `образовательным` | break | `и процессами` could be two words; row 1 prints
    # the same task whole (the lines stage glued it there): `образовательными`.
    rows = read(["1", "Управление ", "образовательными ", "процессами", "Цифровая школа",
                 "- Граждане", "2", "Управление ", "образовательным", "Кадры для науки",
                 "- Граждане", BRK, "и процессами", "власти"],
                ["Цифровая школа", "Кадры для науки"])
    assert rows[1].task == "Управление образовательными процессами"


def test_a_name_line_ending_on_a_preposition_goes_on_before_a_capital() -> None:
    # `граждан в` lost the mark; a name does not end on `в`, so the capitalised
    # `Единой государственной` is its, and its rest follows the break.
    rows = read(["1", "Переход к предоставлению услуг без ", "Создание банков данных ",
                 "категорий граждан в", "Единой государственной ", "- Граждане - ",
                 "Органы власти", "Сокращение ", "получения услуг ", BRK,
                 "необходимости посещения", "системе ", "обеспечения", "по направлению"],
                ["Другой проект"])
    assert rows[0].project_name == ("Создание банков данных категорий граждан в Единой "
                                    "государственной системе обеспечения")
