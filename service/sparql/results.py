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
_encode = json.encoder.encode_basestring  # a JSON string literal, non-ASCII kept (as ensure_ascii=False)


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


def term_text(term: Any) -> str:
    """`term_json(term)` already encoded as compact JSON text (the hot path of every SELECT answer)."""
    kind = type(term)
    if kind is ox.NamedNode:
        return '{"type":"uri","value":' + _encode(term.value) + "}"
    if kind is ox.Literal:
        value = _encode(term.value)
        if term.language:
            return '{"type":"literal","value":' + value + ',"xml:lang":' + _encode(term.language) + "}"
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return '{"type":"literal","value":' + value + "}"
        return '{"type":"literal","value":' + value + ',"datatype":' + _encode(datatype) + "}"
    if kind is ox.BlankNode:
        return '{"type":"bnode","value":' + _encode(term.value) + "}"
    return json.dumps(term_json(term), ensure_ascii=False, separators=(",", ":"))


def solutions_json(solutions: ox.QuerySolutions, max_rows: int) -> tuple[bytes, bool, int]:
    """SELECT results as SPARQL JSON, at most `max_rows` rows; returns (body, truncated, rows).

    Written as text term by term: the same document as ``json.dumps`` of the `term_json` structure
    (compact separators), without building the dicts first; a term repeated in the answer is encoded once.
    """
    names = [v.value for v in solutions.variables]
    keys = [_encode(name) + ":" for name in names]
    rows = list(itertools.islice(solutions, max_rows + 1))
    truncated = len(rows) > max_rows
    rows = rows[:max_rows]
    texts: dict[Any, str] = {}
    bindings = []
    for row in rows:
        members = []
        for key, value in zip(keys, row, strict=True):
            if value is not None:
                text = texts.get(value)
                if text is None:
                    text = texts[value] = term_text(value)
                members.append(key + text)
        bindings.append("{" + ",".join(members) + "}")
    head = ",".join(_encode(name) for name in names)
    doc = '{"head":{"vars":[' + head + ']},"results":{"bindings":[' + ",".join(bindings) + "]}}"
    return doc.encode("utf-8"), truncated, len(rows)


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
