"""Search and expertise indexes built from the read model."""

from __future__ import annotations

from dataclasses import dataclass

from service.readmodel.model import ReadModel
from service.readmodel.records import Ev, Fact
from service.search.index import Doc, SearchIndex

# How much one matching fact of each kind says about expertise (a talk on the topic says most).
EXPERTISE_WEIGHTS = {"talk": 3.0, "project": 2.0, "role": 2.0, "name": 2.0, "affiliation": 1.0, "quote": 1.0}
ORG_SHARE = 0.5  # an organization earns this share of its members' evidence


@dataclass(frozen=True)
class Hit:
    kind: str  # entity kind, or "evidence"
    label: str
    entity: str | None  # entity IRI (the subject of the fact for evidence hits)
    evidence: Ev | None = None


@dataclass(frozen=True)
class ExpertiseDoc:
    kind: str  # talk, project, role, affiliation, quote, name
    label: str
    entity: str  # who earns the evidence: a person, or an organization for "name"
    fact: Fact | None


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


def expertise_index(model: ReadModel) -> SearchIndex:
    """One doc per fact that shows expertise (talk topic, project, role, quote), plus organization names."""
    docs: list[Doc] = []
    for f in model.facts:
        if f.kind in EXPERTISE_WEIGHTS and f.subject in model.entities:
            text = _fact_text(model, f)
            if text.strip():
                docs.append(Doc(text, ExpertiseDoc(f.kind, _fact_label(model, f), f.subject, f)))
    for e in model.entities.values():
        if e.kind == "org":
            docs.append(
                Doc(" ".join([e.name, *sorted(e.aliases)]), ExpertiseDoc("name", e.name, e.iri, None))
            )
    return SearchIndex(docs)
