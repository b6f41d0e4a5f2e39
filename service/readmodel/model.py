"""The read model: entities, facts and articles of the whole graph, indexed for lookups."""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from service.readmodel import load
from service.readmodel.names import NameIndex
from service.readmodel.records import ArticleRec, Entity, Fact, newest_first
from service.search.analyzer import fold

logger = logging.getLogger(__name__)


class ReadModel:
    """Everything the REST lookups need, loaded once per store generation.

    Built once and never changed afterwards, so requests share it without locks. The indexes below are
    computed here, once, so that a lookup only touches the facts of its own entity.
    """

    def __init__(
        self,
        entities: dict[str, Entity],
        articles: dict[str, ArticleRec],
        facts: list[Fact],
        organizer: dict[str, str],
        place: dict[str, str],
    ) -> None:
        self.entities = entities
        self.articles = articles
        self.facts = facts
        self.organizer = organizer
        self.place = place
        self.by_id = {(e.kind, e.id): e for e in entities.values()}
        self.article_by_id = {a.id: a for a in articles.values()}
        self.by_subject: dict[str, list[Fact]] = defaultdict(list)
        self.by_object: dict[str, list[Fact]] = defaultdict(list)
        self.by_article: dict[str, list[Fact]] = defaultdict(list)
        self.parents: dict[str, list[str]] = defaultdict(list)
        self.units: dict[str, list[str]] = defaultdict(list)
        for f in facts:
            if f.about and f.about in entities and not f.label:
                f.label = entities[f.about].name
            self.by_subject[f.subject].append(f)
            if f.object:
                self.by_object[f.object].append(f)
            for a in {ev.article for ev in f.evidence if ev.article}:
                self.by_article[a].append(f)
            if f.kind == "part_of" and f.object and f.object not in self.parents[f.subject]:
                self.parents[f.subject].append(f.object)
                self.units[f.object].append(f.subject)
        self.organized_by: dict[str, list[str]] = defaultdict(list)  # organizer IRI -> event IRIs
        for event, org in organizer.items():
            self.organized_by[org].append(event)
        # Folded name and aliases of every entity, and the entities of each kind sorted by folded name:
        # the name filters of the list endpoints scan these instead of folding every name per request.
        self.folded: dict[str, tuple[str, ...]] = {
            e.iri: tuple(dict.fromkeys(fold(t) for t in [e.name, *sorted(e.aliases)]))
            for e in entities.values()
        }
        by_kind: dict[str, list[Entity]] = defaultdict(list)
        for e in entities.values():
            by_kind[e.kind].append(e)
        self.sorted_by_kind = {
            kind: sorted(es, key=lambda e: self.folded[e.iri][0]) for kind, es in by_kind.items()
        }
        self.names = NameIndex(entities.values())  # lookups by the names people type
        self.articles_newest_first = sorted(articles.values(), key=newest_first)
        # Folded role titles and role keys of each person, for the role filter of GET /persons.
        self.role_texts: dict[str, tuple[str, ...]] = {
            iri: tuple(
                dict.fromkeys(fold(t) for f in fs if f.kind == "role" for t in (f.label, f.role_key or ""))
            )
            for iri, fs in self.by_subject.items()
        }

    @classmethod
    def from_store(cls, store: ox.Store) -> ReadModel:
        started = time.perf_counter()
        entities = load.load_entities(store)
        articles = load.load_articles(store, entities)
        facts = load.load_facts(store, load.load_evidence(store))
        organizer, place = load.load_event_links(store)
        model = cls(entities, articles, facts, organizer, place)
        logger.info(
            "read model: %d entities, %d facts, %d articles in %.2f s",
            len(entities),
            len(facts),
            len(articles),
            time.perf_counter() - started,
        )
        return model

    def get(self, kind: str, ident: str) -> Entity | None:
        return self.by_id.get((kind, ident))

    def of_kind(self, kind: str) -> list[Entity]:
        """Entities of `kind` sorted by folded name (a new list: callers may filter it in place)."""
        return list(self.sorted_by_kind.get(kind, ()))

    def named(self, kind: str, text: str) -> list[Entity]:
        """Entities of `kind` whose name or an alias contains `text` (both folded), sorted by name."""
        needle = fold(text)
        return [
            e for e in self.sorted_by_kind.get(kind, ()) if any(needle in key for key in self.folded[e.iri])
        ]

    def matching(self, kind: str, text: str) -> list[Entity]:
        """Entities of `kind` that `text` names, best matches first: id, whole name or alias, a run of
        its words (a surname), the start of a word — each also without accents or with umlauts written
        out ("Groentgen") — then names that merely contain `text` (folded), by name."""
        ranked = [e for m in self.names.tiers(text, [kind]) for e in m.entities]
        seen = {e.iri for e in ranked}
        return ranked + [e for e in self.named(kind, text) if e.iri not in seen]

    def ancestors(self, iri: str) -> list[str]:
        """Parents of an organization, nearest first (cycles cut)."""
        out: list[str] = []
        todo = list(self.parents.get(iri, []))
        while todo:
            p = todo.pop(0)
            if p not in out and p != iri:
                out.append(p)
                todo.extend(self.parents.get(p, []))
        return out

    def descendants(self, iri: str) -> list[str]:
        out: list[str] = []
        todo = list(self.units.get(iri, []))
        while todo:
            u = todo.pop(0)
            if u not in out and u != iri:
                out.append(u)
                todo.extend(self.units.get(u, []))
        return out

    def find(self, kind: str, text: str) -> list[Entity]:
        """Entities of `kind` whose id is `text`, or whose name or alias contains it (folded)."""
        exact = self.get(kind, text)
        if exact is not None:
            return [exact]
        return self.named(kind, text)

    def members(self, orgs: Iterable[str]) -> set[str]:
        """IRIs of the persons with a role or an affiliation in any of `orgs` (organization IRIs)."""
        return {f.subject for o in orgs for f in self.facts_about(o, ["role", "affiliation"])}

    def facts_of(self, iri: str, kinds: Iterable[str]) -> list[Fact]:
        wanted = set(kinds)
        return [f for f in self.by_subject.get(iri, []) if f.kind in wanted]

    def facts_about(self, iri: str, kinds: Iterable[str]) -> list[Fact]:
        wanted = set(kinds)
        return [f for f in self.by_object.get(iri, []) if f.kind in wanted]
