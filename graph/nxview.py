"""Typed networkx view of the store for analytics: paths with evidence, centrality, communities, GraphML/GEXF.

Nodes are entity IRIs with ``type`` (person, organization, project, event, place, article) and ``label``.
Edges carry ``kind`` (membership, part_of, talk, quote, project, organizer, location) and, for facts,
their evidence: ``article``, ``sentence``, ``start``, ``end``, ``confidence``. Quotes point from the
person to the article node; analytics ignore article nodes unless asked.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import networkx as nx

from graph.errors import GraphError
from graph.store import KnowledgeStore

_NODES = """
SELECT DISTINCT ?e ?t ?label WHERE {
  VALUES (?type ?t) { (schema:Person "person") (org:Organization "organization") (schema:Project "project")
                      (schema:Place "place") (schema:NewsArticle "article") }
  ?e a ?type ; rdfs:label ?label .
} """
_EVENTS = """SELECT DISTINCT ?e ?label WHERE { ?e a schema:Event ; skos:prefLabel ?label }"""
_EVIDENCE = """?f prov:wasDerivedFrom ?article ; kg:confidence ?confidence ;
     kg:evidence/oa:hasSelector ?q, ?p . ?q oa:exact ?sentence . ?p oa:start ?start ; oa:end ?end ."""
_EDGES = {
    "membership": f"""SELECT DISTINCT ?f ?s ?o ?role ?title ?article ?confidence ?sentence ?start ?end
    WHERE {{
        ?f a org:Membership ; org:member ?s ; org:organization ?o .
        OPTIONAL {{ ?f org:role/skos:prefLabel ?role }} OPTIONAL {{ ?f schema:jobTitle ?title }}
        {_EVIDENCE} }}""",
    "part_of": f"""SELECT DISTINCT ?f ?s ?o ?article ?confidence ?sentence ?start ?end WHERE {{
        ?s org:subOrganizationOf ?o .
        OPTIONAL {{ ?f rdf:subject ?s ; rdf:object ?o ; rdf:predicate org:subOrganizationOf .
                    {_EVIDENCE} }} }}""",
    "talk": f"""SELECT DISTINCT ?f ?s ?o ?topic ?article ?confidence ?sentence ?start ?end WHERE {{
        ?f schema:performer ?s ; schema:superEvent ?o .
        OPTIONAL {{ ?f schema:about ?a . OPTIONAL {{ ?a skos:prefLabel ?al }}
                    BIND(COALESCE(?al, ?a) AS ?topic) }}
        {_EVIDENCE} }}""",
    "quote": f"""SELECT DISTINCT ?f ?s ?o ?text ?article ?confidence ?sentence ?start ?end WHERE {{
        ?f a schema:Quotation ; prov:wasAttributedTo ?s ; prov:wasDerivedFrom ?o ; schema:text ?text .
        {_EVIDENCE} }}""",
    "project": f"""SELECT DISTINCT ?f ?s ?o ?relation ?article ?confidence ?sentence ?start ?end WHERE {{
        ?o prov:qualifiedAttribution ?f . ?f prov:agent ?s ; prov:hadRole/skos:prefLabel ?relation .
        {_EVIDENCE} }}""",
    "organizer": "SELECT DISTINCT ?s ?o WHERE { ?s a schema:Event ; schema:organizer ?o }",
    "location": "SELECT DISTINCT ?s ?o WHERE { ?s a schema:Event ; schema:location ?o }",
}


def _value(term: Any) -> Any:
    if term is None:
        return None
    value = term.value
    dt = getattr(term, "datatype", None)
    if dt is not None and dt.value.endswith(("#integer", "#int")):
        return int(value)
    if dt is not None and dt.value.endswith(("#double", "#decimal", "#float")):
        return float(value)
    return value


def build_graph(ks: KnowledgeStore) -> nx.MultiDiGraph:
    """The whole knowledge graph as a typed MultiDiGraph (one edge per fact, keyed by the fact IRI)."""
    g = nx.MultiDiGraph()
    for row in ks.query(_NODES):
        g.add_node(row["e"].value, type=row["t"].value, label=row["label"].value)
    for row in ks.query(_EVENTS):
        g.add_node(row["e"].value, type="event", label=row["label"].value)
    for kind, sparql in _EDGES.items():
        solutions = ks.query(sparql)
        names = [v.value for v in solutions.variables]
        for row in solutions:
            s, o = row["s"].value, row["o"].value
            if s not in g or o not in g:
                continue
            attrs = {n: _value(row[n]) for n in names if n not in ("s", "o", "f")}
            fact = row["f"] if "f" in names else None
            key = fact.value if fact is not None else f"{kind}:{s}:{o}"
            g.add_edge(s, o, key=key, kind=kind, **{k: v for k, v in attrs.items() if v is not None})
    return g


def entities_only(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph without article nodes (and so without quote edges), for analytics."""
    return g.subgraph([n for n, t in g.nodes(data="type") if t != "article"]).copy()


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """Node id of an IRI or of an exact (case-insensitive) label."""
    if name in g:
        return name
    hits = [n for n, label in g.nodes(data="label") if label and label.casefold() == name.casefold()]
    if len(hits) != 1:
        raise GraphError(f"{name!r} names {len(hits)} nodes; pass the IRI or an exact label")
    return str(hits[0])


def connection(g: nx.MultiDiGraph, source: str, target: str) -> list[dict[str, Any]]:
    """Shortest path between two entities; each hop lists the facts (with evidence) linking the pair."""
    view = entities_only(g)
    a, b = find_node(view, source), find_node(view, target)
    try:
        path = nx.shortest_path(view.to_undirected(as_view=True), a, b)
    except nx.NetworkXNoPath as exc:
        raise GraphError(f"no connection between {source!r} and {target!r} in the graph") from exc
    hops = []
    for u, v in zip(path, path[1:], strict=False):
        edges = [dict(d, source=u, target=v) for d in view.get_edge_data(u, v, default={}).values()]
        edges += [dict(d, source=v, target=u) for d in view.get_edge_data(v, u, default={}).values()]
        hops.append(
            {
                "from": u,
                "from_label": view.nodes[u]["label"],
                "to": v,
                "to_label": view.nodes[v]["label"],
                "edges": edges,
            }
        )
    return hops


def centrality(g: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """Degree and betweenness centrality per entity (on the undirected simple projection)."""
    simple = nx.Graph(entities_only(g).to_undirected())
    degree = nx.degree_centrality(simple)
    between = nx.betweenness_centrality(simple, k=min(len(simple), 500) or None, seed=0)
    return {n: {"degree": degree[n], "betweenness": between[n]} for n in simple}


def communities(g: nx.MultiDiGraph) -> list[set[str]]:
    """Louvain communities of entities, largest first (seeded, so stable across runs)."""
    simple = nx.Graph(entities_only(g).to_undirected())
    found = nx.community.louvain_communities(simple, seed=0) if len(simple) else []
    return sorted(found, key=lambda c: (-len(c), min(c)))


def _scalar_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML/GEXF only take str/int/float/bool attributes."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: v for k, v in d.items() if isinstance(v, str | int | float | bool)})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{a: b for a, b in d.items() if isinstance(b, str | int | float | bool)})
    return h


def write_graphml(g: nx.MultiDiGraph, out: Path | str | IO[bytes]) -> None:
    nx.write_graphml(_scalar_copy(g), str(out) if isinstance(out, Path) else out)


def write_gexf(g: nx.MultiDiGraph, out: Path | str | IO[bytes]) -> None:
    nx.write_gexf(_scalar_copy(g), str(out) if isinstance(out, Path) else out)
