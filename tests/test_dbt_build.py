"""What the nightly dbt build runs: a key's one `primary_key` test, and unit tests once per
version of the project (orchestration.dbt.build_args)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from orchestration import dbt
from store.layout import Layout


def _layout(tmp_path: Path) -> Layout:
    layout = Layout(documents_dir=tmp_path / "documents",
                    warehouse_path=tmp_path / "wh" / "warehouse.duckdb")
    layout.root.mkdir(parents=True)
    return layout


def test_unit_tests_run_until_they_passed_for_this_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = _layout(tmp_path)
    first = dbt.build_args(layout)
    assert first[0] == "build" and "--exclude-resource-type" not in first
    dbt._record_unit_tests_passed(layout, first)
    assert dbt.build_args(layout)[-2:] == ["--exclude-resource-type", "unit_test"]
    # A build without them does not vouch for them.
    dbt._unit_tests_state(layout).unlink()
    dbt._record_unit_tests_passed(layout, [*dbt.build_args(layout), "--exclude-resource-type"])
    assert not dbt._unit_tests_state(layout).exists()
    # A changed model, macro or test file: they run again.
    dbt._record_unit_tests_passed(layout, first)
    monkeypatch.setattr(dbt, "dbt_project_hash", lambda _: "another version of the project")
    assert "--exclude-resource-type" not in dbt.build_args(layout)


def test_the_first_build_ran_the_unit_tests_and_the_next_skips_them(corpus_run) -> None:
    pipeline, result = corpus_run
    assert result.success
    logs = [e.user_message for e in pipeline.instance.all_logs(result.run_id)
            if "Running dbt command: `" in e.user_message and " build " in e.user_message]
    assert len(logs) == 1 and "unit_test" not in logs[0]
    state = dbt._unit_tests_state(pipeline.layout)
    assert state.read_text("utf-8") == dbt.dbt_project_hash(dbt.DBT_PROJECT_DIR)
    assert "unit_test" in dbt.build_args(pipeline.layout)


def _dbt_test(build: Path, target: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [dbt.DBT_EXECUTABLE, "test", "--select", "dim_region,test_name:primary_key",
         "--vars", json.dumps({"warehouse_build_path": str(build)}), "--target-path",
         str(target), "--log-path", str(target), "--profiles-dir", "."],
        cwd=dbt.DBT_PROJECT_DIR, capture_output=True, text=True,
        env={**os.environ, "WAREHOUSE_PATH": str(build)}, check=False)


@pytest.mark.parametrize("corruption", [
    "INSERT INTO main.dim_region SELECT * FROM main.dim_region LIMIT 1",
    "UPDATE main.dim_region SET region_key = NULL WHERE region_key = "
    "(SELECT min(region_key) FROM main.dim_region)",
])
def test_primary_key_fails_on_a_repeated_or_missing_key(
        corpus_run, tmp_path: Path, corruption: str) -> None:
    pipeline, _ = corpus_run
    build = tmp_path / "warehouse.duckdb"
    shutil.copy2(pipeline.layout.warehouse_path, build)
    good = _dbt_test(build, tmp_path / "target")
    assert good.returncode == 0, good.stdout
    assert "primary_key_dim_region_region_key" in good.stdout and "PASS=1" in good.stdout
    with duckdb.connect(str(build)) as con:
        con.execute(corruption)
    bad = _dbt_test(build, tmp_path / "target")
    assert bad.returncode == 1 and "FAIL 1 primary_key_dim_region_region_key" in bad.stdout


def test_the_dbt_resource_starts_no_version_process_and_no_adapter(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """WarehouseDbtCli overrides two internals of dagster-dbt's resource: they must still
    exist there (else the override would silently stop saving seconds every night)."""
    from dagster_dbt import DbtCliResource
    from dagster_dbt.core import resource as dagster_dbt_resource

    assert hasattr(DbtCliResource, "_cli_version")
    assert hasattr(DbtCliResource, "_initialize_dbt_core_adapter")

    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"started a process: {args}")

    monkeypatch.setattr(dagster_dbt_resource, "check_output", no_subprocess)
    cli = dbt.WarehouseDbtCli(project_dir=dbt.warehouse_dbt_project(),
                              dbt_executable=dbt.DBT_EXECUTABLE)
    assert cli._cli_version.major == 1  # dbt-core 1.x, read from the installed package
    assert cli._initialize_dbt_core_adapter(["build"]) is None
