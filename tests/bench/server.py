"""Run the service under uvicorn in a child process on 127.0.0.1 (random free port) for the benchmarks."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(store: Path, **env: str) -> Iterator[str]:
    """Base URL of a uvicorn serving `create_app()` over `store`; the process is stopped on exit."""
    with serve_process(store, **env) as (url, _):
        yield url


def rss_mb(proc: subprocess.Popen[bytes]) -> float:
    """Resident memory of a process in MB (Linux)."""
    for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def serve_process(store: Path, **env: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`serve`, also yielding the server process (for its memory)."""
    port = free_port()
    environ = {**os.environ, "KG_STORE": str(store), "KG_RATE_LIMIT": "0", **env}  # benchmarks send bursts
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "service.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    proc = subprocess.Popen(cmd, env=environ)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 900  # opening a large store rebuilds the resolution index
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=900).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the server did not start within 900 s")
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)
