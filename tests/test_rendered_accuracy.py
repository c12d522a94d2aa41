"""Accuracy on the rendered strategies: every layout x document x format, known content.

The fixtures (tests/fixtures/rendered, written by `make fixtures`) are the template
laid out by LibreOffice at many page sizes, type sizes and column widths, as .docx,
.pdf and the PDF's text dump; each comes with the rows a reader must return. Every
variant's score must stay at or above its floor in tests/fixtures/rendered/floors.csv
(measured; raise them with `scripts/accuracy_table.py --write-floors`).

The default lane runs every .docx and .txt variant and the PDFs of the smallest
document in every layout; the other PDFs (~1,600 pages, minutes with pdfplumber) are
`slow` and run only when selected: `pytest -m slow tests/test_rendered_accuracy.py`.
"""

from __future__ import annotations

import pytest

from tests.accuracy import RENDERED
from tests.render.matrix import TABLES, Variant, variants
from tests.render.measure import SHORT, extraction, measure, read_floors

FAST_PDF_DOC = "s01"  # the smallest document: its PDF in every layout runs by default
FLOORS = read_floors()


def _param(v: Variant, table: str) -> pytest.param:
    slow = v.fmt == "pdf" and v.doc != FAST_PDF_DOC
    return pytest.param(v, table, id=f"{v.id}-{SHORT[table]}",
                        marks=[pytest.mark.slow] if slow else [])


CASES = [_param(v, t) for v in variants() for t in TABLES]


def test_fixtures_are_committed() -> None:
    """The matrix is not empty: ≥ 8 layouts (≥ 3 portrait), 3 formats, every document."""
    vs = variants()
    assert len({v.layout for v in vs}) >= 8
    assert {v.fmt for v in vs} == {"docx", "pdf", "txt"}
    assert all(v.path.exists() for v in vs), [v.path for v in vs if not v.path.exists()]
    missing = sorted({(v.fmt, v.layout, v.doc) for v in vs} - set(FLOORS))
    assert not missing, f"no floor for {missing[:5]}: scripts/accuracy_table.py --write-floors"


@pytest.mark.parametrize(("variant", "table"), CASES)
def test_rendered_accuracy(variant: Variant, table: str) -> None:
    accuracy, detail = measure(variant, table)
    entry = RENDERED.setdefault((variant.fmt, variant.layout, variant.doc), {})
    entry[SHORT[table]] = accuracy
    got = extraction(variant.path)
    if isinstance(got, str):
        entry["error"] = got
    floors = FLOORS.get((variant.fmt, variant.layout, variant.doc))
    if floors is None:
        pytest.fail(f"{variant.path}: no floor in floors.csv (measured {accuracy:.3f}); "
                    "run scripts/accuracy_table.py --write-floors")
    floor = floors[SHORT[table]]
    report = detail if isinstance(detail, str) else detail.report()
    assert accuracy >= floor - 1e-9, f"{variant.path}: {table} {accuracy:.3f} < floor " \
                                     f"{floor:.3f}\n{report}"


def test_an_indicator_printed_twice_in_a_row_is_two_rows() -> None:
    """Extracted rows are grouped by the printed row they come from (source_line); the
    expected rows, which have no source line, by years going up."""
    from tests.render.measure import indicator_keys

    def row(year, value, line=None):
        return {"project_name": "П", "indicator_name": "Доля", "year": year,
                "value_raw": value, "source_line": line}

    extracted = [row(2022, "1", 10), row(2023, "2", 10),
                 row(None, "3", 12), row(None, "4", 12)]  # 2nd: an empty year cell
    expected = [row(2022, "1"), row(2023, "2"), row(2023, "3")]
    assert [k[2] for k in indicator_keys(extracted, "value_raw")] == [("1", "2"), ("3", "4")]
    assert [k[2] for k in indicator_keys(expected, "value_raw")] == [("1", "2"), ("3",)]
