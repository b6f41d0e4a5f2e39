"""The project's exception hierarchy: every error says what to do next."""

from __future__ import annotations


class KGError(Exception):
    """Base class of all errors raised by the knowledge-graph project."""


class ModelNotFoundError(KGError):
    """A spaCy model could not be loaded from the given package name or path."""


class EmptyInputError(KGError):
    """The article text is empty or only whitespace: pass a file or string with the article's text."""
