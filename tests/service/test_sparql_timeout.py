"""A runaway query is stopped at the timeout (its worker process killed) and the endpoint goes on."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

# A cross product of the whole store with itself six times: hours of work without a deadline.
from tests.service.sparql_probes import RUNAWAY


@pytest.fixture()
def short_timeout(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setattr(client.app.state.kg.settings, "sparql_timeout", 1.0)  # type: ignore[attr-defined]
    return client


def test_runaway_query_is_stopped_with_503(short_timeout: TestClient) -> None:
    started = time.monotonic()
    r = short_timeout.get("/sparql", params={"query": RUNAWAY})
    assert r.status_code == 503 and "timed out" in r.json()["detail"]
    assert time.monotonic() - started < 3.0


def test_endpoint_answers_after_a_timeout(short_timeout: TestClient) -> None:
    short_timeout.get("/sparql", params={"query": RUNAWAY})
    after = short_timeout.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert after.status_code == 200 and after.json()["boolean"] is True


def test_killed_worker_process_is_gone(short_timeout: TestClient) -> None:
    short_timeout.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    worker = short_timeout.app.state.kg.pool.idle_workers()[-1]  # type: ignore[attr-defined]
    short_timeout.get("/sparql", params={"query": RUNAWAY})
    assert worker.proc.poll() is not None  # the process that ran the runaway query has exited
