"""Data files of the corpus package (boilerplate markers), loaded with `corpus.lexicons.load_tsv`."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache
def load_tsv(name: str) -> tuple[tuple[str, str], ...]:
    """Rows `(kind, value)` of a two-column data file in this folder; `#` lines are comments."""
    rows: list[tuple[str, str]] = []
    for raw in files(__package__).joinpath(name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, value = line.partition("\t")
        rows.append((kind.strip(), value.strip()))
    return tuple(rows)
