"""Store size per article, and what takes it: bytes before and after `optimize()`, quads by predicate.

Run: ``python -m tests.bench.store_size [--real] [--synthetic 1000]`` prints Markdown tables (used by
tests/bench/bench_scale.py for tests/bench/reports/scale.md). The real articles are those the project may
read (../shared/corpus, ../shared/corpus-train, corpus/samples; never the held-out ones); their facts are
extracted once and cached as facts lines (corpus/precomputed.py), so a changed RDF mapping is measured on
the same facts without running the model again.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from corpus.article import Article
from corpus.loader import iter_articles
from corpus.precomputed import facts_line, is_facts_record, loaded_from_facts_record
from graph.store import KnowledgeStore
from graph.vocab import PREFIXES
from nlp.facts import Facts
from tests.bench.synthetic import articles as synthetic_articles

ROOT = Path(__file__).resolve().parents[2]
REAL = [
    ROOT.parent / "shared" / "corpus",
    ROOT.parent / "shared" / "corpus-train",
    ROOT / "corpus" / "samples",
]
CACHE = Path(tempfile.gettempdir()) / "kg-scale" / "real-facts.jsonl"

BY_PREDICATE = """SELECT ?p (COUNT(*) AS ?n) (SUM(IF(isLiteral(?o), STRLEN(STR(?o)), 0)) AS ?chars)
WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY DESC(?n)"""
BY_GRAPH = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://kg.example.org/graph/entities> { ?s ?p ?o } }"
# What a subject is, from its IRI: fact nodes and their evidence nodes, entities, articles, activities.
BY_SUBJECT = """SELECT ?kind (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
  BIND(REPLACE(STR(?s), "^https://kg.example.org/id/([a-z]+)/[^#]*(#[a-z]+)?.*$", "$1$2") AS ?kind) }
GROUP BY ?kind ORDER BY DESC(?n)"""


def real_records(cache: Path = CACHE) -> list[tuple[Article, Facts, str]]:
    """The real articles with their facts: from the cache, else extracted (and cached)."""
    if not cache.exists():
        from nlp.pipeline import load_pipeline, pipeline_version
        from service.batch import extract_records

        nlp = load_pipeline()
        version = pipeline_version(nlp)
        jobs = [(x.source, x.article) for x in iter_articles(REAL) if x.article is not None]
        lines = [
            facts_line(o.article, o.facts, version)
            for o in extract_records(jobs, nlp)
            if o.article is not None and o.facts is not None
        ]
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    out = []
    for i, line in enumerate(cache.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        assert is_facts_record(record)
        loaded = loaded_from_facts_record(record, source=f"{cache}:{i + 1}")
        assert loaded.article is not None and loaded.facts is not None and loaded.pipeline_version
        out.append((loaded.article, loaded.facts, loaded.pipeline_version))
    return out


def synthetic_records(count: int) -> Iterator[tuple[Article, Facts, str]]:
    for article, facts in synthetic_articles(count):
        yield article, facts, "bench-1"


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


def sst_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.suffix == ".sst")


@dataclass
class Size:
    """What one store of `articles` articles takes."""

    label: str
    articles: int
    quads: int = 0
    written: int = 0  # bytes of the folder as written
    optimized: int = 0  # bytes after Store.optimize()
    optimized_sst: int = 0  # of which SST files (the data); the rest: RocksDB's log, manifest, options
    compacted: int = 0  # bytes after `kg compact` (graph/compact.py; 0: not available in this checkout)
    compact_s: float = 0.0
    ingest_s: float = 0.0
    optimize_s: float = 0.0
    predicates: list[tuple[str, int, int]] = field(default_factory=list)  # (predicate, quads, literal chars)
    subjects: list[tuple[str, int]] = field(default_factory=list)
    entities_graph: int = 0  # quads of the shared entities graph (the rest: the article graphs)

    def per_k(self, value: float) -> float:
        return value * 1000 / self.articles


def measure(
    label: str,
    records: Iterator[tuple[Article, Facts, str]] | list[tuple[Article, Facts, str]],
    folder: Path | None = None,
) -> Size:
    """Ingest `records` into a fresh store (in `folder`, else a temporary one), optimize, count."""
    tmp = Path(tempfile.mkdtemp(prefix="kg-size-")) if folder is None else folder
    try:
        started = time.perf_counter()
        n = 0
        with KnowledgeStore(tmp) as ks:
            for article, facts, version in records:
                ks.ingest(article, facts, pipeline_version=version)
                n += 1
            size = Size(label, n, ingest_s=time.perf_counter() - started)
            ks.store.flush()
            size.written = folder_bytes(tmp)
            started = time.perf_counter()
            ks.store.optimize()
            size.optimize_s = time.perf_counter() - started
            size.quads = len(ks.store)
        # RocksDB deletes the write-ahead log only when the store is opened again (optimize() and
        # flush() leave it): opened and closed once more, the folder holds what a reader would find.
        del ks
        reopened = ox.Store(str(tmp))
        del reopened
        size.optimized = folder_bytes(tmp)
        size.optimized_sst = sst_bytes(tmp)
        store = ox.Store.read_only(str(tmp))
        for r in _solutions(store, BY_GRAPH):
            size.entities_graph = int(r["n"].value)
        for r in _solutions(store, BY_PREDICATE):
            size.predicates.append((_short(r["p"].value), int(r["n"].value), int(r["chars"].value)))
        for r in _solutions(store, BY_SUBJECT):
            size.subjects.append((r["kind"].value, int(r["n"].value)))
        del store
        try:
            from graph.compact import compact
        except ImportError:  # a checkout before `kg compact`, measured for comparison
            return size
        started = time.perf_counter()
        size.compacted = compact(tmp).bytes_after
        size.compact_s = time.perf_counter() - started
        return size
    finally:
        if folder is None:
            shutil.rmtree(tmp, ignore_errors=True)


def _solutions(store: ox.Store, query: str) -> ox.QuerySolutions:
    result = store.query(query, prefixes=PREFIXES)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def summary_table(sizes: list[Size]) -> list[str]:
    lines = [
        "| store | articles | quads per article | of which in the entities graph "
        "| MB per 1,000 articles as written | after `optimize()` and reopening "
        "| of which SST (data) | bytes per quad | after `kg compact` | bytes per quad | ingest | optimize "
        "| compact |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in sizes:
        compacted = "– | –"
        if s.compacted:
            compacted = f"**{s.per_k(s.compacted) / 1e6:.1f}** | {s.compacted / s.quads:.0f}"
        lines.append(
            f"| {s.label} | {s.articles:,} | {s.quads / s.articles:.0f} | "
            f"{s.entities_graph / s.articles:.0f} | {s.per_k(s.written) / 1e6:.1f} | "
            f"**{s.per_k(s.optimized) / 1e6:.1f}** | {s.per_k(s.optimized_sst) / 1e6:.1f} | "
            f"{s.optimized / s.quads:.0f} | "
            + compacted
            + f" | {s.ingest_s:.1f} s | {s.optimize_s:.2f} s | {s.compact_s:.1f} s |"
        )
    return lines


def breakdown_table(size: Size, top: int = 25) -> list[str]:
    lines = [
        f"Quads of {size.label} by predicate (per article; literal characters per article):",
        "",
        "| predicate | quads per article | share | literal characters per article |",
        "|---|---:|---:|---:|",
    ]
    for p, n, chars in size.predicates[:top]:
        lines.append(
            f"| `{p}` | {n / size.articles:.1f} | {n / size.quads:.0%} | {chars / size.articles:,.0f} |"
        )
    rest = size.predicates[top:]
    if rest:
        n = sum(x[1] for x in rest)
        lines.append(f"| {len(rest)} others | {n / size.articles:.1f} | {n / size.quads:.0%} | |")
    lines += [
        "",
        f"Quads of {size.label} by subject (the kind in its IRI, `#…` for evidence parts of a fact):",
        "",
        "| subject | quads per article | share |",
        "|---|---:|---:|",
    ]
    for kind, n in size.subjects[:top]:
        lines.append(f"| `{kind[:60]}` | {n / size.articles:.1f} | {n / size.quads:.0%} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--synthetic", type=int, nargs="*", default=[1000])
    parser.add_argument("--no-real", action="store_true")
    args = parser.parse_args()
    sizes = []
    if not args.no_real:
        sizes.append(measure("real articles", real_records()))
    for n in args.synthetic:
        sizes.append(measure(f"synthetic {n:,}", synthetic_records(n)))
    print("\n".join(summary_table(sizes)))
    for s in sizes:
        print()
        print("\n".join(breakdown_table(s)))


if __name__ == "__main__":
    main()
