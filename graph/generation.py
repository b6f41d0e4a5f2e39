"""The store's generation marker and change log: what every write changed, for other processes.

A server that reads the store while `kg ingest` writes it from another process compares the marker (a
few bytes, no scan of the store) instead of watching the store's files; the change log then says which
article graphs changed, so the server reads just those. Both live in the store's folder (RocksDB
ignores files whose names it does not own):

- ``kg-generation``: ``<token> <seq>``, replaced atomically after every write; `seq` counts the log
  entries ever written (a marker of an older version holds the token alone, read as seq 0).
- ``kg-changes``: one line per changed graph, ``<seq> TAB <op> TAB <graph IRI> TAB <article id>``, op
  ``add``, ``replace`` or ``delete``; appended before the marker moves. Bounded: past `MAX_LOG_BYTES` it
  becomes ``kg-changes.1`` (the older one is dropped) and a new log starts. A reader that last saw an
  entry older than both files hold rebuilds from the store instead.

Only one process writes at a time (the store's lock), so the log needs no lock of its own.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from graph.location import remote_url

logger = logging.getLogger(__name__)

GENERATION_FILE = "kg-generation"
CHANGES_FILE = "kg-changes"
MAX_LOG_BYTES = 2_000_000  # about 15,000 entries per file, two files kept

Op = Literal["add", "replace", "delete"]


@dataclass(frozen=True)
class Change:
    """One entry of the change log: `graph` (an article's named graph) was added, replaced or deleted."""

    seq: int
    op: str
    graph: str
    article: str


def read_generation(store: Path | str) -> str | None:
    """The store's current write token (None: never written through `KnowledgeStore`, or no store).

    For a store server (``http://...``) the token is a triple on the server (graph/remote_store.py).
    """
    url = remote_url(store)
    if url is not None:
        from graph.remote_store import read_remote_generation

        return read_remote_generation(url)
    try:
        return (Path(store) / GENERATION_FILE).read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def marker_seq(marker: str | None) -> int:
    """The log position a marker names (0 for none, or a marker written before the log existed)."""
    parts = (marker or "").split()
    return int(parts[1]) if len(parts) == 2 and parts[1].isdigit() else 0


def mark_written(store: Path, changes: Iterable[tuple[Op, str, str]] = ()) -> None:
    """Log `changes` (op, graph IRI, article id) and replace the marker with a new token, atomically
    (readers see the old marker or the new one, and the new one only after its log entries).

    Called after a write committed. A failure is logged, not raised: the write itself succeeded; other
    processes then notice it later (a marker without log entries makes them rebuild).
    """
    marker = store / GENERATION_FILE
    seq = marker_seq(read_generation(store))
    try:
        lines = []
        for op, graph, article in changes:
            seq += 1
            lines.append(f"{seq}\t{op}\t{graph}\t{_field(article)}\n")
        if lines:
            _append(store / CHANGES_FILE, "".join(lines))
        tmp = marker.with_name(f"{GENERATION_FILE}.{os.getpid()}.tmp")
        tmp.write_text(f"{uuid.uuid4().hex} {seq}\n", encoding="ascii")
        os.replace(tmp, marker)
    except OSError as exc:
        logger.warning("could not update the store's change log or generation marker %s: %s", marker, exc)


def changes_since(store: Path | str, seen: int, upto: int) -> list[Change] | None:
    """Log entries after `seen` up to `upto` (the marker's seq), oldest first; None when the log no
    longer holds all of them (rotated past `seen`, lost, or written by an older version)."""
    if upto <= seen:
        return []
    folder = Path(store)
    entries: dict[int, Change] = {}
    for name in (CHANGES_FILE, f"{CHANGES_FILE}.1"):  # the newest first: usually enough
        oldest = _read_back(folder / name, seen, upto, entries)
        if oldest is not None and oldest <= seen + 1:
            break
    if len(entries) != upto - seen:  # a gap: rotated past what we saw (or rotated while we read)
        return None
    return [entries[s] for s in range(seen + 1, upto + 1)]


def _read_back(log: Path, seen: int, upto: int, into: dict[int, Change], block: int = 65_536) -> int | None:
    """Read the entries of `log` after `seen` (up to `upto`) into `into`, from the end backwards until
    an entry at or before `seen` shows; the oldest entry read (None: no file or no entry)."""
    try:
        with log.open("rb") as f:
            end = f.seek(0, 2)
            start, changes = end, []
            while start > 0:
                start = max(0, start - block)
                f.seek(start)
                lines = f.read(end - start).decode("utf-8", errors="replace").split("\n")
                if start > 0:
                    lines = lines[1:]  # the first line may be cut; the next block reads it whole
                changes = [c for c in map(_parse, lines) if c is not None]
                if changes and changes[0].seq <= seen:
                    break
    except OSError:
        return None
    for c in changes:
        if seen < c.seq <= upto:
            into[c.seq] = c
    return min((c.seq for c in changes), default=None)


def _parse(line: str) -> Change | None:
    parts = line.split("\t")
    if len(parts) != 4 or not parts[0].isdigit():
        return None
    return Change(int(parts[0]), parts[1], parts[2], parts[3])


def _append(log: Path, text: str) -> None:
    try:
        if log.stat().st_size > MAX_LOG_BYTES:
            os.replace(log, log.with_name(f"{CHANGES_FILE}.1"))
    except FileNotFoundError:
        pass
    with log.open("a", encoding="utf-8") as out:
        out.write(text)


def _field(text: str) -> str:
    return " ".join(text.split())  # no tab or newline inside a field
