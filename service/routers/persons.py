"""Persons: list with filters, detail with roles, affiliations, talks, projects, quotes and evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from service import dated
from service.dates import DateRangeDep
from service.deps import (
    DEFAULT_LIST_LIMIT,
    ArticlesLimit,
    ModelDep,
    PageDep,
    StateDep,
    ViewsDep,
    add_articles_route,
    entity_or_404,
    page_of,
)
from service.merged import redirect_if_merged
from service.readmodel.views import PERSON_LISTS
from service.schemas import (
    AffiliationOut,
    Model,
    Page,
    PersonDetail,
    PersonSummary,
    ProjectLinkOut,
    QuoteOut,
    RoleOut,
    TalkOut,
)
from service.search.analyzer import fold

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("", response_model=Page[PersonSummary], summary="List persons")
async def list_persons(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    dates: DateRangeDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Name, surname, start of a name or part of it; case, accents and umlauts folded "
            "('Groentgen', 'Grontgen' find 'Gröntgen'). Best matches first: whole name, word, word start, "
            "then names containing it.",
            examples=["baj"],
        ),
    ] = None,
    organization: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Organization id or part of its name; members of its units count.",
            examples=["Kaiserslautern"],
        ),
    ] = None,
    role: Annotated[
        str | None,
        Query(max_length=200, description="Part of a role title or role key.", examples=["Leiterin"]),
    ] = None,
) -> Page[PersonSummary]:
    """With `from`/`to`: only persons with a fact, or mentioned in an article, of that time (without
    a name filter, those of the articles dated in the range)."""
    if dates.active and not (q or organization or role):
        persons = dated.persons_in(model, dates)
    else:
        persons = model.matching("person", q) if q else model.of_kind("person")
        if dates.active:
            persons = [p for p in persons if dates.entity(model, p)]
    if organization:
        orgs = {o.iri for o in model.find("org", organization)}
        orgs |= {d for o in list(orgs) for d in model.descendants(o)}
        members = model.members(orgs)
        persons = [p for p in persons if p.iri in members]
    if role:
        needle = fold(role)
        persons = [p for p in persons if any(needle in t for t in model.role_texts.get(p.iri, ()))]
    return page_of([views.person_summary(p) for p in pagination.apply(persons)[0]], pagination, len(persons))


@router.get("/{person_id}", response_model=PersonDetail, summary="One person with all facts and evidence")
async def get_person(
    model: ModelDep,
    views: ViewsDep,
    dates: DateRangeDep,
    state: StateDep,
    person_id: Annotated[str, Path(max_length=200, examples=["eleonore-baj"])],
    facts_limit: Annotated[
        int,
        Query(
            ge=0,
            le=10_000,
            description="At most this many entries in each of `role_facts`, `affiliations`, `talks`, "
            "`projects` and `quotes`; `role_facts_total`, ... count them all, GET /persons/{id}/roles, "
            "/affiliations, /talks, /projects and /quotes page through them.",
        ),
    ] = DEFAULT_LIST_LIMIT,
    articles_limit: ArticlesLimit = DEFAULT_LIST_LIMIT,
) -> PersonDetail | Response:
    """With `from`/`to`: only the facts read from articles of that time (a role also by its time hint),
    and only those articles. An id merged away by a curator answers 307 to the merged person."""
    if model.get("person", person_id) is None and (
        moved := await redirect_if_merged(state, "person", person_id)
    ):
        return moved  # merged into another person by a curator
    person = entity_or_404(model, "person", person_id)
    if dates.active:
        return dated.person_detail(views, person, dates, articles_limit, facts_limit)
    return views.person_detail(person, articles_limit, facts_limit)


# The paged sub-resources of the fact lists of a person's detail answer: path, field, item model, noun.
FACT_ROUTES: list[tuple[str, str, type[Model], str]] = [
    ("roles", "role_facts", RoleOut, "Roles"),
    ("affiliations", "affiliations", AffiliationOut, "Affiliations"),
    ("talks", "talks", TalkOut, "Talks"),
    ("projects", "projects", ProjectLinkOut, "Project links"),
    ("quotes", "quotes", QuoteOut, "Quotes"),
]
assert {field for _, field, _, _ in FACT_ROUTES} == set(PERSON_LISTS)


def add_facts_route(sub: str, field: str, item: type[Model], noun: str) -> None:
    """``GET /persons/{person_id}/<sub>``: a page of the list `field` of the person's detail answer."""

    async def person_facts(
        model: ModelDep,
        views: ViewsDep,
        pagination: PageDep,
        dates: DateRangeDep,
        person_id: Annotated[str, Path(max_length=200, examples=["eleonore-baj"])],
    ) -> Page[Model]:
        person = entity_or_404(model, "person", person_id)
        if dates.active:  # cut to the range first: which entries are left depends on all of them
            everyone = dated.person_facts(views, person, dates, field)
            items, total = pagination.apply(everyone)
            return page_of(list(items), pagination, total)
        facts, total = pagination.apply(views.person_facts(person, field))
        return page_of([views.person_fact(field, f) for f in facts], pagination, total)

    router.add_api_route(
        f"/{{person_id}}/{sub}",
        person_facts,
        methods=["GET"],
        response_model=Page[item],  # type: ignore[valid-type]
        summary=f"{noun} of one person, in the order read",
        name=f"person_{sub}",
    )


for _sub, _field, _item, _noun in FACT_ROUTES:
    add_facts_route(_sub, _field, _item, _noun)

add_articles_route(router, "person", "person", "person_id")
