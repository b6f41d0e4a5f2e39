"""Where one write's time goes: the steps of applying one changed article to the derived data, and
detail lookups, in process against a store of generated articles (no HTTP, no server).

Run: ``python -m tests.bench.profile_write /tmp/kg-bench/kg-100000 [--profile] [--busy]``. Builds the read
model, views and both indexes from the store (minutes at 100,000 articles), then, twice: deletes one
article graph from the derived data, adds it back, and replaces it with itself (the store is only
read: the change is handed to `ReadModel.apply` as the change log would), timing each step in ms;
then 200 random person, organization and event details and `/persons?q=` matches. `--profile` prints
the cProfile top 25 of each write too. The numbers are in tests/bench/reports/scale.md.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import time
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from service import live
from service.readmodel import load
from service.readmodel.records import Entity
from service.search.documents import update_expertise, update_search


def write(
    store: ox.Store, snapshot: live.Snapshot, changed: set[str], data: dict[str, Any], profile: bool
) -> tuple[live.Snapshot, dict[str, float]]:
    """`snapshot` moved forward by `changed` graphs with the contributions `data` (absent: dropped)."""
    assert snapshot.search is not None and snapshot.expertise is not None
    touched: set[str] = set()
    for d in [*(snapshot.model.graphs[g] for g in changed if g in snapshot.model.graphs), *data.values()]:
        touched |= d.touched()
    times: dict[str, float] = {}
    t = time.perf_counter()
    load.read_graphs(store, changed)
    times["read graphs"] = time.perf_counter() - t
    t = time.perf_counter()
    rows = load.read_entities(store, touched)
    times["read entities"] = time.perf_counter() - t
    profiler = cProfile.Profile()
    gc.disable()
    if profile:
        profiler.enable()
    t = time.perf_counter()
    model, delta = snapshot.model.apply(set(changed), data, touched, rows, {})
    times["apply"] = time.perf_counter() - t
    t = time.perf_counter()
    views = snapshot.views.updated(model, delta)
    times["views"] = time.perf_counter() - t
    t = time.perf_counter()
    search = update_search(snapshot.search, model, delta)
    times["search"] = time.perf_counter() - t
    t = time.perf_counter()
    expertise = update_expertise(snapshot.expertise, snapshot.model, model, delta)
    times["expertise"] = time.perf_counter() - t
    profiler.disable()
    gc.enable()
    gc.freeze()
    if profile:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
    return live.Snapshot(0, model, views, search, expertise), times


def per_call(fn: Callable[[Entity], object], entities: list[Entity]) -> float:
    t = time.perf_counter()
    for e in entities:
        fn(e)
    return (time.perf_counter() - t) / len(entities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--busy",
        action="store_true",
        help="Write an article naming the project with the most facts (else one a third into the store).",
    )
    args = parser.parse_args()
    store = ox.Store.read_only(args.store)
    t = time.perf_counter()
    snapshot = live.with_expertise(live.with_search(live.build(store, 0)))
    print(f"build {time.perf_counter() - t:.1f} s", flush=True)
    m = snapshot.model
    graph = sorted(m.graphs)[len(m.graphs) // 3]
    if args.busy:  # the worst case of the expertise update: the busiest project's context changes
        project = max(m.of_kind("project"), key=lambda e: len(m.by_object.get(e.iri, ())))
        graph = m.article_graph[min(project.articles)]
        print(f"project {project.name}: {len(m.by_object.get(project.iri, ()))} facts", flush=True)
    data = m.graphs[graph]
    for i in range(2):
        deleted, times = write(store, snapshot, {graph}, {}, args.profile)
        print(f"delete {i}", {k: round(v * 1000, 1) for k, v in times.items()}, flush=True)
        _, times = write(store, deleted, {graph}, {graph: data}, args.profile)
        print(f"add {i}", {k: round(v * 1000, 1) for k, v in times.items()}, flush=True)
        _, times = write(store, snapshot, {graph}, {graph: data}, args.profile)
        print(f"replace {i}", {k: round(v * 1000, 1) for k, v in times.items()}, flush=True)
    rng = random.Random(1)
    v = snapshot.views
    details: dict[str, Callable[[Entity], object]] = {
        "person": lambda e: v.person_detail(e, 100),
        "org": lambda e: v.org_detail(e, 100, 100),
        "event": lambda e: v.event_detail(e, 100, 100),
    }
    for kind, detail in details.items():
        entities = m.of_kind(kind)
        if entities:
            picks = [rng.choice(entities) for _ in range(200)]
            print(f"{kind} detail {per_call(detail, picks) * 1000:.2f} ms", flush=True)
    words = sorted({w for e in m.of_kind("person") for w in e.name.split() if len(w) > 2})
    queries = [rng.choice(words) for _ in range(200)]
    t = time.perf_counter()
    for w in queries:
        m.matching("person", w)
    print(f"/persons?q= match {(time.perf_counter() - t) / len(queries) * 1000:.2f} ms", flush=True)


if __name__ == "__main__":
    main()
