"""Shared FastAPI dependencies: the read model, pagination, the bearer-token guard of write endpoints.

The lookup dependencies are `async def`: they return objects that are already built, and a sync
dependency would cost a hop to a worker thread (and a GIL hand-over) per request. Only building the
read model (on the first lookup, or after a change the change log does not describe) runs in a worker
thread; writes move it forward themselves (service/live.py).
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from service.dates import DateRangeDep
from service.errors import ForbiddenError, NotFoundError, UnauthorizedError
from service.live import Snapshot
from service.readmodel.model import ReadModel
from service.readmodel.records import Entity
from service.readmodel.views import Views
from service.schemas import ArticleRef, Page
from service.state import ServiceState, get_state

T = TypeVar("T")


async def current_state(request: Request) -> ServiceState:
    """`get_state` without the worker thread."""
    return get_state(request)


StateDep = Annotated[ServiceState, Depends(current_state)]


async def current_snapshot(state: StateDep) -> Snapshot:
    """The derived data (service/live.py); the first lookup builds it, in a worker thread."""
    current = state.current_snapshot()
    if current is not None:
        return current
    built: Snapshot = await run_in_threadpool(state.snapshot)
    return built


SnapshotDep = Annotated[Snapshot, Depends(current_snapshot)]


async def model_and_views(snapshot: SnapshotDep) -> tuple[ReadModel, Views]:
    return snapshot.model, snapshot.views


ModelAndViews = Annotated[tuple[ReadModel, Views], Depends(model_and_views)]


async def get_model(built: ModelAndViews) -> ReadModel:
    return built[0]


async def get_views(built: ModelAndViews) -> Views:
    return built[1]


ModelDep = Annotated[ReadModel, Depends(get_model)]
ViewsDep = Annotated[Views, Depends(get_views)]


@dataclass(frozen=True)
class Pagination:
    page: int
    page_size: int

    def apply(self, items: Sequence[T]) -> tuple[Sequence[T], int]:
        start = (self.page - 1) * self.page_size
        return items[start : start + self.page_size], len(items)


async def get_pagination(
    page: Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1.")] = 1,
    page_size: Annotated[int, Query(ge=1, le=100, description="Items per page.")] = 20,
) -> Pagination:
    return Pagination(page, page_size)


PageDep = Annotated[Pagination, Depends(get_pagination)]


def page_of(items: list[T], pagination: Pagination, total: int) -> Page[T]:
    """A page of already-sliced `items` out of `total` (slice first, so only one page is rendered)."""
    return Page[T](items=items, total=total, page=pagination.page, page_size=pagination.page_size)


def require_token(request: Request, state: StateDep) -> None:
    """Write endpoints: disabled without KG_API_TOKEN, else the request needs ``Authorization: Bearer``."""
    secret = state.settings.api_token
    if secret is None or not state.settings.writes_enabled:
        raise ForbiddenError(
            "Writing is disabled on this server: set KG_API_TOKEN to enable POST/DELETE /articles."
        )
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise UnauthorizedError("Missing bearer token: send 'Authorization: Bearer <KG_API_TOKEN>'.")
    if not hmac.compare_digest(token.strip().encode(), secret.get_secret_value().encode()):
        raise ForbiddenError("Invalid bearer token.")


ArticlesLimit = Annotated[
    int,
    Query(
        ge=0,
        le=10_000,
        description="At most this many `articles` (newest first); `articles_total` counts them all, the "
        "`/articles` sub-resource of the entity pages through them.",
    ),
]
DEFAULT_LIST_LIMIT = 100  # default length of the long lists of a detail answer (articles, members)


def entity_or_404(model: ReadModel, kind: str, ident: str) -> Entity:
    """The entity of read-model `kind` with id `ident`, or a 404 that says how to search for it."""
    entity = model.get(kind, ident)
    if entity is None:
        noun, path = {
            "person": ("person", "persons"),
            "org": ("organization", "organizations"),
            "project": ("project", "projects"),
            "event": ("event", "events"),
        }[kind]
        raise NotFoundError(f"No {noun} with id {ident!r}; search with GET /{path}?q=NAME.")
    return entity


def add_articles_route(router: APIRouter, kind: str, noun: str, id_param: str) -> None:
    """``GET <prefix>/{<id_param>}/articles``: a page of the articles that mention an entity, newest first."""

    async def entity_articles(
        model: ModelDep, views: ViewsDep, pagination: PageDep, entity_id: str, dates: DateRangeDep
    ) -> Page[ArticleRef]:
        articles = views.articles_of(entity_or_404(model, kind, entity_id))
        items, total = pagination.apply(dates.articles(articles) if dates.active else articles)
        return page_of(list(items), pagination, total)

    # the path parameter is named like the one of the detail route (`person_id`, ...)
    entity_articles.__annotations__["entity_id"] = Annotated[str, Path(alias=id_param, max_length=200)]

    router.add_api_route(
        f"/{{{id_param}}}/articles",
        entity_articles,
        methods=["GET"],
        response_model=Page[ArticleRef],
        summary=f"Articles that mention one {noun}, newest first",
        name=f"{noun}_articles",
    )
