"""The walls around a SPARQL worker: no network, a heap limit, a byte cap, nesting refused early."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.app import create_app
from service.cli import app as cli
from service.errors import UnavailableError
from service.settings import Settings
from service.sparql.pool import QueryPool
from service.sparql.protocol import QueryRequest
from service.sparql.sandbox import WORKER_NICENESS
from tests.service.loopback import Listener
from tests.service.sparql_probes import MEMORY_BOMB, WIDE

NESTED = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
ISOLATE_THEN_CALL = """
import sys, pyoxigraph as ox
from service.sparql.sandbox import isolate_network
problem = isolate_network()
assert problem is None, problem
try:
    list(ox.Store().query("SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }"))
except OSError as exc:
    print("refused:", exc)
"""


def isolation_possible() -> bool:
    code = (
        "from service.sparql.sandbox import isolate_network; raise SystemExit(isolate_network() is not None)"
    )
    return subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


needs_isolation = pytest.mark.skipif(
    not isolation_possible(), reason="this kernel allows no new network namespace (unshare)"
)


@pytest.fixture()
def small_pool(sample_store: Path) -> Iterator[QueryPool]:
    pool = QueryPool(sample_store, size=1, memory_mb=256)
    yield pool
    pool.close()


def test_service_from_the_test_process_reaches_the_listener(listener: Listener) -> None:
    # The witness works: without the walls, pyoxigraph does call out.
    with pytest.raises(OSError):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    assert listener.seen() == 1


@needs_isolation
def test_isolated_process_cannot_reach_the_listener(listener: Listener) -> None:
    script = textwrap.dedent(ISOLATE_THEN_CALL % listener.url)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "refused:" in done.stdout
    assert listener.seen() == 0


@needs_isolation
def test_worker_says_it_runs_without_network(small_pool: QueryPool) -> None:
    small_pool.run(QueryRequest(query="ASK {}"), 10.0)
    hello = small_pool.idle_workers()[-1].hello
    assert hello is not None and hello.isolated


def test_memory_probe_is_stopped_with_a_clear_error(small_pool: QueryPool) -> None:
    with pytest.raises(UnavailableError, match="more memory"):
        small_pool.run(QueryRequest(query=MEMORY_BOMB), 20.0)


def test_worker_is_replaced_after_the_memory_probe(small_pool: QueryPool) -> None:
    small_pool.run(QueryRequest(query="ASK {}"), 10.0)
    first = small_pool.idle_workers()[-1]
    with pytest.raises(UnavailableError):
        small_pool.run(QueryRequest(query=MEMORY_BOMB), 20.0)
    assert first.proc.poll() is not None
    assert small_pool.run(QueryRequest(query="ASK { ?s ?p ?o }"), 10.0).body.endswith(b"true}")


def test_server_answers_after_the_memory_probe(sample_store: Path) -> None:
    settings = Settings(store=sample_store, sparql_memory_mb=256, sparql_workers=1, sparql_timeout=20.0)
    with TestClient(create_app(settings)) as client:
        r = client.get("/sparql", params={"query": MEMORY_BOMB})
        assert r.status_code == 503 and "memory" in r.json()["detail"]
        assert client.get("/health").status_code == 200
        assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_byte_cap_cuts_a_wide_answer(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client.app.state.kg.settings, "sparql_max_bytes", 1_000_000)  # type: ignore[attr-defined]
    r = client.get("/sparql", params={"query": WIDE})
    assert r.status_code == 200 and len(r.content) <= 1_000_000
    assert r.headers["x-sparql-truncated"] == "true; capped at 1000000 bytes"
    assert int(r.headers["x-sparql-rows"]) == len(r.json()["results"]["bindings"]) == 7


def test_byte_cap_holds_for_csv(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client.app.state.kg.settings, "sparql_max_bytes", 300_000)  # type: ignore[attr-defined]
    r = client.get("/sparql", params={"query": WIDE}, headers={"accept": "text/csv"})
    assert len(r.content) <= 300_000 and r.headers["x-sparql-truncated"].endswith("bytes")


def test_deep_nesting_is_400(client: TestClient) -> None:
    r = client.post("/sparql", content=NESTED, headers={"content-type": "application/sparql-query"})
    assert r.status_code == 400 and "nested" in r.json()["detail"]


def test_deep_nesting_exits_2_from_the_cli(sample_store: Path) -> None:
    result = CliRunner().invoke(cli, ["sparql", NESTED, "--store", str(sample_store)])
    assert result.exit_code == 2 and "nested" in result.output


def test_quadratic_text_is_answered_quickly(client: TestClient) -> None:
    query = 'SELECT * WHERE { ?s ?p "' + '\\"' * 20_000 + " }"  # 40 kB, an unclosed string
    started = time.monotonic()
    r = client.post("/sparql", content=query, headers={"content-type": "application/sparql-query"})
    assert r.status_code == 400 and time.monotonic() - started < 2.0


def test_worker_runs_at_a_lower_cpu_priority_than_the_server(small_pool: QueryPool) -> None:
    small_pool.run(QueryRequest(query="ASK {}"), 10.0)
    worker = small_pool.idle_workers()[-1]
    server = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, worker.proc.pid) == min(19, server + WORKER_NICENESS)
    assert os.sched_getscheduler(worker.proc.pid) == os.SCHED_BATCH
