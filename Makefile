# Nithet: the README's commands. `make run` starts everything; `make test` runs the suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: install infra system-packages bench-national run up down status test test-unit lint typecheck bench faults clean

install: system-packages $(STAMP) infra

system-packages:
	@bash infra/system/packages.sh

$(STAMP): pyproject.toml
	@command -v python3.11 >/dev/null || command -v python3 >/dev/null
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

infra:
	@bash infra/kafka/install.sh >/dev/null
	@bash infra/ferretdb/build.sh >/dev/null

run: install
	$(VENV)/bin/nithet run

up: install
	$(VENV)/bin/nithet up

down:
	$(VENV)/bin/nithet down

status:
	$(VENV)/bin/nithet status

lint: $(STAMP)
	$(VENV)/bin/ruff check kit services nithet tests bench
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: install lint
	$(VENV)/bin/pytest

test-unit: $(STAMP)
	$(VENV)/bin/pytest tests/unit tests/contract -k "not MongoEventStore"

bench: install
	$(PY) -m pip install -q -e '.[dev,bench]'
	$(PY) -m bench

# Rebuild speed and view latency on a national-size history (see docs/PERFORMANCE.md).
bench-national: install
	$(PY) -m bench.national $(ARGS)

clean:
	rm -rf var test-artifacts .pytest_cache
