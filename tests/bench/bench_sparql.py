"""Five analyst SPARQL queries on >= 10,000 generated articles: /sparql vs rdflib-endpoint, both over HTTP.

Run: ``python -m tests.bench.bench_sparql [--articles 10000] [--store DIR]``; writes
tests/bench/reports/bench_sparql.md. One run measures, with the same query texts, the same parameters and
the same data (the store, and rdflib parsing the store's N-Quads dump):

- ``/sparql``: this service (pyoxigraph in a worker process behind FastAPI) under uvicorn, over loopback HTTP;
- ``rdflib-endpoint``: the PyPI package's FastAPI app serving an rdflib ``Dataset(default_union=True)``
  under uvicorn in a process of its own, over loopback HTTP with the same client code;
- the two engines alone in this process: pyoxigraph on a read-only store, rdflib on its own parse;
- the fixed cost of a request (``ASK {}``) on each, and through the service's worker pool without HTTP.

Latencies are wall-clock per request (one keep-alive client, sequential POST application/sparql-query,
Accept: application/sparql-results+json, body read), after a few warm-up requests with parameter sets that
are not timed. rdflib gets a time budget per query, so it may answer fewer requests on slow queries.
Needs rdflib-endpoint (in the ``dev`` extra).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
from rdflib import Dataset

from graph.vocab import PREFIXES
from service.readmodel.load import rows
from service.settings import Settings
from service.sparql.pool import QueryPool
from service.sparql.protocol import QueryRequest
from tests.bench.rawhttp import Connection
from tests.bench.server import free_port, serve
from tests.bench.synthetic import build, store_path

REPORT = Path(__file__).parent / "reports" / "bench_sparql.md"
PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
# The same texts go to both engines. Labels come from the entities graph (stated once), but facts and
# part-of triples are repeated in the article graphs and the union default graph is a multiset: DISTINCT
# (or a property path, which has set semantics) keeps joins from multiplying.
QUERIES = {
    "roles of a person": """SELECT DISTINCT ?title ?orgName ?sentence WHERE {
  ?m org:member <{person}> ; org:organization ?org ; schema:jobTitle ?title ;
     kg:evidence/oa:hasSelector/oa:exact ?sentence .
  ?org skos:prefLabel ?orgName }""",
    "members of an organization and its units": """SELECT DISTINCT ?person ?name ?title ?unitName WHERE {
  ?unit org:subOrganizationOf? <{org}> .
  ?m org:organization ?unit ; org:member ?person ; schema:jobTitle ?title .
  ?person skos:prefLabel ?name . ?unit skos:prefLabel ?unitName } LIMIT 200""",
    "speakers per event": """SELECT ?name ?topic ?sentence WHERE {
  ?talk schema:superEvent <{event}> ; schema:performer ?p ; schema:about ?topic ;
        kg:evidence/oa:hasSelector/oa:exact ?sentence .
  ?p skos:prefLabel ?name } LIMIT 500""",
    "experts for a topic": """SELECT ?p ?name ?evidence WHERE {
  { SELECT ?p (COUNT(DISTINCT ?f) AS ?evidence) WHERE { ?f schema:about "{topic}"@de ; schema:performer ?p }
    GROUP BY ?p ORDER BY DESC(?evidence) LIMIT 20 }
  OPTIONAL { ?p skos:prefLabel ?name } }""",
    # The person's organizations and events first, each once (DISTINCT ?via), then their members and
    # speakers: the same rows as joining every membership and talk of the person (2026-12-04, before:
    # `{ ?m1 org:member <{person}> ; org:organization ?via . ?m2 org:organization ?via ; ... }`), but the
    # members of an organization are joined once, not once per membership (a fact node repeats in
    # every article that states it) and talk of the person (raw pyoxigraph, p50 over 30-40 persons:
    # 10,000-article stores 38 -> 20 ms with the fixed pools, 1.1 -> 0.65 ms with the realistic ones;
    # the fixed 100,000-article store 25-27 ms both, where LIMIT 200 ends either early).
    "two-hop connections": """SELECT DISTINCT ?other ?name ?via WHERE {
  { { SELECT DISTINCT ?via WHERE { ?m1 org:member <{person}> ; org:organization ?via } }
    ?m2 org:organization ?via ; org:member ?other }
  UNION { { SELECT DISTINCT ?via WHERE { ?t1 schema:performer <{person}> ; schema:superEvent ?via } }
          ?t2 schema:superEvent ?via ; schema:performer ?other }
  FILTER(?other != <{person}>)
  OPTIONAL { ?other skos:prefLabel ?name } } LIMIT 200""",
}
# A request with no data work: what a query costs on its own (same PREFIX prologue as the others).
FIXED = "ASK {}"
WARMUP = 5  # untimed requests per query and system first, each about an entity not timed later
ACCEPT = "application/sparql-results+json"
MISSING_ENDPOINT = (
    "rdflib-endpoint is not installed, so the HTTP baseline cannot run. Install the dev extra "
    "(`.venv/bin/pip install -e '.[dev]'`) or just `.venv/bin/pip install rdflib-endpoint`."
)


@dataclass
class Timing:
    """Seconds per request and answers (rows) per request of one query on one system."""

    seconds: list[float] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)

    def p50(self) -> float:
        return statistics.median(self.seconds)

    def p95(self) -> float:
        return pct(self.seconds, 95)


def parameters(store: ox.Store, n: int, seed: int = 1) -> list[dict[str, str]]:
    """`n` parameter sets drawn from the store, so every request asks about a different entity."""

    def column(query: str) -> list[str]:
        return sorted(str(r["x"]) for r in rows(store, query))

    persons = column("SELECT DISTINCT ?x WHERE { ?m org:member ?x }")
    orgs = column("SELECT DISTINCT ?x WHERE { ?u org:subOrganizationOf ?x }")
    events = column("SELECT DISTINCT ?x WHERE { ?t schema:superEvent ?x }")
    topics = column("SELECT DISTINCT ?x WHERE { ?t schema:about ?x }")
    rng = random.Random(seed)
    return [
        {
            "person": rng.choice(persons),
            "org": rng.choice(orgs),
            "event": rng.choice(events),
            "topic": rng.choice(topics),
        }
        for _ in range(n)
    ]


def answers(store: ox.Store, query: str) -> int:
    """Run a query on the union default graph, solutions consumed as Python objects; how many."""
    result = store.query(query, use_default_graph_as_union=True)
    return 1 if isinstance(result, ox.QueryBoolean) else len(list(result))


def render(template: str, params: dict[str, str]) -> str:
    text = template
    for key, value in params.items():
        text = text.replace("{" + key + "}", value)
    return PROLOGUE + text


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


Run = Callable[[str], int]  # runs one query, returns its number of answers


def one_after_the_other(
    ours: Run, theirs: Run, warmup: list[str], queries: list[str], budget: float
) -> tuple[Timing, Timing]:
    """Time all queries on one system, then on the other, each after the warm-up requests; `theirs` stops
    once it has spent `budget` seconds (after 3 queries at least).

    Not interleaved request by request: each system is timed in its steady state, as it would be if it
    ran alone, instead of finding its caches evicted by the other system before every request."""
    timings = []
    for run, limit in ((ours, None), (theirs, budget)):
        for q in warmup:
            run(q)
        timing = Timing()
        for q in queries:
            started = time.perf_counter()
            answers = run(q)
            timing.seconds.append(time.perf_counter() - started)
            timing.answers.append(answers)
            if limit is not None and sum(timing.seconds) > limit and len(timing.seconds) >= 3:
                break
        timings.append(timing)
    return timings[0], timings[1]


@contextmanager
def http_runner(endpoint: str) -> Iterator[tuple[Run, list[bytes]]]:
    """The same client code for both endpoints: one keep-alive connection, POST the query, read the
    whole body. Rows are counted afterwards from the kept bodies, outside the timed region."""
    headers = {"Content-Type": "application/sparql-query", "Accept": ACCEPT}
    bodies: list[bytes] = []
    parts = urlsplit(endpoint)
    with Connection(f"{parts.scheme}://{parts.netloc}", timeout=120) as conn:

        def run(q: str) -> int:
            status, _, body = conn.request("POST", parts.path or "/", q.encode("utf-8"), headers)
            if status >= 400:
                raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
            bodies.append(body)
            return -1

        yield run, bodies


def count_rows(timing: Timing, bodies: list[bytes]) -> None:
    """Fill in the answers of an HTTP timing from its bodies (the first ones are the warm-up's)."""
    docs = [json.loads(b) for b in bodies[WARMUP:]]
    timing.answers = [len(d["results"]["bindings"]) if "results" in d else 1 for d in docs]


def warm_page_cache(store: Path) -> float:
    """Read the store's files once, so that pyoxigraph starts with them in the OS page cache, as on a
    server that has been answering for a while (rdflib holds everything in process memory anyway).
    Needed here because this machine pages out file cache it deems cold, e.g. while rdflib parses."""
    started = time.perf_counter()
    for path in sorted(store.iterdir()):
        if path.is_file():
            with path.open("rb") as f:
                while f.read(1 << 24):
                    pass
    return time.perf_counter() - started


def dump_nquads(store: Path, path: Path) -> Path:
    """The store as one N-Quads file: the data both rdflib processes parse."""
    ox.Store.read_only(str(store)).dump(str(path), format=ox.RdfFormat.N_QUADS)
    return path


def load_rdflib(nquads: Path) -> tuple[Dataset, float]:
    """A Dataset with the default graph as union, parsed from the N-Quads dump.

    The parsed graph lives as long as the process: it is moved out of the cyclic garbage collector's
    sight (``gc.freeze``), as any long-running rdflib server would want, so that no multi-second
    collection over millions of terms lands in a timed query.
    """
    started = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(nquads), format="nquads")
    gc.collect()
    gc.freeze()
    return ds, time.perf_counter() - started


def serve_rdflib_endpoint_child(nquads: str, port: int) -> None:  # pragma: no cover - the child process
    """Child process: load the dump, build rdflib-endpoint's app, serve it with uvicorn on `port`."""
    import uvicorn
    from rdflib_endpoint import SparqlEndpoint

    ds, load_s = load_rdflib(Path(nquads))
    started = time.perf_counter()
    app = SparqlEndpoint(graph=ds, path="/sparql", public_url=f"http://127.0.0.1:{port}/sparql")
    build_s = time.perf_counter() - started
    print(f"rdflib-endpoint: dump parsed in {load_s:.0f} s, app built in {build_s:.0f} s", flush=True)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


@contextmanager
def serve_rdflib_endpoint(nquads: Path) -> Iterator[str]:
    """URL of rdflib-endpoint's /sparql over the dump, in a child process of its own (like the service;
    a fork sharing this process's Dataset would pay copy-on-write faults inside the timed queries).
    The child is stopped on exit."""
    port = free_port()
    code = "import sys; from tests.bench.bench_sparql import serve_rdflib_endpoint_child as s; "
    code += "s(sys.argv[1], int(sys.argv[2]))"
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.Popen([sys.executable, "-c", code, str(nquads), str(port)], cwd=root, env=env)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 1800  # parsing, then building the app (it counts every graph)
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("rdflib-endpoint exited during start-up")
            try:
                if httpx.get(url, timeout=60).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        else:
            raise RuntimeError("rdflib-endpoint did not start within 1800 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def time_engines(
    store: Path,
    nquads: Path,
    warmup: dict[str, list[str]],
    texts: dict[str, list[str]],
    budget: float,
    results: dict[str, dict[str, Timing]],
) -> float:
    """pyoxigraph and rdflib in this process, side by side; returns the seconds rdflib took to parse."""
    ds, load_s = load_rdflib(nquads)
    size_mb, graphs = nquads.stat().st_size / 1e6, sum(1 for _ in ds.graphs())
    print(f"rdflib parsed the dump ({size_mb:.0f} MB, {graphs} graphs) in {load_s:.0f} s")
    reader = ox.Store.read_only(str(store))
    warm_page_cache(store)

    def pyoxigraph(q: str) -> int:
        return answers(reader, q)

    def rdflib(q: str) -> int:
        return len(list(ds.query(q)))

    for name in [*QUERIES, FIXED]:
        a, b = one_after_the_other(pyoxigraph, rdflib, warmup[name], texts[name], budget)
        results[name].update(oxigraph=a, rdflib=b)
        print(f"in-process {name}: pyoxigraph p50 {a.p50() * 1000:.2f} ms, rdflib {b.p50() * 1000:.1f} ms")
    gc.unfreeze()  # the Dataset goes with this frame
    return load_s


def time_pool(store: Path, queries: list[str]) -> Timing:
    """The fixed query through the service's worker pool, from this process (no HTTP): the engine plus
    the hop to the worker process (request and answer pickled over its pipes) and its JSON writer."""
    pool = QueryPool(store, size=1)
    settings = Settings()
    request = QueryRequest(query="", prefixes=PREFIXES, max_rows=settings.sparql_max_rows)

    async def run() -> Timing:
        timing = Timing()
        for q in [*queries[:WARMUP], *queries]:
            started = time.perf_counter()
            answer = await pool.run_async(replace(request, query=q), 60)
            timing.seconds.append(time.perf_counter() - started)
            timing.answers.append(answer.rows)
        del timing.seconds[:WARMUP], timing.answers[:WARMUP]  # the warm-up, which also starts the worker
        return timing

    try:
        return asyncio.run(run())
    finally:
        pool.close()


def check_answers(name: str, ours: Timing, theirs: Timing, label: str) -> list[str]:
    """Row counts per request must agree (same texts, same data); mismatches are reported, not hidden."""
    common = min(len(ours.answers), len(theirs.answers))
    bad = [i for i in range(common) if ours.answers[i] != theirs.answers[i]]
    if not bad:
        return []
    note = f"{name}: {len(bad)} of {common} requests answered with a different row count by {label}"
    print("WARNING " + note)
    return [note]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--store", type=Path, default=None, help="Store dir (generated there once, reused).")
    parser.add_argument("--requests", type=int, default=100, help="Requests per query through /sparql.")
    parser.add_argument("--rdflib-budget", type=float, default=30.0, help="Seconds per query for rdflib.")
    parser.add_argument("--report", type=Path, default=REPORT, help="Where to write the Markdown report.")
    args = parser.parse_args()
    try:
        import rdflib_endpoint  # noqa: F401
    except ImportError:
        sys.exit(MISSING_ENDPOINT)
    store = args.store or store_path(Path(tempfile.gettempdir()) / "kg-bench", args.articles)
    started = time.perf_counter()
    build(store, args.articles)
    print(f"store ready in {time.perf_counter() - started:.0f} s")
    reader = ox.Store.read_only(str(store))  # KnowledgeStore() would rebuild its resolution index first
    drawn = parameters(reader, args.requests + WARMUP)
    params, warmup_params = drawn[: args.requests], drawn[args.requests :]
    quads = len(reader)
    del reader
    texts = {name: [render(t, p) for p in params] for name, t in QUERIES.items()}
    warmup = {name: [render(t, p) for p in warmup_params] for name, t in QUERIES.items()}
    # Each text differs (a comment), as real requests do: rdflib-endpoint caches parsed queries by text.
    fixed = [render(f"{FIXED} # request {i}", {}) for i in range(2 * args.requests + WARMUP)]
    texts[FIXED], warmup[FIXED] = fixed[WARMUP:], fixed[:WARMUP]
    load = [os.getloadavg()[0]]

    results: dict[str, dict[str, Timing]] = {name: {} for name in texts}
    with tempfile.TemporaryDirectory(prefix="bench-sparql-") as tmp:
        nquads = dump_nquads(store, Path(tmp) / "store.nq")

        # 1. The engines alone, in this process.
        load_s = time_engines(store, nquads, warmup, texts, args.rdflib_budget, results)
        load.append(os.getloadavg()[0])

        # 2. The fixed query through the worker pool, in this process.
        results[FIXED]["pool"] = time_pool(store, texts[FIXED])

        # 3. Both endpoints over HTTP, side by side.
        started = time.perf_counter()
        with serve_rdflib_endpoint(nquads) as endpoint, serve(store) as url:
            start_s = time.perf_counter() - started
            print(f"rdflib-endpoint and /sparql ready in {start_s:.0f} s")
            warm_page_cache(store)
            for name in texts:
                with http_runner(f"{url}/sparql") as (ours, our_bodies):
                    with http_runner(endpoint) as (theirs, their_bodies):
                        a, b = one_after_the_other(
                            ours, theirs, warmup[name], texts[name], args.rdflib_budget
                        )
                count_rows(a, our_bodies)
                count_rows(b, their_bodies)
                results[name].update(sparql=a, endpoint=b)
                print(
                    f"HTTP {name}: /sparql p50 {a.p50() * 1000:.1f} ms, "
                    f"rdflib-endpoint {b.p50() * 1000:.1f} ms (n={len(b.seconds)})"
                )
    load.append(os.getloadavg()[0])

    notes = []
    for name in QUERIES:
        r = results[name]
        notes += check_answers(name, r["sparql"], r["endpoint"], "rdflib-endpoint")
        notes += check_answers(name, r["oxigraph"], r["rdflib"], "rdflib in-process")
        notes += check_answers(name, r["sparql"], r["oxigraph"], "pyoxigraph in-process")
    write_report(args.report, args.rdflib_budget, args.articles, quads, load_s, start_s, load, results, notes)


def write_report(
    path: Path,
    budget: float,
    articles: int,
    quads: int,
    load_s: float,
    start_s: float,
    load: list[float],
    results: dict[str, dict[str, Timing]],
    notes: list[str],
) -> None:
    ms = 1000.0
    fixed = results[FIXED]
    ox_engine, ox_pool, ox_http = (fixed[k].p50() * ms for k in ("oxigraph", "pool", "sparql"))
    rdf_engine, rdf_http = (fixed[k].p50() * ms for k in ("rdflib", "endpoint"))

    def cell(t: Timing) -> str:
        return f"{t.p50() * ms:.1f} | {t.p95() * ms:.1f} | {len(t.seconds)}"

    def ratio(r: dict[str, Timing], theirs: str, ours: str) -> float:
        return r[theirs].p50() / r[ours].p50()

    short = [n for n in QUERIES if len(results[n]["rdflib"].seconds) < len(results[n]["oxigraph"].seconds)]
    short += [n for n in QUERIES if len(results[n]["endpoint"].seconds) < len(results[n]["sparql"].seconds)]
    fast = [n for n in QUERIES if results[n]["sparql"].p50() <= 0.020]
    far = [n for n in QUERIES if ratio(results[n], "endpoint", "sparql") >= 20]
    lines = [
        "# SPARQL benchmark: /sparql (pyoxigraph) vs rdflib-endpoint (rdflib), both over HTTP",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m tests.bench.bench_sparql`; "
        f"{articles} generated articles, {quads} quads; 2-core machine, 1-min load average "
        f"{' / '.join(f'{x:.1f}' for x in load)} (start / after the in-process runs / end).",
        "",
        "Both endpoints run under uvicorn (same version, same settings: asyncio loop, h11) in a process "
        "of their own on 127.0.0.1, and the same client code sends them the same requests: one "
        "keep-alive connection each, sequential POST `application/sparql-query`, "
        f"`Accept: {ACCEPT}`, the whole body read; each request asks about a different entity, "
        f"after {WARMUP} untimed warm-up requests about other entities. Per query, all requests go to "
        "`/sparql` first, then to rdflib-endpoint (both servers up all along).",
        "",
        "- `/sparql`: this service (FastAPI, query guard, pyoxigraph in a worker process that can be "
        "killed at the timeout, SPARQL JSON written in the worker).",
        "- `rdflib-endpoint`: the PyPI package's `SparqlEndpoint` FastAPI app serving an rdflib "
        "`Dataset(default_union=True)` parsed from the store's N-Quads dump (parsing and building "
        f"the app, which counts the triples of every graph, took {start_s:.0f} s).",
        "- In-process: pyoxigraph on a read-only handle of the store and rdflib on a second parse of the "
        f"same dump ({load_s:.0f} s) in the benchmark process, one after the other likewise; "
        "solutions consumed as Python objects (`list(store.query(...))`, `list(ds.query(...))`).",
        "- The store's files are read once before the pyoxigraph measurements: this VM pages out file "
        "cache it deems cold (e.g. while rdflib parses for a minute), and a freshly paged-in store "
        "answers its first few hundred queries up to 2× slower; rdflib holds everything in process memory.",
        "- Both rdflib processes move the parsed data out of the cyclic garbage collector's sight "
        "(`gc.freeze()`), so no collection over millions of terms lands in a timed query. rdflib has a "
        f"time budget of {budget:.0f} s per query and system"
        + (", hence the smaller n on the slow queries." if short else " (not reached in this run)."),
        "",
        "| query | rows/request | /sparql p50 ms | p95 | n | rdflib-endpoint p50 ms | p95 | n "
        "| **HTTP ratio** | pyoxigraph in-process p50 ms | rdflib in-process p50 ms | n | engine ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in QUERIES:
        r = results[name]
        lines.append(
            f"| {name} | {statistics.mean(r['sparql'].answers):.0f} | {cell(r['sparql'])} | "
            f"{cell(r['endpoint'])} | **{ratio(r, 'endpoint', 'sparql'):.1f}×** | "
            f"{r['oxigraph'].p50() * ms:.2f} | {r['rdflib'].p50() * ms:.1f} | {len(r['rdflib'].seconds)} | "
            f"{ratio(r, 'rdflib', 'oxigraph'):.1f}× |"
        )
    lines += [
        "",
        "- **HTTP ratio** = rdflib-endpoint p50 / `/sparql` p50: the like-for-like comparison the issue "
        "asks for, two SPARQL endpoints over HTTP on the same FastAPI/uvicorn stack.",
        "- **engine ratio** = rdflib in-process p50 / pyoxigraph in-process p50: the two engines alone, "
        "without HTTP (and without the process hop, the guard and JSON).",
        "",
        f"Targets (issue 6): p50 ≤ 20 ms through /sparql — met by {len(fast)} of {len(QUERIES)} queries; "
        f"≥ 20× faster than rdflib-endpoint — met by {len(far)} of {len(QUERIES)}"
        + (f" ({', '.join(far)})." if far else "."),
        "On a store this size rdflib answers the selective queries (roles of a person, speakers per "
        "event, members of an organization) in a few to a few tens of milliseconds, and both endpoints "
        "pay about the same fixed cost per HTTP request, so the HTTP ratio of these queries stays far "
        "below 20×. "
        "The ratio grows with the work the engine does (aggregation, two-hop joins).",
        "",
        "## The fixed cost of a request",
        "",
        f"`{FIXED}` (with the same PREFIX prologue) does no data work: it shows what each system spends "
        f"on a request as such (p50 ms of {len(fixed['sparql'].seconds)} requests each). The worker pool "
        "column runs the service's `QueryPool` from the benchmark process, without HTTP: the engine, the "
        "hop to the worker process (request and answer pickled over its pipes) and its JSON writer.",
        "",
        "| | engine in-process | through the worker pool | over HTTP |",
        "|---|---:|---:|---:|",
        f"| `/sparql` (pyoxigraph) | {ox_engine:.3f} | {ox_pool:.3f} | {ox_http:.3f} |",
        f"| rdflib-endpoint (rdflib) | {rdf_engine:.3f} | – | {rdf_http:.3f} |",
        "",
        f"A `/sparql` request costs about {ox_http - ox_engine:.2f} ms on top of the engine: "
        f"{ox_pool - ox_engine:.2f} ms for the worker process, the rest for the HTTP round trip (client, "
        f"uvicorn/h11, FastAPI, the query guard, the response). rdflib-endpoint adds "
        f"{rdf_http - rdf_engine:.2f} ms to rdflib, whose own {rdf_engine:.2f} ms here are mostly parsing "
        "the query text. Larger answers add serialization and transfer time on both sides.",
        "",
        "## Query texts",
        "",
        "`QUERIES` in `tests/bench/bench_sparql.py`; both engines get exactly the same text. Labels are "
        "stated once (entities graph), but facts and part-of triples are repeated in every article graph "
        "that supports them, and pyoxigraph's union default graph is a multiset (rdflib's is a set), "
        "so the queries de-duplicate with DISTINCT or with a property path, which has set semantics "
        "(`?unit org:subOrganizationOf? <org>`: the organization and its units). Labels that are looked "
        "up after a sub-select (aggregation, LIMIT) are in an OPTIONAL: rdflib evaluates a plain join "
        "with a sub-select by first matching the other side unbound (every label in the store, about a "
        "second here), while OPTIONAL makes both engines look labels up per row. Rows per request are "
        "checked to agree across the four measurements.",
    ]
    if notes:
        lines += ["", "Answer checks (row counts per request differ):", ""] + [f"- {n}" for n in notes]
    lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"report written to {path}")


if __name__ == "__main__":
    main()
