"""Names as people type them over HTTP: /lookup, /persons?q=, /connections?a=&b= (404/409 with candidates)."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_lookup_reads_umlauts_written_out(client: TestClient) -> None:
    body = client.get("/lookup", params={"q": "Krueger"}).json()
    assert body["match"] == "word" and body["entity"]["id"] == "antje-krueger"


def test_lookup_of_an_ambiguous_start_lists_candidates(client: TestClient) -> None:
    body = client.get("/lookup", params={"q": "Forschung"}).json()
    assert body["entity"] is None and len(body["candidates"]) == 2


def test_lookup_filters_by_kind(client: TestClient) -> None:
    body = client.get("/lookup", params={"q": "Forschung", "kind": "person"}).json()
    assert body["match"] == "none" and body["candidates"] == []


def test_person_list_reads_umlauts_written_out(client: TestClient) -> None:
    items = client.get("/persons", params={"q": "Antje Krueger"}).json()["items"]
    assert [p["id"] for p in items] == ["antje-krueger"]


def test_person_list_finds_a_start_of_a_name(client: TestClient) -> None:
    items = client.get("/persons", params={"q": "Kru"}).json()["items"]
    assert [p["id"] for p in items] == ["antje-krueger"]


def test_connections_take_a_and_b(client: TestClient) -> None:
    r = client.get("/connections", params={"a": "Baj", "b": "Wolf"})
    assert r.status_code == 200 and r.json()["paths"][0]["length"] == 2


def test_connections_take_surnames_without_umlauts(client: TestClient) -> None:
    r = client.get("/connections", params={"a": "Krueger", "b": "Wolf"})
    assert r.status_code == 200 and r.json()["source"]["id"] == "antje-krueger"


def test_connections_of_an_ambiguous_name_are_409_with_candidates(client: TestClient) -> None:
    r = client.get("/connections", params={"a": "Forschung", "b": "Baj"})
    assert r.status_code == 409 and len(r.json()["candidates"]) == 2


def test_connections_of_a_misspelt_name_are_404_with_close_names(client: TestClient) -> None:
    r = client.get("/connections", params={"a": "Eleonore Bai", "b": "Wolf"})
    assert r.status_code == 404 and [c["id"] for c in r.json()["candidates"]] == ["eleonore-baj"]


def test_connections_need_both_ends(client: TestClient) -> None:
    assert client.get("/connections", params={"a": "Baj"}).status_code == 400
