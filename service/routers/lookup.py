"""Names as people type them: which entity a surname, a name without umlauts or a name's start means."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from service.deps import ModelDep, ViewsDep
from service.readmodel.records import API_KINDS
from service.schemas import NameLookup

router = APIRouter(tags=["lookup"])
READ_KINDS = {api: kind for kind, api in API_KINDS.items()}  # "organization" -> "org"
MAX_CANDIDATES = 20


@router.get("/lookup", response_model=NameLookup, summary="Which entity a typed name means")
async def lookup(
    model: ModelDep,
    views: ViewsDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="Id, IRI, name, surname or start of a name; case, accents and umlauts optional.",
            examples=["Groentgen"],
        ),
    ],
    kind: Annotated[
        Literal["person", "organization", "project", "event", "location"] | None,
        Query(description="Only entities of this kind."),
    ] = None,
) -> NameLookup:
    match = model.names.lookup(q, [READ_KINDS[kind]] if kind else None)
    refs = [r for r in (views.ref(e.iri) for e in match.entities[:MAX_CANDIDATES]) if r]
    unique = match.unique
    return NameLookup(
        query=q, match=match.how, entity=views.ref(unique.iri) if unique else None, candidates=refs
    )
