"""Section 7 rules found on held-out layouts (random column widths, fonts and sizes),
each on a small hand-made dump."""

from __future__ import annotations

from dataclasses import replace

from extract.strategy.widths import ColumnWidths
from tests.strategy_dumps import HEADER, SPACED, section7

_ROWS = "".join(f"Доля граждан, получивших услугу \nв электронном виде {k}\nпроцентов\n1\n2\n3\n"
                for k in range(5))


def test_wrapped_line_too_short_for_the_indicator_column_is_the_body_tail() -> None:
    # After the break: the body's tail `и ` / `энергетики` (a narrow column: `и` and the
    # next word did not fit on one line), then the indicator's `образовательной среды`.
    # The indicator's lines hold ~32 characters, so `и ` cannot be one of them.
    recs = section7("1\nПроект Альфа\nМинистерство \nстроительства \nхозяйства\n" + _ROWS
                    + "Число педагогических работников, \nиспользующих сервисы \nпроцентов\n"
                    "4\n5\n6\n2\nи \nэнергетики\nобразовательной среды\nДоля записей\n"
                    "процентов\n7\n8\n9", SPACED)
    assert recs[0].responsible_org == "Министерство строительства хозяйства и энергетики"
    assert recs[5].indicator_name == (
        "Число педагогических работников, использующих сервисы образовательной среды")
    assert recs[6].indicator_name == "Доля записей"


def test_short_wrapped_tail_completing_the_indicator_word_stays_the_indicator() -> None:
    # `получ` / break / `ивших ` / `услугу`: the rest of the indicator's word.
    recs = section7("1\nПроект Альфа\nМинистерство \nцифрового развития\n" + _ROWS
                    + "Уровень граждан, \nполуч\nпроцентов\n4\n5\n6\n2\nивших \n"
                    "услугу\nДоля записей\nпроцентов\n7\n8\n9", SPACED)
    assert recs[0].responsible_org == "Министерство цифрового развития"
    assert recs[5].indicator_name == "Уровень граждан, получивших услугу"


def test_body_stopping_on_a_compound_adjective_goes_on_after_the_break() -> None:
    # `жилищно-` / `коммунального` (no mark: it filled the line) | break |
    # `хозяйства и ` / `энергетики` (the body's tail) | `граждан` (the indicator's).
    a, b = section7("1\nПроект Альфа\nМинистерство \nстроительства, \nжилищно-\nкоммунального\n"
                    "Среднее время \nшт.\n1\n2\n3\n2\nхозяйства и \nэнергетики\nграждан\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.responsible_org == (
        "Министерство строительства, жилищно-коммунального хозяйства и энергетики")
    assert a.indicator_name == "Среднее время граждан"
    assert b.indicator_name == "Число записей"


def test_body_word_cut_before_a_break_is_completed_after_it() -> None:
    # `Министерств` (the body's first word, wider than the column) | break |
    # `о цифрового ` / `развития`: `о` is a preposition, yet it completes the word.
    a, b = section7("1\nПроект Альфа\nМинистерств\nСреднее время граждан, \nминут\n1\n2\n3\n"
                    "2\nо цифрового \nразвития\nполучивших услугу\nЧисло записей\nпроцентов\n"
                    "4\n5\n6", SPACED)
    assert a.responsible_org == "Министерство цифрового развития"
    assert a.indicator_name == "Среднее время граждан, получивших услугу"
    assert b.indicator_name == "Число записей"


def test_typical_width_ignores_a_few_misplaced_wide_lines() -> None:
    widths = ColumnWidths()
    for _ in range(5):
        widths.add("ind", ["Доля граждан,", "в электронном"])
    widths.add("ind", ["x" * 80, "y"])
    assert widths.typical("ind") == 13
    assert widths.typical("org") == 0


def test_unit_multiplier_takes_its_words_after_the_break() -> None:
    # `Миллион ` | values | break | the indicator's tail, then `квадратных ` / `метров`.
    a, b = section7("1\nПроект Альфа\nМинистерство Энской области\nВвод жилья в рамках \n"
                    "Миллион \n1\n2\n3\n2\nпрограмм развития\nквадратных \nметров\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert (a.indicator_name, a.unit) == ("Ввод жилья в рамках программ развития",
                                          "Миллион квадратных метров")
    assert b.indicator_name == "Число записей"


def test_unit_cut_into_pieces_glued_by_the_marks() -> None:
    # A unit column three letters wide: `Милли` before the break (a capitalised piece
    # after the indicator's wrapped line: the unit cell's first line in a cut row),
    # `он ` / `квадратных ` / `метров` after the indicator's tail (as the lines stage
    # leaves `он ` / `ква` / `дра` / `тны` / `х ` / `мет` / `ров`).
    a, b = section7("1\nПроект Альфа\nМинистерство Энской области\nВвод жилья в рамках \n"
                    "мероприятия по \nМилли\n1\n2\n3\n2\nстимулированию\nон \nквадратных \n"
                    "метров\nЧисло записей\nпроцентов\n4\n5\n6", SPACED)
    assert (a.indicator_name, a.unit) == ("Ввод жилья в рамках мероприятия по стимулированию",
                                          "Миллион квадратных метров")
    assert b.indicator_name == "Число записей"


def test_unit_pieces_glue_only_into_dictionary_words() -> None:
    # `условных` | break | `в соответствии с ` / `законодательством` / `единиц`: the
    # unit pattern would take `условныхзаконодательствомединиц`, no word.
    a, _ = section7("1\nПроект Альфа\nМинистерство Энской области\nЧисло видов сведений \n"
                    "условных\n1\n2\n3\n2\nв соответствии с \nзаконодательством\nединиц\n"
                    "Число записей\nпроцентов\n4\n5\n6", SPACED)
    assert (a.indicator_name, a.unit) == (
        "Число видов сведений в соответствии с законодательством", "условных единиц")


def test_name_stopping_on_a_preposition_goes_on_after_the_break() -> None:
    # `граждан в` filled its line (no mark), yet a name does not end on `в`.
    a, b = section7("1\nСоздание банков данных \nкатегорий граждан в\nМинистерство Энской области\n"
                    "Доля статусов ветерана, \nпроцентов\n1\n2\n3\n2\nЕГИССО (рекомендовано \n"
                    "ФОИВ)\nмногодетной семьи\nДоля сведений\nпроцентов\n4\n5\n6", SPACED)
    assert a.project_name == (
        "Создание банков данных категорий граждан в ЕГИССО (рекомендовано ФОИВ)")
    assert a.indicator_name == "Доля статусов ветерана, многодетной семьи"
    assert b.indicator_name == "Доля сведений"


def test_project_number_rest_wrapped_after_the_break() -> None:
    # `1.` (project 1.12, the № column cut by the break) | break | `1` / `2`: the
    # number's rest, wrapped one digit to a line, is no row's text.
    body = "\n".join(f"1.{k}\nЦифровой проект {k}\nМинистерство Энской области\nДоля {k}\n"
                     f"процентов\n10\n20\n30" for k in range(1, 12))
    numbers = "\n".join(str(k) for k in range(1, 9))  # the column-number row
    recs = section7(body + "\n1.\nДата-хаб\nМинистерство \nДоля организаций, \nпроцентов\n"
                    f"0\n0\n100\n2\n{HEADER}\n{numbers}\n1\n2\nЭнской области\n"
                    "использующих сервис\nДоля записей\nпроцентов\n1\n2\n3", SPACED)
    last = recs[-2:]
    assert [r.project_no for r in last] == ["1.12", "1.12"]
    assert [r.indicator_name for r in last] == ["Доля организаций, использующих сервис",
                                                 "Доля записей"]
    assert last[0].responsible_org == "Министерство Энской области"


def test_sector_first_dotted_number_cut_after_its_dot() -> None:
    # `1.` | break | `1`: the sector's first project, 1.1 (the number's rest comes first
    # after the break, then the name's tail); not project 1 of a `1.` numbering.
    a, b = section7("1.\nЦифровизация \nМинистерство \nДоля услуг, \nпроцентов\n100\n100\n100\n"
                    "2\n1\nпроцесса \nоказания помощи\nЭнской области\nоказанных в электронной "
                    "форме\nДоля записей\nпроцентов\n1\n2\n3", SPACED)
    assert [a.project_no, b.project_no] == ["1.1", "1.1"]
    assert a.project_name == "Цифровизация процесса оказания помощи"
    assert a.indicator_name == "Доля услуг, оказанных в электронной форме"


def test_word_cut_into_many_pieces_takes_the_longest_dictionary_word() -> None:
    # A column three letters wide (marked dump): `под` / `клю` / `чен` / `ных` / `к `.
    # `подключен` is a word too, but the pieces go on: the word ends at the longest
    # one, and `к` (its own word, the line filled) stays apart.
    from extract.strategy.sections import Line
    from extract.strategy.words import rejoin_split_words
    raws = ["Доля ", "тра", "нсп", "орт", "ных", "сре", "дст", "в, ", "под", "клю", "чен",
            "ных", "к ", "сис", "тем", "е ", "на ", "тер", "рит", "ори", "и "]
    texts = [ln.text for ln in rejoin_split_words([Line(k, r) for k, r in enumerate(raws, 1)])]
    assert "транспортных" in texts and "подключенных" in texts and "ныхк" not in texts


def test_word_in_pieces_on_both_sides_of_a_break() -> None:
    # An indicator column three letters wide: `рас` / `смотре` / `нны` | break | `х с `,
    # and `обр` | break | `азо` / `ват` / `ель` / `ной ` (no piece a word alone).
    a, b, c = section7("1\nЦифровой регион\nМинистерство Энской области\nЧисло \nобращений, \nрас\n"
                    "смотре\nнны\nединиц\n1\n2\n3\n2\nх с \nсвязью\nЧисло \nсервисы \nобр\n"
                    "минут\n4\n5\n6\n3\nазо\nват\nель\nной \nсреды\nДоля записей\nпроцентов\n"
                    "7\n8\n9", SPACED)
    assert a.indicator_name == "Число обращений, рассмотренных с связью"
    assert b.indicator_name == "Число сервисы образовательной среды"
    assert c.indicator_name == "Доля записей"


def test_first_number_cut_before_its_dot_and_name_in_pieces_across_the_break() -> None:
    # A № column one digit wide: `1` | break | `.` / `1` is project 1.1; its name
    # `Интелле` | break | `ктуальн` / `ая ` / `система` (a word in three pieces).
    a, b = section7("1\nИнтелле\nМинистерство \nДоля услуг, \nпроцентов\n1\n2\n3\n2\n.\n1\n"
                    "ктуальн\nая \nсистема\nЭнской области\nоказанных онлайн\nДоля записей\n"
                    "процентов\n4\n5\n6", SPACED)
    assert [a.project_no, b.project_no] == ["1.1", "1.1"]
    assert a.project_name == "Интеллектуальная система"
    assert a.indicator_name == "Доля услуг, оказанных онлайн"


def test_body_tail_with_a_wrapped_compound_hyphen_of_the_region() -> None:
    # After the break the body's tail `молодежи ` / `Кабардино` / `-` / `Балкарской ` /
    # `Республики`: the lone `-` is the region's compound hyphen, no value.
    ctx = replace(SPACED, region_words={"кабардино", "балкарской", "республики"},
                  region_last="республики")
    a, b = section7("1\nСистема управления\nМинистерство \nи по делам\nДоля заданий \n"
                    "процентов\n1\n2\n3\n2\nмолодежи \nКабардино\n-\nБалкарской \nРеспублики\n"
                    "технологий проверки\nДоля записей\nпроцентов\n4\n5\n6", ctx)
    assert a.responsible_org.startswith("Министерство и по делам молодежи Кабардино")
    assert a.responsible_org.endswith("Балкарской Республики")
    assert a.indicator_name == "Доля заданий технологий проверки"
    assert b.indicator_name == "Доля записей"


def _dotted_rows(n: int) -> str:
    return "\n".join(f"1.{k}\nЦифровой проект {k}\nМинистерство Энской области\nДоля {k}\n"
                     f"процентов\n10\n20\n30" for k in range(1, n + 1))


def test_dotted_number_wrapped_and_cut_after_its_dot() -> None:
    # Project 1.10 in a № column one character wide: `1` / `.` | break | `1` / `0`.
    recs = section7(_dotted_rows(9) + "\n1\n.\nЭлектронна\nМинистерство \nДоля учащихся, \n"
                    "процентов\n25\n50\n100\n2\n1\n0\nя школа\nЭнской области\nна основе дневника"
                    "\nДоля записей\nпроцентов\n1\n2\n3", SPACED)
    last = recs[-2:]
    assert [r.project_no for r in last] == ["1.10", "1.10"]
    assert last[0].indicator_name == "Доля учащихся, на основе дневника"


def test_dotted_number_wrapped_and_cut_before_its_dot() -> None:
    # Project 1.4: `1` | break | `.` / `4`.
    recs = section7(_dotted_rows(3) + "\n1\nЭлектронна\nМинистерство \nДоля услуг, \n"
                    "процентов\n55\n75\n95\n2\n.\n4\nя форма\nЭнской области\nв электронном виде"
                    "\nДоля записей\nпроцентов\n1\n2\n3", SPACED)
    last = recs[-2:]
    assert [r.project_no for r in last] == ["1.4", "1.4"]
    assert last[0].indicator_name == "Доля услуг, в электронном виде"


def test_sector_first_number_wrapped_before_its_dot_and_cut_after_it() -> None:
    # `1` / `.` | break | `1`: project 1.1 in a № column one character wide.
    a, b = section7("1\n.\nИнтеллектуальная \nМинистерство \nЧисло работников, \nпроцентов\n"
                    "1\n2\n3\n2\n1\nсистема\nЭнской области\nиспользующих сервисы\n"
                    "Доля записей\nпроцентов\n4\n5\n6", SPACED)
    assert [a.project_no, b.project_no] == ["1.1", "1.1"]
    assert a.project_name == "Интеллектуальная система"
    assert a.indicator_name == "Число работников, использующих сервисы"


def test_name_word_cut_before_a_break_whose_rest_reads_as_a_particle() -> None:
    # `перевоз` | break | `ок ` / `(рекомендовано`: the dictionary knows `ок` as a
    # particle, yet it is no preposition or conjunction of the template's phrases.
    a, _ = section7("1\nРеестр \nпассажирских \nперевоз\nМинистерство \nЧисло услуг, \n"
                    "процентов\n1\n2\n3\n2\nок \n(рекомендовано ФОИВ)\nЭнской области\n"
                    "доступных онлайн\nДоля записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.project_name == "Реестр пассажирских перевозок (рекомендовано ФОИВ)"
    assert a.indicator_name == "Число услуг, доступных онлайн"


def test_dotted_value_out_of_sequence_is_no_project_number() -> None:
    # Four years, the last value `1.9` after project 1.1 (the next is 1.2): a value, and
    # the line after it opens the next row, not a project's name.
    years4 = HEADER + "\n2025"
    text = ("\n1\n7. Показатели развития отрасли\n1. Образование и наука\n" + years4 + "\n"
            "1.1\nПроект Альфа\nМинистерство Энской области\nУровень организаций\nшт.\n"
            "32.2\n73.9\n87.4\n1.9\nДоля обращений\nпроцентов\n1\n2\n3\n4\n1.2\nПроект Бета\n"
            "Министерство Энской области\nДоля записей\nпроцентов\n5\n6\n7\n8\n")
    from extract.strategy.indicators import read_indicators
    from extract.strategy.sections import find_sections, read_lines
    records, _, years = read_indicators(find_sections(read_lines(text))[7],
                                        {1: "Образование и наука"}, SPACED)
    assert years == [2022, 2023, 2024, 2025]
    assert [(r.project_no, r.indicator_name) for r in records] == [
        ("1.1", "Уровень организаций"), ("1.1", "Доля обращений"), ("1.2", "Доля записей")]
    assert records[0].values == ["32.2", "73.9", "87.4", "1.9"]


def test_word_in_pieces_across_the_second_break_of_a_row() -> None:
    # A row over three pages: its tail after the first break ends `на ` / `тер`, the
    # next break cuts the word, `рит` / `ори` / `и ` / `субъекта` come after it.
    a, b = section7("1\nЦифровой регион\nМинистерство Энской области\nДоля средств \nшт.\n"
                    f"1\n2\n3\n2\n{HEADER}\nв общем \nколичестве \nна \nтер\n3\n{HEADER}\n"
                    "рит\nори\nи \nсубъекта\nДоля записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.indicator_name == "Доля средств в общем количестве на территории субъекта"
    assert b.indicator_name == "Доля записей"


def test_unit_in_pieces_before_the_values_glued_by_the_marks() -> None:
    # A unit column two letters wide: `ты` / `с. ` / `че` / `ло` / `ве` / `к`.
    a, b = section7("1\nЦифровой регион\nМинистерство Энской области\nКоличество \n"
                    "обращений\nты\nс. \nче\nло\nве\nк\n37\n72\n273\nДоля записей\nпроцентов\n"
                    "4\n5\n6", SPACED)
    assert (a.indicator_name, a.unit, a.values) == (
        "Количество обращений", "тыс. человек", ["37", "72", "273"])
    assert b.indicator_name == "Доля записей"


def test_region_word_after_a_body_hyphen_stays_the_body_even_if_learned() -> None:
    # A row opening with `Балкарской` taught it as an indicator's first word; after a
    # body's lone `-` it is still the region's name.
    ctx = replace(SPACED, region_words={"кабардино", "балкарской", "республики"},
                  region_last="республики")
    recs = section7("1.1\nПроект Альфа\nМинистерство Кабардино-Балкарской Республики\n"
                    "Доля услуг\nпроцентов\n1\n2\n3\nБалкарской доли\nпроцентов\n4\n5\n6\n"
                    "1.2\nПроект Бета\nМинистерство \nздравоохранения \nКабардино\n-\n"
                    "Балкарской \nРеспублики\nДоля записей\nпроцентов\n7\n8\n9", ctx)
    assert recs[-1].project_no == "1.2"
    assert recs[-1].responsible_org.endswith("Балкарской Республики")
    assert recs[-1].indicator_name == "Доля записей"


def test_unit_pieces_on_both_sides_of_the_break_glue() -> None:
    # `про` / `цен` | values | break | the indicator's tail | `тов`.
    a, b = section7("1\nЦифровой регион\nМинистерство Энской области\nДоля средств \n"
                    "про\nцен\n1\n2\n3\n2\nв общем количестве\nтов\nДоля записей\nпроцентов\n"
                    "4\n5\n6", SPACED)
    assert (a.indicator_name, a.unit) == ("Доля средств в общем количестве", "процентов")
    assert b.indicator_name == "Доля записей"


def test_indicator_tail_after_a_preposition_goes_on_over_a_number() -> None:
    # `услуг в` (filled, no mark) then `3 раза при оказании `: reads like an
    # indicator's start (`100 организаций …`), but a phrase does not end on `в`.
    a, b = section7("1\nЦифровой регион\nМинистерство Энской области\nСокращение времени \n"
                    "усл. ед.\n1\n2\n3\n2\nмуниципальных услуг в\n3 раза при оказании \n"
                    "услуг онлайн\nДоля записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.indicator_name == (
        "Сокращение времени муниципальных услуг в 3 раза при оказании услуг онлайн")
    assert b.indicator_name == "Доля записей"


def test_lone_preposition_like_rest_does_not_hold_the_next_row() -> None:
    # `проценто` | break | the tail `полученными услугами`, the unit's rest `в`, then the
    # next row `100 государственных услуг …` (a number opening an indicator).
    a, b = section7("1\nЦифровой регион\nМинистерство Энской области\nДоля работодателей, \n"
                    "проценто\n70\n80\n90\n2\nполученными услугами\nв\n"
                    "100 государственных услуг \nв электронном виде\nпроцентов\n1\n2\n3", SPACED)
    assert (a.indicator_name, a.unit) == ("Доля работодателей, полученными услугами",
                                          "процентов")
    assert b.indicator_name == "100 государственных услуг в электронном виде"
