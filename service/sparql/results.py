"""Serialize pyoxigraph query results into the negotiated format, capped at a number of rows and bytes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, Literal

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
_NO_CAP = sys.maxsize
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


Cut = Literal["rows", "bytes"] | None  # why an answer was cut short, if it was


def _binding_texts(
    solutions: ox.QuerySolutions, max_rows: int, max_bytes: int
) -> tuple[list[str], list[str], Cut]:
    """The variable names and one JSON object text per row, stopping at `max_rows` rows or once the
    rows' UTF-8 size passes `max_bytes`; rows are pulled one at a time, so a cut answer is never
    materialized whole."""
    names = [v.value for v in solutions.variables]
    keys = [_encode(name) + ":" for name in names]
    texts: dict[Any, str] = {}  # a term repeated in the answer is encoded once
    bindings: list[str] = []
    size = 64 + sum(len(name.encode("utf-8")) + 3 for name in names)  # the document around the rows
    for row in solutions:
        if len(bindings) == max_rows:
            return names, bindings, "rows"
        members = []
        for key, value in zip(keys, row, strict=True):
            if value is not None:
                text = texts.get(value)
                if text is None:
                    text = texts[value] = term_text(value)
                members.append(key + text)
        binding = "{" + ",".join(members) + "}"
        size += len(binding.encode("utf-8")) + 1
        if size > max_bytes:
            return names, bindings, "bytes"
        bindings.append(binding)
    return names, bindings, None


def _document(names: list[str], bindings: list[str]) -> bytes:
    head = ",".join(_encode(name) for name in names)
    doc = '{"head":{"vars":[' + head + ']},"results":{"bindings":[' + ",".join(bindings) + "]}}"
    return doc.encode("utf-8")


def solutions_json(
    solutions: ox.QuerySolutions, max_rows: int, max_bytes: int = _NO_CAP
) -> tuple[bytes, Cut, int]:
    """SELECT results as SPARQL JSON, at most `max_rows` rows and about `max_bytes` bytes; returns
    (body, cut, rows) where `cut` says which cap cut the answer short (None: complete).

    Written as text term by term: the same document as ``json.dumps`` of the `term_json` structure
    (compact separators), without building the dicts first.
    """
    names, bindings, cut = _binding_texts(solutions, max_rows, max_bytes)
    return _document(names, bindings), cut, len(bindings)


def _shrink(render: Callable[[int], bytes], count: int, max_bytes: int) -> tuple[bytes, int, bool]:
    """`render(k)` for the largest k <= count (found in a few steps) whose body fits `max_bytes`."""
    body = render(count)
    cut = False
    while len(body) > max_bytes and count > 0:
        count = min(count - 1, int(count * max_bytes / len(body) * 0.9))
        body, cut = render(count), True
    return body, count, cut


def serialize_solutions(
    solutions: ox.QuerySolutions, fmt: str, max_rows: int, max_bytes: int = _NO_CAP
) -> tuple[bytes, Cut, int]:
    """SELECT results in `fmt` (json, xml, csv, tsv); other formats go through pyoxigraph's writers."""
    names, bindings, cut = _binding_texts(solutions, max_rows, max_bytes)
    if fmt == "json":
        return _document(names, bindings), cut, len(bindings)

    def render(count: int) -> bytes:
        parsed = ox.parse_query_results(_document(names, bindings[:count]), format=ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QuerySolutions)
        return parsed.serialize(format=RESULT_FORMATS[fmt]) or b""

    body, count, shrunk = _shrink(render, len(bindings), max_bytes)  # XML is larger than JSON
    return body, "bytes" if shrunk else cut, count


def serialize_triples(
    triples: Iterable[ox.Triple], fmt: str, max_rows: int, max_bytes: int = _NO_CAP
) -> tuple[bytes, Cut, int]:
    """CONSTRUCT/DESCRIBE results in `fmt` (turtle, ntriples, jsonld, rdfxml), at most `max_rows`
    triples and `max_bytes` bytes."""
    kept: list[ox.Triple] = []
    cut: Cut = None
    size = 0
    for triple in triples:
        if len(kept) == max_rows:
            cut = "rows"
            break
        size += len(str(triple).encode("utf-8")) + 3  # its N-Triples line
        if size > max_bytes:
            cut = "bytes"
            break
        kept.append(triple)

    def render(count: int) -> bytes:
        return ox.serialize(kept[:count], format=GRAPH_FORMATS[fmt]) or b""

    body, count, shrunk = _shrink(render, len(kept), max_bytes)
    return body, "bytes" if shrunk else cut, count


def serialize_result(
    result: Any, fmt: str, max_rows: int, max_bytes: int = _NO_CAP
) -> tuple[bytes, Cut, int]:
    """Any pyoxigraph query result in `fmt`; ASK answers are one row."""
    if isinstance(result, ox.QueryBoolean):
        if fmt not in RESULT_FORMATS:
            fmt = "json"
        return result.serialize(format=RESULT_FORMATS[fmt]) or b"", None, 1
    if isinstance(result, ox.QuerySolutions):
        return serialize_solutions(result, fmt if fmt in RESULT_FORMATS else "json", max_rows, max_bytes)
    return serialize_triples(result, fmt if fmt in GRAPH_FORMATS else "turtle", max_rows, max_bytes)
