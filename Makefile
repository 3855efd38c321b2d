# Two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint clean

# Services the test suite needs (PostgreSQL, Chromium) add themselves to TEST_DEPS
# from mk/*.mk, so `make test` installs and starts them on a fresh machine.
TEST_DEPS :=
-include mk/*.mk

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/legation ingest examples/articles/ --db sqlite:///legation.db

lint: setup
	$(PY) -m ruff check src tests

test: setup lint $(TEST_DEPS)
	$(PY) -m pytest

clean:
	rm -rf $(VENV) legation.db build dist .pytest_cache
