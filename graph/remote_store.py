"""`RemoteKnowledgeStore`: the knowledge graph kept by an Oxigraph server, written per article graph.

Same model as the embedded store (one named graph per article, the shared entities graph), written
through the SPARQL 1.1 Graph Store Protocol and Update:

1. ``PUT /store?graph=<article graph>``: the article's statements, without its fingerprint; the server
   replaces the graph atomically.
2. One SPARQL Update (one transaction on the server), the commit: entity descriptions of the shared
   graph (an entity's label is only added when it has none: with two writers, the first one's label
   wins), descriptions only the article's old version supported collected, the fingerprint, and the
   store's generation marker.

A write cut off between 1 and 2 leaves an article without fingerprint: its next ingest writes it again
(it is not "unchanged"). Deleting runs the collection first, then ``DELETE /store?graph=``, then moves
the marker; a delete cut off half-way is finished by running it again.

The generation marker (what graph/generation.py is for a store folder) is one triple
``<META_GRAPH> kg:generation "token"`` in the named graph `META_GRAPH`, replaced by every write; a
server reading the store compares it to notice writes by other processes. Two writers may leave two
tokens for a moment: readers compare the sorted set, which still changed.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from graph.errors import StoreError, StoreUnavailableError
from graph.location import remote_url
from graph.resolve import EntityIndex
from graph.sparql_http import RemoteStore
from graph.store import MENTIONS, KnowledgeStore, _ops
from graph.vocab import ENTITIES_GRAPH, KG, META_GRAPH, RDFS, SKOS

logger = logging.getLogger(__name__)

GENERATION = str(KG.generation)
MARKER_TIMEOUT = 5.0  # the marker is read on the request path of a running server
_FINGERPRINT = str(KG.fingerprint)
_LABELS = frozenset({str(RDFS.label), str(SKOS.prefLabel)})


class RemoteKnowledgeStore(KnowledgeStore):
    """`KnowledgeStore` over the Oxigraph server at `path` (``http://host:port``)."""

    def __init__(self, path: Path | str | None = None) -> None:
        url = remote_url(path)
        if url is None:
            raise StoreError(f"{path}: not a store server URL; write it as http://HOST:PORT")
        self.url = url
        self.store = RemoteStore(url, hidden_graphs=[META_GRAPH])  # type: ignore[assignment]
        self.path = None
        self.index = EntityIndex()
        self._lock = threading.RLock()
        self._load_index()

    @property
    def remote(self) -> RemoteStore:
        assert isinstance(self.store, RemoteStore)
        return self.store

    def close(self) -> None:
        """Nothing to release: every request is committed by the server."""

    def _mark_written(self, changes: object = None) -> None:
        """The marker moves inside each write's last request (see `_write`, `_drop`)."""

    def _write(self, graph: ox.NamedNode, quads: list[ox.Quad], *, replace: bool) -> None:
        stale = self._mentioned(graph) if replace else set()
        own = [q.triple for q in quads if q.graph_name == graph and q.predicate.value != _FINGERPRINT]
        fingerprints = [q for q in quads if q.graph_name == graph and q.predicate.value == _FINGERPRINT]
        shared = [q for q in quads if q.graph_name != graph]
        self.remote.put_graph(graph, own)
        self.remote.update(
            _ops(
                _collect_outside(stale, [graph.value]),
                _insert_shared(shared),
                *(_replace_value(q) for q in fingerprints),
                *_marker_ops(),
            )
        )

    def _drop(self, graphs: list[str], stale: set[str]) -> None:
        if collect := _collect_outside(stale, graphs):
            self.remote.update(collect)
        for g in graphs:
            self.remote.delete_graph(ox.NamedNode(g))
        self.remote.update(_ops(*_marker_ops()))


def read_remote_generation(url: str) -> str | None:
    """The server's generation token (None: never written through `RemoteKnowledgeStore`, or unreachable)."""
    store = RemoteStore(url, timeout=MARKER_TIMEOUT)
    try:
        marker = f"<{META_GRAPH}>"
        rows = store.query(f"SELECT ?t WHERE {{ GRAPH {marker} {{ {marker} <{GENERATION}> ?t }} }}")
        tokens = sorted(str(row["t"].value) for row in rows)
    except (StoreUnavailableError, SyntaxError, OSError) as exc:
        logger.warning("could not read the generation marker of the store server at %s: %s", url, exc)
        return None
    return " ".join(tokens) or None


def _replace_value(quad: ox.Quad) -> str:
    """Update that makes `quad` the only value of its subject and predicate in its graph."""
    g, s, p = quad.graph_name, quad.subject, quad.predicate
    return _ops(
        f"DELETE WHERE {{ GRAPH {g} {{ {s} {p} ?old }} }}",
        f"INSERT DATA {{ GRAPH {g} {{ {s} {p} {quad.object} }} }}",
    )


def _marker_ops() -> tuple[str, str]:
    marker = f"<{META_GRAPH}>"
    return (
        f"DELETE WHERE {{ GRAPH {marker} {{ {marker} <{GENERATION}> ?old }} }}",
        f'INSERT DATA {{ GRAPH {marker} {{ {marker} <{GENERATION}> "{uuid.uuid4().hex}" }} }}',
    )


def _collect_outside(candidates: set[str], graphs: list[str]) -> str:
    """Update that drops the shared statements of candidates no graph but `graphs` mentions."""
    if not candidates:
        return ""
    values = " ".join(f"<{iri}>" for iri in sorted(candidates))
    skip = ", ".join(f"<{g}>" for g in graphs)
    return f"""DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{
  VALUES ?e {{ {values} }}
  GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?a <{MENTIONS}> ?e }} FILTER(?g NOT IN ({skip})) }}
}}"""


def _insert_shared(quads: list[ox.Quad]) -> str:
    """Types and the like as they are; a label only for an entity that has none of that kind yet."""
    plain: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        row = f"{q.subject} {q.predicate} {q.object}"
        (labels if q.predicate.value in _LABELS else plain)[str(q.graph_name)].append(row)
    ops = []
    for g, rows in plain.items():
        ops.append(f"INSERT DATA {{ GRAPH {g} {{\n" + " .\n".join(rows) + " .\n} }")
    for g, rows in labels.items():
        values = "\n".join(f"({r})" for r in rows)
        ops.append(
            f"INSERT {{ GRAPH {g} {{ ?s ?p ?o }} }} WHERE {{ VALUES (?s ?p ?o) {{\n{values}\n}}\n"
            f"  FILTER NOT EXISTS {{ GRAPH {g} {{ ?s ?p ?other }} }} }}"
        )
    return _ops(*ops)
