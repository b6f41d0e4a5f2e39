"""Lookup answers cut to a date range (service/dates.py): what each endpoint keeps of an entity's facts.

The answers are first built as without a range, from the entity's own lists, then cut: a fact stays
when some evidence of it falls in the range (a role's time hint with it), with only that evidence;
article lists keep the articles dated in the range. The persons list without a name filter finds its
candidates through the articles of the range (a binary search over the articles by date).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from service.dates import DateRange
from service.readmodel.model import ReadModel
from service.readmodel.records import Entity
from service.readmodel.views import Views
from service.schemas import MemberOut, OrganizationDetail, PersonDetail
from service.search.analyzer import fold
from service.search.expertise import Expert


def _cut(items: Sequence[Any], dates: DateRange, time: bool = False) -> list[Any]:
    """Items (with `evidence`) that keep some evidence in the range, each with only that evidence."""
    out = []
    for item in items:
        kept = dates.evidence(item.evidence, item.time if time else None)
        if kept:
            out.append(item.model_copy(update={"evidence": kept}))
    return out


def person_detail(
    views: Views, e: Entity, dates: DateRange, articles_limit: int, facts_limit: int | None = None
) -> PersonDetail:
    d = views.person_detail(e, 0)
    roles = _cut(d.role_facts, dates, time=True)
    affiliations = _cut(d.affiliations, dates)
    orgs = {r.organization.iri: r.organization for r in roles if r.organization}
    orgs.update((a.organization.iri, a.organization) for a in affiliations)
    articles = dates.articles(views.articles_of(e))
    titles = {f"{r.role} ({r.organization.name})" if r.organization else r.role for r in roles}
    lists: dict[str, list[Any]] = {
        "role_facts": roles,
        "affiliations": affiliations,
        "talks": _cut(d.talks, dates),
        "projects": _cut(d.projects, dates),
        "quotes": _cut(d.quotes, dates),
    }
    update: dict[str, Any] = {
        "roles": sorted(titles),
        "organizations": [o for o in d.organizations if o.iri in orgs],
        "articles": articles[:articles_limit],
        "articles_total": len(articles),
    }
    for name, items in lists.items():
        update[name], update[f"{name}_total"] = items[:facts_limit], len(items)
    return d.model_copy(update=update)


def person_facts(views: Views, e: Entity, dates: DateRange, field: str) -> list[Any]:
    """The list `field` of the person's detail answer cut to the range (its paged sub-resource)."""
    items = [views.person_fact(field, f) for f in views.person_facts(e, field)]
    return _cut(items, dates, time=field == "role_facts")


def members(views: Views, e: Entity, dates: DateRange) -> list[MemberOut]:
    return _cut(views.members(e.iri), dates, time=True)


def org_detail(
    views: Views, e: Entity, dates: DateRange, members_limit: int, articles_limit: int
) -> OrganizationDetail:
    d = views.org_detail(e, 0, 0)
    kept = members(views, e, dates)
    articles = dates.articles(views.articles_of(e))
    return d.model_copy(
        update={
            "members": kept[:members_limit],
            "members_total": len(kept),
            "articles": articles[:articles_limit],
            "articles_total": len(articles),
        }
    )


def persons_in(model: ReadModel, dates: DateRange) -> list[Entity]:
    """Persons mentioned by the articles dated in the range, by name: the articles are sorted by date,
    so two binary searches find them (undated articles are never in a range)."""
    keys = model.newest_keys  # (undated, -ordinal, id, IRI), newest first
    lo = 0 if dates.end is None else bisect.bisect_left(keys, (False, -dates.end.toordinal()))
    hi = (
        bisect.bisect_left(keys, (True,))
        if dates.start is None
        else bisect.bisect_left(keys, (False, -dates.start.toordinal() + 1))
    )
    found = {
        iri
        for a in model.articles_newest_first[lo:hi]
        for iri in a.entities
        if (e := model.entities.get(iri)) is not None and e.kind == "person"
    }
    return sorted((model.entities[i] for i in found), key=lambda e: (fold(e.name), e.iri))


def experts(model: ReadModel, ranked: list[Expert], dates: DateRange) -> list[Expert]:
    """The experts with only the evidence read from articles of the range, scored again from it."""
    out: list[Expert] = []
    for x in ranked:
        kept = [
            item
            for item in x.evidence
            if any(
                (a := model.articles.get(ev.article or "")) is not None and dates.has(a.published)
                for ev in item[0].evidence
            )
        ]
        if kept:
            out.append(Expert(x.entity, sum(score for _, score, _ in kept), kept))
    return sorted(out, key=lambda x: (-x.score, model.entities[x.entity].name))
