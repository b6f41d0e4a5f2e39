"""Persons and organizations on the real articles of ../shared/corpus, scored like `kg eval` (issue 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from nlp.extract import extract
from nlp.scoring import Report, score_dir

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def report(nlp: Language) -> Report:
    if not SHARED.is_dir() or not any(SHARED.glob("*.gold.json")):
        pytest.fail(f"{SHARED} is missing: clone the project beside ../shared (this test never skips).")
    return score_dir(SHARED, lambda text, doc_id: extract(text, doc_id, nlp=nlp))


def test_person_f1_target(report: Report) -> None:
    counts = report.totals()["persons"]
    assert counts.f1 >= 0.95, report.to_markdown()


def test_organization_f1_target(report: Report) -> None:
    counts = report.totals()["organizations"]
    assert counts.f1 >= 0.85, report.to_markdown()
