"""`RemoteStore`: an Oxigraph server seen through the SPARQL 1.1 Protocol and Graph Store Protocol.

It answers the part of `pyoxigraph.Store` the project reads through (`query` with the union default
graph, predeclared prefixes and explicit datasets; `named_graphs`; `len`; iteration; `dump`) and adds
the Graph Store writes (`put_graph`, `delete_graph`) and `update`. Answers are parsed as they stream in
(SPARQL JSON results, N-Triples, N-Quads), so a reader that stops early never holds the whole answer.

Oxigraph's endpoints are used: ``/query``, ``/update`` and ``/store?graph=IRI``. Every request has a
socket timeout (seconds without progress); `answer_bytes` caps how much of one answer is read. Server
and network failures raise `StoreUnavailableError`; a query the server cannot parse raises SyntaxError,
as pyoxigraph does.
"""

from __future__ import annotations

import http.client
import io
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from graph.errors import StoreError, StoreUnavailableError

logger = logging.getLogger(__name__)

READ_TIMEOUT = 300.0  # a bulk read (the read model, the resolution index) may take minutes on a large store
WRITE_TIMEOUT = 120.0
_ERROR_BYTES = 4096
_RESULTS_JSON = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"
_N_QUADS = "application/n-quads"
_ACCEPT = f"{_RESULTS_JSON}, {_N_TRIPLES};q=0.9"


class _CappedReader(io.RawIOBase):
    """The body of an HTTP answer, refusing to read past `limit` bytes (None: no limit)."""

    def __init__(self, response: http.client.HTTPResponse, limit: int | None, url: str) -> None:
        self.response = response
        self.left = limit
        self.url = url

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self.left is not None:
            if self.left <= 0:
                raise OSError(
                    f"the answer of the store server at {self.url} outgrew its cap; narrow the query"
                )
            view = view[: self.left]
        n = self.response.readinto(view)
        if self.left is not None:
            self.left -= n
        return n

    def close(self) -> None:
        self.response.close()
        super().close()


class RemoteStore:
    """A SPARQL client of the Oxigraph server at `url` (``http://host:port``)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = READ_TIMEOUT,
        hidden_graphs: Iterable[str] = (),
        answer_bytes: int | None = None,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"{url!r} is not a store server URL; write it as http://HOST:PORT")
        self.url = url.rstrip("/")
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._base = parts.path.rstrip("/")
        self.timeout = timeout
        self.hidden = frozenset(hidden_graphs)  # bookkeeping graphs left out of len, iteration and dumps
        self.answer_bytes = answer_bytes

    # -- pyoxigraph.Store, reading ------------------------------------------------------------------

    def query(
        self,
        query: str,
        *,
        use_default_graph_as_union: bool = False,
        prefixes: dict[str, str] | None = None,
        default_graph: ox.NamedNode | Sequence[ox.NamedNode] | None = None,
        named_graphs: Sequence[ox.NamedNode] | None = None,
        base_iri: str | None = None,
    ) -> Any:
        """QuerySolutions or QueryBoolean (as pyoxigraph), or an iterator of Triples (CONSTRUCT, DESCRIBE)."""
        text = with_prefixes(query, prefixes, base_iri)
        form: list[tuple[str, str]] = [("query", text)]
        defaults = [default_graph] if isinstance(default_graph, ox.NamedNode) else list(default_graph or [])
        if use_default_graph_as_union and not defaults:
            form.append(("union-default-graph", ""))  # Oxigraph's protocol extension
        form += [("default-graph-uri", g.value) for g in defaults]
        form += [("named-graph-uri", g.value) for g in named_graphs or []]
        response = self._send(
            "POST",
            "/query",
            body=urlencode(form).encode(),
            content_type="application/x-www-form-urlencoded",
            accept=_ACCEPT,
        )
        if response.status == 400:
            raise SyntaxError(_shift_columns(_error_text(response), len(text) - len(query)))
        self._expect(response, (200,), "query")
        media = _media(response)
        body = self._body(response)
        if media == _RESULTS_JSON:
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if media == _N_TRIPLES:
            return (quad.triple for quad in ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        response.close()
        raise StoreUnavailableError(f"the store server at {self.url} answered a query with {media!r}")

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return (row["g"] for row in rows if row["g"].value not in self.hidden)

    def __len__(self) -> int:
        hidden = ", ".join(f"<{g}>" for g in sorted(self.hidden))
        keep = f"FILTER(?g NOT IN ({hidden}))" if hidden else ""
        rows = self.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }} }}"
        )
        return int(next(iter(rows))["n"].value)

    def __iter__(self) -> Iterator[ox.Quad]:
        response = self._send("GET", "/store", accept=_N_QUADS)
        self._expect(response, (200,), "dataset read")
        body = self._body(response)
        for quad in ox.parse(body, format=ox.RdfFormat.N_QUADS):
            if not (isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value in self.hidden):
                yield quad

    def dump(
        self,
        output: IO[bytes],
        format: ox.RdfFormat,
        *,
        prefixes: dict[str, str] | None = None,  # noqa: A002
    ) -> None:
        """Every quad (but those of the hidden graphs) into `output`, like `pyoxigraph.Store.dump`."""
        ox.serialize(iter(self), output, format, prefixes=prefixes)

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    # -- writing ------------------------------------------------------------------------------------

    def update(self, update: str, *, prefixes: dict[str, str] | None = None) -> None:
        """One SPARQL Update request: one transaction on the server."""
        response = self._send(
            "POST",
            "/update",
            body=with_prefixes(update, prefixes).encode(),
            content_type="application/sparql-update",
            timeout=WRITE_TIMEOUT,
        )
        if response.status == 400:
            raise SyntaxError(_error_text(response))
        self._expect(response, (200, 204), "update")
        response.close()

    def put_graph(self, graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
        """Graph Store PUT: the graph's content replaced by `triples`, atomically."""
        body = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""
        response = self._send(
            "PUT",
            "/store",
            params={"graph": graph.value},
            body=body,
            content_type=_N_TRIPLES,
            timeout=WRITE_TIMEOUT,
        )
        self._expect(response, (200, 201, 204), f"PUT of graph {graph.value}")
        response.close()

    def delete_graph(self, graph: ox.NamedNode) -> bool:
        """Graph Store DELETE; False if the server had no such graph."""
        response = self._send("DELETE", "/store", params={"graph": graph.value}, timeout=WRITE_TIMEOUT)
        if response.status == 404:
            response.close()
            return False
        self._expect(response, (200, 204), f"DELETE of graph {graph.value}")
        response.close()
        return True

    # -- transport ----------------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        endpoint: str,
        *,
        params: dict[str, str] | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
        timeout: float | None = None,
    ) -> http.client.HTTPResponse:
        """One request on a fresh connection (no proxies, whatever the environment says)."""
        kind = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
        conn = kind(self._host, self._port, timeout=timeout or self.timeout)
        path = self._base + endpoint + (f"?{urlencode(params)}" if params else "")
        headers = {"Connection": "close", "User-Agent": "kg-de"}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        try:
            conn.request(method, path, body=body, headers=headers)
            return conn.getresponse()
        except (OSError, http.client.HTTPException) as exc:  # refused, reset, timed out, garbled
            conn.close()
            raise StoreUnavailableError(
                f"cannot reach the store server at {self.url} ({type(exc).__name__}: {exc}); "
                "is `oxigraph serve` running there? Start it or fix KG_STORE / --store."
            ) from exc

    def _body(self, response: http.client.HTTPResponse) -> IO[bytes]:
        return io.BufferedReader(_CappedReader(response, self.answer_bytes, self.url), 1 << 16)

    def _expect(self, response: http.client.HTTPResponse, ok: tuple[int, ...], what: str) -> None:
        if response.status in ok:
            return
        text = _error_text(response)
        raise StoreUnavailableError(
            f"the store server at {self.url} refused the {what}: HTTP {response.status} {text}"
        )


def with_prefixes(text: str, prefixes: dict[str, str] | None, base_iri: str | None = None) -> str:
    """`text` with PREFIX (and BASE) declarations put before it on its first line, so the server's
    error positions keep their line numbers; declarations in `text` itself override them."""
    head = f"BASE <{base_iri}> " if base_iri else ""
    head += "".join(f"PREFIX {name}: <{iri}> " for name, iri in (prefixes or {}).items())
    return head + text


def _shift_columns(message: str, added: int) -> str:
    """An error position on the first line, counted in the text the client sent (without the prefixes
    put before it).

    >>> _shift_columns("error at 1:212: expected ...", 200)
    'error at 1:12: expected ...'
    """
    return re.sub(r"\b1:(\d+)", lambda m: f"1:{max(1, int(m.group(1)) - added)}", message, count=1)


def _media(response: http.client.HTTPResponse) -> str:
    return (response.getheader("Content-Type") or "").split(";")[0].strip().lower()


def _error_text(response: http.client.HTTPResponse) -> str:
    try:
        text = response.read(_ERROR_BYTES).decode("utf-8", "replace").strip()
    except (OSError, http.client.HTTPException):
        text = ""
    response.close()
    return text
