"""Curation decisions as data: read them from the curation graph and apply them while articles are ingested.

A curator merges two entities, splits mentions off an entity, or marks a fact wrong (graph/curate.py
writes the decisions). Each decision is a `prov:Activity` in its own named graph, `CURATION_GRAPH`,
which no ingest, replacement or delete of articles touches. Ingest consults the decisions through
`CuratedResolver`, so they hold for articles read again and for new ones:

- a **merge** sends every mention the automatic resolution gives one of the members to the merged
  entity (its IRI is the smallest of the members' IRIs, so it does not depend on which one the
  curator kept, nor on the order of the articles; its name is the kept one's);
- a **split** by name sends every mention printed with that name to the split-off entity, before the
  automatic resolution could merge it; a split by article sends the entity's mentions in those
  articles there;
- a **wrong fact** is found again in a re-read article by its signature (fact kind, evidence span and
  value) when its IRI changed, and linked from the decision (`extra_quads`).
"""

from __future__ import annotations

import datetime as dt
import logging
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import pyoxigraph as ox

from graph.normalize import clean, plain_key
from graph.resolve import Match, Resolved, Resolver, _key
from graph.vocab import CURATION_GRAPH, ID, KG, OA, OWL, PROV, RDF, RDFS, SCHEMA, article_iri, graph_iri

if TYPE_CHECKING:
    from graph.resolve import EntityIndex
    from graph.store import KnowledgeStore

logger = logging.getLogger(__name__)

CG = ox.NamedNode(CURATION_GRAPH)
ENTITY_KINDS = ("person", "org", "project", "event", "place")
DECISION_TYPES = {"merge": KG.MergeDecision, "split": KG.SplitDecision, "wrong": KG.FactRejection}
# Fact node kinds (the IRI segment) and the property that holds a fact's value for its signature.
FACT_KINDS = ("membership", "position", "talk", "quote", "partof", "attribution")
_VALUE_PROPS = [str(p) for p in (SCHEMA.jobTitle, SCHEMA.text, SCHEMA.about, PROV.hadRole)]


def _n(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def val(term: object) -> str:
    """The IRI or lexical value of an RDF term ("" for the default graph or a quoted triple)."""
    return str(getattr(term, "value", ""))


def entity_kind(iri: str) -> str | None:
    """ "person", "org", ... for an entity IRI of this graph, else None."""
    if not iri.startswith(ID):
        return None
    kind = iri[len(ID) :].split("/", 1)[0]
    return kind if kind in ENTITY_KINDS and iri.count("/") == ID.count("/") + 1 else None


def fact_kind(iri: str) -> str | None:
    """ "membership", "talk", ... for a fact IRI of this graph, else None."""
    if not iri.startswith(ID):
        return None
    kind = iri[len(ID) :].split("/", 1)[0]
    return kind if kind in FACT_KINDS else None


def graph_of_article(article: str) -> str:
    """The named graph of an article node (`article_iri(doc)` -> `graph_iri(doc)`)."""
    return graph_iri(article.removeprefix(article_iri("")))


@dataclass(frozen=True)
class Decision:
    """One curation decision as stored (see graph/curate.py for how each is written)."""

    iri: str
    type: str  # merge, split, wrong
    curator: str
    time: str  # xsd:dateTime as written
    note: str | None = None
    title: str | None = None  # rdfs:label of the decision ("Zusammenführung: A + B", "Falsch: …")
    used: tuple[str, ...] = ()  # merge: the members; split: the entity
    generated: str | None = None  # merge: the merged entity; split: the split-off entity
    name: str | None = None  # the name the generated entity is given
    label: str | None = None  # split: the name whose mentions move
    names: tuple[str, ...] = ()  # merge: the names the members had
    articles: tuple[str, ...] = ()  # split: the articles whose mentions move
    facts: tuple[str, ...] = ()  # wrong: the fact nodes (one IRI per ingest that changed it)
    fact_graph: str | None = None
    signature: str | None = None
    undone_by: str | None = None
    undone_curator: str | None = None
    undone_time: str | None = None

    @property
    def id(self) -> str:
        return self.iri.rsplit("/", 1)[1]

    @property
    def active(self) -> bool:
        return self.undone_by is None


def load_decisions(store: ox.Store) -> list[Decision]:
    """Every decision of the curation graph, oldest first (reads only the decision nodes, not the
    rewrite records they point to)."""
    out: list[Decision] = []
    for cls in DECISION_TYPES.values():
        for q in store.quads_for_pattern(None, _n(RDF.type), _n(cls), CG):
            out.append(_decision(store, val(q.subject)))
    return sorted(out, key=lambda d: (instant(d.time), d.iri))


def instant(stamp: str) -> dt.datetime:
    """A decision's time as a point in time: the store writes xsd:dateTime in its canonical form, which
    drops trailing zeros of the fraction ("…:00.12Z"), so two stamps do not compare as strings."""
    return dt.datetime.fromisoformat(stamp)


def load_decision(store: ox.Store, iri: str) -> Decision | None:
    for q in store.quads_for_pattern(_n(iri), _n(RDF.type), None, CG):
        if val(q.object) in {str(c) for c in DECISION_TYPES.values()}:
            return _decision(store, iri)
    return None


def _decision(store: ox.Store, iri: str) -> Decision:
    props: dict[str, list[str]] = defaultdict(list)
    for q in store.quads_for_pattern(_n(iri), None, None, CG):
        props[q.predicate.value].append(val(q.object))

    def one(p: object) -> str | None:
        values = props.get(str(p))
        return min(values) if values else None

    types = set(props.get(str(RDF.type), []))
    kind = next(k for k, cls in DECISION_TYPES.items() if str(cls) in types)
    agent = one(PROV.wasAssociatedWith)
    undo = one(KG.undoneBy)
    undo_agent = _props(store, undo) if undo else {}
    return Decision(
        iri=iri,
        type=kind,
        curator=_label(store, agent) if agent else "",
        time=one(PROV.endedAtTime) or "",
        note=one(RDFS.comment),
        title=one(RDFS.label),
        used=tuple(sorted(props.get(str(PROV.used), []))),
        generated=one(PROV.generated),
        name=one(KG.preferredName),
        label=one(KG.splitLabel),
        names=tuple(sorted(props.get(str(KG.mergedName), []))),
        articles=tuple(sorted(props.get(str(KG.splitArticle), []))),
        facts=tuple(sorted(props.get(str(PROV.invalidated), []))),
        fact_graph=one(KG.factGraph),
        signature=one(KG.factSignature),
        undone_by=undo,
        undone_curator=_label(store, min(undo_agent.get(str(PROV.wasAssociatedWith), [""])))
        if undo
        else None,
        undone_time=min(undo_agent.get(str(PROV.endedAtTime), [""])) if undo else None,
    )


def _props(store: ox.Store, iri: str) -> dict[str, list[str]]:
    props: dict[str, list[str]] = defaultdict(list)
    for q in store.quads_for_pattern(_n(iri), None, None, CG):
        props[q.predicate.value].append(val(q.object))
    return props


def _label(store: ox.Store, iri: str) -> str:
    if not iri:
        return ""
    labels = [val(q.object) for q in store.quads_for_pattern(_n(iri), _n(RDFS.label), None, CG)]
    return min(labels) if labels else iri


@dataclass
class Rules:
    """The active decisions, indexed for resolution."""

    same: dict[str, tuple[str, str]] = field(default_factory=dict)  # IRI -> (IRI it became, decision)
    names: dict[str, str] = field(default_factory=dict)  # generated IRI -> its name
    named_by: dict[str, str] = field(default_factory=dict)  # generated IRI -> the decision naming it
    # split by name: (kind, folded name) -> (split-off IRI, decision)
    by_label: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # split by article: (entity IRI, article graph) -> (split-off IRI, decision)
    by_article: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # merge: (kind, resolution key of a member's name) -> (merged IRI, decision)
    by_name: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    wrong: dict[str, list[Decision]] = field(default_factory=dict)  # article graph -> rejections

    @classmethod
    def of(cls, decisions: Iterable[Decision]) -> Rules:
        rules = cls()
        for d in decisions:
            if not d.active:
                continue
            if d.type == "merge" and d.generated:
                for member in d.used:
                    if member != d.generated:
                        rules.same[member] = (d.generated, d.iri)
                kind = entity_kind(d.generated) or ""
                for name in d.names:
                    if key := _key(kind, name):
                        rules.by_name[(kind, key)] = (d.generated, d.iri)
            elif d.type == "split" and d.generated and d.used:
                kind = entity_kind(d.generated) or ""
                if d.label:
                    rules.by_label[(kind, plain_key(d.label))] = (d.generated, d.iri)
                for a in d.articles:
                    rules.by_article[(d.used[0], graph_of_article(a))] = (d.generated, d.iri)
            elif d.type == "wrong" and d.fact_graph:
                rules.wrong.setdefault(d.fact_graph, []).append(d)
            if d.generated and d.name and d.type in ("merge", "split"):
                rules.names[d.generated] = d.name
                rules.named_by[d.generated] = d.iri
        return rules

    def canonical(self, iri: str) -> tuple[str, list[str]]:
        """The IRI `iri` became through merges, and the decisions on the way."""
        seen: list[str] = []
        while iri in self.same and len(seen) < 64:  # merged-away IRIs are never merged again; a guard
            iri, decision = self.same[iri]
            seen.append(decision)
        return iri, seen


_RULES: weakref.WeakKeyDictionary[KnowledgeStore, Rules] = weakref.WeakKeyDictionary()


def rules_of(ks: KnowledgeStore) -> Rules:
    """The store's active decisions (read once per store handle; `forget` after writing decisions)."""
    hit = _RULES.get(ks)
    if hit is None:
        hit = _RULES[ks] = Rules.of(load_decisions(ks.store))
    return hit


def forget(ks: KnowledgeStore) -> None:
    _RULES.pop(ks, None)


class CuratedResolver(Resolver):
    """The automatic resolution (graph/resolve.py), then the curators' decisions on top of it."""

    def __init__(self, index: EntityIndex, doc_key: str, rules: Rules) -> None:
        super().__init__(index, doc_key)
        self.rules = rules
        self.graph = graph_iri(doc_key)
        self.applied: set[str] = set()  # decisions that changed a resolution of this article

    def person(self, name: str, aliases: Iterable[str] = ()) -> Resolved:
        return self._curated(
            "person", name, aliases, lambda: super(CuratedResolver, self).person(name, aliases)
        )

    def organization(self, name: str, aliases: Iterable[str] = (), parent: str | None = None) -> Resolved:
        aliases = list(aliases)
        return self._curated(
            "org", name, aliases, lambda: super(CuratedResolver, self).organization(name, aliases, parent)
        )

    def simple(self, kind: str, name: str, aliases: Iterable[str] = ()) -> Resolved:
        aliases = list(aliases)
        return self._curated(
            kind, name, aliases, lambda: super(CuratedResolver, self).simple(kind, name, aliases)
        )

    def _curated(
        self, kind: str, name: str, aliases: Iterable[str], auto: Callable[[], Resolved]
    ) -> Resolved:
        used: set[str] = set()  # the decisions that change this resolution
        split = self.rules.by_label.get((kind, plain_key(name)))
        if split is not None:
            res = Resolved(split[0], self.rules.names.get(split[0], clean(name)))
            used.add(split[1])
        else:
            res = auto()
            named = self._merged_name(kind, [name, *aliases])
            if named is not None and self.rules.canonical(res.iri)[0] != self.rules.canonical(named[0])[0]:
                # the members of a merge named so, under whatever IRI this ingest order gave them
                res = Resolved(named[0], res.label, res.matches)
                used.add(named[1])
            split = self.rules.by_article.get((res.iri, self.graph))
            if split is not None:
                res = Resolved(split[0], res.label, res.matches)
                used.add(split[1])
        iri, merges = self.rules.canonical(res.iri)
        used.update(merges)
        given = self.rules.names.get(iri)
        if given is not None and given != res.label:
            used.add(self.rules.named_by[iri])  # the name a merge or split gave it
        if not used:
            return res
        self.applied |= used
        res = Resolved(iri, given or res.label, [replace(m, entity=iri) for m in res.matches])
        if clean(name) != res.label and not any(m.mention == clean(name) for m in res.matches):
            reason = "a curator's decision (graph/curation.py)"
            res.matches.append(Match(clean(name), res.iri, 100.0, "curation", reason))
        self.index.register(kind, res.iri, res.label, [res.label, name, *aliases], [""])
        return res

    def _merged_name(self, kind: str, names: Iterable[str]) -> tuple[str, str] | None:
        for n in names:
            if key := _key(kind, n):
                hit = self.rules.by_name.get((kind, key))
                if hit is not None:
                    return hit
        return None


def resolver_for(ks: KnowledgeStore, doc_key: str) -> Resolver:
    """The resolver of one article's ingest: curated when the store holds decisions."""
    if not isinstance(ks.store, ox.Store):  # a store server: curation needs a store folder
        return Resolver(ks.index, doc_key)
    rules = rules_of(ks)
    if not (rules.same or rules.by_label or rules.by_article or rules.by_name):
        return Resolver(ks.index, doc_key)
    return CuratedResolver(ks.index, doc_key, rules)


def signatures(quads: Iterable[ox.Quad]) -> dict[str, str]:
    """Fact node IRI -> its signature ``kind|start|end|value``: what identifies a fact of one article
    apart from the entity IRIs hashed into its IRI (which a merge or another ingest order changes)."""
    facts: dict[str, list[str]] = {}
    evidence_of: dict[str, str] = {}  # fact -> its evidence target (shared by the facts of a sentence)
    spans: dict[str, dict[str, str]] = defaultdict(dict)
    for q in quads:
        s, p = val(q.subject), q.predicate.value
        if p == str(KG.evidence) and fact_kind(s):
            facts.setdefault(s, [])
            evidence_of[s] = val(q.object)
        elif p in _VALUE_PROPS:
            facts.setdefault(s, []).append(val(q.object))
        elif p in (str(OA.start), str(OA.end)) and s.endswith("#position"):
            spans[s.removesuffix("#position")][p] = val(q.object)
    out: dict[str, str] = {}
    for iri, values in facts.items():
        kind = fact_kind(iri)
        span = spans.get(evidence_of.get(iri, "")) or spans.get(iri)  # RDF model 1: the fact's own
        if kind is None or span is None:
            continue
        out[iri] = "|".join([kind, span.get(str(OA.start), ""), span.get(str(OA.end), ""), *sorted(values)])
    return out


def extra_quads(ks: KnowledgeStore, resolver: Resolver, graph: str, quads: list[ox.Quad]) -> list[ox.Quad]:
    """What an ingest adds beside the article's statements: the decisions that changed its resolution
    (`prov:wasInfluencedBy`, so that an undo finds the article), and the links from rejections to facts
    of this article that are the rejected one under another IRI."""
    out: list[ox.Quad] = []
    if not isinstance(ks.store, ox.Store):
        return out
    g = _n(graph)
    if isinstance(resolver, CuratedResolver):
        article = _n(article_iri(resolver.doc_key))
        out += [ox.Quad(article, _n(PROV.wasInfluencedBy), _n(d), g) for d in sorted(resolver.applied)]
    rejections = rules_of(ks).wrong.get(graph)
    if rejections:
        sigs = signatures(q for q in quads if q.graph_name == g)
        for d in rejections:
            if any(f in sigs for f in d.facts):
                continue
            for iri, sig in sigs.items():
                if sig == d.signature:
                    out.append(ox.Quad(_n(d.iri), _n(PROV.invalidated), _n(iri), CG))
    return out


REJECTED = f"""SELECT ?f WHERE {{ %s GRAPH <{CURATION_GRAPH}> {{
  ?d a <{KG.FactRejection}> ; <{PROV.invalidated}> ?f ; <{KG.factGraph}> ?g
  FILTER NOT EXISTS {{ ?d <{KG.undoneBy}> ?u }} }} }}"""


def rejected_facts(store: ox.Store, graphs: Iterable[str] | None = None) -> set[str]:
    """Fact nodes marked wrong (and not undone), of every article graph or of `graphs`."""
    scope = None if graphs is None else sorted(set(graphs))
    if scope == []:
        return set()
    values = "" if scope is None else "VALUES ?g { " + " ".join(f"<{g}>" for g in scope) + " }"
    result = store.query(REJECTED % values)
    assert isinstance(result, ox.QuerySolutions)
    return {val(r["f"]) for r in result}


def same_as(store: ox.Store, iri: str) -> str | None:
    """The entity an old IRI was merged into (following merges), or None."""
    seen = 0
    target: str | None = None
    while seen < 64:
        hits = [val(q.object) for q in store.quads_for_pattern(_n(iri), _n(OWL.sameAs), None, CG)]
        if not hits:
            break
        iri = target = min(hits)
        seen += 1
    return target


__all__ = [
    "CG",
    "CuratedResolver",
    "Decision",
    "Rules",
    "entity_kind",
    "extra_quads",
    "fact_kind",
    "forget",
    "load_decision",
    "load_decisions",
    "resolver_for",
    "rejected_facts",
    "rules_of",
    "same_as",
    "signatures",
    "val",
]
