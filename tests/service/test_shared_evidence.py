"""Facts of one sentence share its evidence node in the store; the API still gives each its evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.store import KnowledgeStore
from service.app import create_app
from service.settings import Settings
from tests.graph.conftest import VERSION, baj_article, baj_facts, evidence


@pytest.fixture()
def baj_client(tmp_path: Path) -> Iterator[TestClient]:
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    with TestClient(create_app(Settings(store=tmp_path / "kg", sparql_workers=1))) as c:
        yield c


def test_role_and_talk_of_one_sentence_each_show_it_with_offsets(baj_client: TestClient) -> None:
    ev = evidence(baj_article().text, "Eleonore Baj")
    person = baj_client.get("/persons/eleonore-baj").json()
    role, talk = person["role_facts"][0], person["talks"][0]
    for fact in (role, talk):
        assert [(e["sentence"], e["start"], e["end"], e["confidence"]) for e in fact["evidence"]] == [
            (ev.sentence, ev.start, ev.end, ev.confidence)
        ]
