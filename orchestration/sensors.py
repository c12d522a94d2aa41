"""Notice new or changed files in DOCUMENTS_DIR and rebuild for just those documents."""

import hashlib
import json

import dagster as dg

from orchestration.jobs import nightly_job
from orchestration.partitions import sync_partitions
from orchestration.resources import WarehouseLayout


@dg.sensor(job=nightly_job, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.STOPPED)
def new_documents_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseLayout):
    """One run per new or changed file; its partition is re-extracted, the warehouse rebuilt.

    The cursor remembers each file's checksum, so a file touched without changes
    does not trigger a run.
    """
    layout = warehouse.layout()
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    sync_partitions(context.instance, layout)
    current = {key: hashlib.sha256(path.read_bytes()).hexdigest()
               for key, path in layout.documents().items()}
    for key, sha in current.items():
        if seen.get(key) != sha:
            yield dg.RunRequest(run_key=f"{key}:{sha}", partition_key=key)
    context.update_cursor(json.dumps(current))
