"""`make run`: the nightly job, run now through Dagster, then a short summary.

Runs on the instance in DAGSTER_HOME (the one `make dev` shows), so the run and
its checks appear in the UI's history like a scheduled one.

Every worker process the run starts (extraction, report pages) imports this main module
again before its first task: Dagster and the definitions are therefore imported inside
the functions, not here, or each worker would spend seconds importing them for nothing.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import TYPE_CHECKING

import duckdb

from store.layout import Layout

if TYPE_CHECKING:
    import dagster as dg


def _mart_rows(layout: Layout) -> dict[str, int]:
    if not layout.warehouse_path.exists():
        return {}
    with duckdb.connect(str(layout.warehouse_path), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "ORDER BY table_name").fetchall()]
        return {n: con.execute(f'SELECT count(*) FROM main."{n}"').fetchone()[0] for n in names}


def _findings_by_check(layout: Layout) -> Counter:
    if not layout.warehouse_path.exists():
        return Counter()
    with duckdb.connect(str(layout.warehouse_path), read_only=True) as con:
        rows = con.execute(
            'SELECT severity, "check", count(*) FROM main.mart_data_quality_findings '
            "GROUP BY ALL ORDER BY 1, 2").fetchall()
    return Counter({f"{sev} {check}": n for sev, check, n in rows})


def run_nightly(instance: dg.DagsterInstance) -> tuple[dg.ExecuteInProcessResult, list[str]]:
    """What the schedule does at 03:00: sync the partitions, one run over all documents."""
    from orchestration.definitions import defs
    from orchestration.jobs import nightly_job
    from orchestration.partitions import all_documents_tags, sync_partitions

    layout = Layout.resolve()
    keys = sync_partitions(instance, layout)
    if not keys:
        raise SystemExit(f"error: no documents in {layout.documents_dir}")
    result = defs.resolve_job_def(nightly_job.name).execute_in_process(
        instance=instance, tags=all_documents_tags(instance), raise_on_error=False
    )
    return result, keys


def nothing_new(result: dg.ExecuteInProcessResult) -> bool:
    """The gate found nothing changed, so the build and publication were skipped."""
    return any(e.event_type_value == "STEP_SKIPPED" and e.step_key == "raw_tables"
               for e in result.all_events)


def main() -> int:
    import dagster as dg

    from store.documents import published_documents, quarantined
    from store.warehouse import PUBLISHED_PREFIXES

    instance = dg.DagsterInstance.get()
    layout = Layout.resolve()
    result, run_keys = run_nightly(instance)
    bad = quarantined(layout, run_keys)
    published = published_documents(layout, run_keys)

    checks = Counter()
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            if evaluation.passed:
                checks["passed"] += 1
            else:
                checks[f"failed {evaluation.severity.value.lower()}"] += 1

    print("\n== Strategy warehouse: run summary ==")
    print(f"run id:            {result.run_id} ({'success' if result.success else 'FAILED'})")
    print(f"documents read:    {len(run_keys)} from {layout.documents_dir}")
    print("data-quality gate:")
    print(f"  published:       {len(published)}")
    print(f"  quarantined:     {len(bad)} (previous version kept where there was one)")
    for why in bad.values():
        print(f"    - {why}")
    print(f"checks:            {checks['passed']} passed, {checks['failed error']} failed, "
          f"{checks['failed warn']} warned (GX gate + dbt tests)")
    if nothing_new(result):
        print("build:             skipped — no document and not the dbt project changed since "
              "the published build; nothing new published")
    print(f"warehouse:         {layout.warehouse_path}")
    for name, n in _mart_rows(layout).items():
        if name.startswith(PUBLISHED_PREFIXES):
            print(f"  {name:<36} {n:>7} rows")
    findings = _findings_by_check(layout)
    if findings:
        print("findings by check:")
        for check, n in sorted(findings.items()):
            print(f"  {check:<48} {n:>5}")
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
        print(f"failed steps:      {', '.join(failed)}", file=sys.stderr)
    return 0 if result.success and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
