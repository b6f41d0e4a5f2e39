"""Crash safety: SIGKILL during a bulk ingest leaves every article fully present or absent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.rdf import document_key
from graph.store import KnowledgeStore
from graph.vocab import graph_iri
from tests.graph.synthetic import corpus

N = 300
VERSION = "crash-test 1"
WORKER = f"""
import sys
from graph.store import KnowledgeStore
from tests.graph.synthetic import corpus
ks = KnowledgeStore(sys.argv[1])
for i, (article, facts) in enumerate(corpus({N})):
    ks.ingest(article, facts, pipeline_version={VERSION!r})
    print(i, flush=True)
"""


def _graph(store: ox.Store, iri: str) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_whole_articles_and_resumes(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if int(line) >= 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    reference = KnowledgeStore(None)
    items = list(corpus(N))
    for article, facts in items:
        reference.ingest(article, facts, pipeline_version=VERSION)

    with KnowledgeStore(path) as ks:
        present = []
        for i, (article, _) in enumerate(items):
            iri = graph_iri(document_key(article))
            got = _graph(ks.store, iri)
            assert got in (set(), _graph(reference.store, iri)), f"article {i} is partly present"
            if got:
                present.append(i)
        assert present == list(range(len(present))) and 41 <= len(present) < N

        statuses = [ks.ingest(a, f, pipeline_version=VERSION) for a, f in items]
        assert statuses == ["unchanged"] * len(present) + ["new"] * (N - len(present))
        assert set(ks.store) == set(reference.store)
