"""Curation operations on a `KnowledgeStore`: merge, split, mark a fact wrong, undo — each one transaction.

A decision is written as PROV-O into the curation graph (graph/curation.py) and applied at once to the
article graphs it concerns, so every reader sees it: a merge or split renames the entity in those graphs
(the removed and added statements are kept with the decision, so an undo restores them); a rejected fact
stays in its article graph and is flagged by the decision (`prov:invalidated`), which the service's read
model leaves out. The changed article graphs go to the change log like an ingest's, so a running server
moves its read model forward by just those graphs (graph/generation.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from graph.curation import (
    CG,
    Decision,
    entity_kind,
    fact_kind,
    forget,
    graph_of_article,
    instant,
    load_decision,
    load_decisions,
    signatures,
    val,
)
from graph.errors import GraphError
from graph.normalize import clean, plain_words
from graph.store import MENTIONS, KnowledgeStore, _collect, _ops
from graph.vocab import (
    ENTITIES_GRAPH,
    ID,
    KG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    article_iri,
    entity_iri,
    short_hash,
    slug,
)

MAX_GRAPHS = 2_000  # articles one decision may rewrite (each is read, rewritten and recorded)
MAX_NAMES = 200  # names of the members a merge records (later mentions so named resolve to the merged one)
ENT = ox.NamedNode(ENTITIES_GRAPH)
_LABEL_PREDICATES = (str(SKOS.prefLabel), str(RDFS.label))
KIND_NAMES = {
    "person": "Person",
    "org": "Organisation",
    "project": "Projekt",
    "event": "Veranstaltung",
    "place": "Ort",
}


class CurationError(GraphError):
    """A decision that cannot be made as asked (400)."""


class CurationNotFoundError(CurationError):
    """An entity, article, fact or decision that is not in the store (404)."""


class CurationConflictError(CurationError):
    """A decision that contradicts the graph or another decision (409)."""


class CurationTooLargeError(CurationError):
    """A decision that would rewrite more than MAX_GRAPHS articles (413)."""


def _n(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


@dataclass(frozen=True)
class EntityInfo:
    iri: str
    kind: str
    name: str
    graphs: tuple[str, ...]  # article graphs that mention it


def entity_info(ks: KnowledgeStore, iri: str) -> EntityInfo:
    """An entity of the store, or CurationNotFoundError."""
    kind = entity_kind(iri)
    names = (
        [val(q.object) for q in ks.store.quads_for_pattern(_n(iri), _n(SKOS.prefLabel), None, ENT)]
        if kind
        else []
    )
    graphs = _mentioning(ks, iri) if names else []
    if kind is None or not graphs:
        raise CurationNotFoundError(
            f"No entity {iri!r} in the store: give the IRI of a person, organization, project, event or "
            "place (the `iri` of GET /persons/{id} and the other detail answers)."
        )
    return EntityInfo(iri, kind, min(names), tuple(graphs))


def _mentioning(ks: KnowledgeStore, iri: str) -> list[str]:
    graphs = sorted(
        {
            val(q.graph_name)
            for q in ks.store.quads_for_pattern(None, _n(MENTIONS), _n(iri))
            if q.graph_name != ENT
        }
    )
    if len(graphs) > MAX_GRAPHS:
        raise CurationTooLargeError(
            f"{iri} is mentioned by {len(graphs)} articles, more than one decision rewrites ({MAX_GRAPHS})."
        )
    return graphs


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _curator(name: str) -> str:
    name = clean(name)
    if not name or len(name) > 100:
        raise CurationError("Give the curator's name (1 to 100 characters).")
    return name


def _record(
    kind: str, curator: str, note: str | None, parts: Iterable[str]
) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """The decision node (prov:Activity) with who and when; the caller adds what it concerns."""
    when = _now()
    # a nonce: the same decision made again (after an undo, within the same second) is a new one
    node = _n(f"{ID}curation/{short_hash(kind, when, curator, *parts, uuid.uuid4().hex)}")
    agent = _n(f"{ID}curator/{slug(curator) or short_hash(curator)}")
    stamp = ox.Literal(when, datatype=_n(XSD.dateTime))
    quads = [
        ox.Quad(node, _n(RDF.type), _n(PROV.Activity), CG),
        ox.Quad(node, _n(RDF.type), _n(KG.Curation), CG),
        ox.Quad(
            node,
            _n(RDF.type),
            _n(
                {
                    "merge": KG.MergeDecision,
                    "split": KG.SplitDecision,
                    "wrong": KG.FactRejection,
                    "undo": KG.Undo,
                }[kind]
            ),
            CG,
        ),
        ox.Quad(node, _n(PROV.wasAssociatedWith), agent, CG),
        ox.Quad(node, _n(PROV.startedAtTime), stamp, CG),
        ox.Quad(node, _n(PROV.endedAtTime), stamp, CG),
        ox.Quad(agent, _n(RDF.type), _n(PROV.Agent), CG),
        ox.Quad(agent, _n(RDF.type), _n(PROV.Person), CG),
        ox.Quad(agent, _n(RDFS.label), ox.Literal(curator), CG),
    ]
    if note:
        quads.append(ox.Quad(node, _n(RDFS.comment), ox.Literal(clean(note)[:1000], language="de"), CG))
    return node, quads


def _data(op: str, quads: Iterable[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object} .")
    if not by_graph:
        return ""
    body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
    return f"{op} {{\n{body}\n}}"


def _nquads(quads: list[ox.Quad]) -> str:
    return (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")


def _parse(text: str) -> list[ox.Quad]:
    return list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))


def _fingerprint(ks: KnowledgeStore, graph: str) -> str:
    doc = graph.rsplit("/", 1)[1]
    hits = [
        val(q.object)
        for q in ks.store.quads_for_pattern(_n(article_iri(doc)), _n(KG.fingerprint), None, _n(graph))
    ]
    return min(hits) if hits else ""


def _rename(
    ks: KnowledgeStore, old: str, new: str, graphs: Iterable[str], *, keep_old_name: str | None, new_name: str
) -> tuple[dict[str, list[ox.Quad]], dict[str, list[ox.Quad]]]:
    """What renaming `old` to `new` in `graphs` removes and adds, per graph."""
    o, n = _n(old), _n(new)
    removed: dict[str, list[ox.Quad]] = {}
    added: dict[str, list[ox.Quad]] = {}
    for g in graphs:
        gn = _n(g)
        quads = list(
            dict.fromkeys(
                [
                    *ks.store.quads_for_pattern(o, None, None, gn),
                    *ks.store.quads_for_pattern(None, None, o, gn),
                ]
            )
        )
        out = [
            ox.Quad(n if q.subject == o else q.subject, q.predicate, n if q.object == o else q.object, gn)
            for q in quads
        ]
        if keep_old_name and keep_old_name != new_name:
            out.append(ox.Quad(n, _n(SKOS.altLabel), ox.Literal(keep_old_name), gn))
        out = [q for q in out if not (q.predicate.value == str(SKOS.altLabel) and val(q.object) == new_name)]
        removed[g], added[g] = quads, out
    return removed, added


def _shared(ks: KnowledgeStore, iri: str) -> list[ox.Quad]:
    return list(ks.store.quads_for_pattern(_n(iri), None, None, ENT))


def _named(
    ks: KnowledgeStore, iri: str, name: str, types_from: Iterable[str]
) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Shared statements that make `iri` an entity named `name` with the types of `types_from`."""
    e = _n(iri)
    removed = [
        q for q in _shared(ks, iri) if q.predicate.value in _LABEL_PREDICATES and val(q.object) != name
    ]
    types = {
        q.object for src in types_from for q in ks.store.quads_for_pattern(_n(src), _n(RDF.type), None, ENT)
    }
    added = [ox.Quad(e, _n(RDF.type), t, ENT) for t in sorted(types, key=str)]
    added += [
        ox.Quad(e, _n(SKOS.prefLabel), ox.Literal(name), ENT),
        ox.Quad(e, _n(RDFS.label), ox.Literal(name), ENT),
    ]
    return removed, added


def _commit(
    ks: KnowledgeStore,
    node: ox.NamedNode,
    record: list[ox.Quad],
    removed: dict[str, list[ox.Quad]],
    added: dict[str, list[ox.Quad]],
    extra: str = "",
) -> list[str]:
    """Apply the rewrite and store the decision with it, in one transaction; the article graphs changed."""
    store = ks.store
    for i, g in enumerate(sorted(removed.keys() | added.keys())):
        rem = [q for q in removed.get(g, []) if q in store]
        add = [q for q in dict.fromkeys(added.get(g, [])) if q not in store and q not in rem]
        removed[g], added[g] = rem, add
        if not rem and not add:
            continue
        r = _n(f"{node.value}/rewrite/{i}")
        record += [
            ox.Quad(node, _n(KG.rewrite), r, CG),
            ox.Quad(r, _n(KG.rewrittenGraph), _n(g), CG),
            ox.Quad(r, _n(KG.removed), ox.Literal(_nquads(rem)), CG),
            ox.Quad(r, _n(KG.added), ox.Literal(_nquads(add)), CG),
        ]
        if g != ENTITIES_GRAPH:
            record.append(ox.Quad(r, _n(KG.fingerprint), ox.Literal(_fingerprint(ks, g)), CG))
    rem_all = [q for qs in removed.values() for q in qs]
    add_all = [q for qs in added.values() for q in qs]
    store.update(_ops(_data("DELETE DATA", rem_all), _data("INSERT DATA", [*add_all, *record]), extra))
    return sorted(
        g for g in removed.keys() | added.keys() if g != ENTITIES_GRAPH and (removed[g] or added[g])
    )


def _done(ks: KnowledgeStore, graphs: list[str], touched: set[str]) -> None:
    """After a decision: the change log, the resolution index, the cached decisions."""
    forget(ks)
    ks._mark_written([("replace", g, g.rsplit("/", 1)[1]) for g in graphs])
    ks._reindex(touched)


def _need_folder(ks: KnowledgeStore) -> None:
    if not isinstance(ks.store, ox.Store):
        raise CurationError(
            "Curation needs a store folder; a store server (KG_STORE=http://...) is not supported."
        )


def merge(ks: KnowledgeStore, keep: str, other: str, curator: str, note: str | None = None) -> Decision:
    """`keep` and `other` are one entity: named like `keep`, under the smaller of the two IRIs."""
    _need_folder(ks)
    curator = _curator(curator)
    if keep == other:
        raise CurationError("An entity cannot be merged with itself: give two different IRIs.")
    with ks._lock:
        a, b = entity_info(ks, keep), entity_info(ks, other)
        if a.kind != b.kind:
            raise CurationConflictError(
                f"A {KIND_NAMES[a.kind]} cannot be merged with a {KIND_NAMES[b.kind]}: "
                f"{a.name!r} and {b.name!r} are different kinds of entity."
            )
        target = min(keep, other)
        node, record = _record("merge", curator, note, [keep, other])
        record += [ox.Quad(node, _n(PROV.used), _n(x), CG) for x in (keep, other)]
        record += [
            ox.Quad(node, _n(PROV.generated), _n(target), CG),
            ox.Quad(node, _n(KG.preferredName), ox.Literal(a.name), CG),
            ox.Quad(node, _n(RDFS.label), ox.Literal(f"Zusammenführung: {a.name} + {b.name}"), CG),
        ]
        names = sorted(
            {a.name, b.name, *(n for e in (a, b) for g in e.graphs for n in _alt_labels(ks, e.iri, g))}
        )
        record += [ox.Quad(node, _n(KG.mergedName), ox.Literal(n), CG) for n in names[:MAX_NAMES]]
        gone = b if target == keep else a
        record.append(ox.Quad(_n(gone.iri), _n(OWL.sameAs), _n(target), CG))
        removed, added = _rename(ks, gone.iri, target, gone.graphs, keep_old_name=gone.name, new_name=a.name)
        ent_removed, ent_added = _named(ks, target, a.name, [a.iri, b.iri])
        removed[ENTITIES_GRAPH] = _shared(ks, gone.iri) + ent_removed
        added[ENTITIES_GRAPH] = ent_added
        graphs = _commit(ks, node, record, removed, added)
        _done(ks, graphs, {keep, other})
        return _reload(ks, node)


def split(
    ks: KnowledgeStore,
    entity: str,
    curator: str,
    *,
    label: str | None = None,
    articles: Iterable[str] = (),
    note: str | None = None,
) -> Decision:
    """Mentions of `entity` printed as `label`, or in `articles` (ids or URLs), are another entity."""
    _need_folder(ks)
    curator = _curator(curator)
    articles = list(dict.fromkeys(articles))
    if (label is None) == (not articles):
        raise CurationError("Split by a name (label) or by articles: give exactly one of the two.")
    article_nodes: list[str] = []
    with ks._lock:
        e = entity_info(ks, entity)
        if label is not None:
            label = clean(label)
            moving = [g for g in e.graphs if label in _alt_labels(ks, entity, g)]
            if label == e.name:
                raise CurationError(
                    f"{label!r} is the entity's own name; split off one of its other names, or by articles."
                )
            if not moving:
                names = sorted({n for g in e.graphs for n in _alt_labels(ks, entity, g)})
                raise CurationError(
                    f"{e.name!r} is never called {label!r}; its other names: {', '.join(names) or 'none'}."
                )
            new, name = entity_iri(e.kind, f"split {plain_words(label)}"), label
        else:
            moving = []
            for ident in articles:
                graphs = ks.graphs_of(ident)
                if not graphs:
                    raise CurationNotFoundError(f"No article with id or URL {ident!r}.")
                if not set(graphs) & set(e.graphs):
                    raise CurationError(f"Article {ident!r} does not mention {e.name!r}.")
                moving += [g for g in graphs if g in e.graphs]
                article_nodes += [article_iri(g.rsplit("/", 1)[1]) for g in graphs if g in e.graphs]
            moving = sorted(set(moving))
            new = entity_iri(e.kind, f"split {entity.rsplit('/', 1)[1]} {short_hash(*moving)[:8]}")
            name = e.name
        if set(moving) == set(e.graphs):
            raise CurationError(f"Every article of {e.name!r} would move: nothing is left to split it from.")
        if entity_kind(new) is None or list(ks.store.quads_for_pattern(_n(new), None, None, ENT)):
            raise CurationConflictError(f"{new} exists already: undo the earlier split first.")
        node, record = _record("split", curator, note, [entity, new])
        record += [
            ox.Quad(node, _n(PROV.used), _n(entity), CG),
            ox.Quad(node, _n(PROV.generated), _n(new), CG),
            ox.Quad(node, _n(KG.preferredName), ox.Literal(name), CG),
            ox.Quad(node, _n(RDFS.label), ox.Literal(f"Trennung: {name} von {e.name}"), CG),
        ]
        if label is not None:
            record.append(ox.Quad(node, _n(KG.splitLabel), ox.Literal(label), CG))
        record += [ox.Quad(node, _n(KG.splitArticle), _n(a), CG) for a in sorted(set(article_nodes))]
        removed, added = _rename(ks, entity, new, moving, keep_old_name=None, new_name=name)
        ent_removed, ent_added = _named(ks, new, name, [entity])
        removed[ENTITIES_GRAPH], added[ENTITIES_GRAPH] = ent_removed, ent_added
        graphs = _commit(ks, node, record, removed, added)
        _done(ks, graphs, {entity, new})
        return _reload(ks, node)


def _alt_labels(ks: KnowledgeStore, iri: str, graph: str) -> set[str]:
    return {val(q.object) for q in ks.store.quads_for_pattern(_n(iri), _n(SKOS.altLabel), None, _n(graph))}


def fact_graph(ks: KnowledgeStore, fact: str) -> str:
    """The article graph of a fact node, or CurationNotFoundError."""
    graphs = {val(q.graph_name) for q in ks.store.quads_for_pattern(_n(fact), _n(KG.evidence), None)}
    if fact_kind(fact) is None or len(graphs) != 1:
        raise CurationNotFoundError(
            f"No fact {fact!r} in the store: give the IRI of a role, affiliation, talk, quote, project link "
            "or part-of (GET /curation/facts?entity=… lists them)."
        )
    return graphs.pop()


def wrong(ks: KnowledgeStore, fact: str, curator: str, note: str | None = None) -> Decision:
    """Mark a fact wrong: it stays in its article graph, flagged by the decision (`prov:invalidated`)."""
    _need_folder(ks)
    curator = _curator(curator)
    with ks._lock:
        graph = fact_graph(ks, fact)
        for d in load_decisions(ks.store):
            if d.active and d.type == "wrong" and fact in d.facts:
                raise CurationConflictError(f"The fact is marked wrong already (decision {d.id}).")
        sig = signatures(ks.store.quads_for_pattern(None, None, None, _n(graph))).get(fact, "")
        labels = [
            val(q.object) for q in ks.store.quads_for_pattern(_n(fact), _n(RDFS.label), None, _n(graph))
        ]
        node, record = _record("wrong", curator, note, [fact])
        about = {val(q.object) for q in ks.store.quads_for_pattern(_n(fact), None, None, _n(graph))}
        record += [ox.Quad(node, _n(PROV.used), _n(e), CG) for e in sorted(about) if entity_kind(e)]
        record += [
            ox.Quad(node, _n(PROV.invalidated), _n(fact), CG),
            ox.Quad(node, _n(KG.factGraph), _n(graph), CG),
            ox.Quad(node, _n(KG.factSignature), ox.Literal(sig), CG),
            ox.Quad(node, _n(RDFS.label), ox.Literal(f"Falsch: {min(labels) if labels else fact}"), CG),
        ]
        ks.store.update(_data("INSERT DATA", record))
        _done(ks, [graph], set())
        return _reload(ks, node)


def undo(ks: KnowledgeStore, ident: str, curator: str) -> tuple[Decision, list[str]]:
    """Take a decision back; returns it and the articles it still holds in (read while it held and changed
    since: their fingerprint is reset, so the next ingest of them reads them again without it)."""
    _need_folder(ks)
    curator = _curator(curator)
    with ks._lock:
        d = load_decision(ks.store, ident if ident.startswith(ID) else f"{ID}curation/{ident}")
        if d is None:
            raise CurationNotFoundError(f"No curation decision {ident!r}; list them with GET /curation.")
        if not d.active:
            raise CurationConflictError(f"Decision {d.id} was undone already ({d.undone_time}).")
        if d.type != "wrong":
            concerned = {*d.used, *([d.generated] if d.generated else [])}
            later = [  # times have millisecond resolution: one taken in the same millisecond counts as later
                x
                for x in load_decisions(ks.store)
                if x.active
                and x.type != "wrong"
                and x.iri != d.iri
                and instant(x.time) >= instant(d.time)
                and concerned & set(x.used)
            ]
            if later:
                raise CurationConflictError(
                    f"Decision {later[-1].id} ({later[-1].title}) was made later about the same entities: "
                    "undo it first."
                )
        node, record = _record("undo", curator, None, [d.iri])
        record.append(ox.Quad(_n(d.iri), _n(KG.undoneBy), node, CG))
        record.append(ox.Quad(node, _n(RDFS.label), ox.Literal(f"Rückgängig: {d.id}"), CG))
        if d.type == "wrong":
            ks.store.update(_data("INSERT DATA", record))
            _done(ks, [d.fact_graph] if d.fact_graph else [], set())
            return _reload(ks, _n(d.iri)), []
        removed, added, kept = _restore(ks, d)
        same = [
            q
            for q in ks.store.quads_for_pattern(None, _n(OWL.sameAs), None, CG)
            if val(q.object) == d.generated and val(q.subject) in d.used
        ]
        touched = {*d.used, *([d.generated] if d.generated else [])}
        extra = _ops(_data("DELETE DATA", same), _stale_marks(kept), _collect(touched))
        graphs = _commit(ks, node, record, removed, added, extra)
        _done(ks, graphs, touched)
        return _reload(ks, _n(d.iri)), kept


def _restore(
    ks: KnowledgeStore, d: Decision
) -> tuple[dict[str, list[ox.Quad]], dict[str, list[ox.Quad]], list[str]]:
    """The inverse of a decision's rewrites for the graphs not changed since, and the article graphs that
    still hold the decision: read again while it held (`prov:wasInfluencedBy`) or changed since."""
    removed: dict[str, list[ox.Quad]] = {}
    added: dict[str, list[ox.Quad]] = {}
    restored: set[str] = set()
    # read again while the decision held: the rewrite record no longer describes them
    kept = {val(q.graph_name) for q in ks.store.quads_for_pattern(None, _n(PROV.wasInfluencedBy), _n(d.iri))}
    for q in ks.store.quads_for_pattern(_n(d.iri), _n(KG.rewrite), None, CG):
        props = {
            p.predicate.value: val(p.object)
            for p in ks.store.quads_for_pattern(_n(val(q.object)), None, None, CG)
        }
        g = props.get(str(KG.rewrittenGraph), "")
        if g in kept:
            continue
        if g != ENTITIES_GRAPH and props.get(str(KG.fingerprint)) != _fingerprint(ks, g):
            kept.add(g)  # read again or deleted since
            continue
        removed.setdefault(g, []).extend(_parse(props.get(str(KG.added), "")))
        added.setdefault(g, []).extend(_parse(props.get(str(KG.removed), "")))
        restored.add(g)
    return removed, added, sorted(g for g in kept - restored if _fingerprint(ks, g))


def _stale_marks(graphs: list[str]) -> str:
    """Reset the fingerprint of `graphs`: their next ingest is no no-op, and resolves them afresh."""
    ops = []
    fp = f"<{KG.fingerprint}>"
    for g in graphs:
        a = f"<{article_iri(g.rsplit('/', 1)[1])}>"
        ops.append(
            f"DELETE {{ GRAPH <{g}> {{ {a} {fp} ?f }} }} "
            f'INSERT {{ GRAPH <{g}> {{ {a} {fp} "curation-undone" }} }} '
            f"WHERE {{ GRAPH <{g}> {{ {a} {fp} ?f }} }}"
        )
    return _ops(*ops)


def _reload(ks: KnowledgeStore, node: ox.NamedNode) -> Decision:
    d = load_decision(ks.store, node.value)
    assert d is not None
    return d


def decisions(ks: KnowledgeStore, entity: str | None = None) -> list[Decision]:
    """All decisions, newest first; with `entity`, those that concern it."""
    out = load_decisions(ks.store)[::-1]
    if entity:
        out = [d for d in out if entity in d.used or entity == d.generated]
    return out


__all__ = [
    "MAX_GRAPHS",
    "CurationConflictError",
    "CurationError",
    "CurationNotFoundError",
    "CurationTooLargeError",
    "decisions",
    "entity_info",
    "fact_graph",
    "graph_of_article",
    "merge",
    "split",
    "undo",
    "wrong",
]
