"""Who knows about a topic: BM25 over expertise facts, weighted by kind and summed per person/organization."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.readmodel.model import ReadModel
from service.search.documents import EXPERTISE_WEIGHTS, ORG_SHARE, ExpertiseDoc
from service.search.index import SearchIndex


@dataclass
class Expert:
    entity: str  # IRI
    score: float = 0.0
    evidence: list[tuple[ExpertiseDoc, float, str]] = field(default_factory=list)  # doc, score, label


def rank_experts(model: ReadModel, index: SearchIndex, topic: str) -> list[Expert]:
    """Persons and organizations with evidence for `topic`, best first."""
    experts: dict[str, Expert] = {}

    def credit(iri: str, doc: ExpertiseDoc, score: float, label: str) -> None:
        expert = experts.setdefault(iri, Expert(iri))
        expert.score += score
        expert.evidence.append((doc, score, label))

    for hit, bm25 in index.search(topic):
        doc: ExpertiseDoc = hit.payload
        score = EXPERTISE_WEIGHTS[doc.kind] * bm25
        credit(doc.entity, doc, score, doc.label)
        person = model.entities.get(doc.entity)
        if person is not None and person.kind == "person":
            orgs = {f.object for f in model.facts_of(doc.entity, ["role", "affiliation"]) if f.object}
            for org in orgs:
                credit(org, doc, score * ORG_SHARE, f"{person.name}: {doc.label}")
    ranked = sorted(experts.values(), key=lambda e: (-e.score, model.entities[e.entity].name))
    for e in ranked:
        e.evidence.sort(key=lambda item: -item[1])
    return ranked
