"""Team deployment: the Dagster instance and the published warehouse in PostgreSQL.

A throwaway PostgreSQL server (Debian's binaries, a temporary cluster on a free
loopback port) serves two databases: `dagster` (run storage) and `warehouse`. One
nightly run with both URLs set publishes the corpus; the other tests publish
again from altered copies of that DuckDB file without running the pipeline.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.instance import instance_yaml, write_instance_config
from store.layout import Layout
from store.postgres import PostgresPublishError, PostgresSettings, publish_to_postgres
from store.warehouse import PUBLISHED_PREFIXES
from tests.conftest import DOCUMENTS, REPO, Pipeline


def _server_binaries() -> Path:
    """Debian's newest installed PostgreSQL server (15 on bookworm): /usr/lib/postgresql/N/bin."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _server_binaries()
# A PostgreSQL server and a full nightly run per module: the slow lane (`make test-slow`).
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not (PG_BIN / "initdb").exists(),
    reason="needs PostgreSQL server binaries in /usr/lib/postgresql/<version>/bin "
           "(CI: apt-get install postgresql)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_cluster_owner(cmd: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the `postgres` user then."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A PostgreSQL server for this module; yields a URL template (`{db}` = database)."""
    import psycopg

    root = Path(tempfile.mkdtemp(prefix="pg-test-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    subprocess.run(_as_cluster_owner([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                                      "-A", "trust", "--no-sync", "-E", "UTF8"]),
                   check=True, capture_output=True)
    subprocess.run(_as_cluster_owner([
        str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "start", "-o",
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"]),
        check=True, capture_output=True)
    url = f"postgresql://postgres@127.0.0.1:{port}/{{db}}"
    try:
        with psycopg.connect(url.format(db="postgres"), autocommit=True) as con:
            con.execute("CREATE DATABASE dagster")
            con.execute("CREATE DATABASE warehouse")
        yield url
    finally:
        subprocess.run(_as_cluster_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast",
                                          "-w", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def team_run(postgres: str, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[tuple[Pipeline, dg.ExecuteInProcessResult]]:
    """The corpus through the nightly job once, with both PostgreSQL URLs set."""
    root = tmp_path_factory.mktemp("team")
    (root / "documents").mkdir()
    layout = Layout(documents_dir=root / "documents",
                    warehouse_path=root / "wh" / "warehouse.duckdb")
    # The URLs are set for this run only: other modules' runs must not publish here.
    mp = pytest.MonkeyPatch()
    mp.setenv("DAGSTER_POSTGRES_URL",
              postgres.format(db="dagster").replace("postgresql://", "postgresql+psycopg2://"))
    mp.setenv("WAREHOUSE_POSTGRES_URL", postgres.format(db="warehouse"))
    try:
        home = root / "dagster_home"
        write_instance_config(home)
        instance = dg.DagsterInstance.from_config(str(home))
        pipeline = Pipeline(layout, instance, mp)
        pipeline.add(*DOCUMENTS)
        result, _ = pipeline.run()
    finally:
        mp.undo()
    with instance:
        yield pipeline, result


def _pg(postgres: str, db: str = "warehouse", **kwargs):
    import psycopg

    return psycopg.connect(postgres.format(db=db), **kwargs)


def _published(layout: Layout) -> dict[str, int]:
    with duckdb.connect(str(layout.warehouse_path), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND regexp_matches(table_name, '^(dim|fct|bridge|mart)_')").fetchall()]
        return {n: con.execute(f'SELECT count(*) FROM main."{n}"').fetchone()[0] for n in names}


# Every published model of the dbt project, from its files (independent of the code under test).
PUBLISHED_MODELS = {p.stem for p in (REPO / "dbt_project" / "models").rglob("*.sql")
                    if p.stem.startswith(PUBLISHED_PREFIXES)}
FUNDING_SUM = "SELECT sum(amount_thousand_rub) FROM {}.mart_program_funding_by_year"


def test_instance_config_follows_the_url() -> None:
    assert "postgres" not in instance_yaml({})
    with_pg = instance_yaml({"DAGSTER_POSTGRES_URL": "postgresql+psycopg2://u:secret@x/y"})
    assert "postgres_url:\n      env: DAGSTER_POSTGRES_URL" in with_pg
    assert "secret" not in with_pg  # the URL stays in the environment
    with pytest.raises(ValueError, match=r"postgresql\+psycopg2://"):
        instance_yaml({"DAGSTER_POSTGRES_URL": "postgresql://x/y"})
    settings = PostgresSettings.from_env({"WAREHOUSE_POSTGRES_URL": "postgresql+psycopg2://x/y"})
    assert settings is not None and settings.url == "postgresql://x/y"
    assert PostgresSettings.from_env({}) is None


def test_nightly_run_publishes_every_table(team_run, postgres: str) -> None:
    pipeline, result = team_run
    assert result.success
    duck = _published(pipeline.layout)
    assert set(duck) == PUBLISHED_MODELS
    with _pg(postgres) as pg:
        tables = {r[0] for r in pg.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'warehouse'")}
        assert tables == set(duck)
        for name, n in duck.items():
            assert pg.execute(f"SELECT count(*) FROM warehouse.{name}").fetchone()[0] == n, name
        pg_sum = pg.execute(FUNDING_SUM.format("warehouse")).fetchone()[0]
        schemas = {r[0] for r in pg.execute("SELECT nspname FROM pg_namespace")}
    (duck_sum,) = pipeline.query(FUNDING_SUM.format("main"))[0]
    assert pg_sum == duck_sum and pg_sum > 0
    assert not {"warehouse__loading", "warehouse__previous"} & schemas
    (event,) = [e for e in result.get_asset_materialization_events()
                if e.asset_key.to_user_string() == "postgres_warehouse"]
    assert event.materialization.metadata["tables"].value == len(PUBLISHED_MODELS)


def test_run_is_in_dagster_postgres_storage(team_run, postgres: str) -> None:
    _, result = team_run
    with _pg(postgres, "dagster") as pg:
        status = pg.execute("SELECT status FROM runs WHERE run_id = %s",
                            [result.run_id]).fetchone()
        events = pg.execute("SELECT count(*) FROM event_logs WHERE run_id = %s",
                            [result.run_id]).fetchone()[0]
    assert status == ("SUCCESS",) and events > 100


def test_constraints_comments_and_reader_role(team_run, postgres: str) -> None:
    pipeline, _ = team_run
    with _pg(postgres) as pg:
        comment = pg.execute(
            "SELECT obj_description('warehouse.dim_region'::regclass, 'pg_class')").fetchone()[0]
        column = pg.execute(
            "SELECT col_description('warehouse.dim_region'::regclass, 1)").fetchone()[0]
        kinds = dict(pg.execute(
            "SELECT contype, count(*) FROM pg_constraint c JOIN pg_namespace n "
            "ON n.oid = c.connamespace WHERE n.nspname = 'warehouse' GROUP BY contype"))
        pk = pg.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'warehouse.fct_program_funding'"
            "::regclass AND i.indisprimary").fetchall()
        quoted_not_null = pg.execute(
            "SELECT is_nullable FROM information_schema.columns WHERE table_schema = "
            "'warehouse' AND table_name = 'mart_data_quality_findings' AND column_name = 'check'"
        ).fetchone()[0]
        sector_pk = pg.execute(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'p' "
            "AND conrelid = 'warehouse.dim_sector'::regclass").fetchone()[0]
        not_null = pg.execute(
            "SELECT is_nullable FROM information_schema.columns WHERE table_schema = "
            "'warehouse' AND table_name = 'fct_program_funding' AND column_name = 'year'"
        ).fetchone()[0]
        can_read = pg.execute("SELECT has_table_privilege('warehouse_reader', "
                              "'warehouse.mart_document_status', 'SELECT')").fetchone()[0]
        can_write = pg.execute("SELECT has_table_privilege('warehouse_reader', "
                               "'warehouse.mart_document_status', 'INSERT')").fetchone()[0]
    assert comment == "Regions (субъекты РФ) as named in their documents."
    assert column == "md5 of the normalised region name."
    # Every dbt `relationships` test on a published table is a foreign key (18 today).
    manifest = json.loads((pipeline.layout.dbt_docs / "manifest.json").read_text("utf-8"))
    relationships = [n for n in manifest["nodes"].values()
                     if (n.get("test_metadata") or {}).get("name") == "relationships"
                     and (n.get("attached_node") or "").rsplit(".", 1)[-1].startswith(
                         PUBLISHED_PREFIXES)]
    assert kinds.get("f") == len(relationships) >= 18
    assert kinds.get("p") == 15  # the models with a key column tested unique and not null
    assert pk == [("program_funding_key",)] and not_null == "NO"
    assert sector_pk == "PRIMARY KEY (sector_key)"  # sector_code is tested unique too
    assert quoted_not_null == "NO"  # dbt tests it as "check" (a quoted name)
    assert can_read and not can_write


def _altered_copy(layout: Layout, root: Path, sql: str) -> Layout:
    """A copy of the published DuckDB warehouse (and its dbt manifest) changed by `sql`."""
    copy = Layout(documents_dir=layout.documents_dir, warehouse_path=root / "warehouse.duckdb")
    shutil.copy2(layout.warehouse_path, copy.warehouse_path)
    shutil.copytree(layout.dbt_docs, copy.dbt_docs)
    with duckdb.connect(str(copy.warehouse_path)) as con:
        con.execute(sql)
    return copy


def test_reader_keeps_a_consistent_view_during_a_publish(team_run, postgres: str,
                                                         tmp_path: Path) -> None:
    pipeline, _ = team_run
    newer = _altered_copy(pipeline.layout, tmp_path, """
        DELETE FROM mart_program_funding_by_year WHERE year = 2019;
        DELETE FROM mart_document_status WHERE doc_type = 'strategy';""")
    settings = PostgresSettings(postgres.format(db="warehouse"), swap_timeout_s=60,
                                swap_retry_s=0.2)
    counts = "SELECT (SELECT count(*) FROM warehouse.mart_program_funding_by_year), " \
             "(SELECT sum(amount_thousand_rub) FROM warehouse.mart_program_funding_by_year)"
    statuses = "SELECT count(*) FROM warehouse.mart_document_status"
    waiting = threading.Event()
    errors: list[BaseException] = []

    def publish() -> None:
        try:
            publish_to_postgres(newer, settings, on_wait=lambda _: waiting.set())
        except BaseException as e:  # surfaced below
            errors.append(e)

    with _pg(postgres) as reader:
        reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        before = reader.execute(counts).fetchone()
        publisher = threading.Thread(target=publish)
        publisher.start()
        assert waiting.wait(60), "the publisher never had to wait for the reader"
        assert reader.execute(counts).fetchone() == before
        # A table this transaction had not read yet: still the previous version.
        assert reader.execute(statuses).fetchone()[0] == 4
        reader.execute("COMMIT")
        publisher.join(60)
    assert not publisher.is_alive() and errors == []
    with _pg(postgres) as fresh:
        after = fresh.execute(counts).fetchone()
        assert fresh.execute(statuses).fetchone()[0] == 1
    assert after[0] < before[0] and after[1] < before[1]
    publish_to_postgres(pipeline.layout, settings)  # the corpus again, for the other tests


def test_failed_load_keeps_the_previous_schema(team_run, postgres: str, tmp_path: Path) -> None:
    pipeline, _ = team_run
    with _pg(postgres) as pg:
        serving = pg.execute("SELECT count(*) FROM warehouse.fct_program_funding").fetchone()
    broken = _altered_copy(pipeline.layout, tmp_path, """
        DELETE FROM fct_program_funding WHERE year = 2019;
        UPDATE fct_program_funding SET program_item_key = 'no such item'
        WHERE year = 2020""")
    with pytest.raises(PostgresPublishError, match=r"previous warehouse still serves.*foreign key"):
        publish_to_postgres(broken, PostgresSettings(postgres.format(db="warehouse")))
    with _pg(postgres) as pg:
        assert pg.execute("SELECT count(*) FROM warehouse.fct_program_funding").fetchone() \
            == serving
        assert not pg.execute("SELECT 1 FROM pg_namespace WHERE nspname LIKE 'warehouse\\_\\_%'"
                              ).fetchall()


def test_without_urls_the_asset_is_skipped(corpus_run) -> None:
    """The shared corpus run has neither URL set: it succeeds and publishes nothing."""
    _, result = corpus_run
    assert result.success
    materialized = {e.asset_key.to_user_string()
                    for e in result.get_asset_materialization_events()}
    assert "published_warehouse" in materialized and "postgres_warehouse" not in materialized
