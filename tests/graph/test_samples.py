"""The repository's sample corpus (gold facts, no spaCy): idempotent ingest and valid shapes."""

from __future__ import annotations

from graph.store import KnowledgeStore
from graph.validate import check
from tests.graph.gold import SAMPLES, shared_pairs


def test_samples_twice_give_same_triple_count_and_conform(kstore: KnowledgeStore) -> None:
    pairs = shared_pairs(SAMPLES)
    assert {kstore.ingest(a, f, pipeline_version="gold") for a, f in pairs} == {"new"}
    before = len(kstore)
    assert {kstore.ingest(a, f, pipeline_version="gold") for a, f in pairs} == {"unchanged"}
    assert len(kstore) == before
    report = check(kstore)
    assert report.conforms, report.text[:3000]


def test_samples_abbreviation_links_long_form(kstore: KnowledgeStore) -> None:
    for article, facts in shared_pairs(SAMPLES):
        kstore.ingest(article, facts, pipeline_version="gold")
    rows = kstore.query(
        "SELECT DISTINCT ?o WHERE { ?o a org:Organization ; skos:altLabel ?a FILTER(?a = 'IAU') }"
    )
    assert len(list(rows)) == 1
