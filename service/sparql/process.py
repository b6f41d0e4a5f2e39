"""One `service.sparql.worker` child process seen from the server: start, hello, ask, read with a deadline.

`ask` blocks its thread; `ask_async` lets the event loop watch the worker's pipe instead. The worker's
first frame is a `Hello` (after it walled itself in and loaded its parser); a query's deadline starts only
once the worker is ready, so a slow start-up never counts against a query.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from service.sparql.protocol import HEADER, Hello, QueryAnswer, QueryError, QueryRequest, encode_frame

logger = logging.getLogger(__name__)
_ROOT = str(Path(__file__).resolve().parents[2])
STARTUP_SECONDS = 60.0
Reply = QueryAnswer | QueryError


class WorkerStartError(RuntimeError):
    """The worker process did not become ready (or could not be isolated when that is required)."""


class WorkerProcess:
    """A query worker over the store at `store_path`, with a heap limit of `memory_mb`."""

    def __init__(self, store_path: Path, memory_mb: int, require_isolation: bool = False) -> None:
        env = dict(os.environ)
        # The worker imports `service` like this process does, installed or not.
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH")) if p)
        args = [sys.executable, "-m", "service.sparql.worker", str(store_path), str(memory_mb)]
        if require_isolation:
            args.append("--require-isolation")
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.require_isolation = require_isolation
        self.hello: Hello | None = None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def exit_code(self, wait: float) -> int | None:
        """The exit code once the process has ended (waiting at most `wait` seconds), else None."""
        try:
            return self.proc.wait(wait)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()

    def _greeted(self, hello: Any) -> None:
        if not isinstance(hello, Hello):
            raise WorkerStartError(f"the query worker sent {type(hello).__name__} instead of its hello")
        self.hello = hello
        if not hello.isolated and self.require_isolation:  # the worker has exited
            raise WorkerStartError(
                f"the SPARQL worker could not be cut off from the network ({hello.detail}) "
                "and KG_SPARQL_REQUIRE_ISOLATION is set"
            )
        if not hello.isolated and hello.forwards:  # expected with a store server: README, "Stores"
            logger.info("SPARQL worker runs with network access: %s", hello.detail)
        elif not hello.isolated:
            logger.warning("SPARQL worker runs WITH network access: %s", hello.detail)

    def _send(self, request: QueryRequest) -> None:
        assert self.proc.stdin is not None
        # The worker is ready and reading, so this write drains at once (a query is at most 256 kB).
        self.proc.stdin.write(encode_frame(request))
        self.proc.stdin.flush()

    def ask(self, request: QueryRequest, timeout: float) -> Reply:
        """Send one request and wait for its reply at most `timeout` seconds once the worker is ready."""
        if self.hello is None:
            self._greeted(self._read_frame(time.monotonic() + STARTUP_SECONDS))
        self._send(request)
        reply: Reply = self._read_frame(time.monotonic() + timeout)
        return reply

    async def ask_async(self, request: QueryRequest, timeout: float) -> Reply:
        """`ask` on the running event loop: the loop watches the pipe instead of a blocked thread."""
        if self.hello is None:
            self._greeted(await self._read_frame_async(time.monotonic() + STARTUP_SECONDS))
        self._send(request)
        reply: Reply = await self._read_frame_async(time.monotonic() + timeout)
        return reply

    def _read_frame(self, deadline: float) -> Any:
        (size,) = HEADER.unpack(self._read(HEADER.size, deadline))
        return pickle.loads(self._read(size, deadline))

    async def _read_frame_async(self, deadline: float) -> Any:
        (size,) = HEADER.unpack(await self._read_async(HEADER.size, deadline))
        return pickle.loads(await self._read_async(size, deadline))

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

    def death(self) -> str:
        """Why the process ended, for the client (call after EOF on its pipe)."""
        code = self.exit_code(1.0)
        if code == -signal.SIGABRT:  # Rust aborts when an allocation fails under the heap limit
            return "needed more memory than a SPARQL worker may use (KG_SPARQL_MEMORY_MB); narrow it"
        if code == -signal.SIGSEGV:
            return "crashed the query worker (too deeply nested or too long?); simplify it"
        return "stopped the query worker unexpectedly; retry it"


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
