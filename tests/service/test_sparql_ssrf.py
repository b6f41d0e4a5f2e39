"""The reported SERVICE bypasses are refused on /sparql and by `kg sparql`, and make no connection."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.errors import BadRequestError
from service.sparql_cli import run_query
from tests.service.loopback import Listener

BYPASSES = {
    "comment-ended-by-cr": "SELECT * WHERE {{ #\rSERVICE <{url}> {{ ?s ?p ?o }} }}",
    "cr-then-newline": "SELECT * WHERE {{ #\rSERVICE <{url}> {{ ?s ?p ?o }} \n}}",
    "escaped-iri-then-hash": (
        "SELECT * WHERE {{ ?s <http://ex/\\u0041#> ?o . SERVICE <{url}> {{ ?s ?p ?o }} }}"
    ),
    "escaped-iri-alone": "SELECT * WHERE {{ SERVICE <{url}\\u0023> {{ ?s ?p ?o }} }}",
    "glued-keyword": "PREFIX ex: <{url}/> SELECT * WHERE {{ SERVICEex:x {{ ?s ?p ?o }} }}",
    "plain": "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
}


@pytest.mark.parametrize("template", BYPASSES.values(), ids=BYPASSES.keys())
def test_get_is_refused_without_connection(client: TestClient, listener: Listener, template: str) -> None:
    r = client.get("/sparql", params={"query": template.format(url=listener.url)})
    assert r.status_code == 400
    assert listener.seen() == 0


@pytest.mark.parametrize("template", BYPASSES.values(), ids=BYPASSES.keys())
def test_post_is_refused_without_connection(client: TestClient, listener: Listener, template: str) -> None:
    body = template.format(url=listener.url).encode()
    r = client.post("/sparql", content=body, headers={"content-type": "application/sparql-query"})
    assert r.status_code == 400
    assert listener.seen() == 0


def test_refusal_names_service(client: TestClient, listener: Listener) -> None:
    r = client.get("/sparql", params={"query": BYPASSES["comment-ended-by-cr"].format(url=listener.url)})
    assert "SERVICE" in r.json()["detail"]


@pytest.mark.parametrize("template", BYPASSES.values(), ids=BYPASSES.keys())
def test_cli_is_refused_without_connection(sample_store: Path, listener: Listener, template: str) -> None:
    with pytest.raises(BadRequestError):
        run_query(sample_store, template.format(url=listener.url), "json")
    assert listener.seen() == 0
