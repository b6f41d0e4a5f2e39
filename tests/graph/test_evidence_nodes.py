"""Evidence sentences are stated once per article and shared by the facts read from them."""

from __future__ import annotations

from graph.store import KnowledgeStore
from graph.validate import check
from tests.graph.conftest import VERSION, baj_article, baj_facts, evidence

BAJ_SENTENCE = evidence(baj_article().text, "Eleonore Baj")

FACT_EVIDENCE = """SELECT ?f ?target ?sentence ?start ?end WHERE {
  ?f kg:evidence ?target . ?target oa:hasSource ?a ; oa:hasSelector ?q, ?p .
  ?q oa:exact ?sentence . ?p oa:start ?start ; oa:end ?end }"""


def test_facts_of_one_sentence_share_one_annotation_target(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    rows = [r for r in kstore.query(FACT_EVIDENCE) if r["sentence"].value == BAJ_SENTENCE.sentence]
    facts = {r["f"].value for r in rows}
    assert len(facts) >= 2  # Baj's role and her talk are read from that sentence
    assert len({r["target"].value for r in rows}) == 1
    spans = {(r["sentence"].value, r["start"].value, r["end"].value) for r in kstore.query(FACT_EVIDENCE)}
    assert len(list(kstore.query("SELECT ?q WHERE { ?q oa:exact ?s }"))) == len(spans)


def test_every_fact_keeps_its_sentence_and_offsets(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    rows = list(
        kstore.query(
            """SELECT ?sentence ?start ?end WHERE { ?f schema:performer/skos:prefLabel "Eleonore Baj" ;
            kg:evidence/oa:hasSelector ?q, ?p . ?q oa:exact ?sentence . ?p oa:start ?start ; oa:end ?end }"""
        )
    )
    assert [(r["sentence"].value, int(r["start"].value), int(r["end"].value)) for r in rows] == [
        (BAJ_SENTENCE.sentence, BAJ_SENTENCE.start, BAJ_SENTENCE.end)
    ]


def test_each_fact_has_one_evidence_and_the_shapes_hold(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    counts = kstore.query("SELECT ?f (COUNT(?t) AS ?n) WHERE { ?f kg:evidence ?t } GROUP BY ?f")
    assert {int(r["n"].value) for r in counts} == {1}
    assert check(kstore).conforms


def test_delete_removes_the_shared_evidence(kstore: KnowledgeStore) -> None:
    article = baj_article()
    kstore.ingest(article, baj_facts(), pipeline_version=VERSION)
    assert kstore.delete(article.id)
    assert not kstore.query("ASK { ?t oa:exact ?s }")
    assert not kstore.query("ASK { ?t oa:hasSelector ?s }")
