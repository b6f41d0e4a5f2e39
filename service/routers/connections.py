"""Connections: shortest paths between two entities over the networkx view, each edge with its evidence."""

from __future__ import annotations

import itertools
from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, Query

from graph.nxview import build_graph, entities_only
from service.deps import ModelDep, StateDep, ViewsDep
from service.errors import BadRequestError, NotFoundError
from service.readmodel.load import union_view
from service.readmodel.model import ReadModel
from service.readmodel.views import Views, article_ref
from service.schemas import Connections, EdgeOut, EvidenceOut, PathOut

router = APIRouter(tags=["connections"])

_LABEL_KEYS = ("title", "role", "topic", "relation", "text")
_DEFAULT_LABELS = {
    "part_of": "Teil von",
    "organizer": "Veranstalter",
    "location": "Ort",
    "talk": "Vortrag",
    "membership": "Mitglied",
}


def resolve(model: ReadModel, g: nx.MultiDiGraph, ref: str) -> str:
    """An entity IRI from an IRI, an API id (``eleonore-baj``) or an exact name."""
    if ref in g:
        return ref
    by_id = [e.iri for (_, ident), e in model.by_id.items() if ident == ref]
    by_name = [e.iri for e in model.entities.values() if e.name.casefold() == ref.casefold()]
    hits = [i for i in dict.fromkeys(by_id or by_name) if i in g]
    if not hits:
        raise NotFoundError(
            f"No entity {ref!r} in the graph; pass an id from the lookups, an IRI or an exact name."
        )
    if len(hits) > 1:
        raise BadRequestError(
            f"{ref!r} names {len(hits)} entities; pass one of their IRIs: {', '.join(hits)}."
        )
    return hits[0]


def edge_out(views: Views, u: str, v: str, data: dict[str, Any]) -> EdgeOut | None:
    source, target = views.ref(u), views.ref(v)
    if source is None or target is None:
        return None
    kind = str(data.get("kind", "related"))
    label = next((str(data[k]) for k in _LABEL_KEYS if data.get(k)), _DEFAULT_LABELS.get(kind))
    evidence = []
    if data.get("sentence"):
        art = views.m.articles.get(data.get("article", ""))
        evidence.append(
            EvidenceOut(
                sentence=data["sentence"],
                start=data.get("start"),
                end=data.get("end"),
                confidence=data.get("confidence"),
                article=article_ref(art) if art else None,
            )
        )
    return EdgeOut(source=source, target=target, relation=kind, label=label, evidence=evidence)


def path_out(views: Views, g: nx.MultiDiGraph, path: list[str]) -> PathOut:
    edges: list[EdgeOut] = []
    for u, v in itertools.pairwise(path):
        for a, b in ((u, v), (v, u)):
            for data in (g.get_edge_data(a, b) or {}).values():
                if (edge := edge_out(views, a, b, data)) is not None:
                    edges.append(edge)
    nodes = [r for r in map(views.ref, path) if r]
    return PathOut(length=len(path) - 1, nodes=nodes, edges=edges)


@router.get("/connections", response_model=Connections, summary="Shortest paths between two entities")
def connections(
    state: StateDep,
    model: ModelDep,
    views: ViewsDep,
    source: Annotated[
        str,
        Query(
            alias="from",
            min_length=1,
            max_length=500,
            examples=["eleonore-baj"],
            description="Entity id, IRI or exact name.",
        ),
    ],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=500, examples=["antje-krueger"])],
    limit: Annotated[
        int, Query(ge=1, le=20, description="Most paths returned (all of shortest length).")
    ] = 5,
) -> Connections:
    g: nx.MultiDiGraph = state.cached("nx", lambda: entities_only(build_graph(union_view(state.reader))))
    a, b = resolve(model, g, source), resolve(model, g, target)
    undirected = g.to_undirected(as_view=True)
    try:
        paths = list(itertools.islice(nx.all_shortest_paths(undirected, a, b), limit)) if a != b else [[a]]
    except nx.NetworkXNoPath:
        paths = []
    ref_a, ref_b = views.ref(a), views.ref(b)
    assert ref_a is not None and ref_b is not None
    return Connections(source=ref_a, target=ref_b, paths=[path_out(views, g, p) for p in paths])
