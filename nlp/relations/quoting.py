"""Finding quoted stretches of text („…“, "…", »…«) by character offsets."""

from __future__ import annotations

import re

# German low-high quotes, English-style curly quotes, guillemets both ways, straight double quotes.
QUOTED = re.compile(
    r"„([^“”\"]{1,2000}?)[“”\"]|“([^”„]{1,2000}?)”|»([^«]{1,2000}?)«|«([^»]{1,2000}?)»|\"([^\"]{1,2000}?)\""
)


def quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each quoted stretch; start/end include the quote marks."""
    out: list[tuple[int, int, str]] = []
    for m in QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        out.append((m.start(), m.end(), inner))
    return out


def char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is no space or tab ("" at the start of the text)."""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return text[k] if k >= 0 else ""
