"""The code location `dagster dev` loads (see workspace.yaml)."""

import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.assets.documents import document_extracts, quality_gate
from orchestration.assets.postgres import postgres_warehouse
from orchestration.assets.report import nightly_report
from orchestration.assets.warehouse import nightly_verdict, published_warehouse, raw_tables
from orchestration.dbt import dbt_project, warehouse_models
from orchestration.jobs import nightly_job
from orchestration.resources import WarehouseLayout
from orchestration.schedules import nightly_schedule
from orchestration.sensors import new_documents_sensor

defs = dg.Definitions(
    assets=[document_extracts, quality_gate, raw_tables, warehouse_models,
            published_warehouse, nightly_verdict, nightly_report, postgres_warehouse],
    jobs=[nightly_job],
    schedules=[nightly_schedule],
    sensors=[new_documents_sensor],
    resources={
        "warehouse": WarehouseLayout(),
        # The dbt beside this interpreter: the venv's, whether or not it is on PATH.
        "dbt": DbtCliResource(
            project_dir=dbt_project, dbt_executable=str(Path(sys.executable).parent / "dbt")
        ),
    },
)
