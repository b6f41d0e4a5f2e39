"""Load the German extraction pipeline offline: statistical NER, sentence and entity rules, relations."""

from __future__ import annotations

import importlib.util
import logging
import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from nlp import components  # noqa: F401  (registers the kg_* factories)
from nlp.errors import KGError, ModelNotFoundError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = Path(__file__).resolve().parent / "models" / "de_kg_ner"
MODEL_ENV = "KG_SPACY_MODEL"
SENTENCE_SETTERS = frozenset({"parser", "senter", "sentencizer", "kg_sentences"})
GLUED_PERIOD = r"(?<=[a-zäöüß“”\"])\.(?=[A-ZÄÖÜ][a-zäöüß])"
ENTITY_COMPONENTS = ("kg_person_names", "kg_org_names", "kg_entity_merger")


def resolve_model(model: str | Path | None = None) -> str:
    """The model to load: the argument, else $KG_SPACY_MODEL, else the shipped nlp/models/de_kg_ner."""
    if model is None:
        model = os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    return str(model)


def load_pipeline(model: str | Path | None = None, *, relations: bool = True) -> Language:
    """The full pipeline (cached per model). `model` is a path, an installed package name or "blank:de"."""
    return _load(resolve_model(model), relations)


@lru_cache(maxsize=4)
def _load(model: str, relations: bool) -> Language:
    nlp = load_model(model)
    split_glued_sentences(nlp)
    add_entity_components(nlp)
    if relations:
        add_relations(nlp)
    logger.info("pipeline %s: %s", model, nlp.pipe_names)
    return nlp


def load_model(model: str) -> Language:
    """Load a spaCy pipeline from disk or an installed package; never downloads anything."""
    if model.startswith("blank:"):
        return spacy.blank(model.split(":", 1)[1])
    path = Path(model)
    looks_like_path = path.is_absolute() or os.sep in model or model.startswith(".")
    if looks_like_path and not path.exists():
        raise ModelNotFoundError(
            f"No spaCy model at {path}. Train or restore it (see nlp/models/README.md), or set "
            f"{MODEL_ENV} to an installed pipeline such as de_core_news_lg."
        )
    try:
        nlp = spacy.load(path if path.exists() else model)
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(
            f"Cannot load spaCy model {model!r}: {exc}. Install that package into the environment "
            f"(pip install <wheel>), or unset {MODEL_ENV} to use the shipped model {DEFAULT_MODEL}."
        ) from exc
    if nlp.lang != "de":
        raise KGError(
            f"Model {model!r} is for language {nlp.lang!r}; the pipeline needs a German ('de') model."
        )
    return nlp


def split_glued_sentences(nlp: Language) -> None:
    """Split "Türen“.Sven" (a sentence period without the following space, common in scraped text)."""
    infixes = list(nlp.Defaults.infixes or []) + [GLUED_PERIOD]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


def add_entity_components(nlp: Language) -> None:
    """Add the sentence splitter (if the model sets no sentences) and the entity components (idempotent)."""
    if not SENTENCE_SETTERS & set(nlp.pipe_names):
        nlp.add_pipe("kg_sentences", first=True)
    for name in ENTITY_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)


def add_relations(nlp: Language) -> None:
    """Append the relation components of nlp/relations (written separately)."""
    if importlib.util.find_spec("nlp.relations") is None:
        raise ImportError(
            "nlp.relations is missing: the relation components are not installed. "
            "Call load_pipeline(relations=False) for entities only."
        )
    from nlp.relations import add_relation_components

    add_relation_components(nlp)


def pipeline_version(nlp: Language | None = None) -> str:
    """Names the code and the model that produced facts (recorded as the PROV activity in the graph)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        code = version("kg-de")
    except PackageNotFoundError:
        code = "dev"
    meta = (nlp or load_pipeline()).meta
    return f"kg-de {code}; model {meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"
