"""`KnowledgeStore`: the on-disk pyoxigraph store, one named graph and one transaction per article.

Entity descriptions (types, labels) are written into the graph of every article that mentions the
entity, so the union of the graphs is the knowledge graph and dropping an article's graph removes
exactly its statements and the entities no other article supports. Query with the default graph as
the union of all graphs (`query()` does; pass ``use_default_graph_as_union=True`` on `.store`).
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import pyoxigraph as ox

from corpus.article import Article
from graph import curation
from graph.errors import StoreError
from graph.generation import Op, mark_written
from graph.rdf import article_quads, document_key, fingerprint
from graph.resolve import EntityIndex, _key, names_parent
from graph.vocab import ENTITIES_GRAPH, PREFIXES, XSD, article_iri, graph_iri
from nlp.facts import Facts

logger = logging.getLogger(__name__)

IngestStatus = Literal["new", "unchanged", "replaced"]

_KIND_OF_TYPE = {
    "https://schema.org/Person": "person",
    "http://www.w3.org/ns/org#Organization": "org",
    "https://schema.org/Project": "project",
    "https://schema.org/Event": "event",
    "https://schema.org/Place": "place",
}
# The types as a FILTER, not a second VALUES block: with both, pyoxigraph scans every typed entity once
# the first VALUES holds a dozen IRIs (1.1 s instead of 2 ms at 100,000 generated articles, in every
# replace and delete); the same rows.
_LABELS_QUERY = (
    """SELECT ?e ?t ?pref WHERE { %s
  GRAPH <"""
    + ENTITIES_GRAPH
    + """> { ?e skos:prefLabel ?pref ; a ?t }
  FILTER(?t IN (schema:Person, org:Organization, schema:Project, schema:Event, schema:Place))
}"""
)
_UNITS_OF = "SELECT DISTINCT ?u WHERE { %s GRAPH ?g { ?u org:subOrganizationOf ?p } %s }"
MENTIONS = "https://schema.org/mentions"


class KnowledgeStore:
    """The knowledge graph on disk (`path`) or in memory (`path=None`, for tests).

    A `path` that is a server URL (``http://host:port``, see graph/location.py) opens the graph kept by
    an Oxigraph server instead: the instance is then a `graph.remote_store.RemoteKnowledgeStore`.
    """

    def __new__(cls, path: Path | str | None = None) -> KnowledgeStore:
        from graph.location import is_remote

        if cls is KnowledgeStore and is_remote(path):
            from graph.remote_store import RemoteKnowledgeStore

            return super().__new__(RemoteKnowledgeStore)
        return super().__new__(cls)

    def __init__(self, path: Path | str | None = None) -> None:
        try:
            if path is not None:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as exc:
            raise StoreError(
                f"cannot open the store at {path}: {exc}. Is another process (server, CLI) using it? "
                "Stop it or point KG_STORE to another directory."
            ) from exc
        self.path = Path(path) if path is not None else None
        self.index = EntityIndex()
        self._lock = threading.RLock()
        self._load_index()

    # -- writing ----------------------------------------------------------------------------------

    def _write(self, graph: ox.NamedNode, quads: list[ox.Quad], *, replace: bool) -> None:
        """Store one article's quads in one transaction, replacing its old graph if `replace`."""
        if not replace:
            self.store.extend(quads)
            return
        # Collect before inserting: an entity only the old version knew may come back with another
        # preferred label, and must not keep the old one beside it.
        stale = self._mentioned(graph)
        drop = f"DROP SILENT GRAPH {graph}"
        self.store.update(_ops(drop, _collect(stale), _insert_data(quads)))

    def _drop(self, graphs: list[str], stale: set[str]) -> None:
        """Remove the graphs and, of the entities they mentioned (`stale`), those only they supported, in
        one transaction."""
        self.store.update(_ops(*(f"DROP SILENT GRAPH <{g}>" for g in graphs), _collect(stale)))

    def ingest(self, article: Article, facts: Facts, *, pipeline_version: str) -> IngestStatus:
        """Write the article's statements in one transaction; a changed version replaces the old graph."""
        doc = document_key(article)
        graph = ox.NamedNode(graph_iri(doc))
        fp = fingerprint(article, facts, pipeline_version)
        with self._lock:
            old = self._fingerprint(doc)
            if old == fp:
                return "unchanged"
            if old is not None:  # resolve as if the old version had never been read
                self._reindex(self._mentioned(graph), exclude=graph)
            try:
                resolver = curation.resolver_for(self, doc)  # with the curators' decisions
                quads = article_quads(article, facts, pipeline_version=pipeline_version, resolver=resolver)
                quads += curation.extra_quads(self, resolver, graph.value, quads)
                self._write(graph, quads, replace=old is not None)
            except BaseException:
                self._load_index()  # the resolver registered entities that were not written
                raise
            self._mark_written([("add" if old is None else "replace", graph.value, article.id)])
            logger.debug("ingested %s (%d quads) into %s", article.id, len(quads), graph.value)
            return "new" if old is None else "replaced"

    def delete(self, article_id: str) -> bool:
        """Remove an article (by id or URL): its statements and the entities only it supported."""
        with self._lock:
            graphs = self.graphs_of(article_id)
            if not graphs:
                return False
            stale = set().union(*(self._mentioned(ox.NamedNode(g)) for g in graphs))
            self._drop(graphs, stale)
            self._mark_written([("delete", g, article_id) for g in graphs])
            self._reindex(stale)
            return True

    # -- reading ----------------------------------------------------------------------------------

    def query(self, sparql: str, **kw: Any) -> Any:
        """SPARQL over the union of all article graphs, with the project prefixes predeclared."""
        kw.setdefault("use_default_graph_as_union", True)
        kw.setdefault("prefixes", PREFIXES)
        return self.store.query(sparql, **kw)

    def article_ids(self) -> list[str]:
        rows = self.query("""SELECT DISTINCT ?id WHERE { GRAPH ?g { ?a a schema:NewsArticle ;
                             dcterms:identifier ?id } } ORDER BY ?id""")
        return [r["id"].value for r in rows]

    def graphs_of(self, article_id: str) -> list[str]:
        """Named graphs of the article with this id (or URL)."""
        url = ox.Literal(article_id, datatype=ox.NamedNode(str(XSD.anyURI)))
        sparql = f"""SELECT DISTINCT ?g WHERE {{
            {{ GRAPH ?g {{ ?a dcterms:identifier {ox.Literal(article_id)} ; a schema:NewsArticle }} }}
            UNION {{ GRAPH ?g {{ ?a schema:url {url} ; a schema:NewsArticle }} }} }}"""
        return sorted(r["g"].value for r in self.query(sparql))

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        """Flush and release the store (and its lock on the folder); closing twice is harmless."""
        with self._lock:
            if not hasattr(self, "store"):
                return
            if self.path is not None:
                self.store.flush()
            del self.store

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------------

    def _mark_written(self, changes: list[tuple[Op, str, str]]) -> None:
        """Tell other processes (a running server) which article graphs changed: graph/generation.py."""
        if self.path is not None:
            mark_written(self.path, changes)

    def _fingerprint(self, doc: str) -> str | None:
        sparql = (
            f"SELECT ?fp WHERE {{ GRAPH <{graph_iri(doc)}> {{ <{article_iri(doc)}> kg:fingerprint ?fp }} }}"
        )
        rows = list(self.query(sparql, use_default_graph_as_union=False))
        return str(rows[0]["fp"].value) if rows else None

    def _mentioned(self, graph: ox.NamedNode) -> set[str]:
        sparql = f"SELECT DISTINCT ?e WHERE {{ GRAPH {graph} {{ ?a <{MENTIONS}> ?e }} }}"
        return {r["e"].value for r in self.query(sparql, use_default_graph_as_union=False)}

    def _load_index(self, exclude: ox.NamedNode | None = None) -> None:
        """Rebuild the resolution index from the labels in the store (optionally without one graph)."""
        self.index.clear()
        self._register(None, exclude)

    def _reindex(self, touched: set[str], exclude: ox.NamedNode | None = None) -> None:
        """Register afresh the entities an article graph touched (and the units under them), as a
        rebuild without graph `exclude` would: what a dropped or replaced graph said is forgotten,
        while the rest of the index is kept (a rebuild takes minutes on a large store)."""
        if not touched:
            return
        units = {r["u"].value for r in self.query(_UNITS_OF % (_values("p", touched), _not_in(exclude)))}
        affected = touched | units
        for iri in affected:
            self.index.unregister(iri)
        self._register(affected, exclude)

    def _register(self, iris: set[str] | None, exclude: ox.NamedNode | None) -> None:
        """Register the live entities of the store (or of `iris`) with their labels and parents.

        Separate DISTINCT queries joined here: a join over the union graph would multiply rows by the
        number of articles that repeat a statement.
        """
        if iris is None:
            graphs = [g for g in self.store.named_graphs() if g != exclude and g.value != ENTITIES_GRAPH]
            if not graphs:
                return
            kw: dict[str, Any] = {"use_default_graph_as_union": False, "default_graph": graphs}

            def select(head: str, pattern: str, scope: set[str] | None = None) -> Any:
                return self.query(f"SELECT DISTINCT {head} WHERE {{ {pattern} }}", **kw)

        else:

            def select(head: str, pattern: str, scope: set[str] | None = None) -> Any:
                values = _values("e", scope if scope is not None else iris)
                return self.query(
                    f"SELECT DISTINCT {head} WHERE {{ {values} GRAPH ?g {{ {pattern} }} {_not_in(exclude)} }}"
                )

        parents: dict[str, list[str]] = defaultdict(list)
        for row in select("?e ?p", "?e org:subOrganizationOf ?p"):
            parents[row["e"].value].append(row["p"].value)
        wanted = None if iris is None else iris | {p for ps in parents.values() for p in ps}
        live = {r["e"].value for r in select("?e", "?a schema:mentions ?e", wanted)}
        entities: dict[str, tuple[str, str]] = {}
        for row in self.query(_LABELS_QUERY % _values("e", wanted)):
            iri = row["e"].value
            if iri in live:
                entities[iri] = (_KIND_OF_TYPE[row["t"].value], row["pref"].value)
        alts: dict[str, set[str]] = defaultdict(set)
        for row in select("?e ?alt", "?e skos:altLabel ?alt"):
            alts[row["e"].value].add(row["alt"].value)
        for iri, (kind, pref) in sorted(entities.items()):
            if iris is not None and iri not in iris:
                continue  # a parent, looked up for its units
            labels = [pref, *sorted(alts[iri])]
            units_of = [p for p in parents.get(iri, []) if p in entities] if kind == "org" else []
            if not units_of:
                self.index.register(kind, iri, pref, labels, [""])
                continue
            self.index.register(kind, iri, pref, labels, units_of)  # same rule as Resolver.organization
            pkeys = [_key("org", entities[p][1]) for p in units_of]
            wide = [lab for lab in labels if any(names_parent(_key("org", lab), pk) for pk in pkeys)]
            self.index.register(kind, iri, pref, wide, [""])


def _values(var: str, iris: set[str] | None) -> str:
    return "" if iris is None else f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def _not_in(exclude: ox.NamedNode | None) -> str:
    """A filter on ?g: article graphs only, without `exclude`."""
    skip = f" && ?g != {exclude}" if exclude is not None else ""
    return f"FILTER(?g != <{ENTITIES_GRAPH}>{skip})"


def _ops(*operations: str) -> str:
    """One SPARQL update request (one transaction in Oxigraph) from the non-empty operations."""
    return " ;\n".join(op for op in operations if op)


def _insert_data(quads: list[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object} .")
    body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
    return f"INSERT DATA {{\n{body}\n}}"


def _collect(candidates: set[str]) -> str:
    """Update that drops shared entity statements of candidates no article mentions any more."""
    if not candidates:
        return ""
    values = " ".join(f"<{iri}>" for iri in sorted(candidates))
    return f"""DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{
  VALUES ?e {{ {values} }}
  GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?a <{MENTIONS}> ?e }} }}
}}"""
