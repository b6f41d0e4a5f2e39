"""Ordered extraction for `kg ingest` and `kg extract --jsonl`: in this process, or in N worker processes.

Records go out in chunks of `CHUNK`, with at most `AHEAD` chunks per worker in flight (memory stays
bounded whatever the corpus size), and the outcomes come back in input order, so the one writer (the
caller) stores whole articles in article order. Both paths run `extract_records` on the same chunks,
so one worker and N workers give the same facts. Records that could not be read, and facts lines
(corpus/precomputed.py), pass through in their place without going to a worker.

Each worker process loads the pipeline once. Where the platform forks (Linux), the pool forks after
this process has loaded it, before the store or a progress thread exists: the workers start at once
and share the model's pages. Elsewhere they are spawned and load it themselves (a second or two).
Workers ignore SIGINT: Ctrl-C reaches this process only, which then ends the workers at once.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from itertools import islice
from types import TracebackType

from corpus.article import Article
from corpus.loaded import Loaded
from nlp.errors import KGError
from service.batch import Extracted, extract_records

logger = logging.getLogger(__name__)

CHUNK = 16  # records per task: the model's batch size (nlp/extract.py DEFAULT_BATCH_SIZE)
AHEAD = 2  # chunks in flight per worker: one running, one queued
Job = tuple[str, Article]
Result = Future[list[Extracted]] | list[Extracted]


class WorkerDiedError(KGError):
    """An extraction worker process ended abruptly (killed, out of memory, a crash in native code)."""


def start_method() -> str:
    """`fork` on Linux (fast, and safe here: the pool starts before any thread), else `spawn`."""
    return "fork" if sys.platform == "linux" else "spawn"


class Extraction:
    """`with Extraction(workers) as ex: for outcome in ex.outcomes(loaded): ...` — see the module doc."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self.version = ""
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extraction:
        from nlp.pipeline import load_pipeline, pipeline_version

        self.version = pipeline_version(load_pipeline())  # a missing model fails here, in one line
        if self.workers > 1:
            context = multiprocessing.get_context(start_method())
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker)
            try:
                for started in wait([self._pool.submit(_ready) for _ in range(self.workers)]).done:
                    started.result()
            except BrokenProcessPool as exc:
                _stop_now(self._pool)
                raise WorkerDiedError(f"the extraction worker processes did not start: {exc}") from exc
            except BaseException:
                _stop_now(self._pool)
                raise
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is None:
            return
        if t is None:
            self._pool.shutdown(wait=True)
        else:  # Ctrl-C, a dead worker or a failing writer: no need to finish the chunks in flight
            _stop_now(self._pool)
        self._pool = None

    def outcomes(self, items: Iterable[Loaded]) -> Iterator[Extracted]:
        """One `Extracted` per item, in input order. Raises `WorkerDiedError` if a worker dies."""
        limit = self.workers * AHEAD if self._pool is not None else 1
        pending: deque[tuple[list[Loaded], Result]] = deque()
        for chunk in _chunks(items, CHUNK):
            pending.append((chunk, self._submit(chunk)))
            if len(pending) >= limit:
                yield from self._merge(*pending.popleft())
        while pending:
            yield from self._merge(*pending.popleft())

    def _submit(self, chunk: list[Loaded]) -> Result:
        jobs = [(x.source, x.article) for x in chunk if x.article is not None and x.facts is None]
        if not jobs:
            return []
        if self._pool is None:
            return extract_chunk(jobs)
        return self._pool.submit(extract_chunk, jobs)

    def _merge(self, chunk: list[Loaded], result: Result) -> Iterator[Extracted]:
        extracted = iter(self._result(chunk, result))
        for item in chunk:
            if item.article is None:
                yield Extracted(item.source, None, error=item.error or f"{item.source}: unreadable")
            elif item.facts is not None:
                yield Extracted(item.source, item.article, item.facts, pipeline_version=item.pipeline_version)
            else:
                yield replace(next(extracted), pipeline_version=self.version)

    def _result(self, chunk: list[Loaded], result: Result) -> list[Extracted]:
        if isinstance(result, list):
            return result
        try:
            return result.result()
        except BrokenProcessPool as exc:
            raise WorkerDiedError(
                f"an extraction worker process ended abruptly (killed, out of memory or crashed) "
                f"while extracting records {chunk[0].source} to {chunk[-1].source} or the ones after them"
            ) from exc


def extract_chunk(jobs: list[Job]) -> list[Extracted]:
    """The task of a worker (and of this process with one worker): one chunk, the process's pipeline."""
    from nlp.pipeline import load_pipeline

    return list(extract_records(jobs, load_pipeline()))


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from nlp.pipeline import load_pipeline

    load_pipeline()  # forked: already loaded (cached); spawned: loaded once, here


def _ready() -> None:
    """A no-op task: waiting for one per worker means every worker has started and loaded the model."""


def _chunks(items: Iterable[Loaded], size: int) -> Iterator[list[Loaded]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Cancel the queued chunks and end the workers without waiting for the running ones."""
    pool.shutdown(wait=False, cancel_futures=True)
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
