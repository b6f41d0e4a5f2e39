"""`kg sparql`: a read-only SPARQL query on the on-disk store, printed as a table, JSON, CSV or TSV."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rich.table import Table

from graph.vocab import PREFIXES
from service.errors import BadRequestError, NotFoundError
from service.sparql.guard import inspect_query
from service.sparql.results import serialize_result

FORMATS = ("table", "json", "csv", "tsv")
MAX_ROWS = 100_000


def _cell(term: object) -> str:
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return "" if term is None else str(term)


def _inspect(query: str, store_path: Path) -> None:
    """The endpoint's guard (refuses Update and SERVICE before evaluation), its advice put in CLI terms:
    its refusal of an Update points to `POST /articles`, on the command line that is `kg ingest`."""
    try:
        inspect_query(query)
    except BadRequestError as exc:
        if "update" not in exc.detail.lower():
            raise
        raise BadRequestError(
            "SPARQL Update is not allowed: `kg sparql` only reads the store. "
            f"Add articles with `kg ingest PATH --store {store_path}`."
        ) from None


def run_query(store_path: Path, query: str, fmt: str = "table") -> bytes | Table:
    """Answer `query` from the store at `store_path`; bytes for json/csv/tsv, a rich Table for table."""
    if fmt not in FORMATS:
        raise BadRequestError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    _inspect(query, store_path)
    if not (store_path / "CURRENT").exists():
        raise NotFoundError(f"{store_path}: no store there; run `kg ingest PATH --store {store_path}` first")
    store = ox.Store.read_only(str(store_path))
    try:
        result = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise BadRequestError(f"malformed SPARQL query: {exc}") from None
    if fmt != "table":
        body, _, _ = serialize_result(result, fmt, MAX_ROWS)
        return body if body.endswith(b"\n") else body + b"\n"
    if isinstance(result, ox.QueryBoolean):
        table = Table("ask")
        table.add_row(str(bool(result)).lower())
        return table
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        table = Table(*names)
        for row in result:
            table.add_row(*(_cell(row[n]) for n in names))
        return table
    table = Table("subject", "predicate", "object")
    for triple in result:
        table.add_row(_cell(triple.subject), _cell(triple.predicate), _cell(triple.object))
    return table
