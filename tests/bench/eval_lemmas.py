"""Lemma accuracy of the shipped pipeline on UD German GSD test, with and without the repairs of weak
past forms and of strong verbs' forms in kg_separable_verbs (nlp/components/separable_verbs.py
`weak_past_lemma`, `strong_lemma`).

Gold tokens, one sentence per Doc, run through the pipeline up to and including kg_separable_verbs;
accuracy over all tokens and over the tokens the tagger reads as finite full verbs (VVFIN), against
the treebank's lemmas. No model trained on GSD test.

Usage: python tests/bench/eval_lemmas.py [--out tests/bench/reports/lemmas.md]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GSD_TEST = ROOT.parent / "shared" / "data" / "ud-german-gsd" / "test.conllu"


def gold_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    from nlp.training.convert_ud import read_conllu

    out = []
    for rows in read_conllu(path):
        words = [r for r in rows if r[0].isdigit()]  # no multi-word or empty nodes
        out.append(([r[1] for r in words], [r[2] for r in words]))
    return out


_REPAIRS = ("weak_past_lemma", "strong_lemma")


def accuracy(
    sentences: list[tuple[list[str], list[str]]], repairs: tuple[str, ...]
) -> tuple[float, float, int, int]:
    """(all tokens, VVFIN tokens, number of tokens, number of VVFIN tokens), with only the `repairs`
    of `_REPAIRS` on."""
    from spacy.tokens import Doc

    import nlp.components.separable_verbs as separable
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    names = [name for name, _ in nlp.pipeline]
    procs = [proc for _, proc in nlp.pipeline[: names.index("kg_separable_verbs") + 1]]
    originals = {name: getattr(separable, name) for name in _REPAIRS}
    for name in _REPAIRS:
        if name not in repairs:
            setattr(separable, name, lambda tok: None)
    try:
        ok = n = ok_fin = n_fin = 0
        for words, lemmas in sentences:
            doc = Doc(nlp.vocab, words=words)
            for proc in procs:
                doc = proc(doc)
            for tok, gold in zip(doc, lemmas, strict=True):
                n += 1
                ok += tok.lemma_ == gold
                if tok.tag_ == "VVFIN":
                    n_fin += 1
                    ok_fin += tok.lemma_ == gold
    finally:
        for name, function in originals.items():
            setattr(separable, name, function)
    return ok / n, ok_fin / n_fin, n, n_fin


def report(path: Path = GSD_TEST) -> str:
    started = time.perf_counter()
    sentences = gold_sentences(path)
    without = accuracy(sentences, ())
    weak = accuracy(sentences, ("weak_past_lemma",))
    both = accuracy(sentences, _REPAIRS)
    secs = time.perf_counter() - started
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    return "\n".join(
        [
            "# Lemma accuracy on UD German GSD test",
            "",
            "`python tests/bench/eval_lemmas.py --out tests/bench/reports/lemmas.md`",
            f"({stamp}, {secs:.0f} s): {len(sentences)} sentences, {without[2]} tokens, {without[3]} read",
            "as finite full verbs (VVFIN); the pipeline up to kg_separable_verbs on gold tokens.",
            "",
            "| lemmas | all tokens | VVFIN |",
            "|---|---|---|",
            f"| edit trees + particles | {without[0]:.4f} | {without[1]:.4f} |",
            f"| edit trees + particles + weak past forms | {weak[0]:.4f} | {weak[1]:.4f} |",
            f"| … + strong verbs' forms (strong_verbs.tsv) | {both[0]:.4f} | {both[1]:.4f} |",
            "",
        ]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    text = report()
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
