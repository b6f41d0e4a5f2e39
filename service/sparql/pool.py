"""A pool of SPARQL worker processes with a hard deadline per query and a read/write gate for ingestion.

`QueryPool.run` blocks its (thread pool) thread until the answer comes; `QueryPool.run_async` lets the
event loop wait on the worker's pipe instead, which saves the two thread hops per query. Both kill a
worker whose query overruns its deadline: pyoxigraph cannot interrupt a query, a process can be killed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import queue
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anyio import to_thread

from service.errors import BadRequestError, UnavailableError
from service.sparql.worker import _HEADER

logger = logging.getLogger(__name__)
_ROOT = str(Path(__file__).resolve().parents[2])


@dataclass
class QueryAnswer:
    body: bytes
    truncated: bool
    rows: int


class _Worker:
    """One `service.sparql.worker` child process and its pipes."""

    def __init__(self, store_path: Path) -> None:
        env = dict(os.environ)
        # The worker imports `service` like this process does, installed or not.
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "service.sparql.worker", str(store_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()

    def ask(self, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        """Send one request and wait for its answer until `deadline` (monotonic); raise TimeoutError."""
        assert self.proc.stdin is not None
        data = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        self.proc.stdin.write(_HEADER.pack(len(data)) + data)
        self.proc.stdin.flush()
        (size,) = _HEADER.unpack(self._read(_HEADER.size, deadline))
        answer: dict[str, Any] = pickle.loads(self._read(size, deadline))
        return answer

    async def ask_async(self, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        """`ask` on the running event loop: the loop watches the pipe instead of a blocked thread."""
        assert self.proc.stdin is not None
        data = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        # The worker is idle and reading, so this write returns at once (a query is at most 256 kB).
        self.proc.stdin.write(_HEADER.pack(len(data)) + data)
        self.proc.stdin.flush()
        (size,) = _HEADER.unpack(await self._read_async(_HEADER.size, deadline))
        answer: dict[str, Any] = pickle.loads(await self._read_async(size, deadline))
        return answer

    async def _read_async(self, n: int, deadline: float) -> bytes:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        loop = asyncio.get_running_loop()
        chunks: list[bytes] = []
        while n > 0:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            if not select.select([fd], [], [], 0)[0]:
                await _readable(loop, fd, left)
            chunk = os.read(fd, min(n, 1 << 20))  # readable: returns what is there without blocking
            if not chunk:
                raise EOFError("query worker exited")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _read(self, n: int, deadline: float) -> bytes:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        chunks: list[bytes] = []
        while n > 0:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, min(n, 1 << 20))
            if not chunk:
                raise EOFError("query worker exited")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)


async def _readable(loop: asyncio.AbstractEventLoop, fd: int, timeout: float) -> None:
    """Wait until `fd` can be read, at most `timeout` seconds (then TimeoutError)."""
    ready = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await asyncio.wait_for(ready, timeout)
    finally:
        loop.remove_reader(fd)


class _Gate:
    """Many readers or one writer: the read-only worker snapshots must not watch a write in progress."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def enter_read(self, wait: bool = True) -> bool:
        """Become a reader; without `wait`, return False instead of waiting for a writer to finish."""
        with self._cond:
            if self._writing and not wait:
                return False
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
            return True

    def leave_read(self) -> None:
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    @contextmanager
    def read(self) -> Iterator[None]:
        self.enter_read()
        try:
            yield
        finally:
            self.leave_read()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._writing = True
            self._cond.wait_for(lambda: self._readers == 0)
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


def _result(answer: dict[str, Any]) -> QueryAnswer:
    """A worker's answer, or the error it reports as an exception."""
    if not answer["ok"] and answer["kind"] == "store":
        raise UnavailableError(f"The store could not be read: {answer['message']}; retry in a moment.")
    if not answer["ok"]:
        prefix = "Malformed query" if answer["kind"] == "syntax" else "Query failed"
        raise BadRequestError(f"{prefix}: {answer['message']}")
    return QueryAnswer(answer["body"], answer["truncated"], answer["rows"])


class QueryPool:
    """Runs queries in `size` worker processes over `store_path`; a query past its timeout is killed."""

    def __init__(self, store_path: Path, size: int = 2) -> None:
        self.store_path = store_path
        # Last in, first out: sequential queries keep going to the same worker, whose store caches are warm
        # (a freshly opened read-only store answers its first few hundred queries markedly slower).
        self._idle: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        for _ in range(size):
            self._idle.put(None)  # a slot; the process starts on first use
        self._gate = _Gate()
        self.generation = 0
        self._closed = False

    def run(self, request: dict[str, Any], timeout: float) -> QueryAnswer:
        """Evaluate `request` (see worker.run_query) or raise BadRequestError / UnavailableError."""
        if self._closed:
            raise UnavailableError("The SPARQL endpoint is shutting down.")
        deadline = time.monotonic() + timeout
        with self._gate.read():
            try:
                worker = self._idle.get(timeout=timeout)
            except queue.Empty:
                raise UnavailableError("All SPARQL workers are busy; retry in a moment.") from None
            worker = worker if worker is not None and worker.alive() else _Worker(self.store_path)
            try:
                answer = self._ask(worker, {**request, "generation": self.generation}, deadline)
            finally:
                # A killed worker is replaced at once, so the next query does not wait for a start-up.
                self._idle.put(worker if worker.alive() else _Worker(self.store_path))
        return _result(answer)

    async def run_async(self, request: dict[str, Any], timeout: float) -> QueryAnswer:
        """`run` for a caller on the event loop, with the same deadline and kill.

        The common case (no write in progress, a worker idle) needs no thread: the loop sends the request
        and waits on the worker's pipe. A query that would have to wait for the gate or for a worker runs
        `run` in a thread instead, so the loop never blocks on either.
        """
        if self._closed:
            raise UnavailableError("The SPARQL endpoint is shutting down.")
        deadline = time.monotonic() + timeout
        if not self._gate.enter_read(wait=False):
            return await to_thread.run_sync(self.run, request, timeout)
        try:
            slot = self._idle.get_nowait()
        except queue.Empty:
            self._gate.leave_read()
            return await to_thread.run_sync(self.run, request, timeout)
        worker = slot if slot is not None and slot.alive() else None
        try:
            worker = worker or _Worker(self.store_path)
            answer = await self._ask_async(worker, {**request, "generation": self.generation}, deadline)
        finally:
            self._idle.put(worker if worker is not None and worker.alive() else _Worker(self.store_path))
            self._gate.leave_read()
        return _result(answer)

    async def _ask_async(self, worker: _Worker, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        try:
            return await worker.ask_async(request, deadline)
        except TimeoutError:
            raise _timed_out(worker, request) from None
        except (EOFError, OSError) as exc:  # BrokenPipeError is an OSError
            raise _died(worker, exc) from None
        except BaseException:
            # Cancelled while the worker computes: its late answer would be read as the next query's.
            worker.kill()
            raise

    def _ask(self, worker: _Worker, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        try:
            return worker.ask(request, deadline)
        except TimeoutError:
            raise _timed_out(worker, request) from None
        except (EOFError, OSError) as exc:  # BrokenPipeError is an OSError
            raise _died(worker, exc) from None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold off queries while the caller writes; workers reopen their snapshot afterwards."""
        with self._gate.write():
            try:
                yield
            finally:
                self.generation += 1

    def close(self) -> None:
        """Stop every worker process."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            if worker is not None:
                worker.kill()


def _timed_out(worker: _Worker, request: dict[str, Any]) -> UnavailableError:
    worker.kill()
    logger.warning("SPARQL query killed after its timeout: %.80s", request["query"])
    return UnavailableError(
        "Query timed out and was stopped; narrow it (LIMIT, more specific patterns) and retry."
    )


def _died(worker: _Worker, exc: BaseException) -> UnavailableError:
    worker.kill()
    logger.error("SPARQL worker died: %s", exc)
    return UnavailableError("The query worker failed; retry the query.")
