"""`kg curate` through the CLI runner on a real on-disk store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.store import KnowledgeStore
from service.cli import app
from tests.curation_data import ANNA, VERSION, article_a, article_b

runner = CliRunner()


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "kg"
    with KnowledgeStore(path) as ks:
        for make in (article_a, article_b):
            article, facts = make()
            ks.ingest(article, facts, pipeline_version=VERSION)
    return path


def curate(store: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["curate", *args, "--store", str(store)])
    return result.exit_code, result.stdout, result.stderr


def test_merge_prints_the_decision_and_list_shows_it(store: Path) -> None:
    code, out, _ = curate(
        store, "merge", "person/anne-weber", "person/anna-weber", "--curator", "Erika Muster"
    )
    decision = json.loads(out)
    assert code == 0 and decision["generated"] == ANNA and decision["curator"] == "Erika Muster"
    code, out, _ = curate(store, "list")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == [decision["id"]]


def test_undo_marks_the_decision_undone(store: Path) -> None:
    _, out, _ = curate(store, "merge", "person/anne-weber", "person/anna-weber")
    code, out, _ = curate(store, "undo", json.loads(out)["id"], "--curator", "Max Muster")
    assert code == 0 and json.loads(out)["undone_curator"] == "Max Muster"


def test_split_by_label(store: Path) -> None:
    code, out, _ = curate(store, "split", "org/stadt-musterhaus", "--label", "Stadt Musterhausen")
    assert code == 0 and json.loads(out)["name"] == "Stadt Musterhausen"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "person/anna-weber", "person/anna-weber"], "itself"),
        (["merge", "person/anna-weber", "org/stadt-musterhaus"], "cannot be merged"),
        (["merge", "person/anna-weber", "person/niemand"], "No entity"),
        (["merge", "anna", "person/anna-weber"], "KIND/ID"),
        (["split", "org/stadt-musterhaus"], "exactly one"),
        (["wrong", "person/anna-weber"], "No fact"),
        (["undo", "0123456789abcdef"], "No curation decision"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(store: Path, args: list[str], message: str) -> None:
    code, out, err = curate(store, *args)
    assert code == 2 and out == "" and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_missing_store_is_exit_2(tmp_path: Path) -> None:
    code, _, err = curate(tmp_path / "none", "list")
    assert code == 2 and "no store there" in err and not (tmp_path / "none").exists()
