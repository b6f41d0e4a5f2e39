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

.PHONY: setup browser run test test-fast lint model model-data model-eval model-syntax model-syntax-data model-syntax-eval relations-model relations-cv

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

# Reproduce the shipped NER model from ../shared/data, ../shared/corpus, ../shared/corpus-train and
# corpus/samples (one core, about 40 minutes, fixed seed 13). spacy-lookups-data (MIT; Brown clusters)
# is needed to build the model only, never to load it.
model-data: setup
	@$(BIN)/python -c "import spacy_lookups_data" 2>/dev/null || $(BIN)/python -m pip install -q "spacy-lookups-data>=1.0.5,<1.1"
	$(BIN)/python -m nlp.training.convert $(SHARED)/data nlp/training/work
	$(BIN)/python -m nlp.training.clusters nlp/training/work/clusters
	$(BIN)/python -m nlp.lexicons.build_org_clusters

model: model-data
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/python -m spacy train \
		nlp/training/ner.cfg --output nlp/training/work/out
	$(BIN)/python -m nlp.training.finalize nlp/training/work/out/model-last nlp/models/de_kg_ner
	$(MAKE) model-eval

model-eval: setup
	$(BIN)/python -m nlp.training.evaluate nlp/training/work --out nlp/models/EVAL.md

# Reproduce the shipped syntax model (tagger, morphologizer, parser, lemmatizer) from the UD German
# treebanks in ../shared/data plus HanTa silver tags on SmartData sentences (one core, about 30 minutes,
# fixed seed 13; see nlp/models/README.md, section de_kg_syntax). HanTa (LGPL-3.0-or-later) and
# spacy-lookups-data (MIT) are needed only here, not at run time.
SYNTAX_WORK := nlp/training/work-syntax
ONE_CORE := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

model-syntax-data: setup
	$(BIN)/python -c "import HanTa, spacy_lookups_data" 2>/dev/null || $(BIN)/python -m pip install -q "HanTa==1.2.1" "spacy-lookups-data==1.0.5"
	$(ONE_CORE) $(BIN)/python -m nlp.training.silver_hanta $(SHARED)/data $(SYNTAX_WORK)/silver_hanta.spacy --sentences 4000
	$(BIN)/python -m nlp.training.convert_ud $(SHARED)/data $(SYNTAX_WORK) --silver $(SYNTAX_WORK)/silver_hanta.spacy

model-syntax: model-syntax-data
	$(ONE_CORE) $(BIN)/python -m spacy train nlp/training/syntax.cfg --output $(SYNTAX_WORK)/out
	$(BIN)/python -m nlp.training.syntax finalize $(SYNTAX_WORK)/out/model-best nlp/models/de_kg_syntax
	$(MAKE) model-syntax-eval

model-syntax-eval: setup
	$(BIN)/python -m nlp.training.syntax evaluate nlp/models/de_kg_syntax $(SYNTAX_WORK) --out nlp/models/SYNTAX_EVAL.md

# Reproduce the trained relation scorers (nlp/models/relations/*.json) from the annotated articles of
# ../shared/corpus-train, ../shared/corpus and corpus/samples, with the shipped NER and syntax models
# (about a minute; scikit-learn is a dev dependency). `relations-cv` prints cross-validated scores only.
relations-model: setup
	$(BIN)/python -m nlp.training.relations train

relations-cv: setup
	$(BIN)/python -m nlp.training.relations eval --out-report tests/bench/reports/relations-cv.md
