"""The schedule asks for every document in one run; the sensor for new or changed files only."""

from __future__ import annotations

import dagster as dg

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


def test_sensor_runs_new_and_changed_files_only(pipeline: Pipeline) -> None:
    pipeline.add(AMENDMENT)
    context = _sensor_context(pipeline)
    first = list(new_documents_sensor(context))
    assert [r.partition_key for r in first] == [AMENDMENT.name]

    context = _sensor_context(pipeline, context.cursor)
    assert list(new_documents_sensor(context)) == []  # nothing changed

    pipeline.add(STRATEGIES[0])
    changed = pipeline.layout.documents_dir / AMENDMENT.name
    changed.write_text(changed.read_text("utf-8") + "\n", "utf-8")
    context = _sensor_context(pipeline, context.cursor)
    assert sorted(r.partition_key for r in new_documents_sensor(context)) == sorted(
        [AMENDMENT.name, STRATEGIES[0].name])


def test_removed_file_leaves_the_partitions(pipeline: Pipeline) -> None:
    pipeline.add(AMENDMENT, STRATEGIES[0])
    nightly_schedule(_schedule_context(pipeline))
    (pipeline.layout.documents_dir / STRATEGIES[0].name).unlink()
    nightly_schedule(_schedule_context(pipeline))
    assert pipeline.instance.get_dynamic_partitions(documents_partitions.name) == [AMENDMENT.name]
