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

from graph.curation import rejected_facts
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


def _select(
    store: ox.Store, variables: str, pattern: str, scope: list[str] | None, graph: bool = True
) -> Iterator[tuple[Any, ...]]:
    """Rows of `pattern` (tuples of values in the order of `variables`, preceded by the graph when
    `graph`) in every article graph, or only in the graphs of `scope`, one query per graph (with the
    graph bound in the text: the optimizer does not push a bound graph into OPTIONAL patterns). A read
    of every graph that needs no graph scans the union instead (it answers the same rows, faster)."""
    queries: list[tuple[str | None, str]]
    if scope is None:
        head = f"?g {variables}" if graph else variables
        body = f"GRAPH ?g {{ {pattern} }}" if graph else pattern
        queries = [(None, f"SELECT {head} WHERE {{ {body} }}")]
    else:
        queries = [(g, f"SELECT {variables} WHERE {{ GRAPH <{g}> {{ {pattern} }} }}") for g in scope]
    for g, query in queries:
        result = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
        assert isinstance(result, ox.QuerySolutions)
        for solution in result:
            row = tuple(None if term is None else term.value for term in solution)
            yield (g, *row) if g is not None and graph else row


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

    for g, a, ident, title, url, day in _select(store, "?a ?id ?title ?url ?date", ARTICLES, scope):
        d = data(g)
        if d.article is None:
            published = date.fromisoformat(day) if day else None
            d.article = ArticleRec(a, ident, title, url, published)
    for g, _, e in _select(store, "?a ?e", MENTIONS, scope):
        if kind_of(e):
            data(g).mentions.add(e)
    for g, u, o in _select(store, "?u ?o", PARENTS, scope):
        data(g).parents.add((u, o))
    for g, e, org, place in _select(store, "?e ?org ?place", EVENT_LINKS, scope):
        if org:
            data(g).organizers.add((e, org))
        if place:
            data(g).places.add((e, place))
    for g, facts in _read_facts(store, scope).items():
        data(g).facts = facts
    return {g: d for g, d in out.items() if d.article is not None}


def _read_evidence(store: ox.Store, scope: list[str] | None) -> dict[str, list[Ev]]:
    scan: dict[str, dict[str, list[str]]] = {}
    for name, pattern in EVIDENCE_SCANS.items():
        table: dict[str, list[str]] = {}
        for subject, value in _select(store, "?s ?o", pattern, scope, graph=False):
            table.setdefault(subject, []).append(value)
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
    """Fact nodes per graph, each with its evidence; one Fact per node (the first row of a node). Facts a
    curator marked wrong are left out (graph/curation.py)."""
    evidence = _read_evidence(store, scope)
    facts: dict[str, tuple[str, Fact]] = {}
    rejected = rejected_facts(store, scope)

    def add(g: str, fact: Fact) -> None:
        if fact.iri not in facts and fact.iri not in rejected:
            fact.evidence = evidence.get(fact.iri, [])
            facts[fact.iri] = (g, fact)

    for g, f, p, o, title, role, time in _select(store, "?f ?p ?o ?title ?role ?time", ROLES, scope):
        if title is None:
            add(g, Fact("affiliation", f, p, "", o))
        else:
            role_key = role.rsplit("/", 1)[1] if role else None
            add(g, Fact("role", f, p, title, o, role_key=role_key, time=time))
    for g, f, p, e, about in _select(store, "?f ?p ?e ?about", TALKS, scope):
        if about and about.startswith(ID):  # a project node: the label is its name, filled in by the model
            add(g, Fact("talk", f, p, "", e, about=about))
        else:
            # stores written before topics were tidied at extraction show them tidied too
            add(g, Fact("talk", f, p, tidy_topic(about) or "", e))
    for g, f, p, text, form in _select(store, "?f ?p ?text ?form", QUOTES, scope):
        add(g, Fact("quote", f, p, text, form=form or "direct"))
    for g, f, p, proj, r in _select(store, "?f ?p ?proj ?r", PROJECTS, scope):
        # the relation's label is shared by all articles: filled in by the model
        add(g, Fact("project", f, p, "", proj, relation=r))
    for g, f, u, o in _select(store, "?f ?u ?o", PART_OF, scope):
        add(g, Fact("part_of", f, u, "Teil von", o))
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
    result = store.query(ENTITIES % _values("e", scope), use_default_graph_as_union=True, prefixes=PREFIXES)
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        e, label, alt, title = (None if t is None else str(t.value) for t in solution)
        if e is None or label is None or kind_of(e) is None:
            continue
        labels.setdefault(e, set()).add(label)
        if alt:
            aliases.setdefault(e, set()).add(alt)
        if title:
            titles.setdefault(e, set()).add(title)
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
