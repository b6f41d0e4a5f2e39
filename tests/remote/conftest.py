"""A real `oxigraph serve` per test (the store server behind `--store http://...` / `KG_STORE`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.oxigraph_server import OxigraphServer, RecordingProxy, oxigraph_binary


@pytest.fixture()
def oxigraph(tmp_path: Path) -> Iterator[OxigraphServer]:
    """An empty Oxigraph server on a free loopback port, its data in the test's temp folder."""
    if oxigraph_binary() is None:  # a dependency (pyproject.toml): only a broken install lacks it
        pytest.skip("the `oxigraph` command is not installed (pip install oxigraph)")
    with OxigraphServer(tmp_path / "oxigraph", timeout_s=30) as server:
        yield server


@pytest.fixture()
def proxy(oxigraph: OxigraphServer) -> Iterator[RecordingProxy]:
    """The server behind a proxy that records every request the service sends it."""
    with RecordingProxy(oxigraph.url) as recorder:
        yield recorder
