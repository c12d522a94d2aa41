"""The PDF reader's rules for a line break inside a word (a narrow column cut it) or
between words, on small hand-made cells.

A cell's raw text is its printed lines joined by `\\n`; the reader ends a line with a
space when the line's last glyph is a space (LibreOffice wraps there) and with a soft
hyphen (`FULL_LINE`) when the next line's first glyph would not have fitted.
"""

from __future__ import annotations

import pytest

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words, vocabulary
from extract.pdf.reader import FULL_LINE, Fragment, Page
from extract.strategy.grid import BodyRow, Table, cell_text
from extract.strategy.table_records import _Sector, indicators, projects

F = FULL_LINE


def _spaced(whole: set[str] = frozenset()) -> Vocabulary:
    """A document that prints a space at the end of every line wrapped at a space."""
    return Vocabulary(set(), set(whole), spaced=True)


def _plain() -> Vocabulary:
    return Vocabulary(set(), set())


def _read(raw: str, words: Vocabulary) -> str:
    return cell_text(rejoin_broken_words(raw, words))


def test_a_trailing_space_ends_a_word_even_where_the_dictionary_would_glue():
    """`автоматизированно ` / `е` was printed with a space: the source has two tokens."""
    raw = f"автоматиз{F}\nированно \nе рабочее"
    assert _read(raw, _spaced()) == "автоматизированно е рабочее"
    assert _read(raw, _plain()) == "автоматизированно е рабочее"
    # without the space the same break is a cut
    assert _read(f"автоматиз{F}\nированно{F}\nе рабочее", _plain()) == (
        "автоматизированное рабочее")


@pytest.mark.parametrize("raw,expected", [
    # both parts are words, but the document prints no space there: one word cut
    (f"законодательств{F}\nом", "законодательством"),
    (f"удовлетворенно{F}\nсти качеством", "удовлетворенности качеством"),
    # the left part is no word the dictionary or the document knows: a cut
    (f"даннымиР{F}\nСУД»", "даннымиРСУД»"),
    # a line filled by a whole word (its space dropped): two words stay two
    (f"срока{F}\nпростоя", "срока простоя"),
])
def test_a_full_line_without_its_space_is_a_cut_unless_a_word_filled_it(raw, expected):
    assert _read(raw, _spaced()) == expected


def test_without_the_space_mark_two_words_stay_apart():
    """A document that prints no line-end spaces: `законодательств` / `ом` may be two
    words (the dictionary knows both), so the rule keeps them apart as before."""
    assert _read(f"законодательств{F}\nом", _plain()) == "законодательств ом"
    assert _read(f"даннымиР{F}\nСУД»", _plain()) == "даннымиР СУД»"


def test_a_word_the_document_prints_whole_filled_its_line():
    """`проактивному` is unknown to the dictionary, but printed whole elsewhere: the line
    it fills was wrapped, not cut. Round 9b: so it is without that evidence, an
    adjective form before a sure word of 4+ letters that glues into no adjective form
    (tests/test_pdf_r9b.py)."""
    raw = f"проактивному{F}\nуправлению"
    assert _read(raw, _spaced({"проактивному"})) == "проактивному управлению"
    assert _read(raw, _spaced()) == "проактивному управлению"


@pytest.mark.parametrize("raw,expected", [
    (f"до\n01.07.{F}\n2023", "до 01.07.2023"),
    (f"до\n01.07.2{F}\n023", "до 01.07.2023"),
])
def test_a_date_cut_by_the_column(raw, expected):
    assert _read(raw, _plain()) == expected
    assert _read(raw, _spaced()) == expected


def test_numbers_are_glued_only_as_dates_without_the_space_mark():
    assert _read(f"до\n2023{F}\n2024 гг.", _plain()) == "до 2023 2024 гг."
    assert _read(f"до\n2023{F}\n2024 гг.", _spaced()) == "до 20232024 гг."


def test_the_document_prints_line_end_spaces():
    """Most lines inside cells end with a space: the mark is on; none: it is off."""
    def page(cells: list[str]) -> list[Page]:
        frag = Fragment(page=1, bbox=(0, 0, 100, 100), columns=[0, 50],
                        rows=[[c, "x"] for c in cells])
        return [Page(number=1, items=[frag])]

    on = vocabulary(page(["Министерство \nцифрового \nразвития", f"Создание{F}\nцентра"]))
    off = vocabulary(page(["Министерство\nцифрового\nразвития", f"Создание{F}\nцентра"]))
    assert on.spaced and not off.spaced
    # a word between two wrapped lines, or first in its cell, is printed whole
    assert {"министерство", "цифрового"} <= on.whole
    assert "цифрового" not in off.whole


def test_the_last_piece_keeps_its_space():
    """A glued word whose last piece ended with a space still ends there."""
    out = rejoin_broken_words(f"Министерств{F}\nо \nцифрового", _spaced())
    assert out.split("\n") == ["Министерство ", "цифрового"]


def _project_rows(number_above: str, number_below: str) -> list[BodyRow]:
    return [BodyRow(["5.9", "Проект А", "Цель", "2024"], 1, index=1),
            BodyRow([number_above, "Единая", "Повышение", "До"], 1, index=2),
            BodyRow([number_below, "система", "качества", "2024 года"], 2, cont=True,
                    index=3)]


def test_a_row_number_cut_inside_a_part():
    """`5.1` on a full line at a page's foot and `1` at the next page's head: item 5.11."""
    header = [["№ п/п", "Наименование проекта", "Цель проекта", "Срок реализации"]]
    rows = _project_rows(f"5.1{F}", "1")
    got, findings = projects(Table(page=1, position=0, header=header, rows=rows), rows,
                             _Sector("5", "Госуправление"))
    assert [(p.project_no, p.project_name, p.term) for p in got] == [
        ("5.9", "Проект А", "2024"), ("5.11", "Единая система", "До 2024 года")]
    assert findings == []


def test_a_whole_row_number_is_not_continued():
    """`5.1` not filling its line is a whole number; the row below is a row of its own
    (a plain `1` is no continuation)."""
    header = [["№ п/п", "Наименование проекта", "Цель проекта", "Срок реализации"]]
    rows = _project_rows("5.1", "1")
    got, _ = projects(Table(page=1, position=0, header=header, rows=rows), rows,
                      _Sector("5", "Госуправление"))
    assert [p.project_no for p in got] == ["5.9", "5.1", "1"]


def test_an_indicator_row_cut_with_its_number():
    header = [["№", "Наименование проекта", "Ответственный исполнитель",
               "Наименование показателя", "Единица измерения", "2022", "2023", "2024"]]
    rows = [BodyRow([f"5.\n1{F}", "Цифровой\nпрофиль", "Министерство ",
                     f"Уровень\nудовлетворенно{F}", "баллов", "3,9", "4", "4,4"], 1, index=1),
            BodyRow([f"1{F}", "заявителя", "цифрового\nразвития", "сти качеством", "",
                     "", "", ""], 2, cont=True, index=2)]
    table = Table(page=1, position=0, header=header, rows=rows,
                  clean=lambda raw: rejoin_broken_words(raw, _spaced()))
    got, findings = indicators(table, rows, _Sector("5", "Госуправление"))
    assert [(r.project_no, r.project_name, r.responsible_org, r.indicator_name)
            for r in got] == [("5.11", "Цифровой профиль заявителя",
                               "Министерство цифрового развития",
                               "Уровень удовлетворенности качеством")]
    assert findings == []


def test_the_reader_keeps_a_line_end_space(tmp_path):
    """A line whose last glyph is a space keeps one trailing space; a line cut inside a
    word (no space, its column full) is marked FULL_LINE instead."""
    from reportlab.pdfgen import canvas

    from extract.pdf.reader import read_pdf
    from tests.pdf_fixtures import FONT, register_fonts

    register_fonts()
    path = tmp_path / "spaces.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    xs, ys = [50, 150, 250], [250, 200]
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    c.setFont(FONT, 9)
    # the second column is as narrow as its first line: the word goes on below
    width = c.stringWidth("Министерств", FONT, 9)
    c.line(xs[1] + 6 + width, ys[0], xs[1] + 6 + width, ys[-1])
    for k, lines in enumerate((["Министерство ", "цифрового"], ["Министерств", "о"])):
        for n, line in enumerate(lines):
            c.drawString(xs[k] + 3, ys[0] - 11 - 12 * n, line)
    c.save()
    (fragment,) = [it for p in read_pdf(path) for it in p.items if not hasattr(it, "text")]
    assert fragment.rows[0][0] == "Министерство \nцифрового"
    assert fragment.rows[0][1] == f"Министерств{F}\nо"
