"""Expertise: persons and organizations ranked by the evidence that they know a topic."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from service import dated
from service.dates import DateRangeDep
from service.deps import PageDep, StateDep
from service.schemas import ExpertisePage
from service.search.expertise import rank_experts, result_of

router = APIRouter(tags=["expertise"])


@router.get("/expertise", response_model=ExpertisePage, summary="Who knows about a topic")
def expertise(
    state: StateDep,
    pagination: PageDep,
    dates: DateRangeDep,
    topic: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            examples=["Krisenmanagement"],
            description="Words; inflection, umlauts and compounds are matched ('Krise' finds "
            "'Krisenmanagement'). A topic that matches nothing answers no items and `suggestions`.",
        ),
    ],
    kind: Annotated[
        Literal["person", "organization"] | None, Query(description="Only persons or only organizations.")
    ] = None,
    evidence_limit: Annotated[int, Query(ge=1, le=50, description="Evidence items per result.")] = 5,
) -> ExpertisePage:
    snapshot = state.searchable(expertise=True)
    index, model, views = snapshot.expertise, snapshot.model, snapshot.views
    assert index is not None
    experts = rank_experts(model, index, topic)
    if dates.active:  # only the evidence read from articles of the range counts (undated evidence not)
        experts = dated.experts(model, experts, dates)
    if kind is not None:
        wanted = "person" if kind == "person" else "org"
        experts = [e for e in experts if model.entities[e.entity].kind == wanted]
    items = [result_of(views, expert, evidence_limit) for expert in pagination.apply(experts)[0]]
    suggestions = index.suggest(topic) if not experts else []
    return ExpertisePage(
        items=items,
        total=len(experts),
        page=pagination.page,
        page_size=pagination.page_size,
        suggestions=suggestions,
    )
