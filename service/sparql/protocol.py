"""What the server and a SPARQL worker process send each other: typed records in length-prefixed pickles.

Kept free of heavy imports: the worker loads it before it parses anything.
"""

from __future__ import annotations

import pickle
import struct
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

HEADER = struct.Struct(">I")

Cut = Literal["rows", "bytes"] | None  # which cap cut an answer short, if one did
ProblemKind = Literal["refused", "syntax", "error", "not-acceptable", "store", "memory", "isolation"]


@dataclass(frozen=True)
class QueryRequest:
    """One query with everything the worker needs to guard, evaluate, negotiate and cap it."""

    query: str
    accept: str | None = None  # the client's Accept header
    fmt: str | None = None  # ?format= override (json, csv, ttl, ...)
    default_graphs: tuple[str, ...] = ()  # protocol default-graph-uri
    named_graphs: tuple[str, ...] = ()  # protocol named-graph-uri
    prefixes: dict[str, str] | None = None  # predeclared prefixes
    max_rows: int = 10_000
    max_bytes: int = 16_000_000
    generation: int = 0  # the store's write generation; the worker reopens its snapshot when it moves


@dataclass(frozen=True)
class QueryAnswer:
    """A serialized answer: `key` is the serializer (json, csv, turtle, ...) that wrote `body`."""

    body: bytes
    key: str
    rows: int
    cut: Cut = None
    form: str = field(default="SELECT")  # SELECT, ASK or GRAPH (CONSTRUCT/DESCRIBE)

    @property
    def truncated(self) -> bool:
        return self.cut is not None


@dataclass(frozen=True)
class Hello:
    """The first frame of a worker: whether it runs without network, and why not if it does not."""

    isolated: bool
    detail: str
    forwards: bool = False  # it sends guarded queries to a store server (KG_STORE=http://...)


class QueryError(Exception):
    """A query the worker refuses or cannot answer; `kind` decides the HTTP status and exit code."""

    def __init__(self, kind: ProblemKind, message: str) -> None:
        super().__init__(kind, message)
        self.kind: ProblemKind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


def encode_frame(payload: Any) -> bytes:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(data)) + data


def write_frame(stream: BinaryIO, payload: Any) -> None:
    stream.write(encode_frame(payload))
    stream.flush()


def read_frame(stream: BinaryIO) -> Any | None:
    """The next payload, or None when the stream has ended."""
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    return pickle.loads(stream.read(size))
