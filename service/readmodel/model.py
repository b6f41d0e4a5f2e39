"""The read model: entities, facts and articles of the whole graph, indexed for lookups."""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Iterable, Mapping, Sequence

import pyoxigraph as ox

from service.cowmap import CowMap
from service.readmodel import load
from service.readmodel.load import EntityRow, GraphData
from service.readmodel.names import NameIndex
from service.readmodel.records import ArticleRec, Entity, Fact
from service.readmodel.update import Delta, Patch
from service.search.analyzer import fold

logger = logging.getLogger(__name__)


SEPARATOR = "\x00"  # between the names of a `Haystack` (never in a folded name or query)


class Haystack:
    """The folded names and aliases of a kind's entities (in name order) in one string, so that a
    substring search is one `str.find` per hit rather than a Python test per entity."""

    def __init__(self, keys: Iterable[tuple[str, ...]]) -> None:
        parts: list[str] = []
        self.starts: list[int] = []  # where each name starts
        self.owner: list[int] = []  # the entity (position in the kind's list) of each name
        self.first: list[int] = []  # where each entity's first name starts
        pos = 0
        for i, names in enumerate(keys):
            self.first.append(pos)
            for name in names:
                parts.append(name)
                self.starts.append(pos)
                self.owner.append(i)
                pos += len(name) + 1
        self.text = SEPARATOR.join(parts)
        self.first.append(len(self.text) + 1)

    def find(self, needle: str) -> list[int]:
        """Positions of the entities with a name containing `needle`, ascending."""
        out: list[int] = []
        if SEPARATOR in needle:  # in no name
            return out
        pos = 0
        while (i := self.text.find(needle, pos)) >= 0:
            entity = self.owner[bisect.bisect_right(self.starts, i) - 1]
            out.append(entity)
            pos = self.first[entity + 1]  # on with the next entity
        return out


# kind -> (the list of entities a haystack was made of, the haystack): a model made by a write that
# did not change a kind's entities shares that list object, and with it the haystack.
_HAYSTACKS: dict[str, tuple[list[Entity], Haystack | None]] = {}


def haystack(kind: str, entities: list[Entity], folded: Mapping[str, tuple[str, ...]]) -> Haystack | None:
    """The haystack of `entities` (None if a name holds the separator), built on first use."""
    hit = _HAYSTACKS.get(kind)
    if hit is not None and hit[0] is entities:
        return hit[1]
    keys = [folded[e.iri] for e in entities]
    hay = None if any(SEPARATOR in k for names in keys for k in names) else Haystack(keys)
    _HAYSTACKS[kind] = (entities, hay)
    return hay


class ReadModel:
    """Everything the REST lookups need, indexed so that a lookup only touches its own entity's facts.

    Never changed once built, so requests share it without locks: a write makes a new model with
    `updated` (service/readmodel/update.py), which shares every table and record that did not change
    (the tables are `CowMap`s: a copy shares all but the few shards the write changes).
    Lists of facts are sorted by fact IRI, so an updated model equals a fresh build of the same store.
    """

    def __init__(self) -> None:
        # what the store says: per article graph, per entity (shared labels), per relation concept
        self.graphs: CowMap[str, GraphData] = CowMap()
        self.relations: CowMap[str, str] = CowMap()
        # records
        self.entities: CowMap[str, Entity] = CowMap()
        self.articles: CowMap[str, ArticleRec] = CowMap()
        self.facts: CowMap[str, Fact] = CowMap()
        # indexes
        self.mentioned_by: CowMap[str, frozenset[str]] = CowMap()  # entity IRI -> IRIs of articles citing it
        self.article_graph: CowMap[str, str] = CowMap()  # article IRI -> its named graph
        self.ids: CowMap[str, frozenset[str]] = CowMap()  # article id -> article IRIs (an id may repeat)
        self.by_id: CowMap[tuple[str, str], Entity] = CowMap()
        self.article_by_id: CowMap[str, ArticleRec] = CowMap()
        self.by_subject: CowMap[str, tuple[Fact, ...]] = CowMap()
        self.by_object: CowMap[str, tuple[Fact, ...]] = CowMap()
        self.by_about: CowMap[str, tuple[Fact, ...]] = CowMap()  # project IRI -> talks about it
        self.by_article: CowMap[str, tuple[Fact, ...]] = CowMap()
        self.parents: CowMap[str, tuple[str, ...]] = CowMap()
        self.units: CowMap[str, tuple[str, ...]] = CowMap()
        self.parent_pairs: CowMap[tuple[str, str], int] = CowMap()  # (unit, parent) -> graphs stating it
        self.stated_pairs: CowMap[tuple[str, str], int] = CowMap()  # ... -> part-of fact nodes stating it
        self.organizer: CowMap[str, str] = CowMap()  # event IRI -> organizer IRI (the least, if several)
        self.place: CowMap[str, str] = CowMap()  # event IRI -> place IRI
        self.event_orgs: CowMap[str, dict[str, int]] = CowMap()  # event -> organizer -> graphs stating it
        self.event_places: CowMap[str, dict[str, int]] = CowMap()
        self.organized_by: CowMap[str, tuple[str, ...]] = CowMap()  # organizer IRI -> event IRIs
        self.placed_at: CowMap[str, tuple[str, ...]] = CowMap()  # place IRI -> event IRIs
        self.org_events: CowMap[str, tuple[str, ...]] = CowMap()  # organization -> events it (co-)organizes
        self.place_events: CowMap[str, tuple[str, ...]] = CowMap()  # place -> events held there (any graph)
        # Folded name and aliases of every entity, and the entities of each kind sorted by folded name:
        # the name filters of the list endpoints scan these instead of folding every name per request.
        self.folded: CowMap[str, tuple[str, ...]] = CowMap()
        self.sorted_by_kind: CowMap[str, list[Entity]] = CowMap()
        self.sorted_keys: CowMap[str, list[tuple[str, str]]] = CowMap()  # (folded name, IRI) of each
        self.names = NameIndex(())  # lookups by the names people type
        self.articles_newest_first: list[ArticleRec] = []
        self.newest_keys: list[tuple[bool, int, str, str]] = []
        # Folded role titles and role keys of each person, for the role filter of GET /persons.
        self.role_texts: CowMap[str, tuple[str, ...]] = CowMap()

    @classmethod
    def from_store(cls, store: ox.Store) -> ReadModel:
        started = time.perf_counter()
        model, _ = cls().updated(store, None)
        logger.info(
            "read model: %d entities, %d facts, %d articles in %.2f s",
            len(model.entities),
            len(model.facts),
            len(model.articles),
            time.perf_counter() - started,
        )
        return model

    def updated(self, store: ox.Store, graphs: Iterable[str] | None) -> tuple[ReadModel, Delta]:
        """The model after the article graphs `graphs` changed (were added, replaced or dropped) in
        `store`, and what changed; `graphs=None` reads every graph (on an empty model: a full build).
        Raises `RebuildNeededError` when the change reaches further than an update follows."""
        changed = None if graphs is None else set(graphs)
        data = load.read_graphs(store, changed)
        if changed is None:
            changed = set(data) | set(self.graphs)
        touched: set[str] = set()
        for d in [*(self.graphs[g] for g in changed if g in self.graphs), *data.values()]:
            touched |= d.touched()
        rows = load.read_entities(store, None if graphs is None else touched)
        if graphs is None:
            touched |= rows.keys()
        relations = {f.relation for d in data.values() for f in d.facts if f.relation}
        labels = load.read_relations(store, None if graphs is None else relations)
        return self.apply(changed, data, touched, rows, labels, full=graphs is None)

    def apply(
        self,
        changed: set[str],
        data: dict[str, GraphData],
        touched: set[str],
        rows: dict[str, EntityRow],
        relations: dict[str, str],
        full: bool = False,
    ) -> tuple[ReadModel, Delta]:
        """The next model: the contributions of `changed` replaced by `data` (absent: dropped), the
        `touched` entities re-made from `rows` (absent: gone)."""
        patch = Patch(self, full)
        before, after = patch.graphs(changed, data)
        patch.mentions(before, after)
        patch.entities(touched, rows)
        patch.articles(before, after)
        patch.facts(before, after, relations)
        patch.fact_indexes()
        patch.hierarchy()
        patch.events(before, after)
        patch.names()
        return patch.m, patch.delta

    def get(self, kind: str, ident: str) -> Entity | None:
        return self.by_id.get((kind, ident))

    def of_kind(self, kind: str) -> list[Entity]:
        """Entities of `kind` sorted by folded name (a new list: callers may filter it in place)."""
        return list(self.sorted_by_kind.get(kind, ()))

    def named(self, kind: str, text: str) -> list[Entity]:
        """Entities of `kind` whose name or an alias contains `text` (both folded), sorted by name: found
        with `str.find` in one string of all their folded names (`Haystack`), not by a Python loop over
        every entity (30 ms for 24,000 persons)."""
        needle = fold(text)
        entities = self.sorted_by_kind.get(kind, [])
        hay = haystack(kind, entities, self.folded)
        if hay is None:
            return [e for e in entities if any(needle in key for key in self.folded[e.iri])]
        return [entities[i] for i in hay.find(needle)]

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
        todo = list(self.parents.get(iri, ()))
        while todo:
            p = todo.pop(0)
            if p not in out and p != iri:
                out.append(p)
                todo.extend(self.parents.get(p, ()))
        return out

    def descendants(self, iri: str) -> list[str]:
        out: list[str] = []
        todo = list(self.units.get(iri, ()))
        while todo:
            u = todo.pop(0)
            if u not in out and u != iri:
                out.append(u)
                todo.extend(self.units.get(u, ()))
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
        return [f for f in self.by_subject.get(iri, ()) if f.kind in wanted]

    def facts_about(self, iri: str, kinds: Iterable[str]) -> list[Fact]:
        wanted = set(kinds)
        return [f for f in self.by_object.get(iri, ()) if f.kind in wanted]

    def facts_in(self, article: str) -> Sequence[Fact]:
        """Facts read from `article` (IRI), by fact IRI."""
        return self.by_article.get(article, ())
