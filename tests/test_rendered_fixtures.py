"""The rendered fixtures have the features they exist to test (not a reader's test).

Word structure from the committed .docx (repeated header rows, merges across and
down, rows free to break, a PAGE footer); page geometry from the committed PDFs
(rows cut by page breaks inside every text column of section 7); the expected rows
match the content they were rendered from.
"""

from __future__ import annotations

from functools import cache

import pytest
from docx import Document
from docx.oxml.ns import qn

from tests.render.breaks import broken_columns
from tests.render.content import expected_rows
from tests.render.layouts import LAYOUTS
from tests.render.matrix import TABLES, documents, read_expected, variants

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@cache
def section_7_table(layout: str, doc: str):
    """Section 7's table of a committed .docx (the one whose header names the indicator)."""
    document = Document(str(next(v.path for v in variants()
                                 if (v.layout, v.doc, v.fmt) == (layout, doc, "docx"))))
    return next(t for t in document.tables
                if any("Наименование показателя" in c.text for c in t.rows[0].cells))


@pytest.mark.parametrize("layout", [lay.name for lay in LAYOUTS])
def test_docx_tables_repeat_headers_merge_and_break(layout: str) -> None:
    tbl = section_7_table(layout, "004")._tbl
    rows = tbl.findall(f"{W}tr")
    header = [r for r in rows if r.find(f"{W}trPr/{W}tblHeader") is not None]
    assert header and rows[: len(header)] == header  # the top rows, repeated on every page
    assert not tbl.findall(f".//{W}cantSplit")  # every row may break across pages
    spans = [int(e.get(qn("w:val"))) for e in tbl.iter(f"{W}gridSpan")]
    assert max(spans) == len(tbl.findall(f"{W}tblGrid/{W}gridCol"))  # sector rows across
    assert tbl.findall(f".//{W}vMerge")  # project cells merged down


def test_docx_footer_prints_the_page_number() -> None:
    v = next(v for v in variants() if v.fmt == "docx")
    footer = Document(str(v.path)).sections[0].footer._element
    assert any(t.text.strip() == "PAGE" for t in footer.iter(f"{W}instrText"))


def test_layouts_vary_what_readers_must_not_rely_on() -> None:
    assert len(LAYOUTS) >= 8
    assert sum(not lay.page.landscape for lay in LAYOUTS) >= 3
    assert {lay.page.paper for lay in LAYOUTS} == {"A4", "A3", "Letter"}
    assert {lay.decimal for lay in LAYOUTS} == {",", "."}
    assert {lay.years_merged for lay in LAYOUTS} == {True, False}
    assert len({lay.body_header for lay in LAYOUTS}) == 3
    assert {lay.number_header for lay in LAYOUTS} == {"№ п/п", "№ пп", "№"}
    assert len({lay.font for lay in LAYOUTS}) >= 4


def test_page_breaks_cut_rows_inside_every_text_column() -> None:
    """Section 7's columns №, name, body, indicator, unit: each is cut by a page break
    in some row of some layout (value cells are one line and never cut)."""
    cut: set[int] = set()
    for lay in LAYOUTS:
        found = broken_columns(next(v.path for v in variants() if (v.layout, v.doc, v.fmt)
                                    == (lay.name, "000", "pdf")), 1 + lay.numbers_row)
        assert {1, 3} <= found, lay.name  # every layout cuts names and indicators
        cut |= found
    assert cut >= {0, 1, 2, 3, 4}


@pytest.mark.parametrize("doc", sorted(documents()))
def test_expected_rows_are_the_rendered_content(doc: str) -> None:
    lay = LAYOUTS[0]
    built = expected_rows(documents()[doc], lay.decimal)
    for table in TABLES:
        assert read_expected(lay.name, doc, table) == built[table]


def test_random_layouts_vary_every_knob_and_always_render() -> None:
    """Held-out layouts (`scripts/measure_unseen.py`) draw every setting; six year columns
    in 14 pt on narrow portrait paper still leave every section-7 column a width (the
    year columns' minimum was once taken from the indicator column alone, which went
    negative and python-docx refused the table)."""
    import random

    from tests.render.layouts import random_layout
    from tests.render.strategy import _widths7

    drawn = [random_layout(random.Random(seed), f"r{seed}") for seed in range(60)]
    assert random_layout(random.Random(3), "x") == random_layout(random.Random(3), "x")
    for knob in ("size_pt", "font", "number_header", "body_header", "years_merged",
                 "decimal", "razdel", "numbers_row", "widths7"):
        assert len({getattr(lay, knob) for lay in drawn}) > 1, knob
    assert {lay.page.landscape for lay in drawn} == {True, False}
    for lay in drawn:
        for years in (3, 6):
            assert min(_widths7(lay, years)) > 0, (lay, years)
