"""A BM25 index over small documents that a write updates in place of a rebuild.

Documents come in groups (an entity's name, an article's sentences, a person's evidence of one fact):
`updated` replaces whole groups and returns a new index that shares the rest with the old one, which
requests may go on reading. Equal texts are indexed once, with the number of documents that carry them
(a talk topic or a project's context is repeated for many persons): statistics and scores are those of
indexing every document on its own. Scores are BM25 as bm25s computes them (Lucene variant, k1 1.5,
b 0.75) from integer statistics kept exactly (document count, lengths, document frequencies), so an
updated index scores like a fresh build; equal scores are ordered by document key.

Terms depend on the whole vocabulary (a compound is split into parts the index knows, see analyzer):
when a stem enters or leaves the vocabulary, the texts with a word that may contain it are analysed
again.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from service.cowmap import CowMap
from service.search.analyzer import STOPWORDS, Analyzer, stem_pattern, words
from service.search.compounds import TermExpander
from service.search.suggest import TopicSuggester

logger = logging.getLogger(__name__)

K1, B = 1.5, 0.75
EMPTY = "\x00"  # the term of a text without terms (bm25s indexes such a document the same way)
_SHIFT = 16  # a posting is one int64: slot << 16 | term frequency


@dataclass(frozen=True)
class Doc:
    """One searchable unit: an entity name or one evidence sentence; `payload` is returned on a hit,
    `key` (unique in an index) orders documents of equal score."""

    text: str
    payload: Any = field(compare=False)
    key: str = ""


@dataclass(frozen=True)
class _Text:
    slot: int
    docs: tuple[Doc, ...]  # the documents with this text, by key


def _doc_key(d: Doc) -> str:
    return d.key


def _edit_docs(docs: tuple[Doc, ...], out: set[str], into: list[Doc]) -> tuple[Doc, ...]:
    """`docs` (sorted by key) without the keys `out` and with `into`, by key: a small change to a long
    list (an event's name carried by thousands of talks) by binary search instead of a sort."""
    if 4 * (len(out) + len(into)) > len(docs):
        return tuple(sorted([d for d in docs if d.key not in out] + into, key=_doc_key))
    now = list(docs)
    for key in out:
        i = bisect.bisect_left(now, key, key=_doc_key)
        if i < len(now) and now[i].key == key:
            del now[i]
    for d in into:
        now.insert(bisect.bisect_right(now, d.key, key=_doc_key), d)
    return tuple(now)


class SearchIndex:
    """BM25 over groups of documents, analysed with a German `Analyzer` whose vocabulary is the
    documents' own words. Never changed once built (see `updated`)."""

    def __init__(self, groups: Mapping[Hashable, Sequence[Doc]] | Sequence[Doc] = ()) -> None:
        # CowMaps: `updated` copies them at the cost of what the change touches
        self._groups: CowMap[Hashable, tuple[Doc, ...]] = CowMap()
        self._texts: CowMap[str, _Text] = CowMap()
        self._slots: list[str | None] = []
        self._free: list[int] = []
        self._length = np.zeros(0)  # terms per slot (0 for a free slot)
        self._postings: CowMap[str, tuple[np.ndarray, int]] = CowMap()  # term -> (postings, doc frequency)
        self._n = 0  # documents (texts times their documents)
        self._total = 0  # terms of all documents
        self._stems: CowMap[str, int] = CowMap()  # stem -> texts using it: the analyzer's vocabulary
        self._compounds: CowMap[str, frozenset[str]] = CowMap()  # loose key of a long word -> texts with it
        self._forms: CowMap[str, dict[str, int]] | None = None  # the suggester's counts, once asked
        self._suggested: set[str] = set()  # keys of `_forms` a change touched
        # posting edits of a change, per term: slots out, postings in, change of document frequency
        self._edits: dict[str, tuple[set[int], list[int], list[int]]] = {}
        self.analyzer = Analyzer(self._stems)
        self._expander: TermExpander | None = None
        self._suggester: TopicSuggester | None = None
        if not isinstance(groups, Mapping):
            groups = {i: [d] for i, d in enumerate(groups)}
        self._change(dict(groups), Analyzer(()))
        logger.info("search index built over %d documents (%d texts)", self._n, len(self._texts))

    def __len__(self) -> int:
        return self._n

    @property
    def docs(self) -> list[Doc]:
        """Every document, by key."""
        return sorted((d for t in self._texts.values() for d in t.docs), key=lambda d: d.key)

    def group(self, name: Hashable) -> tuple[Doc, ...]:
        return self._groups.get(name, ())

    def groups(self) -> Iterable[Hashable]:
        return self._groups.keys()

    def updated(self, groups: Mapping[Hashable, Sequence[Doc]]) -> SearchIndex:
        """A new index whose `groups` hold these documents (an empty group is dropped); this one is
        left as it was."""
        out = SearchIndex.__new__(SearchIndex)
        out.__dict__.update(self.__dict__)
        for name in ("_groups", "_texts", "_postings", "_stems", "_compounds"):
            setattr(out, name, getattr(self, name).copy())
        out._slots, out._free, out._length = list(self._slots), list(self._free), self._length.copy()
        out._forms = self._forms.copy() if self._forms is not None else None
        out.analyzer = Analyzer(out._stems)
        out._suggested = set()
        out._change(groups, self.analyzer)
        if self._suggester is not None and out._forms is not None:
            out._suggester = self._suggester.updated(out._forms, out._suggested)
        return out

    # -- changing (only while an index is being made) ----------------------------------------------

    def _change(self, groups: Mapping[Hashable, Sequence[Doc]], before: Analyzer) -> None:
        """Replace `groups`; `before` analyses as the index did before the change."""
        docs: dict[str, tuple[set[str], list[Doc]]] = {}  # text -> (keys out, documents in)
        for name, new in groups.items():
            for d in self._groups.get(name, ()):
                docs.setdefault(d.text, (set(), []))[0].add(d.key)
            for d in new:
                docs.setdefault(d.text, (set(), []))[1].append(d)
            if new:
                self._groups[name] = tuple(new)
            else:
                self._groups.pop(name, None)
        added: list[str] = []
        removed: list[tuple[str, int, int]] = []  # text, its slot, its documents before
        for text, (out, into) in docs.items():
            old = self._texts.get(text)
            now = _edit_docs(old.docs if old is not None else (), out, into)
            was = len(old.docs) if old is not None else 0
            if old is None and now:
                added.append(text)
                self._texts[text] = _Text(-1, now)
            elif old is not None and not now:
                removed.append((text, old.slot, was))
                del self._texts[text]
            elif old is not None:
                self._texts[text] = _Text(old.slot, now)
                if len(now) != was:
                    self._count(old.slot, before.terms(text), len(now) - was)
            self._suggest(text, len(now) - was)
        for text, slot, was in removed:
            self._index(slot, before.terms(text), -was)
            self._slots[slot] = None
            self._length[slot] = 0
            self._free.append(slot)
        toggled = self._vocabulary([t for t, _, _ in removed], added)
        self._reanalyse(toggled, before, set(added))
        for text in added:
            slot = self._slot(text)
            self._texts[text] = _Text(slot, self._texts[text].docs)
            self._index(slot, self.analyzer.terms(text), len(self._texts[text].docs))
        self._flush(self._expander)

    def _slot(self, text: str) -> int:
        if self._free:
            slot = self._free.pop()
            self._slots[slot] = text
            return slot
        self._slots.append(text)
        if len(self._slots) > len(self._length):
            grown = np.zeros(max(16, 2 * len(self._slots)))
            grown[: len(self._length)] = self._length
            self._length = grown
        return len(self._slots) - 1

    def _vocabulary(self, removed: list[str], added: list[str]) -> set[str]:
        """Count the stems and long words of the texts `removed` out and of `added` in; the stems that
        entered or left the vocabulary."""
        before: dict[str, int] = {}
        holders: dict[str, tuple[set[str], set[str]]] = {}
        for texts, step in ((removed, -1), (added, 1)):
            for text in texts:
                stems, compounds = Analyzer.features(text)
                for s in stems:
                    n = self._stems.get(s, 0)
                    before.setdefault(s, n)
                    if n + step > 0:
                        self._stems[s] = n + step
                    else:
                        self._stems.pop(s, None)
                for word in compounds:
                    holders.setdefault(word, (set(), set()))[0 if step < 0 else 1].add(text)
        for word, (out, into) in holders.items():
            now = (self._compounds.get(word, frozenset()) - out) | into
            if now:
                self._compounds[word] = frozenset(now)
            else:
                self._compounds.pop(word, None)
        return {s for s, n in before.items() if (n > 0) != (s in self._stems)}

    def _reanalyse(self, toggled: set[str], before: Analyzer, skip: set[str]) -> None:
        """Index again the texts whose compound splits may have changed with the vocabulary."""
        if not toggled or not self._texts:
            return
        pattern = stem_pattern(toggled)
        texts = {t for word, holders in self._compounds.items() if pattern.search(word) for t in holders}
        for text in texts - skip:
            hit = self._texts.get(text)
            if hit is None or hit.slot < 0:
                continue
            old, new = before.terms(text), self.analyzer.terms(text)
            if old != new:
                self._index(hit.slot, old, -len(hit.docs))
                self._index(hit.slot, new, len(hit.docs))

    def _index(self, slot: int, terms: list[str], docs: int) -> None:
        """Put the postings of a text in (`docs` > 0 documents) or take them out (`docs` < 0); the
        posting lists change in `_flush`, once per term."""
        terms = terms or [EMPTY]
        counts: dict[str, int] = {}
        for t in terms:
            counts[t] = counts.get(t, 0) + 1
        self._n += docs
        self._total += docs * len(terms)
        self._length[slot] = len(terms) if docs > 0 else 0
        for t, tf in counts.items():
            edit = self._edits.get(t)
            if edit is None:
                edit = self._edits[t] = (set(), [], [0])
            if docs > 0:
                edit[1].append(slot << _SHIFT | min(tf, 0xFFFF))
            else:
                edit[0].add(slot)
            edit[2][0] += docs

    def _flush(self, before: TermExpander | None) -> None:
        """Apply the posting edits collected by `_index` and `_count`."""
        added: list[str] = []
        removed: list[str] = []
        for t, (out, into, df_change) in self._edits.items():
            postings, df = self._postings.get(t, (np.zeros(0, dtype=np.int64), 0))
            if out:
                postings = postings[~np.isin(postings >> _SHIFT, np.fromiter(out, dtype=np.int64))]
            if into:
                postings = np.concatenate([postings, np.asarray(into, dtype=np.int64)])
            if df + df_change[0] > 0:
                if t not in self._postings:
                    added.append(t)
                self._postings[t] = (postings, df + df_change[0])
            elif t in self._postings:
                del self._postings[t]
                removed.append(t)
        self._edits = {}
        if before is None or added or removed:
            self._expander = before.updated(added, removed) if before is not None else None

    def _count(self, slot: int, terms: list[str], docs: int) -> None:
        """More or fewer documents (`docs`) with a text already indexed."""
        terms = terms or [EMPTY]
        self._n += docs
        self._total += docs * len(terms)
        for t in dict.fromkeys(terms):
            edit = self._edits.get(t)
            if edit is None:
                edit = self._edits[t] = (set(), [], [0])
            edit[2][0] += docs

    def _suggest(self, text: str, docs: int) -> None:
        if self._forms is not None and docs:
            self._suggested |= TopicSuggester.count(self._forms, text, docs)

    # -- reading ------------------------------------------------------------------------------------

    @property
    def expander(self) -> TermExpander:
        """Compound and inflection matching over this index's terms (built on first use)."""
        if self._expander is None:
            self._expander = TermExpander(self._postings)
        return self._expander

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Indexed words and phrases close to `query` (for a query that matched nothing)."""
        self.prepare_suggestions()
        assert self._suggester is not None
        return self._suggester.suggest(query, limit)

    def prepare_suggestions(self) -> None:
        """Count the index's words for `suggest` now (seconds on a large index), not at the first
        query that matches nothing; updates keep them counted."""
        if self._suggester is None:
            if self._forms is None:
                tally = TopicSuggester.tally((text, len(t.docs)) for text, t in self._texts.items())
                self._forms = CowMap(tally)
            self._suggester = TopicSuggester.from_counts(self._forms)

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

    def _term_scores(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Slots holding `term` and their BM25 scores for it."""
        hit = self._postings.get(term)
        if hit is None or self._n <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        postings, df = hit
        slots = postings >> _SHIFT
        tf = (postings & 0xFFFF).astype(np.float64)
        idf = math.log(1 + (self._n - df + 0.5) / (df + 0.5))
        avg = self._total / self._n
        return slots, idf * tf / (K1 * (1 - B + B * self._length[slots] / avg) + tf)

    def weighted_scores(self, query: str) -> np.ndarray:
        """Per slot: the sum over the query's words of the best weighted BM25 score of the word's
        matches (its stem, compounds it begins or ends, inflected forms), zeros when nothing matches."""
        total = np.zeros(len(self._slots))
        for matches in self.query_words(query):
            best = np.zeros(len(self._slots))
            for term, weight in matches:
                slots, scores = self._term_scores(term)
                best[slots] = np.maximum(best[slots], weight * scores)
            total += best
        return total

    def search_weighted(self, query: str, limit: int | None = None) -> list[tuple[Doc, float]]:
        """`search` with compound and inflection matching (`weighted_scores`)."""
        return self._ranked(self.weighted_scores(query), limit)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every slot for `query` (zeros when nothing matches)."""
        total = np.zeros(len(self._slots))
        for term in dict.fromkeys(self.analyzer.terms(query)):
            slots, scores = self._term_scores(term)
            total[slots] += scores
        return total

    def search(self, query: str, limit: int | None = None) -> list[tuple[Doc, float]]:
        """Docs with a positive score, best first (equal scores by document key)."""
        return self._ranked(self.scores(query), limit)

    def _ranked(self, scores: np.ndarray, limit: int | None) -> list[tuple[Doc, float]]:
        hits = np.flatnonzero(scores > 0)
        order = hits[np.argsort(-scores[hits], kind="stable")]
        ranked = scores[order]
        # runs of equal scores: their documents are put in key order
        bounds = np.flatnonzero(np.diff(ranked)) + 1 if len(ranked) else np.zeros(0, dtype=np.int64)
        out: list[tuple[Doc, float]] = []
        start = 0
        for end in [*bounds.tolist(), len(order)]:
            score = float(ranked[start]) if end > start else 0.0
            run = [d for slot in order[start:end] for d in self._slot_docs(int(slot))]
            if end - start > 1:
                run.sort(key=lambda d: d.key)
            out.extend((d, score) for d in run)
            start = end
            if limit is not None and len(out) >= limit:
                return out[:limit]
        return out

    def _slot_docs(self, slot: int) -> tuple[Doc, ...]:
        text = self._slots[slot]
        return self._texts[text].docs if text is not None else ()
