"""Start and stop a real `oxigraph serve` (the PyPI package `oxigraph`) on a free loopback port."""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, urlsplit


def oxigraph_binary() -> str | None:
    """The `oxigraph` command beside this Python (an unactivated venv), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OxigraphServer:
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT` for the length of a `with` block."""

    def __init__(self, location: Path, *, timeout_s: int | None = None, port: int | None = None) -> None:
        binary = oxigraph_binary()
        if binary is None:
            raise FileNotFoundError("the `oxigraph` command is missing: pip install oxigraph")
        self.binary = binary
        self.location = location
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.timeout_s = timeout_s
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> OxigraphServer:
        args = [self.binary, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"]
        if self.timeout_s is not None:
            args += ["--timeout-s", str(self.timeout_s)]
        log = open(self.location.parent / f"oxigraph-{self.port}.log", "wb")  # noqa: SIM115 - the child keeps it
        self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {self.proc.returncode}; see {log.name}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"oxigraph serve did not listen on port {self.port} within 30 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class RecordingProxy:
    """An HTTP proxy in front of a store server that records each request (method, path, body): the
    witness of what the service sent to the store, and what it did not."""

    def __init__(self, upstream: str) -> None:
        self.upstream = urlsplit(upstream)
        self.requests: list[tuple[str, str, bytes]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy.requests.append((self.command, self.path, body))
                conn = http.client.HTTPConnection(proxy.upstream.hostname, proxy.upstream.port, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body=body or None, headers=headers)
                answer = conn.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)
                conn.close()

            do_GET = do_POST = do_PUT = do_DELETE = _forward  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def queries(self) -> list[str]:
        """The query texts sent to /query (form-encoded or not)."""
        texts = []
        for method, path, body in self.requests:
            if urlsplit(path).path == "/query":
                form = parse_qs(body.decode("utf-8")) if method == "POST" else parse_qs(urlsplit(path).query)
                texts += form.get("query", [])
        return texts

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.server.shutdown()
        self.server.server_close()
