"""A BM25 index (bm25s) over small documents, each carrying the payload a hit returns."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import bm25s
import numpy as np

from service.search.analyzer import STOPWORDS, Analyzer, words
from service.search.compounds import TermExpander
from service.search.suggest import TopicSuggester

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
        self._expander: TermExpander | None = None
        self._suggester: TopicSuggester | None = None
        logger.info("search index built over %d documents", len(self.docs))

    @property
    def expander(self) -> TermExpander:
        """Compound and inflection matching over this index's terms (built on first use)."""
        if self._expander is None:
            self._expander = TermExpander(self._bm25.vocab_dict if self._bm25 is not None else ())
        return self._expander

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Indexed words and phrases close to `query` (for a query that matched nothing)."""
        if self._suggester is None:
            self._suggester = TopicSuggester(d.text for d in self.docs)
        return self._suggester.suggest(query, limit)

    def query_words(self, query: str) -> list[list[tuple[str, float]]]:
        """For each content word of `query`: the index terms it matches, with weights (see compounds)."""
        out: list[list[tuple[str, float]]] = []
        for word, _ in words(query):
            if word in STOPWORDS:
                continue
            matches = dict(self.expander.expand(word))
            for part in self.analyzer.parts(word):  # a query compound also finds its known parts
                matches.setdefault(part, self.expander.weights.infix)
            if matches:
                out.append(sorted(matches.items(), key=lambda item: -item[1]))
        return out

    def weighted_scores(self, query: str) -> np.ndarray:
        """Per doc: the sum over the query's words of the best weighted BM25 score of the word's matches
        (its stem, compounds it begins or ends, inflected forms), zeros when nothing matches."""
        total = np.zeros(len(self.docs))
        if self._bm25 is None:
            return total
        for matches in self.query_words(query):
            best = np.zeros(len(self.docs))
            for term, weight in matches:
                np.maximum(best, weight * np.asarray(self._bm25.get_scores([term])), out=best)
            total += best
        return total

    def search_weighted(self, query: str, limit: int | None = None) -> list[tuple[Doc, float]]:
        """`search` with compound and inflection matching (`weighted_scores`)."""
        return self._ranked(self.weighted_scores(query), limit)

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
        return self._ranked(self.scores(query), limit)

    def _ranked(self, scores: np.ndarray, limit: int | None) -> list[tuple[Doc, float]]:
        hits = np.flatnonzero(scores > 0)
        order = hits[np.argsort(-scores[hits], kind="stable")]
        if limit is not None:
            order = order[:limit]
        return [(self.docs[i], float(scores[i])) for i in order]
