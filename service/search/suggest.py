"""Close topics for a query that matched nothing: edit distance over an index's words and phrases.

The vocabulary is what the indexed documents say (each word as most often written), plus whole short
texts such as talk topics and project names; a query is compared to it case- and umlaut-folded with
RapidFuzz, whose C implementation keeps a scan of a few hundred thousand strings in milliseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from service.search.analyzer import MIN_PART, STOPWORDS, fold

MIN_SIMILARITY = 75.0  # RapidFuzz ratio (0-100) a suggestion needs
MAX_PHRASE_WORDS = 6  # longer texts are offered word by word only


class TopicSuggester:
    """Suggests indexed words and phrases close to a query (by normalised Levenshtein similarity)."""

    def __init__(self, texts: Iterable[str]) -> None:
        forms: dict[str, Counter[str]] = {}
        for text in texts:
            for word in text.replace("-", " ").split():
                word = word.strip(".,;:!?()[]„“”\"'»«–")
                if len(word) >= MIN_PART and word.isalpha() and word.casefold() not in STOPWORDS:
                    forms.setdefault(fold(word), Counter())[word] += 1
            phrase = " ".join(text.split())
            if 1 < len(phrase.split()) <= MAX_PHRASE_WORDS:
                forms.setdefault(fold(phrase), Counter())[phrase] += 1
        self._keys = list(forms)
        self._display = [forms[k].most_common(1)[0][0] for k in self._keys]

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Up to `limit` indexed words or phrases close to `query`, closest first (never `query` itself)."""
        needle = fold(" ".join(query.split()))
        if not needle or not self._keys:
            return []
        hits = process.extract(
            needle, self._keys, scorer=fuzz.ratio, limit=limit + 1, score_cutoff=MIN_SIMILARITY
        )
        out = [self._display[i] for key, _, i in hits if key != needle]
        return list(dict.fromkeys(out))[:limit]
