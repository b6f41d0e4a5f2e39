"""GET /articles, DELETE /articles/{id} and the bearer-token guard of the write endpoints."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.service.conftest import auth
from tests.service.facts_sample import article_dfki, article_kl


def test_list_newest_first(client: TestClient) -> None:
    items = client.get("/articles").json()["items"]
    assert [a["title"] for a in items] == ["Neue Leitung im Krisenstab", "Robotik in der Pflege"]


def test_detail_has_entities_and_facts_with_evidence(client: TestClient) -> None:
    article, _ = article_kl()
    detail = client.get(f"/articles/{article.id}").json()
    assert detail["url"] == "https://example.org/kl/krisenstab"
    assert "Eleonore Baj" in {e["name"] for e in detail["entities"]}
    kinds = {f["kind"] for f in detail["facts"]}
    assert {"role", "talk", "quote", "project"} <= kinds
    assert all(f["evidence"] for f in detail["facts"] if f["kind"] != "part_of")


def test_unknown_article_is_404(client: TestClient) -> None:
    assert client.get("/articles/0000000000000000").status_code == 404


def test_writes_disabled_without_configured_token(client: TestClient) -> None:
    r = client.post("/articles", content="Ein Text.", headers={"content-type": "text/plain", **auth()})
    assert r.status_code == 403 and "KG_API_TOKEN" in r.json()["detail"]
    assert client.delete("/articles/x", headers=auth()).status_code == 403


def test_missing_token_is_401(writable_client: TestClient) -> None:
    r = writable_client.post("/articles", content="Ein Text.", headers={"content-type": "text/plain"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_wrong_token_is_403(writable_client: TestClient) -> None:
    assert writable_client.delete("/articles/x", headers=auth("falsch")).status_code == 403


def test_delete_removes_article_and_its_only_entities(writable_client: TestClient) -> None:
    article, _ = article_dfki()
    r = writable_client.delete(f"/articles/{article.id}", headers=auth())
    assert r.status_code == 200 and r.json() == {"id": article.id, "deleted": True}
    assert writable_client.get(f"/articles/{article.id}").status_code == 404
    assert writable_client.get("/persons/antje-krueger").status_code == 404
    assert len(writable_client.get("/persons/jan-wolf").json()["articles"]) == 1


def test_delete_is_seen_by_sparql(writable_client: TestClient) -> None:
    article, _ = article_dfki()
    query = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
    writable_client.get("/sparql", params={"query": query})  # a worker holds a snapshot before the write
    writable_client.delete(f"/articles/{article.id}", headers=auth())
    n = writable_client.get("/sparql", params={"query": query}).json()["results"]["bindings"][0]["n"]["value"]
    assert n == "1"


def test_delete_unknown_is_404(writable_client: TestClient) -> None:
    assert writable_client.delete("/articles/unbekannt", headers=auth()).status_code == 404


def test_post_with_unsupported_media_type_is_415(writable_client: TestClient) -> None:
    r = writable_client.post(
        "/articles", content=b"%PDF", headers={"content-type": "application/pdf", **auth()}
    )
    assert r.status_code == 415


def test_post_json_without_text_is_400(writable_client: TestClient) -> None:
    r = writable_client.post("/articles", json={"title": "Nur Titel"}, headers=auth())
    assert r.status_code == 400 and "text" in r.json()["detail"]
