"""Compile nlp/lexicons/word_clusters.tsv.gz: Brown clusters of frequent German words, as features.

Source: ``de_lexeme_cluster.json.gz`` and ``de_lexeme_prob.json.gz`` of the ``spacy-lookups-data``
package (MIT licence): Brown clusters of 1,000,000 German words computed on a large German corpus.
A cluster is a path in a binary tree, stored as an integer with a leading 1 bit; words on a common
path prefix behave alike (one cluster holds role titles, one reporting verbs, one institution nouns).
The relation scorer uses path prefixes as features, so it generalises from the words of the
annotated articles to words of the same class it never saw.

Kept: the ``TOP`` most frequent words (by the package's log probabilities). Written as
``word<TAB>cluster-bits`` lines, gzip-compressed.

Run: ``python -m nlp.lexicons.build_clusters`` (needs ``pip install spacy-lookups-data``, a
build-time dependency only).
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "word_clusters.tsv.gz"
TOP = 300_000


def build(top: int = TOP, out: Path = OUT) -> int:
    import spacy_lookups_data  # build-time only

    data = Path(spacy_lookups_data.__file__).parent / "data"
    clusters: dict[str, int] = json.load(gzip.open(data / "de_lexeme_cluster.json.gz"))
    probs: dict[str, float] = json.load(gzip.open(data / "de_lexeme_prob.json.gz"))
    words = sorted(
        (w for w in clusters if w and "\t" not in w and "\n" not in w), key=lambda w: -probs.get(w, -99.0)
    )
    kept = sorted(words[:top])
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for w in kept:
            fh.write(f"{w}\t{bin(clusters[w])[3:]}\n")  # drop '0b' and the leading 1 bit
    return len(kept)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=TOP)
    args = parser.parse_args()
    print(f"{build(args.top)} words -> {OUT}")
