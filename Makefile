# Two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/legation ingest examples/ --db sqlite:///legation.db

lint: setup
	$(PY) -m ruff check src tests

test: setup lint
	$(PY) -m pytest

clean:
	rm -rf $(VENV) legation.db build dist .pytest_cache
