"""The schedule asks for every document in one run; the sensor for one run per tick that saw
new, changed or removed files; a removed file's document is withdrawn from the marts."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from orchestration.partitions import RANGE_END, RANGE_START, documents_partitions
from orchestration.resources import WarehouseLayout
from orchestration.schedules import nightly_schedule
from orchestration.sensors import new_documents_sensor
from tests.conftest import AMENDMENT, STRATEGIES, Pipeline


def _resources(pipeline: Pipeline) -> dict:
    return {"warehouse": WarehouseLayout(
        documents_dir=str(pipeline.layout.documents_dir),
        warehouse_path=str(pipeline.layout.warehouse_path))}


def _schedule_context(pipeline: Pipeline) -> dg.ScheduleEvaluationContext:
    return dg.build_schedule_context(instance=pipeline.instance, resources=_resources(pipeline))


def _sensor_context(pipeline: Pipeline, cursor: str | None = None) -> dg.SensorEvaluationContext:
    return dg.build_sensor_context(instance=pipeline.instance, cursor=cursor,
                                   resources=_resources(pipeline))


def test_schedule_requests_one_run_over_all_documents(pipeline: Pipeline) -> None:
    pipeline.add(AMENDMENT, *STRATEGIES)
    context = _schedule_context(pipeline)
    request = nightly_schedule(context)
    keys = pipeline.instance.get_dynamic_partitions(documents_partitions.name)
    assert sorted(keys) == sorted(p.name for p in [AMENDMENT, *STRATEGIES])
    assert request.tags[RANGE_START] == keys[0] and request.tags[RANGE_END] == keys[-1]


def test_schedule_skips_an_empty_folder(pipeline: Pipeline) -> None:
    result = nightly_schedule(_schedule_context(pipeline))
    assert isinstance(result, dg.SkipReason)


def _tick(pipeline: Pipeline, cursor: str | None) -> tuple[dg.RunRequest | dg.SkipReason, str]:
    context = _sensor_context(pipeline, cursor)
    return new_documents_sensor(context), context.cursor


def test_sensor_batches_every_change_of_a_tick_into_one_run(pipeline: Pipeline) -> None:
    pipeline.add(AMENDMENT, *STRATEGIES)
    extra = pipeline.layout.documents_dir / "Постановление 150.txt"
    extra.write_bytes((Path(__file__).parent / "fixtures" / "amendments" /
                       "kuzbass_2023_150.txt").read_bytes())
    first, cursor = _tick(pipeline, None)
    assert isinstance(first, dg.RunRequest)  # five new files, one run over all of them
    keys = pipeline.instance.get_dynamic_partitions(documents_partitions.name)
    assert len(keys) == 5
    assert (first.tags[RANGE_START], first.tags[RANGE_END]) == (keys[0], keys[-1])
    assert len(first.tags["documents/changed"].split(",")) == 5

    second, cursor = _tick(pipeline, cursor)
    assert isinstance(second, dg.SkipReason)  # nothing changed

    changed = pipeline.layout.documents_dir / AMENDMENT.name
    changed.write_text(changed.read_text("utf-8") + "\n", "utf-8")
    extra.unlink()
    third, cursor = _tick(pipeline, cursor)
    assert isinstance(third, dg.RunRequest)
    assert third.tags["documents/changed"] == AMENDMENT.name
    assert third.tags["documents/removed"] == "Постановление_150.txt"
    assert third.run_key != first.run_key
    assert "Постановление_150.txt" not in pipeline.instance.get_dynamic_partitions(
        documents_partitions.name)


@pytest.mark.slow  # two whole nightly runs (~50 s)
def test_removed_file_is_withdrawn_after_the_next_run(pipeline: Pipeline) -> None:
    kept, removed = AMENDMENT, STRATEGIES[0]
    pipeline.add(kept, removed)
    assert pipeline.run()[0].success
    in_marts = "select count(*) from fct_indicator_target where source_file = ?"
    assert pipeline.query(in_marts, removed.name)[0][0] > 0
    (pipeline.layout.documents_dir / removed.name).unlink()
    result, keys = pipeline.run()
    assert result.success and keys == [kept.name]
    assert pipeline.query(in_marts, removed.name)[0][0] == 0
    status = dict(pipeline.query("select document, status from mart_document_status"))
    assert status == {kept.name: "published", removed.name: "withdrawn"}


def test_removed_file_leaves_the_partitions(pipeline: Pipeline) -> None:
    pipeline.add(AMENDMENT, STRATEGIES[0])
    nightly_schedule(_schedule_context(pipeline))
    (pipeline.layout.documents_dir / STRATEGIES[0].name).unlink()
    nightly_schedule(_schedule_context(pipeline))
    assert pipeline.instance.get_dynamic_partitions(documents_partitions.name) == [AMENDMENT.name]
