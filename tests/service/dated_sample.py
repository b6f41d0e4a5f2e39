"""Three dated invented articles about one office, with mentions: the store of the article view and
date-range tests. Who led the Bauamt Nordstadt when: Eva Rot (2019), Max Alt (2022, "bis Ende 2023"),
Ida Berg ("seit Januar 2024")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Evidence, Facts, Organization, Person, Role

BAUAMT = "Bauamt Nordstadt"
TEXT_2019 = "Eva Rot leitet seit 2019 das Bauamt Nordstadt. Sie plant neue Radwege."
TEXT_2022 = (
    "Max Alt ist Leiter des Bauamts Nordstadt. Die Wahl des Ärztlichen Direktors Jan Sommer fiel leicht."
)
TEXT_2024 = (
    "Max Alt war bis Ende 2023 Leiter des Bauamts Nordstadt. "
    "Seit Januar 2024 ist Ida Berg Leiterin des Bauamts Nordstadt. "
    "Sie kommt vom Planungsamt Südheim."
)


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    """Every occurrence of each of `names` in `text`."""
    out = []
    for name in names:
        i = text.find(name)
        while i >= 0:
            out.append((i, i + len(name)))
            i = text.find(name, i + 1)
    return sorted(out)


def evidence(text: str, sentence_start: str) -> Evidence:
    start = text.index(sentence_start)
    end = text.index(".", start) + 1
    return Evidence(sentence=text[start:end], start=start, end=end, confidence=0.9)


def role(
    text: str, person: str, title: str, sentence: str, time: str | None = None, org: str | None = BAUAMT
) -> Role:
    key = "arztlich_direktor" if "Direktor" in title else "leitung"
    return Role(
        person=person,
        role=title,
        role_key=key,
        organization=org,
        time=time,
        evidence=evidence(text, sentence),
    )


def article_2019() -> tuple[Article, Facts]:
    t = TEXT_2019
    a = Article.from_text(
        t, url="https://example.org/bauamt/2019", title="Neue Leitung", published=date(2019, 5, 1)
    )
    return a, Facts(
        id=a.id,
        persons=[Person(name="Eva Rot", mentions=spans(t, "Eva Rot", "Sie"))],
        organizations=[Organization(name=BAUAMT, mentions=spans(t, BAUAMT))],
        roles=[role(t, "Eva Rot", "Leitung", "Eva Rot leitet", "seit 2019")],
    )


def article_2022() -> tuple[Article, Facts]:
    t = TEXT_2022
    a = Article.from_text(
        t, url="https://example.org/bauamt/2022", title="Wechsel", published=date(2022, 6, 1)
    )
    return a, Facts(
        id=a.id,
        persons=[
            Person(name="Max Alt", mentions=spans(t, "Max Alt")),
            Person(name="Jan Sommer", mentions=spans(t, "Jan Sommer")),
        ],
        organizations=[Organization(name=BAUAMT, mentions=spans(t, "Bauamts Nordstadt"))],
        roles=[
            role(t, "Max Alt", "Leiter", "Max Alt ist"),
            role(t, "Jan Sommer", "Ärztlicher Direktor", "Die Wahl", org=None),
        ],
    )


def article_2024() -> tuple[Article, Facts]:
    t = TEXT_2024
    a = Article.from_text(
        t, url="https://example.org/bauamt/2024", title="Ida Berg folgt", published=date(2024, 2, 1)
    )
    return a, Facts(
        id=a.id,
        persons=[
            Person(name="Max Alt", mentions=spans(t, "Max Alt")),
            Person(name="Ida Berg", mentions=spans(t, "Ida Berg", "Sie")),
        ],
        organizations=[
            Organization(name=BAUAMT, mentions=spans(t, "Bauamts Nordstadt")),
            Organization(name="Planungsamt Südheim", mentions=spans(t, "Planungsamt Südheim")),
        ],
        roles=[
            role(t, "Max Alt", "Leiter", "Max Alt war", "bis Ende 2023"),
            role(t, "Ida Berg", "Leiterin", "Seit Januar", "seit Januar 2024"),
        ],
    )


DATED = [article_2019, article_2022, article_2024]


def build_dated_store(path: Path) -> Path:
    with KnowledgeStore(path) as ks:
        for make in DATED:
            article, facts = make()
            ks.ingest(article, facts, pipeline_version="test-1")
    return path
