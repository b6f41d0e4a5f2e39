"""Browser tests: the sample corpus ingested with `kg ingest`, served by `kg serve` on loopback, driven by
Debian's Chromium through Playwright (which never downloads a browser here: `executable_path` is given).

Setup: `make browser` (apt-get install chromium; pip install playwright). Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The `kg` command of this interpreter (independent of whether the console script is on PATH).
KG = [sys.executable, "-c", "from service.cli import app; app()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"kg serve did not answer within {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus through the real pipeline (`kg ingest corpus/samples`).

    KG_BROWSER_FACTS=gold builds it from the samples' gold facts instead (to work on the page while the
    pipeline is broken); KG_BROWSER_STORE=DIR serves an existing store.
    """
    if os.environ.get("KG_BROWSER_STORE"):
        return Path(os.environ["KG_BROWSER_STORE"])
    store = tmp_path_factory.mktemp("browser") / "store"
    if os.environ.get("KG_BROWSER_FACTS") == "gold":
        from tests.browser.gold_store import build_gold_store

        build_gold_store(ROOT / "corpus" / "samples", store)
        return store
    done = subprocess.run(
        [*KG, "ingest", str(ROOT / "corpus" / "samples"), "--store", str(store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, f"kg ingest failed:\n{done.stderr[-3000:]}"
    return store


@contextmanager
def kg_serve(store: Path, log: Path, **env: str) -> Iterator[str]:
    """Base URL of `kg serve --store STORE` on a free loopback port (output to `log`, `env` added to the
    environment), healthy before it is yielded and stopped afterwards."""
    port = _free_port()
    with log.open("wb") as out:
        command = [*KG, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)]
        environ = {**os.environ, **env}
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=environ)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def server(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of `kg serve` on a free loopback port."""
    log = tmp_path_factory.mktemp("server") / "serve.log"
    with kg_serve(sample_store, log, KG_SPARQL_WORKERS="1") as url:
        for warm in ("/search?q=Stadt", "/expertise?topic=Stadt"):  # build the indexes before the first test
            urllib.request.urlopen(url + warm, timeout=60).close()
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run `make browser` (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: run `make browser` (pip install playwright)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, server: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh 1280x800 page on the server; any uncaught script error, anything the server's
    Content-Security-Policy blocks and any request to another origin fails the test."""
    size = getattr(request, "param", {"width": 1280, "height": 800})
    context = browser.new_context(viewport=size, base_url=server, locale="de-DE")
    context.set_default_timeout(15_000)
    pg = context.new_page()
    errors: list[str] = []
    blocked: list[str] = []
    foreign: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None)
    pg.on("request", lambda r: None if r.url.startswith((server, "data:")) else foreign.append(r.url))
    yield pg
    context.close()
    assert not errors, f"script errors on the page: {errors}"
    assert not blocked, f"blocked by the Content-Security-Policy: {blocked}"
    assert not foreign, f"requests to other origins (the page must work offline): {foreign}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
