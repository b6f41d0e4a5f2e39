"""GET /expertise finds experts through what the articles say around their facts: the sentences the facts
were read from, and what an article says a person's project is about (an invented article of its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Evidence, Facts, Organization, Person, Project, ProjectLink, Quote, Role
from service.app import create_app
from service.settings import Settings

SENTENCES = [
    "Kurt Beispiel stellte auf dem Digitaltag das Projekt Lotse vor.",
    "„Lotse bringt die Telemedizin in die Dörfer“, sagte Mia Muster.",
    "Mia Muster, Leiterin des Bauamts, eröffnete eine Ausstellung über Holzbau.",
]
TEXT = " ".join(SENTENCES)


def ev(index: int) -> Evidence:
    start = TEXT.index(SENTENCES[index])
    return Evidence(sentence=SENTENCES[index], start=start, end=start + len(SENTENCES[index]), confidence=0.9)


def article() -> tuple[Article, Facts]:
    a = Article.from_text(TEXT, url="https://example.org/lotse", title="Lotse")
    facts = Facts(
        id=a.id,
        persons=[Person(name="Kurt Beispiel"), Person(name="Mia Muster")],
        organizations=[Organization(name="Bauamt")],
        projects=[Project(name="Lotse")],
        roles=[
            Role(
                person="Mia Muster",
                role="Leiterin",
                role_key="leitung",
                organization="Bauamt",
                evidence=ev(2),
            )
        ],
        quotes=[
            Quote(person="Mia Muster", quote="Lotse bringt die Telemedizin in die Dörfer", evidence=ev(1))
        ],
        project_links=[
            ProjectLink(person="Kurt Beispiel", project="Lotse", relation="presented", evidence=ev(0))
        ],
    )
    return a, facts


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = tmp_path_factory.mktemp("lotse") / "kg"
    with KnowledgeStore(store) as ks:
        ks.ingest(*article(), pipeline_version="test-1")
    with TestClient(create_app(Settings(store=Path(store), sparql_workers=1))) as c:
        yield c


def experts(client: TestClient, topic: str) -> dict[str, list[dict[str, Any]]]:
    """Person name -> evidence, for the persons ranked for `topic`."""
    body = client.get("/expertise", params={"topic": topic, "kind": "person"}).json()
    return {r["entity"]["name"]: r["evidence"] for r in body["items"]}


def test_what_the_article_says_about_a_project_ties_its_presenter_to_the_topic(client: TestClient) -> None:
    evidence = experts(client, "Telemedizin")["Kurt Beispiel"]
    assert evidence[0]["kind"] == "context" and evidence[0]["label"] == "Lotse"


def test_the_context_evidence_cites_the_sentence_about_the_project(client: TestClient) -> None:
    evidence = experts(client, "Telemedizin")["Kurt Beispiel"][0]["evidence"]
    assert SENTENCES[1] in {e["sentence"] for e in evidence}


def test_the_sentence_of_a_fact_ties_the_person_to_what_it_mentions(client: TestClient) -> None:
    evidence = experts(client, "Holzbau")["Mia Muster"]
    assert {e["kind"] for e in evidence} >= {"sentence"}


def test_a_topic_that_begins_a_compound_of_a_sentence_finds_the_person(client: TestClient) -> None:
    assert "Mia Muster" in experts(client, "Holz")  # "Holzbau"


def test_an_inflected_topic_finds_the_person(client: TestClient) -> None:
    assert "Mia Muster" in experts(client, "Ausstellungen")
