"""Service exceptions and the one place that turns them (and graph errors) into JSON ``{"detail": ...}``."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from graph.errors import ArticleNotFoundError, GraphError, StoreError, StoreUnavailableError
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


class UnprocessableError(ServiceError):
    """Well-formed input with a value the service does not accept (e.g. a non-http article URL)."""

    status_code = 422


class PayloadTooLargeError(ServiceError):
    status_code = 413


class UnsupportedMediaTypeError(ServiceError):
    status_code = 415


class RetryLaterError(ServiceError):
    """An answer that says when to try again (``Retry-After``, whole seconds)."""

    def __init__(self, detail: str, retry_after: int = 1) -> None:
        super().__init__(detail)
        self.retry_after = max(1, retry_after)


class TooManyRequestsError(RetryLaterError):
    status_code = 429


class UnavailableError(RetryLaterError):
    """The service cannot answer now (query timeout, all query workers busy, store not readable)."""

    status_code = 503


def _headers(exc: ServiceError) -> dict[str, str] | None:
    if isinstance(exc, UnauthorizedError):
        return {"WWW-Authenticate": "Bearer"}
    if isinstance(exc, RetryLaterError):
        return {"Retry-After": str(exc.retry_after)}
    return None


def error_response(exc: ServiceError) -> JSONResponse:
    """The JSON answer of a service error (also for middleware, which runs outside the handlers)."""
    body = {"detail": exc.detail, **exc.extra}
    return JSONResponse(body, status_code=exc.status_code, headers=_headers(exc))


async def _service_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    return error_response(exc)


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    # Most often `kg ingest` holds the store's write lock. The message names the store's path, which is
    # for the log, not for the client.
    logger.warning("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    if isinstance(exc, StoreUnavailableError):  # KG_STORE=http://...: the server is down or failing
        down = UnavailableError("The store server is not answering; retry later.", retry_after=5)
        return error_response(down)
    return error_response(
        UnavailableError(
            "The store cannot be opened for writing now; most likely another process (such as "
            "`kg ingest`) is writing it. Retry when it has finished.",
            retry_after=5,
        )
    )


async def _value_error(request: Request, exc: Exception) -> JSONResponse:
    # Graph and record layers signal bad input with ValueError (pydantic's ValidationError is one too).
    status = 400
    if isinstance(exc, ArticleNotFoundError):
        status = 404
    logger.info("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=status)


async def _nlp_error(request: Request, exc: Exception) -> JSONResponse:
    # A missing model is the server's configuration, not the client's input.
    status = 503 if isinstance(exc, ModelNotFoundError) else 400
    logger.warning("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=status)


async def _too_deep(request: Request, exc: Exception) -> JSONResponse:
    # Parsing (json.loads) recurses per nesting level: a body of 100,000 "[" exhausts the stack.
    logger.info("RecursionError on %s", request.url.path)
    detail = "The request is nested too deeply (arrays or objects inside each other); send a flatter one."
    return JSONResponse({"detail": detail}, status_code=400)


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    # Starlette logs the traceback; the client gets JSON like every other error, never the exception.
    from service.security import SECURITY_HEADERS  # this answer is sent outside every middleware

    logger.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return JSONResponse(
        {"detail": "Internal server error; the server log has the details."},
        status_code=500,
        headers=SECURITY_HEADERS,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Register the translations; FastAPI's own 404/405/422 already answer ``{"detail": ...}``."""
    app.add_exception_handler(ServiceError, _service_error)
    # The handler of the nearest class in the exception's MRO wins: graph errors are KGErrors too.
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(GraphError, _value_error)
    app.add_exception_handler(ValueError, _value_error)
    app.add_exception_handler(NlpError, _nlp_error)
    app.add_exception_handler(RecursionError, _too_deep)
    app.add_exception_handler(Exception, _internal_error)
