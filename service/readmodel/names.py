"""Finding entities by the names people type: the full name, a surname or any run of its words, the name
without accents or umlauts ("Grontgen" and "Groentgen" for "Gröntgen"), or the start of a name's word.

Every name and alias is kept under two keys — folded (case folded, accents and umlauts dropped, ß as ss)
and transliterated first (ä as ae, ...) — as the sequences of its words from each word on ("jan ole
berndt", "ole berndt", "berndt"), sorted: a lookup is a few binary searches, never a scan of all names.
Only a lookup that finds nothing compares the query with every name (RapidFuzz, in C) to say what the
user may have meant.

>>> from service.readmodel.records import Entity
>>> names = NameIndex([Entity("person", "p:1", "sonja-groentgen", "Sonja Gröntgen")])
>>> [(m.how, [e.name for e in m.entities]) for m in map(names.lookup, ["Groentgen", "Grön", "Gröndgen"])]
[('word', ['Sonja Gröntgen']), ('prefix', ['Sonja Gröntgen']), ('similar', ['Sonja Gröntgen'])]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process

from service.readmodel.records import Entity
from service.search.analyzer import fold

How = Literal["id", "name", "word", "prefix", "similar", "none"]
# The written-out forms of letters that folding would only strip ("Groentgen" is how "Gröntgen" is typed
# on a keyboard without umlauts).
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_NON_WORD = re.compile(r"[\W_]+")
MIN_SIMILARITY = 80.0  # RapidFuzz ratio (0-100) of a "did you mean" candidate
MAX_CANDIDATES = 10


def normal(text: str) -> str:
    """Folded words separated by single spaces ("Maria-Elena  Pascu" -> "maria elena pascu")."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def keys(name: str) -> set[str]:
    """The forms a name is found under: folded, and with umlauts written out before folding."""
    return {k for k in (normal(name), normal(name.translate(_TRANSLIT))) if k}


@dataclass(frozen=True)
class NameMatch:
    """How a query matched (the best kind found) and the entities it matched that way."""

    how: How
    entities: list[Entity] = field(default_factory=list)

    @property
    def unique(self) -> Entity | None:
        """The one entity meant, when the match is certain (never for "similar")."""
        return self.entities[0] if len(self.entities) == 1 and self.how != "similar" else None


class NameIndex:
    """Names and aliases of entities, for `lookup` (see the module docstring)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._by_id: dict[str, list[Entity]] = {}
        self._full: dict[str, list[Entity]] = {}
        tails: list[tuple[str, int]] = []
        self._entities: list[Entity] = []
        for e in entities:
            n = len(self._entities)
            self._entities.append(e)
            self._by_id.setdefault(e.id, []).append(e)
            self._by_id.setdefault(e.iri, []).append(e)
            for name in [e.name, *sorted(e.aliases)]:
                for key in keys(name):
                    self._full.setdefault(key, []).append(e)
                    words = key.split()
                    tails.extend((" ".join(words[i:]), n) for i in range(len(words)))
        tails = sorted(set(tails))
        self._tails = [t for t, _ in tails]
        self._tail_owner = [n for _, n in tails]
        self._full_keys = list(self._full)

    def _owners(self, indices: Iterable[int], kinds: frozenset[str] | None) -> list[Entity]:
        """The entities of `indices` (first seen first, each once), of `kinds` if given."""
        out: dict[str, Entity] = {}
        for i in indices:
            e = self._entities[i]
            if kinds is None or e.kind in kinds:
                out.setdefault(e.iri, e)
        return list(out.values())

    def _starting(self, prefix: str) -> list[int]:
        """Indices of the word sequences that start with `prefix`."""
        i = bisect.bisect_left(self._tails, prefix)
        out = []
        while i < len(self._tails) and self._tails[i].startswith(prefix):
            out.append(i)
            i += 1
        return out

    def tiers(self, text: str, kinds: Iterable[str] | None = None) -> list[NameMatch]:
        """Every kind of match of `text` that finds entities, best first (id, name, word, prefix); an
        entity is listed under its best kind only."""
        wanted = frozenset(kinds) if kinds is not None else None
        queries = sorted(keys(text))
        ids = self._by_id.get(text.strip(), [])
        full = [e for q in queries for e in self._full.get(q, [])]
        words: list[int] = []
        prefixes: list[int] = []
        for q in queries:
            for i in self._starting(q):
                rest = self._tails[i][len(q) :]
                (words if not rest or rest.startswith(" ") else prefixes).append(self._tail_owner[i])
        found_by: list[tuple[How, list[Entity]]] = [
            ("id", ids),
            ("name", full),
            ("word", [self._entities[i] for i in words]),
            ("prefix", [self._entities[i] for i in prefixes]),
        ]
        out: list[NameMatch] = []
        seen: set[str] = set()
        for how, found in found_by:
            usable = (e for e in found if e.iri not in seen and (wanted is None or e.kind in wanted))
            fresh = list({e.iri: e for e in usable}.values())
            if how in ("word", "prefix"):
                fresh.sort(key=lambda e: normal(e.name))
            if fresh:
                seen.update(e.iri for e in fresh)
                out.append(NameMatch(how, fresh))
        return out

    def lookup(self, text: str, kinds: Iterable[str] | None = None) -> NameMatch:
        """The entities `text` names, by the best kind of match that finds any; when none does, the
        entities with a close name (`similar`: a "did you mean", never a certain match)."""
        found = self.tiers(text, kinds)
        if found:
            return found[0]
        wanted = frozenset(kinds) if kinds is not None else None
        close = self.similar(text, wanted)
        return NameMatch("similar", close) if close else NameMatch("none")

    def similar(self, text: str, kinds: frozenset[str] | None = None) -> list[Entity]:
        """Entities with a name or a word run close to `text` (typos), closest first."""
        query = normal(text)
        if not query:
            return []
        hits = process.extract(
            query, self._tails, scorer=fuzz.ratio, limit=4 * MAX_CANDIDATES, score_cutoff=MIN_SIMILARITY
        )
        return self._owners((self._tail_owner[i] for _, _, i in hits), kinds)[:MAX_CANDIDATES]
