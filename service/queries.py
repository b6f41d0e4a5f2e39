"""Lookups for the CLI (`kg expertise`, `kg person`): the API's answers, computed on a store path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.location import is_remote, open_reader
from service.lookup import resolve
from service.readmodel.model import ReadModel
from service.readmodel.views import Views
from service.search.documents import expertise_index
from service.search.expertise import rank_experts, result_of


def _model(store: Path) -> ReadModel:
    """The read model of the store, opened read-only so a running server does not block the CLI."""
    if not is_remote(store) and not Path(store).exists():
        raise FileNotFoundError(f"{store}: no store there; ingest articles first (kg ingest).")
    return ReadModel.from_store(open_reader(store))


def expertise_for(store: Path, topic: str, limit: int = 10) -> list[dict[str, Any]]:
    """Persons and organizations ranked for `topic`, as the JSON of GET /expertise items."""
    model = _model(store)
    views = Views(model)
    index = expertise_index(model)
    experts = rank_experts(model, index, topic)
    if not experts:
        close = index.suggest(topic)
        hint = f"; did you mean: {', '.join(close)}?" if close else "; try a broader word."
        raise LookupError(f"No evidence for topic {topic!r}{hint}")
    return [result_of(views, expert).model_dump(mode="json") for expert in experts[:limit]]


def person_profile(store: Path, name: str) -> list[dict[str, Any]]:
    """The person `name` means (id, name, surname, unique start of a name; accents optional), as the JSON
    of GET /persons/{id}. Raises NotFoundError (with close names) or AmbiguousError (naming the
    candidates): the CLI prints either as one line and exits 2."""
    model = _model(store)
    views = Views(model)
    return [views.person_detail(resolve(model, views, name, ["person"])).model_dump(mode="json")]
