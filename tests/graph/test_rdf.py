"""Facts -> quads: stable IRIs, named graphs, positions without organization, project attributions."""

from __future__ import annotations

import pytest

from corpus.article import Article
from graph.errors import FactsError
from graph.rdf import document_key
from graph.store import KnowledgeStore
from graph.validate import check
from graph.vocab import ENTITIES_GRAPH, graph_iri
from nlp.facts import Facts, Person, Project, ProjectLink, Quote, Role
from tests.graph.conftest import VERSION, baj_article, baj_facts, evidence

TEXT = "Martin Memmel ist Projektleiter. Er stellte das Projekt AScore vor."


def _memmel() -> tuple[Article, Facts]:
    ev = evidence(TEXT, "Martin Memmel")
    facts = Facts(
        persons=[Person(name="Martin Memmel", titles=["Dr."])],
        projects=[Project(name="AScore")],
        roles=[Role(person="Martin Memmel", role="Projektleiter", evidence=ev)],
        project_links=[
            ProjectLink(
                person="Martin Memmel",
                project="AScore",
                relation="presented",
                evidence=evidence(TEXT, "Er stellte"),
            )
        ],
    )
    return Article.from_text(TEXT, url="https://example.org/ascore"), facts


def test_same_input_gives_identical_quads_in_fresh_stores() -> None:
    a, b = KnowledgeStore(None), KnowledgeStore(None)
    a.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    b.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    assert set(a.store) == set(b.store)


def test_statements_live_in_article_graph_or_shared_entity_graph(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    graphs = {q.graph_name.value for q in kstore.store}
    assert graphs == {graph_iri(document_key(baj_article())), ENTITIES_GRAPH}


def test_role_without_organization_is_a_position(kstore: KnowledgeStore) -> None:
    article, facts = _memmel()
    kstore.ingest(article, facts, pipeline_version=VERSION)
    rows = list(
        kstore.query("""SELECT DISTINCT ?title ?role WHERE { ?f a kg:Position ; kg:holder ?p ;
        schema:jobTitle ?title ; org:role/skos:prefLabel ?role . ?p skos:prefLabel "Martin Memmel" }""")
    )
    assert [(r["title"].value, r["role"].value) for r in rows] == [("Projektleiter", "Projektleitung")]
    assert not kstore.query("ASK { ?m a org:Membership }")


def test_project_link_is_a_qualified_attribution_with_role(kstore: KnowledgeStore) -> None:
    article, facts = _memmel()
    kstore.ingest(article, facts, pipeline_version=VERSION)
    assert kstore.query("""ASK { ?proj skos:prefLabel "AScore" ; prov:wasAttributedTo ?p ;
        prov:qualifiedAttribution [ prov:agent ?p ; prov:hadRole/skos:prefLabel "presented"@de ;
                                    kg:evidence/oa:hasSelector/oa:exact ?s ] }""")
    assert check(kstore).conforms


def test_academic_title_is_kept_as_honorific_prefix(kstore: KnowledgeStore) -> None:
    article, facts = _memmel()
    kstore.ingest(article, facts, pipeline_version=VERSION)
    assert kstore.query('ASK { ?p skos:prefLabel "Martin Memmel" ; schema:honorificPrefix "Dr." }')


def test_fact_records_pipeline_version(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    assert kstore.query(f"""ASK {{ ?m a org:Membership ; prov:wasDerivedFrom ?a . ?act prov:used ?a ;
        prov:wasAssociatedWith/schema:softwareVersion "{VERSION}" }}""")


def test_facts_carry_no_statements_derivable_from_others(kstore: KnowledgeStore) -> None:
    """The activity is the article's, facts are prov:Entity by prov:wasDerivedFrom's domain, a talk's
    event is its schema:superEvent: none of it is stated per fact (graph/README.md, store size)."""
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    assert not kstore.query(
        "ASK { { ?f prov:wasGeneratedBy ?act } UNION { ?f a prov:Entity } "
        "UNION { ?e schema:subEvent ?t } UNION { ?f kg:evidence ?ev ; rdfs:label ?l } }"
    )


def test_new_pipeline_version_replaces_the_graph(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    assert kstore.ingest(baj_article(), baj_facts(), pipeline_version="v2") == "replaced"
    assert not kstore.query(f'ASK {{ ?a schema:softwareVersion "{VERSION}" }}')


def test_evidence_outside_the_text_is_rejected(kstore: KnowledgeStore) -> None:
    article, facts = _memmel()
    other = Article.from_text("Kurz.", url="https://example.org/kurz")
    with pytest.raises(FactsError, match="outside the text"):
        kstore.ingest(other, facts, pipeline_version=VERSION)
    assert len(kstore) == 0


def test_time_hint_is_kept_on_the_membership(kstore: KnowledgeStore) -> None:
    text = "Eleonore Baj leitet seit 2019 die Stabsstelle Krisenmanagement. Ende."
    facts = Facts(
        persons=[Person(name="Eleonore Baj")],
        roles=[
            Role(
                person="Eleonore Baj",
                role="Leiterin",
                role_key="leitung",
                organization="Stabsstelle Krisenmanagement",
                time="seit 2019",
                evidence=evidence(text, "Eleonore Baj"),
            )
        ],
    )
    kstore.ingest(Article.from_text(text), facts, pipeline_version=VERSION)
    assert kstore.query('ASK { ?m a org:Membership ; kg:timeHint "seit 2019"@de }')


def test_affiliation_without_role_is_a_membership_without_role(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    rows = list(
        kstore.query("""SELECT DISTINCT ?m WHERE { ?m a org:Membership ; org:member ?p .
        ?p skos:prefLabel "Jan Ole Berndt" FILTER NOT EXISTS { ?m org:role ?r } }""")
    )
    assert len(rows) == 1


def test_reported_speech_keeps_its_form_on_the_quotation(kstore: KnowledgeStore) -> None:
    text = "Martin Memmel betonte, dass das System bald laufe. Er war zufrieden."
    facts = Facts(
        persons=[Person(name="Martin Memmel")],
        quotes=[
            Quote(
                person="Martin Memmel",
                quote="das System bald laufe",
                form="indirect",
                evidence=evidence(text, "Martin Memmel"),
            )
        ],
    )
    kstore.ingest(Article.from_text(text, url="https://example.org/q"), facts, pipeline_version=VERSION)
    assert kstore.query("""ASK { ?q a schema:Quotation ; kg:quoteForm "indirect" ;
        prov:wasAttributedTo/skos:prefLabel "Martin Memmel" }""")
    assert check(kstore).conforms
