# Nithet: the README's commands. `make run` starts everything; `make test` runs the suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: install infra system-packages web-assets browser bench-national run up down status test test-unit lint typecheck bench faults clean

install: system-packages $(STAMP) infra web-assets browser

system-packages:
	@bash infra/system/packages.sh

$(STAMP): pyproject.toml
	@command -v python3.11 >/dev/null || command -v python3 >/dev/null
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

# The web app's font (copied into its static folder) and axe-core for the accessibility test.
web-assets: services/web/static/fonts/.installed

services/web/static/fonts/.installed: package.json package-lock.json $(STAMP)
	npm ci --no-audit --no-fund --silent
	$(PY) -m services.web.assets
	touch $@

# The browser tests drive Debian's Chromium (Playwright cannot download browsers here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

infra:
	@bash infra/kafka/install.sh >/dev/null
	@bash infra/ferretdb/build.sh >/dev/null

# WEBHOOKS=local (make run WEBHOOKS=local): http and loopback webhook receivers allowed, for
# development only; refused with NITHET_ENVIRONMENT=production.
LOCAL_WEBHOOKS := $(if $(filter local,$(WEBHOOKS)),--webhooks local,)

run: install
	$(VENV)/bin/nithet run $(LOCAL_WEBHOOKS)

up: install
	$(VENV)/bin/nithet up $(LOCAL_WEBHOOKS)

down:
	$(VENV)/bin/nithet down

status:
	$(VENV)/bin/nithet status

lint: $(STAMP)
	$(VENV)/bin/ruff check kit services nithet tests bench
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: install lint typecheck
	$(VENV)/bin/pytest

test-unit: $(STAMP)
	$(VENV)/bin/pytest tests/unit tests/contract -k "not MongoEventStore"

bench: install
	$(PY) -m pip install -q -e '.[dev,bench]'
	$(PY) -m bench

# kill -9 of each service, Kafka and FerretDB under a steady load, then the tally; then the
# same with two replicas of needs, reporting and subscriptions, one killed at a time.
faults: install
	$(PY) -m pip install -q -e '.[dev,bench]'
	$(PY) -m bench.faults $(ARGS)
	$(PY) -m bench.faults --replicas $(ARGS)

# Rebuild speed and view latency on a national-size history (see docs/PERFORMANCE.md).
bench-national: install
	$(PY) -m bench.national $(ARGS)

clean:
	rm -rf var test-artifacts .pytest_cache
