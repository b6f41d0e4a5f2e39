"""Notices writes to the store by other processes (`kg ingest`) and makes the server read it afresh."""

from __future__ import annotations

import time

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from service.state import ServiceState


class StoreWatch:
    """Pure ASGI middleware: at most once per `interval` seconds, a request first compares the store's
    generation marker (graph/generation.py); when another process changed it, the state reloads before
    the request goes on, so REST, search and SPARQL answer from the same, new store contents."""

    def __init__(self, app: ASGIApp, state: ServiceState, interval: float = 1.0) -> None:
        self.app = app
        self.state = state
        self.interval = interval
        self._next_check = 0.0
        self._reloading = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self._reloading:
            now = time.monotonic()
            if now >= self._next_check:
                self._next_check = now + self.interval
                # A thread: with a store server (KG_STORE=http://...) the marker is an HTTP request.
                if await run_in_threadpool(self.state.external_write_seen):
                    self._reloading = True  # requests meanwhile go on with the old snapshot
                    try:
                        await run_in_threadpool(self.state.reload)
                    finally:
                        self._reloading = False
        await self.app(scope, receive, send)
