"""Projects: list and detail with the people linked to them (presented, responsible, ...)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import ModelDep, PageDep, ViewsDep, page_of
from service.errors import NotFoundError
from service.readmodel.model import matches
from service.schemas import Page, ProjectDetail, ProjectSummary
from service.search.analyzer import fold

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("", response_model=Page[ProjectSummary], summary="List projects")
def list_projects(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    q: Annotated[
        str | None, Query(max_length=200, description="Part of the name.", examples=["Aorta"])
    ] = None,
) -> Page[ProjectSummary]:
    projects = model.of_kind("project")
    if q:
        needle = fold(q)
        projects = [p for p in projects if matches(needle, [p.name, *p.aliases])]
    return page_of(
        [views.project_summary(p) for p in pagination.apply(projects)[0]], pagination, len(projects)
    )


@router.get("/{project_id}", response_model=ProjectDetail, summary="One project with its people")
def get_project(
    model: ModelDep,
    views: ViewsDep,
    project_id: Annotated[str, Path(max_length=200, examples=["aorta"])],
) -> ProjectDetail:
    project = model.get("project", project_id)
    if project is None:
        raise NotFoundError(f"No project with id {project_id!r}; search with GET /projects?q=NAME.")
    return views.project_detail(project)
