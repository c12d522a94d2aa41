"""Extraction of each document (one partition each) and the quality gate over them."""

import importlib
import sys
import threading
import time
from collections import Counter

import dagster as dg

from orchestration.dbt import DBT_PROJECT_DIR
from orchestration.partitions import documents_partitions
from orchestration.reports import findings_markdown
from orchestration.resources import WarehouseLayout
from store.build_state import dbt_project_hash, fingerprint, published_fingerprint
from store.documents import gate_many, land_many
from store.withdrawal import known_documents, withdraw_missing

EXTRACTS = dg.AssetKey("document_extracts")
LANDING = dg.AssetKey("landing")


@dg.multi_asset(
    specs=[
        dg.AssetSpec(LANDING, group_name="extract", kinds={"python"},
                     description="Every extraction attempt of a document: its contract tables "
                                 "in landing/<document>/, or the error it failed with."),
        dg.AssetSpec(EXTRACTS, group_name="extract", kinds={"python", "parquet"}, skippable=True,
                     description="The contract tables of each readable document "
                                 "(landing/<document>/*.parquet)."),
    ],
    # Both specs partitioned: with `landing` unpartitioned (it would save Dagster an event per
    # document and night), the UI's «Materialize all» launched no run at all (test_ui).
    partitions_def=documents_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    can_subset=False,
)
def document_extracts(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Extract the run's documents; only readable ones become document_extracts partitions.

    Dagster would mark every partition of a multi-document step materialized, so the
    extracts are recorded per document and only when extraction succeeded: a document
    that could not be read stays unmaterialized and turns red when the run fails (the
    nightly_verdict step fails it after publishing). `landing` always completes, so the
    gate downstream still runs and the other documents are published.
    """
    layout = warehouse.layout()
    files = layout.documents()
    failed = {key: f"{key}: no such file in {layout.documents_dir}"
              for key in context.partition_keys if key not in files}
    landings = land_many(layout, [files[k] for k in context.partition_keys if k in files],
                         on_extracting=_GateOnDemand.import_soon)
    for result in landings:
        if result.error:
            failed[result.key] = result.error
            context.log.error(f"extraction failed: {result.error}")
            continue
        context.log_event(dg.AssetMaterialization(
            asset_key=EXTRACTS, partition=result.key,
            metadata={"sha256": result.sha256, "reused": result.reused,
                      **{f"rows/{t}": n for t, n in result.rows.items()}}))
    yield dg.MaterializeResult(asset_key=LANDING, metadata={
        "documents": len(context.partition_keys),
        "extracted": sum(not r.reused for r in landings),
        "reused": sum(r.reused for r in landings),
        "failed": dg.MetadataValue.json(failed)})


class _GateOnDemand:
    """The GX gate, built (and Great Expectations imported, which takes seconds) only if
    some document's verdict cannot be reused.

    A document being extracted will need a verdict: `import_soon` then imports Great
    Expectations in a background thread while the extraction workers run (the step's own
    thread only waits for them), so the gate does not pay for it afterwards.
    """

    _importing: threading.Thread | None = None

    def __init__(self) -> None:
        self._gate = None

    @classmethod
    def import_soon(cls, _files: object = None) -> None:
        if cls._importing is None and _GATE_MODULE not in sys.modules:
            cls._importing = threading.Thread(target=importlib.import_module,
                                              args=(_GATE_MODULE,), daemon=True,
                                              name="import-great-expectations")
            cls._importing.start()

    def __getattr__(self, name: str):
        if self._gate is None:
            if self._importing is not None:
                self._importing.join()  # a failed import is raised again just below
            from expectations.gate import Gate

            self._gate = Gate()
        return getattr(self._gate, name)


_GATE_MODULE = "expectations.gate"


@dg.asset(
    deps=[LANDING],
    group_name="quality",
    kinds={"great_expectations"},
    output_required=False,
    check_specs=[
        dg.AssetCheckSpec(
            "blocking_expectations", asset="quality_gate", blocking=True,
            description="Contract, keys, types, years in period, amounts ≥ 0. A document failing "
                        "any is quarantined (not published, its last good version kept): the "
                        "check fails as a warning and lists it. It fails as an error, and stops "
                        "the build, when no document at all could be published."),
        dg.AssetCheckSpec(
            "warning_expectations", asset="quality_gate",
            description="Inconsistencies of the source itself (reconciliation, percentages "
                        "outside 0–100, missing units): reported in mart_data_quality_findings, "
                        "never blocking."),
    ],
)
def quality_gate(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Great Expectations suites per document; passing documents are promoted to accepted/.

    The run's documents are the files in DOCUMENTS_DIR when it starts (the partitions only
    choose what to re-extract). When no document changed and neither did the dbt project,
    the gate yields no output: the build and publication are skipped, not failed.
    """
    layout = warehouse.layout()
    files = layout.documents()
    # Landing is current for every file (what this run extracted is reused, a file no
    # extraction step has seen yet is extracted now), whichever runs Dagster split this into.
    land_many(layout, list(files.values()))
    results = gate_many(layout, list(files), _GateOnDemand())
    withdrawn = withdraw_missing(layout, list(files))
    for key in withdrawn:
        context.log.info(f"withdrawn: {key} (file removed; it leaves the marts on this build)")
    quarantined = {r.source_file: r.reason for r in results
                   if not r.published and not r.duplicate_of}
    duplicates = {r.source_file: r.duplicate_of for r in results if r.duplicate_of}
    for why in quarantined.values():
        context.log.error(f"quarantined: {why}")
    warnings: Counter[str] = Counter()
    for r in results:
        warnings.update(r.warnings_by_check)
    names = {r.key: r.source_file for r in results}
    verdicts = {r.source_file: "published" if r.published else r.reason for r in results}
    links = {f"report/{r.source_file}": dg.MetadataValue.path(str(r.report))
             for r in results if r.report}
    publishable = [r for r in results if r.published or (layout.accepted / r.key).exists()]

    yield dg.AssetCheckResult(
        check_name="blocking_expectations",
        passed=not quarantined,
        severity=dg.AssetCheckSeverity.WARN if publishable else dg.AssetCheckSeverity.ERROR,
        description=None if quarantined else f"all {len(results)} documents passed",
        metadata={
            "documents_checked": len(results),
            "quarantined": dg.MetadataValue.json(quarantined),
            "findings": dg.MetadataValue.md(
                findings_markdown(layout, names, "blocking", verdicts)),
            **links,
        },
    )
    yield dg.AssetCheckResult(
        check_name="warning_expectations",
        passed=not warnings,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"findings_by_check": dict(warnings),
                  "findings": dg.MetadataValue.md(
                      findings_markdown(layout, names, "warning", verdicts)),
                  **links},
    )
    status_keys = known_documents(layout)
    current = fingerprint(layout, status_keys, dbt_project_hash(DBT_PROJECT_DIR))
    if current == published_fingerprint(layout):
        context.log.info("nothing changed since the published build (same documents, verdicts "
                         "and dbt project): build and publication skipped")
        context.log_event(dg.AssetObservation(asset_key="published_warehouse", metadata={
            "verified_current": dg.MetadataValue.timestamp(time.time())}))
        return
    yield dg.Output(None, metadata={
        "published": [r.source_file for r in results if r.published],
        "quarantined": dg.MetadataValue.json(quarantined),
        "withdrawn": withdrawn,
        "duplicates": dg.MetadataValue.json(duplicates),
        "verdicts_reused": sum(r.reused for r in results),
        "reports_folder": dg.MetadataValue.path(str(layout.quality / "reports")),
    })

