"""A BM25 index (bm25s) over small documents, each carrying the payload a hit returns."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import bm25s
import numpy as np

from service.search.analyzer import Analyzer

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Doc:
    """One searchable unit: an entity name or one evidence sentence; `payload` is returned on a hit."""

    text: str
    payload: Any = field(compare=False)


class SearchIndex:
    """BM25 over `docs`, analysed with a German `Analyzer` whose vocabulary is the docs' own words."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        self.docs = list(docs)
        self.analyzer = Analyzer(Analyzer.vocabulary_of(d.text for d in self.docs))
        self._bm25: bm25s.BM25 | None = None
        corpus = [self.analyzer.terms(d.text) or ["\x00"] for d in self.docs]
        if corpus:
            self._bm25 = bm25s.BM25()
            self._bm25.index(corpus, show_progress=False)
        logger.info("search index built over %d documents", len(self.docs))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every doc for `query` (zeros when nothing matches)."""
        terms = list(dict.fromkeys(self.analyzer.terms(query)))
        if self._bm25 is None or not terms:
            return np.zeros(len(self.docs))
        known = [t for t in terms if t in self._bm25.vocab_dict]
        if not known:
            return np.zeros(len(self.docs))
        return np.asarray(self._bm25.get_scores(known))

    def search(self, query: str, limit: int | None = None) -> list[tuple[Doc, float]]:
        """Docs with a positive score, best first (ties in index order)."""
        scores = self.scores(query)
        hits = np.flatnonzero(scores > 0)
        order = hits[np.argsort(-scores[hits], kind="stable")]
        if limit is not None:
            order = order[:limit]
        return [(self.docs[i], float(scores[i])) for i in order]
