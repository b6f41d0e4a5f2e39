"""The knowledge graph as a network of entities, read off the read model: neighbours, shortest paths,
the edges between two entities with their evidence.

The edges are those of the networkx view (graph/nxview.py, `entities_only`): memberships (roles and
affiliations), part-of links, talks at events, project links, organizers and places of events; quotes
lead to articles, not entities, and are left out. Read from the model's fact indexes, they follow
every write with the model itself: there is no second graph to rebuild or update.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from service.readmodel.model import ReadModel
from service.readmodel.records import Fact

EDGE_KINDS = {
    "role": "membership",
    "affiliation": "membership",
    "part_of": "part_of",
    "talk": "talk",
    "project": "project",
}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str  # membership, part_of, talk, project, organizer, location
    fact: Fact | None = None  # None for organizer and location links


Keep = Callable[[Fact], bool] | None  # which facts may form an edge (None: all); e.g. a date range


def edges(model: ReadModel, iri: str, keep: Keep = None) -> Iterator[Edge]:
    """Every edge at entity `iri`, in either direction (of the facts `keep` accepts)."""
    entities = model.entities
    if iri not in entities:
        return
    for facts in (model.by_subject.get(iri, ()), model.by_object.get(iri, ())):
        for f in facts:
            kind = EDGE_KINDS.get(f.kind)
            if (
                kind
                and f.object
                and f.subject in entities
                and f.object in entities
                and (keep is None or keep(f))
            ):
                yield Edge(f.subject, f.object, kind, f)
    for kind, table, reverse in (
        ("organizer", model.event_orgs, model.org_events),
        ("location", model.event_places, model.place_events),
    ):
        for x in sorted(table.get(iri, {})):
            if x in entities:
                yield Edge(iri, x, kind)
        for e in reverse.get(iri, ()):
            if e in entities:
                yield Edge(e, iri, kind)


def neighbours(model: ReadModel, iri: str, keep: Keep = None) -> list[str]:
    """Entities one edge away from `iri`, sorted."""
    return sorted({e.target if e.source == iri else e.source for e in edges(model, iri, keep)} - {iri})


def between(model: ReadModel, a: str, b: str, keep: Keep = None) -> list[Edge]:
    """The edges joining `a` and `b`, in either direction."""
    return [e for e in edges(model, a, keep) if {e.source, e.target} == {a, b}]


def shortest_paths(
    model: ReadModel, source: str, target: str, limit: int, keep: Keep = None
) -> list[list[str]]:
    """Up to `limit` shortest paths between two entities (undirected), in a stable order."""
    if source == target:
        return [[source]]
    parents: dict[str, list[str]] = {source: []}
    level = [source]
    while level and target not in parents:
        found: dict[str, list[str]] = {}
        for node in level:
            for n in neighbours(model, node, keep):
                if n not in parents:
                    found.setdefault(n, []).append(node)
        parents.update(found)
        level = sorted(found)
    if target not in parents:
        return []
    paths: list[list[str]] = []

    def walk(node: str, tail: list[str]) -> None:
        if len(paths) >= limit:
            return
        if node == source:
            paths.append([source, *tail])
            return
        for p in parents[node]:
            walk(p, [node, *tail])

    walk(target, [])
    return paths
