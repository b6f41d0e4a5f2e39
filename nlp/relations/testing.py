"""Test helper: run the relation components on a text whose entities are given by hand."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.relations import RELATION_COMPONENTS, add_relation_components


@lru_cache(maxsize=1)
def blank_relations() -> Language:
    """spacy.blank('de') + sentencizer + the rule relation components (no statistical model, no
    trained relation model: these tests show what the rules find)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    add_relation_components(nlp)
    return nlp


def annotate(text: str, persons: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> Doc:
    """A doc of `text` with every occurrence of the given names set as PER/ORG, then the relations run."""
    nlp = blank_relations()
    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    spans = []
    for label, names in (("PER", persons), ("ORG", orgs)):
        for name in names:
            start = text.find(name)
            while start >= 0:
                span = doc.char_span(start, start + len(name), label=label)
                if span is not None:
                    spans.append(span)
                start = text.find(name, start + 1)
    doc.ents = spacy.util.filter_spans(spans)
    for name in RELATION_COMPONENTS:
        if name != "kg_relation_model":
            doc = nlp.get_pipe(name)(doc)
    return doc


def rules_only(nlp: Language, text: str) -> Doc:
    """The doc of `text` through the whole pipeline but the trained relation model: what the rules
    find on tagged, parsed text."""
    with nlp.select_pipes(disable=["kg_relation_model"]):
        return nlp(text)
