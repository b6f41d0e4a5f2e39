"""SPARQL reads that fill the read model: what each article graph says, and the shared entity labels.

Every statement of an article lives in the article's named graph (graph/store.py), so each query here
reads ``GRAPH ?g { ... }`` and keeps the graph with every row: the whole store for a full build, or
only the graphs a write changed (``VALUES ?g``) for an update — the same query either way, so an
update reads exactly what a full build would read for those graphs. What is stated once for all
articles (entity types and preferred labels, labels of relation concepts) is read over the union of
the graphs, for all entities or for the few an update touches.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyoxigraph as ox

from graph.vocab import ID, PREFIXES
from nlp.topic_text import tidy_topic
from service.readmodel.records import KIND_PATHS, ArticleRec, Ev, Fact

logger = logging.getLogger(__name__)

ARTICLES = """?a a schema:NewsArticle ; dcterms:identifier ?id .
  OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:datePublished ?date }"""
MENTIONS = "?a schema:mentions ?e"
# Evidence is read as single-pattern scans joined here: one big join is ~10x slower.
EVIDENCE_SCANS = {
    "target": "?s kg:evidence ?o",
    "source": "?s oa:hasSource ?o",
    "selector": "?s oa:hasSelector ?o",
    "exact": "?s oa:exact ?o",
    "start": "?s oa:start ?o",
    "end": "?s oa:end ?o",
    "confidence": "?s kg:confidence ?o",
}
ROLES = """{ ?f org:member ?p ; org:organization ?o } UNION { ?f kg:holder ?p }
  OPTIONAL { ?f schema:jobTitle ?title } OPTIONAL { ?f org:role ?role } OPTIONAL { ?f kg:timeHint ?time }"""
TALKS = "?f schema:performer ?p . OPTIONAL { ?f schema:superEvent ?e } OPTIONAL { ?f schema:about ?about }"
QUOTES = "?f prov:wasAttributedTo ?p ; schema:text ?text OPTIONAL { ?f kg:quoteForm ?form }"
PROJECTS = "?proj prov:qualifiedAttribution ?f . ?f prov:agent ?p . OPTIONAL { ?f prov:hadRole ?r }"
PARENTS = "?u org:subOrganizationOf ?o"
PART_OF = "?f rdf:predicate org:subOrganizationOf ; rdf:subject ?u ; rdf:object ?o"
EVENT_LINKS = "{ ?e schema:organizer ?org } UNION { ?e schema:location ?place }"
# Over the union: preferred labels are stated once, in the shared entities graph; alternative labels
# and titles in the graph of each article that uses them.
ENTITIES = """SELECT ?e ?label ?alt ?title WHERE { %s
  ?e skos:prefLabel ?label . FILTER(STRSTARTS(STR(?e), STR(kgid:)))
  OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e schema:honorificPrefix ?title } }"""
RELATIONS = "SELECT ?r ?label WHERE { %s ?r a prov:Role ; skos:prefLabel ?label }"


@dataclass
class GraphData:
    """What one article graph contributes to the read model (kept to take it back out on an update)."""

    graph: str
    article: ArticleRec | None = None  # without `entities`: filled in by the model
    mentions: set[str] = field(default_factory=set)  # entity IRIs the article mentions
    facts: list[Fact] = field(default_factory=list)  # labels of talk topics and relations not yet filled
    parents: set[tuple[str, str]] = field(default_factory=set)  # (unit, parent) stated here
    organizers: set[tuple[str, str]] = field(default_factory=set)  # (event, organization)
    places: set[tuple[str, str]] = field(default_factory=set)  # (event, place)

    def touched(self) -> set[str]:
        """Every entity this graph says something about."""
        out = set(self.mentions)
        for f in self.facts:
            out.update(x for x in (f.subject, f.object, f.about) if x and kind_of(x))
        for pairs in (self.parents, self.organizers, self.places):
            for a, b in pairs:
                out.update((a, b))
        return out


@dataclass
class EntityRow:
    """An entity's shared description: its preferred label(s), alternative labels and titles."""

    name: str
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)


def rows(store: ox.Store, query: str) -> Iterator[dict[str, Any]]:
    """Solutions as dicts of Python values (IRIs and literals as strings, None when unbound)."""
    result = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    for solution in result:
        yield {n: (None if solution[n] is None else solution[n].value) for n in names}


def kind_of(iri: str) -> str | None:
    """Entity kind from an IRI ``.../id/<kind>/<slug>`` (None for fact and concept IRIs)."""
    if not iri.startswith(ID):
        return None
    kind = iri[len(ID) :].split("/", 1)[0]
    return kind if kind in KIND_PATHS else None


def _values(var: str, iris: Iterable[str] | None) -> str:
    return "" if iris is None else f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def _in_graphs(pattern: str, graphs: Iterable[str] | None) -> str:
    """``SELECT * ... GRAPH ?g { pattern }`` over every graph, or over `graphs` only."""
    return f"SELECT * WHERE {{ {_values('g', graphs)} GRAPH ?g {{ {pattern} }} }}"


def read_graphs(store: ox.Store, graphs: Iterable[str] | None = None) -> dict[str, GraphData]:
    """The contribution of each article graph (all of them, or `graphs`; absent ones are left out)."""
    scope = None if graphs is None else sorted(set(graphs))
    if scope == []:
        return {}
    out: dict[str, GraphData] = {}

    def data(g: str) -> GraphData:
        hit = out.get(g)
        if hit is None:
            hit = out[g] = GraphData(g)
        return hit

    for r in rows(store, _in_graphs(ARTICLES, scope)):
        d = data(r["g"])
        if d.article is None:
            published = date.fromisoformat(r["date"]) if r["date"] else None
            d.article = ArticleRec(r["a"], r["id"], r["title"], r["url"], published)
    for r in rows(store, _in_graphs(MENTIONS, scope)):
        if kind_of(r["e"]):
            data(r["g"]).mentions.add(r["e"])
    for r in rows(store, _in_graphs(PARENTS, scope)):
        data(r["g"]).parents.add((r["u"], r["o"]))
    for r in rows(store, _in_graphs(EVENT_LINKS, scope)):
        if r["org"]:
            data(r["g"]).organizers.add((r["e"], r["org"]))
        if r["place"]:
            data(r["g"]).places.add((r["e"], r["place"]))
    for g, facts in _read_facts(store, scope).items():
        data(g).facts = facts
    return {g: d for g, d in out.items() if d.article is not None}


def _read_evidence(store: ox.Store, scope: list[str] | None) -> dict[str, list[Ev]]:
    scan: dict[str, dict[str, list[str]]] = {}
    for name, pattern in EVIDENCE_SCANS.items():
        table: dict[str, list[str]] = {}
        for r in rows(store, _in_graphs(pattern, scope)):
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


def _read_facts(store: ox.Store, scope: list[str] | None) -> dict[str, list[Fact]]:
    """Fact nodes per graph, each with its evidence; one Fact per node (the first row of a node)."""
    evidence = _read_evidence(store, scope)
    facts: dict[str, tuple[str, Fact]] = {}

    def add(g: str, fact: Fact) -> None:
        if fact.iri not in facts:
            fact.evidence = evidence.get(fact.iri, [])
            facts[fact.iri] = (g, fact)

    for r in rows(store, _in_graphs(ROLES, scope)):
        if r["title"] is None:
            add(r["g"], Fact("affiliation", r["f"], r["p"], "", r["o"]))
        else:
            role_key = r["role"].rsplit("/", 1)[1] if r["role"] else None
            add(r["g"], Fact("role", r["f"], r["p"], r["title"], r["o"], role_key=role_key, time=r["time"]))
    for r in rows(store, _in_graphs(TALKS, scope)):
        about = r["about"]
        if about and about.startswith(ID):  # a project node: the label is its name, filled in by the model
            add(r["g"], Fact("talk", r["f"], r["p"], "", r["e"], about=about))
        else:
            # stores written before topics were tidied at extraction show them tidied too
            add(r["g"], Fact("talk", r["f"], r["p"], tidy_topic(about) or "", r["e"]))
    for r in rows(store, _in_graphs(QUOTES, scope)):
        add(r["g"], Fact("quote", r["f"], r["p"], r["text"], form=r["form"] or "direct"))
    for r in rows(store, _in_graphs(PROJECTS, scope)):
        # the relation's label is shared by all articles: filled in by the model
        add(r["g"], Fact("project", r["f"], r["p"], "", r["proj"], relation=r["r"]))
    for r in rows(store, _in_graphs(PART_OF, scope)):
        add(r["g"], Fact("part_of", r["f"], r["u"], "Teil von", r["o"]))
    out: dict[str, list[Fact]] = {}
    for g, fact in facts.values():
        out.setdefault(g, []).append(fact)
    return out


def read_entities(store: ox.Store, iris: Iterable[str] | None = None) -> dict[str, EntityRow]:
    """Shared descriptions of all entities, or of `iris` (those without a preferred label are left out).

    An entity with several preferred labels (graphs that disagreed) is named by the least of them,
    the others become aliases, so the name does not depend on the order the store answers in.
    """
    scope = None if iris is None else sorted(set(iris))
    if scope == []:
        return {}
    labels: dict[str, set[str]] = {}
    aliases: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    for r in rows(store, ENTITIES % _values("e", scope)):
        if kind_of(r["e"]) is None:
            continue
        labels.setdefault(r["e"], set()).add(r["label"])
        if r["alt"]:
            aliases.setdefault(r["e"], set()).add(r["alt"])
        if r["title"]:
            titles.setdefault(r["e"], set()).add(r["title"])
    out: dict[str, EntityRow] = {}
    for iri, names in labels.items():
        name = min(names)
        out[iri] = EntityRow(name, (names | aliases.get(iri, set())) - {name}, titles.get(iri, set()))
    return out


def read_relations(store: ox.Store, iris: Iterable[str] | None = None) -> dict[str, str]:
    """Labels of the relation concepts of project links (the least label, should there be several)."""
    scope = None if iris is None else sorted(set(iris))
    if scope == []:
        return {}
    out: dict[str, str] = {}
    for r in rows(store, RELATIONS % _values("r", scope)):
        if r["r"] not in out or r["label"] < out[r["r"]]:
            out[r["r"]] = r["label"]
    return out
