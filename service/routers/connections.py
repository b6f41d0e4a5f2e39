"""Connections: shortest paths between two entities over the read model's network (read off its fact
indexes, so it follows every write), each edge with its evidence."""

from __future__ import annotations

import itertools
from typing import Annotated

from fastapi import APIRouter, Query

from service.dates import FROM_DOC, TO_DOC, DateRange
from service.deps import ModelDep, ViewsDep
from service.errors import BadRequestError
from service.lookup import resolve
from service.readmodel.network import Edge, Keep, between, shortest_paths
from service.readmodel.views import Views
from service.schemas import Connections, EdgeOut, PathOut

router = APIRouter(tags=["connections"])

_DEFAULT_LABELS = {
    "part_of": "Teil von",
    "organizer": "Veranstalter",
    "location": "Ort",
    "talk": "Vortrag",
    "membership": "Mitglied",
}


def edge_out(views: Views, edge: Edge) -> EdgeOut | None:
    source, target = views.ref(edge.source), views.ref(edge.target)
    if source is None or target is None:
        return None
    f = edge.fact
    label = (f.label or None) if f is not None else None
    evidence = views.fact_evidence(f) if f is not None else []
    return EdgeOut(
        source=source,
        target=target,
        relation=edge.kind,
        label=label or _DEFAULT_LABELS.get(edge.kind),
        evidence=evidence,
    )


def path_out(views: Views, path: list[str], keep: Keep = None) -> PathOut:
    edges: list[EdgeOut] = []
    for u, v in itertools.pairwise(path):
        for edge in between(views.m, u, v, keep):
            if (out := edge_out(views, edge)) is not None:
                edges.append(out)
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
    model: ModelDep,
    views: ViewsDep,
    a: Annotated[
        str | None, Query(min_length=1, max_length=500, examples=["Berndt"], description=_REF_DOC)
    ] = None,
    b: Annotated[str | None, Query(min_length=1, max_length=500, examples=["Gröntgen"])] = None,
    source: Annotated[
        str | None,
        Query(
            alias="from",
            min_length=1,
            max_length=500,
            description=f"With `a` and `b`: {FROM_DOC} Without them: the same as `a`.",
        ),
    ] = None,
    target: Annotated[
        str | None,
        Query(
            alias="to",
            min_length=1,
            max_length=500,
            description=f"With `a` and `b`: {TO_DOC} Without them: the same as `b`.",
        ),
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=20, description="Most paths returned (all of shortest length).")
    ] = 5,
) -> Connections:
    """Paths over the facts read from articles of the range `from`-`to` when the ends are `a` and `b`
    (a role also by its time hint); without `a` and `b`, `from` and `to` name the ends."""
    if a or b:
        first, second, dates = a, b, DateRange.parse(source, target)
    else:
        first, second, dates = source, target, DateRange()
    if not first or not second:
        raise BadRequestError("Give the two ends as `a` and `b` (or `from` and `to`).")
    start = resolve(model, views, first).iri
    end = resolve(model, views, second).iri
    keep: Keep = (lambda f: dates.fact(model, f)) if dates.active else None
    paths = shortest_paths(model, start, end, limit, keep)
    ref_a, ref_b = views.ref(start), views.ref(end)
    assert ref_a is not None and ref_b is not None
    return Connections(source=ref_a, target=ref_b, paths=[path_out(views, p, keep) for p in paths])
