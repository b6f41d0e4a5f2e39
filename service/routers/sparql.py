"""SPARQL 1.1 Protocol endpoint: read-only, SERVICE refused, killed past its timeout, rows capped."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graph.vocab import PREFIXES
from service.errors import BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError
from service.sparql.description import service_description
from service.sparql.guard import QueryInfo, inspect_query
from service.sparql.negotiation import ANSWER_MEDIA, choose_format
from service.sparql.pool import QueryAnswer
from service.state import ServiceState, get_state

router = APIRouter(tags=["sparql"])

MAX_QUERY_BYTES = 256_000
INLINE_QUERY_CHARS = 20_000  # longer query texts are guarded in a thread, not on the event loop
EXAMPLE = (
    "PREFIX org: <http://www.w3.org/ns/org#>\n"
    "SELECT ?person ?org WHERE { ?m org:member ?person ; org:organization ?org } LIMIT 10"
)
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Query results (SELECT/ASK) or a graph (CONSTRUCT/DESCRIBE), by content negotiation.",
        "content": {m.split(";")[0]: {} for m in ANSWER_MEDIA.values()},
    },
    400: {"description": "Malformed query, SPARQL Update or SERVICE."},
    406: {"description": "No acceptable result format."},
    503: {"description": "Query timed out (and was stopped) or all workers busy."},
}
_POST_BODY = {
    "requestBody": {
        "content": {
            "application/sparql-query": {"schema": {"type": "string"}, "example": EXAMPLE},
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string"},
                        "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                        "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                    },
                    "required": ["query"],
                },
                "example": {"query": EXAMPLE},
            },
        }
    }
}


def _plan(
    state: ServiceState,
    query: str,
    default_graphs: list[str],
    named_graphs: list[str],
    accept: str | None,
    fmt: str | None,
) -> tuple[QueryInfo, str, dict[str, Any]]:
    """Guard and negotiate (raising 400/406 before any evaluation); the request for a query worker."""
    info = inspect_query(query)
    key = choose_format(accept, fmt, info.returns_graph)
    protocol_dataset = bool(default_graphs or named_graphs)
    request = {
        "query": query,
        # The union default graph unless the client names a dataset (FROM / protocol parameters).
        "union": not (info.has_dataset_clause or protocol_dataset),
        "default_graph": default_graphs or None,
        "named_graphs": named_graphs or None,
        "format": key,
        "prefixes": PREFIXES,  # rdf, org, schema, prov, skos, oa, dcterms, kg, kgid predeclared
        "max_rows": state.settings.sparql_max_rows,
    }
    return info, key, request


def _response(state: ServiceState, info: QueryInfo, key: str, answer: QueryAnswer) -> Response:
    max_rows = state.settings.sparql_max_rows
    headers = {"X-SPARQL-Rows": str(answer.rows), "Vary": "Accept"}
    if answer.truncated:
        headers["X-SPARQL-Truncated"] = f"true; capped at {max_rows} rows"
    if info.form == "ASK" and key not in {"json", "xml"}:
        key = "json"
    return Response(answer.body, media_type=ANSWER_MEDIA[key], headers=headers)


def _answer(
    state: ServiceState,
    query: str,
    default_graphs: list[str],
    named_graphs: list[str],
    accept: str | None,
    fmt: str | None,
) -> Response:
    """The whole request in this thread (a thread pool thread): guard, worker, response."""
    info, key, request = _plan(state, query, default_graphs, named_graphs, accept, fmt)
    answer = state.pool.run(request, state.settings.sparql_timeout)
    return _response(state, info, key, answer)


async def _answer_async(
    state: ServiceState,
    query: str,
    default_graphs: list[str],
    named_graphs: list[str],
    accept: str | None,
    fmt: str | None,
) -> Response:
    """`_answer` on the event loop: the guard is cheap on a query of ordinary size and the loop waits on
    the worker's pipe, so a query needs no thread; a long query text is guarded in a thread."""
    pool = state.pool_if_open()
    if pool is None or len(query) > INLINE_QUERY_CHARS:  # opening the pool may create the store
        return await run_in_threadpool(_answer, state, query, default_graphs, named_graphs, accept, fmt)
    info, key, request = _plan(state, query, default_graphs, named_graphs, accept, fmt)
    answer = await pool.run_async(request, state.settings.sparql_timeout)
    return _response(state, info, key, answer)


@router.get("/sparql", responses=_RESPONSES, summary="SPARQL query (GET) or service description")
async def sparql_get(
    request: Request,
    query: Annotated[str | None, Query(description="SPARQL query", examples=[EXAMPLE])] = None,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = [],  # noqa: B006
    format: Annotated[
        str | None, Query(description="Override Accept: json, xml, csv, tsv, ttl, nt, jsonld")
    ] = None,  # noqa: A002
) -> Response:
    state = get_state(request)  # not `Depends(get_state)`: a sync dependency costs a thread hop
    accept = request.headers.get("accept")
    if query is None:
        body, media = service_description(str(request.url.replace(query="")), accept, format)
        return Response(body, media_type=media)
    return await _answer_async(state, query, default_graph_uri, named_graph_uri, accept, format)


@router.post("/sparql", responses=_RESPONSES, openapi_extra=_POST_BODY, summary="SPARQL query (POST)")
async def sparql_post(request: Request) -> Response:
    state = get_state(request)
    body = await request.body()
    if len(body) > MAX_QUERY_BYTES:
        raise PayloadTooLargeError(f"Query larger than {MAX_QUERY_BYTES} bytes.")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    params = parse_qs(request.url.query)
    if media == "application/x-www-form-urlencoded":
        params = {**params, **parse_qs(body.decode("utf-8", "replace"))}
        if "update" in params:
            raise BadRequestError("SPARQL Update is not allowed: this endpoint is read-only.")
        if not params.get("query"):
            raise BadRequestError("Missing form field 'query'.")
        query = params["query"][0]
    elif media == "application/sparql-query":
        query = body.decode("utf-8", "replace")
    elif media == "application/sparql-update":
        raise BadRequestError("SPARQL Update is not allowed: this endpoint is read-only.")
    else:
        raise UnsupportedMediaTypeError(
            "Send the query as application/sparql-query or as form field 'query' "
            "(application/x-www-form-urlencoded)."
        )
    fmt = params.get("format", [None])[0]
    return await _answer_async(
        state,
        query,
        params.get("default-graph-uri", []),
        params.get("named-graph-uri", []),
        request.headers.get("accept"),
        fmt,
    )
