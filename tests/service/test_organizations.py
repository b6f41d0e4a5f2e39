"""GET /organizations: parents, units, members with roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Affiliation, Evidence, Facts, Organization, Person, Role
from service.app import create_app
from service.settings import Settings
from tests.service.conftest import build_store
from tests.service.facts_sample import SENTENCES_KL

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


def test_members_are_one_entry_per_person_and_role(tmp_path: Path) -> None:
    """Baj's role restated in a second article joins the first entry; an affiliation alone is an entry."""
    stab = "Stabsstelle Notfall- und Krisenmanagement"
    text = f"Eleonore Baj, Leiterin der {stab}, eröffnete die Übung. Tim Roth von der {stab} half mit."
    first, second = text.split(". ")
    first += "."

    def evidence(sentence: str) -> Evidence:
        start = text.index(sentence)
        return Evidence(sentence=sentence, start=start, end=start + len(sentence), confidence=0.9)

    article = Article.from_text(text, title="Übung im Krisenstab", published=date(2024, 5, 2))
    facts = Facts(
        id=article.id,
        persons=[Person(name="Eleonore Baj"), Person(name="Tim Roth")],
        organizations=[Organization(name=stab, part_of="Stadtverwaltung Kaiserslautern")],
        roles=[
            Role(
                person="Eleonore Baj",
                role="Leiterin",
                role_key="leitung",
                organization=stab,
                time="seit 2019",
                evidence=evidence(first),
            )
        ],
        affiliations=[
            Affiliation(person="Eleonore Baj", organization=stab, evidence=evidence(first)),
            Affiliation(person="Tim Roth", organization=stab, evidence=evidence(second)),
        ],
    )
    store = build_store(tmp_path / "kg")
    with KnowledgeStore(store) as ks:
        ks.ingest(article, facts, pipeline_version="test-1")
    with TestClient(create_app(Settings(store=store, sparql_workers=1))) as client:
        members = client.get(f"/organizations/{stab_id(client)}").json()["members"]
    assert [(m["person"]["name"], m["role"]) for m in members] == [
        ("Eleonore Baj", "Leiterin"),
        ("Tim Roth", None),
    ]
    assert {e["sentence"] for e in members[0]["evidence"]} == {first, SENTENCES_KL[0]}  # both articles
