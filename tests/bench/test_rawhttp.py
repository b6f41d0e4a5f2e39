"""The benchmarks' lean HTTP client reads whole responses on one keep-alive connection."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.bench.rawhttp import AsyncConnection, Connection


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in ("Grü".encode(), "ße aus Trier".encode()):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        body = self.path.encode()
        self.send_response(200 if self.path != "/missing" else 404)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Cache", "hit")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_requests_on_one_connection_read_their_own_bodies(base: str) -> None:
    with Connection(base) as conn:
        answers = [conn.request("GET", f"/item/{i}") for i in range(3)]
        posted = conn.request("POST", "/sparql", b"ASK {}")
        chunked = conn.request("GET", "/chunked")
        missing = conn.request("GET", "/missing")
    assert [(s, b) for s, _, b in answers] == [(200, b"/item/0"), (200, b"/item/1"), (200, b"/item/2")]
    assert posted[2] == b"ASK {}"
    assert chunked[2].decode() == "Grüße aus Trier"
    assert missing[0] == 404 and answers[0][1]["x-cache"] == "hit"


def test_async_connection_reads_content_length_and_chunked_bodies(base: str) -> None:
    async def run() -> list[bytes]:
        conn = await AsyncConnection(base).open()
        try:
            return [(await conn.request("GET", p))[2] for p in ("/a", "/chunked", "/b")]
        finally:
            await conn.close()

    assert asyncio.run(run()) == [b"/a", "Grüße aus Trier".encode(), b"/b"]
