"""Invented German articles for the curation tests: two spellings of one person ("Anna Weber", "Anne
Weber"), a city and its administration ("Stadtverwaltung Musterhausen", "Stadt Musterhausen") that the
automatic resolution folds into one organization, and a role, a talk and an affiliation to mark wrong."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from corpus.article import Article
from nlp.facts import Affiliation, Event, Evidence, Facts, Organization, Person, Role, Speaker

VERSION = "curation-test 1"
ID = "https://kg.example.org/id/"
ANNA = ID + "person/anna-weber"
ANNE = ID + "person/anne-weber"
TOM = ID + "person/tom-berg"
CITY = ID + "org/stadt-musterhaus"

TEXT_A = (
    "Anna Weber leitet seit Mai das Bauamt der Stadtverwaltung Musterhausen. "
    "Tom Berg arbeitet ebenfalls bei der Stadtverwaltung Musterhausen."
)
TEXT_B = (
    "Beim Digitaltag Musterhausen sprach Anne Weber über Glasfaser im ländlichen Raum. "
    "Die Stadt Musterhausen hatte eingeladen."
)
TEXT_C = "Die Stadt Musterhausen plant einen neuen Radweg, sagte Tom Berg von der Stadt Musterhausen."


def _ev(text: str, start_of: str, confidence: float = 0.9) -> Evidence:
    start = text.index(start_of)
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return Evidence(sentence=text[start:end], start=start, end=end, confidence=confidence)


def article_a() -> tuple[Article, Facts]:
    a = Article.from_text(
        TEXT_A,
        url="https://example.org/mh/bauamt",
        title="Neue Leitung im Bauamt",
        published=date(2024, 5, 2),
    )
    return a, Facts(
        persons=[Person(name="Anna Weber"), Person(name="Tom Berg")],
        organizations=[Organization(name="Stadtverwaltung Musterhausen")],
        roles=[
            Role(
                person="Anna Weber",
                role="Leiterin",
                role_key="leitung",
                organization="Stadtverwaltung Musterhausen",
                evidence=_ev(TEXT_A, "Anna Weber"),
            )
        ],
        affiliations=[
            Affiliation(
                person="Tom Berg",
                organization="Stadtverwaltung Musterhausen",
                evidence=_ev(TEXT_A, "Tom Berg"),
            )
        ],
    )


def article_b() -> tuple[Article, Facts]:
    a = Article.from_text(
        TEXT_B,
        url="https://example.org/mh/digitaltag",
        title="Digitaltag Musterhausen",
        published=date(2024, 6, 10),
    )
    return a, Facts(
        persons=[Person(name="Anne Weber")],
        organizations=[Organization(name="Stadt Musterhausen")],
        events=[Event(name="Digitaltag Musterhausen", organizer="Stadt Musterhausen")],
        speakers=[
            Speaker(
                person="Anne Weber",
                event="Digitaltag Musterhausen",
                topic="Glasfaser im ländlichen Raum",
                evidence=_ev(TEXT_B, "Beim Digitaltag"),
            )
        ],
    )


def article_c() -> tuple[Article, Facts]:
    a = Article.from_text(
        TEXT_C, url="https://example.org/mh/radweg", title="Neuer Radweg", published=date(2024, 7, 1)
    )
    return a, Facts(
        persons=[Person(name="Tom Berg")],
        organizations=[Organization(name="Stadt Musterhausen")],
        affiliations=[
            Affiliation(
                person="Tom Berg", organization="Stadt Musterhausen", evidence=_ev(TEXT_C, "Die Stadt")
            )
        ],
    )


ARTICLES: list[Callable[[], tuple[Article, Facts]]] = [article_a, article_b]


# An organization whose automatic IRI depends on the ingest order: a bare "IfD" first mints org/ifd, the
# long form first mints org/institut-datenkund (the other then merges into it by the learned abbreviation).
TEXT_IFD = "Das IfD Musterhausen stellte seine Jahresbilanz vor."
TEXT_IFD_LONG = "Lea Sommer leitet das Institut für Datenkunde (IfD)."
TEXT_DKI = "Das Datenkunde-Institut lädt zum Tag der offenen Tür."


def article_ifd() -> tuple[Article, Facts]:
    a = Article.from_text(TEXT_IFD, url="https://example.org/ifd/bilanz", title="Bilanz")
    return a, Facts(organizations=[Organization(name="IfD")])


def article_ifd_long() -> tuple[Article, Facts]:
    a = Article.from_text(TEXT_IFD_LONG, url="https://example.org/ifd/leitung", title="Leitung")
    return a, Facts(
        persons=[Person(name="Lea Sommer")],
        organizations=[Organization(name="Institut für Datenkunde", aliases=["IfD"])],
        roles=[
            Role(
                person="Lea Sommer",
                role="Leiterin",
                role_key="leitung",
                organization="Institut für Datenkunde",
                evidence=_ev(TEXT_IFD_LONG, "Lea Sommer"),
            )
        ],
    )


def article_dki() -> tuple[Article, Facts]:
    a = Article.from_text(TEXT_DKI, url="https://example.org/ifd/tag", title="Tag der offenen Tür")
    return a, Facts(organizations=[Organization(name="Datenkunde-Institut")])
