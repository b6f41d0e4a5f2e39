"""Expertise: persons and organizations ranked by the evidence that they know a topic."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from service.deps import ModelDep, PageDep, StateDep, ViewsDep, page_of
from service.schemas import ExpertiseEvidence, ExpertiseResult, Page
from service.search.documents import expertise_index
from service.search.expertise import rank_experts

router = APIRouter(tags=["expertise"])


@router.get("/expertise", response_model=Page[ExpertiseResult], summary="Who knows about a topic")
def expertise(
    state: StateDep,
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    topic: Annotated[str, Query(min_length=1, max_length=500, examples=["Krisenmanagement"])],
    kind: Annotated[
        Literal["person", "organization"] | None, Query(description="Only persons or only organizations.")
    ] = None,
    evidence_limit: Annotated[int, Query(ge=1, le=50, description="Evidence items per result.")] = 5,
) -> Page[ExpertiseResult]:
    index = state.cached("expertise", lambda: expertise_index(model))
    experts = rank_experts(model, index, topic)
    if kind is not None:
        wanted = "person" if kind == "person" else "org"
        experts = [e for e in experts if model.entities[e.entity].kind == wanted]
    items = []
    for expert in pagination.apply(experts)[0]:
        ref = views.ref(expert.entity)
        assert ref is not None
        evidence = [
            ExpertiseEvidence(
                kind=doc.kind,
                label=label,
                score=round(score, 4),
                evidence=views.evidence(doc.fact.evidence) if doc.fact else [],
            )
            for doc, score, label in expert.evidence[:evidence_limit]
        ]
        items.append(ExpertiseResult(entity=ref, score=round(expert.score, 4), evidence=evidence))
    return page_of(items, pagination, len(experts))
