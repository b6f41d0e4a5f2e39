"""Plain records of the read model: entities, facts with evidence, articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Entity kinds as they appear in IRIs (``.../id/<kind>/<slug>``) and their API collection paths.
KIND_PATHS = {
    "person": "persons",
    "org": "organizations",
    "project": "projects",
    "event": "events",
    "place": "locations",
}
API_KINDS = {
    "person": "person",
    "org": "organization",
    "project": "project",
    "event": "event",
    "place": "location",
}


@dataclass
class Entity:
    kind: str  # person, org, project, event, place
    iri: str
    id: str  # last IRI segment
    name: str
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    articles: frozenset[str] = frozenset()  # article IRIs that mention it


@dataclass
class Ev:
    sentence: str
    start: int | None
    end: int | None
    confidence: float | None
    article: str | None  # article IRI


@dataclass
class Fact:
    """One fact node. `kind`: role, affiliation, talk, quote, project, part_of."""

    kind: str
    iri: str
    subject: str  # entity IRI: the person (or the unit for part_of)
    label: str  # role title, relation, topic, quote text, ...
    object: str | None = None  # organization, event, project or parent IRI
    about: str | None = None  # talk topic as an entity (a project), when it is one
    role_key: str | None = None
    time: str | None = None
    form: str | None = None  # quotes: "direct" or "indirect"
    relation: str | None = None  # project links: the relation concept (its label is the fact's label)
    evidence: list[Ev] = field(default_factory=list)


@dataclass
class ArticleRec:
    iri: str
    id: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    entities: frozenset[str] = frozenset()  # IRIs of the entities it mentions


def newest_first(a: ArticleRec) -> tuple[bool, int, str, str]:
    """Sort key of articles: newest first, undated last, then by id (and IRI: ids may repeat)."""
    return (a.published is None, -a.published.toordinal() if a.published else 0, a.id, a.iri)
