"""`from`/`to` on the lookups: only facts of articles dated in the range, roles also by their time hint
("who led the Bauamt Nordstadt in 2024"), over a real store of three dated invented articles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.service.dated_sample import build_dated_store

ORG = "/organizations/bauamt-nordstadt"


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = build_dated_store(tmp_path_factory.mktemp("dated") / "kg")
    with TestClient(create_app(Settings(store=store, sparql_workers=1))) as c:
        yield c


def ok(client: TestClient, path: str, **params: object) -> dict:  # type: ignore[type-arg]
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def member_names(body: dict) -> list[str]:  # type: ignore[type-arg]
    return sorted({m["person"]["name"] for m in body["members"]})


def test_without_a_range_every_member_counts(dated: TestClient) -> None:
    assert member_names(ok(dated, ORG)) == ["Eva Rot", "Ida Berg", "Max Alt"]


def test_who_led_the_office_in_2024(dated: TestClient) -> None:
    body = ok(dated, ORG, **{"from": "2024", "to": "2024"})
    assert member_names(body) == ["Ida Berg"] and body["members_total"] == 1


def test_a_role_until_a_year_counts_in_that_year(dated: TestClient) -> None:
    body = ok(dated, ORG, **{"from": "2023-11", "to": "2023-11"})
    assert member_names(body) == ["Max Alt"]  # "bis Ende 2023" in the article of 2024


def test_a_role_since_a_year_counts_from_that_year_to_its_article(dated: TestClient) -> None:
    assert member_names(ok(dated, ORG, **{"from": "2019-01-15", "to": "2019-02-01"})) == ["Eva Rot"]


def test_articles_of_an_entity_are_cut_to_the_range(dated: TestClient) -> None:
    body = ok(dated, ORG, **{"from": "2022"})
    assert [a["published"] for a in body["articles"]] == ["2024-02-01", "2022-06-01"]
    assert body["articles_total"] == 2


def test_person_detail_keeps_only_facts_in_the_range(dated: TestClient) -> None:
    body = ok(dated, "/persons/max-alt", **{"to": "2023-12-31"})
    assert sorted((r["role"], r["time"] or "") for r in body["role_facts"]) == [
        ("Leiter", ""),
        ("Leiter", "bis Ende 2023"),
    ]
    body = ok(dated, "/persons/max-alt", **{"from": "2024"})
    assert body["role_facts"] == [] and body["organizations"] == []


def test_person_list_by_name_and_range(dated: TestClient) -> None:
    assert [p["name"] for p in ok(dated, "/persons", q="Rot")["items"]] == ["Eva Rot"]
    assert ok(dated, "/persons", q="Rot", **{"from": "2024"})["items"] == []


def test_person_list_of_a_range_without_a_name(dated: TestClient) -> None:
    assert [p["name"] for p in ok(dated, "/persons", **{"from": "2024-01", "to": "2024-12"})["items"]] == [
        "Ida Berg",
        "Max Alt",
    ]


def test_members_sub_resource_takes_the_range(dated: TestClient) -> None:
    body = ok(dated, f"{ORG}/members", **{"from": "2024"})
    assert [m["person"]["name"] for m in body["items"]] == ["Ida Berg"] and body["total"] == 1


def test_articles_sub_resource_takes_the_range(dated: TestClient) -> None:
    body = ok(dated, "/persons/max-alt/articles", **{"from": "2024"})
    assert [a["published"] for a in body["items"]] == ["2024-02-01"]


def test_connections_only_over_facts_in_the_range(dated: TestClient) -> None:
    assert ok(dated, "/connections", a="Eva Rot", b="Ida Berg")["paths"][0]["length"] == 2
    assert ok(dated, "/connections", a="Eva Rot", b="Ida Berg", **{"from": "2024"})["paths"] == []


def test_connections_from_and_to_still_name_the_ends_without_a_and_b(dated: TestClient) -> None:
    body = ok(dated, "/connections", **{"from": "eva-rot", "to": "ida-berg"})
    assert body["paths"][0]["length"] == 2


def test_expertise_counts_only_evidence_of_the_range(dated: TestClient) -> None:
    everyone = {r["entity"]["name"] for r in ok(dated, "/expertise", topic="Bauamt", kind="person")["items"]}
    assert "Eva Rot" in everyone
    later = ok(dated, "/expertise", topic="Bauamt", kind="person", **{"from": "2024"})["items"]
    assert {r["entity"]["name"] for r in later} == {"Ida Berg", "Max Alt"}
    assert all(
        ev["article"]["published"] >= "2024" for r in later for e in r["evidence"] for ev in e["evidence"]
    )


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"from": "2024-13"}, "calendar"),
        ({"from": "gestern"}, "YYYY"),
        ({"to": "2024-02-30"}, "calendar"),
        ({"from": "2025", "to": "2024"}, "after"),
    ],
)
def test_bad_dates_are_400_with_a_message(dated: TestClient, params: dict[str, str], word: str) -> None:
    r = dated.get("/persons/max-alt", params=params)
    assert r.status_code == 400 and word in r.json()["detail"]


def test_a_bad_date_on_connections_is_400(dated: TestClient) -> None:
    r = dated.get("/connections", params={"a": "Eva Rot", "b": "Ida Berg", "to": "bald"})
    assert r.status_code == 400 and "`to`" in r.json()["detail"]


def test_person_list_up_to_a_date_without_a_name(dated: TestClient) -> None:
    assert [p["name"] for p in ok(dated, "/persons", to="2019-12-31")["items"]] == ["Eva Rot"]
