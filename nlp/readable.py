"""Text as the pipeline reads it, with a map back to the text as given.

A pasted web page brings characters nobody sees — soft hyphens ("Bürger\\xadmeisterin"), zero-width
spaces, word joiners, a byte-order mark — and sometimes decomposed umlauts ("u" + U+0308) or Windows
line ends. The lexicons and the model know none of these: "Bürger\\xadmeisterin" is no title. The
corpus loader drops them from the articles it stores (`corpus.text.normalize_text`), so stored offsets
point into the cleaned text. Text handed to `nlp.extract` directly (`POST /extract`, the Python API)
keeps its own offsets: the pipeline reads the cleaned text and every offset of the facts is mapped back
into the text as given (`restore`).
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass
from typing import Any

from nlp.facts import Facts

INVISIBLE = frozenset("\ufeff\u200b\u2060\u00ad")  # BOM, zero-width space, word joiner, soft hyphen


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text and, for each of its characters, where it starts and ends in the original
    (compact integer arrays: a long text costs 16 bytes a character, not a Python list's ~70)."""

    text: str
    starts: array[int]
    ends: array[int]
    original: str

    def start(self, k: int) -> int:
        return self.starts[k] if k < len(self.starts) else len(self.original)

    def end(self, k: int) -> int:
        return self.ends[k - 1] if k > 0 else 0


def needs_cleaning(text: str) -> bool:
    return "\r" in text or not INVISIBLE.isdisjoint(text) or not unicodedata.is_normalized("NFC", text)


def clean(text: str) -> Cleaned | None:
    """The text without invisible characters, in NFC, with "\\n" line ends; None when it is so already.

    >>> c = clean("Bürger\\u00admeisterin")
    >>> c.text, c.start(6), c.end(15)
    ('Bürgermeisterin', 7, 16)
    >>> clean("Bürgermeisterin") is None
    True
    """
    if not needs_cleaning(text):
        return None
    out: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in INVISIBLE or (c == "\r" and i + 1 < n and text[i + 1] == "\n"):
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1  # a base letter and its combining marks compose on their own ("u" + "¨" = "ü")
        piece = "\n" if c == "\r" else unicodedata.normalize("NFC", text[i:j])
        for k, ch in enumerate(piece):
            out.append(ch)
            starts.append(min(i + k, j - 1))
            ends.append(j if k == len(piece) - 1 else min(i + k + 1, j))
        i = j
    return Cleaned("".join(out), starts, ends, text)


def _span(c: Cleaned, start: int, end: int) -> tuple[int, int]:
    return c.start(start), max(c.start(start), c.end(end))


def restore(facts: Facts, cleaned: Cleaned) -> Facts:
    """The facts with every mention and evidence offset moved into the original text; an evidence's
    sentence is the original's characters between them, as offsets and sentence agree everywhere."""
    update: dict[str, list[Any]] = {}
    for name in Facts.model_fields:
        items = getattr(facts, name)
        if not isinstance(items, list):
            continue
        moved = []
        for item in items:
            fields: dict[str, Any] = {}
            if "mentions" in type(item).model_fields:
                fields["mentions"] = [_span(cleaned, s, e) for s, e in item.mentions]
            if "evidence" in type(item).model_fields:
                s, e = _span(cleaned, item.evidence.start, item.evidence.end)
                sentence = cleaned.original[s:e]
                fields["evidence"] = item.evidence.model_copy(
                    update={"start": s, "end": e, "sentence": sentence}
                )
            moved.append(item.model_copy(update=fields) if fields else item)
        update[name] = moved
    return facts.model_copy(update=update)
