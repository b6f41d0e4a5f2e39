"""Shared FastAPI dependencies: the read model, pagination, the bearer-token guard of write endpoints."""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Query, Request

from service.errors import ForbiddenError, UnauthorizedError
from service.readmodel.model import ReadModel
from service.readmodel.views import Views
from service.schemas import Page
from service.state import ServiceState, get_state

T = TypeVar("T")
StateDep = Annotated[ServiceState, Depends(get_state)]


def get_model(state: StateDep) -> ReadModel:
    model: ReadModel = state.cached("model", lambda: ReadModel.from_store(state.reader))
    return model


def get_views(model: Annotated[ReadModel, Depends(get_model)]) -> Views:
    return Views(model)


ModelDep = Annotated[ReadModel, Depends(get_model)]
ViewsDep = Annotated[Views, Depends(get_views)]


@dataclass(frozen=True)
class Pagination:
    page: int
    page_size: int

    def apply(self, items: Sequence[T]) -> tuple[Sequence[T], int]:
        start = (self.page - 1) * self.page_size
        return items[start : start + self.page_size], len(items)


def get_pagination(
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
    if secret is None or not secret.get_secret_value():
        raise ForbiddenError(
            "Writing is disabled on this server: set KG_API_TOKEN to enable POST/DELETE /articles."
        )
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise UnauthorizedError("Missing bearer token: send 'Authorization: Bearer <KG_API_TOKEN>'.")
    if not hmac.compare_digest(token.strip().encode(), secret.get_secret_value().encode()):
        raise ForbiddenError("Invalid bearer token.")
