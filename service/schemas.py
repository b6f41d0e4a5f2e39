"""Response models of the API: what clients see, independent of how the graph stores it.

Entities are addressed by `kind` and `id` (the last segment of their IRI): ``/persons/{id}``. Every fact
carries `evidence`: the sentence it was read from, its offsets and a link to its article.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

ARTICLES_DOC = (
    "Articles that mention it, newest first; at most `articles_limit` (default 100). The entity's "
    "`/articles` sub-resource (e.g. GET /persons/{id}/articles) pages through all of them."
)
ARTICLES_TOTAL_DOC = "Number of articles that mention it (the full `articles` list)."
EntityKind = Literal["person", "organization", "project", "event", "location", "article"]
T = TypeVar("T")


class Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class EntityRef(Model):
    """A link to an entity: fetch it at `link`."""

    kind: EntityKind
    id: str = Field(examples=["eleonore-baj"])
    name: str = Field(examples=["Eleonore Baj"])
    iri: str = Field(examples=["https://kg.example.org/id/person/eleonore-baj"])
    link: str = Field(examples=["/persons/eleonore-baj"], description="API path of the entity.")


class ArticleRef(Model):
    id: str = Field(examples=["3f2a9c0d1e2b4a5f"])
    title: str | None = Field(default=None, examples=["Neue Leitung im Krisenstab"])
    url: str | None = Field(default=None, description="Where the article was published.")
    published: date | None = None
    link: str = Field(examples=["/articles/3f2a9c0d1e2b4a5f"], description="API path of the article.")


class EvidenceOut(Model):
    """Where a fact was read."""

    sentence: str = Field(examples=["Eleonore Baj leitet seit 2019 das Referat Krisenmanagement."])
    start: int | None = None
    end: int | None = None
    confidence: float | None = None
    article: ArticleRef | None = None


class RoleOut(Model):
    role: str = Field(examples=["Leiterin"])
    role_key: str | None = Field(default=None, examples=["leitung"])
    organization: EntityRef | None = None
    time: str | None = Field(default=None, examples=["seit 2019"])
    evidence: list[EvidenceOut] = []


class AffiliationOut(Model):
    organization: EntityRef
    evidence: list[EvidenceOut] = []


class TalkOut(Model):
    event: EntityRef | None = None
    topic: str | None = Field(default=None, examples=["Krisenmanagement in Kommunen"])
    evidence: list[EvidenceOut] = []


class ProjectLinkOut(Model):
    project: EntityRef
    relation: str | None = Field(default=None, examples=["responsible"])
    evidence: list[EvidenceOut] = []


class QuoteOut(Model):
    quote: str = Field(examples=["Wir müssen schneller werden."])
    form: Literal["direct", "indirect"] = Field(
        default="direct", description="'direct': the quoted words; 'indirect': reported speech"
    )
    evidence: list[EvidenceOut] = []


class PersonSummary(Model):
    id: str
    name: str
    iri: str
    link: str
    aliases: list[str] = []
    titles: list[str] = []
    roles: list[str] = Field(default=[], examples=[["Leiterin (Referat Krisenmanagement)"]])
    organizations: list[EntityRef] = []


class CitedIn(Model):
    """The articles that mention an entity: the newest `articles_limit`, and how many there are."""

    articles: list[ArticleRef] = Field(default=[], description=ARTICLES_DOC)
    articles_total: int = Field(default=0, description=ARTICLES_TOTAL_DOC)


def _facts_list(what: str, sub: str) -> Any:
    return Field(
        default=[],
        description=f"{what}, in the order read; at most `facts_limit` (default 100): page through all "
        f"with GET /persons/{{id}}/{sub}.",
    )


def _facts_total(field: str) -> Any:
    return Field(default=0, description=f"Number of entries of the full `{field}` list.")


class PersonDetail(PersonSummary, CitedIn):
    role_facts: list[RoleOut] = _facts_list("Roles, one entry per fact", "roles")
    role_facts_total: int = _facts_total("role_facts")
    affiliations: list[AffiliationOut] = _facts_list("Affiliations", "affiliations")
    affiliations_total: int = _facts_total("affiliations")
    talks: list[TalkOut] = _facts_list("Talks", "talks")
    talks_total: int = _facts_total("talks")
    projects: list[ProjectLinkOut] = _facts_list("Project links", "projects")
    projects_total: int = _facts_total("projects")
    quotes: list[QuoteOut] = _facts_list("Quotes", "quotes")
    quotes_total: int = _facts_total("quotes")


class MemberOut(Model):
    person: EntityRef
    role: str | None = None
    role_key: str | None = None
    time: str | None = None
    evidence: list[EvidenceOut] = []


class OrganizationSummary(Model):
    id: str
    name: str
    iri: str
    link: str
    aliases: list[str] = []
    parent: EntityRef | None = None
    member_count: int = 0


class OrganizationDetail(OrganizationSummary, CitedIn):
    parents: list[EntityRef] = Field(default=[], description="Chain of parents, nearest first.")
    units: list[EntityRef] = Field(default=[], description="Direct sub-units.")
    members: list[MemberOut] = Field(
        default=[],
        description="One entry per role or affiliation, sorted by name; at most `members_limit` "
        "(default 100): page through all with GET /organizations/{id}/members.",
    )
    members_total: int = Field(default=0, description="Number of entries of the full `members` list.")
    events: list[EntityRef] = Field(default=[], description="Events it organizes.")


class ProjectPersonOut(Model):
    person: EntityRef
    relation: str | None = None
    evidence: list[EvidenceOut] = []


class ProjectSummary(Model):
    id: str
    name: str
    iri: str
    link: str
    aliases: list[str] = []
    person_count: int = 0


class ProjectDetail(ProjectSummary, CitedIn):
    people: list[ProjectPersonOut] = []


class SpeakerOut(Model):
    person: EntityRef
    topic: str | None = None
    evidence: list[EvidenceOut] = []


class EventSummary(Model):
    id: str
    name: str
    iri: str
    link: str
    aliases: list[str] = []
    organizer: EntityRef | None = None
    location: str | None = None
    speaker_count: int = 0


class EventDetail(EventSummary, CitedIn):
    speakers: list[SpeakerOut] = Field(
        default=[],
        description="One entry per talk, in the order read; at most `speakers_limit` (default 100): page "
        "through all with GET /events/{id}/speakers.",
    )
    speakers_total: int = Field(default=0, description="Number of entries of the full `speakers` list.")
    topics: list[str] = Field(default=[], description="The talks' topics, sorted; at most `speakers_limit`.")


class FactOut(Model):
    """One fact of an article, flattened for display: `subject` `label` `object`."""

    kind: Literal["role", "affiliation", "talk", "quote", "project", "part_of"]
    subject: EntityRef
    label: str = Field(examples=["Leiterin"], description="Role title, relation, topic or quote text.")
    object: EntityRef | None = None
    time: str | None = None
    evidence: list[EvidenceOut] = []


class ArticleSummary(ArticleRef):
    source: str | None = None


class MentionOut(Model):
    """Where the article text names an entity or a role title: ``text[start:end]`` (code points)."""

    start: int
    end: int
    kind: Literal["person", "organization", "role", "project", "event", "location"]
    label: str = Field(description="The entity's name, or the role title in its base form.")
    entity: EntityRef | None = Field(default=None, description="The entity (none for a role title).")


class ArticleDetail(ArticleSummary):
    entities: list[EntityRef] = []
    facts: list[FactOut] = []
    text: str | None = Field(
        default=None,
        description="The article text, at most `text_limit` characters (see `text_truncated`); null when "
        "the store holds no text (articles ingested before texts were kept: ingest them again).",
    )
    text_length: int = Field(default=0, description="Length of the whole text, in characters.")
    text_truncated: bool = Field(default=False, description="True when `text` is cut at `text_limit`.")
    mentions: list[MentionOut] = Field(
        default=[],
        description="Persons, organizations, projects, events, places and role titles named in `text`, "
        "in text order, without overlaps; offsets are Python string (code point) offsets, like evidence.",
    )


class Page(Model, Generic[T]):
    """One page of a list; `page` counts from 1."""

    items: list[T]
    total: int
    page: int
    page_size: int


class SearchHit(Model):
    kind: Literal["person", "organization", "project", "event", "location", "evidence"]
    label: str = Field(description="Entity name, or the evidence sentence.")
    score: float = Field(description="BM25 score (higher is better).")
    entity: EntityRef | None = Field(default=None, description="The entity, or the subject of the fact.")
    article: ArticleRef | None = None


class ExpertiseEvidence(Model):
    kind: Literal["talk", "project", "role", "quote", "affiliation", "name", "context", "sentence", "event"]
    label: str = Field(description="What matched: talk topic, project name, role, quote, organization name.")
    score: float
    evidence: list[EvidenceOut] = []


class ExpertiseResult(Model):
    entity: EntityRef
    score: float
    evidence: list[ExpertiseEvidence]


class ExpertisePage(Page[ExpertiseResult]):
    """A page of experts; `suggestions` names close indexed topics when the topic matched nothing."""

    suggestions: list[str] = Field(default=[], examples=[["Krisenmanagement"]])


class NameLookup(Model):
    """What a typed name refers to: `entity` when it is certain, else `candidates` to choose from."""

    query: str
    match: Literal["id", "name", "word", "prefix", "similar", "none"] = Field(
        description="How the best candidates matched: id or IRI, whole name or alias, a run of its words "
        "(a surname), the start of a word, or only a similar name (a typo: never certain)."
    )
    entity: EntityRef | None = Field(default=None, description="The one entity meant, if certain.")
    candidates: list[EntityRef] = Field(default=[], description="All entities of the best match, by name.")


class EdgeOut(Model):
    source: EntityRef
    target: EntityRef
    relation: str = Field(examples=["member_of"])
    label: str | None = Field(default=None, examples=["Leiterin"])
    evidence: list[EvidenceOut] = []


class PathOut(Model):
    length: int
    nodes: list[EntityRef]
    edges: list[EdgeOut]


class Connections(Model):
    source: EntityRef
    target: EntityRef
    paths: list[PathOut]


class IngestResult(Model):
    id: str = Field(description="Article id (content hash unless given).")
    link: str
    created: bool = Field(description="False when the same article was already stored unchanged.")
    facts: dict[str, int] = Field(default={}, description="Number of facts per kind.")


class DeleteResult(Model):
    id: str
    deleted: bool


class Health(Model):
    status: Literal["ok"]
    store: str = Field(description="Name of the store folder (not its path), or 'server' for a store server.")
    articles: int
    writes_enabled: bool
    generation: int = Field(description="Bumped after each write.")
