"""Publish the warehouse's tables into PostgreSQL, atomically for readers.

A team's BI tools read PostgreSQL rather than a DuckDB file. After the DuckDB
warehouse is published, every published table (dim_*, fct_*, bridge_*, mart_*)
is copied into a fresh schema in ONE transaction: tables with COPY, keys and
foreign keys from the dbt tests, comments from the dbt descriptions, SELECT for
the readers' role. The same transaction then swaps the schemas:

    LOCK the serving tables NOWAIT → rename serving → previous, loading → serving
    → drop previous → COMMIT

so a reader sees the whole previous or the whole new warehouse, never a mix.
The lock waits for readers whose open transactions have read the serving tables
(a REPEATABLE READ report keeps its consistent view); NOWAIT plus retries means
the publisher never queues in front of new readers. Anything failing rolls the
whole transaction back: the previous schema keeps serving and the error says why.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import duckdb
import psycopg
from psycopg import sql

from store.layout import Layout
from store.warehouse import PUBLISHED_PREFIXES

COPY_BATCH_ROWS = 10_000

# DuckDB column types of published tables → PostgreSQL. DECIMAL(p,s) keeps its precision.
_TYPES = {
    "VARCHAR": "text", "BOOLEAN": "boolean", "TINYINT": "smallint", "SMALLINT": "smallint",
    "INTEGER": "integer", "BIGINT": "bigint", "HUGEINT": "numeric(39,0)", "FLOAT": "real",
    "DOUBLE": "double precision", "DATE": "date", "TIME": "time", "TIMESTAMP": "timestamp",
    "TIMESTAMP WITH TIME ZONE": "timestamptz", "UUID": "uuid", "INTERVAL": "interval",
    "BLOB": "bytea", "JSON": "jsonb",
}
_DECIMAL = re.compile(r"DECIMAL\((\d+),\s*(\d+)\)")
_REF = re.compile(r"""ref\(\s*['"](\w+)['"]\s*\)""")
# A SQLAlchemy-style driver suffix (postgresql+psycopg2://, as DAGSTER_POSTGRES_URL needs),
# which libpq does not accept; one URL style then serves both settings.
_DRIVER = re.compile(r"^postgres(?:ql)?\+\w+://")


class PostgresPublishError(RuntimeError):
    """The PostgreSQL copy of the warehouse was not replaced; the previous one still serves."""


@dataclass(frozen=True)
class PostgresSettings:
    """Where and how to publish; read from the environment (see docs/team-deployment.md)."""

    url: str
    schema: str = "warehouse"
    reader_role: str = "warehouse_reader"
    # How long the swap retries while readers' open transactions still hold the previous
    # tables, and how long it sleeps between tries.
    swap_timeout_s: float = 300.0
    swap_retry_s: float = 0.5

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> PostgresSettings | None:
        env = os.environ if environ is None else environ
        url = env.get("WAREHOUSE_POSTGRES_URL")
        if not url:
            return None
        return cls(url=_DRIVER.sub("postgresql://", url),
                   schema=env.get("WAREHOUSE_POSTGRES_SCHEMA") or cls.schema,
                   reader_role=env.get("WAREHOUSE_POSTGRES_READER_ROLE") or cls.reader_role)

    @property
    def loading_schema(self) -> str:
        return f"{self.schema}__loading"

    @property
    def previous_schema(self) -> str:
        return f"{self.schema}__previous"


@dataclass
class Column:
    name: str
    duck_type: str
    description: str = ""

    @property
    def pg_type(self) -> str:
        if m := _DECIMAL.fullmatch(self.duck_type):
            return f"numeric({m[1]},{m[2]})"
        return _TYPES.get(self.duck_type, "")


@dataclass
class Table:
    """A published table with the constraints its dbt tests promise."""

    name: str
    columns: list[Column]
    description: str = ""
    not_null: set[str] = field(default_factory=set)
    unique: set[str] = field(default_factory=set)
    references: dict[str, tuple[str, str]] = field(default_factory=dict)  # column → table, column

    @property
    def primary_key(self) -> str | None:
        """The first column (in table order: models list their key first) tested unique
        and not null; other unique columns become UNIQUE constraints."""
        return next((c.name for c in self.columns
                     if c.name in self.unique and c.name in self.not_null), None)


def published_tables(con: duckdb.DuckDBPyConnection, manifest: dict) -> list[Table]:
    """Every published table of the DuckDB warehouse with columns, descriptions and tests."""
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "ORDER BY table_name").fetchall() if r[0].startswith(PUBLISHED_PREFIXES)]
    models = {n["name"]: n for n in manifest["nodes"].values()
              if n["resource_type"] in ("model", "seed", "snapshot")}
    tables = []
    for name in names:
        model = models.get(name, {})
        described = model.get("columns", {})
        columns = [
            Column(c, t, (described.get(c) or {}).get("description", ""))
            for c, t in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
                [name]).fetchall()]
        for c in columns:
            if not c.pg_type:
                raise PostgresPublishError(
                    f"{name}.{c.name}: DuckDB type {c.duck_type} has no PostgreSQL mapping "
                    "(store/postgres.py _TYPES)")
        tables.append(Table(name, columns, model.get("description", "")))
    _apply_tests(tables, manifest)
    return tables


def _apply_tests(tables: list[Table], manifest: dict) -> None:
    """unique / not_null / primary_key (both) / relationships tests of error severity and
    without a `where` filter become constraints; others (warnings may fail, filters hold
    for a subset) don't."""
    by_name = {t.name: t for t in tables}
    for node in manifest["nodes"].values():
        meta = node.get("test_metadata") or {}
        config = node.get("config") or {}
        model = (node.get("attached_node") or "").rsplit(".", 1)[-1]
        column = (node.get("column_name") or (meta.get("kwargs") or {}).get("column_name")
                  or "").strip('"')  # a quoted column (`"check"`) is tested by its quoted name
        table = by_name.get(model)
        if (node["resource_type"] != "test" or table is None or not column
                or str(config.get("severity", "error")).lower() != "error"
                or config.get("where")):
            continue
        if meta.get("name") in ("not_null", "primary_key"):
            table.not_null.add(column)
        if meta.get("name") in ("unique", "primary_key"):
            table.unique.add(column)
        if meta.get("name") == "relationships":
            kwargs = meta.get("kwargs") or {}
            target = _REF.search(str(kwargs.get("to", "")))
            if target and target[1] in by_name and kwargs.get("field"):
                table.references[column] = (target[1], kwargs["field"])
    # A foreign key needs a unique target column; a relationship to anything else stays a
    # dbt test only.
    for table in tables:
        table.references = {c: (t, f) for c, (t, f) in table.references.items()
                            if f in by_name[t].unique}


def _rows(con: duckdb.DuckDBPyConnection, table: Table) -> Iterator[tuple]:
    cur = con.execute(
        "SELECT " + ", ".join(f'"{c.name}"' for c in table.columns) + f' FROM main."{table.name}"')
    while batch := cur.fetchmany(COPY_BATCH_ROWS):
        yield from batch


def _load(pg: psycopg.Connection, duck: duckdb.DuckDBPyConnection, tables: list[Table],
          settings: PostgresSettings) -> dict[str, int]:
    """Create and fill the loading schema (inside the caller's transaction)."""
    loading = sql.Identifier(settings.loading_schema)
    pg.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(loading))
    pg.execute(sql.SQL("CREATE SCHEMA {}").format(loading))
    counts = {}
    for t in tables:
        name = sql.Identifier(settings.loading_schema, t.name)
        columns = sql.SQL(", ").join(
            sql.SQL("{} {}{}").format(sql.Identifier(c.name), sql.SQL(c.pg_type),
                                      sql.SQL(" NOT NULL" if c.name in t.not_null else ""))
            for c in t.columns)
        pg.execute(sql.SQL("CREATE TABLE {} ({})").format(name, columns))
        n = 0
        with pg.cursor().copy(sql.SQL("COPY {} FROM STDIN").format(name)) as copy:
            for row in _rows(duck, t):
                copy.write_row(row)
                n += 1
        counts[t.name] = n
    for t in tables:  # keys first: foreign keys need them
        name = sql.Identifier(settings.loading_schema, t.name)
        if t.primary_key:
            pg.execute(sql.SQL("ALTER TABLE {} ADD PRIMARY KEY ({})").format(
                name, sql.Identifier(t.primary_key)))
        for col in sorted(t.unique - {t.primary_key}):
            pg.execute(sql.SQL("ALTER TABLE {} ADD UNIQUE ({})").format(
                name, sql.Identifier(col)))
    for t in tables:
        for col, (target, target_col) in sorted(t.references.items()):
            pg.execute(sql.SQL("ALTER TABLE {} ADD FOREIGN KEY ({}) REFERENCES {} ({})").format(
                sql.Identifier(settings.loading_schema, t.name), sql.Identifier(col),
                sql.Identifier(settings.loading_schema, target), sql.Identifier(target_col)))
        _comment(pg, settings.loading_schema, t)
    _grant(pg, settings)
    return counts


def _comment(pg: psycopg.Connection, schema: str, t: Table) -> None:
    if t.description:
        pg.execute(sql.SQL("COMMENT ON TABLE {} IS {}").format(
            sql.Identifier(schema, t.name), sql.Literal(t.description)))
    for c in t.columns:
        if c.description:
            pg.execute(sql.SQL("COMMENT ON COLUMN {} IS {}").format(
                sql.Identifier(schema, t.name, c.name), sql.Literal(c.description)))


def _grant(pg: psycopg.Connection, settings: PostgresSettings) -> None:
    """The BI role (created NOLOGIN if missing; grant it to login users) may only read."""
    role = sql.Identifier(settings.reader_role)
    if not pg.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                      [settings.reader_role]).fetchone():
        pg.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(role))
    loading = sql.Identifier(settings.loading_schema)
    pg.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(loading, role))
    pg.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(loading, role))


def _serving_tables(pg: psycopg.Connection, schema: str) -> list[str]:
    return [r[0] for r in pg.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') ORDER BY c.relname", [schema])]


def _swap(pg: psycopg.Connection, settings: PostgresSettings,
          on_wait: Callable[[int], None] | None) -> None:
    """Put the loading schema in the serving one's place (inside the caller's transaction)."""
    serving, previous = settings.schema, settings.previous_schema
    deadline = time.monotonic() + settings.swap_timeout_s
    attempt = 0
    while True:
        attempt += 1
        try:
            with pg.transaction():  # a savepoint: a refused lock leaves the load intact
                old = _serving_tables(pg, serving)
                if old:
                    pg.execute(sql.SQL("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE NOWAIT").format(
                        sql.SQL(", ").join(sql.Identifier(serving, t) for t in old)))
                exists = pg.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s",
                                    [serving]).fetchone()
                if exists:
                    pg.execute(sql.SQL("ALTER SCHEMA {} RENAME TO {}").format(
                        sql.Identifier(serving), sql.Identifier(previous)))
                pg.execute(sql.SQL("ALTER SCHEMA {} RENAME TO {}").format(
                    sql.Identifier(settings.loading_schema), sql.Identifier(serving)))
                if exists:
                    _drop_previous(pg, previous, old)
            return
        except psycopg.errors.LockNotAvailable:
            if time.monotonic() > deadline:
                raise PostgresPublishError(
                    f"readers kept tables of schema {serving!r} locked for more than "
                    f"{settings.swap_timeout_s:.0f} s; the previous warehouse still serves"
                ) from None
            if on_wait:
                on_wait(attempt)
            time.sleep(settings.swap_retry_s)


def _drop_previous(pg: psycopg.Connection, previous: str, tables: list[str]) -> None:
    """Drop the replaced tables without CASCADE: if a user's view elsewhere depends on
    them, the publish fails (and names it) rather than silently dropping that view."""
    try:
        if tables:
            pg.execute(sql.SQL("DROP TABLE {}").format(
                sql.SQL(", ").join(sql.Identifier(previous, t) for t in tables)))
        pg.execute(sql.SQL("DROP SCHEMA {}").format(sql.Identifier(previous)))
    except psycopg.errors.DependentObjectsStillExist as e:
        raise PostgresPublishError(
            f"objects outside the warehouse depend on its tables (move them or recreate them "
            f"after each publish): {e.diag.message_detail or e}") from e


def publish_to_postgres(layout: Layout, settings: PostgresSettings,
                        on_wait: Callable[[int], None] | None = None) -> dict[str, int]:
    """Copy every published table of the DuckDB warehouse into PostgreSQL; rows per table.

    `on_wait(attempt)` is called while readers still hold the previous tables.
    """
    manifest_path = layout.dbt_docs / "manifest.json"
    if not manifest_path.exists():
        raise PostgresPublishError(f"{manifest_path} is missing: constraints and comments come "
                                   "from the dbt manifest the nightly run writes there")
    manifest = json.loads(manifest_path.read_text("utf-8"))
    with duckdb.connect(str(layout.warehouse_path), read_only=True) as duck:
        tables = published_tables(duck, manifest)
        try:
            with psycopg.connect(settings.url, connect_timeout=30) as pg, pg.transaction():
                counts = _load(pg, duck, tables, settings)
                _swap(pg, settings, on_wait)
        except psycopg.Error as e:
            raise PostgresPublishError(
                f"publishing {layout.warehouse_path.name} to PostgreSQL schema "
                f"{settings.schema!r} failed, the previous warehouse still serves: "
                f"{type(e).__name__}: {e}") from e
    return counts
