"""Read-model records to API response models (service.schemas)."""

from __future__ import annotations

from service import schemas as s
from service.readmodel.model import ReadModel
from service.readmodel.records import API_KINDS, KIND_PATHS, ArticleRec, Entity, Ev, Fact


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


class Views:
    """Builds response models from one read model."""

    def __init__(self, model: ReadModel) -> None:
        self.m = model

    def ref(self, iri: str | None) -> s.EntityRef | None:
        e = self.m.entities.get(iri) if iri else None
        return entity_ref(e) if e else None

    def evidence(self, evs: list[Ev]) -> list[s.EvidenceOut]:
        out = []
        for ev in evs:
            art = self.m.articles.get(ev.article) if ev.article else None
            out.append(
                s.EvidenceOut(
                    sentence=ev.sentence,
                    start=ev.start,
                    end=ev.end,
                    confidence=ev.confidence,
                    article=article_ref(art) if art else None,
                )
            )
        return out

    def articles(self, iris: set[str]) -> list[s.ArticleRef]:
        arts = [self.m.articles[i] for i in iris if i in self.m.articles]
        arts.sort(key=lambda a: (a.published is None, a.published and -a.published.toordinal(), a.id))
        return [article_ref(a) for a in arts]

    def role_text(self, f: Fact) -> str:
        org = self.m.entities.get(f.object) if f.object else None
        return f"{f.label} ({org.name})" if org else f.label

    # -- persons ----------------------------------------------------------------------------------

    def person_summary(self, e: Entity) -> s.PersonSummary:
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

    def person_detail(self, e: Entity) -> s.PersonDetail:
        summary = self.person_summary(e)
        facts = self.m.by_subject.get(e.iri, [])
        by = {
            k: [f for f in facts if f.kind == k] for k in ("role", "affiliation", "talk", "project", "quote")
        }
        return s.PersonDetail(
            **summary.model_dump(),
            role_facts=[
                s.RoleOut(
                    role=f.label,
                    role_key=f.role_key,
                    organization=self.ref(f.object),
                    time=f.time,
                    evidence=self.evidence(f.evidence),
                )
                for f in by["role"]
            ],
            affiliations=[
                s.AffiliationOut(organization=org, evidence=self.evidence(f.evidence))
                for f in by["affiliation"]
                if (org := self.ref(f.object))
            ],
            talks=[
                s.TalkOut(event=self.ref(f.object), topic=f.label or None, evidence=self.evidence(f.evidence))
                for f in by["talk"]
            ],
            projects=[
                s.ProjectLinkOut(project=p, relation=f.label or None, evidence=self.evidence(f.evidence))
                for f in by["project"]
                if (p := self.ref(f.object))
            ],
            quotes=[s.QuoteOut(quote=f.label, evidence=self.evidence(f.evidence)) for f in by["quote"]],
            articles=self.articles(e.articles),
        )

    # -- organizations ----------------------------------------------------------------------------

    def members(self, iri: str) -> list[s.MemberOut]:
        out = []
        for f in self.m.facts_about(iri, ["role", "affiliation"]):
            person = self.ref(f.subject)
            if person:
                out.append(
                    s.MemberOut(
                        person=person,
                        role=f.label or None,
                        role_key=f.role_key,
                        time=f.time,
                        evidence=self.evidence(f.evidence),
                    )
                )
        return sorted(out, key=lambda m: m.person.name)

    def org_summary(self, e: Entity) -> s.OrganizationSummary:
        parents = self.m.parents.get(e.iri, [])
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

    def org_detail(self, e: Entity) -> s.OrganizationDetail:
        events = [ev for ev, org in self.m.organizer.items() if org == e.iri]
        return s.OrganizationDetail(
            **self.org_summary(e).model_dump(),
            parents=[r for r in map(self.ref, self.m.ancestors(e.iri)) if r],
            units=sorted((r for r in map(self.ref, self.m.units.get(e.iri, [])) if r), key=lambda r: r.name),
            members=self.members(e.iri),
            events=[r for r in map(self.ref, events) if r],
            articles=self.articles(e.articles),
        )

    # -- projects and events ----------------------------------------------------------------------

    def project_summary(self, e: Entity) -> s.ProjectSummary:
        people = {f.subject for f in self.m.facts_about(e.iri, ["project"])}
        return s.ProjectSummary(
            id=e.id,
            name=e.name,
            iri=e.iri,
            link=f"/projects/{e.id}",
            aliases=sorted(e.aliases),
            person_count=len(people),
        )

    def project_detail(self, e: Entity) -> s.ProjectDetail:
        people = [
            s.ProjectPersonOut(person=p, relation=f.label or None, evidence=self.evidence(f.evidence))
            for f in self.m.facts_about(e.iri, ["project"])
            if (p := self.ref(f.subject))
        ]
        return s.ProjectDetail(
            **self.project_summary(e).model_dump(), people=people, articles=self.articles(e.articles)
        )

    def event_summary(self, e: Entity) -> s.EventSummary:
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

    def event_detail(self, e: Entity) -> s.EventDetail:
        talks = self.m.facts_about(e.iri, ["talk"])
        speakers = [
            s.SpeakerOut(person=p, topic=f.label or None, evidence=self.evidence(f.evidence))
            for f in talks
            if (p := self.ref(f.subject))
        ]
        topics = sorted({f.label for f in talks if f.label})
        return s.EventDetail(
            **self.event_summary(e).model_dump(),
            speakers=speakers,
            topics=topics,
            articles=self.articles(e.articles),
        )

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
            evidence=self.evidence(f.evidence),
        )

    def article_summary(self, a: ArticleRec) -> s.ArticleSummary:
        return s.ArticleSummary(**article_ref(a).model_dump())

    def article_detail(self, a: ArticleRec) -> s.ArticleDetail:
        ents = sorted((r for r in map(self.ref, a.entities) if r), key=lambda r: (r.kind, r.name))
        facts = [fo for f in self.m.by_article.get(a.iri, []) if (fo := self.fact(f))]
        return s.ArticleDetail(**article_ref(a).model_dump(), entities=ents, facts=facts)
