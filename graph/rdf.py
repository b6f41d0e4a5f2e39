"""Facts of one article -> RDF quads in the article's named graph, with provenance on every fact node."""

from __future__ import annotations

import logging
import re
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad

from corpus.article import Article
from graph.errors import FactsError
from graph.normalize import clean, role_concept
from graph.resolve import Match, Resolved, Resolver
from graph.vocab import (
    DCTERMS,
    ENTITIES_GRAPH,
    ID,
    KG,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    article_iri,
    entity_iri,
    graph_iri,
    short_hash,
    slug,
)
from nlp.facts import Evidence, Facts

logger = logging.getLogger(__name__)

RDF_MODEL_VERSION = "5"  # bump when the mapping changes, so unchanged articles are rewritten
PART_OF_CONFIDENCE = 0.9  # part-of is read from the organization's own name/mention, not scored by nlp


ENTITIES = NamedNode(ENTITIES_GRAPH)


@cache
def N(iri: str) -> NamedNode:  # noqa: N802 - short constructor name keeps the triples readable
    return NamedNode(str(iri))


def document_key(article: Article) -> str:
    """Identity of a document across versions: its URL if known, else its id (content hash or given)."""
    if article.url:
        return "u" + short_hash(article.url.strip())
    return slug(article.id) or short_hash(article.id)


def fingerprint(article: Article, facts: Facts, pipeline_version: str) -> str:
    """Equal fingerprints mean re-ingesting would write the same statements."""
    meta = (article.url, article.title, article.published, article.id)
    return short_hash(
        RDF_MODEL_VERSION, article.content_hash, meta, facts.model_dump_json(), pipeline_version
    )


def _sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:start])), default=0)
    m = re.search(r"[.!?](?=\s|$)|\n", text[end:])
    right = end + m.end() if m else len(text)
    return left, right


class _Builder:
    def __init__(self, article: Article, facts: Facts, version: str, resolver: Resolver) -> None:
        self.article, self.facts, self.resolver = article, facts, resolver
        self.doc = document_key(article)
        self.g = N(graph_iri(self.doc))
        self.a = N(article_iri(self.doc))
        self.activity = N(f"{ID}activity/{self.doc}-{slug(version)}")
        self.quads: list[Quad] = []
        self.names: dict[tuple[str, str], Resolved] = {}
        self.spans: dict[str, set[tuple[int, int]]] = {}  # entity IRI -> its mentions in the text
        self.targets: dict[tuple[int, int, str], NamedNode] = {}  # evidence sentences stated so far
        self._version = version

    def add(self, s: str | NamedNode, p: object, o: object, graph: NamedNode | None = None) -> None:
        subj = s if isinstance(s, NamedNode) else N(s)
        obj = o if isinstance(o, Literal | NamedNode) else N(str(o))
        self.quads.append(Quad(subj, N(str(p)), obj, graph or self.g))

    def shared(self, s: NamedNode, p: object, o: object) -> None:
        """A statement of the shared entities graph: the same for every article mentioning `s`."""
        self.add(s, p, o, ENTITIES)

    def entity(self, kind: str, res: Resolved, types: list[object], surfaces: list[str]) -> NamedNode:
        e = N(res.iri)
        for t in types:
            if t == ORG.OrganizationalUnit:
                self.add(e, RDF.type, t)  # read from this article's part-of, so it lives with it
            else:
                self.shared(e, RDF.type, t)
        self.shared(e, RDFS.label, Literal(res.label))
        self.shared(e, SKOS.prefLabel, Literal(res.label))
        for alt in sorted({clean(s) for s in surfaces if s.strip()} - {res.label}):
            self.add(e, SKOS.altLabel, Literal(alt))
        self.add(self.a, SCHEMA.mentions, e)
        for m in res.matches:
            self.match(m)
        return e

    def mentioned(self, res: Resolved, mentions: list[tuple[int, int]]) -> None:
        """Remember where the text names an entity (spans outside the text are dropped)."""
        size = len(self.article.text)
        ok = {(s, e) for s, e in mentions if 0 <= s < e <= size}
        if ok:
            self.spans.setdefault(res.iri, set()).update(ok)

    def mention_spans(self) -> None:
        """One `kg:mentionSpans` literal on the article, a line per entity: its IRI after the ID base,
        then its spans in text order ("person/eleonore-baj 0-12 80-83"). One literal per article
        costs about 1 KB of store per article; a literal per entity cost 4.9 KB (13 more quads)."""
        lines = [
            f"{iri.removeprefix(ID)} " + " ".join(f"{s}-{e}" for s, e in sorted(spans))
            for iri, spans in sorted(self.spans.items())
        ]
        if lines:
            self.add(self.a, KG.mentionSpans, Literal("\n".join(lines)))

    def match(self, m: Match) -> None:
        node = N(entity_iri("match", short_hash(self.doc, m.mention, m.entity)))
        self.add(node, RDF.type, KG.EntityMatch)
        self.add(node, KG.mention, Literal(m.mention))
        self.add(node, KG.matchedEntity, N(m.entity))
        self.add(node, KG.matchScore, Literal(float(m.score)))
        self.add(node, KG.matchMethod, Literal(m.method))
        self.add(node, KG.matchReason, Literal(m.reason, language="de"))
        self.add(node, PROV.wasDerivedFrom, self.a)

    def fact(self, kind: str, parts: tuple[object, ...], types: list[object], ev: Evidence) -> NamedNode:
        if not ev.start <= ev.end <= len(self.article.text):
            raise FactsError(
                f"evidence span {ev.start}-{ev.end} of a {kind} lies outside the text of article "
                f"{self.article.id} ({len(self.article.text)} characters); extract the facts from this "
                "article's text"
            )
        iri = entity_iri(kind, short_hash(self.doc, *parts, ev.start, ev.end))
        node = N(iri)
        for t in types:
            self.add(node, RDF.type, t)
        self.add(node, PROV.wasDerivedFrom, self.a)
        self.add(node, KG.confidence, Literal(float(ev.confidence)))
        self.add(node, KG.evidence, self.evidence(ev))
        return node

    def evidence(self, ev: Evidence) -> NamedNode:
        """The annotation target of a sentence of this article: stated once, whatever number of facts
        were read from it (real articles state about two facts per evidence sentence, and these nine
        statements were a third of an article's quads when each fact had its own)."""
        key = (ev.start, ev.end, ev.sentence)
        target = self.targets.get(key)
        if target is not None:
            return target
        iri = f"{ID}evidence/{self.doc}-{short_hash(ev.start, ev.end, ev.sentence)}"
        target, pos, quote = N(iri), N(iri + "#position"), N(iri + "#quote")
        self.targets[key] = target
        self.add(target, RDF.type, OA.SpecificResource)
        self.add(target, OA.hasSource, self.a)
        self.add(target, OA.hasSelector, pos)
        self.add(target, OA.hasSelector, quote)
        self.add(pos, RDF.type, OA.TextPositionSelector)
        self.add(pos, OA.start, Literal(ev.start))
        self.add(pos, OA.end, Literal(ev.end))
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(ev.sentence))
        return target

    def ref(self, kind: str, name: str | None) -> Resolved | None:
        """The resolved entity a relation names, created on the fly if the facts did not list it."""
        if name is None or not name.strip():
            return None
        hit = self.names.get((kind, clean(name)))
        if hit is not None:
            return hit
        if kind == "person":
            res = self.resolver.person(name)
            self.entity(kind, res, [SCHEMA.Person], [name])
        elif kind == "org":
            res = self.resolver.organization(name)
            self.entity(kind, res, [ORG.Organization, SCHEMA.Organization], [name])
        else:
            res = self.resolver.simple(kind, name)
            self.entity(kind, res, [_TYPES[kind]], [name])
        self.names[(kind, clean(name))] = res
        return res

    def remember(self, kind: str, res: Resolved, labels: list[str]) -> None:
        for label in labels:
            self.names.setdefault((kind, clean(label)), res)


_TYPES = {"project": SCHEMA.Project, "event": SCHEMA.Event, "place": SCHEMA.Place}


def article_quads(article: Article, facts: Facts, *, pipeline_version: str, resolver: Resolver) -> list[Quad]:
    """All statements of one article, in its named graph; entities resolved (and registered) on the way."""
    b = _Builder(article, facts, pipeline_version, resolver)
    _article(b, pipeline_version, fingerprint(article, facts, pipeline_version))
    for p in facts.persons:
        res = resolver.person(p.name, p.aliases)
        e = b.entity("person", res, [SCHEMA.Person], [p.name, *p.aliases])
        for title in p.titles:
            b.add(e, SCHEMA.honorificPrefix, Literal(title))
        b.remember("person", res, [p.name, *p.aliases])
        b.mentioned(res, p.mentions)
    _organizations(b)
    for kind, items in (("place", facts.locations), ("project", facts.projects)):
        for item in items:
            aliases = getattr(item, "aliases", [])
            res = resolver.simple(kind, item.name, aliases)
            b.entity(kind, res, [_TYPES[kind]], [item.name, *aliases])
            b.remember(kind, res, [item.name, *aliases])
            b.mentioned(res, item.mentions)
    for ev in facts.events:
        res = resolver.simple("event", ev.name, ev.aliases)
        e = b.entity("event", res, [SCHEMA.Event], [ev.name, *ev.aliases])
        b.remember("event", res, [ev.name, *ev.aliases])
        b.mentioned(res, ev.mentions)
        if (org := b.ref("org", ev.organizer)) is not None:
            b.add(e, SCHEMA.organizer, N(org.iri))
        if (place := b.ref("place", ev.location)) is not None:
            b.add(e, SCHEMA.location, N(place.iri))
    _relations(b)
    b.mention_spans()
    return list(dict.fromkeys(b.quads))  # two records resolved to one node state its labels once


def _article(b: _Builder, version: str, fp: str) -> None:
    art = b.article
    b.add(b.a, RDF.type, SCHEMA.NewsArticle)
    b.add(b.a, RDFS.label, Literal(art.title or art.url or art.id))
    b.add(b.a, DCTERMS.identifier, Literal(art.id))
    b.add(b.a, KG.contentHash, Literal(art.content_hash))
    b.add(b.a, KG.fingerprint, Literal(fp))
    b.add(b.a, SCHEMA.wordCount, Literal(len(art.text.split())))
    b.add(b.a, SCHEMA.articleBody, Literal(art.text))  # the text the offsets of the evidence point into
    if art.url:
        b.add(b.a, SCHEMA.url, Literal(art.url, datatype=N(str(XSD.anyURI))))
    if art.title:
        b.add(b.a, SCHEMA.headline, Literal(art.title, language="de"))
    if art.published:
        b.add(b.a, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=N(str(XSD.date))))
    agent = N(f"{ID}agent/{slug(version)}")
    b.add(b.activity, RDF.type, PROV.Activity)
    b.add(b.activity, PROV.used, b.a)
    b.add(b.activity, PROV.wasAssociatedWith, agent)
    b.add(agent, RDF.type, PROV.SoftwareAgent)
    b.add(agent, RDFS.label, Literal(f"kg-de pipeline {version}"))
    b.add(agent, SCHEMA.softwareVersion, Literal(version))


def _organizations(b: _Builder) -> None:
    """Parents before units, so a unit's key can be scoped by its resolved parent."""
    orgs = {clean(o.name): o for o in b.facts.organizations}
    done: dict[str, Resolved] = {}

    def visit(name: str, stack: tuple[str, ...]) -> Resolved | None:
        if name in done:
            return done[name]
        o = orgs.get(name)
        if o is None:
            return b.ref("org", name)
        parent = (
            visit(clean(o.part_of), (*stack, name)) if o.part_of and clean(o.part_of) not in stack else None
        )
        res = b.resolver.organization(o.name, o.aliases, parent.iri if parent else None)
        types: list[object] = [ORG.Organization, SCHEMA.Organization]
        if parent is not None:
            types.append(ORG.OrganizationalUnit)
        e = b.entity("org", res, types, [o.name, *o.aliases])
        b.remember("org", res, [o.name, *o.aliases])
        b.mentioned(res, o.mentions)
        done[name] = res
        if parent is not None and parent.iri != res.iri:
            b.add(e, ORG.subOrganizationOf, N(parent.iri))
            _part_of_fact(b, o.name, o.mentions, res, parent)
        return res

    for name in orgs:
        visit(name, ())


def _part_of_fact(
    b: _Builder, name: str, mentions: list[tuple[int, int]], unit: Resolved, parent: Resolved
) -> None:
    text = b.article.text
    span = mentions[0] if mentions else None
    if span is None and (i := text.find(name)) >= 0:
        span = (i, i + len(name))
    if span is None:
        logger.debug("no evidence for part-of of %r in %s", name, b.article.id)
        return
    start, end = _sentence_at(text, *span)
    ev = Evidence(sentence=text[start:end].strip(), start=start, end=end, confidence=PART_OF_CONFIDENCE)
    node = b.fact(
        "partof",
        (unit.iri, parent.iri),
        [RDF.Statement],
        ev,
    )
    b.add(node, RDF.subject, N(unit.iri))
    b.add(node, RDF.predicate, ORG.subOrganizationOf)
    b.add(node, RDF.object, N(parent.iri))


def _relations(b: _Builder) -> None:
    f = b.facts
    with_role = set()
    for r in f.roles:
        person = _need(b.ref("person", r.person), "role", r.person)
        key, label, (masc, fem) = role_concept(r.role, r.role_key)
        concept = N(entity_iri("role", key.replace("_", " ")))
        b.shared(concept, RDF.type, SKOS.Concept)
        b.shared(concept, SKOS.inScheme, N(f"{ID}scheme/roles"))
        b.shared(concept, SKOS.prefLabel, Literal(label, language="de"))
        b.shared(concept, RDFS.label, Literal(label, language="de"))
        b.add(b.a, SCHEMA.mentions, concept)
        for alt in sorted({masc, fem, clean(r.role)} - {label}):
            b.add(concept, SKOS.altLabel, Literal(alt, language="de"))
        org = b.ref("org", r.organization)
        parts = (person.iri, org.iri if org else "", key, r.role)
        if org is not None:
            node = b.fact(
                "membership",
                parts,
                [ORG.Membership],
                r.evidence,
            )
            b.add(node, ORG.member, N(person.iri))
            b.add(node, ORG.organization, N(org.iri))
            with_role.add((person.iri, org.iri))
        else:
            node = b.fact("position", parts, [KG.Position], r.evidence)
            b.add(node, KG.holder, N(person.iri))
        b.add(node, ORG.role, concept)
        b.add(node, SCHEMA.jobTitle, Literal(clean(r.role), language="de"))
        if r.time:
            b.add(node, KG.timeHint, Literal(r.time, language="de"))
    for a in f.affiliations:
        person = _need(b.ref("person", a.person), "affiliation", a.person)
        org = _need(b.ref("org", a.organization), "affiliation", a.organization)
        if (person.iri, org.iri) in with_role:
            continue  # the role's membership already states this link
        with_role.add((person.iri, org.iri))
        node = b.fact(
            "membership",
            (person.iri, org.iri),
            [ORG.Membership],
            a.evidence,
        )
        b.add(node, ORG.member, N(person.iri))
        b.add(node, ORG.organization, N(org.iri))
    _talks_quotes_links(b)


def _talks_quotes_links(b: _Builder) -> None:
    f = b.facts
    for s in f.speakers:
        person = _need(b.ref("person", s.person), "talk", s.person)
        event = b.ref("event", s.event)
        node = b.fact(
            "talk",
            (person.iri, event.iri if event else "", s.topic or ""),
            [SCHEMA.Event],
            s.evidence,
        )
        b.add(node, SCHEMA.performer, N(person.iri))
        if event is not None:
            b.add(node, SCHEMA.superEvent, N(event.iri))
        if s.topic:
            project = b.names.get(("project", clean(s.topic)))
            b.add(node, SCHEMA.about, N(project.iri) if project else Literal(clean(s.topic), language="de"))
    for q in f.quotes:
        person = _need(b.ref("person", q.person), "quote", q.person)
        node = b.fact(
            "quote",
            (person.iri, q.quote),
            [SCHEMA.Quotation],
            q.evidence,
        )
        b.add(node, PROV.wasAttributedTo, N(person.iri))
        b.add(node, SCHEMA.text, Literal(q.quote, language="de"))
        b.add(node, KG.quoteForm, Literal(q.form))
    for link in f.project_links:
        person = _need(b.ref("person", link.person), "project link", link.person)
        project = _need(b.ref("project", link.project), "project link", link.project)
        relation = N(entity_iri("relation", slug(link.relation).replace("-", " ") or "related"))
        b.shared(relation, RDF.type, SKOS.Concept)
        b.shared(relation, RDF.type, PROV.Role)
        b.shared(relation, SKOS.prefLabel, Literal(link.relation, language="de"))
        b.shared(relation, RDFS.label, Literal(link.relation, language="de"))
        b.add(b.a, SCHEMA.mentions, relation)
        node = b.fact(
            "attribution",
            (person.iri, project.iri, link.relation),
            [PROV.Attribution],
            link.evidence,
        )
        b.add(node, PROV.agent, N(person.iri))
        b.add(node, PROV.hadRole, relation)
        b.add(N(project.iri), PROV.qualifiedAttribution, node)
        b.add(N(project.iri), PROV.wasAttributedTo, N(person.iri))


def _need(res: Resolved | None, what: str, name: str | None) -> Resolved:
    if res is None:
        raise FactsError(f"a {what} names an empty entity ({name!r}); fix or drop that record in the facts")
    return res
