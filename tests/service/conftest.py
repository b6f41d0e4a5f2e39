"""Fixtures: a small on-disk store of two hand-made articles and the real app over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.store import KnowledgeStore
from service.app import create_app
from service.settings import Settings
from tests.service.facts_sample import SAMPLE
from tests.service.loopback import Listener

TOKEN = "test-token-123"


def build_store(path: Path) -> Path:
    with KnowledgeStore(path) as ks:
        for make in SAMPLE:
            article, facts = make()
            ks.ingest(article, facts, pipeline_version="test-1")
    return path


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store directory with the sample articles; copy it before writing (see `writable_client`)."""
    return build_store(tmp_path_factory.mktemp("store") / "kg")


@pytest.fixture(scope="session")
def settings(sample_store: Path) -> Settings:
    return Settings(store=sample_store, sparql_timeout=5.0, sparql_max_rows=1000, sparql_workers=1)


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    """A read-only client shared by the tests of the session (nothing may write through it)."""
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture()
def writable_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client over a fresh copy of the sample store with writes enabled by TOKEN."""
    store = build_store(tmp_path / "kg")
    settings = Settings(store=store, api_token=TOKEN, sparql_workers=1)
    with TestClient(create_app(settings)) as c:
        yield c


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture()
def listener() -> Iterator[Listener]:
    """A loopback TCP listener that must see no connection from a SPARQL query."""
    witness = Listener()
    yield witness
    witness.close()
