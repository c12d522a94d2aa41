"""Rules of the second narrow-column round of the text-dump reader, each on a
hand-made string (issue #10)."""

from __future__ import annotations

from dataclasses import replace

from extract.strategy.sections import Line, norm_key
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import CTX, SPACED, section7


def _texts(raws: list[str]) -> list[str]:
    return [ln.text for ln in rejoin_split_words([Line(k, r) for k, r in enumerate(raws, 1)])]


def test_filled_line_keeps_its_last_word_whole() -> None:
    # A marked dump: the line before the last filled its column and lost its mark.
    # `услуг` + `и` would make the dictionary's `услуги`, but a word is cut inside
    # it only when it opens its line.
    raws = ["Число граждан, ", "воспользовавшихся ", "услугами на ", "едином портале ",
            "государственных услуг", "и функций"]
    assert _texts(raws)[-2:] == ["государственных услуг", "и функций"]


def test_word_alone_on_its_line_still_rejoined() -> None:
    raws = ["Число граждан, ", "на едином ", "Министерст", "во здравоохранения"]
    assert "Министерство" in _texts(raws)


def test_acronym_glued_to_a_word_cut_in_its_capitals() -> None:
    # `даннымиРСУД` (one token, an acronym glued to the word before) filled its line.
    raws = ["Региональная ", "система ", "управлени", "я ", "даннымиРС", "УД», ", "сокращение"]
    assert "даннымиРСУД»," in _texts(raws)


def test_match_goes_on_while_lines_spell_a_longer_known_name() -> None:
    from extract.strategy.names import best_match
    names = ["Сервис объектов строительства (рекомендовано ФОИВ)",
             "Сервис объектов строительства с интеграцией с федеральными системами"]
    texts = ["Сервис", "объектов", "строительства с", "интеграци", "ей с", "Повышение"]
    m = best_match(texts, names)
    assert m is not None and m[0] == 5 and m[1].endswith("ей с")


def test_section_7_read_again_when_section_5_completes_a_name(monkeypatch) -> None:
    # Section 6 finds a name's rest only with section 5's whole name (read last);
    # a section-7 name a page break cut is then completed from it.
    from types import SimpleNamespace

    from extract.strategy.sections import norm_key
    from tests.strategy_dumps import read_with_section_readers

    full, short = "Сервис с интеграцией с системами", "Сервис с интеграцией"

    def indicators(section, sectors, ctx):
        known = ctx.project_texts.get(1, [])
        name = full if norm_key(full) in known else short
        return [SimpleNamespace(sector_no="1", project_name=name)], [], [2022]

    def projects(section, sectors, known):
        name = full if full in known.get(1, []) else short
        return [SimpleNamespace(sector_no="1", project_name=name)], []

    records = read_with_section_readers(monkeypatch, indicators, projects, full)
    assert records.indicators[0].project_name == full


def test_number_after_a_wrapped_indicator_line_ends_the_name() -> None:
    # Three years, four value lines, the name's last line wrapped: `0` is the name's.
    recs = section7("1\nПроект\nМинистерство Энской области\nДоля видов сведений \n"
                    "для массовых услуг \n0\n25\n50\n100\nЧисло записей\nпроцентов\n1\n2\n3",
                    SPACED)
    assert [(r.indicator_name, r.values) for r in recs] == [
        ("Доля видов сведений для массовых услуг 0", ["25", "50", "100"]),
        ("Число записей", ["1", "2", "3"])]


def test_word_cut_by_a_page_break_after_an_unmarked_line() -> None:
    from extract.strategy.words import cut_at_break
    assert cut_at_break(Line(1, "транспорт"), "ной системы")
    assert cut_at_break(Line(1, "ГЛО"), "НАСС")
    assert not cut_at_break(Line(1, "транспорт "), "ной")  # wrapped at a space
    assert not cut_at_break(Line(1, "государственных услуг"), "и функций")


def test_indicator_cut_inside_its_last_word_by_a_page_break() -> None:
    a, b = section7("1\nПроект Альфа\nМинистерство образования Энской области\n"
                    "Число средств \nнавигации \nГЛО\nтыс. чел.\n10\n20\n30\n2\nНАСС\n"
                    "Доля записей\nпроцентов\n1\n2\n3", SPACED)
    assert a.indicator_name == "Число средств навигации ГЛОНАСС"
    assert b.indicator_name == "Доля записей"


def test_abbreviated_unit_is_no_rest_of_the_word_before() -> None:
    raws = ["Обеспечение ", "использования ", "неквалифицирова", "усл. ед.", "0", "1"]
    assert "усл. ед." in _texts(raws)


def test_abbreviated_unit_cut_inside_is_glued() -> None:
    recs = section7("1\nПроект\nМинистерство Энской области\nКоличество услуг \n(функций)\n"
                    "усл.е\nд.\n20\n40\n50", CTX)
    assert (recs[0].indicator_name, recs[0].unit) == ("Количество услуг (функций)", "усл.ед.")


def test_body_cut_inside_its_last_word_by_a_page_break() -> None:
    recs = section7("1\nПроект Альфа\nМинистерство \nобразов\nУровень услуг \n"
                    "процентов\n1\n2\n3\n2\nания Энской области\nв электронном виде",
                    SPACED)
    assert recs[0].responsible_org == "Министерство образования Энской области"
    assert recs[0].indicator_name == "Уровень услуг в электронном виде"


def test_unit_cut_after_its_slash_by_a_page_break() -> None:
    # `да/` | values | break | the indicator's tail, then the unit's rest `нет`.
    raws = ["Доля средств ", "да/", "да", "да", "да"]
    assert _texts(raws)[1:3] == ["да/", "да"]
    a, b = section7("1\nПроект Альфа\nМинистерство образования Энской области\n"
                    "Доля средств \nда/\nда\nда\nда\n2\nнавигации\nнет\nЧисло записей\n"
                    "процентов\n1\n2\n3", CTX)
    assert (a.indicator_name, a.unit, a.values) == (
        "Доля средств навигации", "да/нет", ["да", "да", "да"])
    assert b.indicator_name == "Число записей"


def test_one_letter_is_no_first_piece_of_a_word() -> None:
    from extract.strategy.words import join_cell
    assert join_cell(["в соответствии с", "их интересами"]) == "в соответствии с их интересами"


def test_unit_in_two_pieces_before_a_page_break() -> None:
    # `условных` / `едини` / values / break / indicator's tail / `ц`.
    a, b = section7("1\nПроект Альфа\nМинистерство образования Энской области\n"
                    "Количество сведений, \nпредоставляемых\nусловных \nедини\n1\n2\n3\n2\n"
                    "в режиме онлайн\nц\nЧисло записей\nпроцентов\n1\n2\n3", CTX)
    assert (a.indicator_name, a.unit) == (
        "Количество сведений, предоставляемых в режиме онлайн", "условных единиц")
    assert b.indicator_name == "Число записей"


def test_body_on_an_adjective_and_unit_in_pieces_across_a_break() -> None:
    # Body `Министерство ` / `социальной` (filled its line, no mark) | break |
    # `защиты населения`; unit `тыс. ` / `челов` | break | `ек`.
    a, b = section7("1\nПроект Альфа\nМинистерство \nсоциальной\nСреднее время \n"
                    "медицинских \nтыс. \nчелов\n54\n122\n216\n2\nзащиты \nнаселения\n"
                    "организаций\nек\nЧисло записей\nпроцентов\n1\n2\n3",
                    SPACED)
    assert a.responsible_org == "Министерство социальной защиты населения"
    assert (a.indicator_name, a.unit) == ("Среднее время медицинских организаций",
                                          "тыс. человек")
    assert b.indicator_name == "Число записей"


def test_second_body_after_a_full_stop() -> None:
    # Two bodies in one cell, each a paragraph: `области.` ends the first without
    # the wrap mark, `Главное управление …` opens the second.
    recs = section7("1\nПроект Альфа\nМинистерство строительства \nЭнской области.\n"
                    "Главное \nуправление МЧС\nРоссии \nпо Энской \nобласти\n"
                    "Доля органов власти\nпроцентов\n0\n0\n100", SPACED)
    assert recs[0].responsible_org == (
        "Министерство строительства Энской области. Главное управление МЧС России по "
        "Энской области")
    assert recs[0].indicator_name == "Доля органов власти"


def test_header_end_glued_to_a_tail_is_split_off() -> None:
    import re

    from extract.strategy.sections import strip_headers
    end = re.compile(r"Роль\s+региона.*проекта$", re.IGNORECASE)
    texts = ["Цифровая", "№", "Наименование", "Роль", "региона в", "реализации",
             "проектах и ", "муниципальных", "услуг"]
    body, headers = strip_headers([Line(k, t) for k, t in enumerate(texts, 1)], end)
    assert [ln.text for ln in body] == ["Цифровая", "х и", "муниципальных", "услуг"]
    assert body[1].brk is False and headers[0][-1].text == "проекта"


def test_remark_after_a_break_worded_otherwise_in_section_6() -> None:
    ctx = replace(SPACED, project_texts={1: [norm_key(
        "Присоединение к ФГИС «Единый фонд» (далее - ФГИС «ЕФГИ») (рекомендовано ФОИВ)")]})
    a, b = section7("1\nПрисоединение к \nФГИС «Единый \nМинистерство \nприродных \n"
                    "Доля сведений\nпроцентов\n40\n65\n100\n2\nфонд»\n(ФГИС «ЕФГИ») \n"
                    "(рекомендовано ФОИВ)\nресурсов Энской области\n(относительно 2020 года)\n"
                    "Число записей\nпроцентов\n1\n2\n3", ctx)
    assert a.project_name == ("Присоединение к ФГИС «Единый фонд» (ФГИС «ЕФГИ») "
                              "(рекомендовано ФОИВ)")
    assert a.indicator_name == "Доля сведений (относительно 2020 года)"
    assert b.indicator_name == "Число записей"
