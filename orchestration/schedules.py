"""03:00 Moscow time: the whole warehouse, every night."""

import dagster as dg

from orchestration.jobs import nightly_job
from orchestration.partitions import all_documents_tags, sync_partitions
from orchestration.resources import WarehouseLayout


@dg.schedule(job=nightly_job, cron_schedule="0 3 * * *", execution_timezone="Europe/Moscow",
             default_status=dg.DefaultScheduleStatus.RUNNING)
def nightly_schedule(context: dg.ScheduleEvaluationContext, warehouse: WarehouseLayout):
    """One run over all documents (a single-run backfill of the document partitions)."""
    layout = warehouse.layout()
    sync_partitions(context.instance, layout)
    tags = all_documents_tags(context.instance)
    if not tags:
        return dg.SkipReason(f"no documents in {layout.documents_dir}")
    return dg.RunRequest(tags=tags)
