"""Articles from JSON records (`{"id", "text", "url", "title", "published"}`) and JSONL streams."""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Iterator, Mapping

from corpus.article import Article
from corpus.dates import parse_date
from corpus.errors import CorpusError, EmptyInputError, UnreadableInputError
from corpus.loaded import Loaded
from corpus.precomputed import is_facts_record, loaded_from_facts_record
from corpus.text import bom_encoding, decode_bytes, ensure_not_binary, repair_text

logger = logging.getLogger(__name__)

_JSON_SPACE = " \t\r"
RECORD_KEYS = frozenset({"id", "text", "url", "title", "published", "source"})


def article_from_record(record: object, *, source: str = "record") -> Article:
    """Build an `Article` from one JSON object; its `text` is kept as written (offsets stay valid) except
    for the repairs of `repair_text` (mojibake, C1 controls, lone surrogates such as `"\ud800"`).

    Unknown keys are ignored (batch files often carry their own fields); `published` takes ISO or
    German dates. Raises `CorpusError` with a message naming `source` if the record is unusable.
    """
    if not isinstance(record, Mapping):
        raise UnreadableInputError(f'{source}: expected a JSON object with a "text" field')
    text = record.get("text")
    if not isinstance(text, str):
        raise UnreadableInputError(f'{source}: "text" is missing or not a string')
    text = repair_text(ensure_not_binary(text, source=f'{source}: "text"'))
    if not text.strip():
        raise EmptyInputError(f'{source}: "text" is empty')
    extra = set(record) - RECORD_KEYS
    if extra:
        logger.debug("%s: ignoring keys %s", source, sorted(extra))
    meta: dict[str, object] = {"source": source}
    for key in ("id", "url", "title", "source"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
            raise UnreadableInputError(f'{source}: "{key}" must be a string')
        if value not in (None, ""):
            meta[key] = repair_text(str(value))
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
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return False
    return True


def _json_problem(exc: ValueError | RecursionError) -> str:
    """What is wrong with a JSON text, for a one-line message."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)  # e.g. an integer with more digits than Python converts


def iter_json(text: str, *, source: str = "json") -> Iterator[Loaded]:
    """Articles of a JSON document: one object, or a list of objects (`source#N` each)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise UnreadableInputError(f"{source}: not valid JSON ({_json_problem(exc)})") from exc
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
    """One `Loaded` per non-blank line; a bad line becomes a failure (logged) and the stream goes on.

    Lines end at "\n" only: U+2028, U+0085 and the other characters `str.splitlines` breaks at are
    legal inside a JSON string. Blank means JSON whitespace only (space, tab, carriage return).
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip(_JSON_SPACE):
            yield _record_of_line(line, f"{source}:{number}")


def iter_jsonl_bytes(data: bytes, *, source: str = "jsonl") -> Iterator[Loaded]:
    """Like `iter_jsonl`, but each line is decoded on its own (see `decode_bytes`): a line that is
    binary or in another encoding becomes a failure of its own, and the other lines are read as usual.
    """
    encoding = bom_encoding(data)
    if encoding not in (None, "utf-8-sig"):  # UTF-16/32: "\n" is not one byte there
        yield from iter_jsonl(decode_bytes(data, source=source), source=source)
        return
    if encoding == "utf-8-sig":
        data = data[len(codecs.BOM_UTF8) :]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip(_JSON_SPACE.encode()):
            continue
        where = f"{source}:{number}"
        try:
            line = decode_bytes(raw, source=where)
        except CorpusError as exc:
            logger.warning("%s", exc)
            yield Loaded.failed(where, f"{exc}; line skipped")
            continue
        yield _record_of_line(line, where)


def _record_of_line(line: str, where: str) -> Loaded:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        reason = _json_problem(exc)
        logger.warning("%s: not valid JSON (%s); line skipped", where, reason)
        return Loaded.failed(where, f"{where}: not valid JSON ({reason}); line skipped")
    if is_facts_record(record):
        return loaded_from_facts_record(record, source=where)
    record_id = record.get("id") if isinstance(record, dict) else None
    try:
        return Loaded.ok(where, article_from_record(record, source=where))
    except CorpusError as exc:
        logger.warning("%s", exc)
        ident = None if record_id is None else repair_text(str(record_id))
        return Loaded.failed(where, str(exc), record_id=ident)
