"""Load the German extraction pipeline offline: statistical NER, sentence and entity rules, relations."""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import warnings
from functools import lru_cache
from pathlib import Path
from typing import cast

import spacy
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex

from nlp import components  # noqa: F401  (registers the kg_* factories)
from nlp.components import (
    cluster_embed,  # noqa: F401  (registers the tok2vec architecture of de_kg_syntax)
    separable_verbs,  # noqa: F401  (registers kg_separable_verbs)
)
from nlp.components.unwrap import UnwrappingTokenizer, WrapFinder
from nlp.errors import KGError, ModelNotFoundError
from nlp.names import LEGAL_FORMS

logger = logging.getLogger(__name__)

DEFAULT_MODEL = Path(__file__).resolve().parent / "models" / "de_kg_ner"
SYNTAX_MODEL = Path(__file__).resolve().parent / "models" / "de_kg_syntax"
MODEL_ENV = "KG_SPACY_MODEL"
SYNTAX_ENV = "KG_SYNTAX_MODEL"  # another syntax model directory, or "none" for no syntax layer
SENTENCE_SETTERS = frozenset({"parser", "senter", "sentencizer", "kg_sentences"})
GLUED_PERIOD = r"(?<=[a-zäöüß“”\"])\.(?=[A-ZÄÖÜ][a-zäöüß])"
MARKDOWN_LINK = r"\]\((?=https?:)"
# a sentence's period after an acronym that ends in a capital after a small letter ("vom VdK.", "die
# KiTa."): the German suffix rules split it after a small letter or a run of capitals only
ACRONYM_PERIOD = r"(?<=[a-zäöüß][A-ZÄÖÜ])\.$"
# a sentence's period after a year ("seit 2019.", "Zukunftsstadt 2030.", "am 1.4.2020."): the German
# rules keep a period on a number as an ordinal's, and a year is hardly ever one
YEAR_PERIOD = r"(?<=\b(?:19|20)\d\d)\.$"
ENTITY_COMPONENTS = ("kg_person_names", "kg_org_names", "kg_entity_merger")
# A loaded model with any of these brings its own syntax layer; then none of de_kg_syntax is added.
SYNTAX_FACTORIES = frozenset({"tagger", "morphologizer", "parser", "lemmatizer", "trainable_lemmatizer"})


def resolve_model(model: str | Path | None = None) -> str:
    """The model to load: the argument, else $KG_SPACY_MODEL, else the shipped nlp/models/de_kg_ner."""
    if model is None:
        model = os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    return str(model)


def load_pipeline(
    model: str | Path | None = None, *, relations: bool = True, syntax: bool = True
) -> Language:
    """The full pipeline (cached per model). `model` is a path, an installed package name or "blank:de".

    `syntax` adds the tagger, morphologizer, parser and lemmatizer of nlp/models/de_kg_syntax (unless the
    model has a syntax layer of its own; $KG_SYNTAX_MODEL names another directory, "none" adds none)
    and the separable-verb rule that completes verb lemmas.
    """
    return _load(resolve_model(model), relations, syntax, os.environ.get(SYNTAX_ENV) or "")


# legal forms written without a period of their own (nlp.names.LEGAL_FORMS) and "AöR"
LEGAL_FORMS_WITHOUT_PERIOD = tuple(sorted(LEGAL_FORMS | {"AöR"}))


@lru_cache(maxsize=4)
def _load(model: str, relations: bool, syntax: bool = True, syntax_env: str = "") -> Language:
    nlp = load_model(model)
    split_glued_sentences(nlp)
    drop_bracket_emoticons(nlp)
    keep_inclusive_forms(nlp)
    add_entity_components(nlp)
    syntax_model = syntax_env or str(SYNTAX_MODEL)
    if syntax and syntax_model.lower() not in ("none", "off", "0"):
        add_syntax_components(nlp, syntax_model)
    if relations:
        add_relations(nlp)
    unwrap_lines(nlp)
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
    """Split "Türen“.Sven" (a sentence period without the following space, common in scraped text) and
    a Markdown link's "](" glued to the word before ("Foto: X/Christian Schmidt](https://..."); a
    legal form written without a period ("GmbH", "mbH", "KGaA") keeps none at a sentence end: "bei der
    X GmbH." is the name and the sentence's period (the German suffix rules split a period after a
    lower-case letter or a run of capitals, not after "bH"); nor after an acronym ending in a capital
    after a small letter ("vom VdK.": `ACRONYM_PERIOD`) or a year ("seit 2019.": `YEAR_PERIOD`)."""
    infixes = list(nlp.Defaults.infixes or []) + [GLUED_PERIOD, MARKDOWN_LINK]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    suffixes = list(nlp.Defaults.suffixes or []) + [ACRONYM_PERIOD, YEAR_PERIOD]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    for form in LEGAL_FORMS_WITHOUT_PERIOD:
        nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: form}, {ORTH: "."}])  # type: ignore[union-attr]


def drop_bracket_emoticons(nlp: Language) -> None:
    """A bracket is punctuation, not part of a face: spaCy's tokenizer keeps emoticons such as "):",
    "8)" and ":)" as one token, which in press text glues a closing bracket to what follows or precedes
    it ("Foto (von links): A, B", "im Raum (Ebene 8)", "X (Stadtwerke): …") and hides the bracket
    from every rule that reads one. The emoticons with a bracket are dropped from the special cases."""
    faces = {e for e in emoticons if "(" in e or ")" in e}
    rules = nlp.tokenizer.rules or {}  # type: ignore[union-attr]
    if faces & set(rules):
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in faces}  # type: ignore[union-attr]


# "Referent:innen", "Sprecher:in": the gender colon inside a word, which the infix rules split off; the
# singular only after an ending of person nouns ("Ort:in der Halle" is a missing space)
INCLUSIVE_COLON = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß]:innen$"
    r"|^[A-ZÄÖÜ][a-zäöüß-]*(?:er|ent|ant|or|eur|ist|at|og|eg|ekt|ier|är|ör|e):in$"
)


def keep_inclusive_forms(nlp: Language) -> None:
    """A gender-inclusive word with a colon ("Referent:innen") is one token, as "Referent*innen" is:
    split, its colon read as a colon (before a quote, a bullet's topic, "Kontakt:")."""
    tokenizer = nlp.tokenizer
    if getattr(tokenizer, "token_match", None) is None:
        tokenizer.token_match = INCLUSIVE_COLON.match  # type: ignore[union-attr]


def unwrap_lines(nlp: Language) -> None:
    """Line breaks inside a sentence become spaces before tokenization (nlp/components/unwrap.py)."""
    if isinstance(nlp.tokenizer, UnwrappingTokenizer):
        return
    finder = (
        nlp.get_pipe("kg_sentences") if "kg_sentences" in nlp.pipe_names else nlp.create_pipe("kg_sentences")
    )
    nlp.tokenizer = UnwrappingTokenizer(nlp.tokenizer, cast(WrapFinder, finder))  # type: ignore[assignment]


def add_entity_components(nlp: Language) -> None:
    """Add the sentence splitter (if the model sets no sentences) and the entity components (idempotent)."""
    if not SENTENCE_SETTERS & set(nlp.pipe_names):
        nlp.add_pipe("kg_sentences", first=True)
    for name in ENTITY_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)


def add_syntax_components(nlp: Language, syntax_model: str | Path = SYNTAX_MODEL) -> None:
    """Tagger (STTS `tag_`), morphologizer (UPOS `pos_`, `morph`), parser (UD) and lemmatizer (idempotent).

    They come from the shipped de_kg_syntax pipeline and run after the model's own components, before
    the entity rules; the parser keeps the sentences that kg_sentences set (a parser respects preset
    sentence starts). A model that already has a syntax layer (e.g. de_core_news_lg) keeps its own.
    `kg_separable_verbs` then re-attaches separable particles to verb lemmas ("führte … ein" → "einführen").
    """
    names = set(nlp.pipe_names)
    anchor = {"before": ENTITY_COMPONENTS[0]} if ENTITY_COMPONENTS[0] in names else {"last": True}
    own_syntax = {factory_of(nlp, name) for name in names} & SYNTAX_FACTORIES
    if not own_syntax:
        source = load_syntax_source(Path(syntax_model))
        for name in source.pipe_names:
            if name not in nlp.pipe_names:
                with warnings.catch_warnings():
                    # W113 "source vectors are not identical": the syntax components read no static
                    # vectors (their word classes are inside their own weights), the NER model's do.
                    warnings.filterwarnings("ignore", message=r".*\[W113\]")
                    pipe = nlp.add_pipe(name, source=source, **anchor)  # type: ignore[arg-type]
                if hasattr(pipe, "vocab"):
                    pipe.vocab = nlp.vocab  # morphology and lemma strings live in the pipeline's vocab
    if "kg_separable_verbs" not in nlp.pipe_names:
        nlp.add_pipe("kg_separable_verbs", **anchor)  # type: ignore[arg-type]


def factory_of(nlp: Language, name: str) -> str:
    return str(nlp.get_pipe_meta(name).factory)


def load_syntax_source(path: Path) -> Language:
    """A fresh copy each time: sourcing moves the component objects themselves into the pipeline."""
    if not path.is_dir():
        raise ModelNotFoundError(
            f"No syntax model at {path}. Rebuild it with `make model-syntax` (see nlp/models/README.md), "
            "or call load_pipeline(syntax=False)."
        )
    return spacy.load(path)


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
