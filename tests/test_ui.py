"""The Dagster UI as a data engineer uses it, in a real browser against `dagster dev`.

Each test module starts its own `dagster dev` (webserver + daemon) on a free port with a
temporary DAGSTER_HOME, documents folder and warehouse, drives headless Chromium through
Playwright, and checks the outcome in the Dagster instance and the warehouse. The
screenshots it takes go to build/screenshots/ (copies of them are committed in docs/screenshots/).

Slow (a few minutes): `make test-ui`, or `RUN_UI_TESTS=1 pytest tests/test_ui.py`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from tests.conftest import AMENDMENT, DOCUMENTS, REPO, SCREENSHOTS

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]
RUN_TIMEOUT_S = 900

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
    pytest.mark.skipif(not os.environ.get("RUN_UI_TESTS"),
                       reason="browser tests of the Dagster UI run in `make test-ui` "
                              "(RUN_UI_TESTS=1): they start dagster dev and take minutes"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")


@dataclass
class DagsterDev:
    url: str
    home: Path
    documents: Path
    warehouse: Path

    def instance(self) -> dg.DagsterInstance:
        return dg.DagsterInstance.from_config(str(self.home))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_server(url: str, proc: subprocess.Popen, log: Path, timeout_s: float = 240) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dagster dev exited: {log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=5):
                return
        except OSError:
            time.sleep(2)
    raise TimeoutError(f"dagster dev did not answer in {timeout_s} s: {log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def dagster_dev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DagsterDev]:
    """`dagster dev` on a fresh instance over a copy of the bundled corpus."""
    root = tmp_path_factory.mktemp("ui")
    home, docs = root / "dagster_home", root / "documents"
    home.mkdir()
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    docs.mkdir()
    for f in DOCUMENTS:
        shutil.copy2(f, docs / f.name)
    port = _free_port()
    dev = DagsterDev(f"http://127.0.0.1:{port}", home, docs, root / "wh" / "warehouse.duckdb")
    env = {**os.environ, "DAGSTER_HOME": str(home), "DOCUMENTS_DIR": str(docs),
           "WAREHOUSE_PATH": str(dev.warehouse),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    log = root / "dagster_dev.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "dagster"), "dev", "-w", "workspace.yaml",
             "-h", "127.0.0.1", "-p", str(port)],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_for_server(dev.url, proc, log)
        yield dev
    finally:
        # dagster dev stops its webserver, daemon and code servers on SIGINT; they share
        # its process group, which is killed outright if they linger.
        os.killpg(proc.pid, signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=60)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def page(dagster_dev: DagsterDev):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        tab = browser.new_page(viewport={"width": 1600, "height": 1000})
        tab.set_default_timeout(60_000)
        yield tab
        browser.close()


def _open(page, url: str) -> None:
    """Open a UI page; dismiss the one-time community dialog of a fresh instance."""
    page.goto(url)
    with contextlib.suppress(sync_api.TimeoutError):
        page.get_by_role("button", name="Skip").click(timeout=8_000)


def _wait_for_runs(dev: DagsterDev, started_after: float, expected_min: int) -> list:
    """Every run created after `started_after`, once they have all finished."""
    deadline = time.monotonic() + RUN_TIMEOUT_S
    with dev.instance() as instance:
        while time.monotonic() < deadline:
            runs = [r for r in instance.get_runs()
                    if instance.get_run_record_by_id(r.run_id).create_timestamp.timestamp()
                    > started_after]
            backfills = instance.get_backfills()
            backfills_done = all(b.status.value != "REQUESTED" for b in backfills)
            if len(runs) >= expected_min and backfills_done and all(r.is_finished for r in runs):
                return runs
            time.sleep(3)
    raise TimeoutError(f"runs did not finish within {RUN_TIMEOUT_S} s")


def _choose_partitions(page, keys: list[str] | None) -> None:
    """In the launch dialog: all partitions (None) or exactly `keys`."""
    dialog = page.get_by_role("dialog")
    if keys is None:
        dialog.get_by_role("button", name="All", exact=True).click()
        return
    for key in keys:
        dialog.get_by_text("Select a partition or create one").click()
        page.keyboard.type(key)
        # The suggestion list re-renders while the UI polls for partitions: retry the click.
        for _ in range(10):
            try:
                page.get_by_role("menuitem").filter(has_text=key).first.click(timeout=5_000)
                break
            except sync_api.TimeoutError:
                continue
    chosen = f"{len(keys)} partition" + ("s" if len(keys) > 1 else "")
    dialog.get_by_text(chosen, exact=True).wait_for()


def test_materialize_all_on_a_fresh_instance_succeeds(dagster_dev: DagsterDev, page) -> None:
    """«Materialize all» from the asset graph of a fresh instance: every run it starts
    succeeds, and the warehouse is published with every document."""
    with dagster_dev.instance() as instance:  # synced when the code location loaded
        assert sorted(instance.get_dynamic_partitions("documents")) == [p.name for p in DOCUMENTS]
    _open(page, f"{dagster_dev.url}/asset-groups")
    started = time.time()
    page.get_by_role("button", name="Materialize all").click()
    _choose_partitions(page, None)
    assert f"{len(DOCUMENTS)} partitions" in page.get_by_role("dialog").inner_text()
    page.get_by_role("button", name="Launch backfill").click()

    runs = _wait_for_runs(dagster_dev, started, expected_min=2)
    assert [r.status for r in runs] == [dg.DagsterRunStatus.SUCCESS] * len(runs), runs
    with duckdb.connect(str(dagster_dev.warehouse), read_only=True) as con:
        files = {r[0] for r in con.execute("select source_file from dim_document").fetchall()}
    assert files == {p.name for p in DOCUMENTS}

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    _open(page, f"{dagster_dev.url}/asset-groups")
    page.get_by_text("publish", exact=True).first.wait_for()
    page.wait_for_timeout(3_000)
    page.screenshot(path=str(SCREENSHOTS / "asset_graph.png"))
    _open(page, f"{dagster_dev.url}/assets/quality_gate?view=lineage")  # the gate's neighbours
    page.get_by_text("landing", exact=True).first.wait_for()
    page.wait_for_timeout(3_000)
    page.screenshot(path=str(SCREENSHOTS / "asset_lineage_gate.png"))


def _open_findings(page, url: str, check: str):
    _open(page, f"{url}/assets/quality_gate?view=checks&checkDetail={check}")
    page.get_by_text("[Show Markdown]").first.click()
    dialog = page.get_by_role("dialog")
    dialog.locator("table").first.wait_for()
    return dialog


def test_gate_checks_show_each_documents_findings(dagster_dev: DagsterDev, page) -> None:
    """The gate's blocking check is labelled blocking; both checks' findings open as
    tables with a row per document."""
    dialog = _open_findings(page, dagster_dev.url, "blocking_expectations")
    assert "This is a blocking asset check" in page.inner_text("body")
    rows = dialog.locator("table").first.locator("tbody tr").all_inner_texts()
    assert sorted(r.split("\t")[0] for r in rows) == [p.name for p in DOCUMENTS]
    assert all("published" in r for r in rows)
    page.get_by_role("button", name="Close").click()

    dialog = _open_findings(page, dagster_dev.url, "warning_expectations")
    text = dialog.inner_text()
    assert "total_equals_sum_of_sources" in text and AMENDMENT.name in text
    dialog.locator("h2").first.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "check_findings.png"))


def test_dbt_docs_open_from_disk(dagster_dev: DagsterDev, page) -> None:
    """The dbt docs linked from published_warehouse render from the file, no server."""
    docs = dagster_dev.warehouse.parent / "dbt_docs" / "index.html"
    page.goto(docs.as_uri() + "#!/model/model.strategy_warehouse.fct_program_funding")
    page.locator("text=fct_program_funding >> visible=true").first.wait_for()
    page.get_by_text("amount_thousand_rub", exact=True).first.wait_for()  # columns: the catalog
    assert page.title() == "dbt Docs"
    page.screenshot(path=str(SCREENSHOTS / "dbt_docs.png"))


def test_one_partition_materializes(dagster_dev: DagsterDev, page) -> None:
    """One document's partition re-extracted from the asset page: one run, successful,
    materializing that partition only."""
    key = AMENDMENT.name
    _open(page, f"{dagster_dev.url}/assets/document_extracts?view=partitions")
    started = time.time()
    page.get_by_role("button", name="Materialize").first.click()
    page.get_by_role("button", name="Confirm").click()  # `landing` comes along: one step
    _choose_partitions(page, [key])
    page.get_by_role("button", name="Launch 1 run").click()

    runs = _wait_for_runs(dagster_dev, started, expected_min=1)
    assert len(runs) == 1 and runs[0].status == dg.DagsterRunStatus.SUCCESS
    assert runs[0].tags.get("dagster/partition") == key
    with dagster_dev.instance() as instance:
        events = instance.fetch_materializations(dg.AssetKey("document_extracts"), limit=1)
    latest = events.records[0]
    assert latest.run_id == runs[0].run_id and latest.partition_key == key
