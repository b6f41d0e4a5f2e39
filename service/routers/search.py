"""Full-text search (German-aware BM25) over entity names and evidence sentences."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from service.deps import PageDep, StateDep, page_of
from service.readmodel.records import API_KINDS
from service.readmodel.views import article_ref
from service.schemas import Page, SearchHit
from service.search.documents import Hit

router = APIRouter(tags=["search"])
Kind = Literal["person", "organization", "project", "event", "location", "evidence"]


@router.get("/search", response_model=Page[SearchHit], summary="Full-text search, ranked by BM25")
def search(
    state: StateDep,
    pagination: PageDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description="Words to find; case, umlauts, inflection and compounds are folded.",
            examples=["Krisenmanagement"],
        ),
    ],
    kind: Annotated[Kind | None, Query(description="Only hits of this kind.")] = None,
) -> Page[SearchHit]:
    snapshot = state.searchable()
    index, model, views = snapshot.search, snapshot.model, snapshot.views
    assert index is not None
    hits = index.search(q)
    if kind is not None:
        hits = [(d, s) for d, s in hits if API_KINDS.get(d.payload.kind, d.payload.kind) == kind]
    items = []
    for doc, score in pagination.apply(hits)[0]:
        hit: Hit = doc.payload
        art = model.articles.get(hit.evidence.article) if hit.evidence and hit.evidence.article else None
        items.append(
            SearchHit(
                kind=API_KINDS.get(hit.kind, hit.kind),
                label=hit.label,
                score=round(score, 4),
                entity=views.ref(hit.entity),
                article=article_ref(art) if art else None,
            )
        )
    return page_of(items, pagination, len(hits))
