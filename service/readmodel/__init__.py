"""An in-memory projection of the knowledge graph for fast REST lookups, updated by each write."""
