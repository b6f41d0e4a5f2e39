"""Words per second of the whole extraction pipeline on one core, next to the bare German tokenizer.

Texts: the sample corpus (corpus/samples) and the real articles in ../shared/corpus, repeated until
at least --min-words words. Threads are pinned to one before numpy loads.
Usage: python tests/bench/bench_speed.py [--min-words 60000] [--out tests/bench/reports/speed.md]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from collections import deque  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def load_texts(min_words: int) -> list[str]:
    files = sorted((ROOT / "corpus" / "samples").glob("*.txt")) + sorted(
        (ROOT.parent / "shared" / "corpus").glob("*.txt")
    )
    base = [f.read_text(encoding="utf-8") for f in files]
    texts: list[str] = []
    while sum(len(t.split()) for t in texts) < min_words:
        texts.extend(base)
    return texts


def rate(fn, texts: list[str]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    fn(texts)
    secs = time.perf_counter() - t0
    return words / secs, secs


def component_seconds(nlp, texts: list[str], batch: int) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """Seconds per pipeline component on the same texts (tokenizer first), one component at a time."""
    started = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    out = [("tokenizer", time.perf_counter() - started)]
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=batch)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out.append((name, time.perf_counter() - started))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-words", type=int, default=60000)
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "bench" / "reports" / "speed.md")
    args = ap.parse_args()
    from nlp.extract import DEFAULT_BATCH_SIZE, extract_batch
    from nlp.pipeline import load_pipeline

    texts = load_texts(args.min_words)
    nlp = load_pipeline()
    list(extract_batch([(None, t) for t in texts[:3]], nlp=nlp))  # warm up
    blank = spacy.blank("de")
    tok_wps, tok_s = rate(lambda ts: deque(blank.pipe(ts), maxlen=0), texts)  # streamed, not kept
    ner_wps, ner_s = rate(lambda ts: deque(nlp.pipe(ts, batch_size=DEFAULT_BATCH_SIZE), maxlen=0), texts)
    full_wps, full_s = rate(
        lambda ts: deque(extract_batch([(None, t) for t in ts], nlp=nlp), maxlen=0), texts
    )
    words = sum(len(t.split()) for t in texts)
    parts = component_seconds(nlp, texts, DEFAULT_BATCH_SIZE)
    total = sum(secs for _, secs in parts)
    report = "\n".join(
        [
            "# Extraction speed (one core)",
            "",
            f"Command: `python tests/bench/bench_speed.py --min-words {args.min_words}`; {len(texts)} texts, "
            f"{words} words; {platform.machine()}, Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}, pipeline `{' → '.join(nlp.pipe_names)}`.",
            "",
            "| what | words/s | seconds |",
            "|---|---|---|",
            f'| `spacy.blank("de")` tokenizer | {tok_wps:,.0f} | {tok_s:.2f} |',
            f"| pipeline (`nlp.pipe`, all components, batch {DEFAULT_BATCH_SIZE}) "
            f"| {ner_wps:,.0f} | {ner_s:.2f} |",
            f"| whole extraction to facts JSON (`extract_batch`) | {full_wps:,.0f} | {full_s:.2f} |",
            "",
            "Target (issue 3): ≥ 10,000 words/s for the whole extraction pipeline.",
            "",
            f"Share of each component (a separate pass over the same texts, one component at a time, batch "
            f"{DEFAULT_BATCH_SIZE}):",
            "",
            "| component | seconds | share |",
            "|---|---|---|",
            *(f"| {name} | {secs:.2f} | {secs / total:.0%} |" for name, secs in parts),
            "",
        ]
    )
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
