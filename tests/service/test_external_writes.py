"""A running server notices articles that another process (`kg ingest`) adds to its store."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import httpx
import pytest

from graph.store import KnowledgeStore
from service.app import create_app
from service.settings import Settings
from tests.service.conftest import TOKEN, auth
from tests.service.facts_sample import article_dfki, article_kl
from tests.service.http_server import serve

ROOT = Path(__file__).resolve().parents[2]
# the first request after an external write rebuilds the read model and search index; on a busy
# machine that took longer than httpx's default of 5 s (the tests ask whether it is seen, not how fast)
get = partial(httpx.get, timeout=30)
COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
INGEST_DFKI = """
from graph.store import KnowledgeStore
from tests.service.facts_sample import article_dfki
article, facts = article_dfki()
with KnowledgeStore({path!r}) as ks:
    ks.ingest(article, facts, pipeline_version="test-1")
"""


def one_article_store(path: Path) -> Path:
    with KnowledgeStore(path) as ks:
        article, facts = article_kl()
        ks.ingest(article, facts, pipeline_version="test-1")
    return path


def ingest_in_another_process(store: Path) -> None:
    code = INGEST_DFKI.format(path=str(store))
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)


def sparql_count(url: str) -> int:
    r = get(f"{url}/sparql", params={"query": COUNT})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    return one_article_store(tmp_path / "kg")


@pytest.fixture()
def url(store: Path) -> Iterator[str]:
    settings = Settings(store=store, sparql_workers=1, store_check_interval=0, rate_limit=0)
    with serve(create_app(settings)) as base:
        yield base


def test_rest_and_sparql_see_an_external_ingest(url: str, store: Path) -> None:
    # warm everything that holds a snapshot: read model, response cache, search index, query worker
    assert get(f"{url}/persons/antje-krueger").status_code == 404
    assert get(f"{url}/articles").json()["total"] == 1
    assert get(f"{url}/search", params={"q": "Robotik"}).json()["total"] == 0
    assert sparql_count(url) == 1
    generation = get(f"{url}/health").json()["generation"]

    ingest_in_another_process(store)

    assert get(f"{url}/persons/antje-krueger").status_code == 200
    assert get(f"{url}/articles").json()["total"] == 2
    assert get(f"{url}/search", params={"q": "Robotik"}).json()["total"] > 0
    assert sparql_count(url) == 2
    assert get(f"{url}/health").json()["generation"] > generation


def test_a_store_folder_is_looked_at_on_every_request(store: Path) -> None:
    """The interval paces only the questions to a store server: a folder's marker file is stat'ed at
    every request, so the first request after an external write sees it, however long the interval."""
    settings = Settings(store=store, sparql_workers=1, store_check_interval=3600, rate_limit=0)
    with serve(create_app(settings)) as base:
        assert get(f"{base}/articles").json()["total"] == 1
        ingest_in_another_process(store)
        assert get(f"{base}/articles").json()["total"] == 2


def test_requests_without_a_write_leave_the_snapshot_alone(store: Path) -> None:
    settings = Settings(store=store, sparql_workers=1, rate_limit=0)
    app = create_app(settings)
    with serve(app) as base:
        assert get(f"{base}/articles").json()["total"] == 1
        built = app.state.kg.current_snapshot()
        for _ in range(5):
            assert get(f"{base}/articles").json()["total"] == 1
        assert app.state.kg.current_snapshot() is built
        assert get(f"{base}/health").json()["generation"] == 0


def test_own_writes_do_not_count_as_external(tmp_path: Path) -> None:
    store = one_article_store(tmp_path / "kg")
    settings = Settings(store=store, api_token=TOKEN, sparql_workers=1, store_check_interval=0, rate_limit=0)
    with serve(create_app(settings)) as base:
        get(f"{base}/articles")
        article, _ = article_kl()
        assert httpx.delete(f"{base}/articles/{article.id}", headers=auth()).status_code == 200
        assert get(f"{base}/health").json()["generation"] == 1  # one write, one generation
        assert get(f"{base}/health").json()["generation"] == 1


def shows_robotics(url: str) -> bool:
    """Whether /persons, /search and /expertise all know the DFKI article's person and topic."""
    person = get(f"{url}/persons", params={"q": "Krüger"}).json()["total"] > 0
    search = get(f"{url}/search", params={"q": "Robotik"}).json()["total"] > 0
    experts = get(f"{url}/expertise", params={"topic": "Robotik"}).json()["total"] > 0
    return person and search and experts


def test_a_write_by_another_store_handle_is_visible_within_a_second(store: Path) -> None:
    """The server reads the change log at its next request and applies just that article: the built
    read model and indexes move forward, nothing is rebuilt."""
    settings = Settings(store=store, sparql_workers=1, rate_limit=0)
    app = create_app(settings)
    with serve(app) as base:
        assert not shows_robotics(base)  # warms the read model and both indexes
        built = app.state.kg.current_snapshot()
        with KnowledgeStore(store) as ks:  # the server only reads: another handle may write
            ks.ingest(*article_dfki(), pipeline_version="test-1")
        written = time.monotonic()
        while not shows_robotics(base) and time.monotonic() - written < 10:
            time.sleep(0.02)
        elapsed = time.monotonic() - written
        assert shows_robotics(base)
        assert elapsed < 1.5, f"visible after {elapsed:.2f} s"
        updated = app.state.kg.current_snapshot()
        assert updated.model is not built.model and updated.search is not None  # updated, not dropped
        assert updated.expertise is not None and updated.seq == built.seq + 1
