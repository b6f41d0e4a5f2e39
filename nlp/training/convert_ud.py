"""Convert the UD German treebanks in ../shared/data to spaCy DocBins for the syntax model (de_kg_syntax).

Splits (fixed; see nlp/models/README.md, section "de_kg_syntax"):

    held-out: UD German GSD test (977 sentences): never trained on, never used to pick a run
    dev (model selection, monitoring): every 5th sentence of GSD dev (160 sentences)
    train: the other 639 GSD dev sentences + UD German PUD test (1,000 sentences)

PUD's morphology is harmonized with GSD's where the two treebanks differ systematically: finite
verbs get VerbForm=Fin (PUD leaves it out), PUD's non-finite verbs get VerbForm=Part (participles,
marked only Tense=Past there) or VerbForm=Inf, and adverbs lose PUD's Degree=Pos.

One sentence is one Doc. Multi-word tokens ("im" = "in dem", "zur" = "zu der") become one token, as
spaCy's German tokenizer leaves them: the first part's lemma, UPOS and relation, the STTS tag
APPRART for preposition + article, the union of the parts' features. PUD's XPOS column is not STTS
(it uses an English-style tag set), so PUD tokens carry no `tag_` (missing, not trained on).

Usage: python -m nlp.training.convert_ud SHARED_DATA_DIR OUT_DIR [--silver FILE.spacy ...]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

DEV_EVERY = 5  # every 5th GSD dev sentence is the dev (selection) slice
Row = list[str]


def read_conllu(path: Path) -> Iterator[list[Row]]:
    """Sentences as lists of CoNLL-U rows (comments dropped, multi-word and empty nodes kept)."""
    rows: list[Row] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
            elif not line.startswith("#"):
                rows.append(line.split("\t"))
    if rows:
        yield rows


def _merge_feats(feats: list[str]) -> str:
    merged: dict[str, str] = {}
    for f in feats:
        if f and f != "_":
            for kv in f.split("|"):
                key, _, value = kv.partition("=")
                merged.setdefault(key, value)
    return "|".join(f"{k}={v}" for k, v in sorted(merged.items()))


def harmonize_pud(upos: str, feats: str) -> str:
    """PUD features in GSD's conventions (see the module docstring)."""
    parts = dict(kv.split("=", 1) for kv in feats.split("|")) if feats and feats != "_" else {}
    if upos in ("VERB", "AUX") and "VerbForm" not in parts:
        if "Mood" in parts:
            parts["VerbForm"] = "Fin"
        elif parts.get("Tense") == "Past":
            del parts["Tense"]
            parts["VerbForm"] = "Part"
        elif not parts:
            parts["VerbForm"] = "Inf"
    if upos == "ADV" and parts.get("Degree") == "Pos":
        del parts["Degree"]
    return "|".join(f"{k}={v}" for k, v in sorted(parts.items())) or "_"


def sentence_to_doc(vocab, rows: list[Row], stts: bool) -> Doc:  # type: ignore[no-untyped-def]
    """One Doc with words, spaces, tags (STTS only), UPOS, morphology, lemmas, heads and relations."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads_ud: list[int] = []  # UD ids of heads, mapped to token indices below
    deps: list[str] = []
    id_to_token: dict[int, int] = {}
    words_by_id = {int(r[0]): r for r in rows if r[0].isdigit()}
    i = 0
    while i < len(rows):
        row = rows[i]
        if "." in row[0]:  # empty node (enhanced UD only)
            i += 1
            continue
        if "-" in row[0]:
            first, last = (int(x) for x in row[0].split("-"))
            parts = [words_by_id[k] for k in range(first, last + 1)]
            ids = set(range(first, last + 1))
            # the part attached outside the span carries the relation ("zu" → case)
            outside = [p for p in parts if int(p[6]) not in ids] or parts
            head_part = outside[0]
            for k in ids:
                id_to_token[k] = len(words)
            words.append(row[1])
            spaces.append("SpaceAfter=No" not in row[9])
            xposes = [p[4] for p in parts]
            tags.append("APPRART" if xposes[:2] == ["APPR", "ART"] else xposes[0])
            pos.append(parts[0][3])
            morphs.append(_merge_feats([p[5] for p in parts]))
            lemmas.append(parts[0][2])
            heads_ud.append(int(head_part[6]))
            deps.append(head_part[7])
            i += 1 + len(parts)
            continue
        id_to_token[int(row[0])] = len(words)
        words.append(row[1])
        spaces.append("SpaceAfter=No" not in row[9])
        tags.append(row[4])
        pos.append(row[3])
        morphs.append("" if row[5] == "_" else row[5])
        lemmas.append(row[2])
        heads_ud.append(int(row[6]))
        deps.append(row[7])
        i += 1
    heads = [id_to_token[h] if h else k for k, h in enumerate(heads_ud)]
    deps = ["ROOT" if h == 0 else d for h, d in zip(heads_ud, deps, strict=True)]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags if stts else None,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
    )


def convert(shared: Path, out: Path, silver: list[Path]) -> dict[str, int]:
    nlp = spacy.blank("de")
    gsd_dev = list(read_conllu(shared / "ud-german-gsd" / "dev.conllu"))
    gsd_test = list(read_conllu(shared / "ud-german-gsd" / "test.conllu"))
    pud = list(read_conllu(shared / "ud-german-pud" / "test.conllu"))
    splits: dict[str, list[Doc]] = {"train": [], "dev": [], "heldout": []}
    for k, rows in enumerate(gsd_dev):
        split = "dev" if k % DEV_EVERY == DEV_EVERY - 1 else "train"
        splits[split].append(sentence_to_doc(nlp.vocab, rows, stts=True))
    for rows in pud:
        for row in rows:
            if row[0].isdigit():
                row[5] = harmonize_pud(row[3], row[5])
        splits["train"].append(sentence_to_doc(nlp.vocab, rows, stts=False))
    splits["heldout"] = [sentence_to_doc(nlp.vocab, rows, stts=True) for rows in gsd_test]
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, docs in splits.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
        counts[name] = len(docs)
    if silver:
        docs = list(splits["train"])
        for path in silver:
            docs.extend(DocBin().from_disk(path).get_docs(nlp.vocab))
        DocBin(docs=docs).to_disk(out / "train_silver.spacy")
        counts["train_silver"] = len(docs)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared_data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--silver", type=Path, nargs="*", default=[], help="extra DocBins for train_silver")
    args = ap.parse_args()
    for name, n in convert(args.shared_data, args.out, args.silver).items():
        print(f"{name}: {n} sentences")


if __name__ == "__main__":
    main()
