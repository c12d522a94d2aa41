"""The one job: every document, the gate, the dbt build and publication."""

import dagster as dg

nightly_job = dg.define_asset_job(
    "nightly_warehouse",
    selection=dg.AssetSelection.all(),
    description="Extract every document, gate it, build the warehouse with dbt, publish.",
    # One process for all steps: a step process would spend longer importing the
    # definitions than most steps take.
    executor_def=dg.in_process_executor,
)
