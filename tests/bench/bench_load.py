"""Lookup endpoints under concurrent load on loopback: throughput and latency percentiles.

Run: ``python -m tests.bench.bench_load [--articles 10000] [--seconds 20] [--concurrency 8]``; writes
tests/bench/reports/bench_load.md. A closed loop of `concurrency` keep-alive connections sends a mix of
lookups for a fixed time against uvicorn (one process) on 127.0.0.1; the load generator shares the 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import httpx

from tests.bench.server import serve
from tests.bench.synthetic import build

REPORT = Path(__file__).parent / "reports" / "bench_load.md"


def targets(url: str, rng: random.Random) -> list[tuple[str, str]]:
    """(endpoint name, path) pairs: ids taken from the lists of the running service."""
    with httpx.Client(base_url=url, timeout=300) as c:
        persons = [p["id"] for p in c.get("/persons", params={"page_size": 100}).json()["items"]]
        orgs = [o["id"] for o in c.get("/organizations", params={"page_size": 100}).json()["items"]]
        events = [e["id"] for e in c.get("/events", params={"page_size": 100}).json()["items"]]
        c.get("/search", params={"q": "Krisenmanagement"})  # warm the search index
    words = ["Müller", "Baj", "Krüger", "Schmidt", "Wolf", "Anna", "Jonas"]
    out = []
    for _ in range(2000):
        out += [
            ("GET /persons/{id}", f"/persons/{rng.choice(persons)}"),
            ("GET /organizations/{id}", f"/organizations/{rng.choice(orgs)}"),
            ("GET /events/{id}", f"/events/{rng.choice(events)}"),
            ("GET /persons?q=", f"/persons?q={rng.choice(words)}"),
        ]
    rng.shuffle(out)
    return out


async def worker(
    client: httpx.AsyncClient,
    todo: list[tuple[str, str]],
    stop: float,
    samples: dict[str, list[float]],
    errors: list[int],
    rng: random.Random,
) -> None:
    while time.perf_counter() < stop:
        name, path = rng.choice(todo)
        started = time.perf_counter()
        r = await client.get(path)
        samples[name].append(time.perf_counter() - started)
        if r.status_code != 200:
            errors.append(r.status_code)


async def run_load(
    url: str,
    todo: list[tuple[str, str]],
    seconds: float,
    concurrency: int,
) -> tuple[dict[str, list[float]], list[int], float]:
    samples: dict[str, list[float]] = defaultdict(list)
    errors: list[int] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        stop = started + seconds
        await asyncio.gather(
            *(worker(client, todo, stop, samples, errors, random.Random(i)) for i in range(concurrency))
        )
        elapsed = time.perf_counter() - started
    return samples, errors, elapsed


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--seconds", type=float, default=20.0, help="Length of the measured run (max 120).")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    seconds = min(args.seconds, 120.0)
    store = args.store or Path(tempfile.gettempdir()) / f"kg-bench/kg-{args.articles}"
    build(store, args.articles)
    with serve(store) as url:
        started = time.perf_counter()
        todo = targets(url, random.Random(3))
        warm = time.perf_counter() - started
        asyncio.run(run_load(url, todo, 3.0, args.concurrency))  # warm-up, not reported
        samples, errors, elapsed = asyncio.run(run_load(url, todo, seconds, args.concurrency))
    write_report(args, seconds, warm, samples, errors, elapsed)


def write_report(
    args: argparse.Namespace,
    seconds: float,
    warm: float,
    samples: dict[str, list[float]],
    errors: list[int],
    elapsed: float,
) -> None:
    every = [t for ts in samples.values() for t in ts]
    ms = 1000.0
    lines = [
        "# Load benchmark: lookup endpoints on loopback",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m tests.bench.bench_load`; {args.articles} "
        f"generated articles; uvicorn (1 process) on 127.0.0.1; {args.concurrency} concurrent keep-alive "
        f"connections (httpx, closed loop) for {seconds:.0f} s after a 3 s warm-up; load generator on the "
        f"same 2 cores. First requests (read model and search index built) took {warm:.1f} s.",
        "",
        f"**Throughput {len(every) / elapsed:.0f} req/s, p50 {statistics.median(every) * ms:.1f} ms, "
        f"p99 {pct(every, 99) * ms:.1f} ms, {len(errors)} non-200 answers of {len(every)}.**",
        "",
        "| endpoint | requests | p50 ms | p95 ms | p99 ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, ts in sorted(samples.items()):
        lines.append(
            f"| {name} | {len(ts)} | {statistics.median(ts) * ms:.1f} | {pct(ts, 95) * ms:.1f} | "
            f"{pct(ts, 99) * ms:.1f} |"
        )
    lines += ["", "Target (issue 6): ≥ 300 req/s with p99 ≤ 50 ms on this 2-core machine.", ""]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
