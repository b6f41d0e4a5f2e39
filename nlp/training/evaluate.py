"""Per-class NER precision/recall/F1 on the held-out sets that no model trains on.

Strict span match on outer labels PER/ORG/LOC/MISC. Two rows per set: the bare statistical model
("model") and the whole entity stage of the product pipeline ("pipeline": model + rule components),
both run on the gold tokenization. Output is Markdown, committed as nlp/models/EVAL.md.

Usage: python -m nlp.training.evaluate HELDOUT_DIR [--model PATH] [--out FILE] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

LABELS = ("PER", "ORG", "LOC", "MISC")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    gold_docs: Iterable[Doc], predict: Callable[[Doc], Doc]
) -> dict[str, tuple[float, float, float, int]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold in gold_docs:
        pred = predict(
            Doc(gold.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
        )
        g = {(e.start, e.end, e.label_) for e in gold.ents}
        p = {(e.start, e.end, e.label_) for e in pred.ents if e.label_ in LABELS}
        for _, _, lab in g & p:
            tp[lab] += 1
        for _, _, lab in p - g:
            fp[lab] += 1
        for _, _, lab in g - p:
            fn[lab] += 1
    rows = {lab: (*prf(tp[lab], fp[lab], fn[lab]), tp[lab] + fn[lab]) for lab in LABELS}
    total = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    rows["ALL"] = (*total, sum(tp.values()) + sum(fn.values()))
    return rows


def _model_only(nlp: Language) -> Callable[[Doc], Doc]:
    names = [n for n in ("tok2vec", "ner") if n in nlp.pipe_names]

    def run(doc: Doc) -> Doc:
        for name in names:
            doc = nlp.get_pipe(name)(doc)
        return doc

    return run


def _entity_stage(nlp: Language) -> Callable[[Doc], Doc]:
    """The whole product pipeline; relation components read doc.ents and leave them as they are."""
    return nlp


def evaluate(heldout: Path, model: str | None, limit: int = 0) -> str:
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    lines = ["| set | system | class | P | R | F1 | gold |", "|---|---|---|---|---|---|---|"]
    for path in sorted(heldout.glob("heldout-*.spacy")):
        name = path.stem.removeprefix("heldout-")
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if limit:
            docs = docs[:limit]
        for system, fn in (("model", _model_only(nlp)), ("pipeline", _entity_stage(nlp))):
            t0 = time.perf_counter()
            rows = score(docs, fn)
            secs = time.perf_counter() - t0
            for lab, (p, r, f, n) in rows.items():
                lines.append(f"| {name} | {system} | {lab} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
            print(f"{name} {system}: {secs:.1f}s", file=sys.stderr)
    header = [
        "# Held-out NER evaluation",
        "",
        f"Model: `{model or 'shipped default (nlp/models/de_kg_ner)'}`, spaCy {spacy.__version__}. "
        "Strict span match, outer labels. `model` = statistical NER alone; `pipeline` = the product's",
        "entity stage (model + rule-based person/organization components + merge policy).",
        "Command: `python -m nlp.training.evaluate nlp/training/work`",
        "",
    ]
    return "\n".join(header + lines) + "\n"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("heldout", type=Path)
    ap.add_argument("--model", default=None)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if not any(args.heldout.glob("heldout-*.spacy")):
        print(f"error: no heldout-*.spacy in {args.heldout}; run `make model-data` first", file=sys.stderr)
        return 2
    report = evaluate(args.heldout, args.model, args.limit)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
