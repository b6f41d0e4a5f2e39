"""Gold labels for the relation tasks: the annotated facts of an article tied to its candidates.

Uses the matching rules of the scorer (nlp/scoring.py), so that what the model learns to find is
what `kg eval` counts.
"""

from __future__ import annotations

from typing import Any

from nlp.relations.lexicon import role_key
from nlp.relmodel.context import DocContext
from nlp.scoring import _Names, norm


class GoldView:
    """One article's gold facts, queried by the names the pipeline found."""

    def __init__(self, gold: dict[str, Any], ctx: DocContext) -> None:
        pred = {
            "persons": [{"name": c.name, "aliases": c.aliases} for c in ctx.doc._.kg_people or []],
            "organizations": [{"name": c.name, "aliases": c.aliases} for c in ctx.doc._.kg_orgs or []],
        }
        self.gold = gold
        self.names = _Names(gold, pred)

    def person(self, name: str) -> str | None:
        """The gold person a predicted person name stands for."""
        for p in self.gold.get("persons", []):
            if self.names.same(p["name"], name):
                return str(p["name"])
        return None

    def is_speaker(self, name: str) -> bool:
        g = self.person(name)
        return g is not None and any(s["person"] == g for s in self.gold.get("speakers", []))

    def is_quoted(self, name: str) -> bool:
        g = self.person(name)
        return g is not None and g in self.gold.get("quotes", [])

    def roles_of(self, name: str) -> list[dict[str, Any]]:
        g = self.person(name)
        return [r for r in self.gold.get("roles", []) if g is not None and r["person"] == g]

    def has_role(self, name: str, title: str) -> bool:
        key = role_key(title)
        return any(role_key(r["role"]) == key or norm(r["role"]) == norm(title) for r in self.roles_of(name))

    def affiliated(self, name: str, org: str) -> bool:
        g = self.person(name)
        return g is not None and any(
            a["person"] == g and self.names.same_org(a["organization"], org)
            for a in self.gold.get("affiliations", [])
        )

    def role_org(self, name: str, title: str) -> list[str | None]:
        """Organizations of the gold roles of this person with this title (None for a role without)."""
        key = role_key(title)
        return [
            r.get("organization")
            for r in self.roles_of(name)
            if role_key(r["role"]) == key or norm(r["role"]) == norm(title)
        ]

    def same_org(self, a: str | None, b: str | None) -> bool:
        return self.names.same_org(a, b)
