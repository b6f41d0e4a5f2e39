"""Check that the syntax layer changes neither sentences nor facts: every *.txt under the given folders is
run through the pipeline with and without de_kg_syntax; sentence spans and facts JSON are compared.

Usage: python -m nlp.training.check_syntax ../shared/corpus ../shared/corpus-train corpus/samples
           [--exclude COMPONENT ...]   (e.g. a relation component that reads the syntax on purpose)
Exit code 1 when any article differs (the differing articles are printed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nlp.extract import extract_batch
from nlp.pipeline import load_pipeline


def main(folders: list[str], exclude: list[str]) -> int:
    files = sorted(f for folder in folders for f in Path(folder).rglob("*.txt"))
    texts = [(str(f), f.read_text(encoding="utf-8")) for f in files]
    texts = [(name, text) for name, text in texts if text.strip()]
    plain = load_pipeline(syntax=False)
    full = load_pipeline()
    for name in exclude:
        for nlp in (plain, full):
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
    bad_sents = bad_facts = 0
    plain_docs = plain.pipe(t for _, t in texts)
    full_docs = full.pipe(t for _, t in texts)
    n_sents = 0
    for (name, _), a, b in zip(texts, plain_docs, full_docs, strict=True):
        sa = [(s.start_char, s.end_char) for s in a.sents]
        sb = [(s.start_char, s.end_char) for s in b.sents]
        n_sents += len(sa)
        if sa != sb:
            bad_sents += 1
            print(f"sentences differ: {name} ({len(sa)} vs {len(sb)})")
    facts_a = extract_batch(texts_as_items(texts), nlp=plain)
    facts_b = extract_batch(texts_as_items(texts), nlp=full)
    for (name, _), fa, fb in zip(texts, facts_a, facts_b, strict=True):
        if fa.model_dump() != fb.model_dump():
            bad_facts += 1
            print(f"facts differ: {name}")
    print(
        f"{len(texts)} articles, {n_sents} sentences: sentences differ in {bad_sents}, facts differ in "
        f"{bad_facts} (pipeline {' → '.join(full.pipe_names)})"
    )
    return 1 if bad_sents or bad_facts else 0


def texts_as_items(texts: list[tuple[str, str]]) -> list[tuple[str | None, str]]:
    return [(name, text) for name, text in texts]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--exclude", nargs="*", default=[])
    args = ap.parse_args()
    sys.exit(main(args.folders, args.exclude))
