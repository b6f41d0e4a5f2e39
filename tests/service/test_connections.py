"""GET /connections: shortest paths between entities, each edge with its evidence sentence."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def connect(client: TestClient, a: str, b: str) -> dict[str, Any]:
    r = client.get("/connections", params={"from": a, "to": b})
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_path_through_shared_event(client: TestClient) -> None:
    path = connect(client, "eleonore-baj", "jan-wolf")["paths"][0]
    assert path["length"] == 2
    assert [n["name"] for n in path["nodes"]] == ["Eleonore Baj", "Digitalkonferenz Pfalz", "Jan Wolf"]


def test_every_fact_edge_has_evidence(client: TestClient) -> None:
    path = connect(client, "eleonore-baj", "jan-wolf")["paths"][0]
    talks = [e for e in path["edges"] if e["relation"] == "talk"]
    assert talks and all(e["evidence"][0]["sentence"].startswith("Auf der Digitalkonferenz") for e in talks)


def test_names_are_accepted(client: TestClient) -> None:
    body = connect(client, "Eleonore Baj", "Stadtverwaltung Kaiserslautern")
    assert [e["relation"] for e in body["paths"][0]["edges"]] == ["membership", "part_of"]


def test_unknown_entity_is_404(client: TestClient) -> None:
    r = client.get("/connections", params={"from": "eleonore-baj", "to": "niemand"})
    assert r.status_code == 404


def test_unconnected_entities_give_no_paths(client: TestClient) -> None:
    body = connect(client, "eleonore-baj", "deutsch-forschungszentrum-fur-kunstlich-intelligenz")
    assert body["paths"] == []
