"""`kg compact`: the store rewritten in fewer bytes; a missing or busy store is one line and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from typer.testing import CliRunner

from graph.store import KnowledgeStore
from service.cli import app
from tests.graph.synthetic import corpus

runner = CliRunner()


def _store(path: Path) -> Path:
    with KnowledgeStore(path) as ks:
        for article, facts in corpus(5):
            ks.ingest(article, facts, pipeline_version="test-1")
    return path


def test_compact_reports_quads_and_sizes(tmp_path: Path) -> None:
    store = _store(tmp_path / "kg")
    quads = len(ox.Store.read_only(str(store)))
    result = runner.invoke(app, ["compact", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert f"compacted {quads:,} quads" in result.output and "MB ->" in result.output


def test_compact_of_a_missing_store_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compact", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no store at" in result.output and "Traceback" not in result.output


def test_compact_of_a_store_in_use_exits_2(tmp_path: Path) -> None:
    store = _store(tmp_path / "kg")
    with KnowledgeStore(store):
        result = runner.invoke(app, ["compact", "--store", str(store)])
    assert result.exit_code == 2 and "Stop the server" in result.output
