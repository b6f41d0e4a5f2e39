"""Compaction: the store rewritten by the bulk loader keeps every quad and its marker, in fewer bytes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.compact import compact, folder_bytes
from graph.errors import StoreError
from graph.generation import read_generation
from graph.store import KnowledgeStore
from tests.graph.synthetic import corpus

VERSION = "test-pipeline 0.1"


def _store(path: Path, articles: int = 40) -> Path:
    with KnowledgeStore(path) as ks:
        for article, facts in corpus(articles):
            ks.ingest(article, facts, pipeline_version=VERSION)
    return path


def _quads(path: Path) -> set[str]:
    return {str(q) for q in ox.Store.read_only(str(path))}


def test_compaction_keeps_every_quad(tmp_path: Path) -> None:
    store = _store(tmp_path / "kg")
    quads = _quads(store)
    result = compact(store)
    assert _quads(store) == quads and result.quads == len(quads)


def test_compaction_takes_fewer_bytes(tmp_path: Path) -> None:
    store = _store(tmp_path / "kg")
    del_wal = ox.Store(str(store))  # as a reader would find it: RocksDB drops the write-ahead log on open
    del del_wal
    before = folder_bytes(store)
    result = compact(store)
    assert result.bytes_after == folder_bytes(store) < 0.8 * before


def test_compaction_keeps_the_generation_marker_and_change_log(tmp_path: Path) -> None:
    store = _store(tmp_path / "kg", articles=3)
    marker, log = read_generation(store), (store / "kg-changes").read_bytes()
    compact(store)
    assert read_generation(store) == marker and (store / "kg-changes").read_bytes() == log
    assert not list(tmp_path.glob("kg.*"))  # no folder left beside it


def test_compacted_store_takes_new_articles(tmp_path: Path) -> None:
    store = _store(tmp_path / "kg", articles=3)
    compact(store)
    article, facts = list(corpus(4))[3]
    with KnowledgeStore(store) as ks:
        assert ks.ingest(article, facts, pipeline_version=VERSION) == "new"
        assert len(ks.article_ids()) == 4


def test_a_store_in_use_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    store = _store(tmp_path / "kg", articles=3)
    quads = _quads(store)
    with KnowledgeStore(store), pytest.raises(StoreError, match="Stop the server"):
        compact(store)
    assert _quads(store) == quads


def test_a_missing_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        compact(tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()
