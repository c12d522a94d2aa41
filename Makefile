# Two commands set up and run everything on a fresh machine with Python 3.11:
#   make run    # the whole pipeline on the bundled documents
#   make test   # the test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
# dagster-dbt looks for `dbt` on PATH when `dagster dev` re-parses the project.
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup run test test-slow test-ui dev lint bench bench-scale bench-ui report fixtures lock clean

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

# dbt parses the project again only when one of its files (or dbt itself) changed: starting
# dbt costs seconds even when partial parsing has nothing to do, and an unchanged night
# should end in seconds.
DBT_SOURCES := $(shell find dbt_project -type f \( -name '*.sql' -o -name '*.yml' \
	-o -name '*.yaml' -o -name '*.csv' -o -name '*.md' \) -not -path 'dbt_project/target/*' \
	-not -path 'dbt_project/logs/*' -not -path 'dbt_project/dbt_packages/*')

dbt_project/target/manifest.json: $(VENV)/.installed $(DBT_SOURCES)
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir .
	touch $@

setup: $(VENV)/.installed $(DAGSTER_HOME)/dagster.yaml dbt_project/target/manifest.json

run: setup
	$(BIN)/python -m orchestration.run_nightly

# Test lanes (CI runs all three, .ci/run): the fast lane, then the slow ones.
test: setup
	$(BIN)/python -m pytest

# The full rendered-PDF accuracy matrix (minutes: pdfplumber reads ~1,800 pages), the
# PostgreSQL deployment and the tests that run the nightly pipeline again and again.
test-slow: setup
	$(BIN)/python -m pytest -m slow

# The Dagster UI in a browser: headless Chromium (Playwright) against `dagster dev` on a
# temporary instance; takes minutes. Screenshots land in build/screenshots/.
test-ui: setup
	RUN_UI_TESTS=1 $(BIN)/python -m pytest tests/test_ui.py

dev: setup
	$(BIN)/dagster dev -w workspace.yaml

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python scripts/bench_extract.py
	$(BIN)/python scripts/bench_pdf.py
	$(BIN)/python scripts/bench_pipeline.py
	$(BIN)/python scripts/bench_report.py
	$(BIN)/python scripts/bench_identity.py

# National scale: N distinct documents through the nightly job (1,000 takes ~6 minutes).
bench-scale: setup
	$(BIN)/python scripts/bench_scale.py 4 100 1000
	scripts/bench_make_run.sh 100

# A full run launched through the UI's API versus `make run`, wall clock.
bench-ui: setup
	$(BIN)/python scripts/bench_ui_run.py

# The nightly HTML report, rebuilt from the published warehouse without a pipeline run
# (docs/report.md); prints the path of report/index.html.
report: setup
	$(BIN)/python -m report

# Rendered strategy and decree fixtures (tests/fixtures/rendered): need LibreOffice
# (apt-get install libreoffice-writer-nogui fonts-liberation fonts-dejavu); tests only read them.
fixtures: setup
	$(BIN)/python scripts/make_fixtures.py
	$(BIN)/python scripts/make_decree_fixtures.py

lock: $(BIN)/python
	{ head -n 2 requirements.lock; $(BIN)/python -m pip freeze --exclude-editable; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf warehouse dbt_project/target dbt_project/logs
