"""A TCP listener on 127.0.0.1 that counts connection attempts: the witness that nothing called out."""

from __future__ import annotations

import socket
import threading
import time


class Listener:
    """Accepts and closes every connection on a free loopback port, counting them."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.1)
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def seen(self, settle: float = 0.2) -> int:
        """Connections so far, after giving one in flight time to arrive."""
        time.sleep(settle)
        return self.connections

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()
