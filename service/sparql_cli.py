"""`kg sparql`: a read-only query on the store with the endpoint's guard, timeout and row cap."""

from __future__ import annotations

import json
from pathlib import Path

from graph.vocab import PREFIXES
from service.errors import BadRequestError
from service.settings import get_settings
from service.sparql.guard import inspect_query
from service.sparql.pool import QueryPool

FORMATS = {"table": "json", "json": "json", "csv": "csv"}


def run_query(store: Path, query: str, fmt: str = "table") -> str:
    """The answer as text: an aligned table, SPARQL JSON or CSV (CONSTRUCT/DESCRIBE: Turtle)."""
    if fmt not in FORMATS:
        raise BadRequestError(f"Unknown format {fmt!r}; use table, json or csv.")
    if not Path(store).exists():
        raise FileNotFoundError(f"{store}: no store there; ingest articles first (kg ingest).")
    info = inspect_query(query)
    settings = get_settings()
    pool = QueryPool(Path(store), size=1)
    try:
        request = {
            "query": query,
            "union": not info.has_dataset_clause,
            "format": "turtle" if info.returns_graph else FORMATS[fmt],
            "prefixes": PREFIXES,
            "max_rows": settings.sparql_max_rows,
        }
        answer = pool.run(request, settings.sparql_timeout)
    finally:
        pool.close()
    text = answer.body.decode("utf-8")
    if fmt == "table" and not info.returns_graph:
        text = table(json.loads(text))
    if answer.truncated:
        text += f"\n(truncated at {settings.sparql_max_rows} rows)\n"
    return text


def table(results: dict[str, object]) -> str:
    """SPARQL JSON results as a plain aligned text table (ASK as true/false)."""
    if "boolean" in results:
        return f"{str(results['boolean']).lower()}\n"
    head = results["head"]
    body = results["results"]
    assert isinstance(head, dict) and isinstance(body, dict)
    names: list[str] = head["vars"]
    rows = [[b.get(n, {}).get("value", "") for n in names] for b in body["bindings"]]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines) + f"\n({len(rows)} rows)\n"
