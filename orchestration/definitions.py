"""The code location `dagster dev` loads (see workspace.yaml).

Importing it parses nothing (the dbt manifest is prepared by `make setup`) and imports
Great Expectations only when a gate runs. When the code location loads in a Dagster
process, the document partitions are synced with DOCUMENTS_DIR at once, so «Materialize
all» on a fresh instance already sees every document.
"""

import dagster as dg

from orchestration.assets.documents import document_extracts, quality_gate
from orchestration.assets.postgres import postgres_warehouse
from orchestration.assets.report import nightly_report
from orchestration.assets.warehouse import nightly_verdict, published_warehouse, raw_tables
from orchestration.dbt import (
    DBT_EXECUTABLE,
    WarehouseDbtCli,
    warehouse_dbt_project,
    warehouse_models,
)
from orchestration.jobs import nightly_job
from orchestration.partitions import sync_partitions
from orchestration.resources import WarehouseLayout
from orchestration.schedules import nightly_schedule
from orchestration.sensors import new_documents_sensor

defs = dg.Definitions(
    assets=[document_extracts, quality_gate, raw_tables, warehouse_models,
            published_warehouse, nightly_verdict, nightly_report, postgres_warehouse],
    jobs=[nightly_job],
    schedules=[nightly_schedule],
    sensors=[new_documents_sensor],
    executor=dg.in_process_executor,
    resources={
        "warehouse": WarehouseLayout(),
        "dbt": WarehouseDbtCli(project_dir=warehouse_dbt_project(), dbt_executable=DBT_EXECUTABLE),
    },
)


@dg.definitions
def code_location() -> dg.Definitions:
    """What `dagster dev` and the code server load (workspace.yaml names it).

    When Dagster loads the location to serve it (not when a run rebuilds it), the document
    partitions are synced first, so the UI shows every document from the start.
    """
    # DefinitionsLoadContext is not exported from `dagster`; its load type is what tells
    # a location being served (INITIALIZATION) from a run reconstructing it.
    from dagster._core.definitions.definitions_load_context import (
        DefinitionsLoadContext,
        DefinitionsLoadType,
    )

    if DefinitionsLoadContext.get().load_type == DefinitionsLoadType.INITIALIZATION:
        sync_partitions(dg.DagsterInstance.get(), WarehouseLayout().layout())
    return defs
