"""The expertise targets on ../shared/corpus through the real pipeline: who knows about crisis management,
multicopters, telemedicine and cyber attacks, among the first five answers of GET /expertise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corpus.loader import iter_articles
from graph.store import KnowledgeStore
from nlp.extract import extract_batch
from nlp.pipeline import load_pipeline, pipeline_version
from service.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: clone the project beside ../shared (this test never skips).")
    store = tmp_path_factory.mktemp("shared") / "kg"
    nlp = load_pipeline()
    articles = [item.article for item in iter_articles([SHARED]) if item.article]
    with KnowledgeStore(store) as ks:
        for a, facts in zip(
            articles, extract_batch(((a.id, a.text) for a in articles), nlp=nlp), strict=True
        ):
            ks.ingest(a, facts, pipeline_version=pipeline_version(nlp))
    with TestClient(create_app(Settings(store=store, sparql_workers=1))) as c:
        yield c


def top_five(client: TestClient, topic: str) -> list[str]:
    body = client.get("/expertise", params={"topic": topic, "page_size": 5}).json()
    return [r["entity"]["name"] for r in body["items"]]


@pytest.mark.parametrize("topic", ["Krisenmanagement", "Krise"])
def test_crisis_management_finds_its_three_experts(client: TestClient, topic: str) -> None:
    assert {"Eleonore Baj", "Jan Ole Berndt", "Martin Memmel"} <= set(top_five(client, topic))


@pytest.mark.parametrize(
    ("topic", "person"),
    [("Multikopter", "Mark Denzer"), ("Telemedizin", "Sonja Gröntgen"), ("Cyberangriff", "Laura Fauß")],
)
def test_a_specific_topic_finds_its_speaker(client: TestClient, topic: str, person: str) -> None:
    assert person in top_five(client, topic)
