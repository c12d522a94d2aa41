"""The Dagster code location loads with every asset, check, job, schedule and sensor.

The snapshot in tests/snapshots/definitions.txt lists them all: a change to the
graph shows up in review as a diff of that file (regenerate with
UPDATE_SNAPSHOTS=1 pytest tests/test_definitions.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import pytest

from orchestration.definitions import defs

SNAPSHOT = Path(__file__).parent / "snapshots" / "definitions.txt"


@pytest.fixture(autouse=True)
def live_instance(tmp_path: Path):
    """Resolving definitions reads Dagster's state storage, which an earlier test's closed
    instance may still hold; a live one keeps these tests independent of order."""
    with dg.instance_for_test(temp_dir=str(tmp_path)) as instance:
        yield instance


def _describe() -> str:
    graph = defs.resolve_asset_graph()
    lines = [f"asset {k.to_user_string()}" for k in sorted(graph.get_all_asset_keys())]
    lines += [f"check {c.asset_key.to_user_string()}:{c.name}"
              for c in sorted(graph.asset_check_keys)]
    lines += [f"job {j.name}" for j in defs.resolve_all_job_defs()
              if not j.name.startswith("__")]
    lines += [f"schedule {s.name} {s.cron_schedule} {s.execution_timezone}"
              for s in defs.schedules or []]
    lines += [f"sensor {s.name}" for s in defs.sensors or []]
    return "\n".join(lines) + "\n"


def test_definitions_match_snapshot() -> None:
    current = _describe()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(current, "utf-8")
    assert current == SNAPSHOT.read_text("utf-8")


def test_pipeline_shape() -> None:
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {"document_extracts", "quality_gate", "raw/strategy_indicators",
            "fct_indicator_target", "fct_program_funding", "dim_indicator",
            "published_warehouse", "nightly_verdict"} <= keys
    # The gate runs before the build reads raw tables, and publication after dbt.
    assert dg.AssetKey("quality_gate") in graph.get(dg.AssetKey(["raw", "documents"])).parent_keys
    assert graph.get(dg.AssetKey("document_extracts")).partitions_def is not None
    schedule = defs.resolve_schedule_def("nightly_schedule")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 3 * * *", "Europe/Moscow")
    assert defs.resolve_sensor_def("new_documents_sensor")
    job = defs.resolve_job_def("nightly_warehouse")
    assert job.asset_layer  # the job selects the whole asset graph


def test_work_dagster_could_split_is_one_step() -> None:
    """A backfill or a subset never separates what must happen together: dbt builds the
    whole project in one step, and every run executes in one process."""
    from orchestration.dbt import warehouse_models

    assert not warehouse_models.can_subset
    assert len(warehouse_models.keys) > 20  # every model and seed
    graph = defs.resolve_asset_graph()
    assert graph.get(dg.AssetKey("quality_gate")).parent_keys == {dg.AssetKey("landing")}
    job = defs.resolve_job_def("nightly_warehouse")
    assert job.executor_def is dg.in_process_executor
    assert defs.resolve_implicit_global_asset_job_def().executor_def is dg.in_process_executor


def test_blocking_check_is_blocking() -> None:
    graph = defs.resolve_asset_graph()
    spec = graph.get_check_spec(dg.AssetCheckKey(dg.AssetKey("quality_gate"),
                                                 "blocking_expectations"))
    assert spec.blocking


def test_loading_the_code_location_syncs_the_partitions(
        live_instance: dg.DagsterInstance, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `dagster dev` loads adds a partition per document before any sensor tick."""
    from orchestration.definitions import code_location
    from orchestration.partitions import documents_partitions

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b c.txt"):
        (docs / name).write_text("x", "utf-8")
    monkeypatch.setenv("DOCUMENTS_DIR", str(docs))
    monkeypatch.setattr(dg.DagsterInstance, "get", staticmethod(lambda: live_instance))
    loaded = code_location()
    assert loaded.resolve_job_def("nightly_warehouse")
    assert live_instance.get_dynamic_partitions(documents_partitions.name) == ["a.txt", "b_c.txt"]
