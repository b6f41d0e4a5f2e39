"""The network /connections walks (service/readmodel/network.py) is the networkx view's
(graph/nxview.py, `entities_only`): the same entities, joined by the same edges."""

from __future__ import annotations

from pathlib import Path

from graph.nxview import build_graph, entities_only
from graph.store import KnowledgeStore
from service.readmodel.model import ReadModel
from service.readmodel.network import edges, shortest_paths
from tests.service.incremental import pool


def test_the_read_models_network_is_the_networkx_view(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        for article, facts in pool(3):
            ks.ingest(article, facts, pipeline_version="test-1")
        g = entities_only(build_graph(ks))
        model = ReadModel.from_store(ks.store)
    assert set(g.nodes) == set(model.entities)
    expected = {(u, v, data["kind"]) for u, v, data in g.edges(data=True)}
    assert {(e.source, e.target, e.kind) for iri in model.entities for e in edges(model, iri)} == expected


def test_paths_are_shortest_and_stable(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        for article, facts in pool(3)[:6]:
            ks.ingest(article, facts, pipeline_version="test-1")
        model = ReadModel.from_store(ks.store)
    persons = [e.iri for e in model.of_kind("person")]
    for a, b in zip(persons, persons[1:], strict=False):
        paths = shortest_paths(model, a, b, 5)
        assert paths == shortest_paths(model, a, b, 5)
        assert len({len(p) for p in paths}) <= 1 and all(p[0] == a and p[-1] == b for p in paths)
