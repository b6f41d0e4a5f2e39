"""Files, folders and stdin to articles."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from corpus.errors import EmptyInputError, InputNotFoundError, UnreadableInputError
from corpus.loader import detect_format, discover, iter_articles, read_article, read_file

TEXT = "Neue Leiterin im Ordnungsamt\nSeit Montag leitet Anna Beispiel das Ordnungsamt.\n"


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_text_file_becomes_one_article_with_title_and_source(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path / "a.txt", TEXT))
    assert article.text == TEXT.strip()
    assert article.title == "Neue Leiterin im Ordnungsamt"
    assert article.source == str(tmp_path / "a.txt")


def test_html_file_yields_its_main_text(tmp_path: Path) -> None:
    page = "<html><body><nav>Menü</nav><article><h1>Titel</h1><p>Der Rat tagte.</p></article></body></html>"
    article = read_article(_write(tmp_path / "a.html", page))
    assert (article.text, article.title) == ("Titel\nDer Rat tagte.", "Titel")


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    path = _write(tmp_path / "seite", "<!DOCTYPE html><p>Der Rat tagte.</p>")
    assert read_article(path).text == "Der Rat tagte."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!doctype html><p>x</p>", "html"),
        (b'<?xml version="1.0"?><rss>', "feed"),
        (b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
        (b'{"text": "x"}', "json"),
        (b'[{"text": "x"}]', "json"),
        (b"Der Rat tagte.", "text"),
        (b"[Pressemitteilung] Der Rat tagte.", "text"),
    ],
)
def test_format_is_sniffed_from_content(data: bytes, expected: str) -> None:
    assert detect_format(data) == expected


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="fehlt.txt: no such file"):
        read_article(tmp_path / "fehlt.txt")


def test_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmptyInputError, match="no text found"):
        read_article(_write(tmp_path / "leer.txt", "\n \n"))


def test_binary_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError, match="binary data, not text"):
        read_article(_write(tmp_path / "bild.txt", b"\x00\x01\x02\xff\xfe"))


def test_file_with_several_articles_is_refused_for_single_reading(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.jsonl", '{"text": "Eins."}\n{"text": "Zwei."}\n')
    with pytest.raises(UnreadableInputError, match="holds 2 articles"):
        read_article(path)


def test_stdin_is_read_with_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Die Landrätin sprach.".encode())))
    assert read_article("-").text == "Die Landrätin sprach."


def test_folder_is_searched_recursively_for_supported_files(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEXT)
    _write(tmp_path / "unter" / "b.html", "<p>Der Rat tagte.</p>")
    _write(tmp_path / "a.gold.json", "{}")
    _write(tmp_path / "README.md", "# Notizen")
    _write(tmp_path / ".versteckt" / "c.txt", "Geheim.")
    assert discover([tmp_path]) == [tmp_path / "a.txt", tmp_path / "unter" / "b.html"]


def test_missing_path_stops_discovery_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="nirgends: no such file or folder"):
        discover([tmp_path, tmp_path / "nirgends"])


def test_batch_counts_bad_files_and_goes_on(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEXT)
    _write(tmp_path / "b.txt", b"\x00\x00binary")
    _write(tmp_path / "c.jsonl", '{"id": "c1", "text": "Der Dekan sprach."}\nkaputt\n')
    items = list(iter_articles([tmp_path]))
    assert [(i.source.rsplit("/", 1)[-1], i.article is not None) for i in items] == [
        ("a.txt", True),
        ("b.txt", False),
        ("c.jsonl:1", True),
        ("c.jsonl:2", False),
    ]


def test_feed_file_yields_one_article_per_entry(tmp_path: Path) -> None:
    feed = (
        "<rss><channel><item><title>Eins</title><link>https://x.example/1</link>"
        "<description>Der Rat tagte.</description></item>"
        "<item><title>Zwei</title><description>Die Stadt lud ein.</description></item></channel></rss>"
    )
    items = list(read_file(_write(tmp_path / "presse.rss", feed)))
    assert [(i.source.rsplit("/", 1)[-1], i.article.title if i.article else None) for i in items] == [
        ("presse.rss#1", "Eins"),
        ("presse.rss#2", "Zwei"),
    ]
    assert items[0].article is not None and items[0].article.url == "https://x.example/1"


def test_same_text_gives_the_same_id_in_any_encoding(tmp_path: Path) -> None:
    utf8 = read_article(_write(tmp_path / "u.txt", "Grüße aus Köln.\r\n".encode()))
    latin = read_article(_write(tmp_path / "l.txt", "Grüße aus Köln.\n".encode("cp1252")))
    assert utf8.id == latin.id


def test_pretty_printed_json_object_is_one_article(tmp_path: Path) -> None:
    path = _write(tmp_path / "artikel.json", '{\n  "id": "p1",\n  "text": "Die Ministerin sprach."\n}\n')
    article = read_article(path)
    assert (article.id, article.text) == ("p1", "Die Ministerin sprach.")


def test_json_list_gives_one_article_per_object(tmp_path: Path) -> None:
    path = _write(tmp_path / "liste", '[{"text": "Eins."}, {"text": ""}, {"text": "Drei."}]')
    items = list(read_file(path))
    assert [(i.source.rsplit("/", 1)[-1], i.article is not None) for i in items] == [
        ("liste#1", True),
        ("liste#2", False),
        ("liste#3", True),
    ]


def test_single_line_json_file_without_suffix_is_sniffed(tmp_path: Path) -> None:
    assert read_article(_write(tmp_path / "eins", '{"text": "Der Rat tagte."}')).text == "Der Rat tagte."


def test_jsonl_file_with_one_c1_control_keeps_every_umlaut(tmp_path: Path) -> None:
    records = [
        {"id": "1", "text": "Die Bürgermeisterin eröffnete das Büro."},
        {"id": "2", "text": "Der Stadtrat tagte \x96 öffentlich und lange."},
        {"id": "3", "text": "Grüße gingen an die Schülerinnen."},
    ]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    items = list(read_file(_write(tmp_path / "nachrichten.jsonl", lines)))
    assert [i.article.text for i in items if i.article] == [
        "Die Bürgermeisterin eröffnete das Büro.",
        "Der Stadtrat tagte – öffentlich und lange.",
        "Grüße gingen an die Schülerinnen.",
    ]


def test_text_file_with_one_c1_control_keeps_its_umlauts(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "Grüße aus Köln \x96 der Stadtrat tagte.")
    assert read_article(path).text == "Grüße aus Köln – der Stadtrat tagte."


def test_text_file_with_mojibake_is_repaired(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "Die BÃ¼rgermeisterin erÃ¶ffnete das BÃ¼ro.")
    assert read_article(path).text == "Die Bürgermeisterin eröffnete das Büro."
