"""Section 7, round 7: project names joined across narrow-column cuts and page breaks
(hand-made dumps; a trailing space is the wrap mark)."""

from __future__ import annotations

from dataclasses import replace

from tests.strategy_dumps import HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"
_NEXT = "1.2\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6"


def test_name_join_spaced_as_section_6_prints_the_name() -> None:
    # A narrow name column cut `Маркетплейс` into `Марк` / `етплейс ` (`Марк` is a
    # word, `маркетплейс` none the dictionary knows); section 6 prints the word whole.
    ctx = replace(SPACED, project_texts={1: [
        "Маркетплейс программного обеспечения Повышение качества услуг"]})
    a, _ = section7("1.1\nМарк\nетплейс \nпрограммного \nобеспечения\n"
                    "Министерство связи\nДоля закупок\nпроцентов\n1\n2\n3\n" + _NEXT, ctx)
    assert a.project_name == "Маркетплейс программного обеспечения"


def test_section_6_cut_word_does_not_undo_a_join_of_two_words() -> None:
    # Section 6 cut the same spot worse (`Пер` / `еводмер`): gluing `Перевод` / `мер`
    # would make an unknown word of two known ones.
    ctx = replace(SPACED, project_texts={1: [
        "Пер еводмер социальной поддержки Повышение качества услуг"]})
    a, _ = section7("1.1\nПеревод\nмер \nсоциальной \nподдержки\n"
                    "Министерство связи\nДоля закупок\nпроцентов\n1\n2\n3\n" + _NEXT, ctx)
    assert a.project_name == "Перевод мер социальной поддержки"


def test_rest_completing_the_indicators_cut_word_is_not_the_names() -> None:
    # `контроль` (a whole word, no mark) ends the name; the indicator's last line
    # `дистанцион` (no word) was cut by the break: `но, в том ` is its rest, though
    # `контрольно` is a word too.
    a, _ = section7("1.1\nВнутренний \nфинансовый \nконтроль\nМинистерство связи\n"
                    "Доля \nпроверок, \nпроведенных \nдистанцион\nпроцентов\n1\n2\n3\n"
                    + _BRK2 + "но, в том \nчисле онлайн\n" + _NEXT, SPACED)
    assert a.project_name == "Внутренний финансовый контроль"
    assert a.indicator_name == "Доля проверок, проведенных дистанционно, в том числе онлайн"


def test_rest_completing_the_bodys_cut_word_is_not_the_names() -> None:
    # `судов` ends the name; the body's last line `Калужск` (no word) was cut by the
    # break: `ой области` is the body's rest, not the name's (`судовой`).
    a, _ = section7("1.1\nЦифровизация мировых \nсудов\nМинистерство юстиции \nКалужск\n"
                    "Доля участков\nпроцентов\n1\n2\n3\n" + _BRK2 + "ой области\n" + _NEXT,
                    SPACED)
    assert a.project_name == "Цифровизация мировых судов"
    assert a.responsible_org == "Министерство юстиции Калужской области"


def test_tail_that_only_begins_section_6s_next_word_is_not_the_names() -> None:
    # Section 6 prints the name, then its goal `Повышение …`; the tail `по ` (a whole
    # word, wrapped) spells `…ФОИВ)по` only letter by letter: the indicator's.
    ctx = replace(SPACED, project_texts={1: [
        "Новый умный дом (рекомендовано ФОИВ) Повышение качества услуг"]})
    a, _ = section7("1.1\nНовый умный \nдом (рекомендовано \nФОИВ)\nМинистерство связи\n"
                    "Доля услуг \nпроцентов\n1\n2\n3\n" + _BRK2
                    + "по \nуправлению домом\n" + _NEXT, ctx)
    assert a.project_name == "Новый умный дом (рекомендовано ФОИВ)"
    assert a.indicator_name == "Доля услуг по управлению домом"


def test_closing_quote_on_a_line_of_its_own_goes_back_on_its_word() -> None:
    # `казначейства»` was wider than the name column: LibreOffice printed `»` alone
    # on the next line (no space was there to wrap at).
    a, _ = section7("1.1\nПеревод мер в \nформат \n«Социального \nказначейства\n»\n"
                    "(рекомендовано \nФОИВ)\nМинистерство связи\nДоля мер\nпроцентов\n"
                    "1\n2\n3\n" + _NEXT, SPACED)
    assert a.project_name == "Перевод мер в формат «Социального казначейства» (рекомендовано ФОИВ)"


def test_name_piece_before_a_later_cut_is_not_glued_to_the_indicators_tail() -> None:
    # After the break the name's tail ends `подведо` (cut again: the rest is on a later
    # page); `сервисы онлайн` opens the indicator's tail. Section 6 spells the name on
    # with `подведомственных`, so `подведо` + `сервисы` is no word of it.
    ctx = replace(SPACED, project_texts={1: [
        "Реестр для органов власти и подведомственных учреждений Повышение качества"]})
    a, _ = section7("1.1\nРеестр для \nорганов\nМинистерство связи\nДоля работников, \n"
                    "процентов\n1\n2\n3\n" + _BRK2 + "власти и \nподведо\nсервисы онлайн\n"
                    + _NEXT, ctx)
    assert a.indicator_name == "Доля работников, сервисы онлайн"


def test_filled_line_ending_on_an_adjective_carries_the_name_over_a_break() -> None:
    # Narrow name column: five names taught its width; `государственной` filled its
    # line (no mark: LibreOffice drops a full line's space) and needs its noun.
    names = "".join(
        f"1.{k}\nПроект номер \nдевятнадцать {k}\nМинистерство связи\nЧисло записей\n"
        f"процентов\n1\n2\n3\n" for k in range(1, 6))
    recs = section7(names + "1.6\nСЗН 2.0 \nМодернизация \nгосударственной\n"
                    "Министерство связи\nДоля услуг, \nпроцентов\n4\n5\n6\n" + _BRK2
                    + "службы занятости\nоказанных онлайн\n"
                    "1.7\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6",
                    SPACED)
    assert recs[5].project_name == "СЗН 2.0 Модернизация государственной службы занятости"
    assert recs[5].indicator_name == "Доля услуг, оказанных онлайн"


def test_number_section_6_spells_on_in_the_name_is_the_names_tail() -> None:
    # `1.` / `Кадры для Кузбасса` | break | `1` (the number's rest) / `2035`: section 6
    # prints the name with its year; a cut row's values come before the break.
    ctx = replace(SPACED, project_texts={1: ["Кадры для Кузбасса 2035 Повышение качества"]})
    a, _ = section7("1.\nКадры для Кузбасса\nМинистерство \nДоля \nпроцентов\n1\n2\n3\n"
                    + _BRK2 + "1\n2035\nсвязи\nорганизаций\n" + _NEXT, ctx)
    assert a.project_name == "Кадры для Кузбасса 2035"
    assert a.indicator_name == "Доля организаций"

