"""Lines of an article as the page printed them: hard line breaks, list items and their lead sentence.

Press texts come with the layout of the page: paragraphs wrapped in the middle of a sentence, headings,
photo captions and lists of one item per line under a lead sentence ending in a colon. The sentence
splitter (nlp/components/sentences.py) decides from these lines where a segment starts; `leads()` gives
relation components the lead sentence of each list item (the Doc extension ``kg_lead``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, IS_SPACE
from spacy.tokens import Doc, Span, Token

# Characters that open a list item when they stand first on a line ("- Anna Alt: Datenschutz").
BULLETS = frozenset({"-", "–", "—", "•", "·", "*", "▪", "■", "►", "▸", "◦", "→", "✓", "✔"})
LEADS_KEY = "kg_lead"
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Line:
    """A printed line: its first and one-past-last non-space token, and the newlines before it."""

    start: int
    end: int
    breaks: int  # 0 for the first line; 1 after a plain line break; 2 or more after a blank line


_LINES: WeakKeyDictionary[Doc, list[Line]] = WeakKeyDictionary()  # no retokenizer runs after the split


def text_lines(doc: Doc) -> list[Line]:
    """The non-empty lines of the doc, in order (read once per doc: the sentence splitter and `leads`
    both ask).

    A line is a run of non-space tokens with no newline between them; the newlines before a line are
    those in the space tokens and trailing whitespace since the line above (a non-space token never
    holds one: the tokenizer splits at every change between whitespace and other characters). Read
    from the token offsets, not from Token objects, which every `doc[i]` would build anew.
    """
    cached = _LINES.get(doc)
    if cached is not None:
        return cached
    text = doc.text
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    lines: list[Line] = []
    if len(doc):
        attrs = doc.to_array([IS_SPACE, IDX])
        row = 0  # the line number of the last non-space token, counted in newlines before it
        start = last = -1
        for i in range(len(attrs)):
            if attrs[i, 0]:
                continue
            line = bisect_left(newlines, int(attrs[i, 1]))
            if start < 0:
                start, before = i, line
            elif line != row:
                lines.append(Line(start, last + 1, before))
                start, before = i, line - row
            row, last = line, i
        if start >= 0:
            lines.append(Line(start, last + 1, before))
    _LINES[doc] = lines
    return lines


def is_bullet(tok: Token) -> bool:
    """A list marker first on a line: a dash or bullet character, or "1." / "1)" / "a)" before a word."""
    if tok.text in BULLETS:
        return True
    doc, nxt = tok.doc, tok.i + 1
    if tok.text[:-1].isdigit() and tok.text.endswith(".") and len(tok.text) <= 3:
        return nxt < len(doc) and doc[nxt].text[:1].isupper() and doc[nxt].text not in BULLETS
    return (
        ((tok.is_digit and len(tok.text) <= 2) or (len(tok.text) == 1 and tok.is_lower))
        and nxt < len(doc)
        and doc[nxt].text == ")"
    )


def leads(doc: Doc) -> dict[int, Span]:
    """Start token of each list item segment -> the lead sentence the list stands under.

    A lead is a sentence whose line ends in a colon ("Die Referenten beleuchteten:"). Its items are
    the following lines that open with a list marker (blank lines between them allowed), or, without
    markers, the lines that follow it directly, up to the next blank line. Only a line that starts a
    segment is an item; a wrapped continuation belongs to the item above it. Needs sentence starts
    (set by kg_sentences); computed once per doc.
    """
    if not doc.has_annotation("SENT_START"):
        return {}
    cached = doc.user_data.get(LEADS_KEY)
    if cached is None:
        cached = doc.user_data[LEADS_KEY] = _leads(doc)
    return dict(cached)


def _leads(doc: Doc) -> dict[int, Span]:
    lines = text_lines(doc)
    out: dict[int, Span] = {}
    for i, line in enumerate(lines):
        colon = doc[line.end - 1]
        if colon.text != ":" or line.end - line.start < 2 or i + 1 >= len(lines):
            continue
        first = lines[i + 1]
        if not doc[first.start].is_sent_start:
            continue
        marked = is_bullet(doc[first.start])
        if not marked and first.breaks != 1:
            continue
        lead = colon.sent
        for item in lines[i + 1 :]:
            starts = bool(doc[item.start].is_sent_start)
            if marked:
                if starts and not is_bullet(doc[item.start]):
                    break
            elif item.breaks != 1 or doc[item.end - 1].text == ":":
                break  # a blank line, or the lead of the next list
            if starts:
                out[item.start] = lead
    return out
