"""The matching as tables of the raw layer, for dbt to read.

Runs inside the warehouse build, after the contract tables are loaded:
`indicator_wording` and `project_wording` give every printed wording (per
document) its canonical key, `name_match_review` lists the pairs an analyst
should look at.
"""

from __future__ import annotations

from dataclasses import asdict

import duckdb
import pyarrow as pa

from canonical.cluster import Match, Review, Wording, group
from canonical.settings import SETTINGS, MatchSettings
from canonical.wording import Vocabulary

INDICATOR_WORDING = "indicator_wording"
PROJECT_WORDING = "project_wording"
NAME_MATCH_REVIEW = "name_match_review"
IDENTITY_TABLES = (INDICATOR_WORDING, PROJECT_WORDING, NAME_MATCH_REVIEW)

_MATCH_SCHEMA = pa.schema([
    ("name", pa.string()), ("document", pa.string()), ("key", pa.string()),
    ("canonical_name", pa.string()), ("method", pa.string()), ("score", pa.float64()),
])
_REVIEW_SCHEMA = pa.schema([
    ("kind", pa.string()), ("name_a", pa.string()), ("name_b", pa.string()),
    ("score", pa.float64()), ("reason", pa.string()), ("key_a", pa.string()),
    ("key_b", pa.string()),
])


def _wordings(con: duckdb.DuckDBPyConnection, sql: str) -> list[Wording]:
    return [Wording(name, doc) for doc, name in con.execute(sql).fetchall()]


def _store(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> int:
    con.register("incoming", data)
    con.execute(f"CREATE OR REPLACE TABLE raw.{table} AS SELECT * FROM incoming")
    con.unregister("incoming")
    return data.num_rows


def build_identity(con: duckdb.DuckDBPyConnection, settings: MatchSettings = SETTINGS
                   ) -> dict[str, int]:
    """Match indicator and project wordings of the loaded raw tables; rows written."""
    regions = [r[0] for r in con.execute(
        "SELECT DISTINCT region FROM raw.documents WHERE coalesce(region, '') <> ''"
    ).fetchall()]
    vocabulary = Vocabulary.build(regions, settings)
    indicators, indicator_review = group("indicator", _wordings(con, """
        SELECT DISTINCT source_file, indicator_name FROM raw.strategy_indicators
        WHERE coalesce(indicator_name, '') <> ''
        UNION
        SELECT DISTINCT source_file, indicator_name FROM raw.program_indicators
        WHERE coalesce(indicator_name, '') <> ''
        ORDER BY 1, 2"""), vocabulary, settings)
    projects, project_review = group("project", _wordings(con, """
        SELECT DISTINCT source_file, project_name FROM raw.strategy_projects
        WHERE coalesce(project_name, '') <> ''
        UNION
        SELECT DISTINCT source_file, project_name FROM raw.strategy_indicators
        WHERE coalesce(section6_project_no, '') = '' AND coalesce(project_name, '') <> ''
        ORDER BY 1, 2"""), vocabulary, settings, strip=settings.project_remark)
    reviews = [{"kind": kind, **asdict(r)} for kind, rs in
               (("indicator", indicator_review), ("project", project_review)) for r in rs]
    return {
        INDICATOR_WORDING: _store(con, INDICATOR_WORDING, _matches(indicators)),
        PROJECT_WORDING: _store(con, PROJECT_WORDING, _matches(projects)),
        NAME_MATCH_REVIEW: _store(
            con, NAME_MATCH_REVIEW, pa.Table.from_pylist(reviews, schema=_REVIEW_SCHEMA)),
    }


def _matches(matches: list[Match]) -> pa.Table:
    return pa.Table.from_pylist([asdict(m) for m in matches], schema=_MATCH_SCHEMA)


__all__ = ["IDENTITY_TABLES", "Review", "build_identity"]
