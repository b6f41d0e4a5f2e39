"""Walls around a SPARQL worker process: no network, a heap limit, a stack deep enough not to crash, and
a lower CPU priority than the server's.

Called by the worker on itself at start-up, while it is still single-threaded (a new user namespace
requires that), so the server never forks with `preexec_fn` from a threaded process.
"""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import socket
import sys

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
_REEXEC_MARK = "KG_SPARQL_WORKER_STACK"


def deepen_stack(argv: list[str]) -> None:
    """Re-execute this process once with its stack limit raised to the hard limit (usually unlimited).

    pyoxigraph parses and plans recursively: 100,000 nested groups overflow the default 8 MB main stack
    and the process dies of SIGSEGV. The main thread's stack grows on demand, so a high limit costs
    nothing until a query needs it, and it is bounded by the query size limit.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if soft == hard or os.environ.get(_REEXEC_MARK):
        return
    try:
        resource.setrlimit(resource.RLIMIT_STACK, (hard, hard))
    except (ValueError, OSError):
        return
    os.environ[_REEXEC_MARK] = "1"
    os.execv(sys.executable, [sys.executable, *argv])  # the new limit applies to a new program image


def isolate_network() -> str | None:
    """Move this process into a new network namespace that holds only a loopback device that is down,
    so no connection can leave it (SERVICE, or anything else). Returns None on success, else why not.

    Tries a network namespace alone (needs CAP_SYS_ADMIN, e.g. root), then one inside a new user
    namespace (unprivileged, where the kernel allows user namespaces).
    """
    libc = ctypes.CDLL(None, use_errno=True)
    reasons = []
    for flags, name in ((CLONE_NEWNET, "netns"), (CLONE_NEWUSER | CLONE_NEWNET, "userns+netns")):
        if libc.unshare(flags) == 0:
            if network_reachable():
                return f"unshare({name}) succeeded but 127.0.0.1 is still reachable"
            return None
        reasons.append(f"unshare({name}): {os.strerror(ctypes.get_errno())}")
    return "; ".join(reasons)


def network_reachable() -> bool:
    """Whether a TCP connection to loopback can even be attempted (in an empty namespace: ENETUNREACH)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        code = sock.connect_ex(("127.0.0.1", 9))  # discard port: refused (reachable) or unreachable
    return code not in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL)


def limit_memory(megabytes: int) -> None:
    """Cap the heap (RLIMIT_DATA: brk and private writable mappings) of this process.

    RLIMIT_DATA rather than RLIMIT_AS: the address space also counts reservations that never use memory
    (64 MB malloc arenas per thread, RocksDB's), which made RLIMIT_AS fail thread start-up at random.
    A Python allocation past the cap raises MemoryError; a Rust one aborts the process (SIGABRT).
    """
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    limit = megabytes << 20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


WORKER_NICENESS = 10


def lower_priority(niceness: int = WORKER_NICENESS) -> None:
    """Yield the CPU to the server: a query is batch work, /health and cached lookups are interactive.

    With as many busy workers as cores, the kernel would give the server process an equal share at
    best; niceness 10 (and SCHED_BATCH, which also stops a worker from preempting on wake-up) lets the
    server run whenever it has work, so its answers do not wait behind runaway queries.
    """
    try:
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    except (AttributeError, OSError):
        pass  # not Linux, or not allowed: the niceness below still applies
    try:
        os.nice(niceness)
    except OSError:
        pass
