"""networkx view: typed nodes, fact edges with evidence, paths, centrality, communities."""

from __future__ import annotations

import pytest

from graph import nxview
from graph.errors import GraphError
from graph.store import KnowledgeStore
from tests.graph.conftest import CITY, VERSION, baj_article, baj_facts


@pytest.fixture
def g(kstore: KnowledgeStore):
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    return nxview.build_graph(kstore)


def test_nodes_are_typed(g) -> None:
    types = {g.nodes[nxview.find_node(g, name)]["type"] for name in ("Eleonore Baj", CITY, "Akrima")}
    assert types == {"person", "organization", "project"}


def test_membership_edge_carries_role_and_evidence(g) -> None:
    baj = nxview.find_node(g, "Eleonore Baj")
    edges = [d for _, _, d in g.out_edges(baj, data=True) if d["kind"] == "membership"]
    assert edges[0]["title"] == "Leiterin"
    assert edges[0]["sentence"].startswith("Eleonore Baj")


def test_connection_path_has_evidence_per_hop(g) -> None:
    hops = nxview.connection(g, "Eleonore Baj", CITY)
    assert [h["to_label"] for h in hops][-1] == CITY
    assert all(any("kind" in e for e in h["edges"]) for h in hops)
    assert hops[0]["edges"][0]["sentence"]


def test_unconnected_entities_raise(g) -> None:
    with pytest.raises(GraphError, match="no connection"):
        nxview.connection(g, "Eleonore Baj", "Akrima")


def test_event_is_most_central(g) -> None:
    scores = nxview.centrality(g)
    top = max(scores, key=lambda n: scores[n]["betweenness"])
    assert g.nodes[top]["type"] == "event"


def test_communities_cover_all_entities(g) -> None:
    found = nxview.communities(g)
    assert set().union(*found) == set(nxview.entities_only(g))
