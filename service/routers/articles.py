"""Articles: list, detail with facts; ingest (POST) and delete, both behind the bearer token."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from corpus.article import Article
from corpus.loader import article_from_html, article_from_text
from corpus.records import article_from_record
from service.bodies import decode_body, media_type, parse_json
from service.deps import ModelDep, PageDep, StateDep, ViewsDep, page_of, require_token
from service.errors import NotFoundError, UnprocessableError, UnsupportedMediaTypeError
from service.extraction import extract_facts, fact_counts, pipeline_version
from service.limits import read_body, run_extraction
from service.readmodel.article_text import mentions_in, read_text, role_mentions
from service.readmodel.records import API_KINDS
from service.routers.extract import EXAMPLE as EXAMPLE_TEXT
from service.schemas import ArticleDetail, ArticleSummary, DeleteResult, IngestResult, MentionOut, Page
from service.state import ServiceState

router = APIRouter(prefix="/articles", tags=["articles"])
DEFAULT_TEXT_LIMIT = 50_000  # characters of article text an article answer carries by default
MAX_TEXT_LIMIT = 200_000

_INGEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "text/plain": {"schema": {"type": "string"}, "example": EXAMPLE_TEXT},
            "text/html": {
                "schema": {"type": "string"},
                "example": f"<article><p>{EXAMPLE_TEXT}</p></article>",
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                        "published": {"type": "string", "format": "date"},
                    },
                },
                "example": {
                    "text": EXAMPLE_TEXT,
                    "url": "https://example.org/a/1",
                    "title": "Neue Leitung",
                    "published": "2024-03-01",
                },
            },
        },
    }
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing bearer token."},
    403: {"description": "Wrong token, or writing disabled (no KG_API_TOKEN configured)."},
    503: {"description": "The store is being written by another process (`kg ingest`); see Retry-After."},
}
_INGEST_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"description": "Body over KG_MAX_BODY_BYTES, or text over KG_EXTRACT_MAX_CHARS characters."},
    422: {"description": "The article URL is not an http or https address."},
    429: {"description": "Too many requests from this client; see Retry-After."},
    503: {"description": "Every extraction slot and waiting place is taken, or the store is busy."},
}


@router.get("", response_model=Page[ArticleSummary], summary="List articles, newest first")
async def list_articles(model: ModelDep, views: ViewsDep, pagination: PageDep) -> Page[ArticleSummary]:
    arts = model.articles_newest_first
    return page_of([views.article_summary(a) for a in pagination.apply(arts)[0]], pagination, len(arts))


@router.get(
    "/{article_id}",
    response_model=ArticleDetail,
    summary="One article with its text, the entities and roles it names, and its facts",
)
def get_article(
    state: StateDep,
    model: ModelDep,
    views: ViewsDep,
    article_id: Annotated[str, Path(max_length=200, examples=["e69f4d3eaee1681c"])],
    text_limit: Annotated[
        int,
        Query(
            ge=0,
            le=MAX_TEXT_LIMIT,
            description="At most this many characters of `text` (and the `mentions` inside them); "
            "`text_truncated` says whether the text was cut.",
        ),
    ] = DEFAULT_TEXT_LIMIT,
) -> ArticleDetail:
    article = model.article_by_id.get(article_id)
    if article is None:
        raise NotFoundError(f"No article with id {article_id!r}; list them with GET /articles.")
    detail = views.article_detail(article)
    graph = model.article_graph.get(article.iri)
    if graph is None:
        return detail
    # one small query on the article's graph, without the cache lock (like /health): never waits for a
    # read model being built; the reader is at least as new as the model (it is what updated it)
    text, spans = read_text(state.reader, graph, article.iri)
    if text is None:
        return detail
    shown = text[:text_limit]
    names = {
        iri: (API_KINDS[e.kind], e.name)
        for iri in spans
        if (e := model.entities.get(iri)) is not None and e.kind in API_KINDS
    }
    roles = role_mentions(text, model.facts_in(article.iri), article.iri)
    mentions = [
        MentionOut(start=m.start, end=m.end, kind=m.kind, label=m.label, entity=views.ref(m.entity))  # type: ignore[arg-type]
        for m in mentions_in(shown, spans, names, roles)
    ]
    return detail.model_copy(
        update={
            "text": shown,
            "text_length": len(text),
            "text_truncated": len(text) > len(shown),
            "mentions": mentions,
        }
    )


def parse_article(body: bytes, content_type: str) -> Article:
    """An Article from a posted body: plain text, HTML or a JSON record {text, url, title, published},
    decoded with the charset of `content_type` (UTF-8 if none)."""
    media, charset = media_type(content_type)
    if media not in ("text/plain", "text/html", "application/json"):
        raise UnsupportedMediaTypeError(
            "Send text/plain, text/html or application/json {text, url, title, published}."
        )
    text = decode_body(body, charset)
    if media == "text/plain":
        return article_from_text(text, source="api")
    if media == "text/html":
        return article_from_html(text, source="api")
    return article_from_record(parse_json(text), source="api")


def check_url(article: Article) -> None:
    """Only web addresses: the page and clients link to an article's URL (no ``javascript:`` links)."""
    if article.url is None:
        return
    parts = urlsplit(article.url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        raise UnprocessableError(
            f"The article URL must be an http or https address, not {article.url[:80]!r}."
        )


def _ingest(state: ServiceState, article: Article) -> tuple[str, dict[str, int]]:
    facts = extract_facts(state, article.text, article.id)
    version = pipeline_version(state)
    with state.write() as kstore:
        status: str = kstore.ingest(article, facts, pipeline_version=version)
    return status, fact_counts(facts)


@router.post(
    "",
    response_model=IngestResult,
    status_code=201,
    openapi_extra=_INGEST_BODY,
    responses={
        200: {"model": IngestResult, "description": "Already stored unchanged."},
        **_WRITE_ERRORS,
        **_INGEST_ERRORS,
    },
    dependencies=[Depends(require_token)],
    summary="Extract and store an article (token required)",
)
async def post_article(request: Request, response: Response, state: StateDep) -> IngestResult:
    body = await read_body(request, state.settings.max_body_bytes)
    article = parse_article(body, request.headers.get("content-type", ""))
    check_url(article)
    status, counts = await run_extraction(request, state, article.text, partial(_ingest, state, article))
    if status == "unchanged":
        response.status_code = 200
    return IngestResult(
        id=article.id, link=f"/articles/{article.id}", created=status != "unchanged", facts=counts
    )


@router.delete(
    "/{article_id}",
    response_model=DeleteResult,
    responses=_WRITE_ERRORS,
    dependencies=[Depends(require_token)],
    summary="Delete an article and what only it supports",
)
def delete_article(state: StateDep, article_id: Annotated[str, Path(max_length=200)]) -> DeleteResult:
    with state.write() as kstore:
        deleted = kstore.delete(article_id)
    if not deleted:
        raise NotFoundError(f"No article with id or URL {article_id!r}.")
    return DeleteResult(id=article_id, deleted=True)
