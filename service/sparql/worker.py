"""A SPARQL worker process: reads framed requests on stdin, runs them on a read-only store, answers on stdout.

Run as ``python -m service.sparql.worker STORE_PATH``. The parent kills this process when a query
overruns its deadline: pyoxigraph cannot interrupt a query in flight, a process can be killed.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import time
from typing import Any, BinaryIO

import pyoxigraph as ox

from service.sparql.results import serialize_result

_HEADER = struct.Struct(">I")


def write_frame(stream: BinaryIO, payload: Any) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: BinaryIO) -> Any | None:
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    return pickle.loads(stream.read(size))


def _graphs(iris: list[str] | None) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None:
    return None if iris is None else [ox.NamedNode(i) for i in iris]


def _named(iris: list[str] | None) -> list[ox.NamedNode | ox.BlankNode] | None:
    return None if iris is None else [ox.NamedNode(i) for i in iris]


def open_store(path: str, attempts: int = 20) -> ox.Store:
    """Open read-only, retrying while the writer's compaction swaps files under the snapshot."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")


def run_query(store: ox.Store, req: dict[str, Any]) -> dict[str, Any]:
    """Evaluate one request; errors come back as data so the worker survives them.

    OSError and RuntimeError (the store changed under this snapshot) propagate: the caller reopens.
    """
    try:
        result = store.query(
            req["query"],
            use_default_graph_as_union=req["union"],
            prefixes=req.get("prefixes"),
            default_graph=_graphs(req.get("default_graph")),
            named_graphs=_named(req.get("named_graphs")),
        )
        body, truncated, rows = serialize_result(result, req["format"], req["max_rows"])
    except SyntaxError as exc:
        return {"ok": False, "kind": "syntax", "message": str(exc)}
    except (ValueError, TypeError) as exc:
        return {"ok": False, "kind": "error", "message": str(exc)}
    return {"ok": True, "body": body, "truncated": truncated, "rows": rows}


def serve(path: str, inp: BinaryIO, out: BinaryIO) -> None:
    """Answer requests until stdin closes; reopen the store when the parent's write generation moves."""
    store: ox.Store | None = None
    generation = -1
    while (req := read_frame(inp)) is not None:
        if store is None or req["generation"] != generation:
            store = None  # release the old snapshot before opening a new one
            store = open_store(path)
            generation = req["generation"]
        try:
            answer = run_query(store, req)
        except (OSError, RuntimeError):
            store = open_store(path)  # files of the old snapshot were compacted away: read a fresh one
            try:
                answer = run_query(store, req)
            except (OSError, RuntimeError) as exc:
                answer = {"ok": False, "kind": "store", "message": str(exc)}
        write_frame(out, answer)


def main() -> None:
    # The protocol owns the real stdout; anything printed by mistake goes to stderr instead.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    serve(sys.argv[1], sys.stdin.buffer, out)


if __name__ == "__main__":
    main()
