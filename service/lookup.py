"""One entity from a name as people type it, or an error that lists the candidates ("did you mean")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from service.errors import AmbiguousError, NotFoundError
from service.readmodel.model import ReadModel
from service.readmodel.names import NameMatch
from service.readmodel.records import Entity
from service.readmodel.views import Views

MAX_CANDIDATES = 10


def candidates_of(views: Views, entities: Iterable[Entity]) -> list[dict[str, str]]:
    """Entity refs as JSON, for the `candidates` of an error body."""
    refs = [views.ref(e.iri) for e in entities]
    return [r.model_dump(mode="json") for r in refs if r is not None][:MAX_CANDIDATES]


def resolve(
    model: ReadModel,
    views: Views,
    text: str,
    kinds: Iterable[str] | None = None,
    usable: Callable[[Entity], bool] | None = None,
) -> Entity:
    """The entity `text` names (an id, IRI, name, surname, unique word start; accents optional).

    Raises NotFoundError (404) when nothing matches, with `candidates` that have a close name, and
    AmbiguousError (409) when several match equally well, with those as `candidates`.
    """
    wanted = frozenset(kinds) if kinds is not None else None
    match = model.names.lookup(text, wanted)
    entities = [e for e in match.entities if usable is None or usable(e)]
    match = NameMatch(match.how, entities) if entities else NameMatch("none")
    if match.unique is not None:
        return match.unique
    if match.how in ("similar", "none"):
        close = model.names.similar(text, wanted) if match.how == "none" else match.entities
        close = [e for e in close if usable is None or usable(e)]
        hint = f" Did you mean {_names(close)}?" if close else " Search with GET /search?q=."
        raise NotFoundError(f"No entity named {text!r}.{hint}", {"candidates": candidates_of(views, close)})
    raise AmbiguousError(
        f"{text!r} names {len(match.entities)} entities: {_names(match.entities)}; give more of the name "
        "or one of their ids.",
        {"candidates": candidates_of(views, match.entities)},
    )


def _names(entities: list[Entity]) -> str:
    shown = [f"{e.name} ({e.id})" for e in entities[:MAX_CANDIDATES]]
    more = len(entities) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")
