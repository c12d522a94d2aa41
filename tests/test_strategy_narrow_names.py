"""Section 7's project name spelled by a known name's letters where the header cut the
name column narrower than «Наименование» (`extract/strategy/narrow_names.py`)."""

from dataclasses import replace

from extract.strategy.indicators import read_indicators
from extract.strategy.narrow_names import (
    claim_name,
    label_cut,
    letters_key,
    spaced_as,
)
from extract.strategy.sections import Line, find_sections, read_lines
from extract.strategy.settings import SETTINGS
from extract.strategy.words import rejoin_split_words
from tests.strategy_dumps import HEADER, SPACED

# The header of a layout whose name column holds fewer letters than «Наименование».
_NARROW_HEADER = ("№\nпп\nНаимено\nвание\nпроекта\nОтветственный\nорган\n"
                  "Наименование показателя\nЕдиница\nизмерения\n2022\n2023\n2024")
_KNOWN = {1: ["Облачная платформа данных региона", "Проект Бета"]}


def _read(body: str, header: str = _NARROW_HEADER, known: dict | None = None) -> list:
    text = f"\n1\n7. Показатели развития отрасли\n1. Образование и наука\n{header}\n{body}\n"
    lines = rejoin_split_words(read_lines(text))
    ctx = replace(SPACED, known_names=_KNOWN if known is None else known)
    records, _, _ = read_indicators(find_sections(lines)[7], {1: "Образование и наука"}, ctx)
    return records


# A name printed a few letters a line, cut by two page breaks: after each its rest comes
# first, then the body's and the indicator's tails; the name's last piece after the
# second break reads like more indicator.
_CUT_TWICE = ("1.1\nОблач\nная \nплат\nМинистерство \nДоля \nпроцентов\n1\n2\n3\n"
              f"2\n{_NARROW_HEADER}\n"
              "форма \nданных \nсвязи \nЭнской области\nзаписей\n"
              "Число заявок\nпроцентов\n4\n5\n6\n"
              f"3\n{_NARROW_HEADER}\n"
              "региона\n"
              "1.2\nПроект Бета\nМинистерство связи Энской области\nЧисло записей\n"
              "процентов\n7\n8\n9")


def test_name_cut_by_two_breaks_is_spelled_by_the_known_name():
    recs = _read(_CUT_TWICE)
    assert [r.project_name for r in recs] == [
        "Облачная платформа данных региона", "Облачная платформа данных региона",
        "Проект Бета"]
    assert recs[0].indicator_name == "Доля записей"
    assert recs[1].indicator_name == "Число заявок"
    assert recs[0].responsible_org == "Министерство связи Энской области"


def test_a_wide_name_column_makes_no_claim():
    # The header prints «Наименование» whole: the column is not narrow, and the
    # reader's own rules decide, as where no names are known.
    wide = _CUT_TWICE.replace(_NARROW_HEADER, HEADER)
    got = [(r.project_name, r.indicator_name) for r in _read(wide, HEADER)]
    assert got == [(r.project_name, r.indicator_name) for r in _read(wide, HEADER, {})]
    assert got[0][0] != "Облачная платформа данных региона"


def _lines(raws: list[str], breaks: tuple[int, ...] = ()) -> list[Line]:
    return [Line(k + 1, raw, 1 + sum(b <= k for b in breaks), k in breaks)
            for k, raw in enumerate(raws)]


def test_glued_piece_is_split_at_the_letter_that_departs():
    # `надзорной` + `д` (the name's) glued by the lines stage to the body's `льств`.
    lines = _lines(["Сервис ", "надзорнойд", "льств", "Доля", "1", "еятельности", "а"],
                   breaks=(5,))
    got = claim_name(lines, 0, "", ["Сервис надзорной деятельности"], 3)
    assert got is not None
    assert got.taken == {0: len("Сервис "), 1: len("надзорнойд"), 5: len("еятельности")}


def test_remark_after_a_shorter_known_name_is_no_claim():
    # Another section prints the name without its remark: the remark goes on the name.
    lines = _lines(["Создание банков ", "данных", "(рекомендовано ", "ФОИВ)", "Министерство"])
    assert claim_name(lines, 0, "", ["Создание банков данных"], 3) is None


def test_name_cut_inside_its_last_word_ends_no_claim():
    # Section 6 cut the name inside a word (`федераль`): it ends no name.
    lines = _lines(["Сервис ", "с федераль", "Доля", "1", "ными", "связи"], breaks=(4,))
    assert claim_name(lines, 0, "", ["Сервис с федераль"], 3) is None


def test_dash_ending_the_run_is_a_value():
    lines = _lines(["Сервис ", "надзора", "-", "Министерство"])
    got = claim_name(lines, 0, "", ["Сервис надзора"], 3)
    assert got is not None and got.taken == {0: len("Сервис "), 1: len("надзора")}
    # … but goes on the name where the name's rest follows after the break.
    lines = _lines(["Сервис ", "«Автомати", "-", "Доля", "1", "зированный»", "связи"],
                   breaks=(4,))
    got = claim_name(lines, 0, "", ["Сервис «Автоматизированный»"], 3)
    assert got is not None and 2 in got.taken


def test_wrapped_last_line_is_no_end():
    lines = _lines(["Создание банков ", "данных ", "Министерство"])
    assert claim_name(lines, 0, "", ["Создание банков данных"], 3) is None


def test_longest_known_name_wins():
    lines = _lines(["Электронный ", "реестр", "Доля", "1", "услуг", "связи"], breaks=(4,))
    got = claim_name(lines, 0, "", ["Электронный реестр", "Электронный реестр услуг"], 3)
    assert got is not None and got.name == "Электронный реестр услуг"


def test_label_cut():
    def block(*raws: str) -> list[list[Line]]:
        return [[Line(k + 1, r, 1, False) for k, r in enumerate(raws)]]

    assert label_cut(block("№", "Наимено", "вание", "проекта"))
    # The lines stage glued `Наименован` / `ие`: the next line's number jumps by two.
    assert label_cut([[Line(1, "Наименование", 1, False), Line(3, "проекта", 1, False)]])
    assert not label_cut(block("№", "Наименование", "проекта"))
    assert not label_cut(block("№", "Наименование проекта"))


def test_spaced_as_known_name_at_joins():
    assert spaced_as(["Облачнаяплат", "форма"], ["Облачная платформа"]) == "Облачнаяплатформа"
    assert spaced_as(["Автомати-", "зированная"], ["Автоматизированная"]) == (
        "Автомати-зированная")
    assert spaced_as(["Облачная", "платформа"], ["Облачная платформа"]) == "Облачная платформа"
    # A wrap the dump marks is a space, whatever the known name prints there; of two
    # spellings, the one printing a space there decides.
    assert spaced_as(["контакт ", "центр"], ["контакт-центр"]) == "контакт центр"
    assert spaced_as(["контакт", "центр"], ["контакт-центр", "контакт центр"]) == (
        "контакт центр")
    assert letters_key("Контакт-центр, ФОИВ") == "контактцентрфоив"


def test_spaced_as_known_name_in_a_column_a_few_letters_wide():
    # The lines stage glued a letter-a-line column's pieces without word ends.
    pieces = ["Региональныйсервис ", "к", "онтрольно", "-", "надзорной"]
    name = ["Региональный сервис контрольно - надзорной"]
    assert spaced_as(pieces, name, narrow=True) == (
        "Региональный сервис контрольно-надзорной")
    assert spaced_as(pieces, name) == "Региональныйсервис контрольно-надзорной"


def test_dump_lines_count_glued_pieces():
    # `Облачнаяплат` was glued from 12 one-letter lines (numbers 1..12): 13 letters a
    # dump line would be far wider than a glued line's count shows.
    lines = [Line(1, "Облачнаяплат", 1, False), Line(13, "форма", 1, False),
             Line(18, "Доля", 1, False)]
    got = claim_name(lines, 0, "", ["Облачная платформа"], 3)
    assert got is not None and got.dump_lines == 17
    assert got.letters <= SETTINGS.narrow_name_letters * got.dump_lines


def test_settings():
    assert SETTINGS.name_claim_breaks >= 2
    assert SETTINGS.narrow_name_letters == 4
