"""The store's generation marker: every write changes it, so other processes notice cheaply."""

from __future__ import annotations

from pathlib import Path

from graph.generation import read_generation
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
