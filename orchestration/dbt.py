"""The dbt project as Dagster assets: every model an asset, every dbt test a check.

Nothing is parsed when the code location loads: the manifest comes from `make setup`
(`dbt parse`), read once through a cached DbtProject factory. The dbt step builds into
a file of its own that starts as a copy of the complete raw layer, so it does not depend
on which other steps share its run; dbt learns that file's path from `--vars`, and keeps
a stable target folder beside the warehouse so partial parsing survives between runs.
"""

import functools
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from dbt import version as dbt_version
from packaging import version

from orchestration.resources import WarehouseLayout
from store.build_state import build_lock, dbt_project_hash, newest_source_mtime, start_build
from store.layout import Layout
from store.warehouse import copy_dbt_docs

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"
# The dbt beside this interpreter: the venv's, whether or not it is on PATH.
DBT_EXECUTABLE = str(Path(sys.executable).parent / "dbt")


@functools.cache
def warehouse_dbt_project() -> DbtProject:
    """The dbt project, built once per process.

    `make setup` parses it ahead of time. Loading parses again only when the manifest is
    missing or older than one of the project's sources, so the asset graph never
    describes models dbt would not build.
    """
    project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
    manifest = project.manifest_path
    if not manifest.exists() or manifest.stat().st_mtime < newest_source_mtime(DBT_PROJECT_DIR):
        subprocess.run([DBT_EXECUTABLE, "parse", "--quiet", "--profiles-dir", "."],
                       cwd=DBT_PROJECT_DIR, check=True)
    return project


class WarehouseDbtCli(DbtCliResource):
    """dagster-dbt's dbt CLI, without the dbt-core adapter it opens in this process.

    Before each command the stock resource runs `dbt --version` in a subprocess and starts a
    dbt-core adapter here, for `fetch_row_counts()` / `fetch_column_metadata()`: these
    cannot open a DuckDB file while dbt writes it, and this project reads row counts and
    column types after dbt ends (`_table_metadata`). Both cost about three seconds of every
    night's build. The version is the installed dbt-core's, which `dbt` on this
    interpreter runs (DBT_EXECUTABLE).
    """

    @property
    def _cli_version(self) -> version.Version:
        return version.parse(dbt_version.__version__)

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


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


def dbt_target_path(layout: Layout) -> Path:
    """dbt's target folder for this warehouse: stable, so partial_parse.msgpack is reused."""
    return layout.root / "dbt_target"


def dbt_vars(layout: Layout) -> str:
    """The build file dbt writes (profiles.yml reads `warehouse_build_path`)."""
    return json.dumps({"warehouse_build_path": str(layout.build_path)})


def _schema_hash(database: Path) -> str:
    with duckdb.connect(str(database), read_only=True) as con:
        rows = con.execute(
            "SELECT table_schema, table_name, column_name, data_type "
            "FROM information_schema.columns ORDER BY ALL").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _docs_state(layout: Layout) -> Path:
    return layout.dbt_docs.with_name("dbt_docs.state.json")


def _generate_docs_if_changed(dbt: DbtCliResource, layout: Layout, log) -> None:
    """`dbt docs generate --static` only when the project or the warehouse schema changed:
    the page describes both and nothing else, and generating it costs a parse and a catalog."""
    state = {"project": dbt_project_hash(DBT_PROJECT_DIR),
             "schema": _schema_hash(layout.build_path)}
    stored = _docs_state(layout)
    if (layout.dbt_docs / "index.html").exists() and stored.exists() and \
            json.loads(stored.read_text("utf-8")) == state:
        log.info("dbt docs unchanged (same project and schema): not regenerated")
        return
    target = dbt_target_path(layout)
    dbt.cli(["docs", "generate", "--static", "--vars", dbt_vars(layout)],
            manifest=warehouse_dbt_project().manifest_path, target_path=target).wait()
    copy_dbt_docs(target, layout)
    stored.write_text(json.dumps(state), "utf-8")


def _unit_tests_state(layout: Layout) -> Path:
    return layout.root / "dbt_unit_tests.passed"


def build_args(layout: Layout) -> list[str]:
    """`dbt build` into the build file; its unit tests only when the project changed.

    A unit test checks a model's SQL on fixed rows, not the night's data: once it passed
    for this version of the project it passes again, and each is a node the build pays
    for. The data tests run on every build.
    """
    args = ["build", "--vars", dbt_vars(layout), "--threads", str(os.cpu_count() or 1)]
    state = _unit_tests_state(layout)
    if state.exists() and state.read_text("utf-8") == dbt_project_hash(DBT_PROJECT_DIR):
        args += ["--exclude-resource-type", "unit_test"]
    return args


def _record_unit_tests_passed(layout: Layout, args: list[str]) -> None:
    if "--exclude-resource-type" not in args:
        _unit_tests_state(layout).write_text(dbt_project_hash(DBT_PROJECT_DIR), "utf-8")


def _table_metadata(database: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Column types of every relation, and row counts of tables, in one read of the build.

    Read after dbt ends: dagster-dbt's fetch_row_counts()/fetch_column_metadata() query
    through a second connection while dbt still holds DuckDB's single-writer lock.
    """
    with duckdb.connect(str(database), read_only=True) as con:
        columns = con.execute(
            "SELECT table_schema, table_name, column_name, data_type, table_type "
            "FROM information_schema.columns JOIN information_schema.tables "
            "USING (table_schema, table_name) ORDER BY table_schema, table_name, "
            "ordinal_position").fetchall()
        relations: dict[tuple[str, str], dict[str, Any]] = {}
        for schema, table, column, dtype, kind in columns:
            entry = relations.setdefault((schema, table), {"columns": [], "kind": kind})
            entry["columns"].append(dg.TableColumn(column, dtype))
        metadata = {}
        for (schema, table), entry in relations.items():
            metadata[(schema, table)] = {
                "dagster/column_schema": dg.TableSchema(columns=entry["columns"])}
            if entry["kind"] == "BASE TABLE":  # a view's count would rerun its query
                metadata[(schema, table)]["dagster/row_count"] = con.execute(
                    f'SELECT count(*) FROM "{schema}"."{table}"').fetchone()[0]
    return metadata


def _with_table_metadata(event, tables: dict[tuple[str, str], dict[str, Any]]):
    """A dbt model's materialization with its column types and row count attached."""
    if not isinstance(event, dg.Output | dg.AssetMaterialization):
        return event
    relation = event.metadata.get("dagster/relation_identifier")
    if relation is None:
        return event
    parts = str(getattr(relation, "value", relation)).split(".")
    extra = tables.get((parts[-2], parts[-1]))
    return event.with_metadata({**event.metadata, **extra}) if extra else event


@dbt_assets(
    manifest=warehouse_dbt_project().manifest_path,
    project=warehouse_dbt_project(),
    dagster_dbt_translator=WarehouseTranslator(),
    name="warehouse_models",
)
def _warehouse_models(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseLayout
):
    """`dbt build` into a fresh copy of the raw layer, then the docs if anything changed.

    A failing model or dbt test fails this step, so nothing downstream publishes and
    readers keep the last good warehouse.
    """
    layout = warehouse.layout()
    with build_lock(layout):
        start_build(layout)
        args = build_args(layout)
        build = dbt.cli(args, context=context, target_path=dbt_target_path(layout),
                        raise_on_error=False)
        # A test's result is stored as it arrives, while dbt goes on building (the event
        # log's writes are a good part of this step); a model's waits for dbt to end, which
        # holds the file until then, so that its row count and column types can be read.
        models = []
        for event in build.stream():
            if isinstance(event, dg.AssetCheckResult | dg.AssetCheckEvaluation):
                yield event
            else:
                models.append(event)
        tables = _table_metadata(layout.build_path)
        for event in models:  # every model's result, also when some failed
            yield _with_table_metadata(event, tables)
        if not build.is_successful():
            # An untested build must never be published, whoever runs publication later.
            layout.build_path.unlink(missing_ok=True)
            raise build.get_error() or dg.Failure("dbt build failed")
        _record_unit_tests_passed(layout, args)
        _generate_docs_if_changed(dbt, layout, context.log)


# dbt builds the whole project in one step: a subset (seeds and dim_year without the facts
# their tests reference) would test and publish half a warehouse. Dagster therefore runs
# all models together, and refuses a selection of some of them.
warehouse_models = dg.AssetsDefinition.dagster_internal_init(
    **{**_warehouse_models.get_attributes_dict(), "can_subset": False}
)
