"""The embedded store against an Oxigraph server as the store: ingest, opening, read model, /sparql p50.

Run: ``python -m tests.bench.bench_oxigraph_server [--articles 1000] [--requests 50]``; writes
tests/bench/reports/oxigraph-server.md. The same generated articles (tests/bench/synthetic.py) are
ingested through `KnowledgeStore` into a store folder and into a fresh `oxigraph serve` on loopback
(the quads are checked to be the same); then the service runs under uvicorn once per backend
(``KG_STORE=DIR`` and ``KG_STORE=http://...``) and the five analyst queries of bench_sparql.py go to
each `/sparql` with the same client code, parameters and warm-up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pyoxigraph as ox

from graph.remote_store import RemoteKnowledgeStore
from graph.store import KnowledgeStore
from tests.bench.bench_sparql import (
    FIXED,
    QUERIES,
    WARMUP,
    Timing,
    check_answers,
    count_rows,
    http_runner,
    one_after_the_other,
    parameters,
    render,
)
from tests.bench.server import serve
from tests.bench.synthetic import articles
from tests.oxigraph_server import OxigraphServer

REPORT = Path(__file__).parent / "reports" / "oxigraph-server.md"


def ingest(ks: KnowledgeStore, count: int) -> float:
    """Seconds to ingest the `count` generated articles (extraction is not part of it: facts are given)."""
    started = time.perf_counter()
    for article, facts in articles(count):
        ks.ingest(article, facts, pipeline_version="bench-1")
    return time.perf_counter() - started


def opening(location: Path | str) -> float:
    """Seconds to open a `KnowledgeStore`: its entity resolution index is read from the store."""
    started = time.perf_counter()
    KnowledgeStore(location).close()
    return time.perf_counter() - started


def first_lookup(url: str) -> float:
    """Seconds of the first GET /persons: the read model is built from the store."""
    started = time.perf_counter()
    httpx.get(f"{url}/persons", timeout=600).raise_for_status()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=50, help="Timed requests per query and backend.")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    load = [os.getloadavg()[0]]
    with (
        tempfile.TemporaryDirectory(prefix="bench-oxserver-") as tmp,
        OxigraphServer(Path(tmp) / "oxigraph", timeout_s=60) as server,
    ):
        folder = Path(tmp) / "kg"
        with KnowledgeStore(folder) as local:
            ingest_s = {"embedded": ingest(local, args.articles)}
        remote = KnowledgeStore(server.url)
        assert isinstance(remote, RemoteKnowledgeStore)
        ingest_s["server"] = ingest(remote, args.articles)
        with KnowledgeStore(folder) as local:
            same = set(local.store) == set(remote.store)
            quads = len(local)
        print(f"ingest: {ingest_s}; same quads: {same}")
        open_s = {"embedded": opening(folder), "server": opening(server.url)}
        print(f"opening: {open_s}")
        reader = ox.Store.read_only(str(folder))
        drawn = parameters(reader, args.requests + WARMUP)
        del reader
        params, warmup_params = drawn[: args.requests], drawn[args.requests :]
        texts = {name: [render(t, p) for p in params] for name, t in QUERIES.items()}
        warmup = {name: [render(t, p) for p in warmup_params] for name, t in QUERIES.items()}
        fixed = [render(f"{FIXED} # request {i}", {}) for i in range(args.requests + WARMUP)]
        texts[FIXED], warmup[FIXED] = fixed[WARMUP:], fixed[:WARMUP]
        load.append(os.getloadavg()[0])

        results: dict[str, dict[str, Timing]] = {name: {} for name in texts}
        with serve(folder) as embedded_url, serve(Path(server.url)) as server_url:
            model_s = {"embedded": first_lookup(embedded_url), "server": first_lookup(server_url)}
            print(f"first lookup: {model_s}")
            for name in texts:
                with http_runner(f"{embedded_url}/sparql") as (ours, our_bodies):
                    with http_runner(f"{server_url}/sparql") as (theirs, their_bodies):
                        a, b = one_after_the_other(ours, theirs, warmup[name], texts[name], 1e9)
                count_rows(a, our_bodies)
                count_rows(b, their_bodies)
                results[name].update(embedded=a, server=b)
                print(f"{name}: embedded p50 {a.p50() * 1000:.1f} ms, server {b.p50() * 1000:.1f} ms")
    load.append(os.getloadavg()[0])
    notes = [
        n
        for name in QUERIES
        for n in check_answers(name, results[name]["embedded"], results[name]["server"], "the server")
    ]
    write_report(args, quads, same, ingest_s, open_s, model_s, results, load, notes)


def write_report(
    args: argparse.Namespace,
    quads: int,
    same: bool,
    ingest_s: dict[str, float],
    open_s: dict[str, float],
    model_s: dict[str, float],
    results: dict[str, dict[str, Timing]],
    load: list[float],
    notes: list[str],
) -> None:
    ms = 1000.0

    def cell(t: Timing) -> str:
        return f"{t.p50() * ms:.1f} | {t.p95() * ms:.1f}"

    n = args.articles
    lines = [
        "# The store as an Oxigraph server: embedded pyoxigraph vs `oxigraph serve`",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m tests.bench.bench_oxigraph_server`; "
        f"{n} generated articles (tests/bench/synthetic.py), {quads} quads; "
        f"the {'same' if same else 'NOT the same'} quads in both stores. 2-core machine shared with other "
        f"work, 1-min load average {' / '.join(f'{x:.1f}' for x in load)} "
        "(start / before the queries / end). "
        "Server: `oxigraph serve` 0.5 (PyPI package `oxigraph`) on 127.0.0.1, data on the same disk.",
        "",
        "## Writing and opening",
        "",
        "| | embedded store (folder) | store server (`http://...`) |",
        "|---|---:|---:|",
        f"| ingest of {n} articles (facts given, no NLP), s | {ingest_s['embedded']:.1f} | "
        f"{ingest_s['server']:.1f} |",
        f"| articles per second | {n / ingest_s['embedded']:.0f} | {n / ingest_s['server']:.0f} |",
        f"| opening `KnowledgeStore` (resolution index read from the store), s | {open_s['embedded']:.2f} | "
        f"{open_s['server']:.2f} |",
        f"| first GET /persons (read model built from the store), s | {model_s['embedded']:.2f} | "
        f"{model_s['server']:.2f} |",
        "",
        "A new article on the server costs three requests (a fingerprint lookup, a Graph Store PUT of its "
        "graph, one SPARQL Update with the shared entity statements, the fingerprint and the generation "
        "marker), each on a fresh loopback connection; most of the time is the server's PUT "
        "(about 7 ms here).",
        "",
        "## The five analyst queries through /sparql",
        "",
        f"The service under uvicorn once per backend; {args.requests} timed requests per query and backend "
        f"(after {WARMUP} untimed warm-up requests about other entities), one keep-alive client, sequential "
        "POST `application/sparql-query`, the same texts and parameters as tests/bench/bench_sparql.py. "
        "Embedded: the worker process reads the store folder. Server: the worker guards the query and "
        "forwards it to the server's `/query`, then re-serializes the streamed answer under the caps.",
        "",
        "| query | rows/request | embedded p50 ms | p95 | server p50 ms | p95 | server / embedded |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in [*QUERIES, FIXED]:
        r = results[name]
        rows = statistics.mean(r["embedded"].answers)
        label = name if name != FIXED else f"`{FIXED}` (no data work)"
        lines.append(
            f"| {label} | {rows:.0f} | {cell(r['embedded'])} | "
            f"{cell(r['server'])} | {r['server'].p50() / r['embedded'].p50():.1f}× |"
        )
    lines += [
        "",
        "The row counts per request agree between the two backends"
        + (" except as noted below." if notes else ".")
        + " Each query is timed on one backend, then on the other, on a machine other jobs share: "
        "differences of less than about 2× change from run to run. What the server adds per request is "
        "a second HTTP hop (worker to server) and a second serialization (the server's SPARQL JSON, "
        "parsed and written again under the caps); what it saves is the worker's own evaluation, which "
        "runs in the server's process instead.",
        "",
    ]
    if notes:
        lines += [f"- {note}" for note in notes] + [""]
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines), encoding="utf-8")
    print(f"report written to {args.report}")


if __name__ == "__main__":
    main()
