"""Every request is bounded: body size while it streams, text length, concurrent extractions, request rate."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from nlp.facts import Facts
from service.app import create_app
from service.settings import Settings
from tests.service.conftest import TOKEN, auth, build_store
from tests.service.http_server import serve, upload

MB = 1_000_000


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("limits") / "kg")


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    """A real uvicorn with a 1 MB body limit and writes enabled (nothing here gets as far as writing)."""
    settings = Settings(store=store, api_token=TOKEN, sparql_workers=1, max_body_bytes=MB, rate_limit=0)
    with serve(create_app(settings)) as url:
        yield url


# -- item 4: the body size is enforced while the body streams in ------------------------------------


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/extract", {"Content-Type": "text/plain"}),
        ("/articles", {"Content-Type": "text/plain", **auth()}),
        ("/sparql", {"Content-Type": "application/sparql-query"}),
    ],
)
def test_declared_oversized_body_is_refused_before_it_is_sent(
    server: str, path: str, headers: dict[str, str]
) -> None:
    status, _ = upload(server, path, {**headers, "Content-Length": str(100 * MB)}, timeout=5)
    assert status == 413


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/extract", {"Content-Type": "text/plain"}),
        ("/articles", {"Content-Type": "text/plain", **auth()}),
        ("/sparql", {"Content-Type": "application/sparql-query"}),
    ],
)
def test_chunked_oversized_body_is_cut_off_near_the_limit(
    server: str, path: str, headers: dict[str, str]
) -> None:
    status, sent = upload(server, path, {**headers, "Transfer-Encoding": "chunked"}, chunked_bytes=64 * MB)
    assert status == 413
    assert sent < 24 * MB  # the limit plus what socket buffers hold, not the whole 64 MB


def test_body_under_the_limit_is_read(server: str) -> None:
    r = httpx.post(f"{server}/extract", content=b"x" * 1000, headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and "JSON" in r.json()["detail"]


# -- item 3: text length and concurrency of extraction ----------------------------------------------


def test_extract_text_over_the_character_limit_is_413(store: Path) -> None:
    settings = Settings(store=store, sparql_workers=1, extract_max_chars=50)
    with TestClient(create_app(settings)) as c:
        r = c.post("/extract", json={"text": "Eleonore Baj leitet die Stabsstelle. " * 3})
    assert r.status_code == 413 and "50" in r.json()["detail"]


def test_post_article_over_the_character_limit_is_413(store: Path, tmp_path: Path) -> None:
    settings = Settings(store=build_store(tmp_path / "kg"), api_token=TOKEN, extract_max_chars=50)
    with TestClient(create_app(settings)) as c:
        r = c.post(
            "/articles",
            content=("Ein Satz. " * 10).encode(),
            headers={"content-type": "text/plain", **auth()},
        )
    assert r.status_code == 413 and "50" in r.json()["detail"]


class SlowExtraction:
    """Stands in for the NLP pipeline: each extraction waits until `release` is set."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.running = 0
        self.peak = 0
        self._lock = threading.Lock()

    def __call__(self, text: str, id: str | None = None, **_: Any) -> Facts:  # noqa: A002
        with self._lock:
            self.running += 1
            self.peak = max(self.peak, self.running)
        self.release.wait(20)
        with self._lock:
            self.running -= 1
        return Facts(id=id)


@pytest.fixture()
def slow(monkeypatch: pytest.MonkeyPatch) -> SlowExtraction:
    fake = SlowExtraction()
    monkeypatch.setattr("nlp.extract.extract", fake)
    monkeypatch.setattr("service.state.ServiceState.pipeline", None)
    return fake


def _post_in_thread(url: str, results: list[httpx.Response], **kw: Any) -> threading.Thread:
    thread = threading.Thread(target=lambda: results.append(httpx.post(url, timeout=30, **kw)))
    thread.start()
    return thread


def _wait_until(condition: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert condition()


def test_extraction_beyond_slots_and_queue_is_503_with_retry_after(store: Path, slow: SlowExtraction) -> None:
    settings = Settings(store=store, sparql_workers=1, extract_concurrency=1, extract_queue=1, rate_limit=0)
    results: list[httpx.Response] = []
    with serve(create_app(settings)) as url:
        first = _post_in_thread(f"{url}/extract", results, json={"text": "Erster Text."})
        _wait_until(lambda: slow.running == 1)
        queued = _post_in_thread(f"{url}/extract", results, json={"text": "Zweiter Text."})
        time.sleep(0.3)  # the second waits in the queue
        third = httpx.post(f"{url}/extract", json={"text": "Dritter Text."}, timeout=5)
        slow.release.set()
        first.join(20)
        queued.join(20)
    assert third.status_code == 503 and int(third.headers["retry-after"]) >= 1
    assert "detail" in third.json()
    assert [r.status_code for r in results] == [200, 200]
    assert slow.peak == 1


def test_ingest_shares_the_extraction_slots(tmp_path: Path, slow: SlowExtraction) -> None:
    settings = Settings(
        store=build_store(tmp_path / "kg"),
        api_token=TOKEN,
        extract_concurrency=1,
        extract_queue=0,
        rate_limit=0,
    )
    results: list[httpx.Response] = []
    with serve(create_app(settings)) as url:
        first = _post_in_thread(f"{url}/extract", results, json={"text": "Erster Text."})
        _wait_until(lambda: slow.running == 1)
        ingest = httpx.post(
            f"{url}/articles",
            content=b"Ein Artikel.",
            headers={"content-type": "text/plain", **auth()},
            timeout=5,
        )
        slow.release.set()
        first.join(20)
    assert ingest.status_code == 503 and "retry-after" in ingest.headers


# -- item 3: rate limit per client ------------------------------------------------------------------


def test_rate_limit_answers_429_with_retry_after(store: Path) -> None:
    settings = Settings(store=store, sparql_workers=1, rate_limit=0.5, rate_burst=2)
    with TestClient(create_app(settings)) as c:
        codes = [c.get("/sparql").status_code for _ in range(3)]
        limited = c.get("/sparql")
        lookups = [c.get("/persons/jan-wolf").status_code for _ in range(5)]
    assert codes == [200, 200, 429] and limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1 and "detail" in limited.json()
    assert lookups == [200] * 5  # cheap lookups are not rate limited


def test_rate_limit_counts_extract_and_sparql_together(store: Path) -> None:
    settings = Settings(store=store, sparql_workers=1, rate_limit=0.5, rate_burst=2)
    with TestClient(create_app(settings)) as c:
        c.get("/sparql")
        c.post("/extract", json={"text": "   "})  # 400, but it spent a token
        assert c.get("/sparql").status_code == 429


def test_rate_limit_zero_turns_it_off(store: Path) -> None:
    settings = Settings(store=store, sparql_workers=1, rate_limit=0, rate_burst=1)
    with TestClient(create_app(settings)) as c:
        assert {c.get("/sparql").status_code for _ in range(5)} == {200}


# -- item 8: deeply nested JSON ---------------------------------------------------------------------

DEEP = ("[" * 100_000 + "]" * 100_000).encode()


def test_deeply_nested_json_to_extract_is_400_json(client: TestClient) -> None:
    r = client.post(
        "/extract", content=b'{"text": ' + DEEP + b"}", headers={"content-type": "application/json"}
    )
    assert r.status_code == 400 and "nested" in r.json()["detail"]


def test_deeply_nested_json_to_articles_is_400_json(writable_client: TestClient) -> None:
    r = writable_client.post(
        "/articles", content=DEEP, headers={"content-type": "application/json", **auth()}
    )
    assert r.status_code == 400 and "nested" in r.json()["detail"]
