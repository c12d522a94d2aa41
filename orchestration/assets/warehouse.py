"""The raw layer of the warehouse build, and its publication."""

import dagster as dg

from extract.contract import TABLES
from orchestration.assets.documents import quality_gate
from orchestration.dbt import warehouse_models
from orchestration.partitions import run_document_keys
from orchestration.resources import WarehouseLayout
from store.documents import quarantined
from store.warehouse import DOCUMENT_STATUS, QUALITY_FINDINGS, build_raw, export_marts, publish

RAW_TABLES = [*TABLES, QUALITY_FINDINGS, DOCUMENT_STATUS]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", table], deps=[quality_gate], group_name="raw", kinds={"duckdb"})
        for table in RAW_TABLES
    ],
    can_subset=False,
)
def raw_tables(warehouse: WarehouseLayout):
    """A fresh warehouse build whose `raw` schema holds every document's accepted version."""
    layout = warehouse.layout()
    counts = build_raw(layout, list(layout.documents()))
    for table in RAW_TABLES:
        yield dg.MaterializeResult(asset_key=["raw", table], metadata={"rows": counts[table]})


@dg.asset(deps=[warehouse_models], group_name="publish", kinds={"duckdb", "parquet"})
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Swap the finished build in atomically and export the marts as Parquet."""
    layout = warehouse.layout()
    publish(layout)
    marts = export_marts(layout)
    context.add_output_metadata({
        "warehouse": dg.MetadataValue.path(str(layout.warehouse_path)),
        "exports": dg.MetadataValue.path(str(layout.exports)),
        "dbt_docs": dg.MetadataValue.path(str(layout.dbt_docs / "index.html")),
        "marts": marts,
    })


@dg.asset(deps=[published_warehouse], group_name="publish")
def nightly_verdict(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Fail the run, after publishing, when any of its documents was quarantined.

    Good documents are already published; this step exists so that an unwatched
    nightly schedule ends red and names the bad files.
    """
    layout = warehouse.layout()
    bad = quarantined(layout, run_document_keys(context.instance, context.run.tags))
    if bad:
        raise dg.Failure(
            description="quarantined (previous version kept, others published): "
            + "; ".join(f"{doc}: {why}" for doc, why in bad.items()),
            metadata={"quarantined": bad},
        )
    context.add_output_metadata({"quarantined": 0})
