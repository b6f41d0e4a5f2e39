"""Liveness and readiness: is the store readable, how many articles it holds."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from graph.location import is_remote
from service.deps import StateDep
from service.readmodel.load import rows
from service.schemas import Health
from service.state import ServiceState

router = APIRouter(tags=["health"])


def _count(state: ServiceState) -> int:
    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
    return int(next(rows(state.reader, count))["n"])


@router.get("/health", response_model=Health, summary="Service status")
async def health(state: StateDep) -> Health:
    # On the event loop, no worker thread: /health answers even when every thread of the pool waits.
    # The read model's count when it is built for this generation (no work that grows with the store);
    # else one count over the store, in a thread, not under `reading()`: health answers while a read
    # model is built.
    snapshot = state.current_snapshot()
    if snapshot is not None:
        articles = len(snapshot.model.article_by_id)
    else:
        articles = await run_in_threadpool(_count, state)
    return Health(
        status="ok",
        # the folder's name only: the path (or the store server's address) tells a client too much
        store="server" if is_remote(state.settings.store) else state.settings.store.name,
        articles=articles,
        writes_enabled=state.settings.writes_enabled,
        generation=state.generation,
    )
