"""End to end on the seed article of ../shared: all eight persons with their organizations, no tail facts."""

import json
from pathlib import Path

import pytest

from nlp.extract import extract
from nlp.scoring import score_article

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SEED = "seed-ikone-ds-krisenmanagement"

pytestmark = pytest.mark.shared


MISSING = f"{SHARED / SEED}.txt or .gold.json is missing: check out the project beside ../shared."


@pytest.fixture(scope="module")
def seed(nlp):
    """(text, gold, facts) of the seed article, or None when ../shared is missing (the tests then fail)."""
    text_path, gold_path = SHARED / f"{SEED}.txt", SHARED / f"{SEED}.gold.json"
    if not text_path.exists() or not gold_path.exists():
        return None
    text = text_path.read_text(encoding="utf-8")
    return text, json.loads(gold_path.read_text(encoding="utf-8")), extract(text, SEED, nlp=nlp)


def test_all_gold_persons_found(seed):
    assert seed is not None, MISSING
    _, gold, facts = seed
    assert score_article(gold, facts).counts["persons"].fn == 0


def test_every_person_has_its_gold_organization(seed):
    assert seed is not None, MISSING
    _, gold, facts = seed
    counts = score_article(gold, facts).counts["affiliations"]
    assert counts.fn == 0, score_article(gold, facts).missed["affiliations"]


def test_boilerplate_tail_yields_no_facts(seed):
    assert seed is not None, MISSING
    text, _, facts = seed
    tail = text.index("Aktuelle Beiträge")
    offsets = [
        m
        for group in (facts.persons, facts.organizations, facts.projects, facts.events)
        for ent in group
        for m in ent.mentions
    ]
    evidence = [f.evidence.start for f in [*facts.roles, *facts.affiliations, *facts.speakers, *facts.quotes]]
    assert all(start < tail for start, _ in offsets) and all(start < tail for start in evidence)
