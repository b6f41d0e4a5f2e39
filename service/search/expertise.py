"""Who knows about a topic: BM25 over expertise evidence with German compound and inflection matching,
weighted by kind and summed per person and organization."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.readmodel.model import ReadModel
from service.readmodel.views import Views
from service.schemas import ExpertiseEvidence, ExpertiseResult
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

    for hit, bm25 in index.search_weighted(topic):
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


def result_of(views: Views, expert: Expert, evidence_limit: int = 5) -> ExpertiseResult:
    """The API answer for one ranked expert, with its best `evidence_limit` pieces of evidence."""
    ref = views.ref(expert.entity)
    assert ref is not None
    evidence = [
        ExpertiseEvidence(
            kind=doc.kind,  # type: ignore[arg-type]  # the kinds of EXPERTISE_WEIGHTS
            label=label,
            score=round(score, 4),
            evidence=views.evidence(list(doc.evidence)),
        )
        for doc, score, label in expert.evidence[:evidence_limit]
    ]
    return ExpertiseResult(entity=ref, score=round(expert.score, 4), evidence=evidence)
