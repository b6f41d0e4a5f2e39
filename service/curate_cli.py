"""`kg curate`: merge, split, mark wrong, list and undo curation decisions in a store (graph/curate.py).

Entities and facts are given as IRIs or as ``KIND/ID`` (``person/anna-weber``, ``membership/3f…``); every
decision prints as one JSON line on stdout. Bad input: one line on stderr and exit code 2.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from graph.curation import Decision
from graph.vocab import ID
from service.errors import BadRequestError, NotFoundError

if TYPE_CHECKING:
    from graph.store import KnowledgeStore

curate_app: typer.Typer = typer.Typer(
    help="Curation decisions: merge two entities, split one, mark a fact wrong, list them, undo one.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


F = TypeVar("F", bound=Callable[..., Any])
StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="Store folder (KG_STORE)."),
]


def cli_errors(fn: F) -> F:
    """`service.cli.cli_errors`, looked up when the command runs: service/cli.py imports this module, and
    `python -m service.cli` runs that file as __main__, so importing it here at import time would cycle."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from service.cli import cli_errors as translate

        return translate(fn)(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _store_path(store: Path | None) -> Path:
    from service.cli import _store_path as path

    return path(store)


def _print_json(obj: Any) -> None:
    from service.cli import _print_json as out

    out(obj)


def _default_curator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "kg"


CuratorOpt = Annotated[str, typer.Option("--curator", help="Who decides (default: the login name).")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why, in a sentence.")]


def _iri(text: str) -> str:
    """An IRI as given, or ``KIND/ID`` completed to one."""
    text = text.strip()
    if text.startswith(("http://", "https://")):
        return text
    if "/" not in text:
        raise BadRequestError(f"{text!r}: give an IRI or KIND/ID such as person/anna-weber")
    return ID + text.lstrip("/")


@contextmanager
def _opened(store: Path | None) -> Iterator[KnowledgeStore]:
    from graph.location import is_remote
    from graph.store import KnowledgeStore

    path = _store_path(store)
    if is_remote(path):
        raise BadRequestError("curation needs a store folder; a store server (http://...) is not supported")
    if not (path / "CURRENT").exists():
        raise NotFoundError(f"{path}: no store there; run `kg ingest PATH --store {path}` first")
    ks = KnowledgeStore(path)
    try:
        yield ks
    finally:
        ks.close()


def _print(d: Decision, kept: list[str] | None = None) -> None:
    out = {"id": d.id, **asdict(d)}
    if kept is not None:
        out["still_in_articles"] = [g.rsplit("/", 1)[1] for g in kept]
    _print_json(out)


@curate_app.command()
@cli_errors
def merge(
    keep: Annotated[str, typer.Argument(help="Entity whose name the merged one keeps (IRI or KIND/ID).")],
    other: Annotated[str, typer.Argument(help="Entity merged into it.")],
    store: StoreOpt = None,
    curator: CuratorOpt = "",
    note: NoteOpt = None,
) -> None:
    """Merge two entities of the same kind (their IRI: the smaller of the two)."""
    from graph import curate

    with _opened(store) as ks:
        _print(curate.merge(ks, _iri(keep), _iri(other), curator or _default_curator(), note))


@curate_app.command()
@cli_errors
def split(
    entity: Annotated[str, typer.Argument(help="Entity to split (IRI or KIND/ID).")],
    label: Annotated[str | None, typer.Option("--label", help="A name of it whose mentions move.")] = None,
    article: Annotated[
        list[str] | None,
        typer.Option("--article", help="An article (id or URL) whose mentions move; repeat."),
    ] = None,
    store: StoreOpt = None,
    curator: CuratorOpt = "",
    note: NoteOpt = None,
) -> None:
    """Split the mentions printed as --label, or those in the --article(s), off an entity."""
    from graph import curate

    with _opened(store) as ks:
        d = curate.split(
            ks, _iri(entity), curator or _default_curator(), label=label, articles=article or [], note=note
        )
        _print(d)


@curate_app.command()
@cli_errors
def wrong(
    fact: Annotated[str, typer.Argument(help="The fact node (IRI or KIND/ID, e.g. membership/3f…).")],
    store: StoreOpt = None,
    curator: CuratorOpt = "",
    note: NoteOpt = None,
) -> None:
    """Mark a fact wrong: hidden from the API, flagged in SPARQL."""
    from graph import curate

    with _opened(store) as ks:
        _print(curate.wrong(ks, _iri(fact), curator or _default_curator(), note))


@curate_app.command(name="list")
@cli_errors
def list_decisions(
    store: StoreOpt = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only those concerning this entity.")] = None,
) -> None:
    """Every decision, newest first, one JSON line each."""
    from graph import curate

    with _opened(store) as ks:
        for d in curate.decisions(ks, _iri(entity) if entity else None):
            _print(d)


@curate_app.command()
@cli_errors
def undo(
    decision: Annotated[str, typer.Argument(help="The decision's id (from `kg curate list`).")],
    store: StoreOpt = None,
    curator: CuratorOpt = "",
) -> None:
    """Take a decision back."""
    from graph import curate

    with _opened(store) as ks:
        d, kept = curate.undo(ks, decision.strip(), curator or _default_curator())
        _print(d, kept)
