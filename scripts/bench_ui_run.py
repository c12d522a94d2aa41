"""A full nightly run started from the UI versus the same run by `make run`, wall clock.

    .venv/bin/python scripts/bench_ui_run.py [--documents DIR]

Each side gets a fresh temporary Dagster instance and warehouse over a copy of the
documents. `make run` is `python -m orchestration.run_nightly` (timed from process start,
imports included). The UI side starts `dagster dev`, launches job nightly_warehouse over
all document partitions through the webserver's GraphQL API (the mutation the Launchpad
sends) and times it from launch to the run's success, queueing and the run worker's
start included. Prints both and their ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _env(root: Path, documents: Path) -> dict[str, str]:
    home = root / "home"
    home.mkdir(parents=True)
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    docs = root / "documents"
    shutil.copytree(documents, docs)
    return {**os.environ, "DAGSTER_HOME": str(home), "DOCUMENTS_DIR": str(docs),
            "WAREHOUSE_PATH": str(root / "wh" / "warehouse.duckdb"),
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def time_make_run(root: Path, documents: Path) -> float:
    env = _env(root, documents)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "orchestration.run_nightly"], cwd=REPO, env=env,
                   check=True, capture_output=True)
    return time.perf_counter() - started


def time_ui_run(root: Path, documents: Path) -> float:
    from dagster_graphql import DagsterGraphQLClient

    env = _env(root, documents)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(BIN / "dagster"), "dev", "-w", "workspace.yaml", "-p", str(port)],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5)
                break
            except OSError:
                time.sleep(1)
        keys = sorted(p.name for p in Path(env["DOCUMENTS_DIR"]).iterdir())
        client = DagsterGraphQLClient("127.0.0.1", port_number=port)
        started = time.perf_counter()
        run_id = client.submit_job_execution("nightly_warehouse", tags={
            "dagster/asset_partition_range_start": keys[0],
            "dagster/asset_partition_range_end": keys[-1]})
        while True:
            status = client.get_run_status(run_id).value
            if status in ("SUCCESS", "FAILURE", "CANCELED"):
                break
            time.sleep(0.5)
        elapsed = time.perf_counter() - started
        if status != "SUCCESS":
            raise SystemExit(f"UI run {run_id} ended {status}")
        return elapsed
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=Path, default=REPO / "data" / "documents")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        make_run = time_make_run(Path(tmp) / "make_run", args.documents)
        ui_run = time_ui_run(Path(tmp) / "ui", args.documents)
    print(f"make run:          {make_run:6.1f} s (process start to exit)")
    print(f"UI-launched run:   {ui_run:6.1f} s (launch to success)")
    print(f"ratio UI/make run: {ui_run / make_run:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
