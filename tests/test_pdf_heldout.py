"""Rules of the PDF strategy reader found on held-out layouts (random paper, fonts and
column widths), each on a small hand-made input.

A cell's raw text is its printed lines joined by `\\n`; the reader ends a line with a
space when its last glyph is a space (LibreOffice wraps there) and with a soft hyphen
(`FULL_LINE`) when the next line's first glyph would not have fitted.
"""

from __future__ import annotations

from extract.pdf.cut_words import Vocabulary, rejoin_broken_words
from extract.pdf.reader import (
    FULL_LINE,
    _anchor,
    _cell_text,
    _widest_letters,
)
from extract.pdf.settings import DEFAULT as SETTINGS
from extract.strategy.grid import BodyRow, Table, cell_text
from extract.strategy.table_records import _Sector, projects, table_kind

F = FULL_LINE


def _spaced(printed: set[str] = frozenset(), whole: set[str] = frozenset()) -> Vocabulary:
    """A document that prints a space at the end of every line wrapped at a space."""
    return Vocabulary(set(printed), set(whole), spaced=True)


def _read(raw: str, words: Vocabulary) -> str:
    return cell_text(rejoin_broken_words(raw, words))


# -- rows cut by a page break -------------------------------------------------------

def test_a_row_number_cut_before_its_dot():
    """A № column one digit wide prints `1.2` as `1` / `.` / `2`; a page break after the
    `1` leaves `.2` to the next page: the rest of item 1.2, since no № starts with a dot."""
    header = [["№ п/п", "Наименование проекта", "Цель проекта", "Срок реализации"]]
    rows = [BodyRow(["1.1", "Проект А", "Цель", "2024"], 1, index=1),
            BodyRow([f"1{F}", f"Цифровое{F}", "Повышение ", "До "], 1, index=2),
            BodyRow([f".{F}\n2{F}", "портфолио", "качества", "2030 года"], 2, cont=True,
                    index=3)]
    got, findings = projects(Table(page=1, position=0, header=header, rows=rows), rows,
                             _Sector("1", "Образование"))
    assert [(p.project_no, p.project_name, p.term) for p in got] == [
        ("1.1", "Проект А", "2024"), ("1.2", "Цифровое портфолио", "До 2030 года")]
    assert findings == []


# -- which section a table is ---------------------------------------------------------

def test_section_7_whose_indicator_column_prints_no_title():
    """Column widths that overflow the page make LibreOffice squeeze a column to a few
    points; its title and text are not printed. Year columns with the project and its
    responsible body still make the table section 7."""
    header = [["№", "Наименование проекта", "Ответственный РОИВ", "", "Единица измерения",
               "2022", "2023", "2024"]]
    assert table_kind(Table(page=1, position=0, header=header)) == 7
    # years alone (a funding table) are not enough
    funding = [["№", "Источник", "2022", "2023", "2024"]]
    assert table_kind(Table(page=1, position=0, header=funding)) is None


# -- words a narrow column cut ----------------------------------------------------------

def test_a_capital_after_an_unwrapped_line_goes_on_a_word_printed_glued():
    """`данными` fills its line without the wrap mark and `РСУД` follows: the document
    prints `даннымиРСУД` elsewhere, so the break fell inside that word."""
    words = _spaced(printed={"даннымирсуд", "данными", "рсуд"}, whole={"данными"})
    assert _read(f"управления \nданными{F}\nРСУД", words) == "управления даннымиРСУД"
    # a line wrapped at a space ends a word whatever the document prints
    assert _read("управления \nданными \nРСУД", words) == "управления данными РСУД"


def test_a_word_with_a_known_prefix_filled_its_line():
    """`телемедицинских` is no dictionary word, but a known prefix on one: a whole word
    that filled its line before the word `технологий`, not a cut."""
    assert _read(f"в том числе \nтелемедицинских{F}\nтехнологий, ", _spaced()) == \
        "в том числе телемедицинских технологий,"


def test_a_word_the_source_hyphenated_by_hand_filled_its_line():
    """`информа-ционной`: its part after the hyphen is no word, the whole is one."""
    assert _read(f"Создание \nинформа-ционной{F}\nсистемы «Единый", _spaced()) == \
        "Создание информа-ционной системы «Единый"


def test_a_word_cut_into_five_pieces():
    """A column three letters wide: `рас` / `смо` / `тре` / `нны` / `х с`."""
    raw = f"обр{F}\nаще{F}\nний,{F}\nрас{F}\nсмо{F}\nтре{F}\nнны{F}\nх с \nисп{F}"
    assert _read(raw, _spaced()).startswith("обращений, рассмотренных с")


def test_one_letter_after_an_unwrapped_line_ends_a_word_printed_glued():
    """`проактивном` (also a word of its own) fills its line without the wrap mark and
    `у` follows: `проактивному` is printed elsewhere, so the letter ends that word."""
    words = _spaced(printed={"проактивному", "проактивном", "у"},
                    whole={"проактивном", "проактивному", "у"})
    assert _read(f"Переход к \nпроактивном{F}\nу \nуправлению", words) == \
        "Переход к проактивному управлению"


def test_a_capital_first_letter_alone_on_its_line():
    """A column about one glyph wide cuts `До` after its capital: `Д` / `о 2030`."""
    assert _read(f"Д{F}\nо \n2030 \nгода", _spaced()) == "До 2030 года"
    # a capital letter that is a word of its own stays apart from the next word
    assert _read(f"В{F}\nрамках", _spaced()) == "В рамках"


def test_a_line_of_several_words_ends_with_a_whole_word():
    """A word is cut only when it does not fit an empty line: `проверки которой создан`
    ends with a whole word even though `создани` (a cut part) is printed elsewhere."""
    words = _spaced(printed={"создани", "создан", "и"}, whole={"и"})
    assert _read(f"проверки которой создан{F}\nи используется", words) == \
        "проверки которой создан и используется"


# -- the reader's full-line mark --------------------------------------------------------

def _char(text: str, x0: float, width: float, top: float = 100.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10,
            "fontname": "F", "size": 10.0, "upright": True, "doctop": top,
            "width": width, "height": 10}


def test_the_last_line_is_measured_with_the_pages_widest_letter():
    """A cell's last line (the cell may go on after a page break) is full when a letter
    of its case as wide as the page's widest would not fit: the unseen letter may be
    `щ` though the cell prints only narrow ones."""
    box = (0.0, 90.0, 50.0, 120.0)  # left padding 5, so text may reach x = 45
    cell = [_char(c, 5 + 5 * k, 5.0) for k, c in enumerate("ресурсо")]  # ends at x = 40
    page = [*cell, _char("щ", 200, 8.0, top=300)]
    assert _cell_text(cell, box, SETTINGS) == "ресурсо"
    assert _cell_text(cell, box, SETTINGS, _widest_letters(page)) == f"ресурсо{F}"


def test_a_glyph_wider_than_its_column_stays_in_its_cell():
    """A `№` column narrower than the glyph: LibreOffice starts it at the cell's padding
    and it runs over the border, its centre in the next column. It is placed where it
    starts."""
    numero = _char("№", 76.1, 13.0)  # the column's border is at x = 81.3
    x, _ = _anchor(numero)
    assert 76.1 <= x < 81.3
    # a glyph well inside its cell is placed by its centre, as before
    assert _anchor(_char("о", 100.0, 1.0))[0] == 100.5


def test_a_compound_first_part_cut_by_the_column():
    """`жил` / `ищно-коммунального`: `жилищно` is printed as a compound's part."""
    words = Vocabulary({"жилищно-коммунального", "жилищно", "коммунального", "жил"},
                       set(), spaced=True)
    assert _read(f"кабинет \nжил{F}\nищно-\nкоммунального", words) == \
        "кабинет жилищно-коммунального"
    # the reader's vocabulary holds the parts of the compounds it prints
    from extract.pdf.cut_words import vocabulary
    from extract.pdf.reader import Page, TextLine
    seen = vocabulary([Page(1, [TextLine("услуги жилищно-коммунального хозяйства", 1, 0)])])
    assert "жилищно" in seen.printed


def test_a_compound_first_part_cut_twice():
    """A column three letters wide: `жил` / `ищн` / `о-` ends at the compound's hyphen."""
    assert _read(f"жил{F}\nищн{F}\nо-\nком{F}", _spaced()).startswith("жилищно-")
