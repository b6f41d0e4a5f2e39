"""Invariants of the facts contract on every sample and shared article: offsets, evidence, names."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import iter_articles
from nlp.extract import extract_batch
from nlp.facts import Facts
from nlp.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def extracted() -> list[tuple[str, Facts]]:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: clone the project beside ../shared (this test never skips).")
    articles = [i.article for i in iter_articles([ROOT / "corpus" / "samples", SHARED]) if i.article]
    facts = extract_batch(((a.id, a.text) for a in articles), nlp=load_pipeline())
    return [(a.text, f) for a, f in zip(articles, facts, strict=True)]


def _evidences(facts: Facts) -> list:  # type: ignore[type-arg]
    return [
        r.evidence
        for r in (*facts.roles, *facts.affiliations, *facts.speakers, *facts.quotes, *facts.project_links)
    ]


def test_evidence_offsets_point_at_the_sentence(extracted: list[tuple[str, Facts]]) -> None:
    for text, facts in extracted:
        for ev in _evidences(facts):
            assert text[ev.start : ev.end] == ev.sentence
            assert 0.0 < ev.confidence <= 1.0


def test_mentions_are_inside_the_text_and_not_empty(extracted: list[tuple[str, Facts]]) -> None:
    for text, facts in extracted:
        for entity in (*facts.persons, *facts.organizations, *facts.projects, *facts.locations):
            assert entity.mentions, entity.name
            for start, end in entity.mentions:
                assert 0 <= start < end <= len(text)
                assert text[start:end].strip()


def test_relations_name_entities_of_the_same_article(extracted: list[tuple[str, Facts]]) -> None:
    for _, facts in extracted:
        persons = {p.name for p in facts.persons}
        orgs = {o.name for o in facts.organizations}
        for role in facts.roles:
            assert role.person in persons
            assert role.organization is None or role.organization in orgs
        for aff in facts.affiliations:
            assert aff.person in persons and aff.organization in orgs
        for item in (*facts.speakers, *facts.quotes, *facts.project_links):
            assert item.person in persons
        for org in facts.organizations:
            assert org.part_of is None or org.part_of in orgs


def test_person_names_carry_no_academic_titles(extracted: list[tuple[str, Facts]]) -> None:
    for _, facts in extracted:
        for person in facts.persons:
            assert not person.name.startswith(("Dr.", "Prof.", "Dipl.")), person.name
