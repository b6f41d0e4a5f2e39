"""The lexical guard refuses Update and SERVICE before evaluation and classifies read queries."""

from __future__ import annotations

import pytest

from service.errors import BadRequestError
from service.sparql.guard import inspect_query


def test_select_is_classified() -> None:
    info = inspect_query("PREFIX s: <https://schema.org/> SELECT ?n WHERE { ?p s:name ?n }")
    assert info.form == "SELECT" and not info.has_dataset_clause


def test_construct_returns_graph() -> None:
    assert inspect_query("CONSTRUCT WHERE { ?s ?p ?o }").returns_graph


def test_from_clause_is_seen() -> None:
    assert inspect_query("SELECT * FROM <http://ex/g> { ?s ?p ?o }").has_dataset_clause


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }",
        "PREFIX ex: <http://ex/> DELETE WHERE { ?s ex:p ?o }",
        "DROP ALL",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR DEFAULT",
    ],
)
def test_update_is_refused(update: str) -> None:
    with pytest.raises(BadRequestError, match="Update"):
        inspect_query(update)


def test_service_is_refused() -> None:
    with pytest.raises(BadRequestError, match="SERVICE"):
        inspect_query("SELECT * { service <http://example.org/sparql> { ?s ?p ?o } }")


def test_service_inside_literal_iri_or_variable_is_allowed() -> None:
    query = 'SELECT ?service WHERE { ?service <http://ex/SERVICE> "SERVICE" } # SERVICE'
    assert inspect_query(query).form == "SELECT"


def test_empty_query_is_refused() -> None:
    with pytest.raises(BadRequestError, match="Empty"):
        inspect_query("  ")
