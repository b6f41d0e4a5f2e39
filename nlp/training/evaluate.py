"""Per-class NER precision/recall/F1 on the held-out sets that no model trains on.

Strict span match on outer labels PER/ORG/LOC/MISC. Two rows per set: the bare statistical model
("model") and the whole entity stage of the product pipeline ("pipeline": model + rule components),
both run on the gold tokenization. A second table gives mention overlap P/R/F1 (a predicted mention
matches a gold mention of the same class that shares a token with it, one-to-one), the measure of
the SmartData targets of issue 12. Output is Markdown, committed as nlp/models/EVAL.md.

Partly annotated sets (the held-out corpus-train articles, whose spans were located from gold
names): only PER and ORG are scored, and predicted spans touching a token the gold leaves open
(missing, not O) are not counted.

Usage: python -m nlp.training.evaluate HELDOUT_DIR [--model PATH] [--out FILE] [--limit N]
       [--sets NAME,...] [--systems model,pipeline]
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
PARTIAL_SETS = {"articles-corpus-train-15": ("PER", "ORG")}  # set -> the classes its gold annotates
OVERLAP_HEADING = "## Mention overlap"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


Scores = dict[str, tuple[float, float, float, int]]


def _rows(tp: Counter[str], fp: Counter[str], fn: Counter[str], labels: tuple[str, ...]) -> Scores:
    rows = {lab: (*prf(tp[lab], fp[lab], fn[lab]), tp[lab] + fn[lab]) for lab in labels}
    t, f_p, f_n = (sum(c[lab] for lab in labels) for c in (tp, fp, fn))
    rows["ALL"] = (*prf(t, f_p, f_n), t + f_n)
    return rows


def _spans(gold: Doc, pred: Doc, labels: tuple[str, ...]) -> tuple[set, set]:
    missing = {t.i for t in gold if t.ent_iob == 0}
    g = {(e.start, e.end, e.label_) for e in gold.ents if e.label_ in labels}
    p = {
        (e.start, e.end, e.label_)
        for e in pred.ents
        if e.label_ in labels and not missing.intersection(range(e.start, e.end))
    }
    return g, p


def score_both(
    gold_docs: Iterable[Doc], predict: Callable[[Doc], Doc], labels: tuple[str, ...] = LABELS
) -> tuple[Scores, Scores]:
    """(strict, overlap) scores. Overlap: one-to-one, same class, at least one shared token."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    otp: Counter[str] = Counter()
    ofp: Counter[str] = Counter()
    ofn: Counter[str] = Counter()
    for gold in gold_docs:
        pred = predict(
            Doc(gold.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
        )
        g, p = _spans(gold, pred, labels)
        for _, _, lab in g & p:
            tp[lab] += 1
        for _, _, lab in p - g:
            fp[lab] += 1
        for _, _, lab in g - p:
            fn[lab] += 1
        free = sorted(g)
        for ps, pe, lab in sorted(p):
            hit = next((x for x in free if x[2] == lab and x[0] < pe and ps < x[1]), None)
            if hit is None:
                ofp[lab] += 1
            else:
                free.remove(hit)
                otp[lab] += 1
        for _, _, lab in free:
            ofn[lab] += 1
    return _rows(tp, fp, fn, labels), _rows(otp, ofp, ofn, labels)


def score(
    gold_docs: Iterable[Doc], predict: Callable[[Doc], Doc], labels: tuple[str, ...] = LABELS
) -> Scores:
    """Strict span match: same start, end and class."""
    return score_both(gold_docs, predict, labels)[0]


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


def evaluate(
    heldout: Path,
    model: str | None,
    limit: int = 0,
    sets: list[str] | None = None,
    systems: tuple[str, ...] = ("model", "pipeline"),
) -> str:
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    head = ["| set | system | class | P | R | F1 | gold |", "|---|---|---|---|---|---|---|"]
    strict, overlap = list(head), list(head)
    for path in sorted(heldout.glob("heldout-*.spacy")):
        name = path.stem.removeprefix("heldout-")
        if sets and name not in sets:
            continue
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if limit:
            docs = docs[:limit]
        labels = PARTIAL_SETS.get(name, LABELS)
        for system, fn in (("model", _model_only(nlp)), ("pipeline", _entity_stage(nlp))):
            if system not in systems:
                continue
            t0 = time.perf_counter()
            both = score_both(docs, fn, labels)
            secs = time.perf_counter() - t0
            for lines, rows in zip((strict, overlap), both, strict=True):
                for lab, (p, r, f, n) in rows.items():
                    lines.append(f"| {name} | {system} | {lab} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
            print(f"{name} {system}: {secs:.1f}s", file=sys.stderr)
    header = [
        "# Held-out NER evaluation",
        "",
        f"Model: `{model or 'shipped default (nlp/models/de_kg_ner)'}`, spaCy {spacy.__version__}. "
        "Strict span match, outer labels. `model` = statistical NER alone; `pipeline` = the product's",
        "entity stage (model + rule-based person/organization components + merge policy).",
        "`articles-corpus-train-15`: the 15 held-out ../shared/corpus-train articles, spans located from",
        "their gold names (PER and ORG only; predictions on tokens the gold leaves open are not counted).",
        "Command: `python -m nlp.training.evaluate nlp/training/work`",
        "",
    ]
    footer = [
        "",
        OVERLAP_HEADING,
        "",
        "A predicted mention counts when it shares a token with a gold mention of the same class",
        "(one-to-one); the SmartData targets of issue 12 are PER ≥ 0.85 and ORG ≥ 0.65 on smartdata-dev.",
        "",
    ]
    return "\n".join(header + strict + footer + overlap) + "\n"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("heldout", type=Path)
    ap.add_argument("--model", default=None)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    ap.add_argument("--systems", default="model,pipeline")
    args = ap.parse_args(argv)
    if not any(args.heldout.glob("heldout-*.spacy")):
        print(f"error: no heldout-*.spacy in {args.heldout}; run `make model-data` first", file=sys.stderr)
        return 2
    sets = [x for x in args.sets.split(",") if x] or None
    report = evaluate(args.heldout, args.model, args.limit, sets, tuple(args.systems.split(",")))
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
