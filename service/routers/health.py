"""Liveness and readiness: is the store readable, how many articles it holds."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from graph.location import is_remote
from service.readmodel.load import rows
from service.schemas import Health
from service.state import ServiceState, get_state

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Service status")
def health(state: Annotated[ServiceState, Depends(get_state)]) -> Health:
    # The read model's count when it is built for this generation (no work that grows with the store);
    # else one count over the store, not under `reading()`: health answers while a read model is built.
    snapshot = state.current_snapshot()
    if snapshot is not None:
        articles = len(snapshot.model.article_by_id)
    else:
        count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
        articles = int(next(rows(state.reader, count))["n"])
    return Health(
        status="ok",
        # the folder's name only: the path (or the store server's address) tells a client too much
        store="server" if is_remote(state.settings.store) else state.settings.store.name,
        articles=articles,
        writes_enabled=state.settings.writes_enabled,
        generation=state.generation,
    )
