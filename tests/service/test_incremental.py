"""A write moves the derived data forward (service/live.py): after any sequence of adds, replaces and
deletes, the updated read model, views, search and expertise indexes equal a fresh build of the store."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph import generation
from graph.generation import changes_since, marker_seq, read_generation
from graph.store import KnowledgeStore
from service import cowmap, live
from service.app import create_app
from service.settings import Settings
from tests.bench import synthetic as bench
from tests.service.conftest import TOKEN, auth
from tests.service.incremental import (
    answers,
    differences,
    index_state,
    model_state,
    pool,
    variant,
    views_state,
)

VERSION = "test-1"


def built(store: KnowledgeStore, seq: int = 0) -> live.Snapshot:
    """A snapshot built from the whole store, with both indexes."""
    return live.with_expertise(live.with_search(live.build(store.store, seq)))


def fresh(store: KnowledgeStore) -> live.Snapshot:
    return built(store)


def step(store: KnowledgeStore, snapshot: live.Snapshot) -> live.Snapshot:
    """The snapshot moved forward by the store's change log."""
    assert store.path is not None
    upto = marker_seq(read_generation(store.path))
    changes = changes_since(store.path, snapshot.seq, upto)
    assert changes is not None
    return live.advance(snapshot, store.store, {c.graph for c in changes}, upto)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_updates_equal_a_fresh_build(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    articles = pool(seed)
    stored: dict[str, tuple[object, object]] = {}
    with KnowledgeStore(tmp_path / "kg") as ks:
        for article, facts in articles[: len(articles) // 2]:
            ks.ingest(article, facts, pipeline_version=VERSION)
            stored[article.url or article.id] = (article, facts)
        snapshot = built(ks, marker_seq(read_generation(tmp_path / "kg")))
        for n in range(14):
            op = rng.choice(["add", "add", "replace", "delete"])
            if op == "add" and len(stored) < len(articles):
                article, facts = next(a for a in articles if (a[0].url or a[0].id) not in stored)
                ks.ingest(article, facts, pipeline_version=VERSION)
                stored[article.url or article.id] = (article, facts)
            elif op == "replace":
                key = rng.choice(sorted(stored))
                article, facts = variant(*stored[key], seed=seed * 100 + n)  # type: ignore[arg-type]
                ks.ingest(article, facts, pipeline_version=VERSION)
                stored[key] = (article, facts)
            else:
                key = rng.choice(sorted(stored))
                article, _ = stored.pop(key)  # type: ignore[assignment]
                assert ks.delete(article.id)  # type: ignore[attr-defined]
            snapshot = step(ks, snapshot)
            assert differences(snapshot, fresh(ks)) == [], f"after step {n} ({op})"


def test_deleting_every_article_empties_everything(tmp_path: Path) -> None:
    articles = pool(4)[:6]
    with KnowledgeStore(tmp_path / "kg") as ks:
        for article, facts in articles:
            ks.ingest(article, facts, pipeline_version=VERSION)
        snapshot = built(ks, marker_seq(read_generation(tmp_path / "kg")))
        for article, _ in articles:
            ks.delete(article.id)
        snapshot = step(ks, snapshot)
    assert not snapshot.model.entities and not snapshot.model.facts and not snapshot.model.articles
    assert snapshot.search is not None and len(snapshot.search) == 0
    assert snapshot.expertise is not None and len(snapshot.expertise) == 0


def test_a_write_through_the_api_updates_instead_of_rebuilding(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    articles = pool(5)
    with KnowledgeStore(store) as ks:
        for article, facts in articles[:4]:
            ks.ingest(article, facts, pipeline_version=VERSION)
    settings = Settings(store=store, api_token=TOKEN, sparql_workers=1, rate_limit=0)
    with TestClient(create_app(settings)) as client:
        state = client.app.state.kg  # type: ignore[attr-defined]
        assert client.get("/search", params={"q": "Robotik"}).status_code == 200
        assert client.get("/expertise", params={"topic": "Robotik"}).status_code == 200
        before = state.current_snapshot()
        with state.write() as kstore:
            kstore.ingest(*articles[5], pipeline_version=VERSION)
        after = state.current_snapshot()
        assert after is not None and after is not before  # moved forward at once, not dropped
        assert after.search is not None and after.expertise is not None
        assert after.model.articles.keys() - before.model.articles.keys()
        victim = articles[0][0]
        assert client.delete(f"/articles/{victim.id}", headers=auth()).status_code == 200
        assert client.get(f"/articles/{victim.id}").status_code == 404
        updated = state.current_snapshot()
        assert updated is not None and updated.search is not None
        assert differences(updated, fresh(state.kstore)) == []


def test_a_log_rotated_past_the_snapshot_falls_back_to_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "kg"
    articles = pool(6)
    with KnowledgeStore(store) as ks:
        ks.ingest(*articles[0], pipeline_version=VERSION)
    settings = Settings(store=store, sparql_workers=1, rate_limit=0, store_check_interval=0)
    with TestClient(create_app(settings)) as client:
        state = client.app.state.kg  # type: ignore[attr-defined]
        assert client.get("/articles").json()["total"] == 1
        monkeypatch.setattr(generation, "MAX_LOG_BYTES", 10)  # every entry rotates the log
        with KnowledgeStore(store) as ks:
            for article, facts in articles[1:4]:
                ks.ingest(article, facts, pipeline_version=VERSION)
        state.reload()
        assert state.current_snapshot() is None  # dropped: the next lookup rebuilds
        assert client.get("/articles").json()["total"] == 4
        assert differences(live.with_expertise(live.with_search(state.snapshot())), built_from(store)) == []


def built_from(store: Path) -> live.Snapshot:
    with KnowledgeStore(store) as ks:
        return built(ks)


def held_state(s: live.Snapshot) -> dict[str, Any]:
    """Everything a snapshot holds and answers, copied deeply (records included)."""
    assert s.search is not None and s.expertise is not None
    state = {
        "model": model_state(s.model),
        "views": views_state(s.views),
        "search": index_state(s.search),
        "expertise": index_state(s.expertise),
        "answers": answers(s),
    }
    return copy.deepcopy(state)


def test_a_held_snapshot_stays_as_it_was_while_writes_move_on(tmp_path: Path) -> None:
    articles = pool(7)
    with KnowledgeStore(tmp_path / "kg") as ks:
        for article, facts in articles[:8]:
            ks.ingest(article, facts, pipeline_version=VERSION)
        held = built(ks, marker_seq(read_generation(tmp_path / "kg")))
        before = held_state(held)
        ks.ingest(*articles[8], pipeline_version=VERSION)
        snapshot = step(ks, held)
        ks.ingest(*variant(*articles[0], seed=71), pipeline_version=VERSION)
        snapshot = step(ks, snapshot)
        assert ks.delete(articles[1][0].id)
        snapshot = step(ks, snapshot)
        assert differences(snapshot, fresh(ks)) == []
    assert held_state(held) == before


def test_a_write_copies_only_the_shards_it_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cost of a write follows the change: the next snapshot shares nearly every shard of the big
    tables with the one before (small shards here, so that 60 articles make many)."""
    monkeypatch.setattr(cowmap, "SHARD_SIZE", 1)
    rng = random.Random(9)
    with KnowledgeStore(tmp_path / "kg") as ks:
        for n in range(60):
            ks.ingest(*bench.make_article(n, rng), pipeline_version=VERSION)
        before = built(ks, marker_seq(read_generation(tmp_path / "kg")))
        ks.ingest(*bench.make_article(60, rng), pipeline_version=VERSION)
        after = step(ks, before)
    assert before.search is not None and after.search is not None
    tables: dict[str, tuple[cowmap.CowMap[Any, Any], cowmap.CowMap[Any, Any]]] = {
        "facts": (before.model.facts, after.model.facts),
        "articles": (before.model.articles, after.model.articles),
        "by_article": (before.model.by_article, after.model.by_article),
        "evidence views": (before.views._evidence, after.views._evidence),
        "search texts": (before.search._texts, after.search._texts),
    }
    for name, (old, new) in tables.items():
        assert len(new._shards) >= len(old._shards) >= 48, name  # a split adds a shard
        copied = sum(a is not b for a, b in zip(old._shards, new._shards, strict=False))
        assert 0 < copied <= len(old._shards) // 8, f"{name}: {copied} of {len(old._shards)} shards copied"
