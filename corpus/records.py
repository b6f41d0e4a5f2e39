"""Articles from JSON records (`{"id", "text", "url", "title", "published"}`) and JSONL streams."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping

from corpus.article import Article
from corpus.dates import parse_date
from corpus.errors import CorpusError, EmptyInputError, UnreadableInputError
from corpus.loaded import Loaded

logger = logging.getLogger(__name__)

RECORD_KEYS = frozenset({"id", "text", "url", "title", "published", "source"})


def article_from_record(record: object, *, source: str = "record") -> Article:
    """Build an `Article` from one JSON object; its `text` is kept verbatim so offsets stay valid.

    Unknown keys are ignored (batch files often carry their own fields); `published` takes ISO or
    German dates. Raises `CorpusError` with a message naming `source` if the record is unusable.
    """
    if not isinstance(record, Mapping):
        raise UnreadableInputError(f'{source}: expected a JSON object with a "text" field')
    text = record.get("text")
    if not isinstance(text, str):
        raise UnreadableInputError(f'{source}: "text" is missing or not a string')
    if not text.strip():
        raise EmptyInputError(f'{source}: "text" is empty')
    extra = set(record) - RECORD_KEYS
    if extra:
        logger.debug("%s: ignoring keys %s", source, sorted(extra))
    meta: dict[str, object] = {"source": record.get("source") or source}
    for key in ("id", "url", "title"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise UnreadableInputError(f'{source}: "{key}" must be a string')
        if value not in (None, ""):
            meta[key] = str(value)
    published = record.get("published")
    if published is not None:
        parsed = parse_date(published) if isinstance(published, str) else None
        if parsed is None:
            raise UnreadableInputError(f'{source}: "published" is not a date (use YYYY-MM-DD)')
        meta["published"] = parsed
    return Article.from_text(text, **meta)


def is_json_document(data: bytes | str) -> bool:
    """True if `data` as a whole is one JSON value (a JSONL file with several lines is not)."""
    try:
        json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return True


def iter_json(text: str, *, source: str = "json") -> Iterator[Loaded]:
    """Articles of a JSON document: one object, or a list of objects (`source#N` each)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableInputError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(data, dict):
        yield Loaded.ok(source, article_from_record(data, source=source))
        return
    if not isinstance(data, list) or not data:
        raise UnreadableInputError(f"{source}: expected a JSON object or a non-empty list of objects")
    for number, record in enumerate(data, start=1):
        where = f"{source}#{number}"
        try:
            yield Loaded.ok(where, article_from_record(record, source=where))
        except CorpusError as exc:
            logger.warning("%s", exc)
            yield Loaded.failed(where, str(exc))


def iter_jsonl(text: str, *, source: str = "jsonl") -> Iterator[Loaded]:
    """One `Loaded` per non-blank line; a bad line becomes a failure (logged) and the stream goes on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            logger.warning("%s: not valid JSON (%s); line skipped", where, exc.msg)
            yield Loaded.failed(where, f"{where}: not valid JSON ({exc.msg}); line skipped")
            continue
        record_id = record.get("id") if isinstance(record, dict) else None
        try:
            yield Loaded.ok(where, article_from_record(record, source=where))
        except CorpusError as exc:
            logger.warning("%s", exc)
            yield Loaded.failed(where, str(exc), record_id=None if record_id is None else str(record_id))
