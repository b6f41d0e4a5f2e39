"""One router per resource; `ROUTERS` lists them in the order the OpenAPI page shows them."""

from __future__ import annotations

from fastapi import APIRouter

from service.routers import (
    articles,
    connections,
    curation,
    events,
    expertise,
    extract,
    health,
    lookup,
    organizations,
    persons,
    projects,
    search,
    sparql,
)

ROUTERS: list[APIRouter] = [
    persons.router,
    organizations.router,
    projects.router,
    events.router,
    articles.router,
    search.router,
    expertise.router,
    connections.router,
    lookup.router,
    curation.router,
    extract.router,
    sparql.router,
    health.router,
]
