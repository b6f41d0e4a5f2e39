"""The `kg` command line on bad and unusual input: exit codes, one-line messages, batches that go on."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import nlp.extract
from nlp.facts import Facts
from nlp.pipeline import load_pipeline
from service.cli import EXIT_BAD_INPUT, EXIT_FAILED_RECORDS, app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

GOOD = "Die Landrätin Petra Möller vom Landkreis Südheide eröffnete die Fachtagung."
OTHER = "Der Dekan Jörg Weiß sprach über das Projekt „Datenbrücke“."


def _write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _jsonl(path: Path, *lines: str) -> Path:
    return _write(path, "".join(line + "\n" for line in lines))


@pytest.fixture
def pipeline() -> Language:
    return load_pipeline()


@pytest.fixture
def small_pipeline(pipeline: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    monkeypatch.setattr(pipeline, "max_length", 300)
    return pipeline


def test_ingest_with_a_failed_record_exits_3(tmp_path: Path, pipeline: Language) -> None:
    src = _jsonl(tmp_path / "nachrichten.jsonl", json.dumps({"text": GOOD}), "kein json")
    result = runner.invoke(app, ["ingest", str(src), "--store", str(tmp_path / "store")])
    assert result.exit_code == EXIT_FAILED_RECORDS
    assert "new 1, unchanged 0, replaced 0, failed 1" in result.stderr


def test_ingest_names_a_failed_record_by_file_and_line(tmp_path: Path, pipeline: Language) -> None:
    src = _jsonl(tmp_path / "nachrichten.jsonl", json.dumps({"text": GOOD}), "kein json")
    result = runner.invoke(app, ["ingest", str(src), "--store", str(tmp_path / "store")])
    assert f"failed: {src}:2: not valid JSON" in result.stderr


def test_extract_jsonl_with_a_failed_record_exits_3_and_names_it(tmp_path: Path, pipeline: Language) -> None:
    src = _jsonl(tmp_path / "in.jsonl", json.dumps({"id": "a", "text": GOOD}), '{"id": "b", "text": ""}')
    result = runner.invoke(app, ["extract", "--jsonl", str(src)])
    assert result.exit_code == EXIT_FAILED_RECORDS
    assert f"{src}:2:" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]


def test_ingest_goes_on_after_an_extraction_error(
    tmp_path: Path, pipeline: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = nlp.extract.facts_from_doc

    def failing(doc: object, doc_id: str | None = None) -> Facts:
        if "Absturz" in str(doc):
            raise ValueError("interner Fehler des Modells")
        return real(doc, doc_id)  # type: ignore[arg-type]

    monkeypatch.setattr(nlp.extract, "facts_from_doc", failing)
    _write(tmp_path / "a.txt", "Der Absturz des Servers legte die Verwaltung lahm.")
    _write(tmp_path / "b.txt", GOOD)
    result = runner.invoke(app, ["ingest", str(tmp_path), "--store", str(tmp_path / "store")])
    assert result.exit_code == EXIT_FAILED_RECORDS
    assert f"{tmp_path / 'a.txt'}: extraction failed (ValueError: interner Fehler" in result.stderr
    assert "new 1, unchanged 0, replaced 0, failed 1" in result.stderr


def test_extract_of_a_text_over_max_length_succeeds(tmp_path: Path, small_pipeline: Language) -> None:
    text = "\n\n".join([GOOD, OTHER] * 4)
    result = runner.invoke(app, ["extract", str(_write(tmp_path / "lang.txt", text))])
    assert result.exit_code == 0, result.output
    persons = Facts.model_validate_json(result.stdout).persons
    assert all(text[s:e] in p.name for p in persons for s, e in p.mentions)


def test_ingest_of_a_text_over_max_length_stores_it_and_goes_on(
    tmp_path: Path, small_pipeline: Language
) -> None:
    _write(tmp_path / "a-lang.txt", "\n\n".join([GOOD, OTHER] * 4))
    _write(tmp_path / "b-kurz.txt", OTHER)
    result = runner.invoke(app, ["ingest", str(tmp_path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "new 2, unchanged 0, replaced 0, failed 0" in result.stderr


def test_random_binary_file_is_called_binary(tmp_path: Path) -> None:
    path = _write(tmp_path / "daten.bin", random.Random(3).randbytes(3000))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "binary data, not text" in result.stderr


def test_error_message_stays_on_one_line(tmp_path: Path) -> None:
    missing = tmp_path / ("ein-sehr-langer-ordnername-" * 4) / "artikel.txt"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert result.stderr.count("\n") == 1 and "artikel.txt" in result.stderr


def test_help_shows_no_type_placeholder_beside_flags() -> None:
    result = runner.invoke(app, ["eval", "--help"])
    assert result.exit_code == 0 and "--markdown" in result.stdout
    assert "<bool>" not in result.stdout


def test_help_documents_the_exit_code_of_failed_records() -> None:
    result = runner.invoke(app, ["ingest", "--help"])
    assert f"{EXIT_FAILED_RECORDS}  a batch finished, but records failed" in result.stdout


def test_sparql_update_points_to_kg_ingest(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sparql", "INSERT DATA { <a:s> <a:p> <a:o> }", "--store", str(tmp_path)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "kg ingest" in result.stderr and "POST /articles" not in result.stderr


def test_expertise_prints_no_debug_lines_of_a_library(tmp_path: Path, pipeline: Language) -> None:
    store = tmp_path / "store"
    sample = ROOT / "corpus" / "samples" / "s03-forschungsprojekt-flutwin.txt"
    assert runner.invoke(app, ["ingest", str(sample), "--store", str(store)]).exit_code == 0
    command = [sys.executable, "-m", "service.cli", "expertise", "Hochwasser", "--store", str(store)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "DEBUG" not in done.stderr
