"""Persons: list with filters, detail with roles, affiliations, talks, projects, quotes and evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import ModelDep, PageDep, ViewsDep, page_of
from service.errors import NotFoundError
from service.readmodel.model import matches
from service.schemas import Page, PersonDetail, PersonSummary
from service.search.analyzer import fold

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("", response_model=Page[PersonSummary], summary="List persons")
def list_persons(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    q: Annotated[
        str | None,
        Query(max_length=200, description="Part of the name (case and umlauts folded).", examples=["baj"]),
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
    persons = model.of_kind("person")
    if q:
        needle = fold(q)
        persons = [p for p in persons if matches(needle, [p.name, *p.aliases])]
    if organization:
        orgs = {o.iri for o in model.find("org", organization)}
        orgs |= {d for o in list(orgs) for d in model.descendants(o)}
        persons = [
            p
            for p in persons
            if any(f.object in orgs for f in model.facts_of(p.iri, ["role", "affiliation"]))
        ]
    if role:
        needle = fold(role)
        persons = [
            p
            for p in persons
            if any(matches(needle, [f.label, f.role_key or ""]) for f in model.facts_of(p.iri, ["role"]))
        ]
    return page_of([views.person_summary(p) for p in pagination.apply(persons)[0]], pagination, len(persons))


@router.get("/{person_id}", response_model=PersonDetail, summary="One person with all facts and evidence")
def get_person(
    model: ModelDep,
    views: ViewsDep,
    person_id: Annotated[str, Path(max_length=200, examples=["eleonore-baj"])],
) -> PersonDetail:
    person = model.get("person", person_id)
    if person is None:
        raise NotFoundError(f"No person with id {person_id!r}; search with GET /persons?q=NAME.")
    return views.person_detail(person)
