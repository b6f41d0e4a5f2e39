"""Events: list and detail with speakers, their topics and the organizer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import (
    DEFAULT_LIST_LIMIT,
    ArticlesLimit,
    ModelDep,
    PageDep,
    ViewsDep,
    add_articles_route,
    entity_or_404,
    page_of,
)
from service.schemas import EventDetail, EventSummary, Page, SpeakerOut

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=Page[EventSummary], summary="List events")
async def list_events(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    q: Annotated[
        str | None, Query(max_length=200, description="Part of the name.", examples=["Digitalkonferenz"])
    ] = None,
) -> Page[EventSummary]:
    events = model.named("event", q) if q else model.of_kind("event")
    return page_of([views.event_summary(e) for e in pagination.apply(events)[0]], pagination, len(events))


@router.get("/{event_id}", response_model=EventDetail, summary="One event with speakers and topics")
async def get_event(
    model: ModelDep,
    views: ViewsDep,
    event_id: Annotated[str, Path(max_length=200, examples=["digitalkonferenz-pfalz"])],
    speakers_limit: Annotated[
        int,
        Query(
            ge=0,
            le=10_000,
            description="At most this many `speakers` (and `topics`); `speakers_total` counts them all, "
            "GET /events/{id}/speakers pages through them.",
        ),
    ] = DEFAULT_LIST_LIMIT,
    articles_limit: ArticlesLimit = DEFAULT_LIST_LIMIT,
) -> EventDetail:
    return views.event_detail(entity_or_404(model, "event", event_id), articles_limit, speakers_limit)


@router.get("/{event_id}/speakers", response_model=Page[SpeakerOut], summary="Speakers of one event")
async def list_speakers(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    event_id: Annotated[str, Path(max_length=200, examples=["digitalkonferenz-pfalz"])],
) -> Page[SpeakerOut]:
    talks, total = pagination.apply(views.speakers(entity_or_404(model, "event", event_id)))
    return page_of([views.speaker(f) for f in talks], pagination, total)


add_articles_route(router, "event", "event", "event_id")
