"""A real uvicorn on 127.0.0.1 (random port, in a thread) and a raw-socket client for body-limit tests."""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """Base URL of `app` served by uvicorn on a free loopback port until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def upload(
    base_url: str, path: str, headers: dict[str, str], *, chunked_bytes: int = 0, timeout: float = 10
) -> tuple[int, int]:
    """POST with the given headers, then (if `chunked_bytes`) a chunked body of up to that many bytes,
    sent only as fast as the server reads it. Returns (status of the answer, body bytes sent before it).

    With only headers (e.g. a huge Content-Length and no body), the server must answer from the headers.
    """
    host, port = base_url.removeprefix("http://").split(":")
    chunk = b"a" * 65536
    sent = 0
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        head = f"POST {path} HTTP/1.1\r\nHost: {host}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        s.sendall((head + "\r\n").encode())
        s.settimeout(1.0)  # a send the server no longer reads gives up after a second
        deadline = time.monotonic() + timeout
        answer = b""
        while time.monotonic() < deadline and b"\r\n\r\n" not in answer:
            want_write = [s] if sent < chunked_bytes else []
            readable, writable, _ = select.select([s], want_write, [], 0.5)
            try:
                if readable:
                    data = s.recv(65536)
                    if not data:
                        break
                    answer += data
                elif writable:
                    last = sent + len(chunk) >= chunked_bytes
                    s.sendall(
                        f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" + (b"0\r\n\r\n" if last else b"")
                    )
                    sent += len(chunk)
            except TimeoutError:
                continue  # the server stopped reading: look for its answer
            except (BrokenPipeError, ConnectionResetError):
                break
        if not answer:
            return 0, sent
        return int(answer.split(b" ", 2)[1]), sent
