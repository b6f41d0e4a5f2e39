"""The store's generation marker: a file every write replaces, so other processes notice writes cheaply.

A server that reads the store while `kg ingest` writes it from another process compares the marker (a
few bytes, no scan of the store) instead of watching the store's files. RocksDB ignores files in its
folder whose names it does not own.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from graph.location import remote_url

logger = logging.getLogger(__name__)

GENERATION_FILE = "kg-generation"


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


def mark_written(store: Path) -> None:
    """Replace the marker with a new token, atomically (readers see the old token or the new one).

    Called after a write committed. A failure is logged, not raised: the write itself succeeded; only
    other processes notice it later (when they reopen the store).
    """
    marker = store / GENERATION_FILE
    tmp = marker.with_name(f"{GENERATION_FILE}.{os.getpid()}.tmp")
    try:
        tmp.write_text(uuid.uuid4().hex + "\n", encoding="ascii")
        os.replace(tmp, marker)
    except OSError as exc:
        logger.warning("could not update the store's generation marker %s: %s", marker, exc)
