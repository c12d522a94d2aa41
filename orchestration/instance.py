"""Write DAGSTER_HOME/dagster.yaml for the storage of the moment (`make setup` runs this).

DAGSTER_POSTGRES_URL unset: today's local instance (orchestration/dagster.yaml, SQLite
files under DAGSTER_HOME). Set: the same settings plus orchestration/dagster.postgres.yaml,
so a team's runs, events, schedules and sensor cursors live in one PostgreSQL database.
The file is rewritten only when its content changes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE / "dagster.yaml"
POSTGRES = HERE / "dagster.postgres.yaml"
DEFAULT_HOME = HERE.parent / ".dagster_home"
# dagster-postgres sends `NOTIFY channel, %(id)s`, which only a client-side binding driver
# runs; SQLAlchemy 2.1 maps a bare postgresql:// to psycopg 3 (server-side binding).
DRIVER_SCHEME = "postgresql+psycopg2://"


def instance_yaml(environ: Mapping[str, str]) -> str:
    text = BASE.read_text("utf-8")
    url = environ.get("DAGSTER_POSTGRES_URL")
    if url:
        if not url.startswith(DRIVER_SCHEME):
            raise ValueError(
                f"DAGSTER_POSTGRES_URL must start with {DRIVER_SCHEME} (dagster-postgres needs "
                "the psycopg2 driver; a bare postgresql:// makes SQLAlchemy pick psycopg 3, "
                "whose NOTIFY fails), e.g. postgresql+psycopg2://user@host:5432/dagster")
        text = text.rstrip("\n") + "\n\n" + POSTGRES.read_text("utf-8")
    return text


def write_instance_config(home: Path, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    target = home / "dagster.yaml"
    text = instance_yaml(env)
    if not target.exists() or target.read_text("utf-8") != text:
        home.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    return target


def main() -> int:
    home = Path(os.environ.get("DAGSTER_HOME") or DEFAULT_HOME)
    try:
        target = write_instance_config(home)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    storage = "PostgreSQL (DAGSTER_POSTGRES_URL)" if os.environ.get(
        "DAGSTER_POSTGRES_URL") else f"local files in {home}"
    print(f"dagster instance: {target} — storage: {storage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
