"""Connections: shortest paths between two entities over the networkx view, each edge with its evidence."""

from __future__ import annotations

import itertools
from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, Query

from graph.nxview import build_graph, entities_only
from service.deps import ModelDep, StateDep, ViewsDep
from service.errors import BadRequestError
from service.lookup import resolve
from service.readmodel.load import union_view
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


_REF_DOC = (
    "Entity id, IRI, name, surname or unique start of a name; accents and umlauts optional ('Groentgen'). "
    "Several matches answer 409 with `candidates`, none 404 with close `candidates`."
)


@router.get(
    "/connections",
    response_model=Connections,
    summary="Shortest paths between two entities",
    responses={
        404: {"description": "A name matches nothing; `candidates` lists close names."},
        409: {"description": "A name matches several entities; `candidates` lists them."},
    },
)
def connections(
    state: StateDep,
    model: ModelDep,
    views: ViewsDep,
    a: Annotated[
        str | None, Query(min_length=1, max_length=500, examples=["Berndt"], description=_REF_DOC)
    ] = None,
    b: Annotated[str | None, Query(min_length=1, max_length=500, examples=["Gröntgen"])] = None,
    source: Annotated[
        str | None, Query(alias="from", min_length=1, max_length=500, description="Same as `a`.")
    ] = None,
    target: Annotated[
        str | None, Query(alias="to", min_length=1, max_length=500, description="Same as `b`.")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=20, description="Most paths returned (all of shortest length).")
    ] = 5,
) -> Connections:
    first, second = a or source, b or target
    if not first or not second:
        raise BadRequestError("Give the two ends as `a` and `b` (or `from` and `to`).")
    g: nx.MultiDiGraph = state.cached("nx", lambda: entities_only(build_graph(union_view(state.reader))))
    start = resolve(model, views, first, usable=lambda e: e.iri in g).iri
    end = resolve(model, views, second, usable=lambda e: e.iri in g).iri
    undirected = g.to_undirected(as_view=True)
    try:
        paths = (
            list(itertools.islice(nx.all_shortest_paths(undirected, start, end), limit))
            if start != end
            else [[start]]
        )
    except nx.NetworkXNoPath:
        paths = []
    ref_a, ref_b = views.ref(start), views.ref(end)
    assert ref_a is not None and ref_b is not None
    return Connections(source=ref_a, target=ref_b, paths=[path_out(views, g, p) for p in paths])
