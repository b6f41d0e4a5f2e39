"""Turning raw bytes into clean article text: encoding detection, newline and Unicode normalization."""

from __future__ import annotations

import codecs
import re
import unicodedata

from corpus.errors import EmptyInputError, UnreadableInputError

# A byte-order mark decides the encoding outright; without one we try UTF-8 and then Windows-1252,
# the encoding German Windows tools and older CMS exports write (a superset of Latin-1's printable range).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters never occur in text; finding them means the bytes were binary or mis-decoded.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# UTF-8 for the Latin-1 letters (ä ö ü ß é ...): if such sequences occur, the file is UTF-8 with a few
# broken bytes, and reading it as Windows-1252 would turn every umlaut into "Ã¤"-style mojibake.
_UTF8_LATIN = re.compile(rb"[\xc2\xc3][\x80-\xbf]")
_MAX_TITLE = 160


def decode_bytes(data: bytes, *, source: str = "input") -> str:
    """Decode `data` (BOM, else UTF-8, else Windows-1252); raise `UnreadableInputError` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            candidates: tuple[str, ...] = (encoding,)
            break
    else:
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8" and _UTF8_LATIN.search(data):
                raise UnreadableInputError(
                    f"{source}: UTF-8 text with an invalid byte at position {exc.start}; repair or re-save it"
                ) from exc
            continue
        if not _CONTROL.search(_NEWLINES.sub("\n", text)):
            return text
    raise UnreadableInputError(
        f"{source}: not readable as text (tried {', '.join(candidates)}); save it as UTF-8 and try again"
    )


def normalize_text(text: str) -> str:
    """NFC-normalize, unify newlines to \\n, drop a BOM and zero-width characters, strip the ends.

    NFC matters for German: a decomposed "u" + combining diaeresis must match the lexicons' "ü",
    and `content_hash` hashes the NFC form, so the text we keep is the one the id describes.
    """
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text).replace("\ufeff", "").replace("\u200b", "")
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
