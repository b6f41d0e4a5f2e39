"""GET /persons and /persons/{id}: filters, pagination, facts with evidence and article links."""

from __future__ import annotations

from fastapi.testclient import TestClient


def ids(r) -> list[str]:  # type: ignore[no-untyped-def]
    return [p["id"] for p in r.json()["items"]]


def test_list_is_sorted_by_name(client: TestClient) -> None:
    assert ids(client.get("/persons")) == ["antje-krueger", "eleonore-baj", "jan-wolf"]


def test_q_folds_case_and_umlauts(client: TestClient) -> None:
    assert ids(client.get("/persons", params={"q": "KRUGER"})) == ["antje-krueger"]


def test_organization_filter_includes_units(client: TestClient) -> None:
    r = client.get("/persons", params={"organization": "Stadtverwaltung Kaiserslautern"})
    assert ids(r) == ["eleonore-baj"]


def test_role_filter(client: TestClient) -> None:
    assert ids(client.get("/persons", params={"role": "leiterin"})) == ["antje-krueger", "eleonore-baj"]


def test_pagination(client: TestClient) -> None:
    r = client.get("/persons", params={"page": 2, "page_size": 2}).json()
    assert r["total"] == 3 and [p["id"] for p in r["items"]] == ["jan-wolf"]


def test_detail_has_role_with_time_and_evidence(client: TestClient) -> None:
    person = client.get("/persons/eleonore-baj").json()
    role = person["role_facts"][0]
    assert role["role"] == "Leiterin" and role["time"] == "seit 2019"
    assert role["organization"]["name"] == "Stabsstelle Notfall- und Krisenmanagement"
    assert role["evidence"][0]["sentence"].startswith("Eleonore Baj leitet seit 2019")
    assert role["evidence"][0]["article"]["link"].startswith("/articles/")


def test_detail_has_talk_and_quote(client: TestClient) -> None:
    person = client.get("/persons/eleonore-baj").json()
    assert person["talks"][0]["topic"] == "Krisenmanagement in Kommunen"
    assert person["talks"][0]["event"]["id"] == "digitalkonferenz-pfalz"
    assert person["quotes"][0]["quote"] == "Wir müssen bei Hochwasser schneller warnen"
    assert person["quotes"][0]["form"] == "direct"


def test_detail_merges_person_across_articles(client: TestClient) -> None:
    person = client.get("/persons/jan-wolf").json()
    assert person["titles"] == ["Dr."] and len(person["articles"]) == 2
    assert {p["relation"] for p in person["projects"]} == {"presented", "responsible"}


def test_unknown_person_is_404_json(client: TestClient) -> None:
    r = client.get("/persons/niemand")
    assert r.status_code == 404 and "niemand" in r.json()["detail"]


def test_bad_page_is_422(client: TestClient) -> None:
    assert client.get("/persons", params={"page": 0}).status_code == 422
