"""Notices writes to the store by other processes (`kg ingest`) and makes the server read it afresh."""

from __future__ import annotations

import time

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from service.state import ServiceState


class StoreWatch:
    """Pure ASGI middleware: before a request goes on, it looks whether another process changed the
    store's generation marker (graph/generation.py); if so, the state reads the change first, so REST,
    search and SPARQL answer from the same, new store contents.

    A store folder is looked at on every request: a stat of its marker file, microseconds in the
    event loop (the marker is replaced, never edited, so a write gives it a new inode and time), and
    only a changed stat reads the marker in a thread. Waiting for the next check of a fixed interval
    instead was the whole of the 0.5 s a write took to become visible on a small store. A store
    server (KG_STORE=http://...) is asked at most once per `interval` seconds, as asking is an HTTP
    request.
    """

    def __init__(self, app: ASGIApp, state: ServiceState, interval: float = 1.0) -> None:
        self.app = app
        self.state = state
        self.interval = interval
        self._next_check = 0.0
        self._reloading = False

    def _due(self) -> bool:
        """Whether this request should read the marker."""
        moved = self.state.marker_moved()
        if moved is not None:
            return moved
        now = time.monotonic()
        if now < self._next_check:
            return False
        self._next_check = now + self.interval
        return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self._reloading and self._due():
            # A thread: with a store server (KG_STORE=http://...) the marker is an HTTP request.
            if await run_in_threadpool(self.state.external_write_seen):
                self._reloading = True  # requests meanwhile go on with the old snapshot
                try:
                    await run_in_threadpool(self.state.reload)
                finally:
                    self._reloading = False
        await self.app(scope, receive, send)
