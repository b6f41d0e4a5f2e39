"""GET /organizations: parents, units, members with roles."""

from __future__ import annotations

from fastapi.testclient import TestClient

STAB = "/organizations?q=Stabsstelle"


def stab_id(client: TestClient) -> str:
    return str(client.get(STAB).json()["items"][0]["id"])


def test_alias_search_finds_dfki(client: TestClient) -> None:
    items = client.get("/organizations", params={"q": "dfki"}).json()["items"]
    assert [o["name"] for o in items] == ["Deutsches Forschungszentrum für Künstliche Intelligenz"]


def test_unit_has_parent_and_member_with_role(client: TestClient) -> None:
    org = client.get(f"/organizations/{stab_id(client)}").json()
    assert org["parent"]["name"] == "Stadtverwaltung Kaiserslautern"
    assert [(m["person"]["name"], m["role"]) for m in org["members"]] == [("Eleonore Baj", "Leiterin")]
    assert org["members"][0]["evidence"][0]["sentence"].startswith("Eleonore Baj leitet")


def test_parent_lists_its_units(client: TestClient) -> None:
    items = client.get("/organizations", params={"q": "Stadtverwaltung Kaiserslautern"}).json()["items"]
    org = client.get(items[0]["link"]).json()
    assert [u["name"] for u in org["units"]] == ["Stabsstelle Notfall- und Krisenmanagement"]


def test_parent_filter_lists_units(client: TestClient) -> None:
    items = client.get("/organizations", params={"parent": "DFKI"}).json()["items"]
    assert [o["name"] for o in items] == ["Forschungsbereich Robotik"]


def test_unknown_organization_is_404(client: TestClient) -> None:
    assert client.get("/organizations/gibt-es-nicht").status_code == 404
