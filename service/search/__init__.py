"""German-aware BM25 full-text search over entity names and evidence sentences, and expertise ranking."""
