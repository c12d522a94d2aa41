"""A night at scale: unchanged documents are neither extracted nor validated again,
extraction runs in isolated worker processes, and the batched gate decides exactly as
Great Expectations does on each document alone."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import great_expectations as gx
import pandas as pd
import pytest

from expectations.gate import Gate
from expectations.suites import build_views, rules_for
from store.documents import gate_many, land_many
from store.layout import Layout, document_key
from store.tables import read_tables
from tests.conftest import AMENDMENT, STRATEGIES
from tests.failing_extractors import crash_hang_or_extract


def _layout(root: Path, *files: Path) -> Layout:
    docs = root / "documents"
    docs.mkdir(parents=True)
    for f in files:
        shutil.copy2(f, docs / f.name)
    return Layout(documents_dir=docs, warehouse_path=root / "wh" / "warehouse.duckdb")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_unchanged_documents_are_not_extracted_again(tmp_path: Path) -> None:
    small, other = STRATEGIES[-1], AMENDMENT
    layout = _layout(tmp_path, small, other)
    paths = list(layout.documents().values())
    first = land_many(layout, paths, workers=2)
    assert [r.reused for r in first] == [False, False] and not any(r.error for r in first)
    written = {p: (layout.landing / document_key(p) / "extraction.json").stat().st_mtime_ns
               for p in paths}

    second = land_many(layout, paths, workers=2)
    assert [r.reused for r in second] == [True, True]
    assert [(r.sha256, r.rows) for r in second] == [(r.sha256, r.rows) for r in first]
    assert {p: (layout.landing / document_key(p) / "extraction.json").stat().st_mtime_ns
            for p in paths} == written

    changed = layout.documents_dir / small.name
    changed.write_text(small.read_text("utf-8") + "\n", "utf-8")
    third = {r.source_file: r for r in land_many(layout, paths, workers=2)}
    assert not third[small.name].reused and third[other.name].reused
    assert third[small.name].sha256 != first[0].sha256


def test_a_reverted_document_is_taken_back_from_accepted(tmp_path: Path) -> None:
    small = STRATEGIES[-1]
    layout = _layout(tmp_path, small)
    path = layout.documents_dir / small.name
    original = land_many(layout, [path])[0]
    assert gate_many(layout, [original.key], Gate())[0].published
    path.write_text("не документ", "utf-8")
    assert land_many(layout, [path])[0].error
    shutil.copy2(small, path)
    again = land_many(layout, [path])[0]
    assert again.reused and again.error is None and again.sha256 == original.sha256
    assert read_tables(layout.landing / again.key)["strategy_indicators"].equals(
        read_tables(layout.accepted / again.key)["strategy_indicators"])


@pytest.mark.slow  # waits out a hanging worker's 30-second timeout
def test_a_crashing_or_hanging_document_is_quarantined_alone(tmp_path: Path) -> None:
    good = STRATEGIES[-1]
    layout = _layout(tmp_path, good)
    docs = layout.documents_dir
    for name in ("crash.txt", "hang.txt"):
        (docs / name).write_text("не важно", "utf-8")
    paths = [docs / "crash.txt", docs / good.name, docs / "hang.txt"]
    crashed, landed, hung = land_many(layout, paths, workers=2, timeout_s=30,
                                      extractor=crash_hang_or_extract)

    assert landed.error is None and landed.rows["strategy_indicators"] > 0
    assert crashed.error.startswith("crash.txt: extraction failed") and "died" in crashed.error
    assert hung.error.startswith("hang.txt: extraction failed") and "timed out" in hung.error
    assert not _alive(int((docs / "hang.pid").read_text()))  # the hung worker was terminated
    results = {r.source_file: r for r in gate_many(layout, [p.name for p in paths], Gate())}
    assert results[good.name].published
    assert results["crash.txt"].reason == crashed.error and not results["crash.txt"].published
    assert results["hang.txt"].blocking_failures == ["extraction"]


def _negative_amount(target: Path) -> Path:
    text = AMENDMENT.read_text("utf-8")
    target.write_text(text.replace("\tВсего\t", "\tВсего\t-", 1), "utf-8")
    return target


def _normalised(path: Path) -> str:
    return re.sub(r"(checked at: |\"checked_at\": \")[^\s\"]*", r"\1", path.read_text("utf-8"))


def test_gate_many_decides_as_gating_one_by_one(tmp_path: Path) -> None:
    """Same verdicts, findings, status and reports from one batch as from one document at
    a time, on the corpus plus a document the gate blocks and one nobody can read."""
    batch = _layout(tmp_path / "batch", *STRATEGIES, AMENDMENT)
    _negative_amount(batch.documents_dir / "negative.txt")
    (batch.documents_dir / "scan.txt").write_text("не документ", "utf-8")
    paths = list(batch.documents().values())
    land_many(batch, paths)
    alone = Layout(documents_dir=batch.documents_dir,
                   warehouse_path=tmp_path / "alone" / "wh" / "warehouse.duckdb")
    shutil.copytree(batch.landing, alone.landing)
    keys = [document_key(p) for p in paths]

    many = gate_many(batch, keys, Gate())
    one_by_one = [gate_many(alone, [key], Gate())[0] for key in keys]

    def comparable(r):
        return (r.key, r.published, r.reason, r.blocking_failures, r.warnings_by_check,
                r.duplicate_of, None if r.report is None else r.report.name)

    assert [comparable(r) for r in many] == [comparable(r) for r in one_by_one]
    assert [r.published for r in many].count(False) == 2
    for key in keys:
        pd.testing.assert_frame_equal(
            pd.read_parquet(batch.quality / "findings" / f"{key}.parquet"),
            pd.read_parquet(alone.quality / "findings" / f"{key}.parquet"))
        status = [json.loads(_normalised(lay.quality / "status" / f"{key}.json"))
                  for lay in (batch, alone)]
        for s in status:
            s.pop("first_seen_at")
            s["report"] = s["report"] and Path(s["report"]).name
        assert status[0] == status[1]
    for report in (batch.quality / "reports").iterdir():
        assert _normalised(report) == _normalised(alone.quality / "reports" / report.name)


def test_gate_many_reuses_the_verdicts_of_unchanged_documents(tmp_path: Path) -> None:
    layout = _layout(tmp_path, STRATEGIES[-1])
    bad = _negative_amount(layout.documents_dir / "negative.txt")
    paths = list(layout.documents().values())
    keys = [r.key for r in land_many(layout, paths)]
    first = gate_many(layout, keys, Gate())
    statuses = {k: (layout.quality / "status" / f"{k}.json").stat().st_mtime_ns for k in keys}

    land_many(layout, paths)
    again = gate_many(layout, keys, Gate())
    assert all(r.reused for r in again)
    assert [(r.published, r.reason, r.blocking_failures, r.warnings_by_check, r.report)
            for r in again] == [(r.published, r.reason, r.blocking_failures,
                                 r.warnings_by_check, r.report) for r in first]
    assert {k: (layout.quality / "status" / f"{k}.json").stat().st_mtime_ns
            for k in keys} == statuses

    bad.write_text(AMENDMENT.read_text("utf-8"), "utf-8")  # fixed: now a good document
    land_many(layout, paths)
    fixed = {r.source_file: r for r in gate_many(layout, keys, Gate())}
    assert not fixed["negative.txt"].reused and fixed["negative.txt"].published
    assert fixed[STRATEGIES[-1].name].reused


def _gx_alone(tables: dict[str, pd.DataFrame]) -> list[tuple]:
    """Every rule validated by GX on this document's own frame, one suite per view."""
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    source = context.data_sources.add_pandas("alone")
    views = build_views(tables)
    by_view: dict[str, list] = {}
    for rule in rules_for(tables["documents"]):
        by_view.setdefault(rule.view, []).append(rule)
    out = []
    for view, rules in by_view.items():
        batch = source.add_dataframe_asset(view).add_batch_definition_whole_dataframe("all")
        suite = context.suites.add(gx.ExpectationSuite(name=view))
        checks = {suite.add_expectation(r.expectation).id: r.check for r in rules}
        result = context.validation_definitions.add(
            gx.ValidationDefinition(name=view, data=batch, suite=suite)
        ).run(batch_parameters={"dataframe": views[view].reset_index(drop=True)},
              result_format="COMPLETE")
        for res in result.results:
            detail = res.result or {}
            out.append((checks[res.expectation_config.id], bool(res.success),
                        int(detail.get("unexpected_count") or 0), detail.get("observed_value"),
                        list(detail.get("unexpected_index_list") or [])))
    return out


def test_batched_outcomes_equal_gx_on_each_document_alone(tmp_path: Path) -> None:
    """The batch stacks documents' rows and judges table shapes on a profile; GX itself,
    on each document alone, must agree on every rule, row and observed value."""
    layout = _layout(tmp_path, *STRATEGIES, AMENDMENT)
    _negative_amount(layout.documents_dir / "negative.txt")
    documents = {r.source_file: read_tables(layout.landing / r.key)
                 for r in land_many(layout, list(layout.documents().values()))}
    broken = {k: v.copy() for k, v in documents[STRATEGIES[0].name].items()}
    broken["strategy_projects"] = broken["strategy_projects"].iloc[0:0]
    indicators = broken["strategy_indicators"]
    indicators.loc[indicators.index[0], "value"] = "abc"
    indicators.loc[indicators.index[1:3], "year"] = indicators.loc[indicators.index[0], "year"]
    indicators.loc[indicators.index[1:3], "source_line"] = 7
    broken["documents"] = pd.concat([broken["documents"]] * 2)
    documents["broken.txt"] = broken

    verdicts = Gate().check_many(documents)

    assert sum(not v.passed for v in verdicts.values()) == 2
    for name, tables in documents.items():
        batched = [(o.rule.check, o.success, o.unexpected_count, o.observed, o.unexpected_rows)
                   for o in verdicts[name].outcomes]
        assert batched == _gx_alone(tables), name



def test_workers_start_with_every_declared_module_whichever_pool_came_first() -> None:
    """Extraction's pool starts the worker server; the report's pool, later in the same run,
    still gets workers with its own module already imported (no seconds of imports each)."""
    import subprocess
    import sys

    script = (
        "import store.documents, report.render\n"
        "from store.isolation import map_isolated\n"
        "from tests.failing_extractors import modules_at_start\n"
        "names = ['store.documents', 'report.render', 'altair']\n"
        "for _ in range(2):  # the first pool starts the server, the second reuses it\n"
        "    print(map_isolated(modules_at_start, [names], workers=1, timeout_s=120))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent).stdout
    assert out.splitlines() == [str([["store.documents", "report.render", "altair"]])] * 2
