"""Knowledge graph: RDF model, on-disk store, entity resolution, networkx view, exports."""

from graph.errors import GraphError
from graph.store import IngestStatus, KnowledgeStore

__all__ = ["GraphError", "IngestStatus", "KnowledgeStore"]
