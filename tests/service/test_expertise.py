"""GET /expertise: persons and organizations ranked by evidence for a topic."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def results(client: TestClient, topic: str, **params: str) -> list[dict[str, Any]]:
    return list(client.get("/expertise", params={"topic": topic, **params}).json()["items"])


def test_talk_topic_makes_the_speaker_the_top_expert(client: TestClient) -> None:
    top = results(client, "Krisenmanagement", kind="person")[0]
    assert top["entity"]["name"] == "Eleonore Baj"
    assert top["evidence"][0]["kind"] == "talk"
    assert top["evidence"][0]["evidence"][0]["sentence"].startswith(
        "Auf der Digitalkonferenz Pfalz sprach sie"
    )


def test_role_counts_as_evidence(client: TestClient) -> None:
    kinds = {e["kind"] for e in results(client, "Krisenmanagement", kind="person")[0]["evidence"]}
    assert {"talk", "role"} <= kinds


def test_project_counts_as_evidence(client: TestClient) -> None:
    top = results(client, "Aorta")[0]
    assert top["entity"]["name"] == "Jan Wolf" and top["evidence"][0]["kind"] == "project"


def test_quote_counts_as_evidence(client: TestClient) -> None:
    top = results(client, "Hochwasser")[0]
    assert top["entity"]["name"] == "Eleonore Baj" and top["evidence"][0]["kind"] == "quote"


def test_organizations_are_ranked_too(client: TestClient) -> None:
    orgs = [r["entity"]["name"] for r in results(client, "Robotik", kind="organization")]
    assert "Forschungsbereich Robotik" in orgs


def test_scores_descend(client: TestClient) -> None:
    scores = [r["score"] for r in results(client, "Robotik")]
    assert scores == sorted(scores, reverse=True)


def test_unknown_topic_is_empty(client: TestClient) -> None:
    assert results(client, "Quantenchromodynamik") == []


def test_the_first_part_of_a_compound_finds_the_expert(client: TestClient) -> None:
    assert results(client, "Krise", kind="person")[0]["entity"]["name"] == "Eleonore Baj"


def test_an_unknown_topic_suggests_close_indexed_topics(client: TestClient) -> None:
    body = client.get("/expertise", params={"topic": "Krisenmangement"}).json()
    assert body["items"] == [] and "Krisenmanagement" in body["suggestions"]


def test_a_topic_with_results_has_no_suggestions(client: TestClient) -> None:
    assert client.get("/expertise", params={"topic": "Robotik"}).json()["suggestions"] == []
