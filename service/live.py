"""The data the service derives from the store — read model, response views, search and expertise
indexes — as one snapshot: built once, then moved forward by what each write changed.

A write (POST or DELETE /articles here, or `kg ingest` in another process) logs the article graphs it
changed (graph/generation.py). `advance` reads just those graphs and makes the next snapshot from the
current one: the model with `ReadModel.updated`, the views and the indexes from the model's `Delta`.
That takes milliseconds where a rebuild takes seconds to minutes, so a write is visible at once. A
rebuild remains for a log that was rotated past the snapshot, for changes of very many articles, and
for the rare change an update does not follow (`RebuildNeededError`).

A snapshot is never changed: requests keep the one they started with while the next one is made.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import pyoxigraph as ox

from service.readmodel.model import ReadModel
from service.readmodel.update import RebuildNeededError
from service.readmodel.views import Views
from service.search.documents import expertise_index, search_index, update_expertise, update_search
from service.search.index import SearchIndex

logger = logging.getLogger(__name__)

REBUILD_SHARE = 0.1  # more changed graphs than this share of the articles (plus REBUILD_MIN): rebuild
REBUILD_MIN = 200


@dataclass(frozen=True)
class Snapshot:
    """Derived data of the store as of change log position `seq` (graph/generation.py)."""

    seq: int
    model: ReadModel
    views: Views
    search: SearchIndex | None = None  # built on first use, then kept up to date
    expertise: SearchIndex | None = None


def build(store: ox.Store, seq: int) -> Snapshot:
    """A snapshot read from the whole store (`seq`: the log position read before opening `store`).

    Its records are a few hundred thousand objects that live until the next rebuild. Python's cyclic
    garbage collector would walk all of them in every full collection (0.1-0.4 s with the GIL held on
    10,000 articles, which was the p99 of the lookups), so it is paused while they are built, and they
    are then moved out of its reach with `gc.freeze()`. The previous snapshot is unfrozen and collected
    first; records hold no reference cycles, so reference counting frees them once replaced. Updates
    make few objects each; they are frozen too (`_collector_paused`).
    """
    with _collector_paused():
        model = ReadModel.from_store(store)
        views = Views(model)
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    return Snapshot(seq, model, views)


@contextmanager
def _collector_paused(collect: bool = True) -> Iterator[None]:
    """The cyclic garbage collector paused while new derived data is made, which is then frozen (after
    a collection of what is not frozen yet, with `collect`). An update does not collect: the copied
    tables would make that 0.2 s at 100,000 articles, and what it replaces holds no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
    if collect:
        gc.collect()
    gc.freeze()


def too_many(snapshot: Snapshot, graphs: set[str]) -> bool:
    """Whether reading `graphs` one by one costs more than a rebuild."""
    return len(graphs) > REBUILD_MIN + REBUILD_SHARE * len(snapshot.model.articles)


def advance(snapshot: Snapshot, store: ox.Store, graphs: set[str], seq: int) -> Snapshot:
    """The snapshot after the article graphs `graphs` changed in `store` (log position `seq`).
    Raises `RebuildNeededError` when an update cannot follow the change (see module docstring)."""
    started = time.perf_counter()
    old = snapshot.model
    with _collector_paused(collect=False):
        model, delta = old.updated(store, graphs)
        views = snapshot.views.updated(model, delta)
        search = update_search(snapshot.search, model, delta) if snapshot.search is not None else None
        expertise = (
            update_expertise(snapshot.expertise, old, model, delta)
            if snapshot.expertise is not None
            else None
        )
    logger.info(
        "read model updated for %d changed article(s) in %.3f s (%d facts in, %d out)",
        len(graphs),
        time.perf_counter() - started,
        len(delta.facts_added),
        len(delta.facts_removed),
    )
    return Snapshot(seq, model, views, search, expertise)


def with_search(snapshot: Snapshot) -> Snapshot:
    if snapshot.search is not None:
        return snapshot
    with _collector_paused():
        return replace(snapshot, search=search_index(snapshot.model))


def with_expertise(snapshot: Snapshot) -> Snapshot:
    if snapshot.expertise is not None:
        return snapshot
    with _collector_paused():
        return replace(snapshot, expertise=expertise_index(snapshot.model))


__all__ = ["RebuildNeededError", "Snapshot", "advance", "build", "too_many", "with_expertise", "with_search"]
