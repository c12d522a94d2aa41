"""The PDF reader on an amendment decree drawn from the gold of 001.

Приложение № 1 (funding) and № 2 (indicators) are ruled tables over many pages
with item cells merged (or left blank) over their source / indicator rows; the
passport's funding paragraph is a two-column table. Rows must come back as the gold has them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pdf import extract_pdf
from tests.accuracy import norm_number, norm_text, read_gold, score
from tests.pdf_fixtures import write_amendment, write_amendment_flowing

THRESHOLD = 1.0  # measured: every table 1.000 in both layouts


@pytest.fixture(scope="module", params=["drawn", "platypus"])
def amendment(request, tmp_path_factory) -> tuple[Path, dict]:
    """The decree in two layouts: drawn here (merged item cells, rows broken by page
    breaks) and by reportlab's own tables (whole rows, blank cells, wrapped numbers)."""
    path = tmp_path_factory.mktemp("pdf") / f"001_amendment_{request.param}.pdf"
    (write_amendment if request.param == "drawn" else write_amendment_flowing)(path)
    return path, extract_pdf(path)


def _check(s, what: str) -> None:
    assert s.recall >= THRESHOLD and s.precision >= THRESHOLD, f"{what}: {s.report()}"


def test_funding_rows_match_the_gold(amendment):
    _, out = amendment

    def key(r):
        return (r["item_no"], norm_text(r["item_name"]), r["level"], r["source"],
                str(r["year"]), norm_number(r["amount_thousand_rub"]))

    _check(score(map(key, read_gold("001_funding.csv")), map(key, out["program_funding"])),
           "program_funding")


def test_indicator_rows_match_the_gold(amendment):
    _, out = amendment
    gold = [(r["item_no"], norm_text(r["item_name"]), norm_text(r["indicator_name"]),
             norm_text(r["unit"]), r["year"], norm_number(r["value"]))
            for r in read_gold("001_indicators.csv")]
    got = [(r["item_no"], norm_text(r["item_name"]), norm_text(r["indicator_name"]),
            norm_text(r["unit"]), str(r["year"]), norm_number(r["value_raw"]))
           for r in out["program_indicators"]]
    _check(score(gold, got), "program_indicators")


def test_passport_figures_match_the_gold(amendment):
    _, out = amendment

    def key(r):
        return r["source"], str(r["year"] or ""), norm_number(r["amount_thousand_rub"])

    _check(score(map(key, read_gold("001_passport_funding.csv")),
                 map(key, out["program_passport_funding"])), "program_passport_funding")


def test_document_and_provenance(amendment):
    _, out = amendment
    (doc,) = out["documents"]
    assert (doc["act_date"], doc["act_number"]) == ("2022-09-16", "630")
    assert doc["program_name"] == "Информационное общество Кузбасса"
    assert (doc["period_start"], doc["period_end"]) == (2014, 2025)
    funding_pages = {r["source_page"] for r in out["program_funding"]}
    indicator_pages = {r["source_page"] for r in out["program_indicators"]}
    assert len(funding_pages) >= 3 and max(funding_pages) < min(indicator_pages)
    assert all(r["source_line"] is None for r in out["program_funding"])
    # The one empty cell of the funding table is reported, not guessed.
    assert any("empty" in f["message"] for f in out["findings"])
