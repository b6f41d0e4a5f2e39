"""The API over a store server (``KG_STORE=http://...``): the same answers as over the embedded store,
SPARQL guarded before anything reaches the server, writes and external writes seen."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from graph.store import KnowledgeStore
from service.app import create_app
from service.settings import Settings
from tests.bench.server import serve as serve_in_process
from tests.oxigraph_server import OxigraphServer, RecordingProxy, free_port, oxigraph_binary
from tests.service.conftest import TOKEN, auth, build_store
from tests.service.facts_sample import article_dfki, article_kl
from tests.service.loopback import Listener
from tests.service.test_sparql_ssrf import BYPASSES

LOOKUPS = [
    "/",
    "/persons",
    "/persons?role=leiterin",
    "/persons/eleonore-baj",
    "/persons/eleonore-baj/articles",
    "/organizations",
    "/projects",
    "/events",
    "/articles",
    "/search?q=Robotik",
    "/expertise?topic=Krisenmanagement",
    "/lookup?q=Krueger",
    "/connections?a=Baj&b=Wolf",
]
QUERIES = {
    "select-json": ("SELECT ?p ?n WHERE { ?p a schema:Person ; skos:prefLabel ?n } ORDER BY ?n", "json"),
    "select-csv": ("SELECT ?o WHERE { ?o a org:Organization } ORDER BY ?o", "csv"),
    "construct": ("CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }", "nt"),
    "ask": ("ASK { ?p skos:prefLabel 'Eleonore Baj' }", "json"),
    "from-named-graph": (
        "SELECT (COUNT(*) AS ?n) FROM <https://kg.example.org/graph/entities> { ?s ?p ?o }",
        "json",
    ),
}
COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """The sample articles on a store server shared by the read-only tests of this module."""
    if oxigraph_binary() is None:
        pytest.skip("the `oxigraph` command is not installed (pip install oxigraph)")
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "db", timeout_s=2) as srv:
        build_store(Path(srv.url))
        yield srv


@pytest.fixture(scope="module")
def recorder(server: OxigraphServer) -> Iterator[RecordingProxy]:
    with RecordingProxy(server.url) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def remote(recorder: RecordingProxy) -> Iterator[TestClient]:
    """The app configured through the environment, as an operator would: KG_STORE=http://..."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_STORE", recorder.url)
        settings = Settings(sparql_workers=1, sparql_timeout=5.0, sparql_max_rows=1000)
    assert str(settings.store).startswith("http")
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = build_store(tmp_path_factory.mktemp("store") / "kg")
    with TestClient(create_app(Settings(store=store, sparql_workers=1, sparql_max_rows=1000))) as client:
        yield client


@pytest.mark.parametrize("path", LOOKUPS)
def test_lookups_answer_as_on_the_embedded_store(remote: TestClient, embedded: TestClient, path: str) -> None:
    got, want = remote.get(path), embedded.get(path)
    assert got.status_code == want.status_code == 200
    assert got.content == want.content


@pytest.mark.parametrize(("query", "fmt"), QUERIES.values(), ids=QUERIES.keys())
def test_sparql_answers_as_on_the_embedded_store(
    remote: TestClient, embedded: TestClient, query: str, fmt: str
) -> None:
    got = remote.get("/sparql", params={"query": query, "format": fmt})
    want = embedded.get("/sparql", params={"query": query, "format": fmt})
    assert got.status_code == want.status_code == 200
    assert got.headers["content-type"] == want.headers["content-type"]
    assert got.content == want.content


def test_health_does_not_tell_the_server_address(remote: TestClient) -> None:
    body = remote.get("/health").json()
    assert body["store"] == "server" and body["articles"] == 2


@pytest.mark.parametrize("template", BYPASSES.values(), ids=BYPASSES.keys())
def test_service_is_refused_before_the_server(
    remote: TestClient, recorder: RecordingProxy, template: str
) -> None:
    witness = Listener()
    try:
        query = template.format(url=witness.url)
        r = remote.get("/sparql", params={"query": query})
        assert r.status_code == 400 and "SERVICE" in r.json()["detail"]
        assert witness.seen() == 0  # the server would have called the listener had it seen the query
    finally:
        witness.close()
    assert not any(query in sent or "SERVICE" in sent.upper() for sent in recorder.queries())


def test_the_server_is_only_sent_queries(remote: TestClient, recorder: RecordingProxy) -> None:
    """Whatever the clients send, the read side (lookups, search, /sparql) only asks /query."""
    remote.post("/sparql", content=b"DROP ALL", headers={"content-type": "application/sparql-update"})
    remote.get("/sparql", params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    remote.get("/sparql", params={"query": COUNT})
    sent = recorder.requests
    assert sent and {(method, path) for method, path, _ in sent} == {("POST", "/query")}
    assert (
        remote.get("/sparql", params={"query": COUNT}).json()["results"]["bindings"][0]["n"]["value"] == "2"
    )


def test_syntax_errors_point_into_the_query_sent(remote: TestClient) -> None:
    r = remote.get("/sparql", params={"query": "SELECT * { ?s ?p "})
    assert r.status_code == 400 and "1:18" in r.json()["detail"]


def test_answers_are_capped_like_the_embedded_ones(remote: TestClient) -> None:
    r = remote.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 5000"})
    assert r.status_code == 200 and r.headers["x-sparql-rows"] == "1000"
    assert r.headers["x-sparql-truncated"].startswith("true; capped at 1000 rows")


@pytest.fixture()
def fresh(oxigraph: OxigraphServer) -> Iterator[tuple[TestClient, OxigraphServer]]:
    """A writable app over its own store server with the sample articles."""
    build_store(Path(oxigraph.url))
    settings = Settings(
        store=Path(oxigraph.url), api_token=TOKEN, sparql_workers=1, store_check_interval=0, rate_limit=0
    )
    with TestClient(create_app(settings)) as client:
        yield client, oxigraph


def test_delete_through_the_api(fresh: tuple[TestClient, OxigraphServer]) -> None:
    client, _ = fresh
    article, _ = article_dfki()
    assert client.get("/persons/antje-krueger").status_code == 200
    r = client.delete(f"/articles/{article.id}", headers=auth())
    assert r.status_code == 200 and r.json()["deleted"] is True
    assert client.get("/persons/antje-krueger").status_code == 404
    assert (
        client.get("/sparql", params={"query": COUNT}).json()["results"]["bindings"][0]["n"]["value"] == "1"
    )
    assert client.get("/health").json()["generation"] == 1  # its own write, not taken for an external one


def test_a_write_by_another_process_is_seen(fresh: tuple[TestClient, OxigraphServer]) -> None:
    client, server = fresh
    article, facts = article_kl()
    assert client.get("/articles").json()["total"] == 2
    generation = client.get("/health").json()["generation"]
    other = KnowledgeStore(server.url)  # another writer: only the server's marker tells the app
    other.delete(article.id)
    assert client.get("/articles").json()["total"] == 1
    assert client.get("/persons/eleonore-baj").status_code == 404
    other.ingest(article, facts, pipeline_version="test-2")
    assert client.get("/articles").json()["total"] == 2
    assert client.get("/health").json()["generation"] == generation + 2


def test_a_store_server_is_asked_at_most_once_per_interval(oxigraph: OxigraphServer) -> None:
    build_store(Path(oxigraph.url))
    settings = Settings(store=Path(oxigraph.url), sparql_workers=1, store_check_interval=3600, rate_limit=0)
    with TestClient(create_app(settings)) as client:
        assert client.get("/articles").json()["total"] == 2
        KnowledgeStore(oxigraph.url).delete(article_kl()[0].id)
        assert client.get("/articles").json()["total"] == 2  # not asked again within the hour


def test_a_runaway_query_is_stopped_at_the_timeout(fresh: tuple[TestClient, OxigraphServer]) -> None:
    client, _ = fresh
    client.app.state.kg.settings.sparql_timeout = 0.5  # type: ignore[attr-defined]
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    r = client.get("/sparql", params={"query": runaway})
    assert r.status_code == 503 and "timed out" in r.json()["detail"]
    # stopped, not run to the end (minutes); restarting the worker takes seconds on a loaded machine
    assert time.monotonic() - started < 10.0
    client.app.state.kg.settings.sparql_timeout = 10.0  # type: ignore[attr-defined]
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_required_isolation_cannot_be_met_by_forwarding_workers(server: OxigraphServer) -> None:
    settings = Settings(store=Path(server.url), sparql_workers=1, sparql_require_isolation=True)
    with TestClient(create_app(settings)) as client:
        r = client.get("/sparql", params={"query": COUNT})
        assert r.status_code == 503 and "KG_SPARQL_REQUIRE_ISOLATION" in r.json()["detail"]


def test_a_server_that_is_down_is_503() -> None:
    settings = Settings(store=Path(f"http://127.0.0.1:{free_port()}"), sparql_workers=1, rate_limit=0)
    with TestClient(create_app(settings)) as client:
        r = client.get("/persons")
        assert r.status_code == 503 and "store server" in r.json()["detail"]
        assert client.get("/sparql", params={"query": COUNT}).status_code == 503


def test_a_service_process_started_with_kg_store_url(server: OxigraphServer) -> None:
    """uvicorn in a process of its own, configured only by the environment (KG_STORE=http://...)."""
    with serve_in_process(Path(server.url)) as base:
        assert httpx.get(f"{base}/persons/eleonore-baj", timeout=60).status_code == 200
        r = httpx.get(f"{base}/sparql", params={"query": COUNT}, timeout=60)
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "2"
