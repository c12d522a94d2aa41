"""The team copy of the warehouse in PostgreSQL (docs/team-deployment.md)."""

import dagster as dg

from orchestration.resources import WarehouseLayout
from store.postgres import PostgresSettings, publish_to_postgres


@dg.asset(deps=[dg.AssetKey("published_warehouse")], group_name="publish",
          kinds={"postgres"}, output_required=False)
def postgres_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseLayout):
    """Publish every dim/fct/bridge/mart table into WAREHOUSE_POSTGRES_URL, atomically.

    Skipped (no materialization) when the URL is unset; a failed load fails the run
    and leaves the previous PostgreSQL schema serving.
    """
    settings = PostgresSettings.from_env()
    if settings is None:
        context.log.info("WAREHOUSE_POSTGRES_URL is not set: PostgreSQL publication skipped")
        return
    counts = publish_to_postgres(
        warehouse.layout(), settings,
        on_wait=lambda n: context.log.info(
            f"readers still hold schema {settings.schema!r}; swap attempt {n}, retrying"))
    yield dg.MaterializeResult(metadata={
        "schema": settings.schema,
        "reader_role": settings.reader_role,
        "tables": len(counts),
        "rows": dg.MetadataValue.json(counts),
    })
