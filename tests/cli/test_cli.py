"""The `kg` command line: the facts JSON contract, batch JSONL, ingest, SPARQL, export, eval and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.facts import Facts
from service.cli import app

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus" / "samples"
runner = CliRunner()

SENTENCE = "Die Landrätin Petra Möller vom Landkreis Südheide eröffnete die Fachtagung."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store")
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_extract_prints_the_facts_contract(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    facts = Facts.model_validate_json(result.stdout)
    assert "Petra Möller" in [p.name for p in facts.persons]


def test_extract_reads_stdin() -> None:
    result = runner.invoke(app, ["extract", "-"], input=SENTENCE)
    assert result.exit_code == 0, result.output
    assert Facts.model_validate_json(result.stdout).persons


def test_extract_jsonl_keeps_ids(tmp_path: Path) -> None:
    lines = [
        {"id": "eins", "text": SENTENCE},
        {"id": "zwei", "text": "Jörg Weiß sprach über das Projekt „Datenbrücke“."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    result = runner.invoke(app, ["extract", "--jsonl", str(src)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["eins", "zwei"]


def test_missing_file_is_one_line_and_exit_2() -> None:
    result = runner.invoke(app, ["extract", "/nonexistent/artikel.txt"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "artikel.txt" in result.output


def test_empty_input_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_undecodable_input_exits_2(tmp_path: Path) -> None:
    binary = tmp_path / "kaputt.txt"
    binary.write_bytes(b"\x00\x01\x02\xff\xfe" * 20)
    result = runner.invoke(app, ["extract", str(binary)])
    assert result.exit_code == 2


def test_ingest_twice_reports_unchanged(store: Path) -> None:
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "unchanged 8" in result.output


def test_sparql_returns_persons_of_the_samples(store: Path) -> None:
    query = "SELECT DISTINCT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }"
    result = runner.invoke(app, ["sparql", query, "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    names = result.stdout.splitlines()[1:]
    assert "Sabine Hartmann-Krause" in [n.strip() for n in names]


def test_sparql_update_is_refused(store: Path) -> None:
    result = runner.invoke(app, ["sparql", "DELETE WHERE { ?s ?p ?o }", "--store", str(store)])
    assert result.exit_code == 2


def test_sparql_on_missing_store_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sparql", "ASK {}", "--store", str(tmp_path / "nichts")])
    assert result.exit_code == 2
    assert "kg ingest" in result.output


def test_export_turtle(store: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "ttl", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "org:Membership" in result.stdout or "ns/org#Membership" in result.stdout


def test_eval_on_the_samples_prints_f1() -> None:
    result = runner.invoke(app, ["eval", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    assert "persons" in result.stdout and "F1" in result.stdout


def test_person_prints_roles_with_evidence(store: Path) -> None:
    result = runner.invoke(app, ["person", "Hartmann-Krause", "--store", str(store)])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout.splitlines()[0])
    assert profile["name"] == "Sabine Hartmann-Krause"
    assert profile["roles"]


def test_unknown_person_exits_2(store: Path) -> None:
    result = runner.invoke(app, ["person", "Niemand Unbekannt", "--store", str(store)])
    assert result.exit_code == 2
    assert "Niemand" in result.output


def test_expertise_ranks_someone_for_a_sample_topic(store: Path) -> None:
    result = runner.invoke(app, ["expertise", "Hochwasser", "--store", str(store)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and rows[0]["evidence"]
