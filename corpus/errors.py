"""Errors raised while reading input; each message says what is wrong and what to do next."""

from __future__ import annotations


class CorpusError(ValueError):
    """Base of all input errors: the CLI turns it into one line and exit code 2, the API into HTTP 400."""


class InputNotFoundError(CorpusError):
    """A path given on the command line does not exist or is not a supported file."""


class UnreadableInputError(CorpusError):
    """Bytes that are not text in a supported encoding, or a file in a broken format."""


class EmptyInputError(CorpusError):
    """Input that holds no text after decoding and cleaning."""
