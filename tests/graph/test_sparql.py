"""SPARQL over the union graph: the questions analysts ask of the model."""

from __future__ import annotations

from graph.store import KnowledgeStore
from tests.graph.conftest import CITY, UNIT, VERSION, baj_article, baj_facts

MEMBERSHIPS = """
SELECT DISTINCT ?title ?roleLabel ?unitLabel ?parentLabel ?sentence ?start ?article WHERE {
  ?person skos:prefLabel "Eleonore Baj" .
  ?m a org:Membership ; org:member ?person ; org:organization ?unit ;
     org:role/skos:prefLabel ?roleLabel ; schema:jobTitle ?title ;
     prov:wasDerivedFrom ?article ;
     kg:evidence/oa:hasSelector ?q, ?p .
  ?q a oa:TextQuoteSelector ; oa:exact ?sentence .
  ?p a oa:TextPositionSelector ; oa:start ?start .
  ?unit skos:prefLabel ?unitLabel ; org:subOrganizationOf/skos:prefLabel ?parentLabel .
}"""


def test_membership_of_baj_has_role_unit_parent_and_sentence(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    rows = list(kstore.query(MEMBERSHIPS))
    assert len(rows) == 1
    row = rows[0]
    assert row["title"].value == "Leiterin"
    assert row["roleLabel"].value == "Leitung"
    assert row["unitLabel"].value == UNIT
    assert row["parentLabel"].value == CITY
    assert row["sentence"].value.startswith("Eleonore Baj, Leiterin der Stabsstelle")
    assert baj_article().text[int(row["start"].value) :].startswith("Eleonore Baj")


def test_role_concept_has_both_gendered_labels(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    rows = kstore.query(
        "SELECT DISTINCT ?alt WHERE { <https://kg.example.org/id/role/leitung> skos:altLabel ?alt }"
    )
    assert {r["alt"].value for r in rows} == {"Leiter", "Leiterin"}


def test_affiliation_with_role_is_not_a_second_membership(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    rows = list(
        kstore.query("""SELECT DISTINCT ?m WHERE { ?m org:member ?p . ?p skos:prefLabel "Eleonore Baj" }""")
    )
    assert len(rows) == 1


def test_every_entity_has_a_label(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    unlabeled = """ASK { ?e a ?t . VALUES ?t { schema:Person org:Organization schema:Project schema:Event
                    schema:Place skos:Concept }
                    FILTER NOT EXISTS { ?e kg:evidence ?ev }  # a fact (a talk is a schema:Event too)
                    FILTER NOT EXISTS { ?e rdfs:label ?l } }"""
    assert not kstore.query(unlabeled)
