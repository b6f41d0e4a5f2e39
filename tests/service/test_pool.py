"""`Extraction`: outcomes in input order, failures and facts lines in their place, one or two workers."""

from __future__ import annotations

import pytest
from spacy.language import Language

import service.pool
from corpus.article import Article
from corpus.loaded import Loaded
from nlp.facts import Facts, Person
from nlp.pipeline import load_pipeline
from service.pool import Extraction

TEXTS = [
    "Die Landrätin Petra Möller eröffnete die Tagung.",
    "Der Dekan Jörg Weiß sprach über das Projekt „Datenbrücke“.",
    "Bürgermeister Klaus Bauer begrüßte die Gäste.",
]
GIVEN = Facts(id="given", persons=[Person(name="Eva Roth", mentions=[(0, 8)])])


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch) -> Language:
    monkeypatch.setattr(service.pool, "CHUNK", 2)
    return load_pipeline()


def _items() -> list[Loaded]:
    good = [Loaded.ok(f"in:{i}", Article.from_text(t, id=f"a{i}")) for i, t in enumerate(TEXTS)]
    given = Loaded(
        source="in:facts",
        article=Article.from_text("Eva Roth kam.", id="given"),
        facts=GIVEN,
        pipeline_version="v0",
    )
    return [good[0], Loaded.failed("in:bad", "in:bad: not valid JSON"), given, good[1], good[2]]


@pytest.mark.parametrize("workers", [1, 2])
def test_outcomes_come_in_input_order(pipeline: Language, workers: int) -> None:
    with Extraction(workers) as extraction:
        sources = [o.source for o in extraction.outcomes(_items())]
    assert sources == ["in:0", "in:bad", "in:facts", "in:1", "in:2"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failed_read_keeps_its_message(pipeline: Language, workers: int) -> None:
    with Extraction(workers) as extraction:
        [failed] = [o for o in extraction.outcomes(_items()) if o.facts is None]
    assert (failed.article, failed.error) == (None, "in:bad: not valid JSON")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_facts_line_passes_through_with_its_version(pipeline: Language, workers: int) -> None:
    with Extraction(workers) as extraction:
        [given] = [o for o in extraction.outcomes(_items()) if o.source == "in:facts"]
    assert (given.facts, given.pipeline_version) == (GIVEN, "v0")


def test_extracted_outcomes_name_this_pipeline(pipeline: Language) -> None:
    with Extraction(2) as extraction:
        versions = {o.pipeline_version for o in extraction.outcomes(_items())}
    assert versions == {extraction.version, "v0", None}
