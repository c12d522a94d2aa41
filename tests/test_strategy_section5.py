"""Section 5 (task <-> project links) of a text dump that marks lines wrapped inside
their cell with a trailing space, on small hand-made strings.

`BRK` stands for a page break: the next line is the first on a new page. A
trailing space on a line is the mark (the line was wrapped, its cell goes on).
"""

from __future__ import annotations

from extract.strategy.task_tails import cell_rest, wrapped_tail_length
from tests.strategy_dumps import BRK
from tests.strategy_dumps import section5 as read


def test_a_task_whose_last_line_was_not_wrapped_ended_before_the_break() -> None:
    # «логистика»» after the break is the rest of the benefit, not of the task.
    rows = read(["1", "Создание системы мониторинга и ", "управления транспортной системой ",
                 "в режиме реального времени", "Внедрение ", "интеллектуальной ",
                 "транспортной ", "системы", "- Граждане ", "Органы власти",
                 "Сокращение времени ", "получения услуг по ", "направлению «Транспорт и ",
                 BRK, "логистика»"],
                ["Внедрение интеллектуальной транспортной системы"])
    assert rows[0].task == ("Создание системы мониторинга и управления транспортной "
                            "системой в режиме реального времени")
    assert rows[0].project_name == "Внедрение интеллектуальной транспортной системы"


def test_a_wrapped_name_before_a_list_item_goes_on_after_the_break() -> None:
    # Sections 6 and 7 know the name without its remark; the remark's rest
    # «ФОИВ)» is the first cut cell's rest after the break (the task ended).
    rows = read(["1", "Повышение уровня требований к ",
                 "эффективности государственного управления", "Цифровизация мировых ",
                 "судов (рекомендовано ", "- Граждане ", "Органы власти", "Сокращение времени ",
                 "получения услуг по ", BRK, "ФОИВ)", "направлению ", "«Государственное ",
                 "управление»"],
                ["Цифровизация мировых судов"])
    assert rows[0].project_name == "Цифровизация мировых судов (рекомендовано ФОИВ)"
    assert rows[0].task == ("Повышение уровня требований к эффективности "
                            "государственного управления")


def test_a_cut_task_takes_its_rest_first_then_the_name_its_own() -> None:
    rows = read(["1", "Повышение качества оказания ", "медицинской помощи за ",
                 "Единая система ", "учета ", "- Граждане ", "Органы власти", BRK,
                 "счет цифровых сервисов", "обращений граждан", "получения услуг"],
                ["Единая система учета"])
    assert rows[0].task == ("Повышение качества оказания медицинской помощи за счет "
                            "цифровых сервисов")
    assert rows[0].project_name == "Единая система учета обращений граждан"


def test_a_wrapped_name_goes_on_on_the_next_line() -> None:
    # The known name stops at «субъекта»; its line was wrapped, and «Российской»
    # opens no cell.
    rows = read(["1", "Создание условий для ", "использования программ", "Личный кабинет ",
                 "учреждений субъекта ", "Российской Федерации", "- Граждане ",
                 "Органы власти", "Сокращение времени"],
                ["Личный кабинет учреждений субъекта"])
    assert rows[0].project_name == "Личный кабинет учреждений субъекта Российской Федерации"


def test_the_rest_of_the_name_s_last_line_is_the_name_s() -> None:
    # A line belongs to one cell: «Госуслуги» is no beneficiary.
    rows = read(["1", "Развитие сервисов для ", "граждан", "Портал «Госуслуги»",
                 "- Граждане ", "Органы власти", "Сокращение времени"],
                ["Портал"])
    assert rows[0].project_name == "Портал «Госуслуги»"


def test_a_dash_before_an_acronym_opens_no_list_item() -> None:
    rows = read(["1", "Развитие сервисов для граждан", "Новый дом (на базе ",
                 "системы (далее", "- ГИС ЖКХ)", "- Граждане ", "Органы власти",
                 "Сокращение времени"],
                ["Новый дом"])
    assert rows[0].project_name == "Новый дом (на базе системы (далее - ГИС ЖКХ)"


def test_a_name_s_word_broken_at_the_break_goes_on_after_it() -> None:
    rows = read(["1", "Внедрение системы принятия ", "решений на основе данных",
                 "Национальная ", "система управлени", "- Граждане ", "Органы власти",
                 BRK, "я данными", "получения услуг"],
                ["Национальная система"])
    assert rows[0].project_name == "Национальная система управления данными"
    assert rows[0].task == "Внедрение системы принятия решений на основе данных"


def test_when_the_name_goes_on_a_full_task_line_before_the_break_ended() -> None:
    # «услуг гражданам региона» nearly fills the task column but was not marked;
    # the name was, so the lower-case line after the break is the name's.
    rows = read(["1", "Повышение качества оказания ", "услуг гражданам региона",
                 "Региональный сервис ", "поддержки с ", "- Граждане ", "Органы власти",
                 BRK, "интеграцией", "получения услуг"],
                ["Региональный сервис поддержки"])
    assert rows[0].task == "Повышение качества оказания услуг гражданам региона"
    assert rows[0].project_name == "Региональный сервис поддержки с интеграцией"


def test_a_row_number_cut_by_the_break_is_not_the_task_s() -> None:
    # Row 1.2's number is printed `1.` before the break and `2` after it (the №
    # column's rest comes first); the task's rest follows.
    rows = read(["1.1", "Развитие связи и сетей передачи ", "данных", "Портал услуг", "- Граждане ",
                 "Органы власти", "Сокращение сроков", "1.", "Повышение качества ",
                 "Единая система", "- Граждане ", "Органы власти", "Сокращение ", BRK,
                 "2", "медицинской помощи", "сроков"],
                ["Портал услуг", "Единая система"])
    assert [r.row_no for r in rows] == ["1.1", "1.2"]
    assert rows[1].task == "Повышение качества медицинской помощи"


def test_a_row_number_wrapped_in_its_column_is_not_the_row_before_s() -> None:
    # Row 1.10's number wrapped in the narrow № column: `1.1` / `0`.
    raw = ["1.1", "Развитие связи", "Портал услуг", "- Граждане", "Сокращение сроков"]
    for k in range(2, 10):
        raw += [f"1.{k}", f"Задача {k}", "Портал услуг", "- Граждане", "Сокращение сроков"]
    raw += ["1.1", "0", "Повышение качества", "Единая система", "- Граждане",
            "Сокращение сроков"]
    rows = read(raw, ["Портал услуг", "Единая система"])
    assert rows[-1].row_no == "1.10"
    assert rows[-2].effect == "Сокращение сроков"


def test_a_name_no_other_section_knows_is_split_where_its_cell_ends() -> None:
    rows = read(["1", "Обеспечение единых стандартов ", "на всех уровнях",
                 "Создание подсистемы ", "установления выплат", "- Граждане ",
                 "Органы власти", "Сокращение времени"],
                ["Другой проект"])
    assert rows[0].task == "Обеспечение единых стандартов на всех уровнях"
    assert rows[0].project_name == "Создание подсистемы установления выплат"


def test_an_unmarked_line_that_fills_the_column_goes_on() -> None:
    # The task column is 27 characters wide; «сфере здравоохранения всех» (26) filled
    # it (LibreOffice then drops the space), and the next line goes on in lower case.
    lines = ["сфере здравоохранения всех", "жителей региона", "Другой столбец"]
    assert wrapped_tail_length("Повышение качества в", True, "Повышение качества в", lines,
                               [False, False, False], 27, set()) == 2
    # Not full: the task ended there.
    lines = ["сфере связи", "жителей региона"]
    assert wrapped_tail_length("Повышение качества в", True, "Повышение качества в", lines,
                               [False, False], 27, set()) == 1


def test_a_cut_cell_goes_on_before_a_proper_adjective() -> None:
    lines = ["учреждений субъекта", "Российской ", "Федерации", "получения услуг"]
    assert cell_rest(lines, [False, True, False, False]) == 3
    assert cell_rest(["учреждений субъекта", "получения услуг"], [False, False]) == 1


def test_a_cut_cell_goes_on_before_a_remark_in_brackets() -> None:
    assert cell_rest(["я данными", "(НСУД) ", "(рекомендовано ", "ФОИВ)", "получения"],
                     [False, True, True, False, False]) == 4


def test_a_name_whose_bracket_is_open_at_the_break_goes_on_after_it() -> None:
    # «хранение» was not marked (it filled its narrow column), but the bracket is open.
    rows = read(["1", "Развитие ", "сервисов для ", "граждан", "ЦХЭД", "(цифровое",
                 "хранение", "- Граждане ", "Органы ", "власти", BRK, "электронных документов)",
                 "получения услуг"],
                ["ЦХЭД"])
    assert rows[0].project_name == "ЦХЭД (цифровое хранение электронных документов)"
    assert rows[0].task == "Развитие сервисов для граждан"


def test_a_rest_spelled_letter_for_letter_is_taken_to_its_cell_s_end() -> None:
    # Sections 6 and 7 cut the name after «субъекта»; the cell goes on.
    rows = read(["1", "Повышение качества ", "услуг", "Единая система ", "- Граждане ",
                 "Органы власти", BRK, "учета субъекта", "Российской Федерации",
                 "получения услуг"],
                ["Единая система учета субъекта"])
    assert rows[0].project_name == "Единая система учета субъекта Российской Федерации"


def test_a_spelled_name_opens_where_a_cell_may_open() -> None:
    # «(ЦХД)» spells the known acronym too, but no cell opens with a bracket: the
    # name is the full form before it, the task's rest comes first after the break.
    rows = read(["1", "Обеспечение защиты ", "данных, в ", "Централизованное ", "хранилище ",
                 "документов ", "(ЦХД) ", "- Граждане ", "Органы власти", BRK,
                 "том числе сетей", "(рекомендовано ФОИВ)", "получения услуг"],
                ["ЦХД (рекомендовано ФОИВ)"])
    assert rows[0].task == "Обеспечение защиты данных, в том числе сетей"
    assert rows[0].project_name == ("Централизованное хранилище документов (ЦХД) "
                                    "(рекомендовано ФОИВ)")


def test_an_unknown_name_in_a_cut_row_is_split_where_the_marks_say() -> None:
    rows = read(["1", "Обеспечение единых ", "стандартов на ", "Создание подсистемы ",
                 "- Граждане ", "Органы власти", BRK, "всех уровнях", "установления выплат",
                 "получения услуг"],
                ["Другой проект"])
    assert rows[0].task == "Обеспечение единых стандартов на всех уровнях"
    assert rows[0].project_name == "Создание подсистемы установления выплат"


def test_a_row_after_a_break_that_cut_no_cell_is_a_row_of_its_own() -> None:
    # Row 3's cells all ended before the break (no marked last line), so what
    # follows it is a row whose number the dump lost (taken for a page number).
    rows = read(["1", "Развитие ", "связи", "Портал услуг", "- Граждане ", "Органы власти",
                 "Сокращение сроков", "2", "Развитие ", "сетей", "Цифровой помощник учителя",
                 "- Граждане ", "Органы власти", "Сокращение сроков", BRK,
                 "Повышение навыков ", "педагогов", "Цифровой помощник ученика", "- Граждане ",
                 "Органы власти", "Сокращение сроков"],
                ["Портал услуг", "Цифровой помощник учителя", "Цифровой помощник ученика"])
    assert [(r.row_no, r.task, r.project_name) for r in rows[1:]] == [
        ("2", "Развитие сетей", "Цифровой помощник учителя"),
        ("3", "Повышение навыков педагогов", "Цифровой помощник ученика")]


def test_a_name_s_rest_goes_on_past_its_letters_to_its_cell_s_end() -> None:
    # Sections 6 and 7 know the name up to «поддержки»; it was marked, so the
    # remark after it is the name's too, and its bracket open at «инфраструктуры»
    # (which filled the narrow column) keeps it going.
    rows = read(["1", "Совершенствование ", "процедур", "Переход к ", "- Граждане ",
                 "Органы власти", BRK, "проактивному ", "управлению ", "поддержки ",
                 "(оказание ", "инфраструктуры", "ГИСП, участников)", "- Органы ", "власти"],
                ["Переход к проактивному управлению поддержки"])
    assert rows[0].project_name == ("Переход к проактивному управлению поддержки "
                                    "(оказание инфраструктуры ГИСП, участников)")
    assert cell_rest(["инфраструктуры", "ГИСП,"], [False, False], "Переход (оказание") == 2
    assert cell_rest(["инфраструктуры", "ГИСП,"], [False, False], "Переход") == 1


def test_a_full_line_ending_a_sentence_may_go_on_with_the_next() -> None:
    # «медицинских документов.» (23) fills the 24-character column; the next
    # sentence goes on in the same cell (the name was not cut, so no rest of its
    # would open with a capital there).
    lines = ["медицинских документов.", "Внедрение ", "систем учета", "«Здравоохранение»"]
    assert wrapped_tail_length("Развитие", True, "Развитие", lines,
                               [False, True, False, False], 24, set()) == 3
    assert wrapped_tail_length("Развитие", True, "Развитие", lines,
                               [False, True, False, False], 24, set(), name_cut=True) == 1


def test_a_later_column_cut_by_the_break_keeps_its_rest() -> None:
    # The benefit's last line before the break («направлению ») was marked: its
    # rest ««Здравоохранение»» closes the text after the break, after the task's
    # rest, which a second break cuts again.
    rows = read(["1", "Развитие взаимодействия ", "медицинских организаций ", "Портал услуг",
                 "- Граждане ", "Органы власти", "Сокращение времени ", "направлению ", BRK,
                 "между собой для ", "«Здравоохранение»", BRK, "граждан региона"],
                ["Портал услуг"])
    assert rows[0].task == ("Развитие взаимодействия медицинских организаций между собой "
                            "для граждан региона")


def test_a_task_quoting_the_name_is_no_name() -> None:
    # The task repeats the name; the name itself begins after it and a break
    # cuts it (its rest spelled letter for letter after the break).
    rows = read(["1", "Внедрение технологий ", "интеллекта в отрасли.", "Внедрение ",
                 "технологий ", "интеллекта в ", "- Граждане ", "Органы власти", BRK,
                 "отрасли", "(рекомендовано ФОИВ)"],
                ["Внедрение технологий интеллекта в отрасли (рекомендовано ФОИВ)"])
    assert rows[0].task == "Внедрение технологий интеллекта в отрасли."
    assert rows[0].project_name == "Внедрение технологий интеллекта в отрасли (рекомендовано ФОИВ)"


def test_a_row_numbered_in_the_other_plain_style_is_a_row() -> None:
    # Rows `1`, `2`, then `3.` (the source's typo): still the next row, not the
    # text of row 2; its name no other section knows, so its cells' marks split it.
    rows = read(["1", "Развитие ", "связи", "Портал услуг", "- Граждане ", "Органы власти",
                 "2", "Развитие ", "сетей", "Единая система", "- Граждане ", "Органы власти",
                 "3.", "Обеспечение единых ", "стандартов", "Создание подсистемы ",
                 "выплат", "- Граждане ", "Органы власти"],
                ["Портал услуг", "Единая система"])
    assert [(r.row_no, r.task, r.project_name) for r in rows] == [
        ("1", "Развитие связи", "Портал услуг"),
        ("2", "Развитие сетей", "Единая система"),
        ("3", "Обеспечение единых стандартов", "Создание подсистемы выплат")]


def test_a_sector_s_first_row_number_cut_by_a_break_is_put_back_together() -> None:
    # `1.` | break | `1` is row 1.1: its rows number 1.1, 1.2 (dotted), not 1.
    rows = read(["1.", "Развитие ", "связи", "Портал ", "- Граждане ", BRK, "1", "услуг",
                 "Органы власти", "1.2", "Развитие ", "сетей", "Единая система", "- Граждане ",
                 "Органы власти"],
                ["Портал услуг", "Единая система"])
    assert [(r.row_no, r.project_name) for r in rows] == [("1.1", "Портал услуг"),
                                                           ("1.2", "Единая система")]
