"""Entity resolution across articles: an index of known entity keys and the merge rules that use it.

Policy (see graph/README.md):
- Persons merge on the same normalized full name (academic titles dropped, umlaut spellings and
  hyphenated given names folded). A written-out first name and a surname are required: a surname alone
  never merges. Middle names may be omitted or abbreviated on one side; two different middle names are
  a conflict and keep the persons apart, as does a name that fits several known persons.
- Organizations merge on a key that folds German inflection (Snowball stems), determiners, legal forms
  and the municipal heads of ``data/municipal_heads.tsv`` ("Stadt X" = "Stadtverwaltung X"), on an
  abbreviation learned from an alias such as "(DFKI)", or on a rapidfuzz ratio >= 90 when exactly one
  long word differs (a typo, not a different place). A unit whose name does not contain its parent's
  name only merges under the same parent.
- Projects, events and places merge on case/punctuation-folded names and learned abbreviations.
- One-word generic names ("Feuerwehr", "Fachtagung") stay local to their article.
Every merge into an existing node under a label other than its prefLabel is returned as a `Match`.
The index lives in memory and is rebuilt from the store's labels, so the store stays the only truth.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.normalize import (
    PersonName,
    acronym_key,
    clean,
    generic_names,
    is_acronym,
    org_key,
    person_name,
    plain_key,
    plain_words,
)
from graph.vocab import entity_iri, short_hash

logger = logging.getLogger(__name__)

KINDS = ("person", "org", "project", "event", "place")
FUZZY_CUTOFF = 90.0


@dataclass(frozen=True)
class Match:
    """One merge decision: `mention` was taken to be the existing node `entity`."""

    mention: str
    entity: str
    score: float
    method: str
    reason: str


@dataclass
class Resolved:
    iri: str
    label: str
    matches: list[Match] = field(default_factory=list)


def _key(kind: str, label: str) -> str:
    if kind == "person":
        pn = person_name(label)
        return pn.key if pn.full and pn.surname else ""
    return org_key(label) if kind == "org" else plain_key(label)


def _is_generic(label: str) -> bool:
    words = clean(label).casefold().split()
    return len(words) <= 1 and (not words or words[0] in generic_names())


class EntityIndex:
    """Keys of every known entity label -> IRIs, per kind and scope ("" = global, else a parent IRI)."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._keys: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self._fuzzy: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._persons: dict[tuple[str, str], dict[str, set[PersonName]]] = defaultdict(dict)
        self.labels: dict[str, str] = {}
        self.surfaces: dict[str, set[str]] = defaultdict(set)
        # what each IRI was registered under, so that `unregister` can take it out again
        self._owned: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        self._named: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def register(self, kind: str, iri: str, label: str, labels: Iterable[str], scopes: Iterable[str]) -> None:
        """Make `iri` (preferred `label`) findable under the keys of `labels`, in each scope."""
        self.labels.setdefault(iri, label)
        scopes = tuple(scopes)
        for lab in set(labels):
            self.surfaces[iri].add(clean(lab))
            if _is_generic(lab):
                continue
            key = _key(kind, lab)
            if not key:
                continue
            for scope in scopes:
                bucket = self._keys[(kind, scope, key)]
                if not bucket and kind == "org" and not key.startswith("abbr:"):
                    self._fuzzy[(kind, scope)].append(key)
                bucket.add(iri)
                self._owned[iri].add((kind, scope, key))
            if kind == "person":
                pn = person_name(lab)
                self._persons[(pn.given[0], pn.surname)].setdefault(iri, set()).add(pn)
                self._named[iri].add((pn.given[0], pn.surname))

    def unregister(self, iri: str) -> None:
        """Forget `iri`: every key, label and name it was registered under."""
        for kind, scope, key in self._owned.pop(iri, set()):
            bucket = self._keys.get((kind, scope, key))
            if bucket is None:
                continue
            bucket.discard(iri)
            if not bucket:
                del self._keys[(kind, scope, key)]
                fuzzy = self._fuzzy.get((kind, scope))
                if fuzzy is not None and key in fuzzy:
                    fuzzy.remove(key)
        for name in self._named.pop(iri, set()):
            persons = self._persons.get(name)
            if persons is not None:
                persons.pop(iri, None)
                if not persons:
                    del self._persons[name]
        self.labels.pop(iri, None)
        self.surfaces.pop(iri, None)

    def lookup(self, kind: str, scope: str, key: str) -> set[str]:
        return self._keys.get((kind, scope, key), set())

    def fuzzy(self, kind: str, scope: str, key: str) -> list[tuple[str, float]]:
        choices = self._fuzzy.get((kind, scope), [])
        hits = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
        return [(choice, score) for choice, score, _ in hits if choice != key]

    def person_candidates(self, pn: PersonName) -> dict[str, set[PersonName]]:
        return self._persons.get((pn.given[0], pn.surname), {})


def names_parent(key: str, parent_key: str) -> bool:
    """A unit key that contains its parent's key ("stabsstell digitalisier stadt kaiserslaut")."""
    return bool(parent_key) and f" {parent_key} " in f" {key} "


def _one_word_typo(a: str, b: str) -> bool:
    """Keys that differ in exactly one long word, and only slightly there (or only in spacing)."""
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    return len(diff) == 1 and min(map(len, diff[0])) >= 6 and fuzz.ratio(*diff[0]) >= 80


class Resolver:
    """Resolves the entities of one article against the index, registering them as it goes."""

    def __init__(self, index: EntityIndex, doc_key: str) -> None:
        self.index = index
        self.doc_key = doc_key

    def _local(self, kind: str, label: str) -> Resolved:
        key = _key(kind, label) or plain_key(label) or short_hash(label)
        return Resolved(entity_iri(kind, f"{key} {self.doc_key}"), clean(label))

    def _existing(self, iri: str, mention: str, score: float, method: str, reason: str) -> Resolved:
        label = self.index.labels.get(iri, clean(mention))
        res = Resolved(iri, label)
        if clean(mention) != label:
            res.matches.append(Match(clean(mention), iri, score, method, reason))
        return res

    def person(self, name: str, aliases: Iterable[str] = ()) -> Resolved:
        pn = person_name(name)
        if not (pn.full and pn.surname):
            return self._local("person", name)  # a surname alone never merges across articles
        res = self._resolve_person(name, pn, aliases)
        self.index.register("person", res.iri, res.label, [res.label, name, *aliases], [""])
        return res

    def _resolve_person(self, name: str, pn: PersonName, aliases: Iterable[str]) -> Resolved:
        cands = self.index.person_candidates(pn)
        exact = [iri for iri, names in cands.items() if pn in names]
        if len(exact) == 1:
            return self._existing(
                exact[0],
                name,
                100.0,
                "normalized-name",
                f"same full name after removing titles and folding spelling ({pn.key})",
            )
        for alias in aliases:
            hits = self.index.lookup("person", "", _key("person", alias))
            if len(hits) == 1:
                (iri,) = hits
                return self._existing(
                    iri, name, 100.0, "alias", f"alias '{clean(alias)}' names a known person"
                )
        compat = [iri for iri, names in cands.items() if all(pn.compatible(n) for n in names)]
        if len(compat) == 1:
            other = min(n.key for n in cands[compat[0]])
            score = fuzz.ratio(pn.key, other)
            return self._existing(
                compat[0],
                name,
                score,
                "middle-name",
                f"'{pn.key}' and '{other}': same first name and surname, middle name omitted or abbreviated",
            )
        if len(compat) > 1:
            logger.debug("person %r fits %d known persons; kept apart", name, len(compat))
        return Resolved(entity_iri("person", pn.key), clean(name))

    def organization(self, name: str, aliases: Iterable[str] = (), parent: str | None = None) -> Resolved:
        if _is_generic(name):
            return self._local("org", name)
        key = _key("org", name)
        aliases = list(aliases)
        if parent is None:
            top = self._resolve_org(name, key, aliases, [""]) or self._new_org(name, key, None, False)
            self.index.register("org", top.iri, top.label, [top.label, name, *aliases], [""])
            return top
        # A unit: its labels are only unambiguous under its parent, unless they name the parent too.
        parent_key = _key("org", self.index.labels.get(parent, ""))
        describes_parent = names_parent(key, parent_key)
        found = self._resolve_org(name, key, aliases, [parent])
        if found is None and describes_parent:
            wide = [a for a in aliases if names_parent(_key("org", a), parent_key)]
            found = self._resolve_org(name, key, wide, [""])
        res = found or self._new_org(name, key, parent, describes_parent)
        labels = [res.label, name, *aliases]
        self.index.register("org", res.iri, res.label, labels, [parent])
        wide_labels = [lab for lab in labels if names_parent(_key("org", lab), parent_key)]
        self.index.register("org", res.iri, res.label, wide_labels, [""])
        return res

    def _new_org(self, name: str, key: str, parent: str | None, describes_parent: bool) -> Resolved:
        key = key.removeprefix("abbr:")
        if parent and not describes_parent:
            key = f"{key} {short_hash(parent)[:8]}"  # "Stabsstelle Digitalisierung" of this parent only
        return Resolved(entity_iri("org", key), clean(name))

    def _resolve_org(self, name: str, key: str, aliases: list[str], scopes: list[str]) -> Resolved | None:
        for scope in scopes:
            hits = self.index.lookup("org", scope, key)
            if len(hits) == 1:
                (iri,) = hits
                if key.startswith("abbr:"):
                    return self._existing(
                        iri,
                        name,
                        100.0,
                        "abbreviation",
                        f"abbreviation '{clean(name)}' learned from an alias such as "
                        f"'{self.index.labels.get(iri, '')} ({clean(name)})'",
                    )
                return self._existing(
                    iri,
                    name,
                    100.0,
                    "normalized-name",
                    f"same name after folding inflection, legal form and municipal head ({key})",
                )
            for alias in aliases:
                akey = _key("org", alias)
                hits = self.index.lookup("org", scope, akey)
                if len(hits) == 1 and not _is_generic(alias):
                    (iri,) = hits
                    kind = "abbreviation" if is_acronym(clean(alias)) else "alias"
                    return self._existing(
                        iri,
                        name,
                        100.0,
                        kind,
                        f"{kind} '{clean(alias)}' of '{clean(name)}' names a known organization",
                    )
            if key.startswith("abbr:") or len(key) < 10:
                continue
            for other, score in self.index.fuzzy("org", scope, key):
                hits = self.index.lookup("org", scope, other)
                if len(hits) == 1 and _one_word_typo(key, other):
                    (iri,) = hits
                    return self._existing(
                        iri,
                        name,
                        score,
                        "fuzzy",
                        f"rapidfuzz ratio {score:.1f} between '{key}' and '{other}', "
                        "one word spelled differently",
                    )
        return None

    def simple(self, kind: str, name: str, aliases: Iterable[str] = ()) -> Resolved:
        """Projects, events and places: folded names and learned abbreviations, no fuzzy matching."""
        if _is_generic(name):
            return self._local(kind, name)
        aliases = list(aliases)
        res: Resolved | None = None
        for i, label in enumerate([name, *aliases]):
            key = _key(kind, label)
            hits = self.index.lookup(kind, "", key) if key and not _is_generic(label) else set()
            if len(hits) == 1:
                (iri,) = hits
                method = "normalized-name" if i == 0 else "alias"
                res = self._existing(
                    iri, name, 100.0, method, f"'{clean(label)}' folds to known name ({key})"
                )
                break
        if res is None:
            res = Resolved(entity_iri(kind, plain_words(name) or short_hash(name)), clean(name))
        self.index.register(kind, res.iri, res.label, [res.label, name, *aliases], [""])
        return res


__all__ = ["KINDS", "EntityIndex", "Match", "Resolved", "Resolver", "acronym_key"]
