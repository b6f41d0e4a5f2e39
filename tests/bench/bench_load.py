"""Lookup endpoints under concurrent load on loopback: throughput and latency percentiles.

Run: ``python -m tests.bench.bench_load [--articles 10000] [--seconds 20] [--concurrency 4]``; writes
tests/bench/reports/bench_load.md. A closed loop of `concurrency` keep-alive connections sends a mix of
lookups for a fixed time against uvicorn (one process) on 127.0.0.1; the load generator shares the 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from tests.bench.rawhttp import AsyncConnection
from tests.bench.server import serve
from tests.bench.synthetic import build, store_path

REPORT = Path(__file__).parent / "reports" / "bench_load.md"


def all_items(c: httpx.Client, path: str) -> list[dict[str, Any]]:
    """Every item of a list endpoint, paged through 100 at a time."""
    items: list[dict[str, Any]] = []
    page = 1
    while True:
        body = c.get(path, params={"page": page, "page_size": 100}).json()
        items += body["items"]
        if not body["items"] or len(items) >= body["total"]:
            return items
        page += 1


def targets(url: str) -> dict[str, list[str]]:
    """Paths per endpoint: one per person, organization and event of the running service (ALL of them,
    so that no cache can hold a small hot set), and one name query per first and last name."""
    with httpx.Client(base_url=url, timeout=300) as c:
        persons = all_items(c, "/persons")
        orgs = all_items(c, "/organizations")
        events = all_items(c, "/events")
        c.get("/search", params={"q": "Krisenmanagement"})  # warm the search index
    words = sorted({w for p in persons for w in p["name"].split() if len(w) > 2})
    return {
        "GET /persons/{id}": [f"/persons/{p['id']}" for p in persons],
        "GET /organizations/{id}": [f"/organizations/{o['id']}" for o in orgs],
        "GET /events/{id}": [f"/events/{e['id']}" for e in events],
        "GET /persons?q=": [f"/persons?q={quote(w)}" for w in words],
    }


async def worker(
    hits: dict[str, list[bool]],
    conn: AsyncConnection,
    todo: dict[str, list[str]],
    stop: float,
    samples: dict[str, list[float]],
    errors: list[int],
    rng: random.Random,
) -> None:
    names = sorted(todo)
    while time.perf_counter() < stop:
        name = rng.choice(names)  # the endpoints in equal shares, each path of one at random
        path = rng.choice(todo[name])
        started = time.perf_counter()
        status, fields, _ = await conn.request("GET", path)
        samples[name].append(time.perf_counter() - started)
        hits[name].append(fields.get("x-cache") == "hit")
        if status != 200:
            errors.append(status)


async def run_load(url: str, todo: dict[str, list[str]], seconds: float, concurrency: int) -> Run:
    """`concurrency` keep-alive connections of the lean client (tests/bench/rawhttp.py) in a closed loop."""
    run = Run()
    conns = [await AsyncConnection(url).open() for _ in range(concurrency)]
    try:
        started = time.perf_counter()
        stop = started + seconds
        await asyncio.gather(
            *(
                worker(run.hits, conn, todo, stop, run.samples, run.errors, random.Random(i))
                for i, conn in enumerate(conns)
            )
        )
        run.elapsed = time.perf_counter() - started
    finally:
        for conn in conns:
            await conn.close()
    return run


@dataclass
class Run:
    samples: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[int] = field(default_factory=list)
    hits: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    elapsed: float = 0.0
    warm: float = 0.0
    distinct: dict[str, int] = field(default_factory=dict)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(store: Path, seconds: float, concurrency: int, **env: str) -> Run:
    with serve(store, **env) as url:
        started = time.perf_counter()
        todo = targets(url)
        warm = time.perf_counter() - started
        asyncio.run(run_load(url, todo, 3.0, concurrency))  # warm-up, not reported
        run = asyncio.run(run_load(url, todo, seconds, concurrency))
    run.warm = warm
    run.distinct = {name: len(paths) for name, paths in todo.items()}
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--seconds", type=float, default=20.0, help="Length of each measured run (max 120).")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    seconds = min(args.seconds, 120.0)
    store = args.store or store_path(Path(tempfile.gettempdir()) / "kg-bench", args.articles)
    build(store, args.articles)
    load = os.getloadavg()[0]
    runs = {
        "response cache on (default)": measure(store, seconds, args.concurrency),
        "response cache off (every answer rendered)": measure(
            store, seconds, args.concurrency, KG_RESPONSE_CACHE_ENTRIES="1"
        ),
    }
    write_report(args, seconds, runs, load)


def write_report(args: argparse.Namespace, seconds: float, runs: dict[str, Run], load: float) -> None:
    ms = 1000.0
    first = next(iter(runs.values()))
    lines = [
        "# Load benchmark: lookup endpoints on loopback",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m tests.bench.bench_load`; {args.articles} "
        f"generated articles; uvicorn (1 process) on 127.0.0.1; {args.concurrency} concurrent keep-alive "
        f"connections (the lean client of tests/bench/rawhttp.py, closed loop) for {seconds:.0f} s after "
        f"a 3 s warm-up; load generator on the "
        f"same 2 cores (1-minute load average {load:.1f} before the runs). First requests (read model and "
        f"search index built) took {first.warm:.1f} s. Each request picks one of the four endpoints in equal "
        f"shares, then one of its paths at random: every person, organization and event of the store (read "
        f"by paging through the list endpoints) and every first and last name as `q`, so the response cache "
        f"(4096 answers) cannot hold a small hot set; it fills up during a run (see the hit rates).",
        "",
    ]
    for title, run in runs.items():
        every = [t for ts in run.samples.values() for t in ts]
        hits = [h for hs in run.hits.values() for h in hs]
        hit_rate = sum(hits) / max(1, len(hits))
        lines += [
            f"## {title}",
            "",
            f"**Throughput {len(every) / run.elapsed:.0f} req/s, p50 {statistics.median(every) * ms:.1f} ms, "
            f"p99 {pct(every, 99) * ms:.1f} ms; {len(run.errors)} non-200 of {len(every)}; cache hits "
            f"{hit_rate:.0%}.**",
            "",
            "| endpoint | distinct paths | requests | cache hits | p50 ms | p95 ms | p99 ms |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, ts in sorted(run.samples.items()):
            endpoint_hits = run.hits[name]
            lines.append(
                f"| {name} | {run.distinct.get(name, 0)} | {len(ts)} | "
                f"{sum(endpoint_hits) / max(1, len(endpoint_hits)):.0%} | {statistics.median(ts) * ms:.1f} | "
                f"{pct(ts, 95) * ms:.1f} | {pct(ts, 99) * ms:.1f} |"
            )
        lines.append("")
    lines += ["Target (issue 6): ≥ 300 req/s with p99 ≤ 50 ms on this 2-core machine.", ""]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
