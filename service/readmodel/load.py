"""Bulk SPARQL reads that fill the read model from the store (union of all article graphs)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import pyoxigraph as ox

from graph.vocab import ID, PREFIXES
from service.readmodel.records import KIND_PATHS, ArticleRec, Entity, Ev, Fact

if TYPE_CHECKING:
    from graph.store import KnowledgeStore

logger = logging.getLogger(__name__)

ENTITIES = """SELECT ?e ?label ?alt ?title WHERE {
  ?e skos:prefLabel ?label . FILTER(STRSTARTS(STR(?e), STR(kgid:)))
  OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e schema:honorificPrefix ?title } }"""
ARTICLES = """SELECT ?a ?id ?title ?url ?date ?e WHERE {
  ?a a schema:NewsArticle ; dcterms:identifier ?id .
  OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:mentions ?e } }"""
EVIDENCE = """SELECT ?f ?sentence ?start ?end ?conf ?a WHERE {
  ?f kg:evidence ?t . ?t oa:hasSource ?a ; oa:hasSelector ?q, ?p . ?q oa:exact ?sentence .
  ?p oa:start ?start ; oa:end ?end . OPTIONAL { ?f kg:confidence ?conf } }"""
ROLES = """SELECT ?f ?p ?o ?title ?role ?time WHERE {
  { ?f org:member ?p ; org:organization ?o } UNION { ?f kg:holder ?p }
  OPTIONAL { ?f schema:jobTitle ?title } OPTIONAL { ?f org:role ?role } OPTIONAL { ?f kg:timeHint ?time } }"""
TALKS = """SELECT ?f ?p ?e ?about WHERE {
  ?f schema:performer ?p . OPTIONAL { ?f schema:superEvent ?e } OPTIONAL { ?f schema:about ?about } }"""
QUOTES = "SELECT ?f ?p ?text WHERE { ?f prov:wasAttributedTo ?p ; schema:text ?text }"
PROJECTS = """SELECT ?f ?p ?proj ?rel WHERE {
  ?proj prov:qualifiedAttribution ?f . ?f prov:agent ?p .
  OPTIONAL { ?f prov:hadRole ?r . ?r skos:prefLabel ?rel } }"""
PART_OF = """SELECT ?u ?o ?f WHERE { ?u org:subOrganizationOf ?o .
  OPTIONAL { ?f rdf:subject ?u ; rdf:predicate org:subOrganizationOf ; rdf:object ?o } }"""
EVENTS = """SELECT ?e ?org ?place WHERE { ?e a schema:Event .
  { ?e schema:organizer ?org } UNION { ?e schema:location ?place } }"""


def rows(store: ox.Store, query: str) -> Iterator[dict[str, Any]]:
    """Solutions as dicts of Python values (IRIs and literals as strings, None when unbound)."""
    result = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    for solution in result:
        yield {n: (None if solution[n] is None else solution[n].value) for n in names}


class _UnionView:
    """What `graph.nxview.build_graph` reads through: `query()` over the union graph, project prefixes."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def query(self, sparql: str, **kw: Any) -> Any:
        kw.setdefault("use_default_graph_as_union", True)
        kw.setdefault("prefixes", PREFIXES)
        return self.store.query(sparql, **kw)


def union_view(store: ox.Store) -> KnowledgeStore:
    """A read-only store seen like a `KnowledgeStore` by code that only queries it."""
    return cast("KnowledgeStore", _UnionView(store))


def kind_of(iri: str) -> str | None:
    """Entity kind from an IRI ``.../id/<kind>/<slug>`` (None for fact and concept IRIs)."""
    if not iri.startswith(ID):
        return None
    kind = iri[len(ID) :].split("/", 1)[0]
    return kind if kind in KIND_PATHS else None


def load_entities(store: ox.Store) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for r in rows(store, ENTITIES):
        kind = kind_of(r["e"])
        if kind is None:
            continue
        e = entities.get(r["e"])
        if e is None:
            e = entities[r["e"]] = Entity(kind, r["e"], r["e"].rsplit("/", 1)[1], r["label"])
        elif r["label"] < e.name:  # deterministic when graphs disagree on the label
            e.aliases.add(e.name)
            e.name = r["label"]
        if r["alt"]:
            e.aliases.add(r["alt"])
        if r["title"]:
            e.titles.add(r["title"])
    for e in entities.values():
        e.aliases.discard(e.name)
    return entities


def load_articles(store: ox.Store, entities: dict[str, Entity]) -> dict[str, ArticleRec]:
    articles: dict[str, ArticleRec] = {}
    for r in rows(store, ARTICLES):
        a = articles.get(r["a"])
        if a is None:
            published = date.fromisoformat(r["date"]) if r["date"] else None
            a = articles[r["a"]] = ArticleRec(r["a"], r["id"], r["title"], r["url"], published)
        if r["e"] in entities:
            a.entities.add(r["e"])
            entities[r["e"]].articles.add(r["a"])
    return articles


def load_evidence(store: ox.Store) -> dict[str, list[Ev]]:
    evidence: dict[str, list[Ev]] = {}
    for r in rows(store, EVIDENCE):
        conf = float(r["conf"]) if r["conf"] else None
        ev = Ev(r["sentence"], int(r["start"]), int(r["end"]), conf, r["a"])
        evidence.setdefault(r["f"], []).append(ev)
    return evidence


def load_facts(store: ox.Store, evidence: dict[str, list[Ev]]) -> list[Fact]:
    """Every fact node with its evidence; one Fact per node."""
    facts: dict[str, Fact] = {}

    def add(fact: Fact) -> None:
        if fact.iri not in facts:
            fact.evidence = evidence.get(fact.iri, [])
            facts[fact.iri] = fact

    for r in rows(store, ROLES):
        if r["title"] is None:
            add(Fact("affiliation", r["f"], r["p"], "", r["o"]))
        else:
            role_key = r["role"].rsplit("/", 1)[1] if r["role"] else None
            add(Fact("role", r["f"], r["p"], r["title"], r["o"], role_key=role_key, time=r["time"]))
    for r in rows(store, TALKS):
        about = r["about"]
        if about and about.startswith(ID):  # a project node: its label is filled in by the model
            add(Fact("talk", r["f"], r["p"], "", r["e"], about=about))
        else:
            add(Fact("talk", r["f"], r["p"], about or "", r["e"]))
    for r in rows(store, QUOTES):
        add(Fact("quote", r["f"], r["p"], r["text"]))
    for r in rows(store, PROJECTS):
        add(Fact("project", r["f"], r["p"], r["rel"] or "", r["proj"]))
    for r in rows(store, PART_OF):
        add(Fact("part_of", r["f"] or f"{r['u']}#part-of", r["u"], "Teil von", r["o"]))
    return list(facts.values())


def load_event_links(store: ox.Store) -> tuple[dict[str, str], dict[str, str]]:
    """Event IRI -> organizer IRI and event IRI -> place IRI."""
    organizer: dict[str, str] = {}
    place: dict[str, str] = {}
    for r in rows(store, EVENTS):
        if r["org"]:
            organizer.setdefault(r["e"], r["org"])
        if r["place"]:
            place.setdefault(r["e"], r["place"])
    return organizer, place
