"""Two hand-made German articles and their facts: the small store every service test runs on."""

from __future__ import annotations

from datetime import date

from corpus.article import Article
from nlp.facts import (
    Affiliation,
    Event,
    Evidence,
    Facts,
    Organization,
    Person,
    Project,
    ProjectLink,
    Quote,
    Role,
    Speaker,
)

SENTENCES_KL = [
    "Eleonore Baj leitet seit 2019 die Stabsstelle Notfall- und Krisenmanagement der Stadtverwaltung "
    "Kaiserslautern.",
    "Auf der Digitalkonferenz Pfalz sprach sie über Krisenmanagement in Kommunen.",
    "„Wir müssen bei Hochwasser schneller warnen“, sagte Baj.",
    "Dr. Jan Wolf ist für das Projekt Aorta verantwortlich.",
]
SENTENCES_DFKI = [
    "Prof. Antje Krüger ist Leiterin des Forschungsbereichs Robotik am Deutschen Forschungszentrum für "
    "Künstliche Intelligenz.",
    "Auf der Digitalkonferenz Pfalz stellte Jan Wolf das Projekt Aorta vor.",
    "Krüger sprach über Robotik in der Pflege.",
]
TEXT_KL = " ".join(SENTENCES_KL)
TEXT_DFKI = " ".join(SENTENCES_DFKI)


def ev(text: str, sentence_start: str, confidence: float = 0.9) -> Evidence:
    """Evidence for the sentence of `text` that begins with `sentence_start`."""
    sentences = SENTENCES_KL if text == TEXT_KL else SENTENCES_DFKI
    sentence = next(s for s in sentences if s.startswith(sentence_start))
    start = text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence), confidence=confidence)


def article_kl() -> tuple[Article, Facts]:
    text = TEXT_KL
    a = Article.from_text(
        text,
        url="https://example.org/kl/krisenstab",
        title="Neue Leitung im Krisenstab",
        published=date(2024, 3, 1),
    )
    stab = "Stabsstelle Notfall- und Krisenmanagement"
    facts = Facts(
        id=a.id,
        persons=[Person(name="Eleonore Baj"), Person(name="Jan Wolf", titles=["Dr."])],
        organizations=[
            Organization(name=stab, part_of="Stadtverwaltung Kaiserslautern"),
            Organization(name="Stadtverwaltung Kaiserslautern"),
        ],
        projects=[Project(name="Aorta")],
        events=[Event(name="Digitalkonferenz Pfalz")],
        roles=[
            Role(
                person="Eleonore Baj",
                role="Leiterin",
                role_key="leitung",
                organization=stab,
                time="seit 2019",
                evidence=ev(text, "Eleonore Baj leitet"),
            )
        ],
        speakers=[
            Speaker(
                person="Eleonore Baj",
                event="Digitalkonferenz Pfalz",
                topic="Krisenmanagement in Kommunen",
                evidence=ev(text, "Auf der Digitalkonferenz"),
            )
        ],
        quotes=[
            Quote(
                person="Eleonore Baj",
                quote="Wir müssen bei Hochwasser schneller warnen",
                evidence=ev(text, "„Wir müssen"),
            )
        ],
        project_links=[
            ProjectLink(
                person="Jan Wolf", project="Aorta", relation="responsible", evidence=ev(text, "Dr. Jan Wolf")
            )
        ],
    )
    return a, facts


def article_dfki() -> tuple[Article, Facts]:
    text = TEXT_DFKI
    a = Article.from_text(text, url="https://example.org/dfki/robotik", title="Robotik in der Pflege")
    dfki = "Deutsches Forschungszentrum für Künstliche Intelligenz"
    unit = "Forschungsbereich Robotik"
    facts = Facts(
        id=a.id,
        persons=[Person(name="Antje Krüger", titles=["Prof."]), Person(name="Jan Wolf")],
        organizations=[Organization(name=unit, part_of=dfki), Organization(name=dfki, aliases=["DFKI"])],
        projects=[Project(name="Aorta")],
        events=[Event(name="Digitalkonferenz Pfalz")],
        roles=[
            Role(
                person="Antje Krüger",
                role="Leiterin",
                role_key="leitung",
                organization=unit,
                evidence=ev(text, "Prof. Antje Krüger"),
            )
        ],
        affiliations=[
            Affiliation(person="Antje Krüger", organization=dfki, evidence=ev(text, "Prof. Antje Krüger"))
        ],
        speakers=[
            Speaker(
                person="Jan Wolf",
                event="Digitalkonferenz Pfalz",
                evidence=ev(text, "Auf der Digitalkonferenz"),
            ),
            Speaker(person="Antje Krüger", topic="Robotik in der Pflege", evidence=ev(text, "Krüger sprach")),
        ],
        project_links=[
            ProjectLink(
                person="Jan Wolf",
                project="Aorta",
                relation="presented",
                evidence=ev(text, "Auf der Digitalkonferenz"),
            )
        ],
    )
    return a, facts


SAMPLE = [article_kl, article_dfki]
