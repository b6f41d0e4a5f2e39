"""JSON records and JSONL streams to articles."""

from __future__ import annotations

from datetime import date

import pytest

from corpus.errors import EmptyInputError, UnreadableInputError
from corpus.records import article_from_record, iter_jsonl


def test_record_keeps_id_and_metadata() -> None:
    article = article_from_record(
        {"id": "a1", "text": "Der Landrat sprach.", "url": "https://x.example/a1", "published": "2025-01-18"}
    )
    assert (article.id, article.url, article.published) == ("a1", "https://x.example/a1", date(2025, 1, 18))


def test_record_text_is_kept_verbatim_so_offsets_stay_valid() -> None:
    text = "  Frau Baj sprach.\r\n"
    assert article_from_record({"text": text}).text == text


def test_record_without_id_gets_the_content_hash() -> None:
    article = article_from_record({"text": "Der Kreistag tagte."})
    assert article.id == article.content_hash


def test_numeric_id_becomes_a_string() -> None:
    assert article_from_record({"id": 7, "text": "Die Stadt Köln lud ein."}).id == "7"


def test_unknown_keys_are_ignored() -> None:
    assert article_from_record({"text": "Der Dekan sprach.", "lang": "de"}).text == "Der Dekan sprach."


def test_record_without_text_is_refused() -> None:
    with pytest.raises(UnreadableInputError, match='zeile:3: "text" is missing'):
        article_from_record({"id": "x"}, source="zeile:3")


def test_record_with_empty_text_is_refused() -> None:
    with pytest.raises(EmptyInputError):
        article_from_record({"text": "   "})


def test_record_with_bad_date_is_refused() -> None:
    with pytest.raises(UnreadableInputError, match='"published" is not a date'):
        article_from_record({"text": "Der Rat tagte.", "published": "gestern"})


def test_jsonl_bad_lines_are_counted_and_the_stream_goes_on() -> None:
    lines = [
        '{"id": "1", "text": "Die Landrätin sprach."}',
        "",
        "kein json",
        '{"id": "3"}',
        '{"id": "4", "text": "Ja."}',
    ]
    stream = "\n".join(lines)
    items = list(iter_jsonl(stream, source="in.jsonl"))
    assert [i.source for i in items] == ["in.jsonl:1", "in.jsonl:3", "in.jsonl:4", "in.jsonl:5"]
    assert [i.article.id if i.article else None for i in items] == ["1", None, None, "4"]
    assert "in.jsonl:3: not valid JSON" in (items[1].error or "")


def test_jsonl_failed_line_keeps_its_id() -> None:
    (item,) = iter_jsonl('{"id": "k7", "text": ""}', source="in.jsonl")
    assert (item.article, item.record_id) == (None, "k7")
