"""The dbt project as Dagster assets: every model an asset, every dbt test a check."""

import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration.resources import WarehouseLayout
from store.warehouse import copy_dbt_docs

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# `dagster dev` re-parses on every load; elsewhere (make run, tests) parse once if needed.
dbt_project.prepare_if_dev()
if not dbt_project.manifest_path.exists():
    dbt_project.preparer.prepare(dbt_project)


class WarehouseTranslator(DagsterDbtTranslator):
    """Models keyed by their name alone (BI users know `fct_program_funding`, not its schema),
    grouped by layer (staging / intermediate / marts) so the UI graph reads left to right."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] in ("model", "seed"):
            return dg.AssetKey(dbt_resource_props["name"])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "marts"


@contextmanager
def _dbt_target(path: Path) -> Iterator[None]:
    """Point dbt (profiles.yml reads DBT_DUCKDB_PATH) at the side file being built."""
    previous = os.environ.get("DBT_DUCKDB_PATH")
    os.environ["DBT_DUCKDB_PATH"] = str(path)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("DBT_DUCKDB_PATH", None)
        else:
            os.environ["DBT_DUCKDB_PATH"] = previous


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=WarehouseTranslator(),
)
def warehouse_models(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseLayout
):
    """`dbt build` into the side file that publication swaps in, then `dbt docs generate`.

    A failing model or dbt test fails this step, so nothing downstream publishes
    and readers keep the last good warehouse.
    """
    layout = warehouse.layout()
    with _dbt_target(layout.build_path):
        build = dbt.cli(["build"], context=context)
        yield from build.stream()
        docs = dbt.cli(["docs", "generate"], manifest=dbt_project.manifest_path)
        docs.wait()
    copy_dbt_docs(Path(docs.target_path), layout)
    # Each invocation writes its own target/<id>/ folder; a nightly job must not pile them up.
    for invocation in (build, docs):
        shutil.rmtree(invocation.target_path, ignore_errors=True)
