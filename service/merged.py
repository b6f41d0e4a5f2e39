"""Old entity ids after a merge: a detail request for an IRI merged into another redirects there."""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from graph.curation import same_as
from graph.vocab import ID
from service.readmodel.records import KIND_PATHS
from service.state import ServiceState


def _merged_into(state: ServiceState, iri: str) -> str | None:
    with state.reading() as store:
        return same_as(store, iri) if isinstance(store, ox.Store) else None


async def redirect_if_merged(state: ServiceState, kind: str, ident: str) -> RedirectResponse | None:
    """307 to the entity `ident` (of `kind`) was merged into, or None (one indexed lookup in the store)."""
    target = await run_in_threadpool(_merged_into, state, f"{ID}{kind}/{ident}")
    if target is None or not target.startswith(f"{ID}{kind}/"):
        return None
    return RedirectResponse(f"/{KIND_PATHS[kind]}/{quote(target.rsplit('/', 1)[1])}", status_code=307)
