"""The `kg` command line: extract, ingest, serve, query, export and evaluate.

Exit codes: 0 done; 2 bad input or usage (one line on stderr, no article half written); 3 a batch finished but
some records failed (each named on stderr as `file:LINE: reason`, the others were processed).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from corpus.loaded import Loaded
    from graph.store import KnowledgeStore
    from service.pool import Extraction

EXIT_BAD_INPUT = 2
EXIT_FAILED_RECORDS = 3
EXIT_CODES = f"""\b
Exit codes:
  0  done
  {EXIT_BAD_INPUT}  bad input or usage: one line on stderr, no article half written
  {EXIT_FAILED_RECORDS}  a batch finished, but records failed: each named on stderr (file:LINE)"""

app = typer.Typer(
    help="German knowledge graph of people, roles, organizations, projects and speakers.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: no "<bool>" beside flags, no boxes wrapped at 80 columns
)
# soft_wrap: a message is one line however narrow the terminal (or 80 columns when there is none).
err = Console(stderr=True, soft_wrap=True, highlight=False)
_HANDLER = "kg-cli"
F = TypeVar("F", bound=Callable[..., Any])
StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="Store folder, or http://HOST:PORT of an Oxigraph server (KG_STORE)."),
]


@app.callback()
def _configure_logging() -> None:
    """Only the CLI configures logging: warnings to stderr; input problems the CLI reports itself."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.WARNING)
    # The handler's own level too: some libraries set their logger to DEBUG on import (bm25s does).
    _set_handler_level(logging.WARNING)
    logging.getLogger("corpus").setLevel(logging.ERROR)


def _set_handler_level(level: int) -> None:
    for handler in logging.getLogger().handlers:
        if handler.get_name() == _HANDLER:
            handler.setLevel(level)


def say(kind: str, message: str, style: str = "red") -> None:
    """One line on stderr: `kind: message`, the message printed as it is (no rich markup)."""
    err.print(f"[{style}]{kind}:[/{style}] {escape(' '.join(message.split()))}")


def _user_errors() -> tuple[type[BaseException], ...]:
    from corpus.errors import CorpusError
    from nlp.errors import KGError
    from service.errors import ServiceError

    return (CorpusError, KGError, ServiceError)


def cli_errors(fn: F) -> F:
    """Turn the project's exceptions (and unreadable files) into one line on stderr and exit code 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except _user_errors() as exc:
            say("error", str(exc))
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except (OSError, UnicodeError, LookupError) as exc:
            say("error", str(exc))
            raise typer.Exit(EXIT_BAD_INPUT) from None

    return wrapper  # type: ignore[return-value]


def _store_path(store: Path | None) -> Path:
    from service.settings import get_settings

    return store or Path(get_settings().store)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


WorkersOpt = Annotated[
    int | None,
    typer.Option("--workers", min=1, help="Extraction processes (default: the number of cores)."),
]
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report a SIGINT


def _workers(workers: int | None) -> int:
    return workers or os.cpu_count() or 1


@app.command(epilog=EXIT_CODES)
@cli_errors
def extract(
    file: Annotated[str | None, typer.Argument(help="Article file (.txt, .html) or - for stdin.")] = None,
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help="JSONL input: one {id, text} per line.")
    ] = None,
    indent: Annotated[int | None, typer.Option(help="Pretty-print with this indent.")] = None,
    workers: WorkersOpt = None,
) -> None:
    """Print the facts JSON of one article, or one facts object per line for --jsonl input.

    With --jsonl, the records are extracted in --workers processes and printed in input order; a facts
    line (written by `kg extract-dask`) is printed without extracting again.
    """
    from corpus.loader import read_article
    from nlp.extract import extract as run_extract

    if jsonl is not None:
        _extract_jsonl(jsonl, _workers(workers))
        return
    if file is None:
        raise FileNotFoundError("give an article file, - for stdin, or --jsonl FILE")
    article = read_article(file)
    facts = run_extract(article.text, id=article.id)
    sys.stdout.write(json.dumps(facts.model_dump(mode="json"), ensure_ascii=False, indent=indent) + "\n")


def _extract_jsonl(path: Path, workers: int) -> None:
    """One facts line per readable record; each failed record named on stderr; exit 3 if any failed."""
    from corpus.loader import read_file
    from service.pool import Extraction, WorkerDiedError

    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file; check the path")
    failed = total = 0
    try:
        with Extraction(workers) as extraction:
            for outcome in extraction.outcomes(read_file(path)):
                total += 1
                if outcome.facts is None:
                    say("skipped", outcome.error or outcome.source, "yellow")
                    failed += 1
                else:
                    _print_json(outcome.facts.model_dump(mode="json"))
    except KeyboardInterrupt:
        say("interrupted", f"stopped after {total} records; the facts printed are whole lines")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except WorkerDiedError as exc:
        say("error", f"{exc}; {total} records were printed before it")
        raise typer.Exit(EXIT_BAD_INPUT) from None
    if failed:
        say("error", f"{failed} of {total} records failed (named above); the others were extracted")
        raise typer.Exit(EXIT_FAILED_RECORDS)


@app.command(epilog=EXIT_CODES)
@cli_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl, feeds).")],
    store: StoreOpt = None,
    workers: WorkersOpt = None,
) -> None:
    """Extract facts from articles and add them to the on-disk knowledge graph.

    Articles are extracted in --workers processes and stored by this one, in input order, each in one
    transaction; facts lines (written by `kg extract-dask`) are stored without extracting again. A
    record that cannot be read, extracted or stored is named on stderr (file:LINE for JSONL) and
    counted as failed, and the batch goes on. Ctrl-C (exit 130) or a worker process that dies (exit 2)
    stops the batch: the articles stored so far are whole; run the same command again to go on.
    """
    from corpus.loader import discover
    from graph.store import KnowledgeStore
    from service.pool import Extraction, WorkerDiedError

    files = discover(paths)
    counts = {"new": 0, "unchanged": 0, "replaced": 0, "failed": 0}
    again = "articles stored so far are whole; run the same command again to go on (they stay unchanged)"
    try:
        # The pool first: its processes fork before the store (and the progress bar) start threads.
        with Extraction(_workers(workers)) as extraction, KnowledgeStore(_store_path(store)) as kg:
            _ingest_files(files, extraction, kg, counts)
    except KeyboardInterrupt:
        _print_summary(counts, store)
        say("interrupted", f"stopped by Ctrl-C; the {again}")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except WorkerDiedError as exc:
        _print_summary(counts, store)
        say("error", f"{exc}; the {again}, with --workers 1 to find a record that crashes")
        raise typer.Exit(EXIT_BAD_INPUT) from None
    _print_summary(counts, store)
    if counts["failed"]:
        raise typer.Exit(EXIT_FAILED_RECORDS)


def _print_summary(counts: dict[str, int], store: Path | None) -> None:
    from graph.location import describe

    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    err.print(escape(f"{summary} — store {describe(_store_path(store))}"))


def _ingest_files(
    files: list[Path], extraction: Extraction, kg: KnowledgeStore, counts: dict[str, int]
) -> None:
    """Read, extract and store the articles of `files`, counting each outcome in `counts`."""
    from corpus.loader import read_file
    from graph.errors import FactsError

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err) as progress:
        task = progress.add_task("ingest", total=len(files))

        def loaded() -> Iterator[Loaded]:
            for path in files:
                yield from read_file(path)
                progress.advance(task)  # read; its last articles are stored a few chunks later

        for outcome in extraction.outcomes(loaded()):
            if outcome.facts is None or outcome.article is None:
                say("failed", outcome.error or outcome.source, "yellow")
                counts["failed"] += 1
                continue
            version = outcome.pipeline_version or extraction.version
            try:
                status = kg.ingest(outcome.article, outcome.facts, pipeline_version=version)
            except FactsError as exc:  # this article's facts only; the store is untouched (one transaction)
                say("failed", f"{outcome.source}: {exc}", "yellow")
                counts["failed"] += 1
                continue
            counts[status] += 1


@app.command()
@cli_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    store: StoreOpt = None,
) -> None:
    """Serve the REST API, the SPARQL endpoint and the web page."""
    import uvicorn

    from service.app import create_app
    from service.settings import get_settings

    settings = get_settings().model_copy(update={"store": _store_path(store)})
    logging.getLogger().setLevel(logging.INFO)
    _set_handler_level(logging.INFO)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@app.command()
@cli_errors
def sparql(
    query: Annotated[str, typer.Argument(help="SPARQL 1.1 query text, or @FILE.")],
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, csv or tsv.")] = "table",
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", help="Seconds before the query is stopped (KG_SPARQL_TIMEOUT)."),
    ] = None,
) -> None:
    """Run a read-only SPARQL query against the store (Update and SERVICE are refused)."""
    from service.sparql_cli import run_query

    text = Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
    out = run_query(_store_path(store), text, fmt, timeout)
    if isinstance(out, bytes):
        sys.stdout.buffer.write(out)
    else:
        Console().print(out)


@app.command()
@cli_errors
def export(
    fmt: Annotated[str, typer.Option("--format", help="ttl, trig, nq, jsonld, csv, graphml, gexf.")] = "ttl",
    store: StoreOpt = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write to a file instead of stdout.")] = None,
) -> None:
    """Export the whole knowledge graph."""
    from graph.export import export_store
    from graph.store import KnowledgeStore

    kg = KnowledgeStore(_store_path(store))
    data = export_store(kg, fmt)
    kg.close()
    if out:
        out.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
@cli_errors
def compact(store: StoreOpt = None) -> None:
    """Rewrite the store folder into compressed files: the same quads in about 40% fewer bytes.

    Queries read compressed files more slowly: compact a store you keep or ship. Run it while no server
    or `kg ingest` uses the store (graph/compact.py)."""
    from graph.compact import compact as compact_store
    from graph.errors import StoreError
    from graph.location import is_remote

    path = _store_path(store)
    if is_remote(path):
        raise StoreError("kg compact rewrites a store folder; an Oxigraph server keeps its own files")
    done = compact_store(path)
    before, after = done.bytes_before / 1e6, done.bytes_after / 1e6
    err.print(f"compacted {done.quads:,} quads: {before:,.1f} MB -> {after:,.1f} MB")


@app.command(name="eval")
@cli_errors
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder with *.txt beside *.gold.json.")],
    markdown: Annotated[bool, typer.Option(help="Print a Markdown report with per-article rows.")] = False,
) -> None:
    """Precision, recall and F1 per category against gold facts (lenient name matching)."""
    from nlp.extract import extract as run_extract
    from nlp.scoring import score_dir

    if not gold_dir.is_dir():
        raise FileNotFoundError(f"{gold_dir}: no such folder")
    report = score_dir(gold_dir, run_extract)
    sys.stdout.write(report.to_markdown() if markdown else str(report))
    sys.stdout.write("\n")


@app.command()
@cli_errors
def expertise(
    topic: Annotated[str, typer.Argument(help="Topic, e.g. Krisenmanagement.")],
    store: StoreOpt = None,
    limit: int = 10,
) -> None:
    """Persons and organizations ranked by evidence that they know TOPIC."""
    from service.queries import expertise_for

    for row in expertise_for(_store_path(store), topic, limit=limit):
        _print_json(row)


@app.command()
@cli_errors
def person(
    name: Annotated[str, typer.Argument(help="Name or part of it.")],
    store: StoreOpt = None,
) -> None:
    """Roles, affiliations, talks, projects and quotes of a person, with evidence."""
    from service.queries import person_profile

    for row in person_profile(_store_path(store), name):
        _print_json(row)


@app.command(name="extract-dask", epilog=EXIT_CODES)
@cli_errors
def extract_dask(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl, feeds).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the facts shards (facts-00000.jsonl, ...).")],
    scheduler: Annotated[
        str, typer.Option(help="Dask scheduler address (tcp://host:8786), or local for a LocalCluster here.")
    ] = "local",
    shards: Annotated[
        int | None, typer.Option(min=1, help="Number of shards (default: 4 per worker thread).")
    ] = None,
    workers: WorkersOpt = None,
) -> None:
    """Extract a corpus in shards on a Dask cluster, into facts JSONL that `kg ingest OUT` stores as is.

    Each shard is one task; a worker loads the model once. The client reads the input and writes the
    shards, so the workers need no shared file system. --workers sizes a local cluster only.
    """
    try:
        from service.dask_extract import check_out_dir, connect, run
    except ModuleNotFoundError as exc:
        from nlp.errors import KGError

        raise KGError(f"kg extract-dask needs Dask ({exc}): pip install 'kg-de[dask]'") from exc
    check_out_dir(out)  # before a cluster starts
    address = None if scheduler == "local" else scheduler
    with connect(address, _workers(workers)) as client:
        summary = run(paths, out, client=client, shards=shards)
    for failure in summary.failures:
        say("failed", failure, "yellow")
    err.print(
        escape(
            f"articles {summary.articles}, shards {len(summary.shards)}, failed {len(summary.failures)}"
            f" — {out}"
        )
    )
    if summary.failures:
        raise typer.Exit(EXIT_FAILED_RECORDS)


from service.curate_cli import curate_app  # noqa: E402 - it uses the helpers above

app.add_typer(curate_app, name="curate")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
