"""/health and cached lookups while slow SPARQL queries queue up (issue 13: p99 <= 50 ms under 60).

What is measured: a uvicorn server (its own process, default settings except a 3 s SPARQL timeout)
over a store of the sample articles. A child process runs 60 clients that each send a runaway SPARQL
query (a six-way cross product) and send it again as soon as it is answered (after Retry-After on a
503), for `--seconds`. Meanwhile this process asks /health and a cached lookup (GET /persons?q=…,
the same each time) in turn, one request at a time, every 20 ms (the probes never wait behind the
load's own client). Reported: latency p50/p95/p99/max of the probes, the answers to the slow
queries, the RSS of the server with its SPARQL workers before and after; then the peak RSS of server
and workers while memory bombs and wide answers run at once (the memory probes of issue 13).

    python -m tests.bench.bench_health_load [--seconds 30] [--store DIR] \
        [--out tests/bench/reports/health-under-load.md]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import httpx

from tests.bench.server import serve_process
from tests.service.sparql_probes import MEMORY_BOMB, RUNAWAY, WIDE

SLOW_CLIENTS = 60
PROBE_EVERY = 0.02
T = TypeVar("T")


def tree_rss_mb(pid: int) -> float:
    """RSS of a process and its children (the SPARQL workers), MB."""
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    total = sum(int(x) for x in out.split())
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1])
    return total / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def slow_client(client: httpx.AsyncClient, base: str, stop: float, codes: Counter[int]) -> None:
    while time.monotonic() < stop:
        try:
            r = await client.get(f"{base}/sparql", params={"query": RUNAWAY}, timeout=120)
            codes[r.status_code] += 1
            if r.status_code == 503:
                await asyncio.sleep(float(r.headers.get("retry-after", "1")))
        except httpx.HTTPError as exc:
            codes[type(exc).__name__] += 1  # type: ignore[index]


def probe(client: httpx.Client, url: str, stop: float, out: list[float], codes: Counter[int]) -> None:
    while time.monotonic() < stop:
        t = time.perf_counter()
        r = client.get(url, timeout=120)
        out.append((time.perf_counter() - t) * 1000)
        codes[r.status_code] += 1
        time.sleep(PROBE_EVERY)


async def load(base: str, seconds: float) -> Counter[int]:
    limits = httpx.Limits(max_connections=SLOW_CLIENTS + 10, max_keepalive_connections=SLOW_CLIENTS + 10)
    codes: Counter[int] = Counter()
    async with httpx.AsyncClient(limits=limits) as client:
        stop = time.monotonic() + seconds
        await asyncio.gather(*(slow_client(client, base, stop, codes) for _ in range(SLOW_CLIENTS)))
    return codes


def load_process(base: str, seconds: float, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    queue.put(dict(asyncio.run(load(base, seconds))))


def run(base: str, seconds: float, lookup: str) -> dict[str, object]:
    """The slow queries come from a child process, so the probes here never wait behind their client."""
    with httpx.Client() as client:
        client.get(f"{base}{lookup}", timeout=600)  # builds the read model, fills the cache
        quiet: list[float] = []
        probe(client, f"{base}/health", time.monotonic() + 3, quiet, Counter())
        queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
        loader = multiprocessing.Process(target=load_process, args=(base, seconds, queue))
        loader.start()
        time.sleep(1.0)  # let the queue fill
        stop = time.monotonic() + seconds - 1.0
        health: list[float] = []
        looked: list[float] = []
        codes: Counter[int] = Counter()
        while time.monotonic() < stop:
            probe(client, f"{base}/health", time.monotonic() + 0.001, health, codes)
            probe(client, f"{base}{lookup}", time.monotonic() + 0.001, looked, codes)
        slow = queue.get()
        loader.join()
    return {"quiet": quiet, "health": health, "lookup": looked, "slow": slow, "probes": codes}


async def memory_probes(base: str, rounds: int) -> Counter[int]:
    """`rounds` times: as many memory bombs and wide answers at once as there are workers, and more."""
    codes: Counter[int] = Counter()
    async with httpx.AsyncClient() as client:
        for _ in range(rounds):
            asks = [
                client.get(f"{base}/sparql", params={"query": q}, timeout=120)
                for q in (MEMORY_BOMB, WIDE) * 3
            ]
            for r in await asyncio.gather(*asks, return_exceptions=True):
                codes[r.status_code if isinstance(r, httpx.Response) else type(r).__name__] += 1  # type: ignore[index]
    return codes


def peak_rss_during(pid: int, work: Callable[[], T]) -> tuple[T, float]:
    """Run `work` while sampling the RSS of the server and its workers every 20 ms; (result, peak MB)."""
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, tree_rss_mb(pid))
            except (FileNotFoundError, ValueError):
                pass
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = work()
    finally:
        done.set()
        sampler.join()
    return result, peak


def ingest_samples(store: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "service.cli",
            "ingest",
            str(root / "corpus" / "samples"),
            "--store",
            str(store),
        ],
        check=True,
        capture_output=True,
    )


def row(name: str, values: list[float]) -> str:
    return (
        f"| {name} | {len(values)} | {statistics.median(values):.1f} | {pct(values, 0.95):.1f} "
        f"| {pct(values, 0.99):.1f} | {max(values):.1f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--lookup", default="/persons?q=Berg")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "kg"
        if args.store is None:
            ingest_samples(store)
        load_before = os.getloadavg()[0]
        with serve_process(store, KG_SPARQL_TIMEOUT="3") as (base, proc):
            rss_before = tree_rss_mb(proc.pid)
            result = run(base, args.seconds, args.lookup)
            rss_after = tree_rss_mb(proc.pid)
            memory_codes, peak = peak_rss_during(proc.pid, lambda: asyncio.run(memory_probes(base, 3)))
    lines = [
        "# /health and a cached lookup under 60 slow SPARQL queries",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} by "
        "`python -m tests.bench.bench_health_load "
        f"--seconds {args.seconds:g}`; 2 cores; 1-minute load average {load_before:.2f} before the run "
        "(shared with other jobs). Method: see the script's docstring.",
        "",
        "| probe | requests | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
        row("/health, server idle", result["quiet"]),  # type: ignore[arg-type]
        row("/health, 60 slow queries", result["health"]),  # type: ignore[arg-type]
        row(f"`{args.lookup}` (cached), 60 slow queries", result["lookup"]),  # type: ignore[arg-type]
        "",
        f"Slow queries answered: {dict(sorted(result['slow'].items(), key=str))}; "  # type: ignore[attr-defined]
        f"probe status codes: {dict(result['probes'])}.",  # type: ignore[call-overload]
        f"Server RSS with its SPARQL workers: {rss_before:.0f} MB before, {rss_after:.0f} MB after.",
        "",
        "Memory probes: 3 rounds of 3 memory bombs (a 1.3 kB query doubling a string 39 times) and 3 wide "
        "answers (300 rows of 128 kB) at once; RSS of the server with its workers sampled every 20 ms: "
        f"peak {peak:.0f} MB; answers {dict(memory_codes)}.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
