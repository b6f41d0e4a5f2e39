"""`KnowledgeStore` on an Oxigraph server: the same quads as the embedded store, written per graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import StoreUnavailableError
from graph.export import export_store
from graph.generation import read_generation
from graph.remote_store import META_GRAPH, RemoteKnowledgeStore
from graph.store import KnowledgeStore
from tests.graph.conftest import BAJ_TEXT, DFKI, VERSION, baj_article, baj_facts
from tests.graph.test_store import _dfki_article
from tests.oxigraph_server import OxigraphServer, free_port

TEXT2 = BAJ_TEXT.replace("Die Fachtagung", "Die zweite Fachtagung")


def quads(ks: KnowledgeStore) -> set[ox.Quad]:
    return set(ks.store)


def test_a_url_opens_the_server(oxigraph: OxigraphServer) -> None:
    assert isinstance(KnowledgeStore(oxigraph.url), RemoteKnowledgeStore)
    assert isinstance(KnowledgeStore(Path(oxigraph.url)), RemoteKnowledgeStore)  # `--store` is a Path


def test_ingest_writes_the_quads_of_the_embedded_store(oxigraph: OxigraphServer) -> None:
    remote, local = KnowledgeStore(oxigraph.url), KnowledgeStore(None)
    for ks in (remote, local):
        assert ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION) == "new"
        assert ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION) == "unchanged"
    assert quads(remote) == quads(local)
    assert len(remote) == len(local)


def test_replacement_and_deletion_match_the_embedded_store(oxigraph: OxigraphServer) -> None:
    remote, local = KnowledgeStore(oxigraph.url), KnowledgeStore(None)
    for ks in (remote, local):
        ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
        assert ks.ingest(baj_article(TEXT2), baj_facts(TEXT2), pipeline_version=VERSION) == "replaced"
    assert quads(remote) == quads(local)
    assert remote.article_ids() == [baj_article(TEXT2).id]
    assert remote.delete(baj_article(TEXT2).id) and local.delete(baj_article(TEXT2).id)
    assert quads(remote) == quads(local) == set()
    assert remote.delete(baj_article(TEXT2).id) is False


def test_one_article_is_one_named_graph(oxigraph: OxigraphServer) -> None:
    ks = KnowledgeStore(oxigraph.url)
    ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    (graph,) = ks.graphs_of(baj_article().id)
    graphs = {g.value for g in ks.store.named_graphs()}
    assert graph in graphs and META_GRAPH not in graphs


def test_resolution_reads_the_entities_of_the_server(oxigraph: OxigraphServer) -> None:
    """A second process (a new store object) merges 'DFKI' into the node the first one wrote."""
    first, second = _dfki_article("https://example.org/a"), _dfki_article("https://example.org/b", "DFKI", ())
    KnowledgeStore(oxigraph.url).ingest(*first, pipeline_version=VERSION)
    reopened = KnowledgeStore(oxigraph.url)
    reopened.ingest(*second, pipeline_version=VERSION)
    local = KnowledgeStore(None)
    for article, facts in (first, second):
        local.ingest(article, facts, pipeline_version=VERSION)
    assert quads(reopened) == quads(local)
    rows = reopened.query(f'SELECT DISTINCT ?o WHERE {{ ?o a org:Organization ; skos:prefLabel "{DFKI}" }}')
    assert len(list(rows)) == 1


def test_the_generation_marker_moves_with_each_write_only(oxigraph: OxigraphServer) -> None:
    ks = KnowledgeStore(oxigraph.url)
    assert read_generation(oxigraph.url) is None
    ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    first = read_generation(Path(oxigraph.url))
    ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)  # unchanged
    assert read_generation(oxigraph.url) == first is not None
    ks.delete(baj_article().id)
    assert read_generation(oxigraph.url) not in (None, first)


def test_a_write_cut_off_after_its_put_is_redone(
    oxigraph: OxigraphServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ks = KnowledgeStore(oxigraph.url)
    assert isinstance(ks, RemoteKnowledgeStore)

    def lost(update: str, **_: object) -> None:
        raise StoreUnavailableError("connection lost")

    with monkeypatch.context() as m:
        m.setattr(ks.remote, "update", lost)
        with pytest.raises(StoreUnavailableError):
            ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    assert ks.article_ids()  # the graph is there, without its fingerprint
    assert KnowledgeStore(oxigraph.url).ingest(baj_article(), baj_facts(), pipeline_version=VERSION) == "new"
    local = KnowledgeStore(None)
    local.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    assert quads(ks) == quads(local)


def test_the_first_writer_s_label_wins(oxigraph: OxigraphServer) -> None:
    """Two writers that each resolved an entity on their own do not give it two preferred labels."""
    a, b = KnowledgeStore(oxigraph.url), KnowledgeStore(oxigraph.url)  # both opened on an empty store
    a.ingest(*_dfki_article("https://example.org/a"), pipeline_version=VERSION)
    b.ingest(*_dfki_article("https://example.org/b", f"{DFKI} GmbH"), pipeline_version=VERSION)
    rows = a.query(
        "SELECT ?e (COUNT(DISTINCT ?a) AS ?articles) (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?l) AS ?labels) "
        "WHERE { ?a schema:mentions ?e . ?e a org:Organization ; skos:prefLabel ?l } GROUP BY ?e"
    )
    [(articles, label, labels)] = [
        (int(r["articles"].value), r["label"].value, int(r["labels"].value)) for r in rows
    ]
    assert (articles, label, labels) == (2, DFKI, 1)


def test_an_unreachable_server_is_a_store_error_naming_it(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailableError, match=url):
        KnowledgeStore(url)


def test_export_has_the_statements_of_the_embedded_store(oxigraph: OxigraphServer) -> None:
    remote, local = KnowledgeStore(oxigraph.url), KnowledgeStore(None)
    for ks in (remote, local):
        ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    turtle = [set(ox.parse(export_store(ks, "ttl"), format=ox.RdfFormat.TURTLE)) for ks in (remote, local)]
    assert turtle[0] == turtle[1]  # the generation marker is bookkeeping, not knowledge
