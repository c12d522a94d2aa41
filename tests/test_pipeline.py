"""The nightly job end to end through Dagster, dbt and the GX gate, on real documents."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.accuracy import GOLD
from tests.conftest import AMENDMENT, DOCUMENTS, REPO, STRATEGIES, Pipeline, cut_section_7


def test_corpus_builds_and_every_document_is_traceable(corpus_run) -> None:
    pipeline, result = corpus_run
    assert result.success
    tables = {r[0] for r in pipeline.query(
        "select table_name from information_schema.tables where table_schema = 'main'")}
    assert {"dim_region", "dim_project", "dim_indicator", "fct_indicator_target",
            "fct_program_funding", "mart_program_funding_by_year"} <= tables
    in_marts = {r[0] for r in pipeline.query(
        "select distinct source_file from fct_indicator_target union "
        "select distinct source_file from fct_program_funding")}
    assert in_marts == {p.name for p in DOCUMENTS}
    assert pipeline.layout.exports.joinpath("fct_program_funding.parquet").exists()
    assert pipeline.layout.dbt_docs.joinpath("index.html").exists()


def test_program_funding_per_year_equals_the_passport(corpus_run) -> None:
    pipeline, _ = corpus_run
    with (GOLD / "001_passport_funding.csv").open(encoding="utf-8") as fh:
        passport = {(r["source"], int(r["year"])): Decimal(r["amount_thousand_rub"])
                    for r in csv.DictReader(fh) if r["year"]}
    rows = pipeline.query(
        "select source, year, amount_thousand_rub from mart_program_funding_by_year "
        "where level = 'program' and is_current")
    table = {(s, y): Decimal(str(a)) for s, y, a in rows}
    assert table  # the program row exists for every printed year and source
    for key, amount in table.items():
        assert passport[key] == amount, key


def test_one_indicator_key_compares_regions(corpus_run) -> None:
    pipeline, _ = corpus_run
    shared = pipeline.query(
        "select indicator_key, count(distinct region_name) from mart_indicator_targets_by_region "
        "group by 1 having count(distinct region_name) > 1 order by 2 desc limit 1")
    assert shared, "no indicator is shared by two regions"
    key, n_regions = shared[0]
    regions = pipeline.query(
        "select distinct region_name from fct_indicator_target t "
        "join dim_region using (region_key) where indicator_key = ?", key)
    assert len(regions) == n_regions >= 2


def test_known_source_mismatch_is_a_warning_finding(corpus_run) -> None:
    pipeline, _ = corpus_run
    rows = pipeline.query(
        "select severity, object, year from mart_data_quality_findings "
        "where document = ? and \"check\" = 'total_equals_sum_of_sources'", AMENDMENT.name)
    assert ("warning", "1.6", 2020) in rows
    stored = pipeline.query(
        "select amount_thousand_rub from mart_program_funding_by_year "
        "where item_no = '1.6' and source = 'regional' and year = 2020")
    assert [Decimal(str(r[0])) for r in stored] == [Decimal("55864.4")]  # reported, not fixed


def test_bad_documents_are_quarantined_and_the_rest_published(pipeline: Pipeline) -> None:
    """Three ways a night goes wrong, one run: each bad file is held back, named, and
    served in its previous version; the good document is published."""
    cut, misread, good = STRATEGIES[0], AMENDMENT, STRATEGIES[-1]
    pipeline.add(cut, misread, good)
    first, _ = pipeline.run()
    assert first.success
    targets = "select count(*) from fct_indicator_target where source_file = ?"
    program_2019 = ("select amount_thousand_rub from fct_program_funding f "
                    "join dim_program_item using (program_item_key) "
                    "where level = 'program' and funding_source_key = 'total' and year = 2019")
    before = pipeline.query(targets, cut.name)[0][0]
    amount_before = pipeline.query(program_2019)
    assert before > 0 and len(amount_before) == 1

    docs = pipeline.layout.documents_dir
    cut_section_7(cut, docs / cut.name)  # the extractor refuses it
    text = misread.read_text("utf-8")  # extracts, but the GX gate blocks a negative amount
    (docs / misread.name).write_text(text.replace("\tВсего\t", "\tВсего\t-", 1), "utf-8")
    (docs / "scan.txt").write_text("не документ", "utf-8")  # not a document at all
    (docs / good.name).write_text(good.read_text("utf-8") + "\n", "utf-8")  # changed, still good
    second, _ = pipeline.run()

    assert not second.success
    failure = [e for e in second.all_events if e.event_type_value == "STEP_FAILURE"]
    assert [e.step_key for e in failure] == ["nightly_verdict"]  # after publication
    message = failure[0].event_specific_data.error.message
    for name in (cut.name, misread.name, "scan.txt", "funding_amount_not_negative"):
        assert name in message
    assert good.name not in message
    # Previous versions are still served; the good document is published anew.
    assert pipeline.query(targets, cut.name)[0][0] == before
    assert pipeline.query(program_2019) == amount_before
    status = dict(pipeline.query("select document, status from mart_document_status"))
    assert status == {cut.name: "quarantined", misread.name: "quarantined",
                      "scan.txt": "quarantined", good.name: "published"}
    served = dict(pipeline.query(
        "select document, serving_previous_version from mart_document_status"))
    assert served[cut.name] and served[misread.name] and not served[good.name]
    blocking = pipeline.query(
        "select document, \"check\" from mart_data_quality_findings where severity = 'blocking'")
    assert (misread.name, "funding_amount_not_negative") in blocking
    assert (cut.name, "extraction") in blocking


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
first = con.execute("select count(*) from fct_program_funding").fetchone()[0]
print("ready", first, flush=True)
queries = 0
while not sys.stdin.readline().startswith("stop"):
    assert con.execute("select count(*) from fct_program_funding").fetchone()[0] == first
    queries += 1
print("done", queries, flush=True)
"""


def test_reader_holding_the_warehouse_never_blocks_the_nightly_run(pipeline: Pipeline) -> None:
    """A BI tool in another process keeps the published file open during a full rebuild."""
    pipeline.add(AMENDMENT)
    assert pipeline.run()[0].success
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(pipeline.layout.warehouse_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert reader.stdout.readline().startswith("ready")
    try:
        reader.stdin.write("query\n")
        reader.stdin.flush()
        second, _ = pipeline.run()
        reader.stdin.write("query\nstop\n")
        reader.stdin.flush()
        out, _ = reader.communicate(timeout=60)
    finally:
        reader.kill()
    assert second.success
    assert reader.returncode == 0, out  # every query of the old file saw a whole warehouse
    assert out.startswith("done 2")
    # New connections see the new build.
    assert pipeline.query("select count(*) from fct_program_funding")[0][0] > 0


@pytest.mark.slow  # a whole nightly run of its own (~25 s)
def test_two_amendments_of_one_program_are_versioned(pipeline: Pipeline) -> None:
    later = Path(__file__).parent / "fixtures" / "amendments" / "kuzbass_2023_150.txt"
    pipeline.add(AMENDMENT)
    # A name with spaces, as users save files: its partition key differs from the name.
    spaced = pipeline.layout.documents_dir / "Постановление 150 от 20.03.2023.txt"
    spaced.write_bytes(later.read_bytes())
    result, keys = pipeline.run()
    assert result.success
    assert "Постановление_150_от_20.03.2023.txt" in keys
    rows = pipeline.query(
        "select act_date::varchar, amount_thousand_rub, valid_to::varchar, is_current "
        "from mart_program_funding_by_year "
        "where item_no = '1.1.1' and source = 'regional' and year = 2023 order by act_date")
    assert [(d, float(a), v, c) for d, a, v, c in rows] == [
        ("2022-09-16", 11300.0, "2023-03-20", False),
        ("2023-03-20", 12000.0, None, True),
    ]
    # One program across both acts; each current amount exactly once.
    assert pipeline.query("select count(*) from dim_program")[0][0] == 1
    dupes = pipeline.query(
        "select item_no, source, year, count(*) from mart_program_funding_by_year "
        "where is_current group by all having count(*) > 1")
    assert dupes == []


def test_run_command_prints_the_gate_summary_naming_the_bad_file(tmp_path: Path) -> None:
    """What `DOCUMENTS_DIR=<folder with a bad file> make run` prints (make adds only setup)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / AMENDMENT.name).write_bytes(AMENDMENT.read_bytes())
    (docs / "half_a_decree.txt").write_text(AMENDMENT.read_text("utf-8")[:3000], "utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "DOCUMENTS_DIR": str(docs), "DAGSTER_HOME": str(home),
           "WAREHOUSE_PATH": str(tmp_path / "wh" / "warehouse.duckdb")}
    done = subprocess.run([sys.executable, "-m", "orchestration.run_nightly"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    summary = done.stdout[done.stdout.index("== Strategy warehouse"):]
    assert "published:       1" in summary
    assert "quarantined:     1" in summary
    assert "half_a_decree.txt" in summary
    assert "findings by check:" in summary and "total_equals_sum_of_sources" in summary


def test_strategy_targets_match_the_gold_counts_and_sums(corpus_run) -> None:
    """Every hand-checked target cell of section 7 reaches fct_indicator_target, once."""
    pipeline, _ = corpus_run
    strategies = {p.name[:3]: p.name for p in STRATEGIES}
    golds = [g for g in sorted(GOLD.glob("*_indicators.csv")) if g.name[:3] in strategies]
    assert len(golds) == len(STRATEGIES)
    for gold in golds:
        source_file = strategies[gold.name[:3]]
        with gold.open(encoding="utf-8") as fh:
            cells = [r[f"value_{y}"] for r in csv.DictReader(fh) for y in (2022, 2023, 2024)
                     if r[f"value_{y}"].strip()]
        numbers = [Decimal(c.replace(",", ".")) for c in cells]
        count, total = pipeline.query(
            "select count(*), sum(target_value) from fct_indicator_target where source_file = ?",
            source_file)[0]
        assert count == len(cells), source_file
        assert abs(Decimal(str(total)) - sum(numbers)) < Decimal("0.001"), source_file


def test_program_funding_matches_the_gold_counts_and_sums(corpus_run) -> None:
    pipeline, _ = corpus_run
    with (GOLD / "001_funding.csv").open(encoding="utf-8") as fh:
        gold = [(r["source"], Decimal(r["amount_thousand_rub"])) for r in csv.DictReader(fh)]
    rows = pipeline.query(
        "select funding_source_key, count(*), sum(amount_thousand_rub) from fct_program_funding "
        "group by 1")
    by_source = {s: (n, Decimal(str(a))) for s, n, a in rows}
    for source in {s for s, _ in gold}:
        amounts = [a for s, a in gold if s == source]
        assert by_source[source] == (len(amounts), sum(amounts)), source
