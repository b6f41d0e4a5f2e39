"""The response cache replays GET lookups and forgets them after a write."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.service.conftest import auth
from tests.service.facts_sample import article_dfki


def test_second_lookup_is_a_cache_hit(client: TestClient) -> None:
    first = client.get("/persons/jan-wolf", params={"page": 1})
    second = client.get("/persons/jan-wolf", params={"page": 1})
    assert first.headers["x-cache"] in {"miss", "hit"} and second.headers["x-cache"] == "hit"
    assert first.json() == second.json()


def test_errors_are_not_cached(client: TestClient) -> None:
    client.get("/persons/niemand-im-cache")
    assert client.get("/persons/niemand-im-cache").headers["x-cache"] == "miss"


def test_write_invalidates_cached_answers(writable_client: TestClient) -> None:
    assert writable_client.get("/persons/antje-krueger").status_code == 200
    article, _ = article_dfki()
    writable_client.delete(f"/articles/{article.id}", headers=auth())
    assert writable_client.get("/persons/antje-krueger").status_code == 404


def test_cache_is_bounded_by_bytes() -> None:
    import asyncio
    import threading

    from service.cache import ResponseCache

    class _State:
        generation = 0

    async def app(scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
        body = b"x" * 1000
        await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": body})  # type: ignore[operator]

    cache = ResponseCache(app, state=_State(), max_entries=1000, max_bytes=5000)  # type: ignore[arg-type]

    async def get(path: str) -> None:
        scope = {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": []}

        async def send(_: object) -> None:
            return None

        await cache(scope, None, send)  # type: ignore[arg-type]

    async def many() -> None:
        for i in range(20):
            await get(f"/persons/p{i}")

    # in a thread of its own: the browser tests' Playwright keeps an event loop running in this one
    runner = threading.Thread(target=asyncio.run, args=(many(),))
    runner.start()
    runner.join()
    assert 0 < len(cache.entries) <= 5 and cache.size <= 5000
    assert "/persons/p19" in {key[1] for key in cache.entries}  # the newest is kept
