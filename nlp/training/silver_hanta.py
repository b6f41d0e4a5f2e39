"""Silver training data for tagger and lemmatizer: HanTa (Hannover Tagger) on raw German news sentences.

HanTa (PyPI `HanTa`, C. Wartena, LGPL-3.0-or-later; install it by hand, it is no dependency of the
project) tags STTS and lemmatizes; its output, not the program, becomes training data. The sentences
are the texts of the DFKI SmartData v1 documents in ../shared/data/smartdata/train-v1.json.gz
(CC BY 4.0), split by the project's kg_sentences rule and tokenized by spaCy's German tokenizer. Only
`tag_` and `lemma_` are set; POS, morphology and the tree stay missing, so only the tagger and the
lemmatizer learn from them.

Usage: python -m nlp.training.silver_hanta SHARED_DATA_DIR OUT.spacy [--sentences 4000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

SEED = 13
# HanTa writes some STTS tags with brackets or under TIGER names; anything else is left missing.
TAG_MAP = {"PROAV": "PAV", "NNA": "NN", "NNI": "NN"}
STTS = frozenset(
    "$( $, $. ADJA ADJD ADV APPO APPR APPRART APZR ART CARD FM ITJ KOKOM KON KOUI KOUS NE NN PAV PDAT PDS "
    "PIAT PIS PPER PPOSAT PPOSS PRELAT PRELS PRF PTKA PTKANT PTKNEG PTKVZ PTKZU PWAT PWAV PWS TRUNC VAFIN "
    "VAIMP VAINF VAPP VMFIN VMINF VMPP VVFIN VVIMP VVINF VVIZU VVPP XY".split()
)


def stts(tag: str) -> str:
    """HanTa's tag as STTS ("VV(FIN)" → "VVFIN", "PROAV" → "PAV"); "" (missing) for its internal tags."""
    if re.fullmatch(r"[A-Z]+\([A-Z]+\)", tag):
        tag = tag.replace("(", "").replace(")", "")
    tag = TAG_MAP.get(tag, tag)
    return tag if tag in STTS else ""


def sentences(shared: Path, limit: int) -> list[list[tuple[str, bool]]]:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_sentences")
    out: list[list[tuple[str, bool]]] = []
    with gzip.open(shared / "smartdata" / "train-v1.json.gz", "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"]["string"] for line in fh]
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            words = [(t.text, bool(t.whitespace_)) for t in sent if not t.is_space]
            if 6 <= len(words) <= 50 and sum(w.isalpha() for w, _ in words) >= 4:
                out.append(words)
    random.Random(SEED).shuffle(out)
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared_data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sentences", type=int, default=4000)
    args = ap.parse_args()
    from HanTa import HanoverTagger  # training-time only, LGPL-3.0-or-later

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    vocab = spacy.blank("de").vocab
    docs = []
    for words in sentences(args.shared_data, args.sentences):
        tagged = tagger.tag_sent([w for w, _ in words])
        docs.append(
            Doc(
                vocab,
                words=[w for w, _ in words],
                spaces=[s for _, s in words],
                tags=[stts(t) for _, _, t in tagged],
                lemmas=[lemma for _, lemma, _ in tagged],
            )
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(args.out)
    print(f"{len(docs)} silver sentences, {sum(len(d) for d in docs)} tokens → {args.out}")


if __name__ == "__main__":
    main()
