"""The FastAPI application factory: routers, error translation, the web page at ``/``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from service.cache import ResponseCache
from service.errors import install_error_handlers
from service.limits import BodyLimit
from service.ratelimit import RateLimit
from service.routers import ROUTERS
from service.security import SecurityHeaders, add_offline_docs
from service.settings import Settings, get_settings
from service.state import ServiceState
from service.storewatch import StoreWatch

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
DESCRIPTION = """Query API over a German knowledge graph of persons, roles, organizations, projects,
events and speakers extracted from news articles and press releases. Every fact carries its evidence
sentence and a link to its article. `/sparql` is a read-only SPARQL 1.1 endpoint."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; `settings` defaults to `get_settings()` (the ``KG_*`` environment)."""
    settings = settings or get_settings()
    state = ServiceState(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="kg-de",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by `add_offline_docs` from vendored files
        redoc_url=None,  # ReDoc would load its script from a CDN
    )
    add_offline_docs(app)
    # The settings reach the routes through `app.state.kg.settings`. No `dependency_overrides` here: any
    # override makes FastAPI re-analyse every dependency of every request (about 1 ms per lookup).
    app.state.kg = state
    install_error_handlers(app)
    # Pure ASGI middleware; the last added runs first: headers on every answer, then the host check, the
    # rate limit, the body bound, the check for writes by other processes, and the response cache.
    app.add_middleware(
        ResponseCache,
        state=state,
        max_entries=settings.response_cache_entries,
        max_bytes=settings.response_cache_bytes,
    )
    app.add_middleware(StoreWatch, state=state, interval=settings.store_check_interval)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimit, rate=settings.rate_limit, burst=settings.rate_burst)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts, www_redirect=False)
    app.add_middleware(SecurityHeaders)
    for router in ROUTERS:
        app.include_router(router)
    if (STATIC_DIR / "index.html").exists():
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="static")
    else:
        app.add_api_route("/", lambda: RedirectResponse("/docs"), include_in_schema=False)
    return app
