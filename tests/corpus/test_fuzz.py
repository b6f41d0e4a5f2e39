"""Fuzzing the readers: any bytes or text in, only documented errors out, every record accounted for.

The invariants: `parse_bytes` never raises; each item is an article or a failure naming its source;
a JSONL input yields exactly one item per non-blank line (read + failed == records in the input);
every article's text is valid Unicode (encodable as UTF-8) without NUL characters.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.article import Article
from corpus.errors import CorpusError
from corpus.loaded import Loaded
from corpus.loader import Format, parse_bytes
from corpus.records import article_from_record, iter_jsonl, iter_jsonl_bytes
from corpus.text import decode_bytes

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMATS: list[Format | None] = [None, "text", "html", "feed", "jsonl", "json"]

# Text as it comes from the wild: letters, C0 and C1 controls, line and paragraph separators, BOMs,
# lone surrogates (only JSON can carry those), and German words.
CONTROLS = st.sampled_from(
    ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x96", "\x9d", "\u2028", "\ufeff"]
)
WORDS = st.sampled_from(["Grüße", "Köln", "Bürgermeisterin", "„Zitat“", "GrÃ¼ÃŸe", " ", "\n", "\r\n"])
CHARS = st.one_of(st.characters(codec=None), CONTROLS, WORDS, st.sampled_from(["\ud800", "\udfff"]))
TEXTS = st.lists(CHARS, max_size=60).map("".join)


def _check_item(item: Loaded, source: str) -> None:
    assert (item.article is None) != (item.error is None)
    assert item.source.startswith(source)
    if item.article is not None:
        _check_article(item.article)
    else:
        assert item.error and "\n" not in item.error


def _check_article(article: Article) -> None:
    article.text.encode("utf-8")  # no lone surrogates left
    assert "\x00" not in article.text and article.text.strip()


def _non_blank(lines: list[bytes]) -> int:
    return sum(1 for line in lines if line.strip(b" \t\r"))


@FUZZ
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(FORMATS))
def test_random_bytes_never_crash_a_reader(data: bytes, fmt: Format | None) -> None:
    items = list(parse_bytes(data, source="f", fmt=fmt))
    assert items
    for item in items:
        _check_item(item, "f")


@FUZZ
@given(text=TEXTS, fmt=st.sampled_from(FORMATS), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_random_text_never_crashes_a_reader(text: str, fmt: Format | None, encoding: str) -> None:
    data = (
        text.encode(encoding, errors="ignore")
        if encoding == "cp1252"
        else text.encode(encoding, "surrogatepass")
    )
    for item in parse_bytes(data, source="f", fmt=fmt):
        _check_item(item, "f")


@FUZZ
@given(data=st.binary(max_size=500))
def test_decode_bytes_gives_text_or_a_corpus_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except CorpusError:
        pass


RECORDS = st.fixed_dictionaries(
    {"text": TEXTS},
    optional={
        "id": st.one_of(TEXTS, st.integers(), st.booleans(), st.none()),
        "title": st.one_of(TEXTS, st.floats()),
        "source": st.one_of(TEXTS, st.lists(st.integers(), max_size=2)),
        "published": st.one_of(TEXTS, st.sampled_from(["2025-02-30", "18. Januar 2025"])),
    },
)
# One JSONL line: a record (escaped or raw Unicode), random bytes without a newline, or blanks.
LINES = st.one_of(
    RECORDS.map(lambda r: json.dumps(r).encode()),
    RECORDS.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")),
    st.sampled_from([b"", b" \t\r", b"\xc2\x85", b'{"text": "\\ud800"}', b'{"text": 1e999}', b"[" * 5000]),
)


@FUZZ
@given(lines=st.lists(LINES, max_size=12))
def test_every_jsonl_line_is_read_or_counted(lines: list[bytes]) -> None:
    items = list(iter_jsonl_bytes(b"\n".join(lines), source="in.jsonl"))
    assert len(items) == _non_blank(lines)
    expected = [f"in.jsonl:{n}" for n, line in enumerate(lines, start=1) if line.strip(b" \t\r")]
    assert [i.source for i in items] == expected
    for item in items:
        _check_item(item, "in.jsonl:")


@FUZZ
@given(texts=st.lists(TEXTS.map(lambda t: t.replace("\n", "")), max_size=12))
def test_every_line_of_a_jsonl_text_is_read_or_counted(texts: list[str]) -> None:
    lines = [json.dumps({"text": t}, ensure_ascii=False) if t.strip() else t for t in texts]
    items = list(iter_jsonl("\n".join(lines), source="s"))
    assert len(items) == sum(1 for line in lines if line.strip(" \t\r"))
    for item in items:
        _check_item(item, "s:")


@FUZZ
@given(record=st.one_of(RECORDS, st.dictionaries(TEXTS, TEXTS, max_size=3), st.lists(TEXTS, max_size=2)))
def test_a_record_is_an_article_or_a_corpus_error(record: object) -> None:
    try:
        article = article_from_record(record, source="r")
    except CorpusError:
        return
    _check_article(article)


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_a_huge_text_is_read_whole(fmt: Format) -> None:
    text = "Die Bürgermeisterin eröffnete die Sitzung. " * 30_000  # 1.3 million characters
    data = (json.dumps({"text": text}, ensure_ascii=False) if fmt == "jsonl" else text).encode()
    (item,) = parse_bytes(data, source="gross", fmt=fmt)
    assert item.article is not None and len(item.article.text) >= len(text.strip())


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_input_is_one_counted_failure(fmt: Format | None) -> None:
    (item,) = parse_bytes(b"", source="leer", fmt=fmt)
    assert item.error is not None and item.error.startswith("leer")
