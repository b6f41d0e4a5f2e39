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
    """Pure ASGI middleware: a 200 answer to a GET lookup is replayed until the next write.

    Least recently used answers are dropped beyond `max_entries` answers or `max_bytes` bytes (bodies and
    headers); an answer larger than `max_bytes` is not kept.
    """

    def __init__(
        self, app: ASGIApp, state: ServiceState, max_entries: int = 4096, max_bytes: int = 64_000_000
    ) -> None:
        self.app = app
        self.state = state
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple[Any, ...], tuple[int, list[tuple[bytes, bytes]], bytes]] = (
            OrderedDict()
        )
        self.size = 0  # bytes held in `entries`
        self.generation = -1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or not path.startswith(CACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        generation = self.state.generation
        if generation != self.generation:
            self.entries.clear()
            self.size = 0
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
                    self._keep(key, list(start.get("headers", [])), b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _keep(self, key: tuple[Any, ...], headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        size = _size(headers, body)
        if size > self.max_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= _size(old[1], old[2])
        self.entries[key] = (200, headers, body)
        self.size += size
        while len(self.entries) > self.max_entries or self.size > self.max_bytes:
            _, (_, old_headers, old_body) = self.entries.popitem(last=False)
            self.size -= _size(old_headers, old_body)


def _size(headers: list[tuple[bytes, bytes]], body: bytes) -> int:
    return len(body) + sum(len(k) + len(v) for k, v in headers)
