"""The shared real-article corpus (gold facts, no spaCy): idempotent ingest, valid shapes, Baj's role."""

from __future__ import annotations

import pytest

from graph.store import KnowledgeStore
from graph.validate import check
from tests.graph.gold import SHARED, shared_pairs
from tests.graph.test_sparql import MEMBERSHIPS

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module", autouse=True)
def _require_shared() -> None:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: clone the project beside ../shared (this test never skips).")


@pytest.fixture(scope="module")
def shared_store() -> KnowledgeStore:
    ks = KnowledgeStore(None)
    for article, facts in shared_pairs():
        assert ks.ingest(article, facts, pipeline_version="gold") == "new"
    return ks


def test_ingesting_twice_keeps_triple_count(shared_store: KnowledgeStore) -> None:
    before = len(shared_store)
    statuses = {shared_store.ingest(a, f, pipeline_version="gold") for a, f in shared_pairs()}
    assert statuses == {"unchanged"}
    assert len(shared_store) == before


def test_shared_corpus_conforms_to_shapes(shared_store: KnowledgeStore) -> None:
    report = check(shared_store)
    assert report.conforms, report.text[:3000]


def test_baj_is_leiterin_of_the_unit_of_the_city_administration(shared_store: KnowledgeStore) -> None:
    rows = list(shared_store.query(MEMBERSHIPS))
    assert any(
        r["title"].value == "Leiterin"
        and r["unitLabel"].value.startswith("Stabsstelle Notfall- und Krisenmanagement")
        and r["parentLabel"].value == "Stadtverwaltung Kaiserslautern"
        and "Baj" in r["sentence"].value
        for r in rows
    )


def test_stadt_koeln_in_two_articles_is_one_node_with_both_sources(shared_store: KnowledgeStore) -> None:
    rows = list(
        shared_store.query("""SELECT DISTINCT ?org ?a WHERE { ?org skos:prefLabel "Stadt Köln" .
            ?a schema:mentions ?org }""")
    )
    assert len({r["org"] for r in rows}) == 1
    assert len({r["a"] for r in rows}) >= 2
