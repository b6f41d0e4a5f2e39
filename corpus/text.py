"""Raw bytes to clean article text: encoding detection, repair (ftfy), newline and Unicode normalization."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ftfy import TextFixerConfig, fix_text

from corpus.errors import EmptyInputError, UnreadableInputError
from nlp.readable import INVISIBLE

# A byte-order mark decides the encoding outright; without one we try UTF-8 and then Windows-1252,
# the encoding German Windows tools and older CMS exports write (a superset of Latin-1's printable range).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, form feed and carriage return, and DEL: text never holds many
# of them, binary data is full of them. (C1 controls are left to the repair: they are what a
# Windows-1252 text read as Latin-1 once looks like.)
_C0 = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_C0_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# More than one such control per this many characters (and a few at least), or any NUL, makes data
# binary, not text; a stray one in a text is dropped by `repair_text`.
_BINARY_RATIO = 100
_MIN_CONTROLS = 4
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_MAX_TITLE = 160
# What ftfy may change: mojibake ("GrÃ¼ÃŸe" → "Grüße"), C1 controls read as Windows-1252 (U+0096 → "–"),
# lone surrogates (→ U+FFFD) and stray control characters. Quotes, ligatures, widths, HTML entities
# and line breaks stay as written: they carry meaning for the extraction or are handled elsewhere.
_REPAIR = TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `data` declares, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_bytes(data: bytes, *, source: str = "input") -> str:
    """Decode `data` (BOM, else UTF-8, else Windows-1252); raise `UnreadableInputError` for binary data.

    Valid UTF-8 is always read as UTF-8, even with C1 controls in it (`repair_text` fixes those).
    """
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise UnreadableInputError(
                f"{source}: starts with a {encoding} byte-order mark but is not valid {encoding} "
                f"(position {exc.start}); save it as UTF-8 and try again"
            ) from exc
    else:
        text = _decode_unmarked(data, source)
    return ensure_not_binary(text, source=source)


def _decode_unmarked(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if b"\x00" in data or _too_many(len(_C0_BYTES.findall(data)), len(data)):
        raise UnreadableInputError(_binary_message(source))
    if _mostly_utf8(data):
        raise UnreadableInputError(
            f"{source}: UTF-8 text with an invalid byte at position {utf8_error.start}; repair or re-save it"
        ) from utf8_error
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UnreadableInputError(
            f"{source}: binary data or an unknown encoding, not text (tried UTF-8 and Windows-1252); "
            "save it as UTF-8 and try again"
        ) from exc


def _mostly_utf8(data: bytes) -> bool:
    """More valid UTF-8 letters beyond ASCII than broken bytes: UTF-8 with damage, not Windows-1252.

    Reading such bytes as Windows-1252 would turn every umlaut into "Ã¤"-style mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    letters = sum(1 for ch in text if ch > "\x7f") - broken
    return letters > broken


def _binary_message(source: str) -> str:
    return f"{source}: binary data, not text; give a text, HTML, feed or JSON(L) file"


def _too_many(controls: int, size: int) -> bool:
    return controls >= _MIN_CONTROLS and controls * _BINARY_RATIO > size


def ensure_not_binary(text: str, *, source: str = "input") -> str:
    """Return `text` unless it holds a NUL or more than 1% control characters (then it is binary data)."""
    if "\x00" in text or _too_many(len(_C0.findall(text)), len(text)):
        raise UnreadableInputError(_binary_message(source))
    return text


def repair_text(text: str) -> str:
    """Undo mojibake and Windows-1252 C1 controls, replace lone surrogates, drop stray controls (ftfy).

    >>> repair_text("GrÃ¼ÃŸe aus KÃ¶ln \\x96 und Düren")
    'Grüße aus Köln – und Düren'
    """
    return fix_text(text, _REPAIR)


# BOM, zero-width space, word joiner, soft hyphen: characters nobody sees, dropped from the text
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


def normalize_text(text: str) -> str:
    """NFC-normalize, unify newlines to \\n, drop a BOM, zero-width characters and soft hyphens (the
    invisible "&shy;" of web pages, which splits "Bürger\\xadmeister" and names), strip the ends.

    NFC matters for German: a decomposed "u" + combining diaeresis must match the lexicons' "ü",
    and `content_hash` hashes the NFC form, so the text we keep is the one the id describes.
    """
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text).translate(_INVISIBLE)
    return text.strip()


def require_text(text: str, *, source: str = "input") -> str:
    """Return `text` if it holds any non-space character, else raise `EmptyInputError`."""
    if not text.strip():
        raise EmptyInputError(f"{source}: no text found; give a file or stream with article text")
    return text


def guess_title(text: str) -> str | None:
    """The first line if it reads like a headline (short, no sentence-final period), else None.

    >>> guess_title("Gemeinsam Krisen meistern\\nPandemien, Kriege ...")
    'Gemeinsam Krisen meistern'
    >>> guess_title("Die Stadt hat heute ein Projekt gestartet.") is None
    True
    """
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > _MAX_TITLE or first.endswith((".", ",", ";", ":")):
        return None
    return first
