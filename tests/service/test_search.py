"""GET /search: German-aware BM25 over entity names and evidence sentences."""

from __future__ import annotations

from fastapi.testclient import TestClient


def labels(client: TestClient, q: str, **params: str) -> list[str]:
    return [h["label"] for h in client.get("/search", params={"q": q, **params}).json()["items"]]


def test_compound_part_of_coordination_is_found(client: TestClient) -> None:
    assert "Stabsstelle Notfall- und Krisenmanagement" in labels(client, "Krisenmanagement")


def test_truncated_first_part_is_completed(client: TestClient) -> None:
    assert "Stabsstelle Notfall- und Krisenmanagement" in labels(client, "Notfallmanagement")


def test_case_and_umlaut_folding(client: TestClient) -> None:
    assert labels(client, "kruger", kind="person") == ["Antje Krüger"]
    assert labels(client, "KÜNSTLICHE", kind="organization") == [
        "Deutsches Forschungszentrum für Künstliche Intelligenz"
    ]


def test_stemming_matches_inflected_forms(client: TestClient) -> None:
    assert (
        "Eleonore Baj leitet seit 2019 die Stabsstelle Notfall- und Krisenmanagement der Stadtverwaltung "
        "Kaiserslautern." in labels(client, "Stadtverwaltungen", kind="evidence")
    )


def test_evidence_hit_links_person_and_article(client: TestClient) -> None:
    hit = client.get("/search", params={"q": "Hochwasser"}).json()["items"][0]
    assert hit["kind"] == "evidence" and hit["entity"]["name"] == "Eleonore Baj"
    assert hit["article"]["title"] == "Neue Leitung im Krisenstab"


def test_results_ranked_by_score(client: TestClient) -> None:
    scores = [h["score"] for h in client.get("/search", params={"q": "Robotik Pflege"}).json()["items"]]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_no_match_is_empty_page(client: TestClient) -> None:
    assert client.get("/search", params={"q": "Quantenchromodynamik"}).json()["total"] == 0


def test_empty_query_is_422(client: TestClient) -> None:
    assert client.get("/search", params={"q": ""}).status_code == 422
