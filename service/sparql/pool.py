"""A pool of SPARQL worker processes with a hard deadline per query and a read/write gate for ingestion."""

from __future__ import annotations

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


class _Gate:
    """Many readers or one writer: the read-only worker snapshots must not watch a write in progress."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

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


class QueryPool:
    """Runs queries in `size` worker processes over `store_path`; a query past its timeout is killed."""

    def __init__(self, store_path: Path, size: int = 2) -> None:
        self.store_path = store_path
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
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
        if not answer["ok"] and answer["kind"] == "store":
            raise UnavailableError(f"The store could not be read: {answer['message']}; retry in a moment.")
        if not answer["ok"]:
            prefix = "Malformed query" if answer["kind"] == "syntax" else "Query failed"
            raise BadRequestError(f"{prefix}: {answer['message']}")
        return QueryAnswer(answer["body"], answer["truncated"], answer["rows"])

    def _ask(self, worker: _Worker, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        try:
            return worker.ask(request, deadline)
        except TimeoutError:
            worker.kill()
            logger.warning("SPARQL query killed after its timeout: %.80s", request["query"])
            raise UnavailableError(
                "Query timed out and was stopped; narrow it (LIMIT, more specific patterns) and retry."
            ) from None
        except (EOFError, BrokenPipeError, OSError) as exc:
            worker.kill()
            logger.error("SPARQL worker died: %s", exc)
            raise UnavailableError("The query worker failed; retry the query.") from None

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
