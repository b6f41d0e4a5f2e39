"""Projects: list and detail with the people linked to them (presented, responsible, ...)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import (
    DEFAULT_LIST_LIMIT,
    ArticlesLimit,
    ModelDep,
    PageDep,
    ViewsDep,
    add_articles_route,
    entity_or_404,
    page_of,
)
from service.schemas import Page, ProjectDetail, ProjectSummary

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("", response_model=Page[ProjectSummary], summary="List projects")
async def list_projects(
    model: ModelDep,
    views: ViewsDep,
    pagination: PageDep,
    q: Annotated[
        str | None, Query(max_length=200, description="Part of the name.", examples=["Aorta"])
    ] = None,
) -> Page[ProjectSummary]:
    projects = model.named("project", q) if q else model.of_kind("project")
    return page_of(
        [views.project_summary(p) for p in pagination.apply(projects)[0]], pagination, len(projects)
    )


@router.get("/{project_id}", response_model=ProjectDetail, summary="One project with its people")
async def get_project(
    model: ModelDep,
    views: ViewsDep,
    project_id: Annotated[str, Path(max_length=200, examples=["aorta"])],
    articles_limit: ArticlesLimit = DEFAULT_LIST_LIMIT,
) -> ProjectDetail:
    return views.project_detail(entity_or_404(model, "project", project_id), articles_limit)


add_articles_route(router, "project", "project", "project_id")
