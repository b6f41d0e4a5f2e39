"""Bounds on one request: its body (counted while it streams in) and the extraction it may start."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import PayloadTooLargeError, UnavailableError, error_response

if TYPE_CHECKING:
    from service.state import ServiceState

T = TypeVar("T")

BUSY_RETRY_AFTER = 5  # seconds a client is told to wait when every extraction slot is taken


def _too_large(limit: int) -> PayloadTooLargeError:
    return PayloadTooLargeError(f"The request body is larger than {limit} bytes; send a smaller one.")


def declared_length(headers: list[tuple[bytes, bytes]]) -> int | None:
    for name, value in headers:
        if name.lower() == b"content-length" and value.strip().isdigit():
            return int(value)
    return None


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to exceed `limit` bytes: by its
    Content-Length before anything is read, else while it streams in, so at most `limit` bytes are held."""
    declared = declared_length(request.scope["headers"])
    if declared is not None and declared > limit:
        raise _too_large(limit)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _too_large(limit)
    return bytes(body)


class BodyLimit:
    """Pure ASGI middleware: the same bound for every request, including the routes that read their body
    with ``request.body()`` (the SPARQL endpoint). A declared oversized body is refused before it is
    read; an undeclared (chunked) one makes reading it raise the 413 once `max_bytes` have arrived."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = declared_length(scope["headers"])
        if declared is not None and declared > self.max_bytes:
            await error_response(_too_large(self.max_bytes))(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _too_large(self.max_bytes)  # in the route: the error handlers answer 413
            return message

        await self.app(scope, limited, send)


class ExtractionGate:
    """At most `concurrency` extractions run at once and `queue` more wait for a slot; any further one
    is answered 503 with Retry-After at once. Used on the event loop only (no locks needed)."""

    def __init__(self, concurrency: int, queue: int) -> None:
        self.concurrency = concurrency
        self.capacity = concurrency + queue
        self.admitted = 0  # running + waiting
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:  # one per event loop (tests start several)
            self._slots, self._loop = asyncio.Semaphore(self.concurrency), loop
        return self._slots

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self.admitted >= self.capacity:
            raise UnavailableError(
                f"The server is busy: {self.concurrency} extraction(s) running and "
                f"{self.capacity - self.concurrency} waiting. Retry in a few seconds.",
                retry_after=BUSY_RETRY_AFTER,
            )
        self.admitted += 1
        try:
            async with self._semaphore():
                yield
        finally:
            self.admitted -= 1


def check_length(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise PayloadTooLargeError(
            f"The text has {len(text)} characters; at most {max_chars} are extracted per request. "
            "Split it into smaller articles."
        )


async def run_extraction(request: Request, state: ServiceState, text: str, work: Callable[[], T]) -> T:
    """`work` (which runs the NLP pipeline over `text`) in a worker thread, within the limits: 413 for a
    text over KG_EXTRACT_MAX_CHARS, 503 when every extraction slot and waiting place is taken. A client
    that disconnected while it waited is not extracted for."""
    check_length(text, state.settings.extract_max_chars)
    async with state.extraction_gate.slot():
        if await request.is_disconnected():
            raise UnavailableError("The client disconnected before its extraction started.")
        return await run_in_threadpool(work)
