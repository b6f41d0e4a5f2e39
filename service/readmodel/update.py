"""Applying changed article graphs to the read model: a new model that shares what did not change.

A full build is the same operation on an empty model with every graph changed, so the two cannot
drift apart: each derived entry (the facts of a subject, the parents of a unit, an entity's record) is
recomputed by one function from the current contributions, for the keys a change touches — all keys
on a full build. Orders are canonical (facts by IRI, entities by folded name and IRI, articles newest
first and by id and IRI), never the order the store answered in, so an updated model equals a fresh
build of the same store.

The model a request holds is never changed: `apply` copies each table it changes (a `CowMap`, whose
copy shares everything until a shard is changed: a write costs in proportion to what it changes, not to
the store) and replaces a record that changes, never edits it.
"""

from __future__ import annotations

import bisect
import copy
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from service.cowmap import CowMap
from service.readmodel.load import EntityRow, GraphData, kind_of
from service.readmodel.records import Entity, Fact, newest_first
from service.search.analyzer import fold

if TYPE_CHECKING:
    from service.readmodel.model import ReadModel

T = TypeVar("T")
BULK = 0.2  # a change of more than this share of a sorted list re-sorts it instead of editing it


class RebuildNeededError(Exception):
    """A change reaches further than an update follows (a relation concept was relabelled)."""


@dataclass
class Delta:
    """What one update changed, for the structures derived from the model (views, search indexes)."""

    graphs: set[str] = field(default_factory=set)
    articles_removed: set[str] = field(default_factory=set)  # IRIs of records replaced or gone
    articles_added: set[str] = field(default_factory=set)  # IRIs of new or replaced records
    facts_removed: dict[str, Fact] = field(default_factory=dict)  # old records, by fact IRI
    facts_added: dict[str, Fact] = field(default_factory=dict)  # new records (relabelled ones in both)
    touched: set[str] = field(default_factory=set)  # entities the changed graphs say something about
    entities: set[str] = field(default_factory=set)  # entities whose record changed, came or went
    display: set[str] = field(default_factory=set)  # ... whose name or aliases changed, came or went
    parents_changed: set[str] = field(default_factory=set)  # organizations with other parents now
    events_changed: set[str] = field(default_factory=set)  # events with another organizer or place
    full: bool = False  # every graph changed (a full build)


def fact_key(f: Fact) -> str:
    return f.iri


def folded_names(e: Entity) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fold(t) for t in [e.name, *sorted(e.aliases)]))


def role_texts(facts: Iterable[Fact]) -> tuple[str, ...]:
    """Folded role titles and role keys of a person's facts, for the role filter of GET /persons."""
    texts = (fold(t) for f in facts if f.kind == "role" for t in (f.label, f.role_key or ""))
    return tuple(dict.fromkeys(texts))


def edit_sorted(
    items: list[T], keys: list[Any], removed: Iterable[Any], added: Iterable[T], key: Callable[[T], Any]
) -> tuple[list[T], list[Any]]:
    """`items` sorted by their `keys` (unique), without the items of the keys `removed` and with
    `added`: new lists (a large change re-sorts, a small one edits a copy by binary search)."""
    gone, new = set(removed), list(added)
    if len(gone) + len(new) > BULK * max(len(items), 1):
        pairs = [(k, x) for k, x in zip(keys, items, strict=True) if k not in gone]
        pairs += [(key(x), x) for x in new]
        pairs.sort(key=lambda p: p[0])
        return [x for _, x in pairs], [k for k, _ in pairs]
    out, out_keys = list(items), list(keys)
    for k in gone:
        i = bisect.bisect_left(out_keys, k)
        if i < len(out_keys) and out_keys[i] == k:
            del out[i], out_keys[i]
    for x in new:
        k = key(x)
        i = bisect.bisect_left(out_keys, k)
        out.insert(i, x)
        out_keys.insert(i, k)
    return out, out_keys


def edit_facts(facts: tuple[Fact, ...], gone: set[str], added: list[Fact]) -> tuple[Fact, ...]:
    """`facts` (sorted by IRI) without the IRIs `gone` and with `added`, sorted by IRI: a small change
    is found by binary search, so an entity with thousands of facts costs a copy, not a sort."""
    if 4 * (len(gone) + len(added)) > len(facts):
        keep = [f for f in facts if f.iri not in gone] + added
        return tuple(sorted(keep, key=fact_key))
    out = list(facts)
    for iri in gone:
        i = bisect.bisect_left(out, iri, key=fact_key)
        while i < len(out) and out[i].iri == iri:
            del out[i]
    for f in added:  # after equal IRIs, as the stable sort above puts them
        out.insert(bisect.bisect_right(out, f.iri, key=fact_key), f)
    return tuple(out)


class Patch:
    """One update in progress: copies of the tables of `old`, edited into the next model."""

    def __init__(self, old: ReadModel, full: bool) -> None:
        self.old = old
        self.m = copy.copy(old)  # a new model object; each table it changes is copied first (`table`)
        self.copied: set[str] = set()
        self.delta = Delta(full=full)
        # per key: fact IRIs removed and facts added, for each fact index
        self.fact_edits: dict[str, tuple[dict[str, set[str]], dict[str, list[Fact]]]] = {
            name: ({}, {}) for name in ("by_subject", "by_object", "by_about", "by_article")
        }

    def table(self, name: str) -> CowMap[Any, Any]:
        """The model's table `name`, copied on first use in this update (a copy shares the old
        table's shards until they change)."""
        if name not in self.copied:
            setattr(self.m, name, getattr(self.old, name).copy())
            self.copied.add(name)
        table: CowMap[Any, Any] = getattr(self.m, name)
        return table

    # -- the steps of `apply`, in order ---------------------------------------------------------

    def graphs(
        self, changed: set[str], data: dict[str, GraphData]
    ) -> tuple[list[GraphData], list[GraphData]]:
        """Swap the contributions of `changed`; the old and the new contributions."""
        graphs = self.table("graphs")
        before = [graphs[g] for g in sorted(changed) if g in graphs]
        after = [data[g] for g in sorted(changed) if g in data]
        for g in changed:
            graphs.pop(g, None)
        for d in after:
            graphs[d.graph] = d
        self.delta.graphs = set(changed)
        return before, after

    def mentions(self, before: list[GraphData], after: list[GraphData]) -> None:
        by: dict[str, tuple[set[str], set[str]]] = {}
        for d in before:
            assert d.article is not None
            for e in d.mentions:
                by.setdefault(e, (set(), set()))[0].add(d.article.iri)
        for d in after:
            assert d.article is not None
            for e in d.mentions:
                by.setdefault(e, (set(), set()))[1].add(d.article.iri)
        mentioned = self.table("mentioned_by")
        for e, (gone, new) in by.items():
            now = (mentioned.get(e, frozenset()) - gone) | new
            if now:
                mentioned[e] = frozenset(now)
            else:
                mentioned.pop(e, None)

    def entities(self, touched: set[str], rows: dict[str, EntityRow]) -> None:
        """Re-make the record of every touched entity from its shared row and the articles citing it."""
        entities = self.table("entities")
        mentioned = self.m.mentioned_by
        self.delta.touched = set(touched)
        for iri in touched:
            old = entities.get(iri)
            row = rows.get(iri)
            kind = kind_of(iri)
            if row is None or kind is None:
                if old is not None:
                    del entities[iri]
                    self.delta.entities.add(iri)
                    self.delta.display.add(iri)
                continue
            new = Entity(
                kind,
                iri,
                iri.rsplit("/", 1)[1],
                row.name,
                set(row.aliases),
                set(row.titles),
                mentioned.get(iri, frozenset()),
            )
            if old is not None and old == new:
                continue
            entities[iri] = new
            self.delta.entities.add(iri)
            if old is None or (old.name, old.aliases) != (new.name, new.aliases):
                self.delta.display.add(iri)

    def articles(self, before: list[GraphData], after: list[GraphData]) -> None:
        """Article records of the changed graphs, and of articles citing an entity that came or went."""
        articles, article_graph = self.table("articles"), self.table("article_graph")
        for d in before:
            assert d.article is not None
            articles.pop(d.article.iri, None)
            article_graph.pop(d.article.iri, None)
            self.delta.articles_removed.add(d.article.iri)
        entities = self.m.entities
        for d in after:
            assert d.article is not None
            rec = replace(d.article, entities=frozenset(e for e in d.mentions if e in entities))
            articles[rec.iri] = rec
            article_graph[rec.iri] = d.graph
            self.delta.articles_added.add(rec.iri)
        came_or_went = {e for e in self.delta.entities if (e in entities) != (e in self.old.entities)}
        for e in came_or_went:
            for a in self.m.mentioned_by.get(e, ()):
                cited = articles.get(a)
                if cited is not None and a not in self.delta.articles_added:
                    mentions = self.m.graphs[article_graph[a]].mentions
                    articles[a] = replace(cited, entities=frozenset(x for x in mentions if x in entities))
                    self.delta.articles_removed.add(a)
                    self.delta.articles_added.add(a)
        self._ids()
        old_keys = [
            newest_first(self.old.articles[a]) for a in self.delta.articles_removed if a in self.old.articles
        ]
        new_recs = [articles[a] for a in self.delta.articles_added]
        self.m.articles_newest_first, self.m.newest_keys = edit_sorted(
            self.old.articles_newest_first, self.old.newest_keys, old_keys, new_recs, newest_first
        )

    def _ids(self) -> None:
        """`article_by_id`: an id two articles share (one text at two URLs) names the lesser IRI."""
        ids, by_id, articles = self.table("ids"), self.table("article_by_id"), self.m.articles
        redo: set[str] = set()
        for a in self.delta.articles_removed:
            rec = self.old.articles.get(a)
            if rec is not None:
                ids[rec.id] = ids.get(rec.id, frozenset()) - {a}
                redo.add(rec.id)
        for a in self.delta.articles_added:
            rec = articles[a]
            ids[rec.id] = ids.get(rec.id, frozenset()) | {a}
            redo.add(rec.id)
        for ident in redo:
            iris = ids.get(ident, frozenset())
            if iris:
                by_id[ident] = articles[min(iris)]
            else:
                ids.pop(ident, None)
                by_id.pop(ident, None)

    def facts(self, before: list[GraphData], after: list[GraphData], relations: dict[str, str]) -> None:
        """Take out the facts of the old contributions, put in the new ones with their labels filled in,
        and relabel facts elsewhere whose label is the name of an entity that was renamed."""
        known = self.table("relations")
        for iri, label in relations.items():
            if (
                iri in known
                and known[iri] != label
                and any(f.relation == iri for f in self.old.facts.values() if f.kind == "project")
            ):
                raise RebuildNeededError(f"the relation {iri} was relabelled")
            known[iri] = label
        facts = self.table("facts")
        stated: Counter[tuple[str, str]] = Counter()
        for d in before:
            for f in d.facts:
                self._remove(facts.pop(f.iri, f))
                if f.kind == "part_of" and f.object:
                    stated[(f.subject, f.object)] -= 1
        for d in after:
            for f in d.facts:
                self._add(self._labelled(f))
                if f.kind == "part_of" and f.object:
                    stated[(f.subject, f.object)] += 1
        for about in self.delta.display:
            for f in self.old.by_about.get(about, ()):
                if f.iri in facts and f.iri not in self.delta.facts_added:
                    self._remove(f)
                    self._add(self._labelled(replace(f)))
        self._bare_part_of(before, after, stated)

    def _labelled(self, f: Fact) -> Fact:
        if f.about:
            about = self.m.entities.get(f.about)
            f.label = about.name if about is not None else ""
        elif f.kind == "project":
            f.label = self.m.relations.get(f.relation, "") if f.relation else ""
        return f

    def _bare_part_of(self, before: list[GraphData], after: list[GraphData], stated: Counter[Any]) -> None:
        """Part-of links stated without a fact node of their own (no evidence) get one here."""
        pairs = self.table("parent_pairs")
        counts = self.table("stated_pairs")
        touched = set(stated)
        for d, step in [(d, -1) for d in before] + [(d, 1) for d in after]:
            for p in d.parents:
                pairs[p] = pairs.get(p, 0) + step
                touched.add(p)
        for p, n in stated.items():
            counts[p] = counts.get(p, 0) + n
        facts = self.m.facts
        for p in touched:
            u, o = p
            iri = f"{u}#part-of:{o}"
            want = pairs.get(p, 0) > 0 and counts.get(p, 0) <= 0
            if pairs.get(p, 0) <= 0:
                pairs.pop(p, None)
            if counts.get(p, 0) <= 0:
                counts.pop(p, None)
            if want and iri not in facts:
                self._add(Fact("part_of", iri, u, "Teil von", o))
            elif not want and iri in facts:
                self._remove(facts[iri])

    def _remove(self, f: Fact) -> None:
        self.m.facts.pop(f.iri, None)
        self.delta.facts_removed.setdefault(f.iri, f)
        self.delta.facts_added.pop(f.iri, None)
        for name, key in self._keys(f):
            self.fact_edits[name][0].setdefault(key, set()).add(f.iri)

    def _add(self, f: Fact) -> None:
        self.m.facts[f.iri] = f
        self.delta.facts_added[f.iri] = f
        for name, key in self._keys(f):
            self.fact_edits[name][1].setdefault(key, []).append(f)

    @staticmethod
    def _keys(f: Fact) -> list[tuple[str, str]]:
        keys = [("by_subject", f.subject)]
        if f.object:
            keys.append(("by_object", f.object))
        if f.about:
            keys.append(("by_about", f.about))
        keys += [("by_article", a) for a in dict.fromkeys(ev.article for ev in f.evidence if ev.article)]
        return keys

    def fact_indexes(self) -> None:
        """Per subject, object, topic and article: its facts, sorted by IRI."""
        for name, (removed, added) in self.fact_edits.items():
            if not removed and not added:
                continue
            index = self.table(name)
            for key in removed.keys() | added.keys():
                now = edit_facts(index.get(key, ()), removed.get(key, set()), added.get(key, []))
                if now:
                    index[key] = now
                else:
                    index.pop(key, None)
        subjects = self.fact_edits["by_subject"]
        texts = self.table("role_texts")
        for s in subjects[0].keys() | subjects[1].keys():
            facts = self.m.by_subject.get(s, ())
            if facts:
                texts[s] = role_texts(facts)
            else:
                texts.pop(s, None)

    def hierarchy(self) -> None:
        """Parents of the units whose part-of facts changed, and the units of those parents."""
        removed, added = self.fact_edits["by_subject"]
        facts_removed = self.delta.facts_removed
        candidates = {
            s
            for s in removed.keys() | added.keys()
            if any(facts_removed[i].kind == "part_of" for i in removed.get(s, ()))
            or any(f.kind == "part_of" for f in added.get(s, []))
        }
        parents, units = self.table("parents"), self.table("units")
        unit_edits: dict[str, tuple[set[str], set[str]]] = {}
        for u in candidates:
            old = parents.get(u, ())
            facts = self.m.by_subject.get(u, ())
            new = tuple(sorted({f.object for f in facts if f.kind == "part_of" and f.object}))
            if old == new:
                continue
            self.delta.parents_changed.add(u)
            if new:
                parents[u] = new
            else:
                parents.pop(u, None)
            for o in set(old) - set(new):
                unit_edits.setdefault(o, (set(), set()))[0].add(u)
            for o in set(new) - set(old):
                unit_edits.setdefault(o, (set(), set()))[1].add(u)
        for o, (gone, new_units) in unit_edits.items():
            now = tuple(sorted((set(units.get(o, ())) - gone) | new_units))
            if now:
                units[o] = now
            else:
                units.pop(o, None)

    def events(self, before: list[GraphData], after: list[GraphData]) -> None:
        """Organizer and place of the events whose links changed, or that came or went."""
        affected = {e for e in self.delta.entities if kind_of(e) == "event"}
        for links, one, many, reverse, every in (
            ("organizers", "organizer", "event_orgs", "organized_by", "org_events"),
            ("places", "place", "event_places", "placed_at", "place_events"),
        ):
            counts, linked = self.table(many), self.table(every)
            edits: dict[str, Counter[str]] = {}
            for d, step in [(d, -1) for d in before] + [(d, 1) for d in after]:
                for e, x in getattr(d, links):
                    edits.setdefault(e, Counter())[x] += step
            for e, change in edits.items():
                was = counts.get(e, {})
                now = Counter(was)
                now.update(change)
                kept = {x: n for x, n in now.items() if n > 0}
                if kept:
                    counts[e] = kept
                else:
                    counts.pop(e, None)
                for x in was.keys() - kept.keys():
                    rest = tuple(y for y in linked.get(x, ()) if y != e)
                    if rest:
                        linked[x] = rest
                    else:
                        linked.pop(x, None)
                for x in kept.keys() - was.keys():
                    linked[x] = tuple(sorted({*linked.get(x, ()), e}))
            chosen, by = self.table(one), self.table(reverse)
            for e in affected | edits.keys():
                old = chosen.get(e)
                options = counts.get(e, {})
                new = min(options) if options and e in self.m.entities else None
                if old == new:
                    continue
                self.delta.events_changed.add(e)
                if new is None:
                    chosen.pop(e, None)
                else:
                    chosen[e] = new
                if old is not None:
                    rest = tuple(x for x in by.get(old, ()) if x != e)
                    if rest:
                        by[old] = rest
                    else:
                        by.pop(old, None)
                if new is not None:
                    by[new] = tuple(sorted({*by.get(new, ()), e}))

    def names(self) -> None:
        """Folded names, the per-kind lists sorted by name, ids and the name index."""
        changed = self.delta.entities
        if not changed:
            return
        folded, by_id = self.table("folded"), self.table("by_id")
        old_entities, entities = self.old.entities, self.m.entities
        gone = [old_entities[e] for e in changed if e in old_entities]
        new = [entities[e] for e in changed if e in entities]
        for e in gone:
            folded.pop(e.iri, None)
            by_id.pop((e.kind, e.id), None)
        for e in new:
            folded[e.iri] = folded_names(e)
            by_id[(e.kind, e.id)] = e
        sorted_by_kind, sorted_keys = self.table("sorted_by_kind"), self.table("sorted_keys")
        for kind in {e.kind for e in gone} | {e.kind for e in new}:
            out, keys = edit_sorted(
                sorted_by_kind.get(kind, []),
                sorted_keys.get(kind, []),
                [(self.old.folded[e.iri][0], e.iri) for e in gone if e.kind == kind],
                [e for e in new if e.kind == kind],
                lambda e: (folded[e.iri][0], e.iri),
            )
            if out:
                sorted_by_kind[kind], sorted_keys[kind] = out, keys
            else:
                sorted_by_kind.pop(kind, None)
                sorted_keys.pop(kind, None)
        self.m.names = self.old.names.updated(gone, new)
