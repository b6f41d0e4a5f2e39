"""SPARQL JSON written term by term is the same document as the dict-based encoding."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from service.sparql.results import serialize_result, solutions_json, term_json

EX = "http://example.org/"
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
Row = list[ox.NamedNode | ox.BlankNode | ox.Literal | None]
TERMS: list[ox.NamedNode | ox.BlankNode | ox.Literal] = [
    ox.NamedNode(EX + "a?b=ü&c"),
    ox.BlankNode("b0"),
    ox.Literal("plain"),
    ox.Literal('quote " backslash \\ newline \n tab \t ü € \u2028 emoji 🙂'),
    ox.Literal("Stadtverwaltung Köln", language="de"),
    ox.Literal("42", datatype=INTEGER),
    ox.Literal("x", datatype=ox.NamedNode(EX + "custom")),
]


def solutions(rows: list[Row]) -> ox.QuerySolutions:
    """`rows` as the answer of a SELECT ?x ?y, in order (None: unbound)."""
    store = ox.Store()
    for i, row in enumerate(rows):
        node = ox.NamedNode(f"{EX}row{i}")
        store.add(ox.Quad(node, ox.NamedNode(EX + "i"), ox.Literal(str(i), datatype=INTEGER)))
        for name, term in zip(("x", "y"), row, strict=True):
            if term is not None:
                store.add(ox.Quad(node, ox.NamedNode(EX + name), term))
    result = store.query(
        f"SELECT ?x ?y WHERE {{ ?r <{EX}i> ?i OPTIONAL {{ ?r <{EX}x> ?x }} OPTIONAL {{ ?r <{EX}y> ?y }} }}"
        " ORDER BY ?i"
    )
    assert isinstance(result, ox.QuerySolutions)
    return result


def reference(rows: list[Row]) -> dict[str, object]:
    bindings = [
        {n: term_json(t) for n, t in zip(("x", "y"), row, strict=True) if t is not None} for row in rows
    ]
    return {"head": {"vars": ["x", "y"]}, "results": {"bindings": bindings}}


@pytest.mark.parametrize("term", TERMS, ids=lambda t: type(t).__name__)
def test_each_term_encodes_like_term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> None:
    rows: list[Row] = [[term, None], [None, term], [term, term]]
    body, truncated, count = solutions_json(solutions(rows), 10)
    assert json.loads(body) == reference(rows) and not truncated and count == 3


def test_cap_and_count() -> None:
    rows: list[Row] = [[ox.Literal(str(i)), None] for i in range(5)]
    body, truncated, count = solutions_json(solutions(rows), 3)
    assert truncated and count == 3 and len(json.loads(body)["results"]["bindings"]) == 3
    body, truncated, count = solutions_json(solutions(rows), 5)
    assert not truncated and count == 5


def test_other_formats_still_go_through_pyoxigraph() -> None:
    rows: list[Row] = [[TERMS[4], TERMS[5]]]
    body, _, count = serialize_result(solutions(rows), "tsv", 10)
    assert count == 1 and body.decode().splitlines() == ["?x\t?y", '"Stadtverwaltung Köln"@de\t42']
