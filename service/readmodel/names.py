"""Finding entities by the names people type: the full name, a surname or any run of its words, the name
without accents or umlauts ("Grontgen" and "Groentgen" for "Gröntgen"), or the start of a name's word.

Every name and alias is kept under two keys — folded (case folded, accents and umlauts dropped, ß as ss)
and transliterated first (ä as ae, ...) — as the sequences of its words from each word on ("jan ole
berndt", "ole berndt", "berndt"), sorted: a lookup is a few binary searches, never a scan of all names.
Only a lookup that finds nothing compares the query with every name (RapidFuzz, in C) to say what the
user may have meant.

>>> from service.cowmap import CowMap
from service.readmodel.records import Entity
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

from service.cowmap import CowMap
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
    """Names and aliases of entities, for `lookup` (see the module docstring).

    Never changed once built: `updated` makes the index of the next read model, sharing what did not
    change. Entities under one key are kept by IRI, so the order of the answers does not depend on
    the order the entities were added in.
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._by_id: CowMap[str, tuple[Entity, ...]] = CowMap()
        self._full: CowMap[str, tuple[Entity, ...]] = CowMap()
        self._tail_keys: list[tuple[str, str]] = []  # (word run, entity IRI), sorted
        self._tails: list[str] = []  # the word runs alone, for binary search and RapidFuzz
        self._tail_owner: list[Entity] = []
        self._edit([], list(entities))

    @staticmethod
    def _keys_of(e: Entity) -> tuple[list[str], set[str]]:
        """The full-name keys of an entity (each once) and its word runs."""
        full: list[str] = []
        tails: set[str] = set()
        for name in [e.name, *sorted(e.aliases)]:
            for key in sorted(keys(name)):
                if key not in full:
                    full.append(key)
                words = key.split()
                tails.update(" ".join(words[i:]) for i in range(len(words)))
        return full, tails

    def updated(self, gone: Iterable[Entity], new: Iterable[Entity]) -> NameIndex:
        """A new index without the entities `gone` and with `new` (an entity in both is replaced)."""
        out = NameIndex(())
        out._by_id, out._full = self._by_id.copy(), self._full.copy()
        out._tail_keys, out._tails, out._tail_owner = self._tail_keys, self._tails, self._tail_owner
        out._edit(list(gone), list(new))
        return out

    def _edit(self, gone: list[Entity], new: list[Entity]) -> None:
        table_edits: dict[tuple[str, str], tuple[set[str], list[Entity]]] = {}
        tails_gone: set[tuple[str, str]] = set()
        tails_new: list[tuple[tuple[str, str], Entity]] = []
        for e in gone:
            full, tails = self._keys_of(e)
            for table, key in [("id", e.id), ("id", e.iri), *(("full", k) for k in full)]:
                table_edits.setdefault((table, key), (set(), []))[0].add(e.iri)
            tails_gone.update((t, e.iri) for t in tails)
        for e in new:
            full, tails = self._keys_of(e)
            for table, key in [("id", e.id), ("id", e.iri), *(("full", k) for k in full)]:
                table_edits.setdefault((table, key), (set(), []))[1].append(e)
            tails_new.extend(((t, e.iri), e) for t in tails)
        for (table, key), (out, into) in table_edits.items():
            index = self._by_id if table == "id" else self._full
            now = [x for x in index.get(key, ()) if x.iri not in out] + into
            if now:
                index[key] = tuple(sorted({x.iri: x for x in now}.values(), key=lambda x: x.iri))
            else:
                index.pop(key, None)
        if tails_gone or tails_new:
            self._edit_tails(tails_gone, tails_new)

    def _edit_tails(self, gone: set[tuple[str, str]], new: list[tuple[tuple[str, str], Entity]]) -> None:
        if len(gone) + len(new) > 0.2 * max(len(self._tail_keys), 1):
            pairs = [
                (k, e) for k, e in zip(self._tail_keys, self._tail_owner, strict=True) if k not in gone
            ] + new
            pairs.sort(key=lambda p: p[0])
            keys_, owners = [k for k, _ in pairs], [e for _, e in pairs]
        else:
            # copies (C speed) edited by binary search: no Python pass over every word run
            keys_, owners, tails = list(self._tail_keys), list(self._tail_owner), list(self._tails)
            for k in gone:
                i = bisect.bisect_left(keys_, k)
                if i < len(keys_) and keys_[i] == k:
                    del keys_[i], owners[i], tails[i]
            for k, e in new:
                i = bisect.bisect_left(keys_, k)
                keys_.insert(i, k)
                owners.insert(i, e)
                tails.insert(i, k[0])
            self._tail_keys, self._tail_owner, self._tails = keys_, owners, tails
            return
        self._tail_keys, self._tail_owner = keys_, owners
        self._tails = [t for t, _ in keys_]

    def _owners(self, indices: Iterable[int], kinds: frozenset[str] | None) -> list[Entity]:
        """The entities of `indices` (first seen first, each once), of `kinds` if given."""
        out: dict[str, Entity] = {}
        for i in indices:
            e = self._tail_owner[i]
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
        ids = list(self._by_id.get(text.strip(), ()))
        full = [e for q in queries for e in self._full.get(q, ())]
        words: list[Entity] = []
        prefixes: list[Entity] = []
        for q in queries:
            for i in self._starting(q):
                rest = self._tails[i][len(q) :]
                (words if not rest or rest.startswith(" ") else prefixes).append(self._tail_owner[i])
        found_by: list[tuple[How, list[Entity]]] = [
            ("id", ids),
            ("name", full),
            ("word", words),
            ("prefix", prefixes),
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
        return self._owners((i for _, _, i in hits), kinds)[:MAX_CANDIDATES]
