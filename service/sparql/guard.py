"""Lexical checks on a SPARQL request before it reaches the store: form, Update, SERVICE, dataset clauses.

The checks work on the query text with strings, IRIs and comments blanked out, so a keyword inside a
literal (``"SERVICE"``) or an IRI (``<http://ex/service>``) or a variable (``?service``) never counts.
They run before any evaluation: a refused query costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.errors import BadRequestError

# Order matters: long strings before short ones; IRIs only where '<' cannot be a comparison.
_BLANKS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
# A keyword is a bare word: not a variable (?x, $x), not part of a prefixed name (ex:service, service:x).
_WORD = re.compile(r"(?<![\w?$:\-])([A-Za-z]+)(?![\w:\-])")

QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})
UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
PROLOGUE_WORDS = frozenset({"BASE", "PREFIX"})


@dataclass(frozen=True)
class QueryInfo:
    """What the guard learned about a query: its form and whether it names its own dataset."""

    form: str  # SELECT, CONSTRUCT, DESCRIBE or ASK
    has_dataset_clause: bool  # FROM or FROM NAMED present

    @property
    def returns_graph(self) -> bool:
        return self.form in {"CONSTRUCT", "DESCRIBE"}


def blank_out(query: str) -> str:
    """The query with strings, IRIs and comments replaced by spaces (offsets kept)."""
    return _BLANKS.sub(lambda m: " " * len(m.group(0)), query)


def keywords(query: str) -> list[str]:
    """Upper-cased bare words of the query, in order."""
    return [m.group(1).upper() for m in _WORD.finditer(blank_out(query))]


def inspect_query(query: str) -> QueryInfo:
    """Classify a read query or raise `BadRequestError` for Update, SERVICE or an empty/unknown request."""
    if not query.strip():
        raise BadRequestError("Empty query: send a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query.")
    words = keywords(query)
    if "SERVICE" in words:
        raise BadRequestError(
            "SERVICE (federated query) is not allowed on this endpoint; query local data only."
        )
    first = next((w for w in words if w not in PROLOGUE_WORDS), "")
    if first in UPDATE_WORDS:
        raise BadRequestError(
            "SPARQL Update is not allowed: this endpoint is read-only. Use POST /articles to add data."
        )
    if first not in QUERY_FORMS:
        raise BadRequestError(
            f"Malformed query: expected SELECT, ASK, CONSTRUCT or DESCRIBE, found {first or 'nothing'!r}."
        )
    return QueryInfo(form=first, has_dataset_clause="FROM" in words)
