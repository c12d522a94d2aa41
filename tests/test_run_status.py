"""What Dagster shows after a night with an unreadable file: the truth, per document."""

from __future__ import annotations

import dagster as dg
import pytest

from tests.conftest import AMENDMENT, Pipeline


def test_unreadable_file_is_a_failed_partition_and_a_failed_blocking_check(
        pipeline: Pipeline) -> None:
    pipeline.add(AMENDMENT)
    (pipeline.layout.documents_dir / "scan.txt").write_text("не документ", "utf-8")
    result, _ = pipeline.run()

    # Good documents published, then the run fails naming the bad file once.
    failures = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert [e.step_key for e in failures] == ["nightly_verdict"]
    message = failures[0].event_specific_data.error.message
    assert message.count("scan.txt") == 1
    assert pipeline.query("select count(*) from dim_document")[0][0] == 1

    # The unreadable file's partition was planned in the failed run, never materialized:
    # Dagster shows it as failed (red); the readable one as materialized.
    instance = pipeline.instance
    extracts = dg.AssetKey("document_extracts")
    assert instance.get_materialized_partitions(extracts) == {AMENDMENT.name}
    attempts = instance.event_log_storage.\
        get_latest_asset_partition_materialization_attempts_without_materializations(extracts)
    assert set(attempts) == {"scan.txt"}
    assert instance.get_run_by_id(attempts["scan.txt"][0]).status == dg.DagsterRunStatus.FAILURE

    # The blocking check failed as a warning (the others were still published), listing it.
    evaluations = [e.event_specific_data for e in result.all_events
                   if e.event_type_value == "ASSET_CHECK_EVALUATION"
                   and e.event_specific_data.check_name == "blocking_expectations"]
    assert len(evaluations) == 1
    check = evaluations[0]
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN
    assert "scan.txt" in check.metadata["quarantined"].value
    assert "scan.txt" in check.metadata["findings"].value  # the Markdown table


@pytest.mark.slow  # three whole nightly runs (~50 s)
def test_night_with_nothing_new_skips_the_build_and_publishes_nothing(
        pipeline: Pipeline) -> None:
    from orchestration.run_nightly import nothing_new

    pipeline.add(AMENDMENT)
    first, _ = pipeline.run()
    assert first.success and not nothing_new(first)
    published = pipeline.layout.warehouse_path.stat()

    second, _ = pipeline.run()
    assert second.success and nothing_new(second)
    skipped = {e.step_key for e in second.all_events if e.event_type_value == "STEP_SKIPPED"}
    assert {"raw_tables", "warehouse_models", "published_warehouse"} <= skipped
    again = pipeline.layout.warehouse_path.stat()
    assert (again.st_ino, again.st_mtime_ns) == (published.st_ino, published.st_mtime_ns)

    changed = pipeline.layout.documents_dir / AMENDMENT.name  # a new version: built again
    changed.write_text(changed.read_text("utf-8") + "\n", "utf-8")
    third, _ = pipeline.run()
    assert third.success and not nothing_new(third)
    assert pipeline.layout.warehouse_path.stat().st_ino != published.st_ino


def test_publication_alone_without_a_tested_build_is_refused(pipeline: Pipeline) -> None:
    """Materializing published_warehouse by itself (as the UI allows) publishes nothing
    untested: with no build awaiting publication it fails and says what to run."""
    from orchestration.assets.warehouse import published_warehouse
    from orchestration.resources import WarehouseLayout

    result = dg.materialize(
        [published_warehouse], instance=pipeline.instance, raise_on_error=False,
        resources={"warehouse": WarehouseLayout(
            documents_dir=str(pipeline.layout.documents_dir),
            warehouse_path=str(pipeline.layout.warehouse_path))})
    assert not result.success
    failure = next(e for e in result.all_events if e.event_type_value == "STEP_FAILURE")
    assert "nothing to publish" in failure.event_specific_data.error.message
    assert "materialize the dbt models first" in failure.event_specific_data.error.message
    assert not pipeline.layout.warehouse_path.exists()
