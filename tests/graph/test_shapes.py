"""SHACL: produced graphs conform to graph/shapes.ttl, and the shapes catch broken graphs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.errors import ShapeViolationError
from graph.store import KnowledgeStore
from graph.validate import check, require_valid
from tests.graph.conftest import VERSION, baj_article, baj_facts


def test_ingested_article_conforms(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    report = check(kstore)
    assert report.conforms, report.text


def test_two_articles_sharing_entities_conform(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    kstore.ingest(baj_article(url="https://example.org/copy"), baj_facts(), pipeline_version=VERSION)
    report = check(kstore)
    assert report.conforms, report.text


def test_membership_without_evidence_violates(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    kstore.store.update("""PREFIX org: <http://www.w3.org/ns/org#> PREFIX kg: <https://kg.example.org/ns#>
        DELETE { GRAPH ?g { ?m kg:evidence ?e } }
        WHERE { GRAPH ?g { ?m a org:Membership ; kg:evidence ?e } }""")
    with pytest.raises(ShapeViolationError, match="evidence"):
        require_valid(kstore)


def test_membership_with_two_members_violates(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    row = next(iter(kstore.query("SELECT ?m ?g WHERE { GRAPH ?g { ?m a org:Membership } }")))
    other = ox.NamedNode("https://kg.example.org/id/person/someone-else")
    kstore.store.add(ox.Quad(row["m"], ox.NamedNode("http://www.w3.org/ns/org#member"), other, row["g"]))
    assert not check(kstore).conforms
