"""Brown clusters as static vectors: a blank German pipeline whose vectors table feeds tok2vec.

spaCy 3 cannot hash the Brown cluster as a token feature: `Lexeme.cluster` reads the `lexeme_cluster`
lookups table, but `Doc.to_array` (which `MultiHashEmbed` uses) has no CLUSTER attribute any more
(explosion/spaCy#5238 moved clusters to lookups tables, #8132 removed CLUSTER from `attrs.IDS`).
So the clusters enter as static vectors (`include_static_vectors = true`): one row per cluster, and
every word of the cluster table maps to the row of its cluster (a `Vectors` table lets many keys
share a row). A cluster is a path in a binary tree (an integer with a leading 1 bit); its vector is
the normalised sum of fixed random vectors of its path prefixes (lengths 2, 4, … and the full path),
so words of nearby clusters get similar vectors. The trained pipeline stores the table in
`vocab/vectors` and `vocab/key2row`: loading it needs spaCy only, never spacy-lookups-data.

Source: `de_lexeme_cluster.json.gz` and `de_lexeme_prob.json.gz` of the `spacy-lookups-data`
package (MIT licence), Brown clusters of 1,000,000 German words; the `TOP` most frequent words are
kept (case-sensitive, looked up by ORTH).

Usage: python -m nlp.training.clusters OUT_DIR [--top N] [--dim D]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np
import spacy
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.vectors import Vectors

TOP = 300_000
DIM = 64
SEED = 13


def _table(name: str) -> dict:
    import spacy_lookups_data  # build-time only

    path = Path(spacy_lookups_data.__file__).parent / "data" / name
    return json.loads(gzip.open(path, "rt", encoding="utf-8").read())


def cluster_vectors(top: int = TOP, dim: int = DIM) -> tuple[list[str], list[int], np.ndarray]:
    """(words, row of each word, one vector per cluster)."""
    clusters = _table("de_lexeme_cluster.json.gz")
    prob = _table("de_lexeme_prob.json.gz")
    words = sorted(clusters, key=lambda w: (-prob.get(w, -100.0), w))
    words = [w for w in words if w.strip() and clusters[w] > 0][:top]
    ids = sorted({clusters[w] for w in words})
    row_of = {c: i for i, c in enumerate(ids)}
    rng = np.random.default_rng(SEED)
    prefix_vec: dict[tuple[int, int], np.ndarray] = {}
    data = np.zeros((len(ids), dim), dtype="float32")
    for c in ids:
        bits = bin(c)[3:]  # drop "0b" and the leading 1
        lengths = sorted({*range(2, len(bits), 2), len(bits)})
        for n in lengths:
            key = (n, int(bits[:n] or "0", 2))
            if key not in prefix_vec:
                prefix_vec[key] = rng.standard_normal(dim).astype("float32")
            data[row_of[c]] += prefix_vec[key]
        norm = float(np.linalg.norm(data[row_of[c]]))
        if norm:
            data[row_of[c]] /= norm
    return words, [row_of[clusters[w]] for w in words], data


def build(out: Path, top: int = TOP, dim: int = DIM) -> dict[str, int]:
    words, rows, data = cluster_vectors(top, dim)
    nlp = spacy.blank("de")
    vectors = Vectors(data=data, name="de_brown_clusters")
    for word, row in zip(words, rows, strict=True):
        vectors.add(hash_string(word), row=row)  # keys only: the strings stay out of the vocab
    nlp.vocab.vectors = vectors
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return {"words": len(words), "clusters": int(data.shape[0]), "dim": dim}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--top", type=int, default=TOP)
    ap.add_argument("--dim", type=int, default=DIM)
    args = ap.parse_args(argv)
    for key, value in build(args.out, args.top, args.dim).items():
        print(f"{key}\t{value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
