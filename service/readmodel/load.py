"""Bulk SPARQL reads that fill the read model from the store (union of all article graphs)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import pyoxigraph as ox

from graph.vocab import ID, PREFIXES
from nlp.topic_text import tidy_topic
from service.readmodel.records import KIND_PATHS, ArticleRec, Entity, Ev, Fact

if TYPE_CHECKING:
    from graph.store import KnowledgeStore

logger = logging.getLogger(__name__)

ENTITIES = """SELECT ?e ?label ?alt ?title WHERE {
  ?e skos:prefLabel ?label . FILTER(STRSTARTS(STR(?e), STR(kgid:)))
  OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e schema:honorificPrefix ?title } }"""
ARTICLES = """SELECT ?a ?id ?title ?url ?date WHERE {
  ?a a schema:NewsArticle ; dcterms:identifier ?id .
  OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:datePublished ?date } }"""
MENTIONS = "SELECT ?a ?e WHERE { ?a schema:mentions ?e }"
# Evidence is read as single-pattern scans joined here: one big join over the union graph is ~10x slower.
EVIDENCE_SCANS = {
    "target": "SELECT ?s ?o WHERE { ?s kg:evidence ?o }",
    "source": "SELECT ?s ?o WHERE { ?s oa:hasSource ?o }",
    "selector": "SELECT ?s ?o WHERE { ?s oa:hasSelector ?o }",
    "exact": "SELECT ?s ?o WHERE { ?s oa:exact ?o }",
    "start": "SELECT ?s ?o WHERE { ?s oa:start ?o }",
    "end": "SELECT ?s ?o WHERE { ?s oa:end ?o }",
    "confidence": "SELECT ?s ?o WHERE { ?s kg:confidence ?o }",
}
ROLES = """SELECT ?f ?p ?o ?title ?role ?time WHERE {
  { ?f org:member ?p ; org:organization ?o } UNION { ?f kg:holder ?p }
  OPTIONAL { ?f schema:jobTitle ?title } OPTIONAL { ?f org:role ?role } OPTIONAL { ?f kg:timeHint ?time } }"""
TALKS = """SELECT ?f ?p ?e ?about WHERE {
  ?f schema:performer ?p . OPTIONAL { ?f schema:superEvent ?e } OPTIONAL { ?f schema:about ?about } }"""
QUOTES = (
    "SELECT ?f ?p ?text ?form WHERE { ?f prov:wasAttributedTo ?p ; schema:text ?text "
    "OPTIONAL { ?f kg:quoteForm ?form } }"
)
PROJECTS = """SELECT ?f ?p ?proj ?rel WHERE {
  ?proj prov:qualifiedAttribution ?f . ?f prov:agent ?p .
  OPTIONAL { ?f prov:hadRole ?r . ?r skos:prefLabel ?rel } }"""
PARENTS = "SELECT DISTINCT ?u ?o WHERE { ?u org:subOrganizationOf ?o }"
PART_OF = "SELECT ?f ?u ?o WHERE { ?f rdf:predicate org:subOrganizationOf ; rdf:subject ?u ; rdf:object ?o }"
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
        if r["a"] not in articles:
            published = date.fromisoformat(r["date"]) if r["date"] else None
            articles[r["a"]] = ArticleRec(r["a"], r["id"], r["title"], r["url"], published)
    for r in rows(store, MENTIONS):
        if r["a"] in articles and r["e"] in entities:
            articles[r["a"]].entities.add(r["e"])
            entities[r["e"]].articles.add(r["a"])
    return articles


def load_evidence(store: ox.Store) -> dict[str, list[Ev]]:
    scan: dict[str, dict[str, list[str]]] = {}
    for name, query in EVIDENCE_SCANS.items():
        table: dict[str, list[str]] = {}
        for r in rows(store, query):
            table.setdefault(r["s"], []).append(r["o"])
        scan[name] = table
    evidence: dict[str, list[Ev]] = {}
    for fact, targets in scan["target"].items():
        conf = scan["confidence"].get(fact)
        for t in dict.fromkeys(targets):
            selectors = scan["selector"].get(t, [])
            sentence = next((scan["exact"][s][0] for s in selectors if s in scan["exact"]), None)
            span = next((s for s in selectors if s in scan["start"] and s in scan["end"]), None)
            if sentence is None:
                continue
            start = int(scan["start"][span][0]) if span else None
            end = int(scan["end"][span][0]) if span else None
            article = scan["source"].get(t, [None])[0]
            evidence.setdefault(fact, []).append(
                Ev(sentence, start, end, float(conf[0]) if conf else None, article)
            )
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
            # stores written before topics were tidied at extraction show them tidied too
            add(Fact("talk", r["f"], r["p"], tidy_topic(about) or "", r["e"]))
    for r in rows(store, QUOTES):
        add(Fact("quote", r["f"], r["p"], r["text"], form=r["form"] or "direct"))
    for r in rows(store, PROJECTS):
        add(Fact("project", r["f"], r["p"], r["rel"] or "", r["proj"]))
    stated: set[tuple[str, str]] = set()
    for r in rows(store, PART_OF):
        add(Fact("part_of", r["f"], r["u"], "Teil von", r["o"]))
        stated.add((r["u"], r["o"]))
    for r in rows(store, PARENTS):  # part-of links without a fact node of their own
        if (r["u"], r["o"]) not in stated:
            add(Fact("part_of", f"{r['u']}#part-of", r["u"], "Teil von", r["o"]))
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
