"""SPARQL 1.1 Protocol on /sparql: GET, POST form, POST sparql-query, negotiation, datasets, refusals."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

PERSONS = "SELECT DISTINCT ?name WHERE { ?p a <https://schema.org/Person> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?name } ORDER BY ?name"  # noqa: E501
NAMES = ["Antje Krüger", "Eleonore Baj", "Jan Wolf"]


def names(response_json: dict[str, Any]) -> list[str]:
    return [b["name"]["value"] for b in response_json["results"]["bindings"]]


def test_get_query_answers_sparql_json(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PERSONS})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert names(r.json()) == NAMES


def test_post_form_query(client: TestClient) -> None:
    r = client.post("/sparql", data={"query": PERSONS})
    assert r.status_code == 200 and names(r.json()) == NAMES


def test_post_sparql_query_body(client: TestClient) -> None:
    r = client.post("/sparql", content=PERSONS.encode(), headers={"content-type": "application/sparql-query"})
    assert r.status_code == 200 and names(r.json()) == NAMES


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
    ],
)
def test_select_content_negotiation(client: TestClient, accept: str, media: str) -> None:
    r = client.get("/sparql", params={"query": PERSONS}, headers={"accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert "Eleonore Baj" in r.text


def test_csv_has_header_and_rows(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PERSONS}, headers={"accept": "text/csv"})
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["name"] and [row[0] for row in rows[1:]] == NAMES


def test_format_parameter_overrides_accept(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PERSONS, "format": "tsv"}, headers={"accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
    ],
)
def test_construct_content_negotiation(client: TestClient, accept: str, media: str) -> None:
    query = "CONSTRUCT { ?p <http://ex/name> ?n } WHERE { ?p a <https://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }"  # noqa: E501
    r = client.get("/sparql", params={"query": query}, headers={"accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert "Eleonore Baj" in r.text


def test_jsonld_is_json(client: TestClient) -> None:
    r = client.get(
        "/sparql",
        params={"query": "DESCRIBE <https://kg.example.org/id/person/eleonore-baj>"},
        headers={"accept": "application/ld+json"},
    )
    assert any(node.get("@id", "").endswith("eleonore-baj") for node in json.loads(r.text))


def test_ask(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "ASK { ?p a <https://schema.org/Person> }"})
    assert r.json()["boolean"] is True


def test_default_graph_is_union_of_article_graphs(client: TestClient) -> None:
    query = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
    r = client.get("/sparql", params={"query": query})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "2"


def test_graph_clause_sees_named_graphs(client: TestClient) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"  # one graph per article
    r = client.get("/sparql", params={"query": query})
    assert len(r.json()["results"]["bindings"]) == 2


def graph_of(client: TestClient, article_title: str) -> str:
    query = f'SELECT ?g WHERE {{ GRAPH ?g {{ ?a <https://schema.org/headline> "{article_title}"@de }} }}'
    return str(client.get("/sparql", params={"query": query}).json()["results"]["bindings"][0]["g"]["value"])


MENTIONED = (
    "SELECT DISTINCT ?p {dataset} WHERE {{ ?a schema:mentions ?p "
    'FILTER(STRSTARTS(STR(?p), "https://kg.example.org/id/person/")) }} ORDER BY ?p'
)


def mentioned(client: TestClient, dataset: str = "", **params: str) -> list[str]:
    r = client.get("/sparql", params={"query": MENTIONED.format(dataset=dataset), **params})
    return [b["p"]["value"].rsplit("/", 1)[1] for b in r.json()["results"]["bindings"]]


def test_from_restricts_the_default_graph(client: TestClient) -> None:
    g = graph_of(client, "Robotik in der Pflege")
    assert mentioned(client, f"FROM <{g}>") == ["antje-krueger", "jan-wolf"]


def test_from_named_restricts_graph_clause(client: TestClient) -> None:
    g = graph_of(client, "Robotik in der Pflege")
    query = f"SELECT DISTINCT ?g FROM NAMED <{g}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    bindings = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    assert [b["g"]["value"] for b in bindings] == [g]


def test_default_graph_uri_parameter(client: TestClient) -> None:
    g = graph_of(client, "Neue Leitung im Krisenstab")
    assert mentioned(client, **{"default-graph-uri": g}) == ["eleonore-baj", "jan-wolf"]


def test_malformed_query_is_400(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x "})
    assert r.status_code == 400 and "Malformed" in r.json()["detail"]


def test_update_in_query_is_refused(client: TestClient) -> None:
    r = client.post("/sparql", data={"query": "INSERT DATA { <http://ex/a> <http://ex/b> 1 }"})
    assert r.status_code == 400 and "read-only" in r.json()["detail"]


def test_update_form_field_is_refused(client: TestClient) -> None:
    r = client.post("/sparql", data={"update": "DROP ALL"})
    assert r.status_code == 400 and "Update" in r.json()["detail"]


def test_sparql_update_media_type_is_refused(client: TestClient) -> None:
    r = client.post("/sparql", content=b"DROP ALL", headers={"content-type": "application/sparql-update"})
    assert r.status_code == 400
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_service_is_refused(client: TestClient) -> None:
    r = client.get(
        "/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"}
    )
    assert r.status_code == 400 and "SERVICE" in r.json()["detail"]


def test_unacceptable_format_is_406(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PERSONS}, headers={"accept": "image/png"})
    assert r.status_code == 406 and "detail" in r.json()


def test_unknown_post_media_type_is_415(client: TestClient) -> None:
    r = client.post("/sparql", content=PERSONS.encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 415


def test_service_description_without_query(client: TestClient) -> None:
    r = client.get("/sparql", headers={"accept": "text/turtle"})
    assert r.status_code == 200 and "sparql-service-description#Service" in r.text


def test_row_cap_truncates_and_says_so(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client.app.state.kg.settings, "sparql_max_rows", 2)  # type: ignore[attr-defined]
    r = client.get("/sparql", params={"query": PERSONS})
    assert len(r.json()["results"]["bindings"]) == 2
    assert r.headers["x-sparql-truncated"].startswith("true")
