"""The one vocabulary module: namespaces, the few minted `KG` terms, and stable IRI minting.

Reused vocabularies first (W3C ORG, schema.org, PROV-O, SKOS, Web Annotation, DCMI terms); `KG` only
holds what none of them has. IRIs are derived from normalized names and content hashes, never from
counters, so the same entity or fact gets the same IRI on every run.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = [
    "BASE",
    "DCTERMS",
    "KG",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "entity_iri",
    "graph_iri",
    "short_hash",
    "slug",
]

BASE = "https://kg.example.org/"
ID = BASE + "id/"

SCHEMA = SDO  # https://schema.org/
OA = Namespace("http://www.w3.org/ns/oa#")  # W3C Web Annotation vocabulary (not bundled with rdflib)


class KG(DefinedNamespace):
    """Terms of this project that ORG, schema.org, PROV, SKOS and Web Annotation do not offer."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    # Classes
    Position: URIRef  # A role held where the text names no organization (org:Membership needs one).
    EntityMatch: URIRef  # Record of one entity-resolution decision: a mention merged into an existing node.

    # Properties of fact nodes (org:Membership, kg:Position, talks, quotes, part-of statements)
    evidence: URIRef  # Fact -> the oa:SpecificResource (article + selectors) it was read from.
    confidence: URIRef  # Extractor confidence of a fact in [0, 1] (xsd:double).
    # Time qualifier as printed ("seit 2019", "ehemalig"); too vague for org:memberDuring.
    timeHint: URIRef  # noqa: N815
    holder: URIRef  # kg:Position -> the person holding it (org:member has org:Membership as its domain).
    # schema:Quotation -> "direct" (the quoted words) or "indirect" (reported speech: "betonte, dass ...").
    quoteForm: URIRef  # noqa: N815

    # Properties of articles
    # sha256 prefix of the NFC-normalized article text (corpus.article.content_hash).
    contentHash: URIRef  # noqa: N815
    fingerprint: URIRef  # Hash of text, metadata, facts and pipeline version: equal = re-ingest is a no-op.
    # Where the article names its entities, one line per entity: the entity IRI after the ID base, then
    # "start-end" character offsets into its schema:articleBody ("person/eleonore-baj 0-12 80-83").
    # One literal per article rather than a node per mention keeps the store small.
    mentionSpans: URIRef  # noqa: N815

    # Properties of kg:EntityMatch
    mention: URIRef  # The surface form (or alias) that was merged, as printed.
    # The node the mention was merged into.
    matchedEntity: URIRef  # noqa: N815
    # Similarity score 0-100 (rapidfuzz) or 100 for rule-based matches.
    matchScore: URIRef  # noqa: N815
    # Short machine-readable rule name: "normalized-name", "abbreviation", "fuzzy", ...
    matchMethod: URIRef  # noqa: N815
    # Human-readable explanation for the analyst.
    matchReason: URIRef  # noqa: N815

    # Store bookkeeping (a store server only, graph/remote_store.py): a token every write replaces.
    generation: URIRef

    # Curation decisions (graph/curation.py): prov:Activity nodes in the curation graph.
    Curation: URIRef  # A curator's decision: merge two entities, split one, or mark a fact wrong.
    MergeDecision: URIRef  # two entities are one (prov:used the members, prov:generated the result).
    SplitDecision: URIRef  # some mentions of an entity are another entity (prov:generated it).
    FactRejection: URIRef  # a fact is wrong (prov:invalidated the fact node).
    Undo: URIRef  # An activity that took a decision back (the decision's kg:undoneBy).
    # The name the merged or split-off entity is given.
    preferredName: URIRef  # noqa: N815
    # Merge: a name the members had when they were merged (mentions so named resolve to the merged entity).
    mergedName: URIRef  # noqa: N815
    # Split: the name (as printed) whose mentions become the new entity.
    splitLabel: URIRef  # noqa: N815
    # Split: an article whose mentions of the entity become the new entity.
    splitArticle: URIRef  # noqa: N815
    # Fact rejection: the article graph of the fact, and its signature (stable across re-ingest).
    factGraph: URIRef  # noqa: N815
    factSignature: URIRef  # noqa: N815
    # Decision -> the kg:Undo activity that took it back.
    undoneBy: URIRef  # noqa: N815
    rewrite: URIRef  # Decision -> one article graph it rewrote (kg:rewrittenGraph, kg:removed, kg:added).
    rewrittenGraph: URIRef  # noqa: N815
    removed: URIRef  # N-Quads the rewrite removed (restored by an undo).
    added: URIRef  # N-Quads the rewrite added (removed by an undo).


PREFIXES: dict[str, str] = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "kg": BASE + "ns#",
    "owl": str(OWL),
    "kgid": ID,
}

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def slug(text: str) -> str:
    """ASCII slug of a key, readable in an IRI.

    >>> slug("Eleonore Baj")
    'eleonore-baj'
    >>> slug("Deutsches Forschungszentrum für Künstliche Intelligenz")
    'deutsches-forschungszentrum-fuer-kuenstliche-intelligenz'
    """
    text = unicodedata.normalize("NFC", text).translate(_TRANSLIT).casefold()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80].rstrip("-")


def short_hash(*parts: object) -> str:
    """16 hex digits of sha256 over the parts (joined by a separator that cannot occur in them)."""
    data = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def entity_iri(kind: str, key: str) -> str:
    """IRI of an entity or fact from its kind ("person", "org", ...) and normalized key.

    The readable slug alone could collide for keys that differ only in punctuation or script, so a
    key whose slug is not its exact ASCII form gets a short hash suffix.

    >>> entity_iri("person", "eleonore baj")
    'https://kg.example.org/id/person/eleonore-baj'
    """
    s = slug(key)
    if not s or s.replace("-", " ") != key:
        s = f"{s}-{short_hash(key)[:8]}" if s else short_hash(key)
    return f"{ID}{kind}/{s}"


ENTITIES_GRAPH = BASE + "graph/entities"  # types and preferred labels of entities, stated once
# Bookkeeping of a store server (graph/remote_store.py): its generation marker, subject and graph both.
# Not under graph/, so no article's graph IRI can be this one.
META_GRAPH = BASE + "meta"
# Curation decisions (graph/curation.py): not under graph/, so no article's graph IRI can be this one, and
# never dropped by an ingest, replacement or delete of articles.
CURATION_GRAPH = BASE + "curation"
# Every statement of the knowledge graph: the union of the graphs, without the bookkeeping above.
ALL_TRIPLES = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER(?s != <{META_GRAPH}>) }}"


def graph_iri(doc_key: str) -> str:
    """Named graph holding every statement read from one article (by its document key)."""
    return f"{BASE}graph/{doc_key}"


def article_iri(doc_key: str) -> str:
    """The schema:NewsArticle node of one article (by its document key)."""
    return f"{ID}article/{doc_key}"
