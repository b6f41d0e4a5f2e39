"""A generated German news corpus as hand-made Facts (no NLP): persons, roles, units, events, talks, quotes.

Deterministic for a seed, so benchmark runs compare like with like. Two ways to draw the entities of an
article (`POOLS`; `bench_scale --pools`):

- ``realistic`` (the default): every kind of entity is drawn from an open-ended pool by a Pitman-Yor
  process (`PitmanYor`, the "Chinese restaurant" with discount d and strength θ): the next draw is a new
  entity with probability (θ + d·K)/(θ + n) after n draws of K entities, else entity k with probability
  (n_k − d)/(θ + n). Popular entities recur (the counts have a Zipf-like tail of exponent 1 + d) while new
  ones keep appearing at a Heaps'-law rate, about n^d: a real corpus adds people, places and events as
  it grows rather than piling facts onto a fixed set. A person keeps a home (a unit of an organization in
  a city, a role, two or three topics of their own) across articles and changes it in 10% of mentions
  (a new job); a talk is about one of the speaker's own topics in 70% of cases. Pools (d, θ): persons
  0.6, 300 (two per article: the speaker and the presenter of a project); places 0.4, 60; events 0.7,
  1000; topics 0.5, 40 (the ten of the fixed pools first, then combinations "Digitalisierung in der
  Pflege", hundreds to thousands); projects 0.5, 200.
- ``fixed``: the fixed pools of the first benchmarks (1,200 person names, 20 cities, 120 units, 120
  events, 10 topics, 300 projects, each drawn uniformly), so every entity's facts grow in proportion to
  the corpus: the worst case for per-entity work.

Distinct entities and facts per entity at 1,000, 10,000 and 100,000 articles (seed 7; `python -m
tests.bench.synthetic 1000 10000 100000` prints the rows). "max / median": the facts of the entity
with the most and of the median entity: roles per person (who has one), talks per event, talks per
topic, roles per unit (organization):

| pools | articles | persons | roles | events | talks | topics | talks | units | roles |
|---|---:|---:|---|---:|---|---:|---|---:|---|
| realistic | 1,000 | 1,259 | 12 / 1 | 899 | 5 / 1 | 275 | 54 / 1 | 651 | 11 / 1 |
| realistic | 10,000 | 5,922 | 104 / 1 | 6,129 | 35 / 1 | 875 | 539 / 2 | 2,622 | 50 / 2 |
| realistic | 100,000 | 24,303 | 1,032 / 1 | 34,522 | 365 / 1 | 2,532 | 5,756 / 2 | 7,856 | 437 / 5 |
| fixed | 1,000 | 963 | 5 / 1 | 120 | 19 / 8 | 10 | 115 / 100.5 | 120 | 17 / 8 |
| fixed | 10,000 | 1,200 | 17 / 8 | 120 | 111 / 82.5 | 10 | 1,030 / 1003 | 120 | 108 / 83 |
| fixed | 100,000 | 1,200 | 113 / 83 | 120 | 917 / 836 | 10 | 10,088 / 10014 | 120 | 901 / 833 |

So at 100,000 articles the realistic pools give 24,303 persons (the busiest with 1,032 roles, half of
them with one), 34,522 events (at most 365 talks), 2,532 topics (the most popular in 5,756 talks) and
7,856 units (at most 437 roles); the fixed pools give every person about 83 roles, every event about
830 talks and every topic about 10,000.
"""

from __future__ import annotations

import argparse
import random
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Event, Evidence, Facts, Organization, Person, Project, ProjectLink, Quote, Role, Speaker

POOLS = ("realistic", "fixed")
DEFAULT_POOLS = "realistic"

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


# The realistic pools: open-ended name spaces, walked in a fixed shuffled order (entity k of a pool always
# has the same name, whatever the seed).
MORE_FIRST = (
    "Andreas Birgit Christian Doris Emil Frieda Georg Heike Ingo Jana Klaus Lena Martin Nina Oliver Petra "
    "Ralf Sabine Stefan Thomas Ulrike Volker Wiebke Xaver Yvonne Zeynep Ahmet Katrin Matthias Johanna"
).split()
STEMS = (
    "Ahr Alten Bären Birken Blum Brück Buchen Dorn Eich Eller Erlen Falken Fels Frei Glas Grün Hasel Heller "
    "Hirsch Hollen Kessel Kirch Lauter Linden Lohr Marien Mühl Nieder Oster Rosen Sand Schön Sonnen Stein "
    "Tann Thal Vogel Wald Weiden Wester"
).split()
NAME_ENDS = (
    "bach berger brink dorf feld hagen hauer hof horst kamp mann meier rath reuter ring stätter"
).split()
PLACE_ENDS = "au bach berg born burg dorf feld hausen heim hofen ingen rode stadt tal weiler".split()
PLACE_HEADS = ("", "Bad ", "Neu", "Ober", "Unter")
KINDS = (  # kind of organization: weight, its units
    ("Stadtverwaltung", 5, UNITS),
    ("Kreisverwaltung", 2, ("Referat Digitalisierung", "Gesundheitsamt", "Ordnungsamt", "Jugendamt")),
    ("Universität", 2, ("Institut für Informatik", "Fachbereich Medizin", "Zentrum für Lehrerbildung")),
    ("Klinikum", 2, ("Klinik für Kardiologie", "Pflegedirektion", "Zentrale Notaufnahme")),
    ("Handwerkskammer", 1, ("Abteilung Berufsbildung", "Referat Innovation")),
)
EVENT_KINDS = (
    "Digitalkonferenz Fachtagung Netzwerktreffen Bürgerforum Symposium Kongress Workshop Messe Sommerschule "
    "Innovationstag Zukunftsforum Gesundheitstag Klimagipfel Hackathon Jahresempfang"
).split()
SUBJECTS = (
    "Digitalisierung Klimaanpassung Hochwasserschutz Fachkräftesicherung Telemedizin Wasserstoff Mobilität "
    "Wohnungsbau Breitbandausbau Datenschutz Energiewende Integration Inklusion Katastrophenschutz Tourismus "
    "Stadtplanung Lehrkräftegewinnung Radverkehr Wärmeplanung Biodiversität Ehrenamt Gründungsförderung "
    "Kreislaufwirtschaft Pflegeausbildung Prävention Quantencomputing Robotik Sportförderung Denkmalschutz "
    "Nahverkehr Schulbau Krankenhausreform Forschungstransfer Lärmschutz Gleichstellung Verwaltungsreform "
    "Cloud-Strategie Notfallversorgung Landwirtschaft Forstwirtschaft"
).split()
CONTEXTS = (
    "in Kommunen",
    "in der Pflege",
    "im Mittelstand",
    "im ländlichen Raum",
    "in der Region",
    "an Schulen",
    "an Hochschulen",
    "in Krankenhäusern",
    "im Handwerk",
    "in der Verwaltung",
    "für Familien",
    "für Senioren",
    "in Europa",
    "in Rheinland-Pfalz",
    "in der Innenstadt",
    "nach der Pandemie",
    "und Ehrenamt",
    "im Quartier",
    "in der Forschung",
    "für Unternehmen",
)
PROJECT_HEADS = (
    "Aorta Herzschlag Datenbrücke Klimanetz Lotse Kompass Brückenschlag Funke Horizont Leuchtturm Netzwerk "
    "Quelle Rückenwind Sprungbrett Wegweiser Zukunftswerk"
).split()


def _shuffled(items: list[str]) -> list[str]:
    random.Random(0).shuffle(items)
    return items


def _person_names() -> list[str]:
    lasts = LAST + [s + e.lower() if s[-1] != e[0] else s + e for s in STEMS for e in NAME_ENDS]
    firsts = FIRST + MORE_FIRST
    names = _shuffled([f"{f} {la}" for f in firsts for la in lasts])
    double = _shuffled([f"{f} {a}-{b}" for f in firsts for a in LAST for b in LAST if a != b])
    return names + double  # 39,360 + 93,600 names, the double surnames once the others are used up


def _places() -> list[str]:
    generated = _shuffled(
        [
            h + (s.lower() if h and not h.endswith(" ") else s) + e
            for h in PLACE_HEADS
            for s in STEMS
            for e in PLACE_ENDS
        ]
    )
    return list(CITIES) + generated  # 20 + 3,000


def _topics() -> list[str]:
    pairs = _shuffled([f"{s} {c}" for s in SUBJECTS for c in CONTEXTS])
    triples = _shuffled([f"{a} und {b} {c}" for a in SUBJECTS for b in SUBJECTS if a != b for c in CONTEXTS])
    return list(TOPICS) + pairs + triples  # 10 + 820 + 32,800


class PitmanYor:
    """Draws from an open-ended pool: entity numbers 0, 1, 2, ... in order of first appearance, new with
    probability (θ + d·K)/(θ + n), else entity k with probability (n_k − d)/(θ + n) (sampled as a past
    draw chosen uniformly, i.e. with probability n_k/n, accepted with probability (n_k − d)/n_k)."""

    def __init__(self, rng: random.Random, discount: float, strength: float) -> None:
        self.rng, self.d, self.theta = rng, discount, strength
        self.draws: list[int] = []
        self.counts: list[int] = []

    def draw(self) -> int:
        n, k = len(self.draws), len(self.counts)
        if n == 0 or self.rng.random() * (self.theta + n) < self.theta + self.d * k:
            self.counts.append(0)
        else:
            while True:
                k = self.draws[self.rng.randrange(n)]
                if self.rng.random() * self.counts[k] < self.counts[k] - self.d:
                    break
        self.counts[k] += 1
        self.draws.append(k)
        return k


@dataclass
class Home:
    """Where a person works (unit, parent organization), as what, and what they talk about."""

    role: tuple[str, str]
    unit: str
    parent: str
    topics: list[str] = field(default_factory=list)


class RealisticPools:
    """Entities drawn by Pitman-Yor processes over open-ended pools (see the module's docstring)."""

    NAMES = _person_names()
    PLACES = _places()
    TOPIC_NAMES = _topics()

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.persons = PitmanYor(rng, 0.6, 300.0)
        self.places = PitmanYor(rng, 0.4, 60.0)
        self.events = PitmanYor(rng, 0.7, 1000.0)
        self.topics = PitmanYor(rng, 0.5, 40.0)
        self.projects = PitmanYor(rng, 0.5, 200.0)
        self.homes: dict[int, Home] = {}
        self.event_names: list[str] = []
        self._event_taken: set[str] = set()

    def _name(self, k: int) -> str:
        return self._pick(self.NAMES, k)

    def _pick(self, pool: list[str], k: int) -> str:
        return pool[k] if k < len(pool) else f"{pool[k % len(pool)]} {k // len(pool) + 1}"

    def place(self) -> str:
        return self._pick(self.PLACES, self.places.draw())

    def topic(self) -> str:
        return self._pick(self.TOPIC_NAMES, self.topics.draw())

    def _new_home(self, topics: list[str] | None = None) -> Home:
        names = [k for k, _, _ in KINDS]
        kind, _, units = KINDS[self.rng.choices(range(len(KINDS)), weights=[w for _, w, _ in KINDS])[0]]
        assert kind in names
        place = self.place()
        return Home(
            role=self.rng.choice(ROLES),
            unit=f"{self.rng.choice(units)} {place}",
            parent=f"{kind} {place}",
            topics=topics or [self.topic() for _ in range(self.rng.randint(2, 3))],
        )

    def person(self) -> tuple[str, Home]:
        k = self.persons.draw()
        home = self.homes.get(k)
        if home is None:
            home = self.homes[k] = self._new_home()
        elif self.rng.random() < 0.1:  # a new job, the same interests
            home = self.homes[k] = self._new_home(home.topics)
        return self._name(k), home

    def event(self) -> str:
        k = self.events.draw()
        if k == len(self.event_names):
            name = f"{self.rng.choice(EVENT_KINDS)} {self.place()} {self.rng.randint(2019, 2026)}"
            edition = 2
            while name in self._event_taken:  # the same kind, place and year again: another edition
                name, edition = f"{edition}. {name.split('. ', 1)[-1]}", edition + 1
            self._event_taken.add(name)
            self.event_names.append(name)
        return self.event_names[k]

    def project(self) -> str:
        k = self.projects.draw()
        return f"{PROJECT_HEADS[k % len(PROJECT_HEADS)]} {k // len(PROJECT_HEADS) + 1}"


def _ev(sentences: list[str], index: int) -> Evidence:
    start = sum(len(s) + 1 for s in sentences[:index])
    return Evidence(sentence=sentences[index], start=start, end=start + len(sentences[index]), confidence=0.9)


@dataclass
class Drawn:
    """The entities of one article."""

    person: str
    other: str
    role: tuple[str, str]
    unit: str
    parent: str
    event: str
    topic: str
    project: str


def draw_fixed(rng: random.Random, person: str | None = None) -> Drawn:
    """The fixed pools, each drawn uniformly (the first benchmarks' generator, same draws)."""
    person = person or f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city = rng.choice(CITIES)
    parent = f"Stadtverwaltung {city}"
    unit = f"{rng.choice(UNITS)} {city}"
    role = rng.choice(ROLES)
    event, topic, project = rng.choice(EVENTS), rng.choice(TOPICS), rng.choice(PROJECTS)
    return Drawn(person, other, role, unit, parent, event, topic, project)


def draw_realistic(pools: RealisticPools) -> Drawn:
    person, home = pools.person()
    other, _ = pools.person()
    topic = pools.rng.choice(home.topics) if pools.rng.random() < 0.7 else pools.topic()
    return Drawn(person, other, home.role, home.unit, home.parent, pools.event(), topic, pools.project())


def make_article(
    n: int, rng: random.Random, person: str | None = None, pools: RealisticPools | None = None
) -> tuple[Article, Facts]:
    """Article number `n`: a role sentence, a talk sentence, a quote and a project sentence (about
    `person`, if given). Entities from `pools` (realistic) if given, else from the fixed pools."""
    d = draw_fixed(rng, person) if pools is None else draw_realistic(pools)
    if person is not None:
        d.person = person
    return compose(n, d)


def compose(n: int, d: Drawn) -> tuple[Article, Facts]:
    person, other, unit, parent, event, topic, project = (
        d.person,
        d.other,
        d.unit,
        d.parent,
        d.event,
        d.topic,
        d.project,
    )
    role, key = d.role
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


def drawn(count: int, seed: int = 7, pools: str = DEFAULT_POOLS) -> Iterator[tuple[int, Drawn]]:
    """The entities of articles 0 .. count-1."""
    if pools not in POOLS:
        raise ValueError(f"pools must be one of {POOLS}, not {pools!r}")
    rng = random.Random(seed)
    realistic = RealisticPools(rng) if pools == "realistic" else None
    for n in range(count):
        yield n, (draw_fixed(rng) if realistic is None else draw_realistic(realistic))


def articles(count: int, seed: int = 7, pools: str = DEFAULT_POOLS) -> Iterator[tuple[Article, Facts]]:
    for n, d in drawn(count, seed, pools):
        yield compose(n, d)


def store_path(root: Path, count: int, pools: str = DEFAULT_POOLS) -> Path:
    """Where the benchmarks keep a generated store: kg-N for the fixed pools (the stores of the first
    runs), kg-real-N for the realistic ones."""
    return root / (f"kg-{count}" if pools == "fixed" else f"kg-real-{count}")


def build(path: Path, count: int, seed: int = 7, pools: str = DEFAULT_POOLS) -> Path:
    """A store of `count` generated articles at `path` (reused when it already holds them)."""
    marker = path / (f".generated-{count}-{seed}" + ("" if pools == "fixed" else f"-{pools}"))
    if marker.exists():
        return path
    if path.exists() and any(path.glob(".generated-*")):  # never add one generator's articles to another's
        raise ValueError(f"{path} holds other generated articles than {count} of {pools!r}: see store_path")
    with KnowledgeStore(path) as ks:
        for article, facts in articles(count, seed, pools):
            ks.ingest(article, facts, pipeline_version="bench-1")
        # Compacted once, as a served store would be: else the first process that opens it for writing
        # compacts it, deleting files that a read-only handle opened before (bench_scale's) still reads.
        ks.store.optimize()
    marker.touch()
    return path


def counts(count: int, seed: int = 7, pools: str = DEFAULT_POOLS) -> dict[str, Counter[str]]:
    """Facts per entity, by kind, in the first `count` generated articles (without a store)."""
    kinds = ("person", "role", "event", "topic", "unit", "project")
    out: dict[str, Counter[str]] = {k: Counter() for k in kinds}
    for _, d in drawn(count, seed, pools):
        out["person"].update((d.person, d.other))
        out["role"][d.person] += 1  # the speaker's role (the presenter of the project has none)
        out["event"][d.event] += 1
        out["topic"][d.topic] += 1
        out["unit"][d.unit] += 1
        out["project"][d.project] += 1
    return out


def table_row(pools: str, count: int, seed: int = 7) -> str:
    c = counts(count, seed, pools)

    def spread(kind: str) -> str:
        values = sorted(c[kind].values())
        return f"{values[-1]:,} / {statistics.median(values):g}"

    return (
        f"| {pools} | {count:,} | {len(c['person']):,} | {spread('role')} | {len(c['event']):,} | "
        f"{spread('event')} | {len(c['topic']):,} | {spread('topic')} | {len(c['unit']):,} | "
        f"{spread('unit')} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Distinct entities and facts per entity of the generator.")
    parser.add_argument("articles", type=int, nargs="*", default=[1000, 10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for pools in POOLS:
        for n in args.articles:
            print(table_row(pools, n, args.seed), flush=True)


if __name__ == "__main__":
    main()
