"""Brown clusters as a tok2vec feature: MultiHashEmbed plus one column with the word's cluster id.

spaCy 3.8 has no CLUSTER token attribute any more, so the cluster column is computed here from a word →
cluster table (the `de_lexeme_cluster` table of spacy-lookups-data, MIT, restricted to its most
frequent words) that is filled at `nlp.initialize()` and saved inside the model's weights: loading the
trained pipeline needs neither spacy-lookups-data nor the table file. Registered as the spaCy
architecture `kg.MultiHashClusterEmbed.v1` (entry point `spacy_architectures` in pyproject.toml).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d


def load_clusters(top_n: int) -> dict[str, int]:
    """The `top_n` most frequent words of spacy-lookups-data's German tables with their Brown cluster."""
    import spacy_lookups_data  # training-time only

    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lexeme_cluster.json.gz", "rt", encoding="utf-8") as fh:
        clusters: dict[str, int] = json.load(fh)
    with gzip.open(data / "de_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        probs: dict[str, float] = json.load(fh)
    ranked = sorted((w for w in clusters if w in probs), key=lambda w: -probs[w])
    return {w: int(clusters[w]) for w in ranked[:top_n]}


def cluster_column(top_n: int) -> Model[list[Doc], list[Ints2d]]:
    """One uint64 column per doc: the token's cluster id (exact form, else lower case, else 0)."""
    attrs = {"clusters": {}, "top_n": top_n}
    return Model("cluster_column", _cluster_forward, init=_cluster_init, attrs=attrs)


def _cluster_init(model: Model, X: object = None, Y: object = None) -> None:  # noqa: N803 (thinc's names)
    if not model.attrs["clusters"]:
        model.attrs["clusters"] = load_clusters(model.attrs["top_n"])


def _cluster_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    table: dict[str, int] = model.attrs["clusters"]
    get = table.get
    out = []
    for doc in docs:
        ids = [get(t.text) or get(t.lower_) or 0 for t in doc]
        column = model.ops.asarray2i([[i] for i in ids], dtype="uint64") if ids else model.ops.alloc2i(0, 1)
        out.append(column)
    return out, lambda d: []


def _join_columns(a: Model, b: Model) -> Model[list[Doc], list[Ints2d]]:
    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        left, _ = a(docs, is_train)
        right, _ = b(docs, is_train)
        return [model.ops.xp.hstack((x, y)) for x, y in zip(left, right, strict=True)], lambda d: []

    def init(model: Model, X: object = None, Y: object = None) -> None:  # noqa: N803 (thinc's names)
        b.initialize()

    return Model("features_and_clusters", forward, layers=[a, b], init=init)


@registry.architectures("kg.MultiHashClusterEmbed.v1")
def multi_hash_cluster_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    cluster_rows: int,
    cluster_words: int,
    mix_pieces: int = 3,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed.v2 (no static vectors) with the Brown cluster as one more hashed column.

    `mix_pieces` is the number of maxout pieces of the layer that mixes the columns (3 in spaCy's).
    """
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    all_rows = [*rows, cluster_rows]
    embeddings: list[Model] = [
        HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(all_rows)
    ]
    mix = Maxout(width, width * len(embeddings), nP=mix_pieces, dropout=0.0, normalize=True)
    max_out: Model = with_array(mix)
    return chain(
        _join_columns(FeatureExtractor(attrs), cluster_column(cluster_words)),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )
