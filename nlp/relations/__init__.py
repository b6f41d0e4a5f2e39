"""Relation extraction components (roles, affiliations, hierarchy, projects, events, speakers, quotes)."""

from __future__ import annotations

from spacy.language import Language

# Importing the modules registers their factories with spaCy.
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
)

# Order matters: boilerplate marks what to ignore, coref resolves mentions the relations then use,
# events come before speakers (a speaker's event is the article's event).
RELATION_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("kg_boilerplate", "kg.boilerplate_filter.v1"),
    ("kg_coref", "kg.coref.v1"),
    ("kg_org_hierarchy", "kg.org_hierarchy.v1"),
    ("kg_roles", "kg.role_matcher.v1"),
    ("kg_affiliations", "kg.affiliations.v1"),
    ("kg_projects", "kg.projects.v1"),
    ("kg_events", "kg.events.v1"),
    ("kg_speakers", "kg.speakers.v1"),
    ("kg_quotes", "kg.quotes.v1"),
)


def add_relation_components(nlp: Language) -> None:
    """Append the relation components to the end of `nlp` (idempotent)."""
    for name, factory in RELATION_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(factory, name=name, last=True)
