"""Errors of the knowledge-graph layer; each message says what is wrong and what to do next."""

from __future__ import annotations

from nlp.errors import KGError


class GraphError(KGError, ValueError):
    """Base of all graph errors (a ValueError too, so the API answers 400 and the CLI exits with 2)."""


class FactsError(GraphError):
    """Facts that cannot be turned into RDF (e.g. a relation naming an empty entity)."""


class ArticleNotFoundError(GraphError):
    """An article id that is not in the store."""


class StoreError(GraphError):
    """The on-disk store cannot be opened or written (locked by another process, wrong path, ...)."""


class ShapeViolationError(GraphError):
    """A graph that does not conform to graph/shapes.ttl."""


class StoreUnavailableError(StoreError):
    """The store server (`KG_STORE=http://...`) cannot be reached or failed to answer; retry when it is up."""
