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
