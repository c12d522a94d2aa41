"""03:00 Moscow time: the whole warehouse, every night."""


import dagster as dg

from orchestration.jobs import nightly_job
from orchestration.partitions import all_documents_tags, sync_partitions
from store.layout import Layout


@dg.schedule(job=nightly_job, cron_schedule="0 3 * * *", execution_timezone="Europe/Moscow",
             default_status=dg.DefaultScheduleStatus.RUNNING)
def nightly_schedule(context: dg.ScheduleEvaluationContext):
    """One run over all documents (a single-run backfill of the document partitions)."""
    sync_partitions(context.instance, Layout.resolve())
    tags = all_documents_tags(context.instance)
    if not tags:
        return dg.SkipReason(f"no documents in {Layout.resolve().documents_dir}")
    return dg.RunRequest(tags=tags)
