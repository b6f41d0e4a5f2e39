"""End to end through the real pipeline: ../shared/corpus and corpus/samples into one on-disk graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import iter_articles
from graph.store import KnowledgeStore
from nlp.extract import extract_batch
from nlp.pipeline import load_pipeline, pipeline_version
from tests.graph.test_sparql import MEMBERSHIPS

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
pytestmark = pytest.mark.shared


def _ingest_all(store: KnowledgeStore) -> list[str]:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: clone the project beside ../shared (this test never skips).")
    nlp = load_pipeline()
    articles = [item.article for item in iter_articles([ROOT / "corpus" / "samples", SHARED]) if item.article]
    facts = extract_batch(((a.id, a.text) for a in articles), nlp=nlp)
    return [
        store.ingest(a, f, pipeline_version=pipeline_version(nlp))
        for a, f in zip(articles, facts, strict=True)
    ]


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> tuple[KnowledgeStore, int]:
    store = KnowledgeStore(tmp_path_factory.mktemp("kg") / "store")
    statuses = _ingest_all(store)
    assert set(statuses) == {"new"}
    return store, len(store)


def test_second_ingest_keeps_the_triple_count(graph: tuple[KnowledgeStore, int]) -> None:
    store, count = graph
    assert set(_ingest_all(store)) == {"unchanged"}
    assert len(store) == count


def test_baj_is_leiterin_of_the_unit_within_the_city_administration(
    graph: tuple[KnowledgeStore, int],
) -> None:
    store, _ = graph
    rows = list(store.query(MEMBERSHIPS))
    assert rows, "no membership of Eleonore Baj"
    row = rows[0]
    assert row["title"].value == "Leiterin"
    assert row["unitLabel"].value.startswith("Stabsstelle Notfall- und Krisenmanagement")
    assert "Eleonore Baj" in row["sentence"].value
    # "Stadt X" and "Stadtverwaltung X" are one node (graph/README.md); both names label it.
    labels = {
        r["l"].value
        for r in store.query("""
        SELECT DISTINCT ?l WHERE {
          ?unit skos:prefLabel ?u ; org:subOrganizationOf ?parent .
          FILTER(STRSTARTS(?u, "Stabsstelle Notfall- und Krisenmanagement"))
          ?parent skos:prefLabel|skos:altLabel ?l .
        }""")
    }
    assert "Stadtverwaltung Kaiserslautern" in labels


def test_dfki_is_one_node_citing_every_article_that_names_it(graph: tuple[KnowledgeStore, int]) -> None:
    store, _ = graph
    naming = {p.stem for p in SHARED.glob("*.txt") if "DFKI" in p.read_text(encoding="utf-8")}
    rows = list(
        store.query("""
        SELECT DISTINCT ?org ?article WHERE {
          ?org a org:Organization ; skos:altLabel|skos:prefLabel "DFKI" .
          ?article schema:mentions ?org .
        }""")
    )
    assert len({r["org"].value for r in rows}) == 1
    assert len({r["article"].value for r in rows}) >= len(naming)


def test_graph_from_real_extraction_conforms_to_the_shapes(graph: tuple[KnowledgeStore, int]) -> None:
    from graph.validate import check

    report = check(graph[0])
    assert report.conforms, report.text[:2000]
