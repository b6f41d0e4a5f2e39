"""The app served by a real uvicorn on 127.0.0.1 (random port): lookups, SPARQL and the timeout."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from service.app import create_app
from service.settings import Settings
from tests.service.conftest import build_store
from tests.service.http_server import serve


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = build_store(tmp_path_factory.mktemp("uvicorn") / "kg")
    app = create_app(Settings(store=store, sparql_timeout=1.0, sparql_workers=2))
    with serve(app) as url:
        yield url


def test_health_over_http(base_url: str) -> None:
    assert httpx.get(f"{base_url}/health").json()["status"] == "ok"


def test_person_lookup_over_http(base_url: str) -> None:
    r = httpx.get(f"{base_url}/persons/eleonore-baj")
    assert r.status_code == 200 and r.json()["name"] == "Eleonore Baj"


def test_sparql_csv_over_http(base_url: str) -> None:
    query = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/Person> }"
    r = httpx.post(
        f"{base_url}/sparql",
        content=query,
        headers={"content-type": "application/sparql-query", "accept": "text/csv"},
    )
    assert r.text.splitlines() == ["n", "3"]


def test_timeout_over_http_leaves_server_responsive(base_url: str) -> None:
    runaway = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }"
    )
    r = httpx.get(f"{base_url}/sparql", params={"query": runaway}, timeout=10)
    assert r.status_code == 503 and r.headers["retry-after"] == "1"
    assert httpx.get(f"{base_url}/health").status_code == 200
