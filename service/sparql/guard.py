"""The worker's check before evaluation: no SERVICE, decided on the parsed query; does it name a dataset.

pyoxigraph's `Store.query` parses with the SPARQL Query grammar only, so an Update never runs through it;
what it would run is SERVICE (an HTTP request from the worker). oxigraph matches keywords as seven ASCII
letters in any case, with no escape processing outside IRIs and strings, so a query whose text does not
contain ``SERVICE`` (ASCII, any case) cannot hold one: it goes to the store at once. Any other query is
parsed by rdflib's SPARQL 1.1 grammar (pyparsing) and refused if the parse tree holds a
ServiceGraphPattern, or if rdflib cannot parse it. The same parse tells whether the query names its own
dataset (FROM / FROM NAMED), which the union default graph must not override.

Two lexical points are aligned with oxigraph before rdflib parses: oxigraph ends a comment at ``\\r`` as
well as ``\\n`` (rdflib only at ``\\n``), and oxigraph expands ``\\u`` escapes only inside IRIs and strings
(rdflib everywhere, comments included). So ``\\r`` becomes ``\\n`` and escapes are not expanded: rdflib then
refuses a ``\\u`` escape (its IRIs and strings do not accept one), which errs on the safe side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from service.sparql.protocol import QueryError

SERVICE_REFUSED = "SERVICE (federated query) is not allowed on this endpoint; query local data only."
UPDATE_REFUSED = "SPARQL Update is not allowed: this endpoint is read-only. Use POST /articles to add data."
_FIRST_FORM = re.compile(
    r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b"
)
_READ_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


@dataclass(frozen=True)
class Verdict:
    """What the guard learned about a query it lets through."""

    has_dataset_clause: bool  # FROM or FROM NAMED: the query picks its own dataset
    parsed: bool  # False: decided without a parse (the text cannot hold SERVICE or FROM)


def mentions(query: str, keyword: str) -> bool:
    """Whether `keyword` (upper case ASCII) occurs in the text in any case; over-approximates oxigraph,
    whose keywords are ASCII-only: `str.upper` also maps e.g. 'ſ' to 'S', never the other way."""
    return keyword in query.upper()


def looks_like_update(query: str) -> bool:
    """Whether the first query or update keyword of the text is an update one (for messages only)."""
    match = _FIRST_FORM.search(query.upper())
    return match is not None and match.group(1) not in _READ_FORMS


def check_query(query: str) -> Verdict:
    """The verdict on `query`, or QueryError("refused"/"syntax") for SERVICE, an empty or unparsable one."""
    if not query.strip():
        raise QueryError("refused", "Empty query: send a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query.")
    if not mentions(query, "SERVICE") and not mentions(query, "FROM"):
        return Verdict(has_dataset_clause=False, parsed=False)
    return _parsed_verdict(query)


@lru_cache(maxsize=512)
def _parsed_verdict(query: str) -> Verdict:
    tree = _parse(query)
    if any(_named(node, "ServiceGraphPattern") for node in _walk(tree)):
        raise QueryError("refused", SERVICE_REFUSED)
    return Verdict(has_dataset_clause=bool(_dataset_clause(tree)), parsed=True)


def _parse(query: str) -> Any:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import Query

    text = query.replace("\r", "\n")  # oxigraph ends a comment at either; rdflib only at \n
    try:
        return Query.parse_string(text, parse_all=True)
    except ParseBaseException as exc:
        if looks_like_update(query):
            raise QueryError("refused", UPDATE_REFUSED) from None
        note = f" ({SERVICE_REFUSED})" if mentions(query, "SERVICE") else ""
        raise QueryError("syntax", f"Malformed query: {exc}{note}") from None
    except (RecursionError, MemoryError):
        raise QueryError("refused", "Query too deeply nested or too long to check; simplify it.") from None
    except Exception as exc:  # noqa: BLE001 - whatever else the parser trips on, the query is refused
        raise QueryError("syntax", f"Malformed query (the guard could not parse it: {exc!r})") from None


def _named(node: Any, name: str) -> bool:
    return getattr(node, "name", None) == name and isinstance(node, dict)


def _walk(tree: Any) -> Iterator[Any]:
    """Every node of an rdflib parse tree (CompValue dicts, ParseResults and lists), without recursion."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)


def _dataset_clause(tree: Any) -> list[Any]:
    for node in tree:
        # `in`, not `.get`: rdflib's CompValue.get answers a missing key with the key itself
        if isinstance(node, dict) and "datasetClause" in node:
            return list(dict.__getitem__(node, "datasetClause"))
    return []
