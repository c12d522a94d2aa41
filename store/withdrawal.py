"""Documents whose file left DOCUMENTS_DIR: withdrawn from the warehouse, kept in its history.

The raw load reads only documents whose file is present, so a removed file's rows leave
every mart on the next build; its status record stays, marked `withdrawn`, so
mart_document_status still says what happened to it and when.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from store.layout import Layout

WITHDRAWN = "withdrawn"


def known_documents(layout: Layout) -> list[str]:
    """Every document key the gate has ever given a status, present or not."""
    folder = layout.quality / "status"
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def withdraw_missing(layout: Layout, current_keys: list[str]) -> list[str]:
    """Mark as withdrawn every known document whose file is gone; return those newly marked."""
    newly = []
    for key in sorted(set(known_documents(layout)) - set(current_keys)):
        path = layout.quality / "status" / f"{key}.json"
        status = json.loads(path.read_text("utf-8"))
        if status["status"] == WITHDRAWN:
            continue
        status.update(
            status=WITHDRAWN,
            reason=f"{status['source_file']}: file removed from {layout.documents_dir}",
            checked_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        path.write_text(json.dumps(status, ensure_ascii=False), "utf-8")
        newly.append(key)
    return newly
