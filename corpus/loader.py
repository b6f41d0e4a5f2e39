"""Reading articles from files, folders and stdin: text, HTML, RSS/Atom and JSONL, by suffix or content."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Literal

from corpus.article import Article
from corpus.errors import CorpusError, EmptyInputError, InputNotFoundError, UnreadableInputError
from corpus.feeds import looks_like_feed, parse_feed
from corpus.htmltext import html_to_document
from corpus.loaded import Loaded
from corpus.records import is_json_document, iter_json, iter_jsonl_bytes
from corpus.text import decode_bytes, guess_title, normalize_text, repair_text, require_text

logger = logging.getLogger(__name__)

Format = Literal["text", "html", "feed", "jsonl", "json"]

# Folders are searched for these; a file named explicitly is read whatever its suffix (content sniffed).
# ".json" is left out on purpose: folders hold gold files and other JSON that are not articles.
SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def detect_format(data: bytes, suffix: str = "") -> Format:
    """The format of `data`: from the file suffix when known, else sniffed from the first bytes."""
    if suffix.lower() in SUFFIXES:
        return SUFFIXES[suffix.lower()]
    if suffix.lower() == ".json":
        return "json"
    head = data[:1024].lstrip().lower()
    if head.startswith(b"[") and is_json_document(data):
        return "json"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith(b"<") and looks_like_feed(data):
        return "feed"
    if head.startswith(b"{"):
        return "json" if is_json_document(data) else "jsonl"
    return "text"


def article_from_text(text: str, *, source: str | None = None, **meta: object) -> Article:
    """An `Article` of plain text: repaired and normalized (see `repair_text`, `normalize_text`), title
    guessed from the first line."""
    clean = require_text(normalize_text(repair_text(text)), source=source or "input")
    meta.setdefault("title", guess_title(clean))
    return Article.from_text(clean, source=source, **meta)


def article_from_html(html: str, *, source: str | None = None, **meta: object) -> Article:
    """An `Article` of an HTML page's main text; `meta` (url, title, published) overrides the page's own."""
    doc = html_to_document(repair_text(html))
    clean = normalize_text(doc.text)
    if not clean:
        raise EmptyInputError(f"{source or 'input'}: the HTML page has no readable article text")
    found: dict[str, object] = {"title": doc.title, "url": doc.url, "published": doc.published}
    found.update(_present(meta))
    return Article.from_text(clean, source=source, **_present(found))


def _present(meta: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in meta.items() if v is not None and v != ""}


def parse_bytes(data: bytes, *, source: str, fmt: Format | None = None) -> Iterator[Loaded]:
    """All articles in `data`; problems with the whole input or single items become failed `Loaded`s."""
    try:
        yield from _parse(data, source=source, fmt=fmt or detect_format(data))
    except CorpusError as exc:
        logger.warning("%s", exc)
        yield Loaded.failed(source, str(exc))


def _parse(data: bytes, *, source: str, fmt: Format) -> Iterator[Loaded]:
    """Like `parse_bytes`, but a problem with the whole input raises `CorpusError`."""
    if fmt == "feed":
        # The XML parser reads the declared encoding itself; decoding first would break that.
        entries = list(parse_feed(data, source=source))
        if not entries:
            raise EmptyInputError(f"{source}: the feed has no entries with text")
        for number, entry in enumerate(entries, start=1):
            title = repair_text(entry.title) if entry.title else None
            meta = {"title": title, "url": entry.url, "published": entry.published}
            where = f"{source}#{number}"
            text = normalize_text(repair_text(entry.text))
            if not text:
                yield Loaded.failed(where, f"{where}: the feed entry has no text left after repair")
                continue
            yield Loaded.ok(where, Article.from_text(text, source=where, **_present(meta)))
        return
    if fmt == "jsonl":
        # Decoded line by line: one line that is binary or in another encoding fails alone. Lazily:
        # a batch holds only the records in flight, not all the Loaded items of a large file.
        empty = True
        for item in iter_jsonl_bytes(data, source=source):
            empty = False
            yield item
        if empty:
            raise EmptyInputError(f"{source}: no JSON lines found")
        return
    text = decode_bytes(data, source=source)
    if fmt == "json":
        yield from iter_json(text, source=source)
    elif fmt == "html":
        yield Loaded.ok(source, article_from_html(text, source=source))
    else:
        yield Loaded.ok(source, article_from_text(text, source=source))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputNotFoundError(f"{path}: no such file; check the path") from exc
    except OSError as exc:
        raise UnreadableInputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read: named files as they are, folders searched recursively for supported suffixes.

    Hidden files and folders are skipped, and so are gold files (`*.gold.json` have no supported suffix).
    Raises `InputNotFoundError` for a path that does not exist, before any work is done.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            found.append(path)
        else:
            raise InputNotFoundError(f"{path}: no such file or folder; check the path")
    return found


def read_file(path: str | Path) -> Iterator[Loaded]:
    """The articles of one file (one for text/HTML, one per entry or line for feeds and JSONL)."""
    path = Path(path)
    try:
        data = _read_bytes(path)
    except CorpusError as exc:
        logger.warning("%s", exc)
        yield Loaded.failed(str(path), str(exc))
        return
    yield from parse_bytes(data, source=str(path), fmt=detect_format(data, path.suffix))


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Loaded]:
    """Every article under `paths` (see `discover`), failures included so a batch can count them."""
    for path in discover(paths):
        yield from read_file(path)


def read_article(path: str | Path, *, fmt: Format | None = None) -> Article:
    """Exactly one article from a file or `-` (stdin); raises `CorpusError` with a one-line message."""
    if str(path) == "-":
        data, source = sys.stdin.buffer.read(), "-"
    else:
        data, source = _read_bytes(Path(path)), str(path)
    fmt = fmt or detect_format(data, Path(source).suffix)
    items = list(_parse(data, source=source, fmt=fmt))
    if len(items) > 1:
        raise UnreadableInputError(
            f"{source}: holds {len(items)} articles; use `kg extract --jsonl` or `kg ingest` for several"
        )
    item = items[0]
    if item.article is None:
        raise UnreadableInputError(item.error or f"{source}: unreadable")
    return item.article
