"""German knowledge-graph NLP: spaCy components, facts contract, evaluation."""
