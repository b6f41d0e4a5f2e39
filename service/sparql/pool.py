"""A pool of SPARQL worker processes with a hard deadline per query and a read/write gate for ingestion.

`QueryPool.run_async` is what the endpoint uses: waiting for a write to finish or for a free worker is
awaited on the event loop (bounded, then 503 with Retry-After), never a blocked thread of the shared pool,
so /health and the other endpoints keep answering under a flood of slow queries. `QueryPool.run` blocks
its thread instead (the CLI). Both kill a worker whose query overruns its deadline (pyoxigraph cannot
interrupt a query, a process can be killed) or whose heap limit was hit, and start a fresh one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from service.errors import BadRequestError, NotAcceptableError, ServiceError, UnavailableError
from service.sparql.process import WorkerProcess, WorkerStartError
from service.sparql.protocol import QueryAnswer, QueryError, QueryRequest
from service.sparql.waiting import Gate, Slots

logger = logging.getLogger(__name__)


def _error(problem: QueryError) -> ServiceError:
    """The one translation of a worker's problem to the service's errors (and so to HTTP and exit codes)."""
    if problem.kind == "not-acceptable":
        return NotAcceptableError(problem.message)
    if problem.kind in {"store", "memory", "isolation"}:
        return UnavailableError(problem.message)
    return BadRequestError(problem.message)


class QueryPool:
    """Runs queries in `size` worker processes over `store_path`; a query past its timeout is killed."""

    def __init__(
        self,
        store_path: Path,
        size: int = 2,
        *,
        memory_mb: int = 384,
        max_waiting: int = 32,
        write_wait: float = 1.0,
        require_isolation: bool = False,
    ) -> None:
        self.store_path = store_path
        self.memory_mb = memory_mb
        self.write_wait = write_wait
        self.require_isolation = require_isolation
        # A slot holds None until its process is started on first use.
        self._slots: Slots[WorkerProcess | None] = Slots([None] * size, max_waiting)
        self._gate = Gate()
        self.generation = 0
        self._closed = False

    def _spawn(self) -> WorkerProcess:
        return WorkerProcess(self.store_path, self.memory_mb, self.require_isolation)

    def _check_open(self) -> None:
        if self._closed:
            raise UnavailableError("The SPARQL endpoint is shutting down.")

    def _release(self, worker: WorkerProcess | None) -> None:
        """Give the slot back; a worker that was killed is replaced at once, so the next query does not
        wait for a start-up."""
        if worker is not None and not worker.alive():
            worker = None if self._closed else self._spawn()
        if self._closed and worker is not None:
            worker.kill()
            worker = None
        self._slots.give(worker)

    def run(self, request: QueryRequest, timeout: float) -> QueryAnswer:
        """Evaluate `request` in this thread or raise a ServiceError (400, 406 or 503)."""
        self._check_open()
        self._gate.enter_read(min(self.write_wait, timeout))
        try:
            slot = self._slots.take(timeout)
            worker = slot if slot is not None and slot.alive() else None
            try:
                worker = worker or self._spawn()
                reply = self._ask(worker, replace(request, generation=self.generation), timeout)
            finally:
                self._release(worker)
        finally:
            self._gate.leave_read()
        return _answer(reply)

    async def run_async(self, request: QueryRequest, timeout: float) -> QueryAnswer:
        """`run` for a caller on the event loop, with the same deadline and kill, holding no thread."""
        self._check_open()
        await self._gate.enter_read_async(min(self.write_wait, timeout))
        try:
            slot = await self._slots.take_async(timeout)
            worker = slot if slot is not None and slot.alive() else None
            try:
                worker = worker or self._spawn()
                reply = await self._ask_async(worker, replace(request, generation=self.generation), timeout)
            finally:
                self._release(worker)
        finally:
            self._gate.leave_read()
        return _answer(reply)

    def _ask(self, worker: WorkerProcess, request: QueryRequest, timeout: float) -> QueryAnswer | QueryError:
        try:
            return _checked(worker, worker.ask(request, timeout))
        except TimeoutError:
            raise _timed_out(worker, request) from None
        except (EOFError, OSError, WorkerStartError) as exc:  # BrokenPipeError is an OSError
            raise _died(worker, exc) from None

    async def _ask_async(
        self, worker: WorkerProcess, request: QueryRequest, timeout: float
    ) -> QueryAnswer | QueryError:
        try:
            return _checked(worker, await worker.ask_async(request, timeout))
        except TimeoutError:
            raise _timed_out(worker, request) from None
        except (EOFError, OSError, WorkerStartError) as exc:
            raise _died(worker, exc) from None
        except BaseException:
            # Cancelled while the worker computes: its late answer would be read as the next query's.
            worker.kill()
            raise

    def idle_workers(self) -> list[WorkerProcess]:
        """The started worker processes not running a query now, the next to be used last."""
        return [w for w in self._slots.idle() if w is not None]

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold off queries while the caller writes; workers reopen their snapshot afterwards."""
        with self._gate.write():
            try:
                yield
            finally:
                self.generation += 1

    def close(self) -> None:
        """Stop every idle worker process; busy ones are stopped when their query returns."""
        self._closed = True
        for worker in self._slots.drain():
            if worker is not None:
                worker.kill()


def _checked(worker: WorkerProcess, reply: QueryAnswer | QueryError) -> QueryAnswer | QueryError:
    if isinstance(reply, QueryError) and reply.kind == "memory":
        worker.kill()  # it exits by itself after a MemoryError; its slot gets a fresh one
    return reply


def _answer(reply: QueryAnswer | QueryError) -> QueryAnswer:
    if isinstance(reply, QueryError):
        raise _error(reply)
    return reply


def _timed_out(worker: WorkerProcess, request: QueryRequest) -> UnavailableError:
    worker.kill()
    logger.warning("SPARQL query killed after its timeout: %.80s", request.query)
    return UnavailableError(
        "Query timed out and was stopped; narrow it (LIMIT, more specific patterns) and retry."
    )


def _died(worker: WorkerProcess, exc: BaseException) -> UnavailableError:
    if isinstance(exc, WorkerStartError):
        worker.kill()
        logger.error("SPARQL worker did not start: %s", exc)
        return UnavailableError(f"The SPARQL endpoint is not available: {exc}.")
    why = worker.death()
    worker.kill()
    logger.error("SPARQL worker died (%s): %s", exc, why)
    return UnavailableError(f"The query {why}. The worker was replaced.")
