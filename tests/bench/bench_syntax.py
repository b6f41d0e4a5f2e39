"""What the syntax layer costs: whole extraction with and without it, and seconds per component.

Same texts as tests/bench/bench_speed.py (corpus/samples and ../shared/corpus, repeated to --min-words).
Both wall-clock and CPU seconds of this process are reported: on a shared machine the CPU seconds are
the steadier measure. Threads are pinned to one.

Usage: python -m tests.bench.bench_syntax [--min-words 60000] [--rounds 2]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import deque  # noqa: E402

from tests.bench.bench_speed import load_texts  # noqa: E402


def timed(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-words", type=int, default=60000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    from nlp.extract import DEFAULT_BATCH_SIZE, extract_batch
    from nlp.pipeline import load_pipeline

    texts = load_texts(args.min_words)
    words = sum(len(t.split()) for t in texts)
    pipes = {"without syntax": load_pipeline(syntax=False), "with syntax": load_pipeline()}
    for nlp in pipes.values():
        deque(extract_batch([(None, t) for t in texts[:3]], nlp=nlp), maxlen=0)
    best: dict[str, tuple[float, float]] = {}
    for _ in range(args.rounds):  # alternate, keep the best round of each
        for name, nlp in pipes.items():
            wall, cpu = timed(
                lambda nlp=nlp: deque(extract_batch([(None, t) for t in texts], nlp=nlp), maxlen=0)
            )
            old = best.get(name, (1e9, 1e9))
            best[name] = (min(old[0], wall), min(old[1], cpu))
    print(f"{len(texts)} texts, {words} words, batch {DEFAULT_BATCH_SIZE}")
    print("| pipeline | words/s (wall) | words/s (CPU) | CPU seconds |")
    print("|---|---|---|---|")
    for name, (wall, cpu) in best.items():
        print(f"| whole extraction, {name} | {words / wall:,.0f} | {words / cpu:,.0f} | {cpu:.2f} |")
    nlp = pipes["with syntax"]
    docs = [nlp.make_doc(t) for t in texts]
    rows = []
    for name, proc in nlp.pipeline:
        out: list = []
        wall, cpu = timed(lambda proc=proc, docs=docs, out=out: out.extend(run_component(proc, docs)))
        docs = out
        rows.append((name, wall, cpu))
    total = sum(cpu for _, _, cpu in rows)
    print()
    print("| component | CPU seconds | share of the pipeline |")
    print("|---|---|---|")
    for name, _, cpu in rows:
        print(f"| {name} | {cpu:.2f} | {cpu / total:.1%} |")
    sys.stdout.flush()


def run_component(proc, docs: list) -> list:  # type: ignore[no-untyped-def]
    from nlp.extract import DEFAULT_BATCH_SIZE

    if hasattr(proc, "pipe"):
        return list(proc.pipe(docs, batch_size=DEFAULT_BATCH_SIZE))
    return [proc(d) for d in docs]


if __name__ == "__main__":
    main()
