"""Curation: merge two entities, split one, mark a fact wrong, undo — behind the bearer token of the writes.

Decisions are data in the store (graph/curation.py, graph/curate.py); each write moves the read model
forward by the article graphs the decision changed, like an ingest, so the answers show it at once.
"""

from __future__ import annotations

import weakref
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from graph import curate
from graph.curation import Decision, fact_kind, load_decisions
from service.deps import ModelDep, PageDep, StateDep, ViewsDep, page_of, require_token
from service.errors import (
    AmbiguousError,
    BadRequestError,
    NotFoundError,
    PayloadTooLargeError,
    ServiceError,
)
from service.readmodel.records import Fact
from service.schemas import ArticleRef, EntityRef, Page
from service.state import ServiceState

router = APIRouter(prefix="/curation", tags=["curation"])

IRI = Annotated[
    str, Field(min_length=1, max_length=500, examples=["https://kg.example.org/id/person/anna-weber"])
]
Curator = Annotated[str, Field(min_length=1, max_length=100, examples=["Erika Muster"])]
Note = Annotated[str | None, Field(default=None, max_length=1000)]
MAX_FACTS = 500  # facts listed for one entity (GET /curation/facts)


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MergeIn(Body):
    keep: IRI = Field(description="The entity whose name the merged entity keeps.")
    merge: IRI = Field(description="The entity merged into it.")
    curator: Curator = "API"
    note: Note = None


class SplitIn(Body):
    entity: IRI
    label: str | None = Field(
        default=None, min_length=1, max_length=300, description="A name of the entity whose mentions move."
    )
    articles: list[Annotated[str, Field(min_length=1, max_length=500)]] = Field(
        default=[], max_length=100, description="Or: ids or URLs of articles whose mentions move."
    )
    curator: Curator = "API"
    note: Note = None


class WrongIn(Body):
    fact: IRI = Field(description="IRI of the fact node (GET /curation/facts?entity=... lists them).")
    curator: Curator = "API"
    note: Note = None


class DecisionOut(BaseModel):
    """One decision: who made it when, what it concerns, whether it was undone."""

    id: str = Field(examples=["a65375ffb322e30e"])
    iri: str
    type: str = Field(examples=["merge"], description="merge, split or wrong")
    curator: str
    time: str = Field(description="When it was made (xsd:dateTime, UTC).")
    note: str | None = None
    title: str | None = Field(default=None, examples=["Zusammenführung: Anna Weber + Anne Weber"])
    entities: list[str] = Field(default=[], description="IRIs of the entities it concerns (prov:used).")
    result: str | None = Field(default=None, description="The merged or split-off entity (prov:generated).")
    result_ref: EntityRef | None = None
    name: str | None = None
    label: str | None = None
    articles: list[str] = []
    facts: list[str] = []
    active: bool = True
    undone_by: str | None = None
    undone_time: str | None = None
    still_in_articles: list[str] = Field(
        default=[],
        description="Undo only: articles read again while the decision held; it holds there until they are "
        "ingested again (their fingerprint was reset, so the next ingest reads them).",
    )


class FactRefOut(BaseModel):
    iri: str
    kind: str
    text: str = Field(description="The fact in words, German.")
    sentence: str | None = None
    article: ArticleRef | None = None


class FactsOut(BaseModel):
    entity: EntityRef
    facts: list[FactRefOut]
    total: int


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {
        "description": "A decision that cannot be made (an entity merged with itself, a name it never has)."
    },
    401: {"description": "Missing bearer token."},
    403: {"description": "Wrong token, or writing disabled (no KG_API_TOKEN configured)."},
    404: {"description": "Unknown entity, article, fact or decision."},
    409: {"description": "A person merged with an organization; a decision made or undone already."},
    413: {"description": f"The decision would rewrite more than {curate.MAX_GRAPHS} articles."},
    429: {"description": "Too many requests from this client; see Retry-After."},
    503: {"description": "The store is being written by another process (`kg ingest`); see Retry-After."},
}


def _service_error(exc: curate.CurationError) -> ServiceError:
    message = str(exc)
    if isinstance(exc, curate.CurationNotFoundError):
        return NotFoundError(message)
    if isinstance(exc, curate.CurationConflictError):
        return AmbiguousError(message)
    if isinstance(exc, curate.CurationTooLargeError):
        return PayloadTooLargeError(message)
    return BadRequestError(message)


def _out(d: Decision, views: Any = None, kept: list[str] | None = None) -> DecisionOut:
    return DecisionOut(
        id=d.id,
        iri=d.iri,
        type=d.type,
        curator=d.curator,
        time=d.time,
        note=d.note,
        title=d.title,
        entities=list(d.used),
        result=d.generated,
        result_ref=views.ref(d.generated) if views is not None and d.generated else None,
        name=d.name,
        label=d.label,
        articles=[a.rsplit("/", 1)[1] for a in d.articles],
        facts=list(d.facts),
        active=d.active,
        undone_by=d.undone_curator,
        undone_time=d.undone_time,
        still_in_articles=[g.rsplit("/", 1)[1] for g in kept or []],
    )


def _write(state: ServiceState, action: Any) -> Any:
    try:
        with state.write() as kstore:
            return action(kstore)
    except curate.CurationError as exc:
        raise _service_error(exc) from None


_LISTS: weakref.WeakKeyDictionary[ServiceState, tuple[int, list[Decision]]] = weakref.WeakKeyDictionary()


def _decisions(state: ServiceState) -> list[Decision]:
    """Every decision, newest first; read once per store generation."""
    hit = _LISTS.get(state)
    if hit is not None and hit[0] == state.generation:
        return hit[1]
    generation = state.generation
    with state.reading() as store:
        # a store server (KG_STORE=http://...) holds no decisions: curation needs a store folder
        out = load_decisions(store)[::-1] if isinstance(store, ox.Store) else []
    _LISTS[state] = (generation, out)
    return out


@router.get("", response_model=Page[DecisionOut], summary="Curation decisions, newest first")
def list_decisions(
    state: StateDep,
    views: ViewsDep,
    pagination: PageDep,
    entity: Annotated[
        str | None, Query(max_length=500, description="Only those that concern this IRI.")
    ] = None,
) -> Page[DecisionOut]:
    items = _decisions(state)
    if entity:
        items = [d for d in items if entity in d.used or entity == d.generated]
    page, total = pagination.apply(items)
    return page_of([_out(d, views) for d in page], pagination, total)


def _fact_text(f: Fact, views: Any) -> str:
    subject = views.ref(f.subject)
    obj = views.ref(f.object) if f.object else None
    who = subject.name if subject else f.subject
    what = {
        "role": f"{f.label}" + (f" – {obj.name}" if obj else ""),
        "affiliation": f"Mitglied – {obj.name}" if obj else "Mitglied",
        "talk": "Vortrag" + (f": {f.label}" if f.label else "") + (f" – bei {obj.name}" if obj else ""),
        "quote": f"Zitat: „{f.label}“",
        "project": f"{f.label or 'Projekt'} – {obj.name}" if obj else f.label,
        "part_of": f"Teil von {obj.name}" if obj else "Teil von",
    }.get(f.kind, f.label)
    return f"{who}: {what}"


@router.get(
    "/facts", response_model=FactsOut, summary="The facts of an entity, with the IRIs to mark them wrong"
)
async def entity_facts(
    model: ModelDep,
    views: ViewsDep,
    entity: Annotated[str, Query(max_length=500, description="IRI of a person, organization, project, ...")],
) -> FactsOut:
    ref = views.ref(entity)
    if ref is None:
        raise NotFoundError(f"No entity {entity!r}; give the `iri` of a detail answer (GET /persons/{{id}}).")
    facts = sorted(
        {f.iri: f for f in (*model.by_subject.get(entity, ()), *model.by_object.get(entity, ()))}.values(),
        key=lambda f: (f.kind, f.iri),
    )
    out = []
    for f in facts[:MAX_FACTS]:
        ev = f.evidence[0] if f.evidence else None
        out.append(
            FactRefOut(
                iri=f.iri,
                kind=f.kind,
                text=_fact_text(f, views),
                sentence=ev.sentence if ev else None,
                article=views.article(ev.article) if ev else None,
            )
        )
    return FactsOut(entity=ref, facts=out, total=len(facts))


@router.post(
    "/merge",
    response_model=DecisionOut,
    status_code=201,
    responses=_ERRORS,
    dependencies=[Depends(require_token)],
    summary="Merge two entities (token required)",
)
async def post_merge(body: MergeIn, state: StateDep) -> DecisionOut:
    d = await run_in_threadpool(
        _write, state, lambda ks: curate.merge(ks, body.keep, body.merge, body.curator, body.note)
    )
    return _out(d, _views(state))


@router.post(
    "/split",
    response_model=DecisionOut,
    status_code=201,
    responses=_ERRORS,
    dependencies=[Depends(require_token)],
    summary="Split mentions off an entity, by name or by article (token required)",
)
async def post_split(body: SplitIn, state: StateDep) -> DecisionOut:
    d = await run_in_threadpool(
        _write,
        state,
        lambda ks: curate.split(
            ks, body.entity, body.curator, label=body.label, articles=body.articles, note=body.note
        ),
    )
    return _out(d, _views(state))


@router.post(
    "/wrong",
    response_model=DecisionOut,
    status_code=201,
    responses=_ERRORS,
    dependencies=[Depends(require_token)],
    summary="Mark a fact wrong (token required)",
)
async def post_wrong(body: WrongIn, state: StateDep) -> DecisionOut:
    if fact_kind(body.fact) is None:
        raise NotFoundError(
            f"No fact {body.fact!r}; GET /curation/facts?entity=… lists the facts of an entity."
        )
    d = await run_in_threadpool(
        _write, state, lambda ks: curate.wrong(ks, body.fact, body.curator, body.note)
    )
    return _out(d, _views(state))


@router.delete(
    "/{decision_id}",
    response_model=DecisionOut,
    responses=_ERRORS,
    dependencies=[Depends(require_token)],
    summary="Undo a decision (token required)",
)
async def delete_decision(
    state: StateDep,
    decision_id: Annotated[str, Path(pattern="^[0-9a-f]{16}$", examples=["a65375ffb322e30e"])],
    curator: Annotated[str, Query(min_length=1, max_length=100)] = "API",
) -> DecisionOut:
    d, kept = await run_in_threadpool(_write, state, lambda ks: curate.undo(ks, decision_id, curator))
    return _out(d, _views(state), kept)


def _views(state: ServiceState) -> Any:
    snapshot = state.current_snapshot()
    return snapshot.views if snapshot is not None else None
