"""Waiting for a SPARQL worker holds no thread: other endpoints answer, a full line and a write give 503."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from service.app import create_app
from service.errors import UnavailableError
from service.settings import Settings
from service.sparql.pool import QueryPool
from service.sparql.protocol import QueryRequest
from tests.service.conftest import build_store
from tests.service.http_server import serve
from tests.service.test_sparql_pool import run
from tests.service.test_sparql_timeout import RUNAWAY

SLOW = QueryRequest(query=RUNAWAY)
ASK = QueryRequest(query="ASK { ?s ?p ?o }")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real uvicorn with one SPARQL worker and a long waiting line; no per-client rate limit, since
    the test floods from one address (with the default burst of 50, a fast flood met 429s)."""
    store = build_store(tmp_path_factory.mktemp("queue") / "kg")
    settings = Settings(store=store, sparql_timeout=3.0, sparql_workers=1, sparql_queue=100, rate_limit=0)
    app = create_app(settings)
    with serve(app) as url:
        yield url


def test_health_answers_while_60_slow_queries_wait(base_url: str) -> None:
    httpx.get(f"{base_url}/health", timeout=10)  # open the store before the flood
    with ThreadPoolExecutor(60) as flood:
        answers = [
            flood.submit(httpx.get, f"{base_url}/sparql", params={"query": RUNAWAY}, timeout=30)
            for _ in range(60)
        ]
        time.sleep(1.0)  # all 60 are in: one runs, 59 wait for the worker
        started = time.monotonic()
        health = httpx.get(f"{base_url}/health", timeout=30)
        latency = time.monotonic() - started
        statuses = {a.result().status_code for a in answers}
    # not behind the running query (3 s timeout) nor the 59 waiting; slack for a loaded machine
    assert health.status_code == 200 and latency < 2.5
    assert statuses == {503}


@pytest.fixture()
def pool(sample_store: Path) -> Iterator[QueryPool]:
    p = QueryPool(sample_store, size=1, max_waiting=0, write_wait=0.2)
    yield p
    p.close()


def test_full_line_is_refused_at_once(pool: QueryPool) -> None:
    async def slow_then_another() -> float:
        slow = asyncio.create_task(pool.run_async(SLOW, 3.0))
        await asyncio.sleep(0.5)
        started = time.monotonic()
        with pytest.raises(UnavailableError, match="busy"):
            await pool.run_async(ASK, 3.0)
        waited = time.monotonic() - started
        with pytest.raises(UnavailableError):
            await slow
        return waited

    pool.run(ASK, 10.0)  # the worker is up
    assert run(slow_then_another()) < 0.5


def test_pending_write_fails_fast_instead_of_blocking(sample_store: Path) -> None:
    pool = QueryPool(sample_store, size=2, write_wait=0.2)
    pool.run(ASK, 10.0)

    def write() -> None:
        with pool.writing():
            pass

    async def slow_write_then_ask() -> float:
        slow = asyncio.create_task(pool.run_async(SLOW, 3.0))
        await asyncio.sleep(0.5)
        writer = threading.Thread(target=write)  # pending until the slow query is stopped
        writer.start()
        await asyncio.sleep(0.1)
        started = time.monotonic()
        with pytest.raises(UnavailableError, match="write"):
            await pool.run_async(ASK, 3.0)
        waited = time.monotonic() - started
        with pytest.raises(UnavailableError):
            await slow
        writer.join()
        return waited

    try:
        assert run(slow_write_then_ask()) < 1.0
    finally:
        pool.close()
