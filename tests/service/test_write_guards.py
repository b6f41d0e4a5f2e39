"""Health without paths, empty tokens disable writes, a locked store is 503, article URLs are http(s)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.store import KnowledgeStore
from service.app import create_app
from service.settings import Settings
from tests.service.conftest import auth
from tests.service.facts_sample import article_dfki


def test_health_names_the_store_without_its_path(client: TestClient) -> None:
    body = client.get("/health").json()
    assert "/" not in body["store"] and body["store"] == "kg"


@pytest.mark.parametrize("token", ["", "   "])
def test_empty_token_means_writes_disabled(sample_store: Path, token: str) -> None:
    settings = Settings(store=sample_store, api_token=SecretStr(token), sparql_workers=1)
    with TestClient(create_app(settings)) as c:
        assert c.get("/health").json()["writes_enabled"] is False
        r = c.delete("/articles/x", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403


def test_write_while_another_process_holds_the_store_is_503_without_path(writable_client: TestClient) -> None:
    store = writable_client.app.state.kg.settings.store  # type: ignore[attr-defined]
    article, _ = article_dfki()
    with KnowledgeStore(store):  # as `kg ingest` would
        r = writable_client.delete(f"/articles/{article.id}", headers=auth())
    assert r.status_code == 503 and int(r.headers["retry-after"]) >= 1
    assert str(store) not in r.json()["detail"] and "retry" in r.json()["detail"].lower()


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://a.b/c"]
)
def test_article_url_must_be_http(writable_client: TestClient, url: str) -> None:
    body = {"text": "Eleonore Baj leitet die Stabsstelle.", "url": url, "title": "T"}
    r = writable_client.post("/articles", json=body, headers=auth())
    assert r.status_code == 422 and "http" in r.json()["detail"]


def test_html_article_with_a_javascript_canonical_url_is_refused(writable_client: TestClient) -> None:
    html = (
        '<html><head><link rel="canonical" href="javascript:alert(1)"><title>T</title></head>'
        "<body><article><p>Eleonore Baj leitet die Stabsstelle.</p></article></body></html>"
    )
    r = writable_client.post(
        "/articles", content=html.encode(), headers={"content-type": "text/html", **auth()}
    )
    assert r.status_code in {201, 422}
    if r.status_code == 201:  # the loader dropped the URL
        assert writable_client.get(r.json()["link"]).json()["url"] in {None, ""}
