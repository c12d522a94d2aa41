"""Section 7, round 7m: a page break cuts only the cells taller than the page's room
(merged name and body cells are top-aligned beside the project's first rows), and a
comma LibreOffice could not fit beside a filled word prints on a line of its own
(hand-made dumps; a trailing space is the wrap mark)."""

from __future__ import annotations

from dataclasses import replace

from extract.strategy import cells
from tests.strategy_dumps import CTX, HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"
_NEXT = "1.2\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6"
# A body printed two lines short of its cut indicator, as the corpus prints one.
_CUT_BODY = ("1.1\nПроект Альфа\nМинистерство \nсвязи\nДоля \nуслуг \nв \nрегионе, \n"
             "процентов\n1\n2\n3\n" + _BRK2 + "Энской \nобласти\nоказанных онлайн\n" + _NEXT)


def test_break_after_the_projects_earlier_rows_cuts_only_the_rows_own_cells() -> None:
    # Name (1 line) and body (2 lines) ended beside the first row (3 lines): the
    # break in the second row cannot cut them, so `,` / `подключенных …` is the
    # indicator's tail, not the body's (`связи` has no wrap mark, yet the body does
    # not end with the region's name). Marked dump or not.
    body = ("1.1\nПроект Альфа\nМинистерство \nсвязи\nДоля \nзаписей \nв реестре\n"
            "процентов\n1\n2\n3\nСреднее \nвремя \nорганизаций\nпроцентов\n1\n2\n3\n"
            + _BRK2 + ", \nподключенн\nых к \nрегионально\nй системе\n" + _NEXT)
    for ctx in (SPACED, CTX):
        recs = section7(body, ctx)
        assert recs[1].indicator_name == (
            "Среднее время организаций, подключенных к региональной системе")
        assert recs[1].responsible_org == "Министерство связи"


def test_body_shorter_than_the_cut_indicator_is_not_cut() -> None:
    # The project's only row: the body printed 2 lines beside an indicator of 5
    # before the break, so it ended there; `м виде` completes the indicator's
    # `электронно`, not the body's `транспорта` (`транспортам` is a word too).
    recs = section7("1.1\nПроект Альфа\nМинистерство \nтранспорта\nДоля \nуслуг, \n"
                    "доступных \nв \nэлектронно\nпроцентов\n1\n2\n3\n" + _BRK2 + "м виде\n"
                    + _NEXT, SPACED)
    assert recs[0].indicator_name == "Доля услуг, доступных в электронном виде"
    assert recs[0].responsible_org == "Министерство транспорта"


def test_body_two_lines_shorter_than_the_room_may_still_be_cut() -> None:
    # The corpus prints a body cut two lines short of its indicator (widow and
    # keep-together control): 2 lines beside 4 is no proof the body ended there.
    recs = section7(_CUT_BODY, SPACED)
    assert recs[0].responsible_org == "Министерство связи Энской области"
    assert recs[0].indicator_name == "Доля услуг в регионе, оказанных онлайн"


def test_comma_alone_on_its_line_goes_back_on_its_word() -> None:
    # `организаций,` was wider than the column: the comma printed alone on the next
    # line (no space before it to wrap at).
    recs = section7("1.1\nПроект Альфа\nМинистерство связи\nДоля \nорганизаций\n, \n"
                    "подключенных к сети\nпроцентов\n1\n2\n3\n" + _NEXT, SPACED)
    assert recs[0].indicator_name == "Доля организаций, подключенных к сети"


def test_unit_rest_on_the_middle_page_of_a_row_cut_twice_is_the_units() -> None:
    # `проце` | break | the indicator's middle, then the unit's rest `нтов` (last in
    # column order on that page) | break | the indicator's last lines.
    brk3 = f"3\n{HEADER}\n"
    recs = section7("1.1\nПроект Альфа\nМинистерство связи\nДоля \nобучающихся \nпроце\n"
                    "1\n2\n3\n" + _BRK2 + "по программам \nобщего \nобразования, в \nнтов\n"
                    + brk3 + "общем \nчисле\n" + _NEXT, SPACED)
    assert recs[0].indicator_name == (
        "Доля обучающихся по программам общего образования, в общем числе")
    assert recs[0].unit == "процентов"


def test_merged_end_margin_setting(monkeypatch) -> None:
    """`settings.merged_end_margin`: with a margin of 2 the corpus-like body printed two
    lines short of its cut indicator would be taken for ended, and lose its tail."""
    assert section7(_CUT_BODY, SPACED)[0].responsible_org == "Министерство связи Энской области"
    monkeypatch.setattr(cells, "SETTINGS", replace(cells.SETTINGS, merged_end_margin=2))
    assert section7(_CUT_BODY, SPACED)[0].responsible_org == "Министерство связи"
