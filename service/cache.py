"""A response cache for the read-only lookups: GET answers kept per store generation (cleared by writes)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.state import ServiceState

CACHED_PREFIXES = (
    "/persons",
    "/organizations",
    "/projects",
    "/events",
    "/articles",
    "/search",
    "/expertise",
    "/connections",
)


class ResponseCache:
    """Pure ASGI middleware: a 200 answer to a GET lookup is replayed until the next write (LRU-bounded)."""

    def __init__(self, app: ASGIApp, state: ServiceState, max_entries: int = 4096) -> None:
        self.app = app
        self.state = state
        self.max_entries = max_entries
        self.entries: OrderedDict[tuple[Any, ...], tuple[int, list[tuple[bytes, bytes]], bytes]] = (
            OrderedDict()
        )
        self.generation = -1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or not path.startswith(CACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        generation = self.state.generation
        if generation != self.generation:
            self.entries.clear()
            self.generation = generation
        accept = dict(scope["headers"]).get(b"accept", b"")
        key = (generation, path, scope.get("query_string", b""), accept)
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            status, headers, body = hit
            await send(
                {"type": "http.response.start", "status": status, "headers": [*headers, (b"x-cache", b"hit")]}
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self._miss(scope, receive, send, key)

    async def _miss(self, scope: Scope, receive: Receive, send: Send, key: tuple[Any, ...]) -> None:
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and key[0] == self.generation:
                    self.entries[key] = (200, list(start.get("headers", [])), b"".join(chunks))
                    if len(self.entries) > self.max_entries:
                        self.entries.popitem(last=False)
            await send(message)

        await self.app(scope, receive, capture)
