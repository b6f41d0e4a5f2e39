"""Service exceptions and the one place that turns them (and graph errors) into JSON ``{"detail": ...}``."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from graph.errors import ArticleNotFoundError, StoreError
from nlp.errors import KGError as NlpError
from nlp.errors import ModelNotFoundError

logger = logging.getLogger(__name__)


class ServiceError(Exception):
    """Base of all errors the API answers with; `status_code` is the HTTP status, the message the detail."""

    status_code = 400

    def __init__(self, detail: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra or {}  # more keys of the JSON body beside "detail" (e.g. "candidates")


class BadRequestError(ServiceError):
    status_code = 400


class UnauthorizedError(ServiceError):
    status_code = 401


class ForbiddenError(ServiceError):
    status_code = 403


class NotFoundError(ServiceError):
    status_code = 404


class AmbiguousError(ServiceError):
    """A name that fits several entities: the body lists them as `candidates` ("did you mean")."""

    status_code = 409


class NotAcceptableError(ServiceError):
    status_code = 406


class PayloadTooLargeError(ServiceError):
    status_code = 413


class UnsupportedMediaTypeError(ServiceError):
    status_code = 415


class UnavailableError(ServiceError):
    """The service cannot answer now (query timeout, all query workers busy, store not readable)."""

    status_code = 503


def _headers(exc: ServiceError) -> dict[str, str] | None:
    if isinstance(exc, UnauthorizedError):
        return {"WWW-Authenticate": "Bearer"}
    if isinstance(exc, UnavailableError):
        return {"Retry-After": "1"}
    return None


async def _service_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    body = {"detail": exc.detail, **exc.extra}
    return JSONResponse(body, status_code=exc.status_code, headers=_headers(exc))


async def _value_error(request: Request, exc: Exception) -> JSONResponse:
    # Graph and record layers signal bad input with ValueError (pydantic's ValidationError is one too).
    status = 400
    if isinstance(exc, ArticleNotFoundError):
        status = 404
    elif isinstance(exc, StoreError):
        status = 503
    logger.info("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=status)


async def _nlp_error(request: Request, exc: Exception) -> JSONResponse:
    # A missing model is the server's configuration, not the client's input.
    status = 503 if isinstance(exc, ModelNotFoundError) else 400
    logger.warning("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Register the translations; FastAPI's own 404/405/422 already answer ``{"detail": ...}``."""
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(ValueError, _value_error)
    app.add_exception_handler(NlpError, _nlp_error)
