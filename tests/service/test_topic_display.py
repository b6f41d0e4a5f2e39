"""Talk topics stored with leftovers of their sentence are served tidied (service/readmodel/load.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Event, Evidence, Facts, Person, Speaker
from service.app import create_app
from service.settings import Settings

TEXT = "Ida Beispiel sprach zum Thema „Gemeinsame Plattformen für kleine Kommunen“ beim Forum Nord."


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    a = Article.from_text(TEXT, url="https://example.org/forum", title="Forum Nord")
    ev = Evidence(sentence=TEXT, start=0, end=len(TEXT), confidence=0.9)
    topic = "Thema „Gemeinsame Plattformen für kleine Kommunen"  # as an older pipeline stored it
    facts = Facts(
        id=a.id,
        persons=[Person(name="Ida Beispiel")],
        events=[Event(name="Forum Nord")],
        speakers=[Speaker(person="Ida Beispiel", event="Forum Nord", topic=topic, evidence=ev)],
    )
    store = tmp_path_factory.mktemp("forum") / "kg"
    with KnowledgeStore(store) as ks:
        ks.ingest(a, facts, pipeline_version="test-1")
    with TestClient(create_app(Settings(store=Path(store), sparql_workers=1))) as c:
        yield c


def test_a_person_page_shows_the_topic_without_thema_and_quote(client: TestClient) -> None:
    talks = client.get("/persons/ida-beispiel").json()["talks"]
    assert [t["topic"] for t in talks] == ["Gemeinsame Plattformen für kleine Kommunen"]


def test_an_event_lists_the_tidied_topic(client: TestClient) -> None:
    event = client.get("/events", params={"q": "Forum"}).json()["items"][0]
    topics = client.get(f"/events/{event['id']}").json()["topics"]
    assert topics == ["Gemeinsame Plattformen für kleine Kommunen"]
