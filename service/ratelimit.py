"""A per-client rate limit (token buckets by client IP) on the expensive endpoints: 429 with Retry-After."""

from __future__ import annotations

import math
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Receive, Scope, Send

from service.errors import TooManyRequestsError, error_response

# (method or None for any, path): extraction and storage run the NLP pipeline, /sparql a query worker.
EXPENSIVE = {("POST", "/extract"), ("POST", "/articles"), (None, "/sparql")}


def is_expensive(method: str, path: str) -> bool:
    if method != "GET" and path.startswith("/curation"):  # curation decisions are writes too
        return True
    return (method, path) in EXPENSIVE or (None, path) in EXPENSIVE


class TokenBuckets:
    """One bucket per key: `rate` tokens a second flow in, at most `burst` are kept, a request takes one.

    Keys seen least recently are forgotten beyond `max_keys` (a forgotten client starts with a full
    bucket), so many clients cannot grow the table without bound.
    """

    def __init__(self, rate: float, burst: int, max_keys: int = 10_000) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.max_keys = max_keys
        self.buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, time)

    def take(self, key: str, now: float) -> float:
        """Take a token for `key`: 0.0 if there was one, else the seconds until there will be."""
        tokens, last = self.buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate
        self.buckets[key] = (tokens, now)
        if len(self.buckets) > self.max_keys:
            self.buckets.popitem(last=False)
        return wait


class RateLimit:
    """Pure ASGI middleware: requests to `EXPENSIVE` endpoints beyond a client's bucket get 429.

    The client is the connection's address (behind a proxy, run uvicorn with ``--forwarded-allow-ips`` so
    that it is the forwarded one). `rate` 0 turns the limit off.
    """

    def __init__(self, app: ASGIApp, rate: float, burst: int) -> None:
        self.app = app
        self.buckets = TokenBuckets(rate, burst) if rate > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.buckets is not None
            and scope["type"] == "http"
            and is_expensive(scope["method"], scope["path"])
        ):
            client = scope.get("client")
            wait = self.buckets.take(client[0] if client else "", time.monotonic())
            if wait > 0:
                error = TooManyRequestsError(
                    f"Too many requests to /extract, /articles and /sparql from this client (at most "
                    f"{self.buckets.rate:g} a second, {self.buckets.burst:g} at once); retry later.",
                    retry_after=math.ceil(wait),
                )
                await error_response(error)(scope, receive, send)
                return
        await self.app(scope, receive, send)
