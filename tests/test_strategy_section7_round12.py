"""Section 7, round 12: bodies of made-up regions cut by page breaks (hand-made dumps)."""

from __future__ import annotations

from dataclasses import replace

from tests.strategy_dumps import CTX, HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"
# A region whose bodies do not end with its name (`Министерство образования и науки`).
_NO_REGION = replace(SPACED, region_words=set(), region_last="")


def test_body_rest_after_a_break_spelled_as_printed_elsewhere() -> None:
    # Row 1.1 prints the body whole on its page; row 1.2's body lost its wrap mark
    # at the break (`Министерство образования` | break | `и науки`): its rest, before
    # the indicator's tail in column order, is the body's since the section prints
    # the body so.
    a, b = section7("1.1\nПроект Альфа\nМинистерство образования \nи науки\n"
                    "Доля записей\nпроцентов\n1\n2\n3\n"
                    "1.2\nПроект Бета\nМинистерство образования\nСреднее время обращений, \n"
                    "минут\n4\n5\n6\n" + _BRK2 + "и науки\nрассмотренных с использованием\n",
                    _NO_REGION)
    assert a.responsible_org == b.responsible_org == "Министерство образования и науки"
    assert b.indicator_name == "Среднее время обращений, рассмотренных с использованием"


def test_indicator_rest_after_a_break_not_the_body() -> None:
    # The same row with no body printed so elsewhere: the rest is the indicator's.
    (b,) = section7("1.2\nПроект Бета\nМинистерство образования\nСреднее время обращений, \n"
                    "минут\n4\n5\n6\n" + _BRK2 + "и науки\n", _NO_REGION)
    assert b.responsible_org == "Министерство образования"
    assert b.indicator_name == "Среднее время обращений, и науки"


def test_listed_bodies_go_on_only_with_a_body() -> None:
    # The body ended with the region's name and a comma, the line wrap-marked: the
    # cell lists bodies, so a line opening no body opens the indicator.
    (a,) = section7("1.1\nПроект Альфа\nМинистерство связи Энской \nобласти, \n"
                    "Перевод записей \nв архив\nпроцентов\n1\n2\n3", SPACED)
    assert a.responsible_org == "Министерство связи Энской области,"
    assert a.indicator_name == "Перевод записей в архив"


def test_listed_bodies_go_on_with_the_next_body() -> None:
    (a,) = section7("1.1\nПроект Альфа\nМинистерство связи Энской \nобласти, \n"
                    "Министерство финансов \nЭнской области\nПеревод записей \nв архив\n"
                    "процентов\n1\n2\n3", SPACED)
    assert a.responsible_org == ("Министерство связи Энской области, "
                                 "Министерство финансов Энской области")
    assert a.indicator_name == "Перевод записей в архив"


def test_capitalised_preposition_opens_the_indicator() -> None:
    # A wrapped body line (`экономического `, cut before the break) is followed by
    # the indicator's first line opening with a capitalised preposition.
    (a,) = section7("1.1\nПроект Альфа\nМинистерство \nэкономического \n"
                    "Для получения 100 \nуслуг онлайн\nпроцентов\n1\n2\n3", SPACED)
    assert a.responsible_org == "Министерство экономического"
    assert a.indicator_name == "Для получения 100 услуг онлайн"


def test_wrapped_body_goes_on_to_an_indicator_first_word() -> None:
    # The second body wraps on (`России по `) to the indicator's first line and its
    # rest comes after the break; the indicator's last line (no wrap mark) is right
    # before the values.
    a, b = section7("1.1\nПроект Альфа\nМинистерство \nсвязи Энской \nобласти. Главное \n"
                    "управление МЧС \nРоссии по \nДоля органов \nвласти\n1\n2\n3\n" + _BRK2
                    + "Энской области\nЧисло записей\nпроцентов\n4\n5\n6", SPACED)
    assert a.responsible_org == ("Министерство связи Энской области. Главное управление МЧС "
                                 "России по Энской области")
    assert a.indicator_name == "Доля органов власти"
    assert b.indicator_name == "Число записей"


_ORG11 = ("1.1\nПроект Альфа\nМинистерство \nзащиты \nнаселени\nя\nДоля записей\nпроцентов\n"
          "1\n2\n3\n")


def test_one_letter_rest_of_a_body_printed_so_elsewhere() -> None:
    # Row 1.2's name (wrap-marked) and body (`населени`, cut in its last word) both
    # go on after the break: `я` completes the body's word as row 1.1 prints it.
    recs = section7(_ORG11 + "1.2\nЛичный \nкабинет \nМинистерство \nзащиты \nнаселени\n"
                    "Среднее \nвремя \nминут\n4\n5\n6\n" + _BRK2 + "туристов \nя\nобращений\n"
                    "1.3\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n7\n8\n9",
                    _NO_REGION)
    b = recs[1]
    assert b.project_name == "Личный кабинет туристов"
    assert b.responsible_org == "Министерство защиты населения"
    assert b.indicator_name == "Среднее время обращений"


_ROW12 = "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\nпроцентов\n4\n5\n6"


def _cut_unit(before: str, after: str) -> tuple[str, str]:
    """Row 1.1 cut after its values: the unit's first pieces before them, its rest
    after the indicator's tail past the break; (indicator, unit)."""
    a, b = section7("1.1\nПроект Альфа\nМинистерство связи Энской области\nВвод жилья по \n"
                    + before + "1\n2\n3\n" + _BRK2 + "программам\n" + after + _ROW12, SPACED)
    assert b.indicator_name == "Число записей"
    return a.indicator_name, a.unit


def test_cut_multiplier_with_its_mark_opens_the_unit() -> None:
    # `Милл` / `ион ` (the multiplier's word ended) | break | the base's pieces with
    # no marks (`квадр` / `атных` / `метро` / `в`): spaced by the dictionary.
    assert _cut_unit("Милл\nион \n", "квадр\nатных\nметро\nв\n") == (
        "Ввод жилья по программам", "Миллион квадратных метров")


def test_unit_pieces_after_a_multiplier() -> None:
    # `Миллион ` / `квад` / `ратн` | break | `ых ` / `метров`.
    assert _cut_unit("Миллион \nквад\nратн\n", "ых \nметров\n") == (
        "Ввод жилья по программам", "Миллион квадратных метров")


def test_capitalised_unit_pieces_without_marks() -> None:
    # `Мил` / `лио` | break | `н ` / `квадратных ` / `метров`.
    assert _cut_unit("Мил\nлио\n", "н \nквадратных \nметров\n") == (
        "Ввод жилья по программам", "Миллион квадратных метров")


def test_body_line_as_wide_as_its_first_goes_on() -> None:
    # The bodies before were printed narrower (`Министерство` / `связи`), but this
    # body's first line shows its column holds `высшего образования`.
    rows = "".join(f"1.{k}\nПроект {k}\nМинистерство\nсвязи\nЧисло услуг\nпроцентов\n1\n2\n3\n"
                   for k in range(1, 4))
    recs = section7(rows + "1.4\nПроект Бета\nМинистерство науки и\nвысшего образования\n"
                    "Энской области\nДоля записей\nпроцентов\n4\n5\n6", CTX)
    assert recs[-1].responsible_org == "Министерство науки и высшего образования Энской области"
    assert recs[-1].indicator_name == "Доля записей"


def test_body_adjective_in_a_row_cut_after_its_first_lines() -> None:
    # Every cell's first line before the break (`Цифровая ` / `Главное ` / `Доля `):
    # `Главное` opens the body (`Главное управление`), not the name's second line.
    a, b = section7("1.1\nЦифровая \nГлавное \nДоля \nпроцентов\n1\n2\n3\n" + _BRK2
                    + "платформа\nуправление Энской \nобласти\nзаписей\n" + _ROW12, SPACED)
    assert a.project_name == "Цифровая платформа"
    assert a.responsible_org == "Главное управление Энской области"
    assert a.indicator_name == "Доля записей"
    assert b.indicator_name == "Число записей"


def test_name_tail_runs_to_the_rest_of_the_body_first_word() -> None:
    # The body printed only its first word's first pieces before the break; after it
    # the name's tail (a closed bracket, then a remark) comes before that word's rest.
    a, b = section7("1.1\nСЗН 2.0 \n(Модерниз\nМинис\nтерств\nДоля записей \nпроцентов\n"
                    "1\n2\n3\n" + _BRK2 + "ация службы)\n(рекоменд\nовано \nФОИВ)\n"
                    "о труда Энской \nобласти\nлиц\n" + _ROW12, SPACED)
    assert a.project_name == "СЗН 2.0 (Модернизация службы) (рекомендовано ФОИВ)"
    assert a.responsible_org == "Министерство труда Энской области"
    assert a.indicator_name == "Доля записей лиц"
    assert b.indicator_name == "Число записей"


def test_unit_word_cut_by_the_break_and_its_rest_in_pieces() -> None:
    # `усло` | break | `вных` / `един` / `иц`: the unit's letters run together, spaced
    # into its two words by the dictionary.
    assert _cut_unit("усло\n", "вных\nедин\nиц\n") == (
        "Ввод жилья по программам", "условных единиц")


def test_lower_case_word_after_an_adjective_is_the_name_not_the_unit() -> None:
    # `превышающий 5 рабочих` lost its wrap mark filling the column; `дней` reads as a
    # unit, but the phrase needs its noun: the unit cell is empty.
    a, b = section7("1.1\nПроект Альфа\nМинистерство связи Энской области\nДоля мер, которые \n"
                    "назначаются в срок, не \nпревышающий 5 рабочих\nдней\n1\n2\n3\n" + _ROW12,
                    SPACED)
    assert a.indicator_name == "Доля мер, которые назначаются в срок, не превышающий 5 рабочих дней"
    assert a.unit == ""
    assert b.indicator_name == "Число записей"


def test_template_indicator_opening_with_povyshenie() -> None:
    # A wrapped body line (`инфраструктуры `) before the template's «Повышение …».
    a, _ = section7("1.1\nПроект Альфа\nМинистерство \nинфраструктуры \nПовышение средней \n"
                   "скорости движения \nна дорогах\nусл. ед.\n1\n2\n3\n" + _ROW12, SPACED)
    assert a.responsible_org == "Министерство инфраструктуры"
    assert a.indicator_name == "Повышение средней скорости движения на дорогах"


