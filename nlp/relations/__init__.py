"""Relation extraction components (roles, affiliations, hierarchy, projects, events, speakers, quotes)."""

from __future__ import annotations

from spacy.language import Language

# Order matters: boilerplate marks what to ignore, coref resolves mentions the relations then use,
# events come before speakers (a speaker's event is the article's event); the trained relation model
# (nlp/relmodel) comes last: the rules' findings are its candidates and features.
RELATION_COMPONENTS: tuple[str, ...] = (
    "kg_boilerplate_filter",
    "kg_coref",
    "kg_org_hierarchy",
    "kg_roles",
    "kg_verb_roles",
    "kg_affiliations",
    "kg_projects",
    "kg_events",
    "kg_speakers",
    "kg_quotes",
    "kg_relation_model",
)


def add_relation_components(nlp: Language) -> None:
    """Append the relation components to the end of `nlp` (idempotent)."""
    register_factories()
    for factory in RELATION_COMPONENTS:
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, last=True)


def register_factories() -> None:
    """Import the component modules, which registers their factories with spaCy."""
    from nlp.relations import (  # noqa: F401
        affiliations,
        boilerplate,
        coref,
        events,
        hierarchy,
        projects,
        quotes,
        roles,
        speakers,
        verb_roles,
    )
    from nlp.relmodel import component  # noqa: F401
