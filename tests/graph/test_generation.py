"""The store's generation marker and change log: every write changes the marker and logs its graphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import generation
from graph.generation import changes_since, mark_written, marker_seq, read_generation
from graph.store import KnowledgeStore
from tests.graph.conftest import VERSION, baj_article, baj_facts


def test_new_store_has_no_marker_until_written(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg"):
        pass
    assert read_generation(tmp_path / "kg") is None


def test_ingest_changes_the_marker(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
        first = read_generation(tmp_path / "kg")
        ks.ingest(baj_article(), baj_facts(), pipeline_version="other")  # replaced
        second = read_generation(tmp_path / "kg")
    assert first is not None and second is not None and first != second


def test_unchanged_ingest_keeps_the_marker(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
        before = read_generation(tmp_path / "kg")
        assert ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION) == "unchanged"
    assert read_generation(tmp_path / "kg") == before


def test_delete_changes_the_marker(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        article = baj_article()
        ks.ingest(article, baj_facts(), pipeline_version=VERSION)
        before = read_generation(tmp_path / "kg")
        assert ks.delete(article.id)
    assert read_generation(tmp_path / "kg") != before


def test_marker_of_a_store_that_does_not_exist_is_none(tmp_path: Path) -> None:
    assert read_generation(tmp_path / "nirgends") is None


def logged(store: Path) -> list[tuple[str, str]]:
    changes = changes_since(store, 0, marker_seq(read_generation(store)))
    assert changes is not None
    return [(c.op, c.article) for c in changes]


def test_each_write_logs_its_article_and_operation(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    with KnowledgeStore(store) as ks:
        article = baj_article()
        ks.ingest(article, baj_facts(), pipeline_version=VERSION)
        ks.ingest(article, baj_facts(), pipeline_version=VERSION)  # unchanged: not logged
        ks.ingest(article, baj_facts(), pipeline_version="other")
        ks.delete(article.id)
    assert logged(store) == [("add", article.id), ("replace", article.id), ("delete", article.id)]
    assert marker_seq(read_generation(store)) == 3


def test_the_log_names_the_article_graph(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    with KnowledgeStore(store) as ks:
        ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
        graphs = ks.graphs_of(baj_article().id)
    changes = changes_since(store, 0, 1)
    assert changes is not None and [c.graph for c in changes] == graphs


def test_entries_after_the_last_seen_one(tmp_path: Path) -> None:
    mark_written(tmp_path, [("add", f"g{i}", f"a{i}") for i in range(5)])
    changes = changes_since(tmp_path, 3, 5)
    assert changes is not None and [c.graph for c in changes] == ["g3", "g4"]
    assert changes_since(tmp_path, 5, 5) == []


def test_a_log_rotated_past_the_last_seen_entry_asks_for_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generation, "MAX_LOG_BYTES", 50)
    for i in range(10):
        mark_written(tmp_path, [("add", f"https://kg.example.org/graph/{i}", str(i))])
    upto = marker_seq(read_generation(tmp_path))
    assert upto == 10
    assert changes_since(tmp_path, 0, upto) is None
    recent = changes_since(tmp_path, 8, upto)
    assert recent is not None and [c.article for c in recent] == ["8", "9"]


def test_a_marker_without_log_position_reads_as_zero() -> None:
    assert marker_seq("0123abcd") == 0 and marker_seq(None) == 0 and marker_seq("ab 12") == 12


def test_a_long_log_is_read_from_its_end(tmp_path: Path) -> None:
    mark_written(tmp_path, [("add", f"https://kg.example.org/graph/{i:06d}", f"a{i}") for i in range(3000)])
    changes = changes_since(tmp_path, 2990, 3000)
    assert changes is not None and [c.article for c in changes] == [f"a{i}" for i in range(2990, 3000)]
    everything = changes_since(tmp_path, 0, 3000)
    assert everything is not None and len(everything) == 3000 and everything[0].article == "a0"
