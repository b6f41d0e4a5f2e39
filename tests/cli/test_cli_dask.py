"""`kg extract-dask` on a real (in-process) LocalCluster: facts shards that `kg ingest` stores as they are."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import LocalCluster
from spacy.language import Language
from typer.testing import CliRunner

from corpus.precomputed import FactsLine
from graph.store import KnowledgeStore
from nlp.pipeline import load_pipeline
from service.cli import EXIT_BAD_INPUT, EXIT_FAILED_RECORDS, app

runner = CliRunner()
ARTICLES = [
    {"id": "d1", "text": "Die Landrätin Petra Möller vom Landkreis Südheide eröffnete die Fachtagung."},
    {"id": "d2", "text": "Der Dekan Jörg Weiß sprach über das Projekt „Datenbrücke“."},
    {"id": "d3", "text": "Petra Möller, Landrätin des Landkreises Südheide, kündigte ein Förderprogramm an."},
    {"id": "d4", "text": "„Wir brauchen mehr Tempo“, sagte Bürgermeister Klaus Bauer aus Fulda."},
]


@pytest.fixture
def pipeline() -> Language:
    return load_pipeline()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A LocalCluster of one worker thread in this process (the model is loaded here already)."""
    load_pipeline()
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def _run(scheduler: str, source: Path, out: Path, shards: int = 2) -> str:
    args = ["extract-dask", str(source), "--out", str(out), "--scheduler", scheduler, "--shards", str(shards)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.stderr


def _quads(store: Path) -> set[str]:
    with KnowledgeStore(store) as kg:
        return {str(q) for q in kg.store}


def test_shards_hold_consecutive_articles_one_facts_line_each(
    scheduler: str, source: Path, tmp_path: Path
) -> None:
    _run(scheduler, source, tmp_path / "out")
    shards = sorted((tmp_path / "out").glob("facts-*.jsonl"))
    ids = [[FactsLine.model_validate_json(line).id for line in s.read_text().splitlines()] for s in shards]
    assert ids == [["d1", "d2"], ["d3", "d4"]]


def test_ingest_of_the_shards_stores_what_a_direct_ingest_stores(
    scheduler: str, source: Path, tmp_path: Path, pipeline: Language
) -> None:
    _run(scheduler, source, tmp_path / "out", shards=3)
    direct = runner.invoke(
        app, ["ingest", str(source), "--store", str(tmp_path / "direct"), "--workers", "1"]
    )
    shards = runner.invoke(app, ["ingest", str(tmp_path / "out"), "--store", str(tmp_path / "shards")])
    assert direct.exit_code == shards.exit_code == 0, shards.output
    assert _quads(tmp_path / "direct") == _quads(tmp_path / "shards")


def test_a_failed_record_is_named_counted_and_exits_3(scheduler: str, source: Path, tmp_path: Path) -> None:
    source.write_text(source.read_text(encoding="utf-8") + "kein json\n", encoding="utf-8")
    result = runner.invoke(
        app, ["extract-dask", str(source), "--out", str(tmp_path / "out"), "--scheduler", scheduler]
    )
    assert result.exit_code == EXIT_FAILED_RECORDS
    assert f"failed: {source}:5: not valid JSON" in result.stderr
    assert "articles 4, shards" in result.stderr and "failed 1" in result.stderr


def test_a_folder_with_shards_of_an_earlier_run_is_refused(
    scheduler: str, source: Path, tmp_path: Path
) -> None:
    _run(scheduler, source, tmp_path / "out")
    result = runner.invoke(
        app, ["extract-dask", str(source), "--out", str(tmp_path / "out"), "--scheduler", scheduler]
    )
    assert result.exit_code == EXIT_BAD_INPUT
    assert "already holds facts shards" in result.stderr
