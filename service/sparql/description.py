"""SPARQL 1.1 Service Description of the endpoint, negotiated like a CONSTRUCT answer."""

from __future__ import annotations

import pyoxigraph as ox

from service.sparql.negotiation import ANSWER_MEDIA, choose_format
from service.sparql.results import GRAPH_FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def description_triples(endpoint: str) -> list[ox.Triple]:
    """What the endpoint offers: SPARQL 1.1 Query, union default graph, result formats."""
    node = ox.BlankNode("service")
    triples = [
        ox.Triple(node, RDF_TYPE, _sd("Service")),
        ox.Triple(node, _sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(node, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(node, _sd("feature"), _sd("UnionDefaultGraph")),
    ]  # no sd:BasicFederatedQuery: SERVICE is refused
    names = (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    )
    triples += [ox.Triple(node, _sd("resultFormat"), ox.NamedNode(FORMATS + n)) for n in names]
    return triples


def service_description(endpoint: str, accept: str | None, fmt: str | None) -> tuple[bytes, str]:
    """The description serialized in the negotiated RDF format, with its media type."""
    key = choose_format(accept, fmt, graph=True)
    body = ox.serialize(description_triples(endpoint), format=GRAPH_FORMATS[key]) or b""
    return body, ANSWER_MEDIA[key]
