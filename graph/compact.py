"""Rewrite a store folder compactly: every quad bulk-loaded into new, compressed files that replace the old.

The files pyoxigraph (0.5) writes as articles are ingested, and those RocksDB's background compactions
make of them, are uncompressed, and `Store.optimize()` rewrites none of them (3 ms on 84 articles, the
same files). Its bulk loader writes sorted files at the bottom level, LZ4-compressed: the real articles
then take 41% fewer bytes (tests/bench/reports/scale.md). Compressed files are slower to read (the
analyst queries took 1.6–4x as long on a compacted 100,000-article store): for stores kept or shipped.
Nothing else changes: the same quads, the same generation marker and change log (graph/generation.py),
so a server started afterwards reads the store as before. The store must not be in use: opening it for
writing fails while `kg ingest` or a server that has written holds it, and a server that only reads it
must be stopped first (its open files would be the replaced ones).
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.errors import StoreError

logger = logging.getLogger(__name__)

# RocksDB's own files; everything else in the folder (the generation marker, the change log) is copied over.
_ROCKSDB = re.compile(
    r"^(\d+\.(sst|log|blob)|CURRENT|IDENTITY|LOCK|LOG(\.old\..*)?|MANIFEST-\d+|OPTIONS-\d+)$"
)


@dataclass(frozen=True)
class Compacted:
    quads: int
    bytes_before: int
    bytes_after: int


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


def compact(path: Path | str) -> Compacted:
    """Rewrite the store at `path` (see the module docstring); the number of quads and the folder's bytes."""
    path = Path(path)
    if not path.is_dir() or not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}: give the folder of a store (kg ingest --store DIR makes one)")
    try:
        source = ox.Store(str(path))
    except OSError as exc:
        raise StoreError(
            f"cannot open the store at {path} for compaction: {exc}. Stop the server or `kg ingest` using it."
        ) from exc
    before = folder_bytes(path)
    fresh = path.with_name(path.name + ".compacting")
    shutil.rmtree(fresh, ignore_errors=True)  # left by a run that was cut off
    try:
        target = ox.Store(str(fresh))
        target.bulk_extend(source.quads_for_pattern(None, None, None, None))
        target.flush()
        quads, copied = len(source), len(target)
        del target
        if copied != quads:
            raise StoreError(f"compaction copied {copied} of {quads} quads; the store at {path} is unchanged")
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    del source
    for extra in path.iterdir():
        if extra.is_file() and not _ROCKSDB.match(extra.name):
            shutil.copy2(extra, fresh / extra.name)
    old = path.with_name(path.name + ".replaced")
    shutil.rmtree(old, ignore_errors=True)
    path.rename(old)
    fresh.rename(path)
    shutil.rmtree(old)
    del_wal = ox.Store(str(path))  # opening once more lets RocksDB delete the loader's write-ahead log
    del del_wal
    after = folder_bytes(path)
    logger.info("compacted %s: %d quads, %d -> %d bytes", path, quads, before, after)
    return Compacted(quads, before, after)
