"""German text analysis for search: case and umlaut/ß folding, Snowball stemming, compound splitting.

Compounds are split against the index's own vocabulary: "Krisenmanagement" also yields "management"
when "Management" occurs on its own somewhere, and a truncated first part is completed from the word
after the conjunction ("Notfall- und Krisenmanagement" also yields "notfallmanagement").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Mapping, Set
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_GERMAN

_WORDS = re.compile(r"(\w+)(-?)")
_DIGRAPH_E = re.compile(r"(?<=[aou])e+")
_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "bzw", "beziehungsweise"})
_LINKERS = ("", "s", "es", "n", "en", "e")  # Fugenelemente stripped from a compound's first part
MIN_PART = 4  # shortest compound part taken on its own

_stemmer = Stemmer.Stemmer("german")
STOPWORDS = frozenset(STOPWORDS_GERMAN)


def fold(word: str) -> str:
    """Lower case, ß to ss, accents and umlauts dropped (ä -> a)."""
    word = word.casefold().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball German stem of a lower-case word, folded; the stemmer itself folds umlauts first."""
    return fold(_stemmer.stemWord(word))


def words(text: str) -> list[tuple[str, bool]]:
    """Lower-case words of `text`, each with whether it ends in a hyphen ("Notfall-")."""
    return [(m.group(1).casefold(), bool(m.group(2))) for m in _WORDS.finditer(text)]


class Analyzer:
    """Turns text into index terms; `vocabulary` (stems of standalone words) drives compound splitting."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        # a set or a mapping is used as it is (an index passes its stem counts), anything else copied
        self.vocabulary: Container[str] = (
            vocabulary if isinstance(vocabulary, Set | Mapping) else frozenset(vocabulary)
        )
        self._splits: dict[str, tuple[str, ...]] = {}

    @staticmethod
    def vocabulary_of(texts: Iterable[str]) -> set[str]:
        """Stems of all words long enough to be a compound part."""
        return {stem(w) for text in texts for w, _ in words(text) if len(w) >= MIN_PART}

    @staticmethod
    def features(text: str) -> tuple[set[str], set[str]]:
        """What `text` adds to an index's vocabulary (`vocabulary_of`), and its words whose terms depend
        on the vocabulary (long enough to hold two parts) as `loose` keys (see `stem_pattern`)."""
        found = {w for w, _ in words(text) if len(w) >= MIN_PART}
        return {stem(w) for w in found}, {loose(w) for w in found if len(w) >= 2 * MIN_PART}

    def parts(self, word: str) -> tuple[str, ...]:
        """Stems of the known parts of a compound word, longest tail first (empty if none)."""
        hit = self._splits.get(word)
        if hit is None:
            hit = tuple(self._split(word))
            self._splits[word] = hit
        return hit

    def _split(self, word: str) -> list[str]:
        found: list[str] = []
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            head, tail = word[:i], word[i:]
            if stem(tail) in self.vocabulary and stem(tail) not in found:
                found.append(stem(tail))
                for linker in _LINKERS:
                    if linker and not head.endswith(linker):
                        continue
                    core = head[: len(head) - len(linker)] if linker else head
                    if len(core) >= MIN_PART and stem(core) in self.vocabulary and stem(core) not in found:
                        found.append(stem(core))
                        break
        return found

    def tail(self, word: str) -> str | None:
        """The longest known last part of a compound, as printed ("krisenmanagement" -> "management")."""
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            if stem(word[i:]) in self.vocabulary:
                return word[i:]
        return None

    def terms(self, text: str) -> list[str]:
        """Index terms: the stem of every word, plus compound parts and completed truncations."""
        ws = words(text)
        out: list[str] = []
        for index, (word, hyphen) in enumerate(ws):
            if word in STOPWORDS:
                continue
            out.append(stem(word))
            if len(word) >= 2 * MIN_PART:
                out.extend(self.parts(word))
            if hyphen:
                out.extend(stem(w) for w in self._complete(word, ws[index + 1 : index + 4]))
        return out

    def _complete(self, first: str, following: list[tuple[str, bool]]) -> list[str]:
        """'notfall' + [('und'), ('krisenmanagement')] -> 'notfallmanagement'."""
        for word, hyphen in following:
            if word in _CONJUNCTIONS or hyphen:
                continue
            tail = self.tail(word)
            if tail:
                return [first + tail]
            # Unknown head word: every plausible tail; the wrong ones are words no query contains.
            return [first + word[i:] for i in range(MIN_PART, len(word) - MIN_PART)]
        return []


def loose(word: str) -> str:
    """`word` folded, with every e after a, o or u dropped: a stem of any part of the word is then
    a substring of it (Snowball writes ae, oe, ue as umlauts and cuts suffixes; folding drops the
    umlauts), except for leading e's of the stem — see `stem_pattern`."""
    return _DIGRAPH_E.sub("", fold(word))


def stem_pattern(stems: Iterable[str]) -> re.Pattern[str]:
    """Matches the `loose` keys of the words whose compound split may use any of `stems`."""
    parts = sorted({_DIGRAPH_E.sub("", s).lstrip("e") for s in stems})
    return re.compile("|".join(re.escape(p) for p in parts))
