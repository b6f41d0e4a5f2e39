"""The curation API against the real app over a real on-disk store: token, validation, and that every
answer (REST, search, expertise, connections, SPARQL) shows a decision at once and after a re-ingest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.store import KnowledgeStore
from service.app import create_app
from service.settings import Settings
from tests.curation_data import ANNA, ANNE, CITY, TOM, VERSION, article_a, article_b, article_c
from tests.service.conftest import TOKEN, auth


def build(path: Path) -> Path:
    with KnowledgeStore(path) as ks:
        for make in (article_a, article_b, article_c):
            article, facts = make()
            ks.ingest(article, facts, pipeline_version=VERSION)
    return path


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    return build(tmp_path / "kg")


@pytest.fixture()
def api(store: Path) -> Iterator[TestClient]:
    settings = Settings(store=store, api_token=TOKEN, sparql_workers=1, rate_limit=0)
    with TestClient(create_app(settings)) as c:
        yield c


def merge(api: TestClient, keep: str = ANNA, other: str = ANNE, **extra: Any) -> Any:
    return api.post(
        "/curation/merge",
        json={"keep": keep, "merge": other, "curator": "Erika Muster", **extra},
        headers=auth(),
    )


def talk_of(api: TestClient, person_id: str) -> str:
    facts = api.get(
        "/curation/facts", params={"entity": f"https://kg.example.org/id/person/{person_id}"}
    ).json()
    return next(f["iri"] for f in facts["facts"] if f["kind"] == "talk")


def test_writes_without_token_get_401(api: TestClient) -> None:
    assert api.post("/curation/merge", json={"keep": ANNA, "merge": ANNE}).status_code == 401
    assert api.delete("/curation/0123456789abcdef").status_code == 401


def test_writes_with_a_wrong_token_get_403(api: TestClient) -> None:
    assert api.post("/curation/wrong", json={"fact": ANNA}, headers=auth("nope")).status_code == 403


def test_writes_are_off_without_a_configured_token(store: Path) -> None:
    with TestClient(create_app(Settings(store=store, sparql_workers=1))) as c:
        assert (
            c.post("/curation/split", json={"entity": CITY, "label": "x"}, headers=auth()).status_code == 403
        )


def test_merge_shows_at_once_in_the_person_page(api: TestClient) -> None:
    assert api.get("/persons/anna-weber").json()["talks"] == []  # the read model is built before
    r = merge(api)
    assert r.status_code == 201 and r.json()["result"] == ANNA
    person = api.get("/persons/anna-weber").json()
    assert len(person["talks"]) == 1 and len(person["role_facts"]) == 1
    assert "Anne Weber" in person["aliases"]


def test_the_old_id_redirects_to_the_merged_entity(api: TestClient) -> None:
    merge(api)
    r = api.get("/persons/anne-weber", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/persons/anna-weber"


def test_merge_shows_in_search_and_connections(api: TestClient) -> None:
    merge(api)
    hits = api.get("/search", params={"q": "Glasfaser"}).json()["items"]
    assert "anne-weber" not in str(hits)
    paths = api.get("/connections", params={"a": ANNA, "b": "Digitaltag Musterhausen"}).json()["paths"]
    assert paths and paths[0]["length"] == 1


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"keep": ANNA, "merge": ANNA}, 400),
        ({"keep": ANNA, "merge": CITY}, 409),
        ({"keep": ANNA, "merge": ANNA + "-nobody"}, 404),
        ({"keep": ANNA, "merge": ANNE, "extra": 1}, 422),
        ({"keep": ANNA}, 422),
    ],
)
def test_bad_merges_are_refused_with_a_message(api: TestClient, body: dict[str, Any], status: int) -> None:
    r = api.post("/curation/merge", json=body, headers=auth())
    assert r.status_code == status and r.json()["detail"]


def test_merging_a_person_with_an_organization_says_why(api: TestClient) -> None:
    detail = merge(api, ANNA, CITY).json()["detail"]
    assert "Person" in detail and "Organisation" in detail


def test_split_by_name_makes_a_second_organization(api: TestClient) -> None:
    r = api.post("/curation/split", json={"entity": CITY, "label": "Stadt Musterhausen"}, headers=auth())
    assert r.status_code == 201
    names = {o["name"] for o in api.get("/organizations").json()["items"]}
    assert {"Stadt Musterhausen", "Stadtverwaltung Musterhausen"} <= names


def test_split_by_an_unknown_name_is_a_400(api: TestClient) -> None:
    r = api.post("/curation/split", json={"entity": CITY, "label": "Landkreis Nirgendwo"}, headers=auth())
    assert r.status_code == 400 and "Landkreis Nirgendwo" in r.json()["detail"]


def test_wrong_fact_is_hidden_from_rest_search_expertise_and_connections(api: TestClient) -> None:
    fact = talk_of(api, "anne-weber")
    assert api.post("/curation/wrong", json={"fact": fact}, headers=auth()).status_code == 201
    assert api.get("/persons/anne-weber").json()["talks"] == []
    assert "Glasfaser" not in str(api.get("/search", params={"q": "Glasfaser"}).json()["items"])
    assert api.get("/expertise", params={"topic": "Glasfaser"}).json()["items"] == []
    paths = api.get("/connections", params={"a": ANNE, "b": "Digitaltag Musterhausen"})
    assert paths.status_code == 200 and paths.json()["paths"] == []


def test_wrong_fact_stays_flagged_in_sparql(api: TestClient) -> None:
    fact = talk_of(api, "anne-weber")
    api.post("/curation/wrong", json={"fact": fact, "curator": "Erika Muster"}, headers=auth())
    query = """SELECT ?who ?f WHERE { ?d a kg:FactRejection ; prov:invalidated ?f ;
        prov:wasAssociatedWith/rdfs:label ?who ; prov:endedAtTime ?t . ?f schema:performer ?p }"""
    rows = api.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    bindings = rows.json()["results"]["bindings"]
    assert [(b["who"]["value"], b["f"]["value"]) for b in bindings] == [("Erika Muster", fact)]


def test_list_shows_who_and_when_and_undo_brings_the_fact_back(api: TestClient) -> None:
    fact = talk_of(api, "anne-weber")
    made = api.post("/curation/wrong", json={"fact": fact, "curator": "Erika Muster"}, headers=auth()).json()
    listed = api.get("/curation", params={"entity": ANNE}).json()["items"]
    assert [(d["id"], d["curator"], d["type"]) for d in listed] == [(made["id"], "Erika Muster", "wrong")]
    assert listed[0]["time"].endswith("Z")
    undone = api.delete(f"/curation/{made['id']}", params={"curator": "Max Muster"}, headers=auth())
    assert undone.status_code == 200 and undone.json()["undone_by"] == "Max Muster"
    assert len(api.get("/persons/anne-weber").json()["talks"]) == 1
    assert api.delete(f"/curation/{made['id']}", headers=auth()).status_code == 409


def test_undo_of_an_unknown_decision_is_a_404(api: TestClient) -> None:
    assert api.delete("/curation/0123456789abcdef", headers=auth()).status_code == 404
    assert api.delete("/curation/not-an-id", headers=auth()).status_code == 422


def test_undo_merge_brings_both_persons_back(api: TestClient) -> None:
    made = merge(api).json()
    api.delete(f"/curation/{made['id']}", headers=auth())
    assert api.get("/persons/anne-weber", follow_redirects=False).status_code == 200
    assert api.get("/persons/anna-weber").json()["talks"] == []


def test_decisions_survive_a_full_reingest(store: Path) -> None:
    settings = Settings(store=store, api_token=TOKEN, sparql_workers=1, rate_limit=0)
    with TestClient(create_app(settings)) as api:
        merge(api)
        api.post("/curation/split", json={"entity": CITY, "label": "Stadt Musterhausen"}, headers=auth())
        fact = next(
            f["iri"]
            for f in api.get("/curation/facts", params={"entity": TOM}).json()["facts"]
            if f["sentence"].startswith("Tom Berg arbeitet")
        )
        api.post("/curation/wrong", json={"fact": fact}, headers=auth())
    with KnowledgeStore(store) as ks:  # what a full `kg ingest` would do: every article again
        for ident in ks.article_ids():
            ks.delete(ident)
    build(store)
    with TestClient(create_app(settings)) as api:
        person = api.get("/persons/anna-weber").json()
        assert len(person["talks"]) == 1 and len(person["role_facts"]) == 1
        orgs = {o["name"] for o in api.get("/organizations").json()["items"]}
        assert {"Stadt Musterhausen", "Stadtverwaltung Musterhausen"} <= orgs
        tom = api.get("/persons/tom-berg").json()
        assert [a["evidence"][0]["sentence"][:8] for a in tom["affiliations"]] == ["Die Stad"]


def test_curation_writes_are_rate_limited(store: Path) -> None:
    settings = Settings(store=store, api_token=TOKEN, sparql_workers=1, rate_limit=0.01, rate_burst=1)
    with TestClient(create_app(settings)) as api:
        assert merge(api).status_code == 201
        r = merge(api)
        assert r.status_code == 429 and r.headers["retry-after"]
        assert api.get("/curation").status_code == 200  # reading is not limited


def test_a_decision_made_by_kg_curate_beside_a_running_server_shows_at_once(store: Path) -> None:
    from typer.testing import CliRunner

    from service.cli import app

    settings = Settings(store=store, sparql_workers=1, store_check_interval=0, rate_limit=0)
    with TestClient(create_app(settings)) as api:
        fact = talk_of(api, "anne-weber")  # the read model is built
        result = CliRunner().invoke(app, ["curate", "wrong", fact, "--store", str(store)])
        assert result.exit_code == 0, result.stderr
        assert api.get("/persons/anne-weber").json()["talks"] == []
        assert [d["type"] for d in api.get("/curation").json()["items"]] == ["wrong"]
