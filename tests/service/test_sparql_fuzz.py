"""Fuzzing the guard against pyoxigraph: whatever the guard lets through never calls out.

Token soup around SERVICE (comments ended by \\r or \\n, \\u escapes, strings, IRIs with '#', nesting) goes
through the pre-check and the guard; what they accept is run by pyoxigraph in this process, which has
network, against a store whose terms all point at a loopback listener. The listener must see nothing,
and the checks must raise nothing but their own refusals.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.errors import ServiceError
from service.sparql.guard import check_query
from service.sparql.precheck import precheck
from service.sparql.protocol import QueryError
from tests.service.loopback import Listener

URL = "http://127.0.0.1:{port}/"
TOKENS = [
    "SERVICE", "service", "SeRvIcE", "SILENT", "SERVICE<{url}x>", "SERVICEex:x", "\\u0053ERVICE",
    "\u017fERVICE", "<{url}x>", "<{url}x#>", "<{url}\\u0023>", "<http://ex/a#>", "<http://ex/\\u0041#>",
    "<http://ex/\\u003E>", "#", "#SERVICE", "\r", "\n", "\r\n", " ", "\t", "\\u000A", "\\u000D", "\\u0023",
    "\\", '"', "'", '"""', "'''", '"\\""', "{", "}", "(", ")", "[", "]", ".", ";", ",", "?s", "?p", "?o",
    "?service", "ex:x", "ex:", "ex:a\\#b", "_:b", "OPTIONAL", "GRAPH", "FILTER", "BIND", "AS", "UNION",
    "MINUS", "VALUES", "FROM", "NAMED", "SELECT", "*", "WHERE", "ASK", "a", "1", "<", ">", "=",
    "{ ?s ?p ?o }",
]  # fmt: skip


@pytest.fixture(scope="module")
def witness() -> Iterator[Listener]:
    listener = Listener()
    yield listener
    listener.close()


@pytest.fixture(scope="module")
def store(witness: Listener) -> ox.Store:
    base = URL.format(port=witness.port)
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode(base + "s"), ox.NamedNode(base + "p"), ox.NamedNode(base + "o")))
    return s


def soup(port: int) -> st.SearchStrategy[str]:
    url = URL.format(port=port)
    token = st.sampled_from(TOKENS).map(lambda t: t.replace("{url}", url))
    return st.lists(token, max_size=24).map("".join)


# What some lexer might take as the start of a comment, string or IRI, and what might end one.
OPENERS = [
    "#",
    "# x ",
    "#\\u000A",
    '"',
    "'",
    '"""',
    "'''",
    "<http://ex/a#",
    "<http://ex/\\u0041#>",
    "\\u0023",
    "",
]
FILLERS = [
    "",
    "?s ?p ?o .",
    "?s <http://ex/a#> ?o .",
    "FILTER(1)",
    'BIND("#" AS ?h)',
    "OPTIONAL { ?s ?p ?o }",
]
CLOSERS = ["\r", "\n", "\r\n", "\\u000A", "\\u000D", '"', "'", '"""', "'''", ">", " ", "\t", ""]


def queries(port: int) -> st.SearchStrategy[str]:
    """Free soup, soup inside a query, or a real SERVICE call behind an opener and among closers, in a
    query that binds the store's triple (so that a SERVICE which parses is also called)."""
    url = URL.format(port=port)
    head = f"PREFIX ex: <{url}> SELECT * WHERE {{ ?s ?p ?o . "
    call = f"SERVICE <{url}x> {{ ?s ?p ?o }}"
    pick = st.sampled_from
    filler = st.one_of(pick(FILLERS), soup(port))
    hidden = st.tuples(filler, pick(OPENERS), pick(CLOSERS), pick(CLOSERS), pick(CLOSERS), filler).map(
        lambda p: f"{head}{p[0]}{p[1]}{p[2]}{call}{p[3]}{p[5]}{p[4]} }}"
    )
    framed = soup(port).map(lambda s: f"{head}{s} }}")
    return st.one_of(soup(port), framed, hidden)


def accepted(query: str) -> bool:
    try:
        precheck(query)
        check_query(query)
    except (ServiceError, QueryError):
        return False
    return True


def run_in_process(store: ox.Store, query: str) -> None:
    try:
        result = store.query(query, use_default_graph_as_union=True)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except (SyntaxError, OSError, ValueError, TypeError, RuntimeError):
        pass


def test_accepted_queries_never_call_out(witness: Listener, store: ox.Store) -> None:
    @settings(max_examples=1500, deadline=None, database=None, derandomize=True)
    @given(queries(witness.port))
    def check(query: str) -> None:
        before = witness.connections  # pyoxigraph's SERVICE call returns only after the listener hung up
        if accepted(query):
            run_in_process(store, query)
        assert witness.connections == before, f"SERVICE got through: {query!r}"

    check()
    assert witness.seen() == 0
