"""Long-lived objects of one app: the store, the SPARQL worker pool, derived indexes, the NLP pipeline."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from fastapi import Request

from graph.generation import read_generation
from service.limits import ExtractionGate
from service.settings import Settings
from service.sparql.pool import QueryPool

if TYPE_CHECKING:
    from graph.store import KnowledgeStore

logger = logging.getLogger(__name__)


class ServiceState:
    """Opens each resource on first use, once, and closes them with the app.

    Reads go through `reader`, a read-only handle reopened after each write; the read-write
    `KnowledgeStore` is only opened for the first write, because opening it rebuilds the entity
    resolution index, which takes minutes on a large store.
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
        self._cache: dict[str, Any] = {}
        self.generation = 0  # bumped after every write; derived data (search index, nx view) follow it
        self.extraction_gate = ExtractionGate(settings.extract_concurrency, settings.extract_queue)
        # The store's generation marker as of the last look: another value means another process wrote.
        self._marker = read_generation(settings.store)
        self._writing = False

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
        """The store for reading (callers hold `reading()` or `cached()`): the read-write store once a
        write opened it, a read-only handle before (no write has happened, so it is never stale)."""
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

    def current(self, name: str) -> Any:
        """The derived object `name` when it is built for the current generation, else None.

        Takes no lock, so it never waits for a build or a write: during a write it still returns the
        object of the generation before (a consistent snapshot), as the write has not finished yet.
        """
        hit = self._cache.get(name)
        return hit[1] if hit is not None and hit[0] == self.generation else None

    def cached(self, name: str, build: Any) -> Any:
        """A derived object (search index, graph view) rebuilt when the store generation moved."""
        with self._cache_lock:
            hit = self._cache.get(name)
            if hit is None or hit[0] != self.generation:
                hit = (self.generation, build())
                self._cache[name] = hit
            return hit[1]

    @contextmanager
    def write(self) -> Iterator[KnowledgeStore]:
        """Exclusive write access: SPARQL workers pause, derived data is rebuilt afterwards."""
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
                    self.generation += 1
                    self._marker = read_generation(self.settings.store)  # our own write
                self._writing = False

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
        """Read the store afresh after another process wrote it: a new read-only snapshot, derived data
        (read model, search index, cached answers) rebuilt for a new generation, and the SPARQL workers
        reopening theirs. Blocks until running queries finished (call it from a worker thread)."""
        logger.info("the store was written by another process: reloading")
        with self._lock:
            self._reader = None  # a read-only handle is a snapshot: the next read opens a new one
            self.generation += 1
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
