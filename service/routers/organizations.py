"""Organizations: list, detail with parents, units, members with roles, events and articles."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import ModelDep, PageDep, ViewsDep, page_of
from service.errors import NotFoundError
from service.readmodel.model import matches
from service.schemas import OrganizationDetail, OrganizationSummary, Page
from service.search.analyzer import fold

router = APIRouter(prefix="/organizations", tags=["organizations"])


@router.get("", response_model=Page[OrganizationSummary], summary="List organizations")
def list_organizations(
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
    orgs = model.of_kind("org")
    if q:
        needle = fold(q)
        orgs = [o for o in orgs if matches(needle, [o.name, *o.aliases])]
    if parent:
        units = {d for p in model.find("org", parent) for d in model.descendants(p.iri)}
        orgs = [o for o in orgs if o.iri in units]
    return page_of([views.org_summary(o) for o in pagination.apply(orgs)[0]], pagination, len(orgs))


@router.get("/{org_id}", response_model=OrganizationDetail, summary="One organization with units and members")
def get_organization(
    model: ModelDep,
    views: ViewsDep,
    org_id: Annotated[str, Path(max_length=200, examples=["stadt-kaiserslaut"])],
) -> OrganizationDetail:
    org = model.get("org", org_id)
    if org is None:
        raise NotFoundError(f"No organization with id {org_id!r}; search with GET /organizations?q=NAME.")
    return views.org_detail(org)
