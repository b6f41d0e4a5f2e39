"""Organizations: list, detail with parents, units, members with roles, events and articles."""

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
from service.schemas import MemberOut, OrganizationDetail, OrganizationSummary, Page

router = APIRouter(prefix="/organizations", tags=["organizations"])


@router.get("", response_model=Page[OrganizationSummary], summary="List organizations")
async def list_organizations(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    q: Annotated[
        str | None, Query(max_length=200, description="Part of the name or an alias.", examples=["DFKI"])
    ] = None,
    parent: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Only units of this organization (id or part of its name), at any depth.",
        ),
    ] = None,
) -> Page[OrganizationSummary]:
    orgs = model.named("org", q) if q else model.of_kind("org")
    if parent:
        units = {d for p in model.find("org", parent) for d in model.descendants(p.iri)}
        orgs = [o for o in orgs if o.iri in units]
    return page_of([views.org_summary(o) for o in pagination.apply(orgs)[0]], pagination, len(orgs))


@router.get("/{org_id}", response_model=OrganizationDetail, summary="One organization with units and members")
async def get_organization(
    model: ModelDep,
    views: ViewsDep,
    dates: DateRangeDep,
    state: StateDep,
    org_id: Annotated[str, Path(max_length=200, examples=["stadt-kaiserslaut"])],
    members_limit: Annotated[
        int,
        Query(
            ge=0,
            le=10_000,
            description="At most this many `members` (sorted by name); `members_total` counts them all, "
            "GET /organizations/{id}/members pages through them.",
        ),
    ] = DEFAULT_LIST_LIMIT,
    articles_limit: ArticlesLimit = DEFAULT_LIST_LIMIT,
) -> OrganizationDetail | Response:
    """With `from`/`to`: only members whose role or affiliation was read from articles of that time (a
    role also by its time hint: "who led it in 2024"), and only those articles. An id merged away by a
    curator answers 307 to the merged organization."""
    if model.get("org", org_id) is None and (moved := await redirect_if_merged(state, "org", org_id)):
        return moved  # merged into another organization by a curator
    org = entity_or_404(model, "org", org_id)
    if dates.active:
        return dated.org_detail(views, org, dates, members_limit, articles_limit)
    return views.org_detail(org, members_limit, articles_limit)


@router.get(
    "/{org_id}/members", response_model=Page[MemberOut], summary="Members of one organization, by name"
)
async def list_members(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    dates: DateRangeDep,
    org_id: Annotated[str, Path(max_length=200, examples=["stadt-kaiserslaut"])],
) -> Page[MemberOut]:
    org = entity_or_404(model, "org", org_id)
    everyone = dated.members(views, org, dates) if dates.active else views.members(org.iri)
    members, total = pagination.apply(everyone)
    return page_of(list(members), pagination, total)


add_articles_route(router, "org", "organization", "org_id")
