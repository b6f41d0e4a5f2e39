"""`kg compact` on a copy of a benchmark store: its time, the bytes, and raw query p50 before and after.

Run: ``python -m tests.bench.bench_compact [--articles 100000] [--requests 40]``; prints the numbers
(quoted in tests/bench/reports/scale.md). The copy goes to /tmp/kg-scale and is removed at the end; the
store itself (/tmp/kg-bench/kg-real-N, tests/bench/synthetic.py) is not touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from graph.compact import compact
from tests.bench.bench_sparql import QUERIES, answers, parameters, render, warm_page_cache
from tests.bench.synthetic import build, store_path

WARM = 5


def raw_p50(path: Path, params: list[dict[str, str]]) -> dict[str, float]:
    """p50 ms of each analyst query on a read-only handle, after the page cache was read and WARM requests."""
    warm_page_cache(path)
    store = ox.Store.read_only(str(path))
    out = {}
    for name, template in QUERIES.items():
        texts = [render(template, p) for p in params]
        for q in texts[:WARM]:
            answers(store, q)
        seconds = []
        for q in texts[WARM:]:
            started = time.perf_counter()
            answers(store, q)
            seconds.append(time.perf_counter() - started)
        out[name] = statistics.median(seconds) * 1000
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    source = build(store_path(Path(tempfile.gettempdir()) / "kg-bench", args.articles), args.articles)
    copy = Path(tempfile.gettempdir()) / "kg-scale" / f"kg-{args.articles}-copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(source, copy)
    try:
        params = parameters(ox.Store.read_only(str(copy)), args.requests)
        before = raw_p50(copy, params)
        print(f"before: load {os.getloadavg()[0]:.2f}", {k: round(v, 1) for k, v in before.items()})
        started = time.perf_counter()
        done = compact(copy)
        print(
            f"kg compact: {time.perf_counter() - started:.0f} s, {done.quads:,} quads, "
            f"{done.bytes_before / 1e6:,.0f} MB -> {done.bytes_after / 1e6:,.0f} MB"
        )
        after = raw_p50(copy, params)
        print(f"after: load {os.getloadavg()[0]:.2f}", {k: round(v, 1) for k, v in after.items()})
    finally:
        shutil.rmtree(copy, ignore_errors=True)


if __name__ == "__main__":
    main()
