"""KnowledgeStore: one graph per article, idempotent re-ingest, replacement, deletion."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import FactsError, StoreError
from graph.store import KnowledgeStore
from nlp.facts import Affiliation, Facts, Organization, Person
from tests.graph.conftest import BAJ_TEXT, DFKI, VERSION, baj_article, baj_facts, evidence


def _dfki_article(url: str, name: str = DFKI, aliases: tuple[str, ...] = ("DFKI",)):
    text = f"Martin Memmel arbeitet am {name}. Das Projekt läuft seit 2020."
    from corpus.article import Article

    facts = Facts(
        persons=[Person(name="Martin Memmel")],
        organizations=[Organization(name=name, aliases=list(aliases))],
        affiliations=[
            Affiliation(person="Martin Memmel", organization=name, evidence=evidence(text, "Martin Memmel"))
        ],
    )
    return Article.from_text(text, url=url), facts


def test_new_article_is_reported_new(kstore: KnowledgeStore) -> None:
    assert kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION) == "new"


def test_reingest_same_content_keeps_triple_count(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    before = len(kstore)
    assert kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION) == "unchanged"
    assert len(kstore) == before


def test_changed_version_of_same_url_replaces_graph(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    text2 = BAJ_TEXT.replace("Die Fachtagung", "Die zweite Fachtagung")
    status = kstore.ingest(baj_article(text2), baj_facts(text2), pipeline_version=VERSION)
    assert status == "replaced"
    assert kstore.article_ids() == [baj_article(text2).id]
    assert len(kstore.graphs_of(baj_article(text2).id)) == 1
    assert kstore.graphs_of(baj_article().id) == []


def test_replacement_equals_fresh_ingest(kstore: KnowledgeStore) -> None:
    text2 = BAJ_TEXT.replace("Die Fachtagung", "Die zweite Fachtagung")
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    kstore.ingest(baj_article(text2), baj_facts(text2), pipeline_version=VERSION)
    fresh = KnowledgeStore(None)
    fresh.ingest(baj_article(text2), baj_facts(text2), pipeline_version=VERSION)
    assert set(kstore.store) == set(fresh.store)


def test_same_entity_in_two_articles_is_one_node_with_both_sources(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    art, facts = _dfki_article(
        "https://example.org/b", "des Deutschen Forschungszentrums für Künstliche Intelligenz", aliases=()
    )
    kstore.ingest(art, facts, pipeline_version=VERSION)
    rows = list(
        kstore.query("""SELECT DISTINCT ?org ?a WHERE { ?a schema:mentions ?org .
        ?org skos:prefLabel ?l FILTER(CONTAINS(?l, "Forschungszentrum")) }""")
    )
    assert len({r["org"] for r in rows}) == 1
    assert len({r["a"] for r in rows}) == 2


def test_abbreviation_alone_resolves_to_long_form(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    art, facts = _dfki_article("https://example.org/c", "DFKI", aliases=())
    kstore.ingest(art, facts, pipeline_version=VERSION)
    rows = list(
        kstore.query("""SELECT DISTINCT ?m ?method WHERE { ?m a kg:EntityMatch ; kg:mention "DFKI" ;
        kg:matchMethod ?method ; kg:matchedEntity ?e . ?e skos:prefLabel ?l
        FILTER(STRSTARTS(?l, "Deutsches")) }""")
    )
    assert [r["method"].value for r in rows] == ["abbreviation"]


def test_delete_keeps_entities_supported_elsewhere(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    art, facts = _dfki_article("https://example.org/b")
    kstore.ingest(art, facts, pipeline_version=VERSION)
    assert kstore.delete(baj_article().id)
    ask_dfki = "ASK { ?o a org:Organization ; skos:prefLabel ?l FILTER(STRSTARTS(?l, 'Deutsches')) }"
    assert kstore.query(ask_dfki)
    assert not kstore.query("ASK { ?p a schema:Person ; skos:prefLabel 'Eleonore Baj' }")


def test_delete_removes_exactly_the_article(kstore: KnowledgeStore) -> None:
    art, facts = _dfki_article("https://example.org/b")
    kstore.ingest(art, facts, pipeline_version=VERSION)
    only_b = set(kstore.store)
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    kstore.delete(baj_article().id)
    assert set(kstore.store) == only_b


def test_delete_unknown_article_returns_false(kstore: KnowledgeStore) -> None:
    assert kstore.delete("no-such-article") is False


def test_store_reopens_from_disk(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
        n = len(ks)
    with KnowledgeStore(tmp_path / "kg") as ks:
        assert len(ks) == n
        assert ks.ingest(baj_article(), baj_facts(), pipeline_version=VERSION) == "unchanged"


def test_store_locked_by_another_handle_raises_store_error(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg"), pytest.raises(StoreError, match="another process"):
        KnowledgeStore(tmp_path / "kg")


def test_replacement_survives_quotes_backslashes_and_newlines(kstore: KnowledgeStore) -> None:
    text = 'Eleonore Baj sagte: "Wir \\ lernen"\nvoneinander. Ende.'
    facts = Facts(persons=[Person(name="Eleonore Baj")])
    kstore.ingest(baj_article(text, title='Titel mit "Zitat"'), facts, pipeline_version=VERSION)
    status = kstore.ingest(baj_article(text, title='Neuer "Titel"\\'), facts, pipeline_version=VERSION)
    assert status == "replaced"
    assert kstore.query('ASK { ?a schema:headline "Neuer \\"Titel\\"\\\\"@de }')


def test_delete_by_url(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    assert kstore.delete("https://example.org/ikone/fachtagung")
    assert len(kstore) == 0


def test_failed_write_leaves_store_and_index_unchanged(kstore: KnowledgeStore) -> None:
    kstore.ingest(baj_article(), baj_facts(), pipeline_version=VERSION)
    before = set(kstore.store)
    bad = Facts(
        persons=[Person(name="Eleonore Baj")],
        affiliations=[
            Affiliation(person="Eleonore Baj", organization=" ", evidence=evidence(BAJ_TEXT, "Eleonore Baj"))
        ],
    )
    with pytest.raises(FactsError, match="empty entity"):
        kstore.ingest(baj_article(url="https://example.org/other"), bad, pipeline_version=VERSION)
    assert set(kstore.store) == before
    assert kstore.article_ids() == [baj_article().id]


def test_index_rebuilt_on_open_equals_the_live_index(tmp_path: Path) -> None:
    from tests.graph.gold import SAMPLES, shared_pairs

    with KnowledgeStore(tmp_path / "kg") as ks:
        for article, facts in shared_pairs(SAMPLES):
            ks.ingest(article, facts, pipeline_version=VERSION)
        live = {k: v for k, v in ks.index._keys.items() if v}
    with KnowledgeStore(tmp_path / "kg") as ks:
        assert {k: v for k, v in ks.index._keys.items() if v} == live


def index_state(ks: KnowledgeStore) -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
    keys = {k: v for k, v in ks.index._keys.items() if v}
    persons = {k: v for k, v in ks.index._persons.items() if v}
    return keys, persons, dict(ks.index.labels)


def test_index_after_replaces_and_deletes_equals_an_index_rebuilt_on_open(tmp_path: Path) -> None:
    """Deletes and replacements re-register only what the article touched; the index stays the one a
    rebuild from the store would give."""
    from tests.graph.synthetic import article

    with KnowledgeStore(tmp_path / "kg") as ks:
        for i in range(10):
            ks.ingest(*article(i), pipeline_version=VERSION)
        for i in (2, 5):
            assert ks.ingest(*article(i, seed=99), pipeline_version=VERSION) == "replaced"
        for i in (3, 5, 7):
            assert ks.delete(f"https://example.org/synthetic/{i}")
        ks.ingest(*_dfki_article("https://example.org/dfki"), pipeline_version=VERSION)
        assert ks.delete("https://example.org/dfki")
        live = index_state(ks)
    with KnowledgeStore(tmp_path / "kg") as ks:
        assert index_state(ks) == live


def test_replacement_that_renames_an_entity_keeps_one_pref_label(kstore: KnowledgeStore) -> None:
    from graph.validate import check

    def version(org: str) -> tuple:
        text = f"Eleonore Baj arbeitet bei der {org}. Ende."
        facts = Facts(
            persons=[Person(name="Eleonore Baj")],
            organizations=[Organization(name=org)],
            affiliations=[
                Affiliation(person="Eleonore Baj", organization=org, evidence=evidence(text, "Eleonore Baj"))
            ],
        )
        return baj_article(text), facts

    kstore.ingest(*version("Stadtverwaltung Kaiserslautern"), pipeline_version=VERSION)
    assert kstore.ingest(*version("Stadt Kaiserslautern"), pipeline_version=VERSION) == "replaced"
    labels = {
        r["l"].value
        for r in kstore.query("SELECT DISTINCT ?l WHERE { ?o a org:Organization ; skos:prefLabel ?l }")
    }
    assert labels == {"Stadt Kaiserslautern"}
    assert check(kstore).conforms


def test_store_path_with_missing_parent_folders_is_created(tmp_path: Path) -> None:
    store = KnowledgeStore(tmp_path / "var" / "kg" / "store")
    assert len(store) == 0
    store.close()
    assert (tmp_path / "var" / "kg" / "store").is_dir()
