"""A generated German news corpus as hand-made Facts (no NLP): persons, roles, units, events, talks, quotes.

Deterministic for a seed, so benchmark runs compare like with like.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Event, Evidence, Facts, Organization, Person, Project, ProjectLink, Quote, Role, Speaker

FIRST = (
    "Anna Ben Clara David Eva Felix Greta Hannes Ida Jonas Karla Lukas Mara Niklas Olga Paul Rosa Samuel "
    "Tina Uwe Vera Walter Yara Zoe Elif Murat Sofia Jan Lea Timo"
).split()
LAST = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf "
    "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier "
    "Lehmann Baj Köhler Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn"
).split()
CITIES = (
    "Kaiserslautern Mainz Trier Koblenz Ludwigshafen Speyer Worms Landau Pirmasens Neustadt Bingen "
    "Zweibrücken Frankenthal Idar-Oberstein Bad-Kreuznach Andernach Neuwied Lahnstein Bitburg Wittlich"
).split()
UNITS = (
    "Stabsstelle Notfall- und Krisenmanagement",
    "Referat Digitalisierung",
    "Amt für Stadtentwicklung",
    "Abteilung Gesundheit",
    "Referat Klimaschutz",
    "Amt für Bildung",
)
ROLES = (
    ("Leiterin", "leitung"),
    ("Leiter", "leitung"),
    ("Sprecherin", "sprecher"),
    ("Referent", "referent"),
    ("Projektleiterin", "projektleitung"),
    ("Dezernent", "dezernent"),
)
TOPICS = (
    "Krisenmanagement in Kommunen",
    "Digitale Verwaltung",
    "Klimaanpassung in Städten",
    "Robotik in der Pflege",
    "Künstliche Intelligenz im Rathaus",
    "Hochwasserschutz",
    "Open Data",
    "Smart City",
    "Cybersicherheit",
    "Bürgerbeteiligung",
)
PROJECTS = tuple(
    f"{p} {n}" for p in ("Aorta", "Herzschlag", "Datenbrücke", "Klimanetz", "Lotse") for n in range(1, 61)
)
EVENTS = tuple(
    f"{k} {c} {y}"
    for k in ("Digitalkonferenz", "Fachtagung", "Netzwerktreffen")
    for c in CITIES
    for y in (2023, 2024)
)


def _ev(sentences: list[str], index: int) -> Evidence:
    start = sum(len(s) + 1 for s in sentences[:index])
    return Evidence(sentence=sentences[index], start=start, end=start + len(sentences[index]), confidence=0.9)


def make_article(n: int, rng: random.Random, person: str | None = None) -> tuple[Article, Facts]:
    """Article number `n`: a role sentence, a talk sentence, a quote and a project sentence (about
    `person`, if given)."""
    person = person or f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city = rng.choice(CITIES)
    parent = f"Stadtverwaltung {city}"
    unit = f"{rng.choice(UNITS)} {city}"
    role, key = rng.choice(ROLES)
    event, topic, project = rng.choice(EVENTS), rng.choice(TOPICS), rng.choice(PROJECTS)
    sentences = [
        f"{person} ist {role} der {unit} der {parent}.",
        f"Auf der {event} sprach {person} über {topic}.",
        f"„Wir brauchen mehr Tempo bei {topic}“, sagte {person}.",
        f"{other} stellte das Projekt {project} vor.",
        f"Meldung Nummer {n}.",
    ]
    text = " ".join(sentences)
    published = date(2023, 1, 1) + timedelta(days=n % 700)
    article = Article.from_text(
        text, url=f"https://example.org/news/{n}", title=f"Meldung {n}", published=published
    )
    facts = Facts(
        id=article.id,
        persons=[Person(name=person), Person(name=other)],
        organizations=[Organization(name=unit, part_of=parent), Organization(name=parent)],
        projects=[Project(name=project)],
        events=[Event(name=event)],
        roles=[Role(person=person, role=role, role_key=key, organization=unit, evidence=_ev(sentences, 0))],
        speakers=[Speaker(person=person, event=event, topic=topic, evidence=_ev(sentences, 1))],
        quotes=[
            Quote(person=person, quote=f"Wir brauchen mehr Tempo bei {topic}", evidence=_ev(sentences, 2))
        ],
        project_links=[
            ProjectLink(person=other, project=project, relation="presented", evidence=_ev(sentences, 3))
        ],
    )
    return article, facts


def articles(count: int, seed: int = 7) -> Iterator[tuple[Article, Facts]]:
    rng = random.Random(seed)
    for n in range(count):
        yield make_article(n, rng)


def build(path: Path, count: int, seed: int = 7) -> Path:
    """A store of `count` generated articles at `path` (reused when it already holds them)."""
    marker = path / f".generated-{count}-{seed}"
    if marker.exists():
        return path
    with KnowledgeStore(path) as ks:
        for article, facts in articles(count, seed):
            ks.ingest(article, facts, pipeline_version="bench-1")
    marker.touch()
    return path
