"""A SPARQL query worker process: walls itself in, then guards, evaluates, caps and answers queries.

Started by `service.sparql.pool` as ``python -m service.sparql.worker STORE MEMORY_MB [--require-isolation]``.
At start-up, still single-threaded, it raises its stack limit (re-executing itself once), moves into a
network namespace of its own (no connection can leave it) and caps its heap; then it sends a `Hello`
frame and answers one `QueryRequest` frame at a time on stdin/stdout with a `QueryAnswer` or a
`QueryError`. It opens the store read-only, so a query can never write; the parent kills it when a query
overruns its deadline (pyoxigraph cannot interrupt a query in flight, a process can be killed).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, BinaryIO, cast

import pyoxigraph as ox

from graph.location import remote_url
from service.sparql import sandbox
from service.sparql.guard import UPDATE_REFUSED, check_query, looks_like_update
from service.sparql.negotiation import UnacceptableFormatError, pick_format
from service.sparql.protocol import Hello, QueryAnswer, QueryError, QueryRequest, read_frame, write_frame
from service.sparql.remote import ForwardingStore
from service.sparql.results import serialize_result

MEMORY_EXCEEDED = "The query needed more memory than a SPARQL worker may use ({mb} MB); narrow it."


def open_store(path: str, attempts: int = 20) -> ox.Store:
    """Open read-only, retrying while the writer's compaction swaps files under the snapshot; a store
    server (``http://...``) is not opened but forwarded to (service/sparql/remote.py)."""
    url = remote_url(path)
    if url is not None:
        return cast(ox.Store, ForwardingStore(url))
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")


def _negotiate(req: QueryRequest, graph: bool) -> str:
    try:
        return pick_format(req.accept, req.fmt, graph)
    except UnacceptableFormatError as exc:
        raise QueryError("not-acceptable", str(exc)) from None


def _evaluate(store: ox.Store, req: QueryRequest, union: bool) -> Any:
    try:
        return store.query(
            req.query,
            use_default_graph_as_union=union,
            prefixes=req.prefixes,
            default_graph=[ox.NamedNode(i) for i in req.default_graphs] or None,
            named_graphs=[ox.NamedNode(i) for i in req.named_graphs] or None,
        )
    except SyntaxError as exc:
        if looks_like_update(req.query):
            raise QueryError("refused", UPDATE_REFUSED) from None
        raise QueryError("syntax", f"Malformed query: {exc}") from None
    except (ValueError, TypeError) as exc:
        raise QueryError("error", f"Query failed: {exc}") from None


def answer_query(store: ox.Store, req: QueryRequest) -> QueryAnswer:
    """Guard, evaluate and serialize one request; refusals and failures raise QueryError.

    OSError and RuntimeError (the store changed under this snapshot) propagate: the caller reopens.
    """
    verdict = check_query(req.query)  # SERVICE refused here, before pyoxigraph (or a server) sees the query
    if isinstance(store, ForwardingStore):
        store.cap(req)
    if (pick := _formats(req)) is None:
        raise QueryError("not-acceptable", _unacceptable(req))
    # The union default graph unless the client names a dataset (FROM / protocol parameters).
    union = not (verdict.has_dataset_clause or req.default_graphs or req.named_graphs)
    result = _evaluate(store, req, union)
    if isinstance(result, ox.QueryBoolean):
        key = pick[0] or _negotiate(req, graph=False)
        form, key = "ASK", key if key in {"json", "xml"} else "json"  # a boolean has no CSV or TSV form
    elif isinstance(result, ox.QuerySolutions):
        form, key = "SELECT", pick[0] or _negotiate(req, graph=False)
    else:
        form, key = "GRAPH", pick[1] or _negotiate(req, graph=True)
    try:
        body, cut, rows = serialize_result(result, key, req.max_rows, req.max_bytes)
    except (ValueError, TypeError) as exc:
        raise QueryError("error", f"Query failed: {exc}") from None
    except (SyntaxError, OSError) as exc:  # only a store server's answer, read as it streams in
        raise QueryError("store", f"The store server's answer broke off ({exc}); retry it.") from None
    return QueryAnswer(body=body, key=key, rows=rows, cut=cut, form=form)


def _formats(req: QueryRequest) -> tuple[str | None, str | None] | None:
    """The serializer for a results answer and for a graph answer (None: not acceptable); None if neither
    fits, so a request no answer could satisfy is refused before evaluation."""
    keys: list[str | None] = []
    for graph in (False, True):
        try:
            keys.append(pick_format(req.accept, req.fmt, graph))
        except UnacceptableFormatError:
            keys.append(None)
    return None if keys == [None, None] else (keys[0], keys[1])


def _unacceptable(req: QueryRequest) -> str:
    try:
        pick_format(req.accept, req.fmt, graph=False)
    except UnacceptableFormatError as exc:
        return str(exc)
    return "No acceptable format."


def _answer(path: str, store: ox.Store, req: QueryRequest) -> tuple[ox.Store, QueryAnswer | QueryError]:
    try:
        return store, answer_query(store, req)
    except QueryError as problem:
        return store, problem
    except (OSError, RuntimeError):
        store = open_store(path)  # files of the old snapshot were compacted away: read a fresh one
    try:
        return store, answer_query(store, req)
    except QueryError as problem:
        return store, problem
    except (OSError, RuntimeError) as exc:
        return store, QueryError("store", f"The store could not be read: {exc}; retry in a moment.")


def serve(path: str, inp: BinaryIO, out: BinaryIO, memory_mb: int) -> None:
    """Answer requests until stdin closes; reopen the store when the parent's write generation moves.

    After a MemoryError the worker says so and exits: the pool starts a fresh one.
    """
    store: ox.Store | None = None
    generation = -1
    while (req := read_frame(inp)) is not None:
        try:
            if store is None or req.generation != generation:
                store = None  # release the old snapshot before opening a new one
                store = open_store(path)
                generation = req.generation
            store, answer = _answer(path, store, req)
        except MemoryError:
            write_frame(out, QueryError("memory", MEMORY_EXCEEDED.format(mb=memory_mb)))
            return
        write_frame(out, answer)


def main() -> None:
    store_path, memory_mb, require = sys.argv[1], int(sys.argv[2]), "--require-isolation" in sys.argv
    sandbox.deepen_stack(["-m", "service.sparql.worker", *sys.argv[1:]])
    url = remote_url(store_path)
    if url is None:
        problem = sandbox.isolate_network()  # first: a new user namespace needs a single-threaded process
    else:
        problem = f"it forwards guarded queries to the store server at {url}"
    sandbox.limit_memory(memory_mb)
    sandbox.lower_priority()
    sys.setrecursionlimit(100_000)  # the guard's parser recurses per nesting level; the stack allows it
    # The protocol owns the real stdout; anything printed by mistake goes to stderr instead.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    check_query("SELECT * FROM <urn:x> { ?s ?p ?o }")  # load the guard's parser now, not in a query's time
    try:
        detail = problem or "own network namespace"
        write_frame(out, Hello(isolated=problem is None, detail=detail, forwards=url is not None))
        if problem is not None and require:
            return
        serve(store_path, sys.stdin.buffer, out, memory_mb)
    except BrokenPipeError:  # the server went away (shut down, or gave up on this worker)
        os._exit(0)


if __name__ == "__main__":
    main()
