"""An in-memory projection of the knowledge graph for fast REST lookups, rebuilt after each write."""
