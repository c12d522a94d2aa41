"""Extraction of each document (one partition each) and the quality gate over them."""

from collections import Counter

import dagster as dg

from expectations.gate import Gate
from orchestration.partitions import documents_partitions, run_document_keys
from orchestration.resources import WarehouseLayout
from store.documents import gate, land


@dg.asset(
    partitions_def=documents_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="extract",
    kinds={"python", "parquet"},
)
def document_extracts(context: dg.AssetExecutionContext, warehouse: WarehouseLayout) -> None:
    """The contract tables of each document, written to landing/<document>/.

    A document that cannot be read is recorded with its reason and does not stop
    the others; the gate downstream quarantines it.
    """
    layout = warehouse.layout()
    files = layout.documents()
    for key in context.partition_keys:
        result = land(layout, files.get(key, layout.documents_dir / key))
        if result.error:
            context.log.error(f"extraction failed: {result.error}")
            context.add_asset_metadata({"error": result.error}, partition_key=key)
        else:
            context.add_asset_metadata(
                {"sha256": result.sha256, **{f"rows/{t}": n for t, n in result.rows.items()}},
                partition_key=key,
            )


@dg.asset(
    deps=[document_extracts],
    group_name="quality",
    kinds={"great_expectations"},
    check_specs=[
        dg.AssetCheckSpec("blocking_expectations", asset="quality_gate",
                          description="Contract, keys, types, years in period, amounts ≥ 0: a "
                                      "document failing any is quarantined, not published."),
        dg.AssetCheckSpec("warning_expectations", asset="quality_gate",
                          description="Inconsistencies of the source itself (reconciliation, "
                                      "percentages outside 0–100, missing units): reported in "
                                      "mart_data_quality_findings, never blocking."),
    ],
)
def quality_gate(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Great Expectations suites per document; passing documents are promoted to accepted/.

    The gate is an asset, and its suites this asset's checks, because its verdicts
    decide what the warehouse build reads: Dagster must run it before the build,
    and a quarantined document must not stop the others from being published.
    """
    layout = warehouse.layout()
    checker = Gate()
    keys = run_document_keys(context.instance, context.run.tags)
    results = [gate(layout, key, checker) for key in keys]
    quarantined = [r for r in results if not r.published]
    for r in quarantined:
        context.log.error(f"quarantined: {r.reason}")
    warnings: Counter[str] = Counter()
    for r in results:
        warnings.update(r.warnings_by_check)
    reports = {
        f"report/{r.source_file}": dg.MetadataValue.path(str(r.report))
        for r in results if r.report
    }
    yield dg.Output(
        None,
        metadata={
            "published": [r.source_file for r in results if r.published],
            "quarantined": {r.source_file: r.reason for r in quarantined},
            "reports_folder": dg.MetadataValue.path(str(layout.quality / "reports")),
        },
    )
    yield dg.AssetCheckResult(
        check_name="blocking_expectations",
        passed=not quarantined,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "documents_checked": len(results),
            "quarantined": {r.source_file: ", ".join(r.blocking_failures) for r in quarantined},
            **reports,
        },
    )
    yield dg.AssetCheckResult(
        check_name="warning_expectations",
        passed=not warnings,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"findings_by_check": dict(warnings), **reports},
    )
