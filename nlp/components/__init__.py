"""spaCy components of the entity layer: sentences, person and organization rules, span merging."""

from nlp.components import entity_merger, org_names, person_names, sentences  # noqa: F401  (registers)
