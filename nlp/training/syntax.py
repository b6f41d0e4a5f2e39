"""Finalize and evaluate the syntax model (nlp/models/de_kg_syntax).

    python -m nlp.training.syntax finalize TRAINED_DIR TARGET_DIR
    python -m nlp.training.syntax evaluate MODEL_DIR DATA_DIR [--split heldout] [--out FILE]

`evaluate` scores tag (STTS), POS (UPOS), morphology, lemma, UAS and LAS on one split written by
nlp.training.convert_ud (default: the held-out GSD test), with the gold tokenization and one sentence
per Doc, and the lemma accuracy of three lemmatizers: the trained edit-tree lemmatizer, the lookup table
`de_lemma_lookup` of spacy-lookups-data, and the edit trees followed by kg_separable_verbs (UD GSD
lemmatizes "führte … ein" as "führen", so the particle rule costs a little here by design).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from nlp.training.finalize import finalize as copy_and_stamp

META = {
    "name": "kg_syntax",
    "version": "1.0.0",
    "description": "German syntax layer for press text: STTS tagger, morphologizer (UPOS + features), UD "
    "dependency parser and edit-tree lemmatizer on a small CNN tok2vec of its own with Brown clusters; "
    "trained by nlp/training on UD German GSD dev (4/5) and UD German PUD test, plus HanTa silver tags "
    "and lemmas on SmartData sentences. Held-out scores: nlp/models/README.md.",
    "license": "CC BY-SA 4.0 (trained on CC BY-SA 4.0 and CC BY-SA 3.0 treebanks; see nlp/models/README.md)",
    "author": "kg-de",
    "sources": [
        {"name": "Universal Dependencies German GSD (dev split)", "license": "CC BY-SA 4.0"},
        {"name": "Universal Dependencies German PUD (test split)", "license": "CC BY-SA 3.0"},
        {
            "name": "DFKI SmartData v1 texts, silver tags/lemmas by HanTa 1.2.1 (LGPL-3.0-or-later tool)",
            "license": "CC BY 4.0",
        },
        {"name": "spacy-lookups-data de_lexeme_cluster (Brown clusters)", "license": "MIT"},
    ],
}
SCORE_KEYS = (
    ("tag_acc", "tag (STTS)"),
    ("pos_acc", "POS (UPOS)"),
    ("morph_acc", "morphology"),
    ("lemma_acc", "lemma"),
    ("dep_uas", "UAS"),
    ("dep_las", "LAS"),
)


def finalize(trained: Path, target: Path) -> None:
    # "performance" holds dev-slice scores; the held-out scores are in nlp/models/README.md
    copy_and_stamp(trained, target, META, make_target="model-syntax", drop=("performance",))


def lookup_table() -> dict[str, str]:
    import spacy_lookups_data  # training-time only

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return table


def lemma_accuracy(gold: list[Doc], pred: list[Doc]) -> float:
    ok = n = 0
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            continue
        for gt, pt in zip(g, p, strict=True):
            n += 1
            ok += gt.lemma_ == pt.lemma_
    return ok / n if n else 0.0


def evaluate(model: Path, data: Path, split: str) -> str:
    nlp: Language = spacy.load(model)
    gold = list(DocBin().from_disk(data / f"{split}.spacy").get_docs(nlp.vocab))
    examples = [
        Example(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]), g)
        for g in gold
    ]
    started = time.perf_counter()
    scores = nlp.evaluate(examples)
    secs = time.perf_counter() - started
    words = sum(len(g) for g in gold)
    preds = [
        nlp(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])) for g in gold
    ]
    table = lookup_table()
    lookup = [
        Doc(
            nlp.vocab,
            words=[t.text for t in g],
            spaces=[bool(t.whitespace_) for t in g],
            lemmas=[table.get(t.text, t.text) for t in g],
        )
        for g in gold
    ]
    from nlp.components.separable_verbs import SeparableVerbs

    rule = SeparableVerbs("kg_separable_verbs", ["compound:prt", "svp"], ["PTKVZ"])
    with_rule = [rule(d) for d in preds]
    rows = [
        f"Held-out scores of `{model}` on `{split}` ({len(gold)} sentences, {words} tokens, gold tokens, "
        f"one sentence per Doc; {words / secs:,.0f} tokens/s for `nlp.evaluate` on this machine).",
        "",
        "| score | value |",
        "|---|---|",
        *(f"| {label} | {scores.get(key) or 0.0:.3f} |" for key, label in SCORE_KEYS),
        "",
        "Lemma accuracy by lemmatizer:",
        "",
        "| lemmatizer | lemma accuracy |",
        "|---|---|",
        f"| lookup table `de_lemma_lookup` (spacy-lookups-data) | {lemma_accuracy(gold, lookup):.3f} |",
        f"| edit-tree lemmatizer (trained) | {scores.get('lemma_acc') or 0.0:.3f} |",
        f"| edit trees + kg_separable_verbs | {lemma_accuracy(gold, with_rule):.3f} |",
        "",
        "Labelled attachment per relation (most frequent 15):",
        "",
        "| relation | P | R | F1 |",
        "|---|---|---|---|",
    ]
    per_type = scores.get("dep_las_per_type") or {}
    counts: dict[str, int] = {}
    for g in gold:
        for t in g:
            counts[t.dep_.lower()] = counts.get(t.dep_.lower(), 0) + 1
    for label in sorted(per_type, key=lambda k: -counts.get(k.lower(), 0))[:15]:
        s = per_type[label]
        rows.append(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |")
    return "\n".join(rows) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("finalize")
    f.add_argument("trained", type=Path)
    f.add_argument("target", type=Path)
    e = sub.add_parser("evaluate")
    e.add_argument("model", type=Path)
    e.add_argument("data", type=Path)
    e.add_argument("--split", default="heldout")
    e.add_argument("--out", type=Path)
    args = ap.parse_args()
    if args.cmd == "finalize":
        finalize(args.trained, args.target)
        return
    report = evaluate(args.model, args.data, args.split)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
