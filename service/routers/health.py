"""Liveness and readiness: is the store readable, how many articles it holds."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from service.schemas import Health
from service.state import ServiceState, get_state

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Service status")
def health(state: Annotated[ServiceState, Depends(get_state)]) -> Health:
    store = state.kstore.store
    rows = list(store.query(
        "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }",
        use_default_graph_as_union=True,
    ))
    term = rows[0]["n"] if rows else None
    articles = int(term.value) if term is not None else 0
    return Health(
        status="ok",
        store=str(state.settings.store),
        articles=articles,
        writes_enabled=state.settings.api_token is not None,
        generation=state.generation,
    )
