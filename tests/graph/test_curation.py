"""Curation decisions on a real on-disk store: merge, split, wrong facts, undo, and re-ingest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from corpus.article import Article
from graph import curate, validate
from graph.curation import rejected_facts
from graph.store import KnowledgeStore
from graph.vocab import CURATION_GRAPH, ENTITIES_GRAPH
from nlp.facts import Facts
from tests.curation_data import (
    ANNA,
    ANNE,
    CITY,
    TOM,
    VERSION,
    article_a,
    article_b,
    article_c,
    article_dki,
    article_ifd,
    article_ifd_long,
)

DKI = "https://kg.example.org/id/org/datenkund-institut"

Make = Callable[[], tuple[Article, Facts]]


def ingest(ks: KnowledgeStore, *makers: Make) -> None:
    for make in makers:
        article, facts = make()
        ks.ingest(article, facts, pipeline_version=VERSION)


def wipe(ks: KnowledgeStore) -> None:
    """Delete every article (the curation graph stays, as a full re-ingest would find it)."""
    for ident in ks.article_ids():
        ks.delete(ident)


def entities(ks: KnowledgeStore) -> dict[str, str]:
    rows = ks.query(f"SELECT ?e ?l WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e skos:prefLabel ?l }} }}")
    return {r["e"].value: r["l"].value for r in rows}


def article_quads(ks: KnowledgeStore) -> set[ox.Quad]:
    return {q for q in ks.store if q.graph_name != ox.NamedNode(CURATION_GRAPH)}


def facts_of(ks: KnowledgeStore, person: str) -> set[str]:
    rows = ks.query(f"""SELECT DISTINCT ?f WHERE {{ {{ ?f org:member <{person}> }} UNION
        {{ ?f schema:performer <{person}> }} }}""")
    return {r["f"].value for r in rows}


@pytest.fixture()
def ks(tmp_path: Path) -> KnowledgeStore:
    store = KnowledgeStore(tmp_path / "kg")
    ingest(store, article_a, article_b)
    return store


def test_merge_gives_one_entity_under_the_smaller_iri_with_the_kept_name(ks: KnowledgeStore) -> None:
    decision = curate.merge(ks, keep=ANNE, other=ANNA, curator="Erika Muster")
    names = entities(ks)
    assert decision.generated == ANNA  # the smaller IRI, whichever was kept
    assert names[ANNA] == "Anne Weber" and ANNE not in names
    assert len(facts_of(ks, ANNA)) == 2  # Anna's role and Anne's talk


def test_merge_survives_a_full_reingest(ks: KnowledgeStore) -> None:
    curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    wipe(ks)
    assert entities(ks) == {}
    ingest(ks, article_a, article_b)
    names = entities(ks)
    assert names[ANNA] == "Anna Weber" and ANNE not in names
    assert len(facts_of(ks, ANNA)) == 2


def test_merged_iri_is_the_same_in_the_opposite_ingest_order(tmp_path: Path) -> None:
    results = []
    for name, order in (("ab", (article_a, article_b)), ("ba", (article_b, article_a))):
        store = KnowledgeStore(tmp_path / name)
        ingest(store, *order)
        curate.merge(store, keep=ANNE, other=ANNA, curator="Erika Muster")
        wipe(store)
        ingest(store, *order[::-1])  # and read again the other way round
        results.append({e for e in entities(store) if "/person/" in e})
        store.close()
    assert results[0] == results[1] == {ANNA, TOM}


def test_a_new_article_resolves_to_the_merged_entity(ks: KnowledgeStore) -> None:
    curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    wipe(ks)
    ingest(ks, article_b)  # only "Anne Weber": never seen together with "Anna Weber" in this store
    assert entities(ks).get(ANNA) == "Anna Weber" and ANNE not in entities(ks)


def test_merged_iri_is_same_as_the_kept_one_in_the_curation_graph(ks: KnowledgeStore) -> None:
    curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    rows = ks.query(f"SELECT ?o WHERE {{ GRAPH <{CURATION_GRAPH}> {{ <{ANNE}> owl:sameAs ?o }} }}")
    assert [r["o"].value for r in rows] == [ANNA]


def test_decision_is_prov_activity_with_curator_and_time(ks: KnowledgeStore) -> None:
    curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    rows = list(
        ks.query(f"""SELECT ?who ?when WHERE {{ GRAPH <{CURATION_GRAPH}> {{
        ?d a prov:Activity, kg:MergeDecision ; prov:used <{ANNE}> ; prov:generated <{ANNA}> ;
           prov:endedAtTime ?when ; prov:wasAssociatedWith/rdfs:label ?who }} }}""")
    )
    assert [r["who"].value for r in rows] == ["Erika Muster"]
    assert rows[0]["when"].datatype.value.endswith("#dateTime")


def test_undo_merge_restores_the_article_graphs(ks: KnowledgeStore) -> None:
    before = article_quads(ks)
    decision = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    undone, kept = curate.undo(ks, decision.id, curator="Max Muster")
    assert article_quads(ks) == before and kept == []
    assert undone.undone_curator == "Max Muster"


def test_undo_after_reingest_resets_the_fingerprint_so_the_next_ingest_reads_again(
    ks: KnowledgeStore,
) -> None:
    decision = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    wipe(ks)
    ingest(ks, article_a, article_b)
    _, kept = curate.undo(ks, decision.id, curator="Erika Muster")
    assert len(kept) == 1  # article B was read while the merge held
    ingest(ks, article_b)
    assert {ANNA, ANNE} <= set(entities(ks))


def test_split_by_name_separates_the_city_from_its_administration(ks: KnowledgeStore) -> None:
    assert entities(ks)[CITY] == "Stadtverwaltung Musterhausen"  # folded into one automatically
    decision = curate.split(ks, CITY, curator="Erika Muster", label="Stadt Musterhausen")
    names = entities(ks)
    assert decision.generated and names[decision.generated] == "Stadt Musterhausen"
    organizer = ks.query("SELECT ?o WHERE { ?e schema:organizer ?o }")
    assert [r["o"].value for r in organizer] == [decision.generated]


def test_split_survives_reingest_and_holds_for_new_articles(ks: KnowledgeStore) -> None:
    decision = curate.split(ks, CITY, curator="Erika Muster", label="Stadt Musterhausen")
    wipe(ks)
    ingest(ks, article_a, article_b, article_c)
    rows = ks.query(f"SELECT DISTINCT ?o WHERE {{ ?m org:member <{TOM}> ; org:organization ?o }}")
    assert {r["o"].value for r in rows} == {CITY, decision.generated}  # A: the administration, C: the city


def test_split_by_article_moves_only_that_articles_mentions(ks: KnowledgeStore) -> None:
    ingest(ks, article_c)  # Tom Berg in A and C
    article_c_id = article_c()[0].id
    decision = curate.split(ks, TOM, curator="Erika Muster", articles=[article_c_id])
    wipe(ks)
    ingest(ks, article_c, article_a)
    assert decision.generated and entities(ks)[decision.generated] == "Tom Berg"
    assert len(facts_of(ks, TOM)) == 1 and len(facts_of(ks, decision.generated)) == 1


def test_wrong_fact_is_flagged_and_stays_flagged_after_reingest(ks: KnowledgeStore) -> None:
    (talk,) = facts_of(ks, ANNE)
    curate.wrong(ks, talk, curator="Erika Muster")
    assert rejected_facts(ks.store) == {talk}
    wipe(ks)
    ingest(ks, article_b, article_a)
    assert rejected_facts(ks.store) == {talk}


def test_wrong_fact_is_found_again_when_a_merge_changed_its_iri(ks: KnowledgeStore) -> None:
    (talk,) = facts_of(ks, ANNE)
    curate.wrong(ks, talk, curator="Erika Muster")
    curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    wipe(ks)
    ingest(ks, article_a, article_b)
    talks = {r["f"].value for r in ks.query(f"SELECT ?f WHERE {{ ?f schema:performer <{ANNA}> }}")}
    assert len(talks) == 1 and talks != {talk}  # a new IRI (hashed with the merged person) ...
    assert talks <= rejected_facts(ks.store)  # ... still rejected


def test_undo_wrong_unflags_the_fact(ks: KnowledgeStore) -> None:
    (talk,) = facts_of(ks, ANNE)
    decision = curate.wrong(ks, talk, curator="Erika Muster")
    curate.undo(ks, decision.id, curator="Erika Muster")
    assert rejected_facts(ks.store) == set()


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda ks: curate.merge(ks, ANNA, ANNA, "X"), curate.CurationError),
        (lambda ks: curate.merge(ks, ANNA, CITY, "X"), curate.CurationConflictError),
        (lambda ks: curate.merge(ks, ANNA, ANNA + "-x", "X"), curate.CurationNotFoundError),
        (lambda ks: curate.merge(ks, ANNA, ANNE, "  "), curate.CurationError),
        (lambda ks: curate.split(ks, CITY, "X", label="Stadtverwaltung Musterhausen"), curate.CurationError),
        (lambda ks: curate.split(ks, CITY, "X", label="Gemeinde Irgendwo"), curate.CurationError),
        (lambda ks: curate.split(ks, CITY, "X"), curate.CurationError),
        (lambda ks: curate.split(ks, ANNA, "X", articles=["nope"]), curate.CurationNotFoundError),
        (lambda ks: curate.wrong(ks, ANNA, "X"), curate.CurationNotFoundError),
        (lambda ks: curate.undo(ks, "0123456789abcdef", "X"), curate.CurationNotFoundError),
    ],
)
def test_bad_decisions_are_refused_and_change_nothing(
    ks: KnowledgeStore, call: Callable[[KnowledgeStore], object], error: type[Exception]
) -> None:
    before = set(ks.store)
    with pytest.raises(error):
        call(ks)
    assert set(ks.store) == before


def test_undo_twice_is_a_conflict(ks: KnowledgeStore) -> None:
    decision = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    curate.undo(ks, decision.id, curator="Erika Muster")
    with pytest.raises(curate.CurationConflictError):
        curate.undo(ks, decision.id, curator="Erika Muster")


def test_the_same_decision_made_again_after_an_undo_holds(ks: KnowledgeStore) -> None:
    first = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    curate.undo(ks, first.id, curator="Erika Muster")
    again = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")  # within the same second
    assert again.id != first.id and again.active and ANNE not in entities(ks)


def orgs(ks: KnowledgeStore) -> set[str]:
    return {e for e in entities(ks) if "/org/" in e}


def test_merged_iri_is_the_same_when_the_automatic_iris_depend_on_the_order(tmp_path: Path) -> None:
    order = (article_ifd, article_ifd_long, article_dki)
    store = KnowledgeStore(tmp_path / "kg")
    ingest(store, *order)
    auto = orgs(store)
    assert len(auto) == 2  # "IfD" = "Institut für Datenkunde (IfD)"; the "Datenkunde-Institut" apart
    (ifd,) = auto - {DKI}
    decision = curate.merge(store, keep=DKI, other=ifd, curator="Erika Muster")
    wipe(store)
    ingest(store, *order[::-1])  # the long form first: automatically, another IRI than `ifd`
    assert orgs(store) == {decision.generated}
    assert len(facts_of_org(store, decision.generated or "")) == 1


def facts_of_org(ks: KnowledgeStore, org: str) -> set[str]:
    return {r["f"].value for r in ks.query(f"SELECT ?f WHERE {{ ?f org:organization <{org}> }}")}


def test_a_curated_store_conforms_to_the_shapes_before_and_after_a_reingest(ks: KnowledgeStore) -> None:
    ingest(ks, article_c)
    curate.merge(ks, keep=ANNE, other=ANNA, curator="Erika Muster")  # the name of the larger IRI
    curate.split(ks, CITY, curator="Erika Muster", label="Stadt Musterhausen")
    curate.wrong(ks, next(iter(facts_of(ks, ANNA))), curator="Erika Muster")
    assert validate.check(ks).conforms
    wipe(ks)
    ingest(ks, article_a, article_b, article_c)
    report = validate.check(ks)
    assert report.conforms, report.text
    assert entities(ks)[ANNA] == "Anne Weber"  # one name, whichever article came first


def test_undo_of_a_merge_a_later_split_builds_on_is_a_conflict(ks: KnowledgeStore) -> None:
    merged = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    split = curate.split(ks, ANNA, curator="Erika Muster", articles=[article_b()[0].id])
    before = set(ks.store)
    with pytest.raises(curate.CurationConflictError, match=split.id):
        curate.undo(ks, merged.id, curator="Erika Muster")
    assert set(ks.store) == before
    curate.undo(ks, split.id, curator="Erika Muster")
    curate.undo(ks, merged.id, curator="Erika Muster")
    assert {ANNA, ANNE} <= set(entities(ks))


def test_a_split_in_the_same_millisecond_as_its_merge_still_blocks_the_merges_undo(
    ks: KnowledgeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(curate, "_now", lambda: "2026-12-04T17:00:00.000Z")  # both decisions, one stamp
    merged = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    split = curate.split(ks, ANNA, curator="Erika Muster", articles=[article_b()[0].id])
    with pytest.raises(curate.CurationConflictError, match=split.id):
        curate.undo(ks, merged.id, curator="Erika Muster")


def test_a_new_article_after_a_split_by_name_goes_to_the_split_off_entity(ks: KnowledgeStore) -> None:
    decision = curate.split(ks, CITY, curator="Erika Muster", label="Stadt Musterhausen")
    ingest(ks, article_c)  # "Stadt Musterhausen" again, the automatic resolution would fold it into CITY
    rows = ks.query(f"SELECT DISTINCT ?o WHERE {{ ?m org:member <{TOM}> ; org:organization ?o }}")
    assert {r["o"].value for r in rows} == {CITY, decision.generated}


def test_decision_times_compare_as_instants_whatever_the_digits_of_their_fraction(
    ks: KnowledgeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = iter(["2026-12-04T17:00:00.120Z", "2026-12-04T17:00:00.125Z"])  # stored as ".12Z", ".125Z"
    monkeypatch.setattr(curate, "_now", lambda: next(stamps))
    merged = curate.merge(ks, keep=ANNA, other=ANNE, curator="Erika Muster")
    split = curate.split(ks, ANNA, curator="Erika Muster", articles=[article_b()[0].id])
    with pytest.raises(curate.CurationConflictError, match=split.id):
        curate.undo(ks, merged.id, curator="Erika Muster")
