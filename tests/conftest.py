"""Shared fixtures: the bundled corpus, and isolated pipeline runs in temporary folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from store.layout import Layout

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "data" / "documents"
DOCUMENTS = sorted(CORPUS.iterdir())
STRATEGIES = [p for p in DOCUMENTS if p.name[:3] in {"000", "002", "004"}]
AMENDMENT = CORPUS / "001_1cd28d2c3bb342bc.txt"
# Where browser tests save their screenshots: outside the tracked tree (build/ is ignored), so a
# test run never rewrites the copies committed in docs/screenshots/. SCREENSHOTS_DIR overrides.
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR") or REPO / "build" / "screenshots")


@dataclass
class Pipeline:
    """Nightly runs through Dagster, in their own folders and Dagster instance."""

    layout: Layout
    instance: dg.DagsterInstance
    monkeypatch: pytest.MonkeyPatch

    def add(self, *files: Path) -> None:
        for f in files:
            shutil.copy2(f, self.layout.documents_dir / f.name)

    def run(self) -> tuple[dg.ExecuteInProcessResult, list[str]]:
        from orchestration.run_nightly import run_nightly

        self.monkeypatch.setenv("DOCUMENTS_DIR", str(self.layout.documents_dir))
        self.monkeypatch.setenv("WAREHOUSE_PATH", str(self.layout.warehouse_path))
        return run_nightly(self.instance)

    def query(self, sql: str, *params: object) -> list[tuple]:
        with duckdb.connect(str(self.layout.warehouse_path), read_only=True) as con:
            return con.execute(sql, params).fetchall()


@contextmanager
def new_pipeline(root: Path) -> Iterator[Pipeline]:
    docs = root / "documents"
    docs.mkdir(parents=True)
    layout = Layout(documents_dir=docs, warehouse_path=root / "wh" / "warehouse.duckdb")
    (root / "dagster_home").mkdir()
    with pytest.MonkeyPatch.context() as mp, dg.instance_for_test(
        temp_dir=str(root / "dagster_home")
    ) as instance:
        yield Pipeline(layout, instance, mp)


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    """An empty documents folder, warehouse and Dagster instance: `add` documents, then `run`."""
    with new_pipeline(tmp_path) as p:
        yield p


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Pipeline, object]]:
    """The whole bundled corpus through the nightly job once, shared by read-only tests."""
    with new_pipeline(tmp_path_factory.mktemp("corpus")) as p:
        p.add(*DOCUMENTS)
        result, _ = p.run()
        yield p, result


def cut_section_7(source: Path, target: Path) -> Path:
    """A corrupted copy of a strategy: section 7 stops after its heading and a few lines."""
    lines = source.read_text("utf-8").split("\n")
    starts = [i for i, line in enumerate(lines) if "Показатели развития отрасли" in line]
    body = starts[-1]
    target.write_text("\n".join(lines[: body + 5]), "utf-8")
    return target


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The accuracy every gold comparison of this run measured, and the rendered matrix's."""
    from tests.accuracy import RENDERED, SCORES

    if SCORES:
        terminalreporter.section("accuracy against hand-checked gold")
        for test_id, s in SCORES:
            terminalreporter.write_line(
                f"{s.recall:6.3f} recall {s.precision:6.3f} precision "
                f"({s.matched}/{s.expected} expected, {s.actual} extracted)  {test_id}")
    if RENDERED:
        from tests.render.measure import table_lines

        terminalreporter.section("accuracy on rendered strategies: min(recall, precision)")
        for line in table_lines(RENDERED):
            terminalreporter.write_line(line)
