"""Organization hierarchy: genitive chains ("Abteilung X der Stadtverwaltung Y") become part-of links."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.relations.base import org_at, org_span_starting
from nlp.relations.coref import Cluster, parent_name

# "Stadtverwaltung X" is the administration of "Stadt X": the two names denote one body.
_ADMINISTRATION = "verwaltung"


@Language.factory("kg_org_hierarchy", default_config={})
def make_org_hierarchy(nlp: Language, name: str) -> OrgHierarchy:
    return OrgHierarchy(name)


class OrgHierarchy:
    """Sets `doc._.kg_part_of` (child organization name -> parent organization name); a parent named only
    inside a chain becomes an organization of its own."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_part_of = self.match(doc)
        return doc

    def match(self, doc: Doc) -> dict[str, str]:
        links: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            child = org_at(doc, ent.start)
            if child is None or child in links:
                continue
            parent_span = getattr(ent._, "part_of_span", None) if ent.has_extension("part_of_span") else None
            if parent_span is None and ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"der", "des"}:
                parent_span = org_span_starting(doc, ent.end, min(len(doc), ent.end + 12))
            if parent_span is None:
                continue
            parent = org_at(doc, parent_span.start)
            if parent is None or parent == child:
                parent = self.register_parent(doc, parent_span)
            if parent != child:
                links[child] = parent
        return links

    @staticmethod
    def register_parent(doc: Doc, span: Span) -> str:
        """The cluster name for a parent named inside a chain, creating the cluster if it is new."""
        name = parent_name(span)
        clusters: list[Cluster] = doc._.kg_orgs or []
        wanted = {name.casefold(), name.replace(_ADMINISTRATION, "", 1).casefold()}
        for cluster in clusters:
            forms = {cluster.name.casefold(), *(a.casefold() for a in cluster.aliases)}
            if forms & wanted:
                if name not in cluster.aliases and name != cluster.name:
                    cluster.aliases.append(name)
                cluster.spans.append(span)
                return cluster.name
        clusters.append(Cluster(name, "ORG", spans=[span]))
        doc._.kg_orgs = clusters
        return name
