"""An organization's detail builds only the members it shows, in the order of its full member list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Facts, Person, Role
from service.app import create_app
from service.settings import Settings
from tests.graph.conftest import evidence

ORG = "Amt für Stadtentwicklung Musterstadt"
PEOPLE = [
    ("Zora Abel", "Leiterin", "leitung"),
    ("Anton Zeh", "Referent", "referent"),
    ("Mila Berg", "Sprecherin", "sprecher"),
    ("Anton Zeh", "Dezernent", "dezernent"),
    ("Ben Kurz", "Referent", "referent"),
]


@pytest.fixture()
def org_client(tmp_path: Path) -> Iterator[TestClient]:
    sentences = [f"{name} ist {role} im {ORG}." for name, role, _ in PEOPLE]
    text = " ".join(sentences)
    facts = Facts(
        persons=[Person(name=name) for name in dict.fromkeys(n for n, _, _ in PEOPLE)],
        roles=[
            Role(person=name, role=role, role_key=key, organization=ORG, evidence=evidence(text, sentence))
            for (name, role, key), sentence in zip(PEOPLE, sentences, strict=True)
        ],
    )
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(Article.from_text(text, url="https://example.org/amt"), facts, pipeline_version="test-1")
    with TestClient(create_app(Settings(store=tmp_path / "kg", sparql_workers=1))) as c:
        yield c


def test_detail_shows_the_first_members_of_the_full_list(org_client: TestClient) -> None:
    org = org_client.get("/organizations", params={"q": "Stadtentwicklung"}).json()["items"][0]["id"]
    every = org_client.get(f"/organizations/{org}/members").json()["items"]
    assert [(m["person"]["name"], m["role"]) for m in every] == [
        ("Anton Zeh", "Dezernent"),
        ("Anton Zeh", "Referent"),
        ("Ben Kurz", "Referent"),
        ("Mila Berg", "Sprecherin"),
        ("Zora Abel", "Leiterin"),
    ]
    cut = org_client.get(f"/organizations/{org}", params={"members_limit": 2}).json()
    assert cut["members"] == every[:2] and cut["members_total"] == 5
    assert org_client.get(f"/organizations/{org}").json()["members"] == every
