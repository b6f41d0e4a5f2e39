"""`kg sparql`: a read-only SPARQL query on the on-disk store, printed as a table, JSON, CSV or TSV.

The query goes through the same walls as on the endpoint: the linear pre-check here, then one worker
process (no network, a heap limit, the SERVICE guard, a timeout), so a hostile query ends in exit code 2
with a message, never in a crash or an outbound connection of this process.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pyoxigraph as ox
from rich.table import Table

from graph.location import describe, is_remote
from graph.vocab import PREFIXES
from service.errors import BadRequestError, NotFoundError
from service.settings import get_settings
from service.sparql.guard import looks_like_update
from service.sparql.pool import QueryPool
from service.sparql.precheck import precheck
from service.sparql.protocol import QueryAnswer, QueryRequest

logger = logging.getLogger(__name__)
FORMATS = ("table", "json", "csv", "tsv")
MAX_ROWS = 100_000
# What the worker is asked for: the table is built from SPARQL JSON or N-Triples; a graph answer asked
# for as json, csv or tsv comes as Turtle (as before the worker existed).
_ACCEPT = {
    "table": "application/sparql-results+json, application/n-triples",
    "json": "application/sparql-results+json, text/turtle",
    "csv": "text/csv, text/turtle",
    "tsv": "text/tab-separated-values, text/turtle",
}


def run_query(
    store_path: Path, query: str, fmt: str = "table", timeout: float | None = None
) -> bytes | Table:
    """Answer `query` from the store at `store_path`; bytes for json/csv/tsv, a rich Table for table."""
    if fmt not in FORMATS:
        raise BadRequestError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    precheck(query)  # empty, too long or too deeply nested: refused before anything parses it
    if not is_remote(store_path) and not (store_path / "CURRENT").exists():
        raise NotFoundError(f"{store_path}: no store there; run `kg ingest PATH --store {store_path}` first")
    settings = get_settings()
    pool = QueryPool(
        store_path,
        size=1,
        memory_mb=settings.sparql_memory_mb,
        require_isolation=settings.sparql_require_isolation,
    )
    request = QueryRequest(
        query=query,
        accept=_ACCEPT[fmt],
        prefixes=PREFIXES,
        max_rows=MAX_ROWS,
        max_bytes=settings.sparql_max_bytes,
    )
    try:
        answer = pool.run(request, timeout or settings.sparql_timeout)
    except BadRequestError as exc:
        if not looks_like_update(query):
            raise
        # The endpoint's advice (`POST /articles`) in command-line terms.
        raise BadRequestError(
            "SPARQL Update is not allowed: `kg sparql` only reads the store. "
            f"Add articles with `kg ingest PATH --store {describe(store_path)}`."
        ) from exc
    finally:
        pool.close()
    if answer.truncated:
        logger.warning("answer cut at %d rows (%s cap)", answer.rows, answer.cut)
    if fmt != "table":
        return answer.body if answer.body.endswith(b"\n") else answer.body + b"\n"
    return _table(answer)


def _cell(term: dict[str, str] | ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple | None) -> str:
    if term is None:
        return ""
    if isinstance(term, dict):
        return term["value"] if isinstance(term.get("value"), str) else json.dumps(term["value"])
    if isinstance(term, (ox.Literal, ox.NamedNode)):
        return term.value
    return str(term)


def _table(answer: QueryAnswer) -> Table:
    if answer.form == "GRAPH":
        table = Table("subject", "predicate", "object")
        for triple in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES):
            table.add_row(_cell(triple.subject), _cell(triple.predicate), _cell(triple.object))
        return table
    doc = json.loads(answer.body)
    if "boolean" in doc:
        table = Table("ask")
        table.add_row(str(bool(doc["boolean"])).lower())
        return table
    names = doc["head"]["vars"]
    table = Table(*names)
    for row in doc["results"]["bindings"]:
        table.add_row(*(_cell(row.get(n)) for n in names))
    return table
