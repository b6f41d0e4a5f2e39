"""JSON records and JSONL streams to articles."""

from __future__ import annotations

import json
from datetime import date

import pytest

from corpus.errors import EmptyInputError, UnreadableInputError
from corpus.records import article_from_record, iter_jsonl, iter_jsonl_bytes


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


def test_jsonl_line_with_a_line_separator_in_a_string_is_one_record() -> None:
    stream = json.dumps({"id": "a", "text": "Erster Satz.\u2028Zweiter Satz."}, ensure_ascii=False) + "\n"
    (item,) = iter_jsonl(stream, source="in.jsonl")
    assert item.article is not None and item.article.text == "Erster Satz.\u2028Zweiter Satz."


def test_jsonl_line_with_next_line_character_is_one_record() -> None:
    stream = json.dumps({"id": "a", "text": "Der Rat\x85 tagte."}, ensure_ascii=False) + "\n"
    assert [i.source for i in iter_jsonl(stream, source="in.jsonl")] == ["in.jsonl:1"]


def test_jsonl_blank_means_json_whitespace_only() -> None:
    items = list(iter_jsonl('{"text": "Ja."}\n \t\r\n\u2028\n', source="in.jsonl"))
    assert [(i.source, i.article is None) for i in items] == [("in.jsonl:1", False), ("in.jsonl:3", True)]


def test_escaped_lone_surrogate_is_repaired() -> None:
    (item,) = iter_jsonl('{"id": "s", "text": "Frau \\ud800Baj sprach."}', source="in.jsonl")
    assert item.article is not None and item.article.text == "Frau \ufffdBaj sprach."


def test_record_text_with_a_c1_control_is_repaired() -> None:
    assert article_from_record({"text": "Köln \x96 Bonn"}).text == "Köln – Bonn"


def test_record_text_with_nul_characters_is_refused_as_binary() -> None:
    with pytest.raises(UnreadableInputError, match='z:1: "text": binary data'):
        article_from_record({"text": "Der\x00Rat\x00"}, source="z:1")


def test_record_with_a_source_that_is_no_string_is_refused() -> None:
    with pytest.raises(UnreadableInputError, match='"source" must be a string'):
        article_from_record({"text": "Der Rat tagte.", "source": {"a": 1}})


def test_jsonl_line_with_an_overlong_integer_is_a_counted_failure() -> None:
    (item,) = iter_jsonl('{"text": "Der Rat tagte.", "id": ' + "9" * 5000 + "}", source="in.jsonl")
    assert item.error is not None and item.error.startswith("in.jsonl:1: not valid JSON")


def test_jsonl_deeply_nested_line_is_a_counted_failure() -> None:
    (item,) = iter_jsonl("[" * 100_000 + "]" * 100_000, source="in.jsonl")
    assert item.error == "in.jsonl:1: not valid JSON (nested too deeply); line skipped"


def test_jsonl_binary_line_fails_alone() -> None:
    good = '{"id": "g", "text": "Die Bürgermeisterin sprach."}'.encode()
    items = list(iter_jsonl_bytes(good + b"\n\x00\x01\x02\x03\n" + good, source="in.jsonl"))
    assert [i.article is not None for i in items] == [True, False, True]
    assert "in.jsonl:2: binary data, not text" in (items[1].error or "")


def test_jsonl_line_in_windows_1252_is_read_beside_utf8_lines() -> None:
    utf8 = '{"id": "u", "text": "Grüße aus Köln."}'.encode()
    cp1252 = '{"id": "w", "text": "Grüße aus Düren."}'.encode("cp1252")
    items = list(iter_jsonl_bytes(utf8 + b"\n" + cp1252 + b"\n", source="in.jsonl"))
    assert [i.article.text for i in items if i.article] == ["Grüße aus Köln.", "Grüße aus Düren."]
