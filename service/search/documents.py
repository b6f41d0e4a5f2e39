"""Search and expertise indexes built from the read model."""

from __future__ import annotations

from dataclasses import dataclass

from service.readmodel.model import ReadModel
from service.readmodel.records import Ev, Fact
from service.search.index import Doc, SearchIndex

# How much one matching piece of evidence of each kind says about expertise: a talk on the topic says most;
# a sentence that mentions the person near the topic, or the event a talk was given at, says least.
EXPERTISE_WEIGHTS = {
    "talk": 3.0,
    "project": 2.0,
    "role": 2.0,
    "name": 2.0,
    "context": 1.5,  # what the articles say a person's project is about
    "affiliation": 1.0,
    "quote": 1.0,
    "sentence": 1.0,  # a sentence a fact of the person was read from
    "event": 0.5,  # the name of the event the person spoke at
}
ORG_SHARE = 0.4  # an organization earns this share of its members' evidence


@dataclass(frozen=True)
class Hit:
    kind: str  # entity kind, or "evidence"
    label: str
    entity: str | None  # entity IRI (the subject of the fact for evidence hits)
    evidence: Ev | None = None


@dataclass(frozen=True)
class ExpertiseDoc:
    kind: str  # a key of EXPERTISE_WEIGHTS
    label: str
    entity: str  # who earns the evidence: a person, or an organization for "name"
    evidence: tuple[Ev, ...] = ()


def search_index(model: ReadModel) -> SearchIndex:
    """Entity names (with aliases) and every distinct evidence sentence."""
    docs = [
        Doc(" ".join([e.name, *sorted(e.aliases)]), Hit(e.kind, e.name, e.iri))
        for e in model.entities.values()
        if e.kind in {"person", "org", "project", "event", "place"}
    ]
    seen: set[tuple[str | None, str]] = set()
    for f in model.facts:
        for ev in f.evidence:
            if (ev.article, ev.sentence) not in seen:
                seen.add((ev.article, ev.sentence))
                docs.append(Doc(ev.sentence, Hit("evidence", ev.sentence, f.subject, ev)))
    return SearchIndex(docs)


def _fact_text(model: ReadModel, f: Fact) -> str:
    obj = model.entities.get(f.object) if f.object else None
    if f.kind == "talk":
        return f.label
    if f.kind == "project":
        return " ".join([obj.name, *sorted(obj.aliases)]) if obj else ""
    if f.kind in {"role", "affiliation"}:
        names = (
            [model.entities[p].name for p in [f.object, *model.ancestors(f.object)] if p in model.entities]
            if f.object
            else []
        )
        return " ".join([f.label, *names])
    if f.kind == "quote":
        return f.label
    return ""


def _fact_label(model: ReadModel, f: Fact) -> str:
    obj = model.entities.get(f.object) if f.object else None
    if f.kind == "role":
        return f"{f.label} ({obj.name})" if obj else f.label
    if f.kind in {"project", "affiliation"}:
        return obj.name if obj else f.label
    return f.label


def _project_sentences(model: ReadModel) -> dict[str, list[Ev]]:
    """Per project: the distinct sentences that speak of it — the evidence of facts about it and the
    evidence sentences of its articles that name it."""
    out: dict[str, dict[tuple[str | None, str], Ev]] = {}
    for e in model.entities.values():
        if e.kind != "project":
            continue
        found = out.setdefault(e.iri, {})
        for f in model.by_object.get(e.iri, []):
            for ev in f.evidence:
                found.setdefault((ev.article, ev.sentence), ev)
        names = [n for n in [e.name, *e.aliases] if len(n) >= 3]
        for article in sorted(e.articles):
            for f in model.by_article.get(article, []):
                for ev in f.evidence:
                    if ev.article == article and any(n in ev.sentence for n in names):
                        found.setdefault((ev.article, ev.sentence), ev)
    for f in model.facts:  # talks about a project name it as their topic
        if f.kind == "talk" and f.about in out:
            for ev in f.evidence:
                out[f.about].setdefault((ev.article, ev.sentence), ev)
    return {iri: list(evs.values()) for iri, evs in out.items()}


def _person_docs(model: ReadModel, person: str, projects: dict[str, list[Ev]]) -> list[Doc]:
    """Every piece of evidence that ties one person to topics (see EXPERTISE_WEIGHTS)."""
    docs: list[Doc] = []
    sentences: dict[tuple[str | None, str], Ev] = {}
    linked: list[str] = []
    for f in model.by_subject.get(person, []):
        for ev in f.evidence:
            sentences.setdefault((ev.article, ev.sentence), ev)
        if f.kind not in EXPERTISE_WEIGHTS:
            continue
        text = _fact_text(model, f)
        if text.strip():
            docs.append(Doc(text, ExpertiseDoc(f.kind, _fact_label(model, f), person, tuple(f.evidence))))
        event = model.entities.get(f.object) if f.kind == "talk" and f.object else None
        if event is not None:
            text = " ".join([event.name, *sorted(event.aliases)])
            docs.append(Doc(text, ExpertiseDoc("event", event.name, person, tuple(f.evidence))))
        for project in (f.object if f.kind == "project" else None, f.about):
            if project in projects and project not in linked:
                linked.append(project)
    for project in linked:
        evs = projects[project]
        if evs:
            text = " ".join(ev.sentence for ev in evs)
            docs.append(Doc(text, ExpertiseDoc("context", model.entities[project].name, person, tuple(evs))))
    for ev in sentences.values():
        docs.append(Doc(ev.sentence, ExpertiseDoc("sentence", ev.sentence, person, (ev,))))
    return docs


def expertise_index(model: ReadModel) -> SearchIndex:
    """The evidence that ties persons to topics (talk topics and events, projects and what the articles
    say they are about, roles, affiliations, quotes, the sentences their facts were read from), and the
    names of organizations. Built once per store generation; a query only scores it."""
    projects = _project_sentences(model)
    docs: list[Doc] = []
    for e in model.entities.values():
        if e.kind == "person":
            docs.extend(_person_docs(model, e.iri, projects))
        elif e.kind == "org":
            docs.append(Doc(" ".join([e.name, *sorted(e.aliases)]), ExpertiseDoc("name", e.name, e.iri)))
    return SearchIndex(docs)
