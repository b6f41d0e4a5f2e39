"""The SPARQL worker's view of a store server (``KG_STORE=http://...``): guarded queries forwarded to it.

The worker guards each query as before (SERVICE refused on the parsed query) and only then sends it to
the server's ``/query`` endpoint, which parses queries only: an Update never runs there. The answer is
parsed as it streams in and re-serialized under the same row and byte caps; `answer_bytes` stops
reading an answer that outgrows them. The worker needs the network for this, so it is not walled in:
what the server itself may reach (it evaluates SERVICE) is the operator's concern (README, "Stores").
"""

from __future__ import annotations

from typing import Any

from service.sparql.protocol import QueryError, QueryRequest

FORWARD_TIMEOUT = 600.0  # socket timeout; the pool kills the worker at the query's own deadline first


class ForwardingStore:
    """Answers `query` like `pyoxigraph.Store` from the server at `url`; its failures are QueryErrors."""

    def __init__(self, url: str) -> None:
        from graph.sparql_http import RemoteStore  # the graph package is only loaded by remote workers

        self.url = url
        self.remote = RemoteStore(url, timeout=FORWARD_TIMEOUT)

    def cap(self, req: QueryRequest) -> None:
        """Read at most about twice the answer's byte cap (the serializer cuts long before that)."""
        self.remote.answer_bytes = 2 * req.max_bytes + 1_000_000

    def query(self, query: str, **kw: Any) -> Any:
        from graph.errors import StoreError

        try:
            return self.remote.query(query, **kw)
        except StoreError as exc:
            raise QueryError("store", f"The store server did not answer: {exc}") from None
