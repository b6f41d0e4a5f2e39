"""Time from a write to its answers in /persons, /search and /expertise: updates against rebuilds.

Run: ``python -m tests.bench.bench_visible [--articles 1000 10000] [--adds 5] [--rebuild-adds 1]``;
writes tests/bench/reports/visible-after-write.md.

For each store size: a store of generated articles (tests/bench/synthetic.py), a server on it (uvicorn,
one process, tests/bench/server.py) warmed up by a lookup, a search and an expertise query (read model
and both indexes built). This process then writes through `KnowledgeStore`, as `kg ingest` does beside
a running server: each new article names a person with a surname of its own. It polls GET
/persons?q=SURNAME, /search?q=SURNAME and /expertise?topic=SURNAME until all three show the change,
and times that from the start of the write. The server learns of the write from the store's change log
at its next request (a stat of the marker file; until commit e5cf238 at most once per
KG_STORE_CHECK_INTERVAL, 0.5 s, which the second mode set to 0) and applies the changed article (or,
with KG_INCREMENTAL_UPDATES=false, as before: rebuilds the read model at the next lookup and the indexes
at the next search). POST /articles ends in the same update after its extraction (the write happens in
the server process, which then reads its own log entry), so its visibility is the extraction plus the
update measured here. The articles written are deleted again at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Facts
from tests.bench.server import rss_mb, serve_process
from tests.bench.synthetic import FIRST, build, make_article, store_path

REPORT = Path(__file__).parent / "reports" / "visible-after-write.md"
VERSION = "bench-1"  # as tests/bench/synthetic.build writes
POLL = 0.01  # seconds between polls
TIMEOUT = 3600.0


def surname(k: int) -> str:
    """A surname no generated article uses ("Zeitlerbab")."""
    letters = ""
    for _ in range(3):
        k, r = divmod(k, 26)
        letters += string.ascii_lowercase[r]
    return "Zeitler" + letters


def article_of(n: int, name: str, seed: int) -> tuple[Article, Facts]:
    """Article number `n` about the person `name` (URL by `n`: a second version replaces the first)."""
    return make_article(n, random.Random(seed), person=f"{FIRST[n % len(FIRST)]} {name}")


def shows(c: httpx.Client, name: str) -> tuple[bool, bool, bool]:
    """Whether /persons, /search and /expertise answer anything for `name`."""
    persons = c.get("/persons", params={"q": name}).json()["total"] > 0
    search = c.get("/search", params={"q": name}).json()["total"] > 0
    experts = c.get("/expertise", params={"topic": name, "kind": "person"}).json()["total"] > 0
    return persons, search, experts


def appears(c: httpx.Client, name: str, instead_of: str | None = None) -> Callable[[], bool]:
    """Whether every answer shows `name` (and none `instead_of`)."""
    return lambda: all(shows(c, name)) and (instead_of is None or not any(shows(c, instead_of)))


def gone(c: httpx.Client, name: str) -> Callable[[], bool]:
    return lambda: not any(shows(c, name))


def wait(c: httpx.Client, until: Callable[[], bool]) -> float:
    """Poll until `until()` holds; the moment it did."""
    deadline = time.perf_counter() + TIMEOUT
    while not until():
        if time.perf_counter() > deadline:
            raise RuntimeError("the change did not become visible")
        time.sleep(POLL)
    return time.perf_counter()


@dataclass
class Sample:
    op: str
    write: float  # seconds the KnowledgeStore write took
    visible: float  # seconds from the start of the write until every answer showed the change


@dataclass
class Run:
    articles: int
    mode: str
    warm: float = 0.0  # seconds of the warm-up requests (full build of model and indexes)
    open_store: float = 0.0  # seconds to open the KnowledgeStore (rebuilds the resolution index)
    rss_warm: float = 0.0
    rss_end: float = 0.0
    samples: list[Sample] = field(default_factory=list)


MODES = {
    "update": ("update (default)", {}),
    "update-every-request": ("update, store checked at every request", {"KG_STORE_CHECK_INTERVAL": "0"}),
    "rebuild": ("rebuild (KG_INCREMENTAL_UPDATES=false)", {"KG_INCREMENTAL_UPDATES": "false"}),
}


def measure(store: Path, articles: int, mode: str, adds: int) -> Run:
    title, settings = MODES[mode]
    run = Run(articles, title)
    incremental = mode != "rebuild"
    env = {"KG_SPARQL_WORKERS": "1", **settings}
    base = articles + 1000 * (1 + list(MODES).index(mode))  # article numbers beyond the store's
    with serve_process(store, **env) as (url, proc), httpx.Client(base_url=url, timeout=TIMEOUT) as c:
        started = time.perf_counter()
        shows(c, "Krisenmanagement")
        run.warm = time.perf_counter() - started
        run.rss_warm = rss_mb(proc)
        started = time.perf_counter()
        with KnowledgeStore(store) as ks:
            run.open_store = time.perf_counter() - started
            written: list[tuple[int, str]] = []
            for i in range(adds):
                n, name = base + i, surname(base + i)
                article, facts = article_of(n, name, seed=n)
                t0 = time.perf_counter()
                ks.ingest(article, facts, pipeline_version=VERSION)
                t1 = time.perf_counter()
                run.samples.append(Sample("add", t1 - t0, wait(c, appears(c, name)) - t0))
                written.append((n, name))
            if incremental and written:
                n, old = written[0]
                name = surname(n + 500)
                article, facts = article_of(n, name, seed=n + 1)
                t0 = time.perf_counter()
                ks.ingest(article, facts, pipeline_version=VERSION)
                t1 = time.perf_counter()
                run.samples.append(Sample("replace", t1 - t0, wait(c, appears(c, name, old)) - t0))
                written[0] = (n, name)
                n, name = written.pop()
                t0 = time.perf_counter()
                ks.delete(f"https://example.org/news/{n}")
                t1 = time.perf_counter()
                run.samples.append(Sample("delete", t1 - t0, wait(c, gone(c, name)) - t0))
            for n, _ in written:  # leave the store as it was
                ks.delete(f"https://example.org/news/{n}")
        shows(c, "Zeitler")  # model and indexes as after the warm-up (a rebuild builds them again)
        run.rss_end = rss_mb(proc)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--adds", type=int, default=5, help="Articles added with updates (the default).")
    parser.add_argument("--rebuild-adds", type=int, default=1, help="Articles added with rebuilds.")
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    args = parser.parse_args()
    runs: list[Run] = []
    load = os.getloadavg()[0]
    for n in args.articles:
        store = build(store_path(Path(tempfile.gettempdir()) / "kg-bench", n), n)
        for mode in args.modes:
            runs.append(measure(store, n, mode, args.rebuild_adds if mode == "rebuild" else args.adds))
            write_report(runs, load)


def write_report(runs: list[Run], load: float) -> None:
    lines = [
        "# Visible after a write: updates against rebuilds",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m tests.bench.bench_visible`; 1-minute load "
        f"average {load:.1f} before the runs (2 cores, shared with other jobs). What is measured: see the "
        "script's docstring. In short: articles of generated news (tests/bench/synthetic.py) written by "
        "another process through `KnowledgeStore` while the server (uvicorn, one process, default "
        "settings: the marker file stat'ed at every request) answers; *visible* is from the start of the "
        "write until GET /persons?q=, /search?q= and /expertise?topic= all show the new surname (for a "
        "replace: the new one, and the old one no more; for a delete: neither). The POST /articles path "
        "applies the same update in the server process after its extraction.",
        "",
        "| articles | mode | op | writes | write (median) | visible after (median) | visible after (max) |",
        "|---:|---|---|---:|---:|---:|---:|",
    ]
    for run in runs:
        ops = dict.fromkeys(s.op for s in run.samples)
        for op in ops:
            samples = [s for s in run.samples if s.op == op]
            write = statistics.median(s.write for s in samples)
            visible = [s.visible for s in samples]
            lines.append(
                f"| {run.articles:,} | {run.mode} | {op} | {len(samples)} | {_ms(write)} | "
                f"{_ms(statistics.median(visible))} | {_ms(max(visible))} |"
            )
    lines += [
        "",
        "Server memory (RSS) and the one-off costs:",
        "",
        "| articles | mode | first lookup, search and expertise (builds) | RSS after them | RSS at the end "
        "| opening the store for writing |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for run in runs:
        lines.append(
            f"| {run.articles:,} | {run.mode} | {run.warm:.1f} s | {run.rss_warm:,.0f} MB | "
            f"{run.rss_end:,.0f} MB | {run.open_store:.1f} s |"
        )
    lines.append("")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


if __name__ == "__main__":
    main()
