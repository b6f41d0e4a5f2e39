"""Store exports: Turtle, TriG/N-Quads (named graphs kept), JSON-LD with @context, CSV, GraphML/GEXF."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Literal

import pyoxigraph as ox

from graph import nxview
from graph.errors import GraphError
from graph.store import KnowledgeStore
from graph.validate import union_graph
from graph.vocab import ALL_TRIPLES, PREFIXES

ExportFormat = Literal["turtle", "trig", "nquads", "jsonld", "csv", "graphml", "gexf"]
FORMATS: dict[str, str] = {  # format -> file extension
    "turtle": "ttl",
    "trig": "trig",
    "nquads": "nq",
    "jsonld": "jsonld",
    "csv": "csv",
    "graphml": "graphml",
    "gexf": "gexf",
}

# Short keys for the properties analysts read most; everything else stays a prefixed name.
JSONLD_CONTEXT: dict[str, object] = {
    **{k: v for k, v in PREFIXES.items() if k != "kgid"},
    "label": "rdfs:label",
    "name": "skos:prefLabel",
    "altName": "skos:altLabel",
    "member": {"@id": "org:member", "@type": "@id"},
    "organization": {"@id": "org:organization", "@type": "@id"},
    "role": {"@id": "org:role", "@type": "@id"},
    "subOrganizationOf": {"@id": "org:subOrganizationOf", "@type": "@id"},
    "derivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "confidence": {"@id": "kg:confidence", "@type": "xsd:double"},
}

_SERIALIZER_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "kgid"}  # kgid: names need escaping

MEMBERSHIPS_CSV = """
SELECT DISTINCT ?person ?role ?job_title ?organization ?article ?url ?sentence ?start ?end ?confidence
                ?person_iri ?organization_iri WHERE {
  ?m a org:Membership ; org:member ?person_iri ; org:organization ?organization_iri ;
     prov:wasDerivedFrom ?a ; kg:confidence ?confidence ;
     kg:evidence/oa:hasSelector ?q, ?p .
  ?q oa:exact ?sentence . ?p oa:start ?start ; oa:end ?end .
  ?person_iri skos:prefLabel ?person . ?organization_iri skos:prefLabel ?organization .
  ?a dcterms:identifier ?article . OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?m org:role/skos:prefLabel ?role } OPTIONAL { ?m schema:jobTitle ?job_title }
} ORDER BY ?person ?organization ?article ?start"""
CSV_COLUMNS = [
    "person",
    "role",
    "job_title",
    "organization",
    "article",
    "url",
    "sentence",
    "start",
    "end",
    "confidence",
    "person_iri",
    "organization_iri",
]


def write_turtle(ks: KnowledgeStore, out: IO[bytes]) -> None:
    """The union of all article graphs as one Turtle document (named graphs dropped)."""
    triples = ks.query(ALL_TRIPLES)
    ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=_SERIALIZER_PREFIXES)


def write_dataset(ks: KnowledgeStore, out: IO[bytes], fmt: Literal["trig", "nquads"] = "trig") -> None:
    """Every quad with its article's named graph."""
    rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
    ks.store.dump(out, rdf_format, prefixes=_SERIALIZER_PREFIXES if fmt == "trig" else None)


def write_jsonld(ks: KnowledgeStore, out: IO[bytes]) -> None:
    """Compacted JSON-LD of the union graph with the project @context."""
    text = union_graph(ks).serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
    json.loads(text)  # fail here, not in the analyst's tool, if the serializer ever emits bad JSON
    out.write(text.encode("utf-8"))


def write_memberships_csv(ks: KnowledgeStore, out: IO[str]) -> int:
    """One row per membership statement with its evidence sentence; returns the row count."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for row in ks.query(MEMBERSHIPS_CSV):
        writer.writerow(["" if row[c] is None else row[c].value for c in CSV_COLUMNS])
        n += 1
    return n


ALIASES = {"ttl": "turtle", "nq": "nquads", "n-quads": "nquads", "json": "jsonld", "json-ld": "jsonld"}


def export_store(ks: KnowledgeStore, fmt: str) -> bytes:
    """The store in `fmt` (a name of FORMATS or an extension such as ttl, nq) as bytes."""
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise GraphError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    buf = io.BytesIO()
    if name == "turtle":
        write_turtle(ks, buf)
    elif name in ("trig", "nquads"):
        write_dataset(ks, buf, "trig" if name == "trig" else "nquads")
    elif name == "jsonld":
        write_jsonld(ks, buf)
    elif name == "csv":
        text = io.StringIO()
        write_memberships_csv(ks, text)
        buf.write(text.getvalue().encode("utf-8"))
    else:
        g = nxview.build_graph(ks)
        (nxview.write_graphml if name == "graphml" else nxview.write_gexf)(g, buf)
    return buf.getvalue()


def export(ks: KnowledgeStore, path: Path | str, fmt: str | None = None) -> Path:
    """Write the store to `path` in `fmt` (guessed from the extension if omitted)."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".")
    path.write_bytes(export_store(ks, fmt))
    return path
