"""What the report shows, read from the published marts (one read-only DuckDB connection).

Every function returns plain rows (dicts of JSON-ready values), so the same rows
feed the chart, the table under it and the `data-rows` attribute tests compare
with the marts. `region=None` means every region.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import duckdb

Row = dict[str, Any]


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object] | None = None
         ) -> list[Row]:
    cur = con.execute(sql, params or {})
    names = [d[0] for d in cur.description]
    return [{n: _plain(v) for n, v in zip(names, r, strict=True)} for r in cur.fetchall()]


def regions(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every region any published document belongs to."""
    return [r["region_name"] for r in rows(
        con, "SELECT region_name FROM dim_region ORDER BY region_name")]


def documents(con: duckdb.DuckDBPyConnection) -> dict[str, Row]:
    """Published documents by file name, with what a caption needs to name them."""
    return {r["source_file"]: r for r in rows(con, """
        SELECT d.source_file, d.doc_type, d.title, d.act_number, d.act_date, r.region_name
        FROM dim_document d LEFT JOIN dim_region r USING (region_key)
        ORDER BY d.source_file""")}


def programs(con: duckdb.DuckDBPyConnection, region: str | None) -> list[str]:
    return [r["program_name"] for r in rows(con, """
        SELECT DISTINCT program_name FROM mart_program_funding_by_year
        WHERE $region IS NULL OR region_name = $region ORDER BY program_name""",
        {"region": region})]


def program_funding(con: duckdb.DuckDBPyConnection, program: str) -> list[Row]:
    """The program line by year and source (the printed «Всего» too) as of the current act."""
    return rows(con, """
        SELECT year, source, source_name, sum(amount_thousand_rub) AS amount,
               string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS source_file
        FROM mart_program_funding_by_year
        WHERE program_name = $program AND level = 'program' AND is_current
        GROUP BY year, source, source_name ORDER BY year, source""", {"program": program})


def funding_versions(con: duckdb.DuckDBPyConnection, program: str) -> list[Row]:
    """The program's «Всего» by year as printed by each amending act, and its change."""
    return rows(con, """
        WITH v AS (
            SELECT act_date, act_number, source_file, year,
                   sum(amount_thousand_rub) AS amount
            FROM mart_program_funding_by_year
            WHERE program_name = $program AND level = 'program' AND source = 'total'
            GROUP BY ALL)
        SELECT coalesce('№ ' || act_number || ' от ' || strftime(act_date, '%d.%m.%Y'),
                        source_file) AS version,
               act_date, source_file, year, amount,
               amount - lag(amount) OVER (PARTITION BY year
                                          ORDER BY act_date, act_number, source_file) AS change
        FROM v ORDER BY act_date, act_number, source_file, year""", {"program": program})


def latest_funded_year(con: duckdb.DuckDBPyConnection, program: str) -> int | None:
    """The last year whose current plan puts money into the program."""
    found = rows(con, """
        SELECT max(year) AS year FROM mart_program_funding_by_year
        WHERE program_name = $program AND is_current AND amount_thousand_rub > 0""",
        {"program": program})
    return found[0]["year"] if found else None


def item_funding(con: duckdb.DuckDBPyConnection, program: str, year: int) -> list[Row]:
    """Every measure's «Всего» in one year of the current plan, with its subprogram.

    The parent comes from dim_program_item (the decree's own hierarchy); `position`
    keeps the decree's order (1.2 before 1.10).
    """
    return rows(con, """
        SELECT item.item_no, item.item_name, parent.item_no AS subprogram_no,
               parent.item_name AS subprogram, sum(f.amount_thousand_rub) AS amount,
               string_agg(DISTINCT f.source_file, ', ' ORDER BY f.source_file) AS source_file,
               list_transform(string_split(item.item_no, '.'),
                              lambda x: coalesce(try_cast(x AS INTEGER), 0)) AS position
        FROM fct_program_funding f
        JOIN dim_program_item item USING (program_item_key)
        JOIN dim_program program ON program.program_key = f.program_key
        LEFT JOIN dim_program_item parent
            ON parent.program_item_key = item.parent_program_item_key
        WHERE program.program_name = $program AND item.level = 'measure'
          AND f.funding_source_key = 'total' AND f.is_current AND f.year = $year
        GROUP BY ALL ORDER BY position, item.item_no, item.item_name, subprogram""",
        {"program": program, "year": year})


def canonical_indicator(con: duckdb.DuckDBPyConnection, years: tuple[int, int]) -> list[Row]:
    """Targets of the one indicator most regions share in `years`.

    Ranked by regions, then (region, year) cells with a value, then fewest
    duplicate rows (one target per region and year is the clearest comparison).
    """
    return rows(con, """
        WITH t AS (
            SELECT * FROM mart_indicator_targets_by_region
            WHERE year BETWEEN $first AND $last AND target_value IS NOT NULL),
        ranked AS (
            SELECT indicator_key, count(DISTINCT region_name) AS regions,
                   count(DISTINCT (region_name, year)) AS cells, count(*) AS n,
                   min(indicator_name) AS name
            FROM t GROUP BY indicator_key
            ORDER BY regions DESC, cells DESC, n - cells, name LIMIT 1)
        SELECT t.indicator_name, t.unit, t.region_name, t.project_name, t.year,
               t.target_value, t.source_file
        FROM t JOIN ranked USING (indicator_key)
        ORDER BY t.region_name, t.project_name, t.year, t.source_file""",
        {"first": years[0], "last": years[1]})


def region_indicators(con: duckdb.DuckDBPyConnection, region: str, years: tuple[int, int]
                      ) -> list[Row]:
    """One row per indicator of the region's strategy with its targets in `years`."""
    return rows(con, """
        SELECT sector_name, indicator_name, unit, project_name,
               map_from_entries(list((year::VARCHAR, value_raw) ORDER BY year)) AS targets,
               string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS source_file
        FROM mart_indicator_targets_by_region
        WHERE region_name = $region AND year BETWEEN $first AND $last
        GROUP BY sector_name, indicator_name, unit, project_name
        ORDER BY sector_name, indicator_name, unit, project_name""",
        {"region": region, "first": years[0], "last": years[1]})


def projects_by_sector(con: duckdb.DuckDBPyConnection, region: str | None) -> list[Row]:
    """Projects per region × sector, with how many are «(рекомендовано ФОИВ)»."""
    return rows(con, """
        SELECT region_name, sector_name, count(*) AS projects,
               count(*) FILTER (WHERE is_foiv_recommended) AS foiv_projects,
               string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS source_file
        FROM mart_projects_by_region_sector
        WHERE $region IS NULL OR region_name = $region
        GROUP BY ALL ORDER BY region_name, sector_name""", {"region": region})


def foiv_projects(con: duckdb.DuckDBPyConnection, region: str | None) -> list[Row]:
    """«(рекомендовано ФОИВ)» projects each region adopted, by their canonical name."""
    return rows(con, """
        SELECT canonical_project_name, region_name, sector_name,
               string_agg(project_name, '; ' ORDER BY project_no) AS project_names,
               count(*) AS projects,
               string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS source_file
        FROM mart_projects_by_region_sector
        WHERE is_foiv_recommended AND ($region IS NULL OR region_name = $region)
        GROUP BY canonical_project_name, region_name, sector_name
        ORDER BY canonical_project_name, region_name""", {"region": region})


def document_status(con: duckdb.DuckDBPyConnection, region: str | None) -> list[Row]:
    """Every document the pipeline has seen with its status (any value the gate writes)."""
    return rows(con, """
        SELECT document, status, reason, serving_previous_version, doc_type, region_name,
               checked_at, document AS source_file
        FROM mart_document_status
        WHERE $region IS NULL OR region_name = $region
        ORDER BY status, document""", {"region": region})


def findings(con: duckdb.DuckDBPyConnection, region: str | None) -> list[Row]:
    """Data-quality findings counted by check, severity and document."""
    return rows(con, """
        SELECT "check", severity, document, count(*) AS findings, document AS source_file
        FROM mart_data_quality_findings
        WHERE $region IS NULL OR region_name = $region
        GROUP BY ALL ORDER BY severity, "check", document""", {"region": region})
