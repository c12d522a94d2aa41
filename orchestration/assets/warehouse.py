"""The raw layer of the warehouse build, its publication, and the run's verdict."""

from datetime import timedelta

import dagster as dg

from canonical.raw import IDENTITY_TABLES
from extract.contract import TABLES
from orchestration.assets.documents import quality_gate
from orchestration.dbt import DBT_PROJECT_DIR, warehouse_models
from orchestration.resources import WarehouseLayout
from store.build_state import build_lock, build_raw_layer, dbt_project_hash
from store.documents import quarantined
from store.warehouse import DOCUMENT_STATUS, QUALITY_FINDINGS, export_marts, publish
from store.withdrawal import known_documents

RAW_TABLES = [*TABLES, QUALITY_FINDINGS, DOCUMENT_STATUS, *IDENTITY_TABLES]
FRESHNESS = timedelta(hours=26)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", table], deps=[quality_gate], group_name="raw", kinds={"duckdb"})
        for table in RAW_TABLES
    ],
    can_subset=False,
)
def raw_tables(warehouse: WarehouseLayout):
    """The raw layer every build starts from: each present document's accepted version,
    and the status of every document ever seen (withdrawn ones included)."""
    layout = warehouse.layout()
    counts = build_raw_layer(layout, list(layout.documents()), known_documents(layout),
                             dbt_project_hash(DBT_PROJECT_DIR))
    for table in RAW_TABLES:
        yield dg.MaterializeResult(asset_key=["raw", table],
                                   metadata={"dagster/row_count": counts[table]})


@dg.asset(deps=[warehouse_models], group_name="publish", kinds={"duckdb", "parquet"},
          freshness_policy=dg.FreshnessPolicy.time_window(fail_window=FRESHNESS))
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Swap the tested build in atomically and export the marts as Parquet."""
    layout = warehouse.layout()
    with build_lock(layout):
        if not layout.build_path.exists():
            raise dg.Failure(
                description=f"nothing to publish: no tested build at {layout.build_path} "
                            "(materialize the dbt models first)")
        publish(layout)
    marts = export_marts(layout)
    docs = layout.dbt_docs / "index.html"
    context.add_output_metadata({
        "warehouse": dg.MetadataValue.path(str(layout.warehouse_path)),
        "exports": dg.MetadataValue.path(str(layout.exports)),
        "dbt_docs": dg.MetadataValue.url(docs.as_uri()),
        "marts": marts,
    })


@dg.asset(deps=[published_warehouse], group_name="publish")
def nightly_verdict(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Fail the run, after publishing, when any document is quarantined.

    Good documents are already published; this step exists so that an unwatched
    nightly schedule ends red and names the bad files (and so that a document whose
    extraction failed shows as a failed partition). The gate's blocking check cannot say
    this: failing it as an error would stop the good documents' publication too.
    """
    layout = warehouse.layout()
    bad = quarantined(layout, list(layout.documents()))
    if bad:
        raise dg.Failure(
            description="quarantined (previous version kept, others published): "
            + "; ".join(why if why.startswith(doc) else f"{doc}: {why}"
                        for doc, why in bad.items()),
            metadata={"quarantined": bad},
        )
    context.add_output_metadata({"quarantined": 0})
