"""Long-lived objects of one app: the store, the SPARQL worker pool, derived data, the NLP pipeline."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from fastapi import Request

from graph.generation import GENERATION_FILE, changes_since, marker_seq, read_generation
from service import live
from service.limits import ExtractionGate
from service.settings import Settings
from service.sparql.pool import QueryPool

if TYPE_CHECKING:
    from graph.store import KnowledgeStore

logger = logging.getLogger(__name__)


class ServiceState:
    """Opens each resource on first use, once, and closes them with the app.

    Reads go through `reader`, a read-only handle reopened after each external write; the read-write
    `KnowledgeStore` is only opened for the first write, because opening it rebuilds the entity
    resolution index, which takes long on a large store. The derived data (read model, views, search
    indexes: service/live.py) is built once and then moved forward by each write.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()
        # Slow builds (derived data, the NLP pipeline) have their own locks: they must not block SPARQL.
        self._cache_lock = threading.RLock()
        self._pipeline_lock = threading.Lock()
        self._kstore: KnowledgeStore | None = None
        self._reader: tuple[int, ox.Store] | None = None
        self._pool: QueryPool | None = None
        self._pipeline: Any = None
        # The derived data (service/live.py) and the generation it was made for: bumped after every
        # write, once the derived data follows it (the response cache keys on it too).
        self._snapshot: tuple[int, live.Snapshot] | None = None
        self.generation = 0
        self.extraction_gate = ExtractionGate(settings.extract_concurrency, settings.extract_queue)
        # The store's generation marker as of the last look: another value means another process wrote.
        self._marker = read_generation(settings.store)
        self._writing = False
        from graph.location import is_remote

        # a store folder's marker file (None: a store server) and its stat as of the last look
        self._marker_file = None if is_remote(settings.store) else Path(settings.store) / GENERATION_FILE
        self._marker_stat: tuple[int, int, int] | None = None

    @property
    def kstore(self) -> KnowledgeStore:
        with self._lock:
            if self._kstore is None:
                from graph.location import is_remote
                from graph.store import KnowledgeStore

                if not is_remote(self.settings.store):
                    self.settings.store.parent.mkdir(parents=True, exist_ok=True)
                self._kstore = KnowledgeStore(self.settings.store)
            return self._kstore

    def _ensure_store(self) -> None:
        """A new store is created (empty) before anything opens it read-only (a server has its own)."""
        from graph.location import is_remote

        if not is_remote(self.settings.store) and not (self.settings.store / "CURRENT").exists():
            self.kstore.store.flush()

    @property
    def reader(self) -> ox.Store:
        """The store for reading: the read-write store once a write opened it, else the read-only
        handle of the last external change seen (opened on first use)."""
        with self._lock:
            if self._kstore is not None:
                return self._kstore.store
            if self._reader is None:
                self._ensure_store()
                from graph.location import open_reader  # a folder or a store server (KG_STORE=http://...)

                self._reader = (self.generation, open_reader(self.settings.store))
            return self._reader[1]

    @contextmanager
    def reading(self) -> Iterator[ox.Store]:
        """The reader, held so that no write runs while it is used."""
        with self._cache_lock:
            yield self.reader

    @property
    def pool(self) -> QueryPool:
        with self._lock:
            if self._pool is None:
                self._ensure_store()
                settings = self.settings
                self._pool = QueryPool(
                    settings.store,
                    settings.sparql_workers,
                    memory_mb=settings.sparql_memory_mb,
                    max_waiting=settings.sparql_queue,
                    write_wait=settings.sparql_write_wait,
                    require_isolation=settings.sparql_require_isolation,
                )
            return self._pool

    def pool_if_open(self) -> QueryPool | None:
        """The pool if it is open already, without locking or touching the store: for the event loop."""
        return self._pool

    @property
    def pipeline(self) -> Any:
        """The spaCy pipeline, loaded on the first extraction only (it takes seconds)."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from nlp.pipeline import load_pipeline

                logger.info("loading the NLP pipeline")
                model = self.settings.spacy_model
                self._pipeline = load_pipeline(model) if model else load_pipeline()
            return self._pipeline

    def current_snapshot(self) -> live.Snapshot | None:
        """The derived data when it is made for the current generation, else None.

        Takes no lock, so it never waits for a build or a write: during a write it still returns the
        snapshot of the generation before (consistent), as the write has not finished yet.
        """
        hit = self._snapshot
        return hit[1] if hit is not None and hit[0] == self.generation else None

    def snapshot(self) -> live.Snapshot:
        """The derived data, built from the whole store if there is none yet (blocks: call it from a
        worker thread)."""
        with self._cache_lock:
            current = self.current_snapshot()
            if current is None:
                # the log position first, then the store: changes in between are applied again later
                seq = marker_seq(read_generation(self.settings.store))
                current = live.build(self._fresh_reader(), seq)
                self._snapshot = (self.generation, current)
            return current

    def searchable(self, expertise: bool = False) -> live.Snapshot:
        """The derived data with the search (or expertise) index built."""
        current = self.current_snapshot()
        if current is not None and (current.expertise if expertise else current.search) is not None:
            return current  # without the lock: a write holding it does not hold up searches
        with self._cache_lock:
            current = self.snapshot()
            made = live.with_expertise(current) if expertise else live.with_search(current)
            if made is not current:
                self._snapshot = (self.generation, made)
            return made

    def _fresh_reader(self) -> ox.Store:
        """A handle that sees every committed write: the read-write store once this process wrote,
        else a read-only snapshot opened now (it also becomes `reader`)."""
        with self._lock:
            if self._kstore is not None:
                return self._kstore.store
            self._ensure_store()
            from graph.location import open_reader  # a folder or a store server (KG_STORE=http://...)

            self._reader = (self.generation, open_reader(self.settings.store))
            return self._reader[1]

    def _catch_up(self, store: ox.Store | None = None) -> None:
        """Move the derived data forward to the store's change log (under the cache lock): apply the
        changed article graphs, or drop the data for a rebuild on the next request when the log does
        not say what changed. Then bump the generation."""
        hit = self._snapshot
        current = hit[1] if hit is not None else None
        marker = read_generation(self.settings.store)
        upto = marker_seq(marker)
        nxt: live.Snapshot | None = None
        from graph.location import is_remote

        # A store server keeps no change log (graph/remote_store.py): its writes are followed by a rebuild.
        if current is not None and self.settings.incremental_updates and not is_remote(self.settings.store):
            changes = changes_since(self.settings.store, current.seq, upto)
            graphs = {c.graph for c in changes} if changes is not None else None
            if graphs is not None and not live.too_many(current, graphs):
                try:
                    nxt = live.advance(current, store or self._fresh_reader(), graphs, upto)
                except live.RebuildNeededError as exc:
                    logger.info("rebuilding the read model: %s", exc)
                except Exception:  # the write itself succeeded: never fail it, rebuild instead
                    logger.exception("updating the read model failed; it is rebuilt on the next request")
            else:
                logger.info("rebuilding the read model: the change log does not cover the change")
        elif current is not None:
            logger.info("rebuilding the read model: no change log for this store")
        with self._lock:
            self.generation += 1
            self._snapshot = (self.generation, nxt) if nxt is not None else None

    @contextmanager
    def write(self) -> Iterator[KnowledgeStore]:
        """Exclusive write access: SPARQL workers pause; afterwards the derived data follows the write
        (`_catch_up`) before the next generation is published."""
        kstore = self.kstore
        with self._write_lock, self._cache_lock, self._lock:
            pool_gate = self._pool.writing() if self._pool is not None else nullcontext()
        with self._write_lock, self._cache_lock, pool_gate:
            self._writing = True
            try:
                yield kstore
            finally:
                kstore.store.flush()
                with self._lock:
                    self._marker = read_generation(self.settings.store)  # our own write
                self._catch_up(kstore.store)
                self._writing = False

    def marker_moved(self) -> bool | None:
        """Whether the marker file of a store folder changed since the last call (a stat: cheap enough
        for every request); None for a store server, which has no marker file."""
        if self._marker_file is None:
            return None
        try:
            st = os.stat(self._marker_file)
            stat: tuple[int, int, int] | None = (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            stat = None
        if stat == self._marker_stat:
            return False
        self._marker_stat = stat
        return True

    def external_write_seen(self) -> bool:
        """Whether another process (`kg ingest`) wrote the store since the last look: compares the
        store's generation marker, a few bytes; the store itself is not touched."""
        if self._writing:
            return False
        marker = read_generation(self.settings.store)
        if marker == self._marker:
            return False
        self._marker = marker
        return True

    def reload(self) -> None:
        """Read the store afresh after another process wrote it: a new read-only snapshot, the derived
        data moved forward by the changed articles (or rebuilt, see `_catch_up`) for a new generation,
        and the SPARQL workers reopening theirs. Blocks until running queries finished (call it from a
        worker thread)."""
        logger.info("the store was written by another process: reading the changes")
        with self._cache_lock:
            with self._lock:
                # a read-only handle is a snapshot: the update opens a new one; closing the old one
                # takes a while on a large store, so it is closed after the update is published
                stale, self._reader = self._reader, None
            self._catch_up()
            del stale
        with self._lock:
            pool = self._pool
        if pool is not None:
            with pool.writing():  # bumps the pool's generation: each worker reopens on its next query
                pass

    def close(self) -> None:
        with self._lock:
            self._reader = None
            if self._pool is not None:
                self._pool.close()
                self._pool = None
            if self._kstore is not None:
                close = getattr(self._kstore, "close", None)
                if close is not None:
                    close()
                self._kstore = None


def get_state(request: Request) -> ServiceState:
    """FastAPI dependency: the state of the app serving this request."""
    state: ServiceState = request.app.state.kg
    return state
