"""Waiting for a query worker or for a store write, without holding a thread while on the event loop.

Both primitives are thread-safe and hand out `concurrent.futures.Future`s: a caller on an event loop awaits
one (no thread of the shared pool is blocked, unlike `queue.Queue.get` in `run_in_threadpool`), a caller in
a thread (the CLI) blocks on it. The waiting line is bounded: past it, callers are told to retry (503).
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Generic, TypeVar

from service.errors import UnavailableError

T = TypeVar("T")
BUSY = "All SPARQL workers are busy; retry in a moment."
WRITING = "A write to the store is in progress; retry the query in a moment."


async def _wait(future: Future[T], timeout: float) -> bool:
    """Whether `future` completed within `timeout`; awaiting never cancels it (asyncio.wait does not)."""
    done, _ = await asyncio.wait({asyncio.wrap_future(future)}, timeout=max(timeout, 0))
    return bool(done)


class Slots(Generic[T]):
    """Idle items (last in, first out: a warm worker is reused) and a bounded line of callers waiting."""

    def __init__(self, items: list[T], max_waiting: int) -> None:
        self._lock = threading.Lock()
        self._idle = list(items)
        self._waiting: deque[Future[T]] = deque()
        self.max_waiting = max_waiting

    def _claim(self) -> Future[T]:
        with self._lock:
            future: Future[T] = Future()
            if self._idle:
                future.set_result(self._idle.pop())
            elif len(self._waiting) >= self.max_waiting:
                raise UnavailableError(BUSY)
            else:
                self._waiting.append(future)
            return future

    def _abandon(self, future: Future[T]) -> None:
        """A waiter gives up; if an item reached it meanwhile, the item goes to the next in line."""
        with self._lock:
            if future in self._waiting:
                self._waiting.remove(future)
                return
        self.give(future.result())  # set under the lock before the waiter was removed: ready now

    def take(self, timeout: float) -> T:
        """The next free item, blocking this thread at most `timeout` seconds (then 503)."""
        future = self._claim()
        try:
            return future.result(timeout)
        except TimeoutError:
            self._abandon(future)
            raise UnavailableError(BUSY) from None

    async def take_async(self, timeout: float) -> T:
        """The next free item, awaited on the event loop at most `timeout` seconds (then 503)."""
        future = self._claim()
        try:
            if await _wait(future, timeout):
                return future.result()
        except BaseException:  # cancelled while waiting
            self._abandon(future)
            raise
        self._abandon(future)
        raise UnavailableError(BUSY)

    def give(self, item: T) -> None:
        """Return an item: to the first caller waiting, else to the idle stack."""
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set_result(item)
            else:
                self._idle.append(item)

    def drain(self) -> list[T]:
        """Take every idle item (for shutting down)."""
        with self._lock:
            items, self._idle = self._idle, []
            return items

    def idle(self) -> list[T]:
        """The idle items, most recently returned last."""
        with self._lock:
            return list(self._idle)

    @property
    def waiting(self) -> int:
        return len(self._waiting)


class Gate:
    """Many readers or one writer. A write waits for the readers in flight; readers arriving while a
    write is pending or running wait for it at most a short while, then get 503 instead of a thread."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False  # pending (waiting for readers to leave) or running
        self._write_done: Future[None] = Future()
        self._write_done.set_result(None)

    def _try_read(self) -> Future[None] | None:
        """Become a reader (None) or get the future of the write to wait for."""
        with self._cond:
            if self._writing:
                return self._write_done
            self._readers += 1
            return None

    def enter_read(self, timeout: float) -> None:
        """Become a reader, blocking this thread at most `timeout` seconds for a write (then 503)."""
        with self._cond:
            if not self._cond.wait_for(lambda: not self._writing, timeout):
                raise UnavailableError(WRITING)
            self._readers += 1

    async def enter_read_async(self, timeout: float) -> None:
        """Become a reader, awaiting a write in progress at most `timeout` seconds (then 503)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while (write := self._try_read()) is not None:
            if not await _wait(write, deadline - loop.time()):
                raise UnavailableError(WRITING)

    def leave_read(self) -> None:
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        """Exclusive access; blocks the calling (write) thread until the readers in flight have left."""
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._writing = True
            self._write_done = Future()
            self._cond.wait_for(lambda: self._readers == 0)
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._write_done.set_result(None)
                self._cond.notify_all()
