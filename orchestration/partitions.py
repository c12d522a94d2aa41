"""One partition per document file, kept in step with DOCUMENTS_DIR."""

import dagster as dg

from store.layout import Layout

documents_partitions = dg.DynamicPartitionsDefinition(name="documents")

RANGE_START = "dagster/asset_partition_range_start"
RANGE_END = "dagster/asset_partition_range_end"


def sync_partitions(instance: dg.DagsterInstance, layout: Layout) -> list[str]:
    """Add partitions for new files, drop those whose file is gone; return current keys."""
    wanted = list(layout.documents())
    existing = set(instance.get_dynamic_partitions(documents_partitions.name))
    new = [k for k in wanted if k not in existing]
    if new:
        instance.add_dynamic_partitions(documents_partitions.name, new)
    for gone in existing - set(wanted):
        instance.delete_dynamic_partition(documents_partitions.name, gone)
    return wanted


def all_documents_tags(instance: dg.DagsterInstance) -> dict[str, str]:
    """Run tags that select every document partition in one run (a single-run backfill)."""
    keys = instance.get_dynamic_partitions(documents_partitions.name)
    if not keys:
        return {}
    return {RANGE_START: keys[0], RANGE_END: keys[-1]}
