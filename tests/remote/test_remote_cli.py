"""`kg ingest`, `kg sparql`, `kg person` and `kg export` with `--store http://HOST:PORT`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph.remote_store import META_GRAPH
from graph.store import KnowledgeStore
from service.cli import app
from tests.oxigraph_server import OxigraphServer, oxigraph_binary
from tests.service.loopback import Listener

runner = CliRunner()
ARTICLES = Path(__file__).parent / "data" / "lindenfeld.jsonl"  # three invented articles
PERSONS = "SELECT ?n WHERE { ?p a schema:Person ; skos:prefLabel ?n } ORDER BY ?n"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """A store server that `kg ingest --store URL` filled with the three articles."""
    if oxigraph_binary() is None:
        pytest.skip("the `oxigraph` command is not installed (pip install oxigraph)")
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "db", timeout_s=10) as srv:
        result = runner.invoke(app, ["ingest", str(ARTICLES), "--store", srv.url])
        assert result.exit_code == 0, result.output
        assert "new 3, unchanged 0, replaced 0, failed 0" in result.output
        yield srv


def test_ingest_stores_what_the_embedded_store_stores(server: OxigraphServer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(ARTICLES), "--store", str(tmp_path / "kg")])
    assert result.exit_code == 0, result.output
    with KnowledgeStore(tmp_path / "kg") as local:
        assert set(KnowledgeStore(server.url).store) == set(local.store)


def test_ingest_again_is_unchanged(server: OxigraphServer) -> None:
    result = runner.invoke(app, ["ingest", str(ARTICLES), "--store", server.url])
    assert result.exit_code == 0 and "new 0, unchanged 3" in result.output


def test_sparql_json(server: OxigraphServer) -> None:
    result = runner.invoke(app, ["sparql", PERSONS, "--store", server.url, "--format", "json"])
    assert result.exit_code == 0, result.output
    names = [b["n"]["value"] for b in json.loads(result.stdout)["results"]["bindings"]]
    assert names == ["Johanna Keller", "Martina Oswald", "Paul Brenner"]


def test_sparql_table(server: OxigraphServer) -> None:
    result = runner.invoke(app, ["sparql", PERSONS, "--store", server.url])
    assert result.exit_code == 0 and "Martina Oswald" in result.stdout


def test_sparql_refuses_service_without_a_connection(server: OxigraphServer) -> None:
    witness = Listener()
    try:
        query = f"SELECT * WHERE {{ SERVICE <{witness.url}> {{ ?s ?p ?o }} }}"
        result = runner.invoke(app, ["sparql", query, "--store", server.url])
        assert result.exit_code == 2 and "SERVICE" in result.output
        assert witness.seen() == 0
    finally:
        witness.close()


def test_sparql_refuses_update(server: OxigraphServer) -> None:
    result = runner.invoke(app, ["sparql", "DROP ALL", "--store", server.url])
    assert result.exit_code == 2 and f"kg ingest PATH --store {server.url}" in result.output
    assert len(KnowledgeStore(server.url)) > 0


def test_person_profile(server: OxigraphServer) -> None:
    result = runner.invoke(app, ["person", "Brenner", "--store", server.url])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["name"] == "Paul Brenner"


def test_export_leaves_out_the_bookkeeping_graph(server: OxigraphServer) -> None:
    result = runner.invoke(app, ["export", "--store", server.url, "--format", "nq"])
    assert result.exit_code == 0
    graphs = {q.graph_name.value for q in ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_QUADS)}
    assert len(graphs) == 4 and META_GRAPH not in graphs  # three articles and the entities


def test_replaced_and_deleted_article(server: OxigraphServer, tmp_path: Path) -> None:
    first = json.loads(ARTICLES.read_text(encoding="utf-8").splitlines()[1])
    first["text"] = first["text"].replace("Hitzeschutz in Schulen", "Hitzeschutz in Kitas")
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(changed), "--store", server.url])
    assert result.exit_code == 0 and "replaced 1" in result.output
    ks = KnowledgeStore(server.url)
    assert len(ks.graphs_of(first["id"])) == 1
    assert ks.delete(first["id"])
    result = runner.invoke(app, ["sparql", PERSONS, "--store", server.url, "--format", "csv"])
    assert result.stdout.splitlines() == ["n", "Johanna Keller", "Paul Brenner"]


def test_an_unreachable_server_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(ARTICLES), "--store", "http://127.0.0.1:9"])
    assert result.exit_code == 2 and "http://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output
