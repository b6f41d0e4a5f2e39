"""Validate the knowledge graph (union of all article graphs) against graph/shapes.ttl with pyshacl."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import pyoxigraph as ox
import rdflib
from pyshacl import validate

from graph.errors import ShapeViolationError
from graph.store import KnowledgeStore
from graph.vocab import ALL_TRIPLES


@cache
def shapes() -> rdflib.Graph:
    text = resources.files("graph").joinpath("shapes.ttl").read_text(encoding="utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")


def union_graph(ks: KnowledgeStore) -> rdflib.Graph:
    """All statements of all articles as one rdflib graph (duplicates across articles collapse)."""
    triples = ks.query(ALL_TRIPLES)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data or b"", format="nt")


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str


def check(ks: KnowledgeStore) -> Report:
    """SHACL validation report of the store's union graph."""
    conforms, _, text = validate(
        union_graph(ks), shacl_graph=shapes(), inference="none", advanced=False, allow_warnings=True
    )
    return Report(bool(conforms), str(text))


def require_valid(ks: KnowledgeStore) -> None:
    report = check(ks)
    if not report.conforms:
        raise ShapeViolationError(
            "the knowledge graph does not conform to graph/shapes.ttl; fix the facts or the mapping:\n"
            + report.text
        )
