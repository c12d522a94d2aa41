# Two commands set up and run everything on a fresh machine with Python 3.11:
#   make run    # the whole pipeline on the bundled documents
#   make test   # the test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
# dagster-dbt looks for `dbt` on PATH when `dagster dev` re-parses the project.
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup run test dev lint bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Exact pins from requirements.lock. The project runs from this folder (python -m …), uninstalled.
$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $@

# Rewritten (when it differs) on every setup: PostgreSQL storage when DAGSTER_POSTGRES_URL
# is set, local files otherwise (docs/team-deployment.md).
$(DAGSTER_HOME)/dagster.yaml: $(BIN)/python FORCE
	$(BIN)/python -m orchestration.instance

FORCE:

setup: $(VENV)/.installed $(DAGSTER_HOME)/dagster.yaml
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir .

run: setup
	$(BIN)/python -m orchestration.run_nightly

test: setup
	$(BIN)/python -m pytest

dev: setup
	$(BIN)/dagster dev -w workspace.yaml

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python scripts/bench_extract.py
	$(BIN)/python scripts/bench_pdf.py
	$(BIN)/python scripts/bench_pipeline.py

lock: $(BIN)/python
	$(BIN)/python -m pip freeze --exclude-editable > requirements.lock

clean:
	rm -rf warehouse dbt_project/target dbt_project/logs

# The Dagster UI in a browser: headless Chromium (Playwright) against `dagster dev` on a
# temporary instance; takes minutes, so it is its own lane. Screenshots land in docs/screenshots/.
.PHONY: test-ui bench-ui
test-ui: setup
	RUN_UI_TESTS=1 $(BIN)/python -m pytest tests/test_ui.py

# A full run launched through the UI's API versus `make run`, wall clock.
bench-ui: setup
	$(BIN)/python scripts/bench_ui_run.py

# Rendered strategy fixtures (tests/fixtures/rendered): needs LibreOffice; `make test` only reads them.
fixtures: ; $(BIN)/python scripts/make_fixtures.py

# The nightly HTML report, rebuilt from the published warehouse without a pipeline run
# (docs/report.md); prints the path of report/index.html.
.PHONY: report
report: setup
	$(BIN)/python -m report
