"""Load the word lists in nlp/lexicons/ (one entry per line, '#' comments) shared by the components."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Self

import srsly
from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"


def read_lines(path: str | Path) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file (a bare name is looked up in nlp/lexicons/)."""
    p = Path(path)
    if not p.is_absolute() and not p.exists():
        p = LEXICON_DIR / p
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=32)
def word_set(path: str) -> frozenset[str]:
    return frozenset(read_lines(path))


def stop_words_capitalized() -> frozenset[str]:
    """German function words (spaCy's list) in their sentence-initial spelling."""
    return frozenset(w[:1].upper() + w[1:] for w in STOP_WORDS) | frozenset(STOP_WORDS)


class SuffixLexicon:
    """Words and word endings ('-meisterin'): matches a word itself or a compound ending in it."""

    def __init__(self, entries: list[str]) -> None:
        self.entries = list(entries)
        self.words = {e.lower() for e in entries if not e.startswith("-")}
        self.suffixes = frozenset(e[1:].lower() for e in entries if e.startswith("-"))
        self._seen: dict[str, bool] = {}  # remembered per word: the entries do not change, words recur

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        known = self._seen.get(word)
        if known is None:
            known = self._contains(word)
            if len(self._seen) < 1 << 16:
                self._seen[word] = known
        return known

    def _contains(self, word: str) -> bool:
        low = word.lower()
        if low in self.words or low.lstrip("-") in self.suffixes:
            return True
        # every ending that leaves at least two letters before it: "Oberbürgermeisterin" -> "meisterin"
        return any(low[i:] in self.suffixes for i in range(2, len(low) - 1))

    def prefix_of(self, word: str) -> str:
        """What stands before the longest ending the word is a compound of ("Landesfachbereichs" of
        "Landesfachbereichsleiter"); "" for a listed word or none."""
        low = word.lower()
        return next((word[:i] for i in range(2, len(low) - 1) if low[i:] in self.suffixes), "")

    def listed(self, word: str) -> bool:
        """The word itself is an entry (not only a compound ending in one: "Meister", not "Hofmeister")."""
        low = word.lower()
        return low in self.words or low in self.suffixes


class SerializedLexicons:
    """`to_disk`/`from_disk` for a component configured by a small cfg dict and its word lists.

    Subclasses keep the lists in `self.lexicons`, rebuild their lookups in `set_lexicons()` and say
    which settings to keep in `cfg_state()` / `load_cfg_state()`.
    """

    lexicons: dict[str, list[str]]

    def cfg_state(self) -> dict[str, Any]:
        raise NotImplementedError

    def load_cfg_state(self, cfg: dict[str, Any]) -> None:
        raise NotImplementedError

    def set_lexicons(self, lexicons: dict[str, list[str]]) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "cfg.json", self.cfg_state())
        srsly.write_json(p / "lexicons.json", self.lexicons)

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> Self:
        p = Path(path)
        self.load_cfg_state(srsly.read_json(p / "cfg.json"))
        self.set_lexicons(srsly.read_json(p / "lexicons.json"))
        return self


_MAX_PARTY_WORDS = 4  # "Bündnis 90 / Die Grünen" as tokens


def weak_form(word: str) -> str:
    """A capitalised word of a party's name in its nominative: an adjective's weak ending -en read as
    -e ("Freien" → "Freie"), a dative plural's -ern as -er ("Wählern" → "Wähler")."""
    if word[:1].isupper() and word.endswith(("en", "ern")):
        return word[:-1]
    return word


def party_end(doc: Doc, start: int, parties: frozenset[str]) -> int | None:
    """End of the longest party name (parties.txt) from `start`, also in the genitive or dative of an
    adjective ("der Freien Wähler", "der Linken", "mit Freien Wählern"): `weak_form`."""
    for end in range(min(len(doc), start + _MAX_PARTY_WORDS), start, -1):
        words = [t.text for t in doc[start:end]]
        weak = [weak_form(w) for w in words]
        if " ".join(words) in parties or " ".join(weak) in parties:
            return end
    return None


def bracketed_party_end(doc: Doc, start: int, parties: frozenset[str]) -> int | None:
    """End of a party name (parties.txt) that fills a bracket from `start` or is its first item:
    "(Volt)", "(Freie Wähler, Vorsitzende des …)"."""
    for end in range(start + 1, min(len(doc), start + 1 + _MAX_PARTY_WORDS)):
        if doc[end].text in {")", ","}:
            return end if doc[start:end].text in parties else None
    return None
