"""POST /extract (facts JSON, nothing stored) and POST /articles with the real NLP pipeline."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.service.conftest import auth

TEXT = (
    "Eleonore Baj leitet seit 2019 die Stabsstelle Notfall- und Krisenmanagement der Stadtverwaltung "
    "Kaiserslautern."
)


@pytest.fixture(scope="module", autouse=True)
def _pipeline() -> None:
    from nlp.pipeline import load_pipeline

    load_pipeline()  # the shipped model must load offline; a missing model fails here


def test_extract_plain_text_returns_facts(client: TestClient) -> None:
    r = client.post("/extract", content=TEXT.encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 200
    assert "Eleonore Baj" in [p["name"] for p in r.json()["persons"]]


def test_extract_json_keeps_id(client: TestClient) -> None:
    r = client.post("/extract", json={"text": TEXT, "id": "a1"})
    assert r.status_code == 200 and r.json()["id"] == "a1"


def test_extract_stores_nothing(client: TestClient) -> None:
    before = client.get("/health").json()["articles"]
    client.post("/extract", json={"text": TEXT})
    assert client.get("/health").json()["articles"] == before


def test_extract_empty_text_is_400(client: TestClient) -> None:
    assert client.post("/extract", json={"text": "   "}).status_code == 400


def test_post_article_json_is_stored_and_listed(writable_client: TestClient) -> None:
    body = {"text": TEXT, "url": "https://example.org/neu", "title": "Neu", "published": "2024-05-02"}
    r = writable_client.post("/articles", json=body, headers=auth())
    assert r.status_code == 201 and r.json()["created"] is True
    assert writable_client.get(r.json()["link"]).json()["title"] == "Neu"
    assert writable_client.get("/health").json()["articles"] == 3


def test_post_same_article_twice_is_unchanged(writable_client: TestClient) -> None:
    headers = {"content-type": "text/plain", **auth()}
    writable_client.post("/articles", content=TEXT.encode(), headers=headers)
    r = writable_client.post("/articles", content=TEXT.encode(), headers=headers)
    assert r.status_code == 200 and r.json()["created"] is False


def test_post_html_article(writable_client: TestClient) -> None:
    html = f"<html><head><title>Krisenstab</title></head><body><article><p>{TEXT}</p></article></body></html>"
    r = writable_client.post(
        "/articles", content=html.encode(), headers={"content-type": "text/html", **auth()}
    )
    assert r.status_code == 201
    assert writable_client.get(r.json()["link"]).json()["title"] == "Krisenstab"
