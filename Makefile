# provintel: two commands. `make demo` runs the pipeline end to end; `make test` runs the suite.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Debian packages the briefings need: a CJK font to embed in PDFs, HarfBuzz's subsetter (seconds
# instead of a minute per PDF), Pango for WeasyPrint, poppler-utils to check the PDFs in tests, and
# PostgreSQL and Redis for the CeleryExecutor run (make scale-demo; throwaway servers on loopback)
DEBS := fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 poppler-utils \
        postgresql redis-server
export AIRFLOW_HOME ?= $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False

.PHONY: install demo scale-demo test lint bench accuracy airflow clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON)"; exit 1; }
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages: $$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -c constraints.txt -e '.[dev,scale]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m provintel.demo

# the DAGs on CeleryExecutor (PostgreSQL, Redis, two workers) and on LocalExecutor: same warehouse
scale-demo: $(STAMP)
	$(PY) -m provintel.scale

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) -m provintel.bench

# parsers on real recorded pages and answers (tests/fixtures/real): writes ACCURACY.md
accuracy: $(STAMP)
	$(PY) -m provintel.accuracy

# the Airflow UI for people who want it: API server on loopback, parallelism sized for 2 cores
airflow: $(STAMP)
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH \
	AIRFLOW__CORE__PARALLELISM=4 \
	AIRFLOW__API__HOST=127.0.0.1 \
	AIRFLOW__CORE__EXECUTION_API_SERVER_URL=http://127.0.0.1:8080/execution/ \
	$(PY) -m provintel.cli airflow-standalone

clean:
	rm -rf data .airflow
