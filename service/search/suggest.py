"""Close topics for a query that matched nothing: edit distance over an index's words and phrases.

The vocabulary is what the indexed documents say (each word as most often written), plus whole short
texts such as talk topics and project names; a query is compared to it case- and umlaut-folded with
RapidFuzz, whose C implementation keeps a scan of a few hundred thousand strings in milliseconds.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, MutableMapping

from rapidfuzz import fuzz, process

from service.search.analyzer import MIN_PART, STOPWORDS, fold

MIN_SIMILARITY = 75.0  # RapidFuzz ratio (0-100) a suggestion needs
MAX_PHRASE_WORDS = 6  # longer texts are offered word by word only


class TopicSuggester:
    """Suggests indexed words and phrases close to a query (by normalised Levenshtein similarity)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._set(self.tally((text, 1) for text in texts))

    @staticmethod
    def tally(texts: Iterable[tuple[str, int]]) -> dict[str, dict[str, int]]:
        """The forms of `texts` (each counted the given number of times), as `count` would count
        them one by one — in one pass, editing the tables it makes."""
        forms: dict[str, dict[str, int]] = {}
        folded: dict[str, str] = {}
        for text, times in texts:
            for form in _forms(text):
                key = folded.get(form)
                if key is None:
                    key = folded[form] = fold(form)
                counts = forms.setdefault(key, {})
                counts[form] = counts.get(form, 0) + times
        return forms

    @classmethod
    def from_counts(cls, forms: Mapping[str, dict[str, int]]) -> TopicSuggester:
        """A suggester of forms counted with `count`."""
        out = cls.__new__(cls)
        out._set(forms)
        return out

    def updated(self, forms: Mapping[str, dict[str, int]], changed: Iterable[str]) -> TopicSuggester:
        """The suggester of `forms`, which differ from this one's in the keys `changed` (a new object)."""
        out = TopicSuggester.__new__(TopicSuggester)
        keys, display = list(self._keys), list(self._display)
        for key in sorted(set(changed)):
            i = bisect.bisect_left(keys, key)
            present = i < len(keys) and keys[i] == key
            if key in forms:
                shown = _shown(forms[key])
                if present:
                    display[i] = shown
                else:
                    keys.insert(i, key)
                    display.insert(i, shown)
            elif present:
                del keys[i], display[i]
        out._keys, out._display = keys, display
        return out

    @staticmethod
    def count(forms: MutableMapping[str, dict[str, int]], text: str, times: int) -> set[str]:
        """Count the words and the phrase of `text` `times` times into `forms` (folded -> as written ->
        count; negative `times` takes a text out). Inner tables are replaced, never edited, so a copy
        of `forms` made before is not changed."""
        keys: set[str] = set()
        for form in _forms(text):
            key = fold(form)
            keys.add(key)
            counts = dict(forms.get(key, {}))
            counts[form] = counts.get(form, 0) + times
            if counts[form] <= 0:
                del counts[form]
            if counts:
                forms[key] = counts
            else:
                forms.pop(key, None)
        return keys

    def _set(self, forms: Mapping[str, dict[str, int]]) -> None:
        # sorted keys, and of the forms of a key the most frequent (the least on a tie): no dependence
        # on the order texts were counted in
        self._keys = sorted(forms)
        self._display = [_shown(forms[k]) for k in self._keys]

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


def _shown(counts: dict[str, int]) -> str:
    """The form a key is shown in: the most frequent, the least on a tie."""
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def _forms(text: str) -> list[str]:
    """The words of `text` worth suggesting, as written, and the text itself when it is a phrase."""
    found: list[str] = []
    for word in text.replace("-", " ").split():
        word = word.strip(".,;:!?()[]„“”\"'»«–")
        if len(word) >= MIN_PART and word.isalpha() and word.casefold() not in STOPWORDS:
            found.append(word)
    phrase = " ".join(text.split())
    if 1 < len(phrase.split()) <= MAX_PHRASE_WORDS:
        found.append(phrase)
    return found
