"""Deterministic synthetic German articles with matching Facts (no spaCy), for crash and bench runs."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from corpus.article import Article
from nlp.facts import Affiliation, Event, Evidence, Facts, Organization, Person, Quote, Role, Speaker

FIRST = [
    "Anna",
    "Jan",
    "Eleonore",
    "Mark",
    "Laura",
    "Sebastian",
    "Sonja",
    "Ulrich",
    "Martin",
    "Petra",
    "Klaus",
    "Miriam",
    "Tobias",
    "Julia",
    "Stefan",
    "Katrin",
    "Hans-Peter",
    "Ingrid",
    "Yusuf",
    "Lena",
]
LAST = [
    "Baj",
    "Berndt",
    "Denzer",
    "Memmel",
    "Fauß",
    "Schulze",
    "Gröntgen",
    "Däuwel",
    "Keller",
    "Yilmaz",
    "Hoffmann",
    "Wagner",
    "Becker",
    "Schäfer",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Krüger",
]
CITIES = ["Kaiserslautern", "Mainz", "Trier", "Fulda", "Augsburg", "Wolfsburg", "Landsberg", "Köln"]
INSTITUTES = [
    ("Deutsches Forschungszentrum für Künstliche Intelligenz", "DFKI"),
    ("Fraunhofer-Institut für Experimentelles Software Engineering", "IESE"),
    ("Bundesamt für Bevölkerungsschutz und Katastrophenhilfe", "BBK"),
    ("Technisches Hilfswerk", "THW"),
]
UNITS = [
    "Stabsstelle Digitalisierung",
    "Stabsstelle Notfall- und Krisenmanagement",
    "Referat Tiefbau",
    "Amt für Brandschutz",
    "Dezernat Bildung",
]
ROLES = [
    ("Leiterin", "leitung"),
    ("Leiter", "leitung"),
    ("Projektleiter", "projektleitung"),
    ("Referentin", "referent"),
    ("Sprecher", "sprecher"),
    ("Geschäftsführerin", "geschaeftsfuehrung"),
]
FILLER = (
    "Die Veranstaltung bot Raum für Austausch zwischen Verwaltung, Wissenschaft und Praxis. "
    "Viele Teilnehmende nutzten die Pausen für Gespräche über gemeinsame Vorhaben. "
)


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def sentence(self, s: str, confidence: float = 0.9) -> Evidence:
        start = self.pos
        self.parts.append(s + " ")
        self.pos += len(s) + 1
        return Evidence(sentence=s, start=start, end=start + len(s), confidence=confidence)

    def filler(self, n: int) -> None:
        for _ in range(n):
            self.sentence(FILLER.strip())


def article(i: int, *, seed: int = 7) -> tuple[Article, Facts]:
    """Article number `i`: a conference report with 3-5 speakers, roles, affiliations and a quote."""
    rnd = random.Random(seed * 100_003 + i)
    t = _Text()
    city = rnd.choice(CITIES)
    admin = f"Stadtverwaltung {city}"
    event = f"Digitaltag {city} {2020 + i % 6}"
    t.sentence(f"Der {event} fand am Montag in {city} statt.")
    t.filler(rnd.randint(1, 3))
    persons: dict[str, Person] = {}
    orgs: dict[str, Organization] = {admin: Organization(name=admin, aliases=[f"Stadt {city}"])}
    roles, affs, talks, quotes = [], [], [], []
    for _ in range(rnd.randint(3, 5)):
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        if name in persons:
            continue
        persons[name] = Person(name=name, aliases=[name.split()[-1]])
        title, key = rnd.choice(ROLES)
        if rnd.random() < 0.5:
            unit = f"{rnd.choice(UNITS)} der {admin}"
            orgs.setdefault(unit, Organization(name=unit, part_of=admin))
            ev = t.sentence(
                f"{name}, {title} der {unit.replace(' der ' + admin, '')} der {admin}, "
                f"sprach über digitale Verwaltung."
            )
            org = unit
        else:
            long, abbr = rnd.choice(INSTITUTES)
            orgs.setdefault(long, Organization(name=long, aliases=[abbr]))
            ev = t.sentence(f"{name}, {title} am {long} ({abbr}), stellte Ergebnisse vor.")
            org = long
        roles.append(Role(person=name, role=title, role_key=key, organization=org, evidence=ev))
        affs.append(Affiliation(person=name, organization=org, evidence=ev))
        talks.append(Speaker(person=name, event=event, topic="Digitalisierung", evidence=ev))
        t.filler(rnd.randint(0, 2))
    speaker = next(iter(persons))
    ev = t.sentence(f"„Wir lernen voneinander“, sagte {speaker.split()[-1]}.")
    quotes.append(Quote(person=speaker, quote="Wir lernen voneinander", evidence=ev))
    text = "".join(t.parts).strip()
    facts = Facts(
        persons=list(persons.values()),
        organizations=list(orgs.values()),
        events=[Event(name=event, organizer=admin, location=city)],
        roles=roles,
        affiliations=affs,
        speakers=talks,
        quotes=quotes,
    )
    art = Article.from_text(
        text,
        url=f"https://example.org/synthetic/{i}",
        title=f"Bericht {i}",
        published=date(2024, 1, 1) + timedelta(days=i % 365),
    )
    return art, facts


def corpus(n: int, *, seed: int = 7) -> Iterator[tuple[Article, Facts]]:
    for i in range(n):
        yield article(i, seed=seed)
