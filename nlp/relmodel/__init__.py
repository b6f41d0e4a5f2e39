"""Learned relation scoring: the rules and the grammar propose candidates, a small linear model decides.

Each task (speakers, quotes, roles, affiliations) is one file with its candidates and features;
`linear.py` is the model (sparse logistic regression weights as JSON, trained by
`nlp/training/relations.py`), `component.py` the spaCy component that applies them.
"""
