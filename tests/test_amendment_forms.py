"""Every form regions publish a decree in — .docx, PDF, a PDF's text dump — at every layout.

The decrees (`tests/render/decree.py`: the corpus decree's gold and two made-up
regions with other wording, sources and table shapes) were rendered by
`scripts/make_decree_fixtures.py`; each form must yield exactly the expected
funding and passport rows and the indicator rows. Scores are recorded with
`tests.accuracy.score`, so the run's accuracy section lists each one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extract import extract_file
from tests.accuracy import score
from tests.amendment_rows import (
    RENDERED,
    expected,
    funding_key,
    indicator_key,
    passport_key,
)

LAYOUTS = sorted(p.name for p in RENDERED.iterdir() if p.name not in ("expected", "converted"))
DOCS = ("001", "krai", "republic")
FORMS = ("docx", "pdf", "txt")
# Measured on these fixtures (see docs/amendments.md): every form reads them exactly.
FLOOR = {"funding": 1.0, "passport_funding": 1.0, "indicators": 0.99}


@cache
def extracted(path: Path):
    return extract_file(path)


def table_score(extraction, doc: str, table: str):
    if table == "funding":
        return score(map(funding_key, expected(doc, "funding")),
                     map(funding_key, extraction.rows("program_funding")))
    if table == "passport_funding":
        return score(map(passport_key, expected(doc, "passport_funding")),
                     map(passport_key, extraction.rows("program_passport_funding")))
    return score((indicator_key(r, "value") for r in expected(doc, "indicators")),
                 (indicator_key(r, "value_raw") for r in extraction.rows("program_indicators")))


@pytest.mark.parametrize("table", list(FLOOR))
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("doc", DOCS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_form_reads_the_decree(layout, doc, form, table):
    extraction = extracted(RENDERED / layout / f"{doc}.{form}")
    s = table_score(extraction, doc, table)
    assert min(s.recall, s.precision) >= FLOOR[table], s.report()
    (document,) = extraction.rows("documents")
    assert document["doc_type"] == "program_amendment"
    assert document["format"] == {"txt": "text"}.get(form, form)


def test_the_fixtures_cover_the_matrix():
    assert len(LAYOUTS) >= 2
    for layout in LAYOUTS:
        assert {p.name for p in (RENDERED / layout).iterdir()} == {
            f"{d}.{f}" for d in DOCS for f in FORMS}


@pytest.mark.parametrize("doc", ["krai", "republic"])
def test_documents_row_of_other_regions(doc):
    want = {
        "krai": ("Хабаровский край", "2024-03-14", "88-пр", "Цифровой край", (2014, 2030)),
        "republic": ("Республика Бурятия", "2025-03-12", "140",
                     "Развитие информационного общества", (2015, 2030)),
    }[doc]
    for layout in LAYOUTS:
        for form in FORMS:
            (d,) = extracted(RENDERED / layout / f"{doc}.{form}").rows("documents")
            got = (d["region"], d["act_date"], d["act_number"], d["program_name"],
                   (d["period_start"], d["period_end"]))
            assert got == want, (layout, form)


def test_new_sources_reach_the_contract_and_add_up():
    """Local and extra-budgetary rows are contract rows; «Всего» is the sum of all
    sources, so the made-up decrees (which add up by construction) have no finding."""
    for form in FORMS:
        extraction = extracted(RENDERED / LAYOUTS[0] / f"krai.{form}")
        assert {r["source"] for r in extraction.rows("program_funding")} == {
            "total", "regional", "federal", "local", "extrabudgetary"}
        assert {r["source"] for r in extraction.rows("program_passport_funding")} == {
            "total", "regional", "federal", "local", "extrabudgetary"}
        reconciliation = [f for f in extraction.rows("findings") if f["check"] in (
            "total_equals_sum_of_sources", "parent_equals_sum_of_children",
            "passport_equals_program_row")]
        assert reconciliation == [], (form, reconciliation[:3])


def test_corpus_decree_mismatches_found_in_every_form():
    """The printed 1.6 / 2020 mismatch of decree 001 is reported, not fixed, in each form."""
    for form in FORMS:
        findings = extracted(RENDERED / LAYOUTS[0] / f"001.{form}").rows("findings")
        assert any(f["check"] == "total_equals_sum_of_sources" and f["object"] == "1.6"
                   and f["year"] == 2020 for f in findings), form


def test_the_empty_cell_is_reported_in_every_form():
    for form in FORMS:
        findings = extracted(RENDERED / LAYOUTS[0] / f"001.{form}").rows("findings")
        assert any(f["check"] == "empty_cell" and f["object"] == "2.2" and f["year"] == 2025
                   for f in findings), form
