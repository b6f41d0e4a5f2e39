"""Span and Doc extensions set by the entity components (registered once, on import)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.layout import leads

SPAN_EXTENSIONS: dict[str, object] = {
    "titles": None,  # list[str]: academic titles stripped from a person name ("Dr.", "Prof.")
    "norm_name": None,  # str: nominative, article-free name ("Deutsches Forschungszentrum ...")
    "head_name": None,  # str: an organization's own name without its genitive chain
    "part_of_span": None,  # Span: the parent organization in a chain ("der Stadtverwaltung X")
    "aliases": None,  # list[str]: other names stated for the entity (abbreviation in parentheses)
    "canonical_name": None,  # str: name of the entity a short mention stands for ("DFKI" -> full name)
    "confidence": None,  # float in [0, 1]: how sure the merger is of the span and its label
    "source": None,  # "model", "rule" or "model+rule"
    "cue": None,  # str: why a rule span was found ("title", "role", "first_name", "head", ...)
}


def register() -> None:
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("org_aliases"):
        Doc.set_extension("org_aliases", default=None)  # dict[str, str]: abbreviation -> full name
    if not Doc.has_extension("kg_lead"):
        # dict[int, Span]: start token of a list item segment -> the lead sentence the list stands under
        # ("Die Referenten beleuchteten:" above "- Anna Alt: Datenschutz"); read from the line layout
        # and the sentence starts of kg_sentences (nlp/components/layout.py), computed once per doc.
        Doc.set_extension("kg_lead", getter=leads)


register()
