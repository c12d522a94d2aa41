"""Round 10, third wave: section 7 rules on small hand-made dumps."""

from __future__ import annotations

from dataclasses import replace

from tests.strategy_dumps import HEADER, SPACED, section7


def test_unit_word_after_a_wrapped_name_line_is_the_name_when_the_row_ends_with_the_page() -> None:
    # `5 рабочих ` carries the wrap mark, `дней` follows, then the values and a page
    # break; after it the next row's indicator (`Доля …`) opens: no break cut the row,
    # so `дней` is the name's rest, not a unit cell.
    recs = section7(f"""1.1
Проект Альфа
Министерство образования Энской области
Доля мер, назначенных в срок\u0020
5 рабочих\u0020
дней
0
0
95
2
{HEADER}
Доля граждан
процентов
1
2
3""", SPACED)
    assert recs[0].indicator_name == "Доля мер, назначенных в срок 5 рабочих дней"
    assert recs[0].unit == ""
    assert recs[1].indicator_name == "Доля граждан"


KBR = replace(SPACED, region_words={"кабардино", "балкарской", "республики"},
              region_last="республики")


def test_region_compound_first_part_goes_on_with_the_region_only() -> None:
    # The body's `Кабардино-` (a hyphen: no wrap mark) is cut by the page break after
    # the row's values; `Для ` opens the indicator, though no known first word:
    # `Балкарской Республики` comes after the break, the body's tail.
    recs = section7(f"""1.1
Перевод мер\u0020
социальной\u0020
поддержки
Министерство\u0020
труда и\u0020
социальной\u0020
защиты\u0020
Кабардино-
Для\u0020
получения\u0020
100\u0020
региональных и\u0020
50
80
100
2
{HEADER}
Балкарской\u0020
Республики
мер социальной поддержки""", KBR)
    assert recs[0].indicator_name == "Для получения 100 региональных и мер социальной поддержки"
    # (The body's tail goes on the body, its compound joined as the contract says.)
    assert recs[0].responsible_org == (
        "Министерство труда и социальной защиты Кабардино-Балкарской Республики")


def test_body_stopping_inside_the_region_name_takes_no_line_but_its_next_word() -> None:
    # `Балкарской ` carries the wrap mark, but the region's name goes on with
    # `Республики` only, which a page break put after the body's later rows; the
    # body's line filled (`муниципальных`, no mark) could go on, yet `Для получения
    # 100 ` (no known first word) opens the indicator.
    recs = section7(f"""1.1
Перевод мер социальной\u0020
поддержки
Министерство\u0020
труда и\u0020
социальной\u0020
защиты\u0020
Кабардино-
Балкарской\u0020
Для получения 100\u0020
региональных и муниципальных
мер поддержки
50
80
100
Доля сведений
25
50
95
2
{HEADER}
Республики
1.2
Проект Бета
Министерство финансов Кабардино-Балкарской Республики
Доля граждан
процентов
1
2
3""", KBR)
    assert [r.indicator_name for r in recs[:2]] == [
        "Для получения 100 региональных и муниципальных мер поддержки", "Доля сведений"]
    assert recs[0].responsible_org.endswith("Балкарской Республики")


def test_next_dotted_number_piece_ends_a_run_of_cut_values() -> None:
    # `0,795` and `0,811` cut in a narrow year column, then the next project's number
    # `1.2` wrapped in the № column (`1` / `.`) before its name: the sector's `1` is no
    # value's piece, and the pairs account for the rest.
    recs = section7("""1.1
Проект Альфа
Министерство Энской области
Объем строительства
млн
0,79
5
0,78
0,81
1
1
.
Проект Бета
Министерство Энской области
Доля граждан
процентов
10
20
30""")
    assert recs[0].values == ["0,795", "0,78", "0,811"]
