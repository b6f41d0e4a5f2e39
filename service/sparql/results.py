"""Serialize pyoxigraph query results into the negotiated format, capped at a number of rows."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term_json(term: Any) -> dict[str, Any]:
    """One RDF term in the SPARQL 1.1 JSON results encoding."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
        return {"type": "triple", "value": {k: term_json(v) for k, v in parts.items()}}
    raise TypeError(f"not an RDF term: {term!r}")


def solutions_json(solutions: ox.QuerySolutions, max_rows: int) -> tuple[bytes, bool, int]:
    """SELECT results as SPARQL JSON, at most `max_rows` rows; returns (body, truncated, rows)."""
    names = [v.value for v in solutions.variables]
    rows = list(itertools.islice(solutions, max_rows + 1))
    truncated = len(rows) > max_rows
    rows = rows[:max_rows]
    bindings = []
    for row in rows:
        binding = {}
        for name in names:
            value = row[name]
            if value is not None:
                binding[name] = term_json(value)
        bindings.append(binding)
    doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8"), truncated, len(rows)


def serialize_solutions(solutions: ox.QuerySolutions, fmt: str, max_rows: int) -> tuple[bytes, bool, int]:
    """SELECT results in `fmt` (json, xml, csv, tsv); other formats go through pyoxigraph's writers."""
    body, truncated, rows = solutions_json(solutions, max_rows)
    if fmt != "json":
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QuerySolutions)
        body = parsed.serialize(format=RESULT_FORMATS[fmt]) or b""
    return body, truncated, rows


def serialize_triples(triples: Iterable[ox.Triple], fmt: str, max_rows: int) -> tuple[bytes, bool, int]:
    """CONSTRUCT/DESCRIBE results in `fmt` (turtle, ntriples, jsonld, rdfxml), at most `max_rows` triples."""
    kept = list(itertools.islice(triples, max_rows + 1))
    truncated = len(kept) > max_rows
    kept = kept[:max_rows]
    body = ox.serialize(kept, format=GRAPH_FORMATS[fmt]) or b""
    return body, truncated, len(kept)


def serialize_result(result: Any, fmt: str, max_rows: int) -> tuple[bytes, bool, int]:
    """Any pyoxigraph query result in `fmt`; ASK answers are one row."""
    if isinstance(result, ox.QueryBoolean):
        if fmt not in RESULT_FORMATS:
            fmt = "json"
        return result.serialize(format=RESULT_FORMATS[fmt]) or b"", False, 1
    if isinstance(result, ox.QuerySolutions):
        return serialize_solutions(result, fmt if fmt in RESULT_FORMATS else "json", max_rows)
    return serialize_triples(result, fmt if fmt in GRAPH_FORMATS else "turtle", max_rows)
