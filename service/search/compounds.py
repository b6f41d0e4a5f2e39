"""Query-side matching of German compounds and inflection against an index's term vocabulary.

A query word matches the index terms that are its Snowball stem (inflection: "Krisen" ~ "Krise"), the
compounds it begins ("Krise" -> "Krisenmanagement", "Krisenmanagementsystems": the word, a linking element
(Fugenelement) and at least one more part), the compounds it ends ("Angriff" -> "Cyberangriff") and, for
long words, the compounds it sits inside ("Management" -> "Krisenmanagementsystem"). Each kind of match has
a weight: a compound says a little less about the query word than the word itself.

Prefix and suffix matches are binary searches over the sorted vocabulary (and over its reversed terms), so
a query costs O(log V + matches); the inner matches of long words scan the vocabulary once and are cached.

>>> TermExpander(["kris", "krisenmanagement", "kristall", "cyberangriff"]).expand("Krise")
[('kris', 1.0), ('krisenmanagement', 0.7)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from service.search.analyzer import MIN_PART, fold, stem

# Fugenelemente between a compound's first part and the rest ("Krise|n|management", "Arbeit|s|markt").
LINKERS = ("", "s", "es", "n", "en", "e", "er", "ns")
MIN_INFIX = 6  # a word matched inside a compound must be this long ("rat" is inside "Beratung")
MAX_EXPANSIONS = 64  # most index terms one query word expands to (the best weights first)


@dataclass(frozen=True)
class Weights:
    """How much a match of each kind counts, relative to the word itself."""

    exact: float = 1.0
    head: float = 0.7  # the query word begins the compound: "Krise" in "Krisenmanagement"
    tail: float = 0.8  # the query word ends it: the compound is a kind of it ("Cyberangriff" is an "Angriff")
    infix: float = 0.5


class TermExpander:
    """Expands query words to weighted index terms of one vocabulary (index terms are folded stems)."""

    def __init__(self, vocabulary: Iterable[str], weights: Weights = Weights()) -> None:
        self.terms = sorted(set(vocabulary))
        self._reversed = sorted(t[::-1] for t in self.terms)
        self.weights = weights
        self.expand = lru_cache(maxsize=4096)(self._expand)  # per index: the cache dies with it

    def updated(self, added: Iterable[str], removed: Iterable[str]) -> TermExpander:
        """The expander of this vocabulary with `added` and without `removed` terms (a new object)."""
        out = TermExpander.__new__(TermExpander)
        out.weights = self.weights
        terms, rev = list(self.terms), list(self._reversed)
        for t in removed:
            for items, x in ((terms, t), (rev, t[::-1])):
                i = bisect.bisect_left(items, x)
                if i < len(items) and items[i] == x:
                    del items[i]
        for t in added:
            bisect.insort(terms, t)
            bisect.insort(rev, t[::-1])
        out.terms, out._reversed = terms, rev
        out.expand = lru_cache(maxsize=4096)(out._expand)
        return out

    def _known(self, term: str) -> bool:
        """Whether `term` is in the vocabulary (a binary search: no set to copy on an update)."""
        i = bisect.bisect_left(self.terms, term)
        return i < len(self.terms) and self.terms[i] == term

    def _with_prefix(self, prefix: str) -> list[str]:
        i = bisect.bisect_left(self.terms, prefix)
        out = []
        while i < len(self.terms) and self.terms[i].startswith(prefix):
            out.append(self.terms[i])
            i += 1
        return out

    def _with_suffix(self, suffix: str) -> list[str]:
        rev = suffix[::-1]
        i = bisect.bisect_left(self._reversed, rev)
        out = []
        while i < len(self._reversed) and self._reversed[i].startswith(rev):
            out.append(self._reversed[i][::-1])
            i += 1
        return out

    def _expand(self, word: str) -> list[tuple[str, float]]:
        """Index terms matching one query word, with weights, best first."""
        folded = fold(word)
        base = stem(word.casefold())
        found: dict[str, float] = {}

        def put(term: str, weight: float) -> None:
            if weight > found.get(term, 0.0):
                found[term] = weight

        if self._known(base):
            put(base, self.weights.exact)
        if len(folded) >= MIN_PART:
            # The query word as the first part: the word as written (or its stem) plus a linker, then a
            # rest long enough to be a part. The bare stem needs a linker: "kris" alone begins "Kristall".
            heads = {folded + linker for linker in LINKERS}
            heads |= {base + linker for linker in LINKERS if linker} if base != folded else set()
            for head in heads:
                for term in self._with_prefix(head):
                    if len(term) - len(head) >= MIN_PART - 1:
                        put(term, self.weights.head)
        if len(base) >= MIN_PART:
            for term in self._with_suffix(base):
                if len(term) - len(base) >= MIN_PART - 1:
                    put(term, self.weights.tail)
        if len(base) >= MIN_INFIX:
            for term in self._inner(base):
                put(term, self.weights.infix)
        ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:MAX_EXPANSIONS]

    def _inner(self, base: str) -> list[str]:
        return [t for t in self.terms if base in t[MIN_PART - 1 : len(t) - MIN_PART + 1] and t != base]
