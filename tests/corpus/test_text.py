"""Decoding and normalizing raw input text."""

from __future__ import annotations

import codecs
import random
import unicodedata

import pytest

from corpus.errors import EmptyInputError, UnreadableInputError
from corpus.text import decode_bytes, guess_title, normalize_text, repair_text, require_text


def test_utf8_is_decoded() -> None:
    assert decode_bytes("Straße in Köln".encode()) == "Straße in Köln"


def test_windows_1252_is_the_fallback() -> None:
    data = "„Grüße“, sagte Frau Weiß.".encode("cp1252")
    assert decode_bytes(data) == "„Grüße“, sagte Frau Weiß."


def test_utf16_with_bom_is_decoded() -> None:
    data = codecs.BOM_UTF16_LE + "Die Bürgermeisterin sprach.".encode("utf-16-le")
    assert decode_bytes(data) == "Die Bürgermeisterin sprach."


def test_binary_data_is_refused_with_the_source_named() -> None:
    with pytest.raises(UnreadableInputError, match="bild.png: binary data, not text"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", source="bild.png")


def test_normalize_composes_umlauts_and_unifies_newlines() -> None:
    decomposed = unicodedata.normalize("NFD", "Müller\r\nGrün\r")
    assert normalize_text(decomposed) == "Müller\nGrün"


def test_normalize_drops_bom_and_zero_width_space() -> None:
    assert normalize_text("\ufeffKreis\u200bverwaltung ") == "Kreisverwaltung"


def test_blank_text_is_refused() -> None:
    with pytest.raises(EmptyInputError, match="leer.txt: no text found"):
        require_text(" \n\t", source="leer.txt")


def test_short_first_line_is_the_title() -> None:
    assert guess_title("Neue Leiterin im Amt\nSeit Montag leitet sie das Amt.") == "Neue Leiterin im Amt"


def test_sentence_first_line_is_no_title() -> None:
    assert guess_title("Die Stadt hat ein Projekt gestartet.\nMehr dazu später.") is None


def test_utf8_with_a_broken_byte_is_refused_not_misread() -> None:
    head = "Grüße aus Köln".encode()
    data = head + b"\xff" + " und Düren".encode()
    with pytest.raises(UnreadableInputError, match=f"invalid byte at position {len(head)};"):
        decode_bytes(data)


def test_valid_utf8_with_a_c1_control_stays_utf8() -> None:
    data = "Grüße aus Köln \x96 und Düren".encode()
    assert decode_bytes(data) == "Grüße aus Köln \x96 und Düren"


def test_random_bytes_are_called_binary_not_broken_utf8() -> None:
    data = random.Random(7).randbytes(4096)
    with pytest.raises(UnreadableInputError, match="zufall.bin: binary data, not text"):
        decode_bytes(data, source="zufall.bin")


def test_one_stray_control_character_does_not_make_a_text_binary() -> None:
    text = "Der Kreistag tagte\x07 am Montag über den Haushalt der Gemeinde Wendelstadt."
    assert decode_bytes(text.encode()) == text


def test_a_bom_that_lies_is_refused_with_the_encoding_named() -> None:
    with pytest.raises(UnreadableInputError, match="utf-16 byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", source="x.txt")


def test_repair_turns_a_c1_control_into_its_windows_1252_character() -> None:
    assert repair_text("Köln \x96 Bonn") == "Köln – Bonn"


def test_repair_undoes_mojibake() -> None:
    assert repair_text("GrÃ¼ÃŸe aus KÃ¶ln") == "Grüße aus Köln"


def test_repair_replaces_a_lone_surrogate() -> None:
    assert repair_text("Frau \ud800Baj") == "Frau \ufffdBaj"


def test_repair_keeps_german_quotes_and_line_ends() -> None:
    text = "„Wir fangen an“, sagte sie.\r\n"
    assert repair_text(text) == text


def test_normalize_drops_soft_hyphens_and_word_joiners() -> None:
    assert normalize_text("Bürger\u00admeisterin Eva\u2060 Sand") == "Bürgermeisterin Eva Sand"
