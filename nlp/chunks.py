"""Texts longer than the pipeline takes (`nlp.max_length`): cut into pieces, facts merged back with offsets.

spaCy refuses a text over `nlp.max_length` characters (1,000,000 by default), and memory grows with the
characters of a batch. A longer text is cut after a paragraph break, else a line break, else a sentence
end, else a space, into pieces of at most `PIECE_CHARS` characters (a long article's length, so a batch
of pieces costs what a batch of articles costs); each piece is extracted on its own and the facts are
merged: one entry per entity name, mentions and evidence offsets shifted into the whole text. What the
pieces cannot see is a relation or a coreference across a cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

from nlp.facts import Evidence, Facts, Record

PIECE_CHARS = 10_000
_BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # paragraph break
    re.compile(r"\n\s*"),  # line break
    re.compile(r"[.!?…][»«“”\"')\]]*\s+"),  # sentence end
    re.compile(r"\s+"),  # any space
)
R = TypeVar("R", bound=Record)


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """`(offset, piece)` pairs covering `text` in order, each piece at most `limit` characters.

    `text[offset : offset + len(piece)] == piece`; a cut never falls in the first half of a piece.

    >>> split_text("Erster Satz. Zweiter Satz. Dritter.", 20)
    [(0, 'Erster Satz. '), (13, 'Zweiter Satz. '), (27, 'Dritter.')]
    """
    if limit < 2:
        raise ValueError(f"piece limit must be at least 2 characters, not {limit}")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece `text[start:stop]`: after the last break of the strongest kind in its
    second half (the whitespace after the break stays with the piece), else at `stop`."""
    floor = start + (stop - start) // 2
    window = text[floor:stop]
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(window):  # noqa: B007  (the last match is the one wanted)
            pass
        if last is not None:
            return floor + last.end()
    return stop


def merge_facts(doc_id: str | None, parts: Sequence[tuple[int, Facts]]) -> Facts:
    """One `Facts` of the whole text from the facts of its pieces (`(offset, facts)` in text order)."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    lists: dict[str, list[Any]] = {}
    for name in Facts.model_fields:
        if name == "id":
            continue
        shifted = [(offset, getattr(facts, name)) for offset, facts in parts]
        if name in ("persons", "organizations", "locations", "projects", "events"):
            lists[name] = _merge_entities(shifted)
        else:
            lists[name] = _merge_relations(shifted, once=name != "quotes")
    return Facts(id=doc_id, **lists)


def _merge_entities(parts: list[tuple[int, list[R]]]) -> list[R]:
    """One entry per name: aliases and titles united, mentions shifted, other fields first one set."""
    merged: dict[str, dict[str, Any]] = {}
    kinds: dict[str, type[R]] = {}
    for offset, items in parts:
        for item in items:
            fields = item.model_dump()
            fields["mentions"] = [(s + offset, e + offset) for s, e in fields["mentions"]]
            name = fields["name"]
            have = merged.get(name)
            if have is None:
                merged[name], kinds[name] = fields, type(item)
                continue
            for key, value in fields.items():
                if key == "mentions":
                    have[key] += value
                elif isinstance(value, list):
                    have[key] += [v for v in value if v not in have[key]]
                elif have[key] is None:
                    have[key] = value
    return [kinds[name].model_validate(fields) for name, fields in merged.items()]


def _merge_relations(parts: list[tuple[int, list[R]]], *, once: bool) -> list[R]:
    """Relations with their evidence shifted; with `once`, a relation an earlier piece already stated
    is not repeated (as `facts_from_doc` keeps one role per person, title and organization)."""
    out: list[R] = []
    seen: set[tuple[Any, ...]] = set()
    for offset, items in parts:
        keys = [tuple(v for k, v in item if k != "evidence") for item in items]
        for item, key in zip(items, keys, strict=True):
            if once and key in seen:
                continue
            evidence: Evidence = getattr(item, "evidence")  # noqa: B009  (every relation record has one)
            moved = evidence.model_copy(
                update={"start": evidence.start + offset, "end": evidence.end + offset}
            )
            out.append(item.model_copy(update={"evidence": moved}))
        seen.update(keys)
    return out
