"""The service at 1,000, 10,000 and 100,000 articles: store size, memory, /sparql against raw pyoxigraph,
REST lookups under load and the time from a write to its answers, each repeated to show the spread.

Run: ``python -m tests.bench.bench_scale [--articles 1000 10000 100000] [--rounds 3]``; results are kept
per store size in --results (JSON), so sizes can be measured in separate runs, and every run writes the
whole report tests/bench/reports/scale.md (``--report-only`` just writes it). Stores of generated
articles (tests/bench/synthetic.py) are reused from /tmp/kg-bench/kg-real-N (``--pools realistic``, the
default: entities drawn from open-ended pools, new ones appearing as the corpus grows) or
/tmp/kg-bench/kg-N (``--pools fixed``: the fixed pools of the first runs, the worst case) when they are
there; each run records its generator, and the report shows the two apart.

Per store size, one server (uvicorn, one process, default settings but no rate limit;
tests/bench/server.py) answers everything, after its first lookup, search and expertise query (which
build the read model and the indexes). Then, per round, with the 1-minute load average noted:

- the five analyst SPARQL queries of tests/bench/bench_sparql.py, each request about another entity:
  through /sparql (one keep-alive client, sequential POST) and on a read-only pyoxigraph handle of the
  same store in this process (solutions consumed as Python objects), the same texts, one after the other;
  the entities are drawn uniformly, so with the realistic pools most are rare ones; then the same for the
  `--busiest` (20) entities of each kind with the most facts (persons by memberships, organizations by
  their units' memberships, events by talks, topics by talks), the worst case of that store;
- REST lookups (GET /persons/{id}, /organizations/{id}, /events/{id}, /persons?q=) from 4 keep-alive
  connections in a closed loop (tests/bench/bench_load.py) for --seconds;
- visible after a write: an article written through `KnowledgeStore` by this process (as `kg ingest`
  beside a running server) until /persons?q=, /search?q= and /expertise?topic= show it
  (tests/bench/bench_visible.py); added, then one replaced and one deleted, all deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil
import pyoxigraph as ox

from graph.store import KnowledgeStore
from service.readmodel.load import rows
from tests.bench.bench_load import run_load, targets
from tests.bench.bench_sparql import (
    FIXED,
    QUERIES,
    WARMUP,
    answers,
    http_runner,
    parameters,
    pct,
    render,
    warm_page_cache,
)
from tests.bench.bench_visible import VERSION, appears, article_of, gone, shows, surname, wait
from tests.bench.server import rss_mb, serve_process
from tests.bench.synthetic import DEFAULT_POOLS, POOLS, build, store_path

REPORT = Path(__file__).parent / "reports" / "scale.md"
RESULTS = Path(tempfile.gettempdir()) / "kg-scale" / "results.json"
MS = 1000.0
GENERATED_END = "<!-- end of the part bench_scale.py writes -->"


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy (user, nice, system, irq, softirq) since boot."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq = (int(x) for x in fields[:7])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def own_busy(server_pid: int) -> float:
    """CPU seconds of this process, the server and its SPARQL workers."""
    total = 0.0
    for proc in [psutil.Process(), psutil.Process(server_pid), *psutil.Process(server_pid).children(True)]:
        try:
            t = proc.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


class OthersMeter:
    """Cores the rest of the machine (other agents' jobs) used while a round ran: the machine's busy
    time minus this benchmark's own (client, server, workers), per second of wall clock."""

    def __init__(self, server_pid: int) -> None:
        self.pid = server_pid
        self.start = (time.monotonic(), machine_busy(), own_busy(server_pid))

    def cores(self) -> float:
        t0, m0, o0 = self.start
        return max(0.0, (machine_busy() - m0) - (own_busy(self.pid) - o0)) / (time.monotonic() - t0)


@dataclass
class Round:
    load_before: float
    load_after: float = 0.0
    others: float = -1.0  # cores used by other jobs during the round (-1: not measured)
    sparql: dict[str, dict[str, float]] = field(default_factory=dict)  # query -> p50/p95 of both
    sparql_busiest: dict[str, dict[str, float]] = field(default_factory=dict)  # ... of the busiest entities
    rest: dict[str, float] = field(default_factory=dict)  # throughput, p50, p99, errors, requests
    visible: list[tuple[str, float, float]] = field(default_factory=list)  # (op, write s, visible s)


@dataclass
class SizeResult:
    articles: int
    quads: int = 0
    bytes: int = 0
    sst_bytes: int = 0
    warm_s: float = 0.0
    rss_warm_mb: float = 0.0
    rss_end_mb: float = 0.0
    open_store_s: float = 0.0
    rounds: list[Round] = field(default_factory=list)
    when: str = ""
    client: str = "lean"  # HTTP client of the timings: tests/bench/rawhttp.py (older runs: "httpx")
    pools: str = DEFAULT_POOLS  # generator of the store's articles (older runs: "fixed")
    busiest: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # kind -> (entity, facts)


def folder_sizes(store: Path) -> tuple[int, int]:
    files = [p for p in store.iterdir() if p.is_file()]
    return sum(p.stat().st_size for p in files), sum(p.stat().st_size for p in files if p.suffix == ".sst")


def time_sparql(
    url: str, reader: ox.Store, texts: dict[str, list[str]], warm: dict[str, list[str]]
) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name in texts:
        with http_runner(f"{url}/sparql") as (run, _):
            for q in warm[name]:
                run(q)
            http = []
            for q in texts[name]:
                t0 = time.perf_counter()
                run(q)
                http.append(time.perf_counter() - t0)
        for q in warm[name]:
            answers(reader, q)
        raw, rows = [], []
        for q in texts[name]:
            t0 = time.perf_counter()
            rows.append(answers(reader, q))
            raw.append(time.perf_counter() - t0)
        out[name] = {
            "http_p50": statistics.median(http),
            "http_p95": pct(http, 95),
            "raw_p50": statistics.median(raw),
            "raw_p95": pct(raw, 95),
            "rows": statistics.mean(rows),
            "n": len(http),
        }
    return out


BUSIEST = {  # parameter of the analyst queries -> its entities with the most facts, and how many
    "person": "SELECT ?x (COUNT(?m) AS ?n) WHERE { ?m org:member ?x } GROUP BY ?x ORDER BY DESC(?n) ?x",
    # DISTINCT: a unit's part-of statement repeats in every article that names it
    "org": "SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?u org:subOrganizationOf ?x . "
    "?m org:organization ?u } GROUP BY ?x ORDER BY DESC(?n) ?x",
    "event": "SELECT ?x (COUNT(?t) AS ?n) WHERE { ?t schema:superEvent ?x } GROUP BY ?x ORDER BY DESC(?n) ?x",
    "topic": "SELECT ?x (COUNT(?t) AS ?n) WHERE { ?t schema:about ?x } GROUP BY ?x ORDER BY DESC(?n) ?x",
}


def busiest(reader: ox.Store, n: int) -> dict[str, list[tuple[str, int]]]:
    """The `n` entities of each query parameter with the most facts (counted in the union default
    graph, which repeats a fact for every article that states it), most first."""
    return {k: [(r["x"], int(r["n"])) for r in rows(reader, f"{q} LIMIT {n}")] for k, q in BUSIEST.items()}


def time_rest(url: str, todo: dict[str, list[str]], seconds: float, concurrency: int) -> dict[str, float]:
    run = asyncio.run(run_load(url, todo, seconds, concurrency))
    every = [t for ts in run.samples.values() for t in ts]
    return {
        "throughput": len(every) / run.elapsed,
        "p50": statistics.median(every),
        "p99": pct(every, 99),
        "requests": len(every),
        "errors": len(run.errors),
    }


def time_visible(c: httpx.Client, ks: KnowledgeStore, base: int, adds: int) -> list[tuple[str, float, float]]:
    samples: list[tuple[str, float, float]] = []
    written: list[tuple[int, str]] = []
    for i in range(adds):
        n, name = base + i, surname(base + i)
        article, facts = article_of(n, name, seed=n)
        t0 = time.perf_counter()
        ks.ingest(article, facts, pipeline_version=VERSION)
        t1 = time.perf_counter()
        samples.append(("add", t1 - t0, wait(c, appears(c, name)) - t0))
        written.append((n, name))
    n, old = written[0]
    name = surname(n + 500)
    article, facts = article_of(n, name, seed=n + 1)
    t0 = time.perf_counter()
    ks.ingest(article, facts, pipeline_version=VERSION)
    t1 = time.perf_counter()
    samples.append(("replace", t1 - t0, wait(c, appears(c, name, old)) - t0))
    written[0] = (n, name)
    n, name = written.pop()
    t0 = time.perf_counter()
    ks.delete(f"https://example.org/news/{n}")
    t1 = time.perf_counter()
    samples.append(("delete", t1 - t0, wait(c, gone(c, name)) - t0))
    for n, _ in written:  # leave the store as it was
        ks.delete(f"https://example.org/news/{n}")
    return samples


@contextmanager
def py_spy(pid: int, out: Path, seconds: float, children: bool = False) -> Iterator[None]:
    """Sample the server (and its SPARQL workers) with py-spy (`pip install py-spy`) into a raw
    flame-graph file: one line per stack with its count."""
    exe = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [exe, "record", "--nonblocking", "--format", "raw", "-r", "200", "-d", str(int(seconds) + 2)]
    cmd += ["-o", str(out), "-p", str(pid), *(["--subprocesses"] if children else [])]
    spy = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        yield
    finally:
        spy.wait(timeout=120)


def measure(
    articles: int,
    rounds: int,
    requests: int,
    seconds: float,
    adds: int,
    profile: Path | None = None,
    pools: str = DEFAULT_POOLS,
    busiest_n: int = 20,
) -> SizeResult:
    root = Path(tempfile.gettempdir()) / "kg-bench"
    store = build(store_path(root, articles, pools), articles, pools=pools)
    result = SizeResult(articles, when=f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", pools=pools)
    result.bytes, result.sst_bytes = folder_sizes(store)
    reader = ox.Store.read_only(str(store))
    result.quads = len(reader)
    drawn = parameters(reader, rounds * requests + WARMUP)
    result.busiest = busiest(reader, busiest_n) if busiest_n else {}
    heavy = [{k: v[i % len(v)][0] for k, v in result.busiest.items()} for i in range(busiest_n)]
    warm = {name: [render(t, p) for p in drawn[:WARMUP]] for name, t in QUERIES.items()}
    warm[FIXED] = [render(f"{FIXED} # warm-up {i}", {}) for i in range(WARMUP)]
    with serve_process(store) as (url, proc), httpx.Client(base_url=url, timeout=3600) as c:
        t0 = time.perf_counter()
        shows(c, "Krisenmanagement")
        result.warm_s = time.perf_counter() - t0
        result.rss_warm_mb = rss_mb(proc)
        todo = targets(url)
        asyncio.run(run_load(url, todo, 3.0, 4))  # warm-up, not reported
        t0 = time.perf_counter()
        with KnowledgeStore(store) as ks:
            result.open_store_s = time.perf_counter() - t0
            for r in range(rounds):
                warm_page_cache(store)  # this VM drops file cache it deems cold (bench_sparql.py)
                rnd = Round(load_before=os.getloadavg()[0])
                meter = OthersMeter(proc.pid)
                params = drawn[WARMUP + r * requests : WARMUP + (r + 1) * requests]
                texts = {name: [render(t, p) for p in params] for name, t in QUERIES.items()}
                # No data work: what a request costs as such (each text differs, as real requests do).
                texts[FIXED] = [render(f"{FIXED} # {r} {i}", {}) for i in range(requests)]
                rnd.sparql = time_sparql(url, reader, texts, warm)
                if heavy:
                    busy = {name: [render(t, p) for p in heavy] for name, t in QUERIES.items()}
                    rnd.sparql_busiest = time_sparql(url, reader, busy, warm)
                rnd.rest = time_rest(url, todo, seconds, 4)
                rnd.visible = time_visible(c, ks, articles + 5000 + 100 * r, adds)
                rnd.load_after = os.getloadavg()[0]
                rnd.others = meter.cores()
                result.rounds.append(rnd)
                print(
                    f"{articles:,} round {r + 1}: load {rnd.load_before:.2f} -> {rnd.load_after:.2f}, "
                    f"others {rnd.others:.2f} cores",
                    flush=True,
                )
            if profile is not None:  # after the measured rounds, so that sampling slows none of them
                with py_spy(proc.pid, profile / f"rest-{articles}.txt", seconds):
                    time_rest(url, todo, seconds, 4)
                with py_spy(proc.pid, profile / f"sparql-{articles}.txt", seconds, children=True):
                    time_sparql(url, reader, {q: texts[q] for q in list(QUERIES)[:1]}, warm)
        shows(c, "Zeitler")
        result.rss_end_mb = rss_mb(proc)
    return result


def load_results(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Runs per store size (a list each; older files held one run per size)."""
    data = json.loads(path.read_text()) if path.exists() else {}
    return {k: v if isinstance(v, list) else [v] for k, v in data.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=100, help="Requests per SPARQL query and round.")
    parser.add_argument("--seconds", type=float, default=10.0, help="Seconds of REST load per round.")
    parser.add_argument("--adds", type=int, default=3, help="Articles added per round.")
    parser.add_argument("--results", type=Path, default=RESULTS, help="JSON file the runs are added to.")
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--profile", type=Path, default=None, help="Folder for py-spy samples of the server.")
    parser.add_argument(
        "--busiest", type=int, default=20, help="Entities with the most facts timed apart (0: none)."
    )
    parser.add_argument(
        "--pools",
        choices=POOLS,
        default=DEFAULT_POOLS,
        help="Generator of the stores' articles (tests/bench/synthetic.py): entity pools that grow with the "
        "corpus (realistic) or the fixed pools of the first runs (fixed, the worst case).",
    )
    args = parser.parse_args()
    results = load_results(args.results)
    if not args.report_only:
        for n in args.articles:
            res = measure(
                n, args.rounds, args.requests, args.seconds, args.adds, args.profile, args.pools, args.busiest
            )
            results = load_results(args.results)  # another run may have added to it meanwhile
            results.setdefault(str(n), []).append(asdict(res))
            args.results.parent.mkdir(parents=True, exist_ok=True)
            args.results.write_text(json.dumps(results, indent=1))
    write_report(args.report, results)


def _ms(seconds: float) -> str:
    return f"{seconds * MS:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _spread(values: list[float], fmt: str = "{:.1f}") -> str:
    """Median of the rounds, with their range when they differ."""
    med = fmt.format(statistics.median(values))
    lo, hi = fmt.format(min(values)), fmt.format(max(values))
    return med if lo == hi else f"{med} ({lo}–{hi})"


def client_of(run: dict[str, Any]) -> str:
    """The HTTP client a run timed with (runs before the lean client have no field: httpx)."""
    return str(run.get("client", "httpx"))


def pools_of(run: dict[str, Any]) -> str:
    """The generator of a run's store (runs before the realistic pools have no field: fixed)."""
    return str(run.get("pools", "fixed"))


def label_of(run: dict[str, Any]) -> str:
    """How the tables name a run's setting: generator and HTTP client ("realistic, lean")."""
    return f"{pools_of(run)}, {client_of(run)}"


def write_report(path: Path, results: dict[str, list[dict[str, Any]]]) -> None:
    runs = [run for k in sorted(results, key=int) for run in results[k]]
    for run in runs:
        run["when"] = f"{run['when']} ({label_of(run)})"
    lines = [
        "# Scale: the service at 1,000, 10,000 and 100,000 articles",
        "",
        "Written by `python -m tests.bench.bench_scale` (what it measures: the script's docstring). "
        "Generated articles (tests/bench/synthetic.py). The machine has 2 cores and is shared with other "
        "agents' jobs. With each round: the 1-minute load average before and after it (it counts this "
        "benchmark's own client, server and workers too) and *others*, the cores the rest of the machine "
        "used meanwhile (its busy time from /proc/stat minus this benchmark's processes). The client, the "
        "server and its SPARQL workers share the same 2 cores. The run column names the HTTP client of the "
        "timings: *httpx* (runs before 2026-12-04 17:30), whose Python costs about 0.6 ms per request and "
        "whose load generator took much of a core, or *lean*, tests/bench/rawhttp.py (a few µs per "
        "request); the SPARQL table shows the two apart. It also names the generator of the store: "
        "*fixed* (runs before 2026-12-04 19:00), entities drawn from fixed pools (1,200 person names, 120 "
        "events, 10 topics), so each entity's facts grow in proportion to the store — the worst case —, or "
        "*realistic*, open-ended pools with Zipf-like reuse (new persons, events and topics keep coming; "
        "counts per entity in tests/bench/synthetic.py).",
        "",
        "## Per store size and run",
        "",
        "| articles | run | quads | store folder | per 1,000 articles | server RSS after the first requests "
        "| at the end | first lookup, search, expertise (builds) | opening the store for writing |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in runs:
        n = s["articles"]
        lines.append(
            f"| {n:,} | {s['when']} | {s['quads']:,} | {s['bytes'] / 1e6:,.0f} MB | "
            f"{s['bytes'] / n * 1000 / 1e6:.1f} MB | {s['rss_warm_mb']:,.0f} MB | "
            f"{s['rss_end_mb']:,.0f} MB | "
            f"{_ms(s['warm_s'])} | {_ms(s['open_store_s'])} |"
        )
    lines += [
        "",
        "## The five analyst queries: /sparql against raw pyoxigraph (ms)",
        "",
        "Each round: 100 requests per query, each about another entity, through /sparql, then the same "
        "texts on raw pyoxigraph. A cell: the median of the rounds' p50 (or p95) and, in brackets, the "
        "range over the rounds. Target: /sparql p50 ≤ 20 ms and ≤ 1.5 × raw p50 + 2 ms.",
        "",
        "| articles | query | rounds | rows | /sparql p50 | /sparql p95 | raw p50 | raw p95 "
        "| 1.5 × raw + 2 ms | p50 ≤ 20 ms | ≤ 1.5 × raw + 2 ms |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    groups = [
        (k, label)
        for k in sorted(results, key=int)
        # realistic first, then fixed; lean before httpx
        for label in sorted({label_of(run) for run in results[k]}, key=lambda x: (x[0] != "r", x[-1] != "n"))
    ]
    for k, client in groups:
        rounds = [r for run in results[k] if label_of(run) == client for r in run["rounds"]]
        for q in [*QUERIES, FIXED]:
            per = [r["sparql"][q] for r in rounds if q in r["sparql"]]  # older runs lack the fixed cost
            if not per:
                continue
            http50 = [x["http_p50"] * MS for x in per]
            raw50 = [x["raw_p50"] * MS for x in per]
            bound = 1.5 * statistics.median(raw50) + 2
            fast = "yes" if statistics.median(http50) <= 20.0 else "**no**"
            close = "yes" if statistics.median(http50) <= bound else "**no**"
            name = q if q in QUERIES else "`ASK {}`: the fixed cost"
            rows = statistics.mean(x["rows"] for x in per)
            lines.append(
                f"| {int(k):,} ({client}) | {name} | {len(per)} | {rows:.0f} | "
                f"{_spread(http50)} | {_spread([x['http_p95'] * MS for x in per])} | "
                f"{_spread(raw50, '{:.2f}')} | {_spread([x['raw_p95'] * MS for x in per], '{:.2f}')} | "
                f"{bound:.1f} | " + (f"{fast} | {close} |" if q in QUERIES else "– | – |")
            )
    lines += [
        "",
        "### The busiest entities",
        "",
        "The same queries about the 20 entities of each kind with the most facts (persons by memberships, "
        "organizations by their units' memberships, events and topics by talks; runs since the realistic "
        "pools), 20 requests per query and round: the worst case of each store. Facts: of the busiest "
        "and of the 20th (counted in the union default graph, which repeats a fact for each article "
        "stating it).",
        "",
        "| articles | query | facts of the busiest, 20th | rounds | rows | /sparql p50 | /sparql p95 "
        "| raw p50 | raw p95 | p50 ≤ 20 ms |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    param = {
        "roles of a person": "person",
        "members of an organization and its units": "org",
        "speakers per event": "event",
        "experts for a topic": "topic",
        "two-hop connections": "person",
    }
    for k, label in groups:
        runs_of = [run for run in results[k] if label_of(run) == label and run.get("busiest")]
        rounds = [r for run in runs_of for r in run["rounds"] if r.get("sparql_busiest")]
        if not rounds:
            continue
        for q in QUERIES:
            per = [r["sparql_busiest"][q] for r in rounds]
            top = runs_of[-1]["busiest"][param[q]]
            http50 = [x["http_p50"] * MS for x in per]
            fast = "yes" if statistics.median(http50) <= 20.0 else "**no**"
            lines.append(
                f"| {int(k):,} ({label}) | {q} | {top[0][1]:,}, {top[-1][1]:,} | {len(per)} | "
                f"{statistics.mean(x['rows'] for x in per):.0f} | {_spread(http50)} | "
                f"{_spread([x['http_p95'] * MS for x in per])} | "
                f"{_spread([x['raw_p50'] * MS for x in per], '{:.2f}')} | "
                f"{_spread([x['raw_p95'] * MS for x in per], '{:.2f}')} | {fast} |"
            )
    lines += [
        "",
        "## Per round: load, REST lookups under load, visible after a write",
        "",
        "REST: 4 keep-alive connections in a closed loop for 10 s. Visible: from the start of the write "
        "until /persons?q=, /search?q= and /expertise?topic= all show it. Targets: ≥ 300 req/s with p99 "
        "≤ 50 ms; visible ≤ 1 s.",
        "",
        "| articles | run | round | load avg | others | req/s | p50 ms | p99 ms | non-200 "
        "| write (median) | visible: add (median, max) | replace | delete |",
        "|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|",
    ]
    for s in runs:
        for i, r in enumerate(s["rounds"], 1):
            rest = r["rest"]
            adds = [v for op, _, v in r["visible"] if op == "add"]
            other = {op: v for op, _, v in r["visible"] if op != "add"}
            write = statistics.median(w for _, w, _ in r["visible"])
            others = f"{r['others']:.2f}" if r.get("others", -1) >= 0 else "–"
            lines.append(
                f"| {s['articles']:,} | {s['when']} | {i} | {r['load_before']:.2f} → {r['load_after']:.2f} | "
                f"{others} | {rest['throughput']:,.0f} | {rest['p50'] * MS:.1f} | {rest['p99'] * MS:.1f} | "
                f"{rest['errors']} of {rest['requests']:,} | {_ms(write)} | "
                f"{_ms(statistics.median(adds))}, {_ms(max(adds))} | {_ms(other['replace'])} | "
                f"{_ms(other['delete'])} |"
            )
    lines += ["", GENERATED_END]
    # What follows the generated part (store size, findings: written by hand) is kept as it is.
    kept = path.read_text(encoding="utf-8").partition(GENERATED_END)[2] if path.exists() else "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + kept, encoding="utf-8")
    print(f"report written to {path}")


if __name__ == "__main__":
    main()
