"""Read-model records to API response models (service.schemas).

The response models are frozen, so the parts every lookup shares are built once per read model and
reused: the link of every entity and article, the evidence of every fact, the summary of every entity,
each entity's article list, newest first, and its long fact lists in the order a detail answer shows
them (an organization's member rows sorted by name, an event's talks and topics, a person's facts by
kind). A detail lookup then only wraps the first entries of its own entity's lists: its work does not
grow with the store, however many facts an entity gathers. The service builds `Views` once
(service/live.py): about 0.7 s and 60 MB on 10,000 articles (40 MB of it the evidence, which saves
0.1-0.2 ms per detail lookup; measured before the fact lists were kept); a write makes the views of
the next read model with `updated`, which rebuilds only the parts the change reached (the fact lists
of the entities it reaches, see `_update_lists`).
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, overload

from service import schemas as s
from service.cowmap import CowMap
from service.readmodel.model import ReadModel
from service.readmodel.records import API_KINDS, KIND_PATHS, ArticleRec, Entity, Ev, Fact, newest_first
from service.readmodel.update import Delta

MemberRow = tuple[s.EntityRef, Fact, list[s.EvidenceOut]]  # a member, the fact shown, all its evidence
EntityLists = dict[str, list[Any]]
# The fact lists of a person's detail answer (and their paged sub-resources): field -> fact kind.
PERSON_LISTS = {
    "role_facts": "role",
    "affiliations": "affiliation",
    "talks": "talk",
    "projects": "project",
    "quotes": "quote",
}


def entity_ref(e: Entity) -> s.EntityRef:
    return s.EntityRef(
        kind=API_KINDS[e.kind],
        id=e.id,
        name=e.name,
        iri=e.iri,
        link=f"/{KIND_PATHS[e.kind]}/{e.id}",
    )


def article_ref(a: ArticleRec) -> s.ArticleRef:
    return s.ArticleRef(id=a.id, title=a.title, url=a.url, published=a.published, link=f"/articles/{a.id}")


class ArticleList(Sequence[s.ArticleRef]):
    """Links to articles, newest first: IRIs kept sorted, each made a link when read (pages slice it)."""

    def __init__(self, iris: list[str], refs: Mapping[str, s.ArticleRef]) -> None:
        self.iris, self._refs = iris, refs

    def __len__(self) -> int:
        return len(self.iris)

    @overload
    def __getitem__(self, i: int) -> s.ArticleRef: ...
    @overload
    def __getitem__(self, i: slice) -> list[s.ArticleRef]: ...
    def __getitem__(self, i: int | slice) -> s.ArticleRef | list[s.ArticleRef]:
        if isinstance(i, slice):
            return [self._refs[a] for a in self.iris[i]]
        return self._refs[self.iris[i]]


class Views:
    """Builds response models from one read model (see the module docstring for what is shared)."""

    def __init__(self, model: ReadModel, delta: Delta | None = None) -> None:
        self.m = model
        # CowMaps: `updated` copies them for the next model at the cost of what the write changes
        self._refs: CowMap[str, s.EntityRef] = CowMap()
        self._article_refs: CowMap[str, s.ArticleRef] = CowMap()
        self._evidence: CowMap[str, list[s.EvidenceOut]] = CowMap()
        self._articles_of: CowMap[str, list[str]] = CowMap()  # entity IRI -> article IRIs, newest first
        self._summaries: CowMap[str, s.Model] = CowMap()
        # entity IRI -> its long lists (`_lists_of`): member rows, talks and topics, facts by kind
        self._lists: CowMap[str, EntityLists] = CowMap()
        self._update(None, delta)

    def updated(self, model: ReadModel, delta: Delta) -> Views:
        """The views of `model`, the model after `delta`: a new object sharing what did not change."""
        out = copy.copy(self)
        out.m = model
        out._refs, out._article_refs = self._refs.copy(), self._article_refs.copy()
        out._evidence, out._articles_of = self._evidence.copy(), self._articles_of.copy()
        out._summaries, out._lists = self._summaries.copy(), self._lists.copy()
        out._update(self.m, delta)
        return out

    def _update(self, old: ReadModel | None, delta: Delta | None) -> None:
        """Rebuild the shared parts `delta` touched (all of them without a delta)."""
        m = self.m
        facts: Mapping[str, Fact]
        if delta is None:
            entities, articles, facts = set(m.entities), set(m.articles), m.facts
            summaries = set(m.entities)
            gone_facts: set[str] = set()
            gone_articles: set[str] = set()
        else:
            # every entity a changed graph touched: its facts or the records of its articles may have
            # changed even where its own record did not
            entities = delta.touched | delta.entities
            articles, facts = delta.articles_added, delta.facts_added
            gone_facts, gone_articles = set(delta.facts_removed), delta.articles_removed
            summaries = entities | delta.parents_changed | delta.events_changed
            for d in delta.display:
                summaries |= {f.subject for f in m.by_object.get(d, ())}
                summaries.update(m.units.get(d, ()), m.organized_by.get(d, ()), m.placed_at.get(d, ()))
        for a in gone_articles:
            self._article_refs.pop(a, None)
        for a in articles:
            self._article_refs[a] = article_ref(m.articles[a])
        for iri in gone_facts:
            self._evidence.pop(iri, None)
        for iri, f in facts.items():
            self._evidence[iri] = self.evidence(f.evidence)
        new_refs: set[str] = set()  # entities whose link came, went or changed (name, id)
        for iri in entities:
            e = m.entities.get(iri)
            before = self._refs.get(iri)
            if e is None:
                self._refs.pop(iri, None)
                self._articles_of.pop(iri, None)
            else:
                self._refs[iri] = entity_ref(e)
                self._articles_of[iri] = self._article_iris(e, old)
            if before != self._refs.get(iri):
                new_refs.add(iri)
        self._update_lists(delta, entities, new_refs)
        summary = {
            "person": self.person_summary,
            "org": self.org_summary,
            "project": self.project_summary,
            "event": self.event_summary,
        }
        for iri in summaries:
            self._summaries.pop(iri, None)
        for iri in summaries:
            e = m.entities.get(iri)
            if e is not None and e.kind in summary:
                self._summaries[iri] = summary[e.kind](e)

    def _update_lists(self, delta: Delta | None, entities: set[str], new_refs: set[str]) -> None:
        """Remake the long lists of the entities a change reached: those with facts added or removed
        (either end of the fact), those a changed graph touched, and those with a fact about an entity
        whose link changed (its name sorts the members, a gone one drops out). All of them on a full
        build."""
        m = self.m
        if delta is None:
            todo = set(m.entities)
        else:
            todo = set(entities)
            for f in [*delta.facts_added.values(), *delta.facts_removed.values()]:
                todo.add(f.subject)
                if f.object:
                    todo.add(f.object)
            for iri in new_refs:
                todo.update(f.subject for f in m.by_object.get(iri, ()))
                todo.update(f.object for f in m.by_subject.get(iri, ()) if f.object)
        for iri in todo:
            e = m.entities.get(iri)
            lists = self._lists_of(e) if e is not None else None
            if lists:
                self._lists[iri] = lists
            else:
                self._lists.pop(iri, None)

    def _lists_of(self, e: Entity) -> EntityLists | None:
        """The long lists of `e`'s detail answer, in the order it shows them (None: no such list)."""
        if e.kind == "org":
            rows = self._build_member_rows(e.iri)
            return {"members": rows} if rows else None
        if e.kind == "event":
            talks = [f for f in self.m.facts_about(e.iri, ["talk"]) if self.ref(f.subject)]
            topics = sorted({f.label for f in talks if f.label})
            return {"talks": talks, "topics": topics} if talks else None
        if e.kind == "person":
            by = self._person_facts(e)
            return {kind: facts for kind, facts in by.items() if facts} or None
        return None

    def _list(self, iri: str, name: str) -> list[Any]:
        lists = self._lists.get(iri)
        return lists.get(name, []) if lists else []

    def _article_iris(self, e: Entity, old: ReadModel | None) -> list[str]:
        """The articles citing `e`, newest first: the old list edited when it is long, else sorted."""
        before = self._articles_of.get(e.iri)
        articles = self.m.articles
        if old is None or before is None or len(before) < 64:
            return sorted(e.articles, key=lambda a: newest_first(articles[a]))
        previous = old.entities.get(e.iri)
        was = previous.articles if previous is not None else frozenset()
        out = list(before)
        for a in was - e.articles | {a for a in was & e.articles if articles[a] is not old.articles[a]}:
            k = newest_first(old.articles[a])
            i = bisect.bisect_left(out, k, key=lambda x: newest_first(old.articles[x]))
            if i < len(out) and out[i] == a:
                del out[i]
        for a in e.articles - set(out):
            bisect.insort(out, a, key=lambda x: newest_first(articles[x]))
        return out

    def ref(self, iri: str | None) -> s.EntityRef | None:
        return self._refs.get(iri) if iri else None

    def article(self, iri: str | None) -> s.ArticleRef | None:
        return self._article_refs.get(iri) if iri else None

    def evidence(self, evs: list[Ev]) -> list[s.EvidenceOut]:
        return [
            s.EvidenceOut(
                sentence=ev.sentence,
                start=ev.start,
                end=ev.end,
                confidence=ev.confidence,
                article=self.article(ev.article),
            )
            for ev in evs
        ]

    def fact_evidence(self, f: Fact) -> list[s.EvidenceOut]:
        """The evidence of a fact of this model (built once), else built now."""
        hit = self._evidence.get(f.iri)
        return hit if hit is not None else self.evidence(f.evidence)

    def cited_in(self, e: Entity, limit: int | None) -> dict[str, Any]:
        """`articles` (the newest `limit`) and `articles_total` of an entity's detail answer."""
        articles = self.articles_of(e)
        return {"articles": articles[:limit], "articles_total": len(articles)}

    def articles(self, iris: Iterable[str]) -> list[s.ArticleRef]:
        """Links to the articles `iris`, newest first."""
        arts = sorted((self.m.articles[i] for i in iris if i in self.m.articles), key=newest_first)
        return [self._article_refs.get(a.iri) or article_ref(a) for a in arts]

    def articles_of(self, e: Entity) -> Sequence[s.ArticleRef]:
        """Links to the articles that mention `e`, newest first."""
        hit = self._articles_of.get(e.iri)
        return ArticleList(hit, self._article_refs) if hit is not None else self.articles(e.articles)

    def role_text(self, f: Fact) -> str:
        org = self.m.entities.get(f.object) if f.object else None
        return f"{f.label} ({org.name})" if org else f.label

    def _summary(self, e: Entity) -> s.Model | None:
        return self._summaries.get(e.iri)

    # -- persons ----------------------------------------------------------------------------------

    def person_summary(self, e: Entity) -> s.PersonSummary:
        hit = self._summary(e)
        if isinstance(hit, s.PersonSummary):
            return hit
        facts = self.m.facts_of(e.iri, ["role", "affiliation"])
        orgs = list(dict.fromkeys(f.object for f in facts if f.object))
        return s.PersonSummary(
            id=e.id,
            name=e.name,
            iri=e.iri,
            link=f"/persons/{e.id}",
            aliases=sorted(e.aliases),
            titles=sorted(e.titles),
            roles=sorted({self.role_text(f) for f in facts if f.kind == "role"}),
            organizations=[r for r in map(self.ref, orgs) if r],
        )

    def _person_facts(self, e: Entity) -> dict[str, list[Fact]]:
        """A person's facts by kind (`PERSON_LISTS`), in the order read; affiliations and project links
        only where the organization or project is known."""
        by: dict[str, list[Fact]] = {k: [] for k in PERSON_LISTS.values()}
        for f in self.m.by_subject.get(e.iri, ()):
            if f.kind in by and (f.kind not in ("affiliation", "project") or self.ref(f.object)):
                by[f.kind].append(f)
        return by

    def person_facts(self, e: Entity, field: str) -> list[Fact]:
        """The facts of the list `field` of `e`'s detail answer (a key of `PERSON_LISTS`), in order."""
        return self._list(e.iri, PERSON_LISTS[field])

    def person_fact(self, field: str, f: Fact) -> s.Model:
        """One entry of the list `field` of a person's detail answer."""
        ev = self.fact_evidence(f)
        if field == "role_facts":
            return s.RoleOut(
                role=f.label, role_key=f.role_key, organization=self.ref(f.object), time=f.time, evidence=ev
            )
        if field == "affiliations":
            org = self.ref(f.object)
            assert org is not None
            return s.AffiliationOut(organization=org, evidence=ev)
        if field == "talks":
            return s.TalkOut(event=self.ref(f.object), topic=f.label or None, evidence=ev)
        if field == "projects":
            project = self.ref(f.object)
            assert project is not None
            return s.ProjectLinkOut(project=project, relation=f.label or None, evidence=ev)
        return s.QuoteOut(quote=f.label, form=f.form or "direct", evidence=ev)

    def person_detail(
        self, e: Entity, articles_limit: int | None = None, facts_limit: int | None = None
    ) -> s.PersonDetail:
        """Each fact list cut at `facts_limit` (all if None), with its `*_total`: built for the entries
        shown only (a person of a large store can have thousands of facts)."""
        lists: dict[str, Any] = {}
        for name in PERSON_LISTS:
            facts = self.person_facts(e, name)
            lists[name] = [self.person_fact(name, f) for f in facts[:facts_limit]]
            lists[f"{name}_total"] = len(facts)
        return s.PersonDetail(**dict(self.person_summary(e)), **lists, **self.cited_in(e, articles_limit))

    # -- organizations ----------------------------------------------------------------------------

    def members(self, iri: str, limit: int | None = None) -> list[s.MemberOut]:
        """Members of an organization, sorted by name: one entry per person and role (with the
        evidence of every article that states it); a bare affiliation only for a person without a role.
        The first `limit` of them (all if None)."""
        return [self._member_out(*row) for row in self._member_rows(iri)[:limit]]

    def _member_rows(self, iri: str) -> list[MemberRow]:
        """`members` before their answer records are built, sorted (kept per organization, remade when a
        write reaches it), so that a detail answer builds just the entries it shows (an organization can
        have thousands)."""
        return self._list(iri, "members")

    def _build_member_rows(self, iri: str) -> list[MemberRow]:
        facts = [f for f in self.m.facts_about(iri, ["role", "affiliation"]) if self.ref(f.subject)]
        groups: dict[tuple[str, str | None, str | None], tuple[Fact, list[s.EvidenceOut]]] = {}
        first_role: dict[str, tuple[str, str | None, str | None]] = {}  # person -> their first entry
        for f in sorted(facts, key=lambda f: f.kind != "role"):  # roles first: affiliations join them
            if f.kind == "role":
                key = (f.subject, f.role_key or f.label or None, f.time)
                first_role.setdefault(f.subject, key)
            else:
                key = first_role.get(f.subject, (f.subject, None, None))
            groups.setdefault(key, (f, []))[1].extend(self.fact_evidence(f))
        rows = [(person, f, evidence) for f, evidence in groups.values() if (person := self.ref(f.subject))]
        return sorted(rows, key=lambda r: (r[0].name, (r[1].label or "") if r[1].kind == "role" else ""))

    @staticmethod
    def _member_out(person: s.EntityRef, f: Fact, evidence: list[s.EvidenceOut]) -> s.MemberOut:
        role = f.kind == "role"
        return s.MemberOut(
            person=person,
            role=(f.label or None) if role else None,
            role_key=f.role_key if role else None,
            time=f.time if role else None,
            evidence=evidence,
        )

    def org_summary(self, e: Entity) -> s.OrganizationSummary:
        hit = self._summary(e)
        if isinstance(hit, s.OrganizationSummary):
            return hit
        parents = self.m.parents.get(e.iri, ())
        members = {f.subject for f in self.m.facts_about(e.iri, ["role", "affiliation"])}
        return s.OrganizationSummary(
            id=e.id,
            name=e.name,
            iri=e.iri,
            link=f"/organizations/{e.id}",
            aliases=sorted(e.aliases),
            parent=self.ref(parents[0]) if parents else None,
            member_count=len(members),
        )

    def org_detail(
        self, e: Entity, members_limit: int | None = None, articles_limit: int | None = None
    ) -> s.OrganizationDetail:
        events = self.m.organized_by.get(e.iri, ())
        members = self._member_rows(e.iri)
        return s.OrganizationDetail(
            **dict(self.org_summary(e)),
            parents=[r for r in map(self.ref, self.m.ancestors(e.iri)) if r],
            units=sorted((r for r in map(self.ref, self.m.units.get(e.iri, ())) if r), key=lambda r: r.name),
            members=[self._member_out(*row) for row in members[:members_limit]],
            members_total=len(members),
            events=[r for r in map(self.ref, events) if r],
            **self.cited_in(e, articles_limit),
        )

    # -- projects and events ----------------------------------------------------------------------

    def project_summary(self, e: Entity) -> s.ProjectSummary:
        hit = self._summary(e)
        if isinstance(hit, s.ProjectSummary):
            return hit
        people = {f.subject for f in self.m.facts_about(e.iri, ["project"])}
        return s.ProjectSummary(
            id=e.id,
            name=e.name,
            iri=e.iri,
            link=f"/projects/{e.id}",
            aliases=sorted(e.aliases),
            person_count=len(people),
        )

    def project_detail(self, e: Entity, articles_limit: int | None = None) -> s.ProjectDetail:
        people = [
            s.ProjectPersonOut(person=p, relation=f.label or None, evidence=self.fact_evidence(f))
            for f in self.m.facts_about(e.iri, ["project"])
            if (p := self.ref(f.subject))
        ]
        return s.ProjectDetail(
            **dict(self.project_summary(e)),
            people=people,
            **self.cited_in(e, articles_limit),
        )

    def event_summary(self, e: Entity) -> s.EventSummary:
        hit = self._summary(e)
        if isinstance(hit, s.EventSummary):
            return hit
        place = self.m.entities.get(self.m.place.get(e.iri, ""))
        speakers = {f.subject for f in self.m.facts_about(e.iri, ["talk"])}
        return s.EventSummary(
            id=e.id,
            name=e.name,
            iri=e.iri,
            link=f"/events/{e.id}",
            aliases=sorted(e.aliases),
            organizer=self.ref(self.m.organizer.get(e.iri)),
            location=place.name if place else None,
            speaker_count=len(speakers),
        )

    def event_detail(
        self, e: Entity, articles_limit: int | None = None, speakers_limit: int | None = None
    ) -> s.EventDetail:
        """Builds only the speakers it shows: an event of a large store has hundreds of talks."""
        talks = self.speakers(e)
        shown = talks if speakers_limit is None else talks[:speakers_limit]
        topics = self._list(e.iri, "topics")
        return s.EventDetail(
            **dict(self.event_summary(e)),
            speakers=[self.speaker(f) for f in shown],
            speakers_total=len(talks),
            topics=topics if speakers_limit is None else topics[:speakers_limit],
            **self.cited_in(e, articles_limit),
        )

    def speakers(self, e: Entity) -> list[Fact]:
        """The talks of an event whose speaker is known, in the order read (GET /events/{id}/speakers);
        kept per event, remade when a write reaches it."""
        return self._list(e.iri, "talks")

    def speaker(self, f: Fact) -> s.SpeakerOut:
        person = self.ref(f.subject)
        assert person is not None
        return s.SpeakerOut(person=person, topic=f.label or None, evidence=self.fact_evidence(f))

    # -- articles ---------------------------------------------------------------------------------

    def fact(self, f: Fact) -> s.FactOut | None:
        subject = self.ref(f.subject)
        if subject is None:
            return None
        label = f.label or {"affiliation": "Mitglied", "talk": "Vortrag"}.get(f.kind, f.kind)
        return s.FactOut(
            kind=f.kind,
            subject=subject,
            label=label,
            object=self.ref(f.object),
            time=f.time,
            evidence=self.fact_evidence(f),
        )

    def article_summary(self, a: ArticleRec) -> s.ArticleSummary:
        return s.ArticleSummary(**dict(self.article(a.iri) or article_ref(a)))

    def article_detail(self, a: ArticleRec) -> s.ArticleDetail:
        ents = sorted((r for r in map(self.ref, a.entities) if r), key=lambda r: (r.kind, r.name))
        facts = [fo for f in self.m.by_article.get(a.iri, ()) if (fo := self.fact(f))]
        return s.ArticleDetail(**dict(self.article(a.iri) or article_ref(a)), entities=ents, facts=facts)
