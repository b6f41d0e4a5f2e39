# Two commands: `make run` (set up, ingest the sample corpus, serve on 127.0.0.1:8000) and `make test`.
# Everything else here is a step of those two, or the reproducible model build (`make model`).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= var/store
HOST ?= 127.0.0.1
PORT ?= 8000
SHARED ?= ../shared

.PHONY: setup browser run test test-fast lint model model-data model-eval

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

setup: $(BIN)/kg

# Debian's Chromium for the browser tests; Playwright only drives it (it never downloads a browser).
browser: setup
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@$(BIN)/python -c "import playwright" 2>/dev/null || $(BIN)/python -m pip install -q "playwright>=1.45"

run: setup
	$(BIN)/kg ingest corpus/samples --store $(STORE)
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: browser
	@test -d $(SHARED)/corpus || { echo "error: $(SHARED)/corpus not found: the tests need ../shared beside the checkout" >&2; exit 2; }
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not browser and not slow"

lint: setup
	$(BIN)/ruff check nlp graph service corpus tests
	$(BIN)/mypy nlp graph service corpus

# Reproduce the shipped NER model from ../shared/data (2 cores, about 40 minutes, fixed seed).
model-data: setup
	$(BIN)/python -m nlp.training.convert $(SHARED)/data nlp/training/work

model: model-data
	$(BIN)/python -m spacy train nlp/training/ner.cfg --output nlp/training/work/out
	$(BIN)/python -m nlp.training.finalize nlp/training/work/out/model-last nlp/models/de_kg_ner
	$(MAKE) model-eval

model-eval: setup
	$(BIN)/python -m nlp.training.evaluate nlp/training/work --out nlp/models/EVAL.md
