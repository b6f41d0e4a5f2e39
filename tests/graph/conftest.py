"""Hand-built German articles and facts for the graph tests (no spaCy)."""

from __future__ import annotations

import pytest

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Affiliation, Event, Evidence, Facts, Organization, Person, Project, Quote, Role, Speaker

VERSION = "test-pipeline 0.1"

BAJ_TEXT = (
    "Die Fachtagung fand in Kaiserslautern statt. "
    "Eleonore Baj, Leiterin der Stabsstelle Notfall- und Krisenmanagement der Stadtverwaltung "
    "Kaiserslautern, sprach über das Krisenmanagement der Stadt. "
    "Jan Ole Berndt vom Deutschen Forschungszentrum für Künstliche Intelligenz (DFKI) stellte das "
    "Projekt Akrima vor. „Wir lernen voneinander“, sagte Baj."
)

UNIT = "Stabsstelle Notfall- und Krisenmanagement der Stadtverwaltung Kaiserslautern"
CITY = "Stadtverwaltung Kaiserslautern"
DFKI = "Deutsches Forschungszentrum für Künstliche Intelligenz"


def evidence(text: str, sentence_start: str, confidence: float = 0.9) -> Evidence:
    """Evidence for the sentence of `text` that starts with `sentence_start`."""
    start = text.index(sentence_start)
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return Evidence(sentence=text[start:end], start=start, end=end, confidence=confidence)


def baj_article(text: str = BAJ_TEXT, **meta: object) -> Article:
    meta.setdefault("url", "https://example.org/ikone/fachtagung")
    meta.setdefault("title", "Krisenmanagement: Voneinander lernen")
    return Article.from_text(text, **meta)


def baj_facts(text: str = BAJ_TEXT) -> Facts:
    ev_baj = evidence(text, "Eleonore Baj")
    ev_berndt = evidence(text, "Jan Ole Berndt")
    unit_at = text.index("Stabsstelle")
    return Facts(
        persons=[Person(name="Eleonore Baj", aliases=["Baj"]), Person(name="Jan Ole Berndt")],
        organizations=[
            Organization(
                name=UNIT,
                aliases=["Stabsstelle Notfall- und Krisenmanagement"],
                part_of=CITY,
                mentions=[(unit_at, unit_at + len(UNIT))],
            ),
            Organization(name=CITY, aliases=["Stadt Kaiserslautern"]),
            Organization(
                name=DFKI, aliases=["DFKI", "Deutschen Forschungszentrum für Künstliche Intelligenz"]
            ),
        ],
        projects=[Project(name="Akrima")],
        events=[Event(name="Fachtagung Krisenmanagement", organizer=CITY, location="Kaiserslautern")],
        roles=[
            Role(
                person="Eleonore Baj", role="Leiterin", role_key="leitung", organization=UNIT, evidence=ev_baj
            )
        ],
        affiliations=[
            Affiliation(person="Eleonore Baj", organization=UNIT, evidence=ev_baj),
            Affiliation(person="Jan Ole Berndt", organization=DFKI, evidence=ev_berndt),
        ],
        speakers=[
            Speaker(
                person="Eleonore Baj",
                event="Fachtagung Krisenmanagement",
                topic="Krisenmanagement der Stadt",
                evidence=ev_baj,
            ),
            Speaker(
                person="Jan Ole Berndt",
                event="Fachtagung Krisenmanagement",
                topic="Akrima",
                evidence=ev_berndt,
            ),
        ],
        quotes=[
            Quote(
                person="Eleonore Baj", quote="Wir lernen voneinander", evidence=evidence(text, "„Wir lernen")
            )
        ],
    )


@pytest.fixture
def kstore() -> KnowledgeStore:
    return KnowledgeStore(None)
