"""Notice new, changed or removed files in DOCUMENTS_DIR and rebuild once for all of them."""

import hashlib
import json

import dagster as dg

from orchestration.jobs import nightly_job
from orchestration.partitions import all_documents_tags, sync_partitions
from orchestration.resources import WarehouseLayout


@dg.sensor(job=nightly_job, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.STOPPED)
def new_documents_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseLayout):
    """One run per tick, whatever changed: every file new, changed (by checksum) or removed
    since the last tick is in it. The run covers all documents; unchanged ones are not
    re-extracted, removed ones are withdrawn from the marts."""
    layout = warehouse.layout()
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    sync_partitions(context.instance, layout)
    current = {key: hashlib.sha256(path.read_bytes()).hexdigest()
               for key, path in layout.documents().items()}
    changed = sorted(k for k in current if seen.get(k) != current[k])
    removed = sorted(set(seen) - set(current))
    context.update_cursor(json.dumps(current))
    if not changed and not removed:
        return dg.SkipReason("no file added, changed or removed")
    tags = all_documents_tags(context.instance)
    if not tags:  # every file removed: nothing to partition a run by
        return dg.SkipReason(f"{layout.documents_dir} is empty: the last warehouse is kept")
    digest = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
    return dg.RunRequest(run_key=f"documents:{digest}", tags={
        **tags, "documents/changed": ",".join(changed)[:1000],
        "documents/removed": ",".join(removed)[:1000]})
