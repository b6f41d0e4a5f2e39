"""The facts JSON contract: typed, frozen records shared by every layer (imports only pydantic).

`Facts` is what `kg extract` prints, what `POST /extract` returns, what `kg eval` scores and what
`graph/` turns into RDF. Offsets are Python ``str`` character offsets into the article text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Offsets = tuple[int, int]


class Record(BaseModel):
    """Base for all records at the seams: immutable, unknown keys rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Record):
    """Where a fact was read: the sentence, its character span in the text, and a confidence."""

    sentence: str = Field(description="The sentence that states the fact, as in the text.")
    start: int = Field(ge=0, description="Start offset of the sentence in the article text.")
    end: int = Field(ge=0, description="End offset (exclusive) of the sentence in the article text.")
    confidence: float = Field(ge=0.0, le=1.0)


class Person(Record):
    name: str = Field(description="Fullest form in the text, without academic titles.")
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list, description="Academic titles, e.g. 'Dr.', 'Prof.'.")
    mentions: list[Offsets] = Field(default_factory=list)


class Organization(Record):
    name: str = Field(description="Longest explicit name, in the nominative.")
    aliases: list[str] = Field(default_factory=list)
    part_of: str | None = Field(default=None, description="`name` of the parent organization.")
    mentions: list[Offsets] = Field(default_factory=list)


class Location(Record):
    name: str
    mentions: list[Offsets] = Field(default_factory=list)


class Project(Record):
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Offsets] = Field(default_factory=list)


class Event(Record):
    name: str
    aliases: list[str] = Field(default_factory=list)
    organizer: str | None = None
    location: str | None = None
    mentions: list[Offsets] = Field(default_factory=list)


class Role(Record):
    person: str
    role: str = Field(description="The title as printed (gendered form kept), e.g. 'Leiterin'.")
    role_key: str = Field(default="", description="Normalized gender-neutral key, e.g. 'leitung'.")
    organization: str | None = None
    time: str | None = Field(default=None, description="Time hint: 'seit 2019', 'ehemalig', ...")
    evidence: Evidence


class Affiliation(Record):
    person: str
    organization: str
    evidence: Evidence


class Speaker(Record):
    person: str
    event: str | None = None
    topic: str | None = None
    evidence: Evidence


class Quote(Record):
    person: str
    quote: str
    form: Literal["direct", "indirect"] = Field(
        default="direct",
        description="'direct': the quoted words; 'indirect': reported speech (Konjunktiv, 'dass')",
    )
    evidence: Evidence


class ProjectLink(Record):
    person: str
    project: str
    relation: str = Field(description="'presented', 'responsible', 'works_on', ...")
    evidence: Evidence


class Facts(Record):
    """All facts of one article. One entry per real-world entity; relations name entity `name`s."""

    id: str | None = None
    persons: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    affiliations: list[Affiliation] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    project_links: list[ProjectLink] = Field(default_factory=list)


def facts_json_schema() -> dict[str, object]:
    """The JSON schema of the contract (documented in the README)."""
    return Facts.model_json_schema()
