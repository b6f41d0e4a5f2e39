"""`kg ingest --workers N`, `kg extract --jsonl --workers N`: same results as one worker, whole articles."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import nlp.extract
import service.pool
from graph.store import KnowledgeStore
from nlp.facts import Facts
from nlp.pipeline import load_pipeline
from service.cli import EXIT_BAD_INPUT, EXIT_FAILED_RECORDS, EXIT_INTERRUPTED, app

ROOT = Path(__file__).resolve().parents[2]
TEN = Path(__file__).parent / "data" / "ten-articles.jsonl"
runner = CliRunner()


@pytest.fixture
def pipeline() -> Language:
    return load_pipeline()


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of three records, so ten articles keep both workers busy."""
    monkeypatch.setattr(service.pool, "CHUNK", 3)


def _quads(store: Path) -> set[str]:
    with KnowledgeStore(store) as kg:
        return {str(q) for q in kg.store}


def _ingest(source: Path, store: Path, workers: int) -> str:
    result = runner.invoke(app, ["ingest", str(source), "--store", str(store), "--workers", str(workers)])
    assert result.exit_code == 0, result.output
    return result.stderr


def _lines(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _records(count: int) -> list[dict[str, str]]:
    """`count` distinct records from the ten invented articles, each with a numbered sentence."""
    ten = [json.loads(line) for line in TEN.read_text(encoding="utf-8").splitlines()]
    return [{"id": f"nr-{i:03d}", "text": f"{ten[i % 10]['text']} Meldung Nummer {i}."} for i in range(count)]


def test_two_workers_store_the_same_quads_as_one(
    tmp_path: Path, pipeline: Language, small_chunks: None
) -> None:
    _ingest(TEN, tmp_path / "one", workers=1)
    _ingest(TEN, tmp_path / "two", workers=2)
    assert _quads(tmp_path / "one") == _quads(tmp_path / "two")


def test_two_workers_report_the_same_counts_as_one(
    tmp_path: Path, pipeline: Language, small_chunks: None
) -> None:
    assert "new 10, unchanged 0, replaced 0, failed 0" in _ingest(TEN, tmp_path / "store", workers=2)


def test_extract_jsonl_with_two_workers_prints_the_same_facts_as_one(
    pipeline: Language, small_chunks: None
) -> None:
    one = runner.invoke(app, ["extract", "--jsonl", str(TEN), "--workers", "1"])
    two = runner.invoke(app, ["extract", "--jsonl", str(TEN), "--workers", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    facts = [Facts.model_validate_json(line) for line in two.stdout.splitlines()]
    assert [f.id for f in facts] == [f"artikel-{i:02d}" for i in range(1, 11)]
    assert one.stdout == two.stdout


def test_a_failed_record_with_two_workers_is_named_and_counted(
    tmp_path: Path, pipeline: Language, small_chunks: None
) -> None:
    lines = TEN.read_text(encoding="utf-8").splitlines()
    src = tmp_path / "mit-fehler.jsonl"
    src.write_text("\n".join([*lines[:4], '{"id": "leer", "text": ""}', *lines[4:]]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(src), "--store", str(tmp_path / "store"), "--workers", "2"])
    assert result.exit_code == EXIT_FAILED_RECORDS
    assert f"failed: {src}:5:" in result.stderr
    assert "new 10, unchanged 0, replaced 0, failed 1" in result.stderr


def test_an_extraction_error_in_a_worker_fails_only_its_record(
    tmp_path: Path, pipeline: Language, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = nlp.extract.facts_from_doc

    def failing(doc: object, doc_id: str | None = None) -> Facts:
        if doc_id == "artikel-07":
            raise ValueError("interner Fehler des Modells")
        return real(doc, doc_id)  # type: ignore[arg-type]

    monkeypatch.setattr(nlp.extract, "facts_from_doc", failing)  # the forked workers inherit it
    result = runner.invoke(app, ["ingest", str(TEN), "--store", str(tmp_path / "store"), "--workers", "2"])
    assert result.exit_code == EXIT_FAILED_RECORDS
    assert f"{TEN}:7: extraction failed (ValueError: interner Fehler" in result.stderr
    assert "new 9, unchanged 0, replaced 0, failed 1" in result.stderr


def test_a_dead_worker_stops_the_ingest_with_whole_articles_only(
    tmp_path: Path, pipeline: Language, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = nlp.extract.facts_from_doc

    def crashing(doc: object, doc_id: str | None = None) -> Facts:
        if doc_id == "nr-020":
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return real(doc, doc_id)  # type: ignore[arg-type]

    records = _records(24)
    monkeypatch.setattr(nlp.extract, "facts_from_doc", crashing)
    store = tmp_path / "store"
    args = ["ingest", str(_lines(tmp_path / "a.jsonl", records)), "--store", str(store), "--workers", "2"]
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_BAD_INPUT
    assert "worker process ended abruptly" in result.stderr and "run the same command again" in result.stderr
    monkeypatch.setattr(nlp.extract, "facts_from_doc", real)
    stored = _count_articles(store)
    assert stored < 20
    _ingest(_lines(tmp_path / "prefix.jsonl", records[:stored]), tmp_path / "reference", workers=1)
    assert _quads(store) == _quads(tmp_path / "reference")


def _count_articles(store: Path) -> int:
    with KnowledgeStore(store) as kg:
        return len(kg.article_ids())


@pytest.mark.slow
def test_ctrl_c_stops_the_ingest_with_whole_articles_and_exit_130(tmp_path: Path, pipeline: Language) -> None:
    records = _records(300)
    source = _lines(tmp_path / "viele.jsonl", records)
    store = tmp_path / "store"
    command = [
        sys.executable,
        "-m",
        "service.cli",
        "ingest",
        str(source),
        "--store",
        str(store),
        "--workers",
        "2",
    ]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while not (store / "kg-generation").exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "interrupted: stopped by Ctrl-C" in stderr
    stored = _count_articles(store)
    assert 0 < stored < len(records)
    _ingest(_lines(tmp_path / "prefix.jsonl", records[:stored]), tmp_path / "reference", workers=1)
    assert _quads(store) == _quads(tmp_path / "reference")


def test_ingest_stores_a_facts_line_without_extracting_it(
    tmp_path: Path, pipeline: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus.article import Article
    from corpus.precomputed import facts_line

    article = Article.from_text("Die Ministerin Eva Roth besuchte Kassel.", id="roth")
    facts = Facts(id="roth", persons=[{"name": "Eva Roth", "mentions": [(15, 23)]}])  # type: ignore[list-item]
    src = tmp_path / "facts.jsonl"
    src.write_text(facts_line(article, facts, "test 1") + "\n", encoding="utf-8")

    def never(doc: object, doc_id: str | None = None) -> Facts:
        raise AssertionError("a facts line must not be extracted again")

    monkeypatch.setattr(nlp.extract, "facts_from_doc", never)
    assert "new 1," in _ingest(src, tmp_path / "store", workers=1)
    with KnowledgeStore(tmp_path / "store") as kg:
        names = {r["n"].value for r in kg.query("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }")}
    assert names == {"Eva Roth"}
