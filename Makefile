# Two commands a newcomer needs: `make run` and `make test` (see README.md).
# `make test` lints (ruff), type-checks the whole package (mypy --strict) and
# runs the whole suite, the team-database tests against a real PostgreSQL server it
# starts (installing Debian's postgresql package first when missing and root).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint format screenshot bench bench-loaded bench-peers clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.app: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test: $(VENV)/.app
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.app
	$(BIN)/reader $(ARGS)

test: $(VENV)/.test
	scripts/ensure_postgres.sh
	$(BIN)/ruff check reader tests scripts benchmarks main.py
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test
	$(BIN)/ruff check reader tests scripts benchmarks main.py
	$(BIN)/mypy
	$(BIN)/ruff format --check reader tests scripts benchmarks main.py

format: $(VENV)/.test
	$(BIN)/ruff format reader tests scripts benchmarks main.py
	$(BIN)/ruff check --fix reader tests scripts benchmarks main.py

screenshot: $(VENV)/.app
	$(BIN)/python scripts/readme_screenshot.py docs/screenshot.png docs/review.png docs/arabic.png docs/links.png
	$(BIN)/python scripts/overview_screenshot.py docs/overview.png

bench: $(VENV)/.app
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

# The same with every core kept busy by another process (issue 22: do the ratios hold?).
bench-loaded: $(VENV)/.app
	$(BIN)/python -m benchmarks.run --loaded

# Label Studio beside us (not part of bench, CI or test): its own venv, pinned.
PEER_VENV := bench-out/label-studio-venv
LABEL_STUDIO ?= label-studio==1.23.2

$(PEER_VENV)/bin/label-studio:
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/pip install --quiet '$(LABEL_STUDIO)'

bench-peers: $(VENV)/.app $(PEER_VENV)/bin/label-studio
	$(BIN)/python -m benchmarks.bench_peers

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
