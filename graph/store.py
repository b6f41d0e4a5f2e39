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
from graph.errors import StoreError
from graph.rdf import article_quads, document_key, fingerprint
from graph.resolve import EntityIndex, Resolver, _key
from graph.vocab import PREFIXES, article_iri, graph_iri
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
_LABELS_QUERY = """
SELECT ?e ?t ?pref ?alt WHERE {
  VALUES ?t { schema:Person org:Organization schema:Project schema:Event schema:Place }
  ?e a ?t ; skos:prefLabel ?pref .
  OPTIONAL { ?e skos:altLabel ?alt }
}"""


class KnowledgeStore:
    """The knowledge graph on disk (`path`) or in memory (`path=None`, for tests)."""

    def __init__(self, path: Path | str | None = None) -> None:
        try:
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

    def ingest(self, article: Article, facts: Facts, *, pipeline_version: str) -> IngestStatus:
        """Write the article's statements in one transaction; a changed version replaces the old graph."""
        doc = document_key(article)
        graph = ox.NamedNode(graph_iri(doc))
        fp = fingerprint(article, facts, pipeline_version)
        with self._lock:
            old = self._fingerprint(doc)
            if old == fp:
                return "unchanged"
            if old is not None:
                self._load_index(exclude=graph)  # resolve as if the old version had never been read
            try:
                quads = article_quads(
                    article, facts, pipeline_version=pipeline_version, resolver=Resolver(self.index, doc)
                )
                if old is None:
                    self.store.extend(quads)
                else:
                    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
                    self.store.update(
                        f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
                    )
            except BaseException:
                self._load_index()  # the resolver registered entities that were not written
                raise
            logger.debug("ingested %s (%d quads) into %s", article.id, len(quads), graph.value)
            return "new" if old is None else "replaced"

    def delete(self, article_id: str) -> bool:
        """Remove an article (by id or URL): its statements and the entities only it supported."""
        with self._lock:
            graphs = self.graphs_of(article_id)
            if not graphs:
                return False
            self.store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
            self._load_index()
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
        rows = self.query(
            f"""SELECT DISTINCT ?g WHERE {{ VALUES ?id {{ {ox.Literal(article_id)} }}
                 GRAPH ?g {{ ?a a schema:NewsArticle .
                 {{ ?a dcterms:identifier ?id }} UNION {{ ?a schema:url ?u FILTER(STR(?u) = ?id) }} }} }}"""
        )
        return sorted(r["g"].value for r in rows)

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        with self._lock:
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

    def _fingerprint(self, doc: str) -> str | None:
        sparql = (
            f"SELECT ?fp WHERE {{ GRAPH <{graph_iri(doc)}> {{ <{article_iri(doc)}> kg:fingerprint ?fp }} }}"
        )
        rows = list(self.query(sparql, use_default_graph_as_union=False))
        return str(rows[0]["fp"].value) if rows else None

    def _load_index(self, exclude: ox.NamedNode | None = None) -> None:
        """Rebuild the resolution index from the labels in the store (optionally without one graph)."""
        self.index.clear()
        kw: dict[str, Any] = {}
        if exclude is not None:
            graphs = [g for g in self.store.named_graphs() if g != exclude]
            if not graphs:
                return
            kw = {"use_default_graph_as_union": False, "default_graph": graphs}
        entities: dict[str, tuple[str, str, set[str]]] = {}
        for row in self.query(_LABELS_QUERY, **kw):
            iri, kind = row["e"].value, _KIND_OF_TYPE[row["t"].value]
            pref = row["pref"].value
            old = entities.get(iri)
            if old is None or pref < old[1]:  # deterministic if graphs disagree on the prefLabel
                entities[iri] = (kind, pref, old[2] if old else set())
            if row["alt"] is not None:
                entities[iri][2].add(row["alt"].value)
        parents: dict[str, list[str]] = defaultdict(list)
        for row in self.query("SELECT DISTINCT ?e ?p WHERE { ?e org:subOrganizationOf ?p }", **kw):
            parents[row["e"].value].append(row["p"].value)
        for iri, (kind, pref, alts) in sorted(entities.items()):
            scopes = list(parents.get(iri, []))
            if kind == "org" and scopes:
                keys = {_key("org", lab) for lab in (pref, *alts)}
                pkeys = {_key("org", entities[p][1]) for p in scopes if p in entities}
                if any(f" {pk} " in f" {k} " for pk in pkeys for k in keys if pk):
                    scopes.append("")
            self.index.register(kind, iri, pref, alts, scopes or [""])
