"""Knowledge graph: RDF model, on-disk store, entity resolution, networkx view, exports."""

from graph.errors import KGError
from graph.store import IngestStatus, KnowledgeStore

__all__ = ["IngestStatus", "KGError", "KnowledgeStore"]
