"""The schedule asks for every document in one run; the sensor for new or changed files only."""

from __future__ import annotations

import dagster as dg

from orchestration.partitions import RANGE_END, RANGE_START, documents_partitions
from orchestration.schedules import nightly_schedule
from orchestration.sensors import new_documents_sensor
from tests.conftest import AMENDMENT, STRATEGIES, Pipeline


def _point_env(pipeline: Pipeline) -> None:
    pipeline.monkeypatch.setenv("DOCUMENTS_DIR", str(pipeline.layout.documents_dir))
    pipeline.monkeypatch.setenv("WAREHOUSE_PATH", str(pipeline.layout.warehouse_path))


def test_schedule_requests_one_run_over_all_documents(pipeline: Pipeline) -> None:
    pipeline.add(AMENDMENT, *STRATEGIES)
    _point_env(pipeline)
    context = dg.build_schedule_context(instance=pipeline.instance)
    request = nightly_schedule(context)
    keys = pipeline.instance.get_dynamic_partitions(documents_partitions.name)
    assert sorted(keys) == sorted(p.name for p in [AMENDMENT, *STRATEGIES])
    assert request.tags[RANGE_START] == keys[0] and request.tags[RANGE_END] == keys[-1]


def test_schedule_skips_an_empty_folder(pipeline: Pipeline) -> None:
    _point_env(pipeline)
    result = nightly_schedule(dg.build_schedule_context(instance=pipeline.instance))
    assert isinstance(result, dg.SkipReason)


def test_sensor_runs_new_and_changed_files_only(pipeline: Pipeline) -> None:
    _point_env(pipeline)
    pipeline.add(AMENDMENT)
    context = dg.build_sensor_context(instance=pipeline.instance)
    first = list(new_documents_sensor(context))
    assert [r.partition_key for r in first] == [AMENDMENT.name]

    context = dg.build_sensor_context(instance=pipeline.instance, cursor=context.cursor)
    assert list(new_documents_sensor(context)) == []  # nothing changed

    pipeline.add(STRATEGIES[0])
    changed = pipeline.layout.documents_dir / AMENDMENT.name
    changed.write_text(changed.read_text("utf-8") + "\n", "utf-8")
    context = dg.build_sensor_context(instance=pipeline.instance, cursor=context.cursor)
    assert sorted(r.partition_key for r in new_documents_sensor(context)) == sorted(
        [AMENDMENT.name, STRATEGIES[0].name])


def test_removed_file_leaves_the_partitions(pipeline: Pipeline) -> None:
    _point_env(pipeline)
    pipeline.add(AMENDMENT, STRATEGIES[0])
    nightly_schedule(dg.build_schedule_context(instance=pipeline.instance))
    (pipeline.layout.documents_dir / STRATEGIES[0].name).unlink()
    nightly_schedule(dg.build_schedule_context(instance=pipeline.instance))
    assert pipeline.instance.get_dynamic_partitions(documents_partitions.name) == [AMENDMENT.name]
