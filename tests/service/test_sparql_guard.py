"""The worker's guard decides on the parsed query: SERVICE refused, FROM seen, the old regex's holes shut."""

from __future__ import annotations

import pytest

from service.sparql.guard import check_query, looks_like_update
from service.sparql.protocol import QueryError

SERVICE = "SERVICE <http://127.0.0.1:8199/x> { ?s ?p ?o }"


def refused(query: str) -> str:
    with pytest.raises(QueryError) as info:
        check_query(query)
    return info.value.kind


def test_query_without_service_or_from_needs_no_parse() -> None:
    assert check_query("SELECT ?n WHERE { ?p <https://schema.org/name> ?n }").parsed is False


def test_from_clause_is_seen() -> None:
    assert check_query("SELECT * FROM <http://ex/g> { ?s ?p ?o }").has_dataset_clause


def test_from_named_clause_is_seen() -> None:
    assert check_query("SELECT * FROM NAMED <http://ex/g> { GRAPH ?g { ?s ?p ?o } }").has_dataset_clause


def test_variable_named_from_is_no_dataset_clause() -> None:
    assert not check_query("SELECT ?from WHERE { ?from ?p ?o }").has_dataset_clause


@pytest.mark.parametrize(
    "query",
    [
        f"SELECT * {{ {SERVICE} }}",
        "SELECT * { service <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o . SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * { SERVICE<http://example.org/sparql>{ ?s ?p ?o } }",
    ],
)
def test_service_is_refused(query: str) -> None:
    assert refused(query) == "refused"


def test_service_after_a_comment_ended_by_carriage_return_is_refused() -> None:
    assert refused(f"SELECT * WHERE {{ #\r{SERVICE} }}") == "refused"


def test_service_after_an_escaped_iri_with_hash_is_refused() -> None:
    assert refused(f"SELECT * WHERE {{ ?s <http://ex/\\u0041#> ?o . {SERVICE} }}") in {"refused", "syntax"}


def test_service_glued_to_a_prefixed_name_is_refused() -> None:
    # oxigraph reads 'SERVICEex:x' as SERVICE ex:x (its keywords need no word boundary)
    query = "PREFIX ex: <http://127.0.0.1:8199/> SELECT * WHERE { SERVICEex:x { ?s ?p ?o } }"
    assert refused(query) in {"refused", "syntax"}


def test_service_inside_literal_iri_variable_or_comment_is_allowed() -> None:
    query = 'SELECT ?service WHERE { ?service <http://ex/SERVICE> "SERVICE" } # SERVICE <http://x/> {}'
    assert check_query(query).parsed


def test_update_is_refused_with_its_own_message() -> None:
    with pytest.raises(QueryError, match="Update"):
        check_query("DELETE WHERE { ?s <http://ex/from> ?o }")


def test_update_is_recognized_for_messages() -> None:
    assert looks_like_update("PREFIX ex: <http://ex/> INSERT DATA { ex:a ex:b ex:c }")
    assert not looks_like_update("SELECT ?insert WHERE { ?insert ?p ?o }")


def test_empty_query_is_refused() -> None:
    assert refused("  ") == "refused"
