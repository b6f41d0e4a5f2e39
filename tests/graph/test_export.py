"""Exports round-trip: Turtle/TriG/N-Quads/JSON-LD parse back, CSV lists memberships with sentences."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from graph.errors import GraphError
from graph.export import export
from graph.store import KnowledgeStore
from graph.validate import union_graph
from tests.graph.conftest import VERSION, baj_article, baj_facts


@pytest.fixture
def filled(kstore: KnowledgeStore) -> KnowledgeStore:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    return kstore


def test_trig_keeps_every_quad_and_graph(filled: KnowledgeStore, tmp_path: Path) -> None:
    path = export(filled, tmp_path / "kg.trig")
    back = ox.Store()
    back.load(path=str(path), format=ox.RdfFormat.TRIG)
    assert set(back) == set(filled.store)


def test_nquads_keeps_every_quad(filled: KnowledgeStore, tmp_path: Path) -> None:
    path = export(filled, tmp_path / "kg.nq")
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(filled)


def test_turtle_is_isomorphic_to_union_graph(filled: KnowledgeStore, tmp_path: Path) -> None:
    path = export(filled, tmp_path / "kg.ttl")
    back = rdflib.Graph().parse(path, format="turtle")
    assert isomorphic(back, union_graph(filled))


def test_jsonld_has_context_and_same_triples(filled: KnowledgeStore, tmp_path: Path) -> None:
    path = export(filled, tmp_path / "kg.jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["org"] == "http://www.w3.org/ns/org#"
    back = set(ox.parse(path=str(path), format=ox.RdfFormat.JSON_LD))
    assert len(back) == len(union_graph(filled))


def test_csv_lists_membership_with_role_and_sentence(filled: KnowledgeStore, tmp_path: Path) -> None:
    path = export(filled, tmp_path / "memberships.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    baj = [r for r in rows if r["person"] == "Eleonore Baj"]
    assert len(baj) == 1
    assert baj[0]["job_title"] == "Leiterin"
    assert baj[0]["organization"].startswith("Stabsstelle Notfall- und Krisenmanagement")
    assert baj[0]["sentence"].startswith("Eleonore Baj, Leiterin")


@pytest.mark.parametrize("ext", ["graphml", "gexf"])
def test_network_formats_load_in_networkx(filled: KnowledgeStore, tmp_path: Path, ext: str) -> None:
    import networkx as nx

    path = export(filled, tmp_path / f"kg.{ext}")
    g = nx.read_graphml(path) if ext == "graphml" else nx.read_gexf(path)
    assert g.number_of_edges() >= 6


def test_unknown_format_is_rejected(filled: KnowledgeStore, tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="unknown export format"):
        export(filled, tmp_path / "kg.xlsx")
