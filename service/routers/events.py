"""Events: list and detail with speakers, their topics and the organizer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import ModelDep, PageDep, ViewsDep, page_of
from service.errors import NotFoundError
from service.readmodel.model import matches
from service.schemas import EventDetail, EventSummary, Page
from service.search.analyzer import fold

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=Page[EventSummary], summary="List events")
def list_events(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    q: Annotated[
        str | None, Query(max_length=200, description="Part of the name.", examples=["Digitalkonferenz"])
    ] = None,
) -> Page[EventSummary]:
    events = model.of_kind("event")
    if q:
        needle = fold(q)
        events = [e for e in events if matches(needle, [e.name, *e.aliases])]
    return page_of([views.event_summary(e) for e in pagination.apply(events)[0]], pagination, len(events))


@router.get("/{event_id}", response_model=EventDetail, summary="One event with speakers and topics")
def get_event(
    model: ModelDep,
    views: ViewsDep,
    event_id: Annotated[str, Path(max_length=200, examples=["digitalkonferenz-pfalz"])],
) -> EventDetail:
    event = model.get("event", event_id)
    if event is None:
        raise NotFoundError(f"No event with id {event_id!r}; search with GET /events?q=NAME.")
    return views.event_detail(event)
