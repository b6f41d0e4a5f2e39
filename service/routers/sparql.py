"""SPARQL 1.1 Protocol endpoint: read-only, SERVICE refused, run in walled-in workers, capped and timed."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from graph.vocab import PREFIXES
from service.errors import BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError
from service.sparql.description import service_description
from service.sparql.negotiation import ANSWER_MEDIA
from service.sparql.precheck import precheck
from service.sparql.protocol import QueryAnswer, QueryRequest
from service.state import ServiceState, get_state

router = APIRouter(tags=["sparql"])

MAX_QUERY_BYTES = 256_000
INLINE_QUERY_CHARS = 20_000  # longer query texts are pre-checked in a thread, not on the event loop
EXAMPLE = (
    "PREFIX org: <http://www.w3.org/ns/org#>\n"
    "SELECT ?person ?org WHERE { ?m org:member ?person ; org:organization ?org } LIMIT 10"
)
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Query results (SELECT/ASK) or a graph (CONSTRUCT/DESCRIBE), by content negotiation.",
        "content": {m.split(";")[0]: {} for m in ANSWER_MEDIA.values()},
    },
    400: {"description": "Malformed query, SPARQL Update, SERVICE, or nested too deeply."},
    406: {"description": "No acceptable result format."},
    413: {"description": "Query text too long."},
    503: {"description": "Query timed out or ran out of memory (and was stopped), or all workers busy."},
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


def _request(
    state: ServiceState,
    query: str,
    default_graphs: list[str],
    named_graphs: list[str],
    accept: str | None,
    fmt: str | None,
) -> QueryRequest:
    settings = state.settings  # read per request: tests and operators may change the caps at run time
    return QueryRequest(
        query=query,
        accept=accept,
        fmt=fmt,
        default_graphs=tuple(default_graphs),
        named_graphs=tuple(named_graphs),
        prefixes=PREFIXES,  # rdf, org, schema, prov, skos, oa, dcterms, kg, kgid predeclared
        max_rows=settings.sparql_max_rows,
        max_bytes=settings.sparql_max_bytes,
    )


def _response(state: ServiceState, answer: QueryAnswer) -> Response:
    headers = {"X-SPARQL-Rows": str(answer.rows), "Vary": "Accept"}
    if answer.cut == "rows":
        headers["X-SPARQL-Truncated"] = f"true; capped at {state.settings.sparql_max_rows} rows"
    elif answer.cut == "bytes":
        headers["X-SPARQL-Truncated"] = f"true; capped at {state.settings.sparql_max_bytes} bytes"
    return Response(answer.body, media_type=ANSWER_MEDIA[answer.key], headers=headers)


async def _answer_async(
    state: ServiceState,
    query: str,
    default_graphs: list[str],
    named_graphs: list[str],
    accept: str | None,
    fmt: str | None,
) -> Response:
    """Pre-check the text, then let a worker guard, evaluate and serialize it. Nothing here blocks a
    thread while it waits: the pool awaits a free worker (or a write's end) on the event loop."""
    if len(query) > INLINE_QUERY_CHARS:
        await run_in_threadpool(precheck, query)  # linear, but some 100 ms on the longest texts
    else:
        precheck(query)
    pool = state.pool_if_open()
    if pool is None:
        pool = await run_in_threadpool(lambda: state.pool)  # opening the pool may create the store
    request = _request(state, query, default_graphs, named_graphs, accept, fmt)
    answer = await pool.run_async(request, state.settings.sparql_timeout)
    return _response(state, answer)


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
