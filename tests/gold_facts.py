"""Gold records of a corpus folder (`*.gold.json`) as `Facts`, each relation with the sentence naming it.

Shared by the graph tests (../shared/corpus, corpus/samples) and the browser tests' gold store.
"""

from __future__ import annotations

import re
from typing import Any

from nlp.facts import Evidence, Facts

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?=\s|$)|$)", re.M)
_ABBREVIATION = re.compile(r"(?:\b(?:Dr|Prof|Dipl|Ing|stv|St|Nr|bzw|ca|vgl|z\.B)|\d)\.$")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        if not m.group().strip():
            continue
        if spans and _ABBREVIATION.search(text[spans[-1][0] : spans[-1][1]]) and text[spans[-1][1]] == " ":
            spans[-1] = (spans[-1][0], m.end())  # "Prof. Dr. Miriam Okafor": one sentence
        else:
            spans.append((m.start(), m.end()))
    return spans


def _evidence(text: str, *needles: str | None) -> Evidence:
    spans = _sentences(text)
    wanted = [n for n in needles if n]
    for required in (wanted, wanted[:1]):
        for start, end in spans:
            sentence = text[start:end]
            if all(n in sentence for n in required):
                return Evidence(sentence=sentence.strip(), start=start, end=end, confidence=0.9)
    start, end = spans[0]
    return Evidence(sentence=text[start:end].strip(), start=start, end=end, confidence=0.5)


def gold_facts(gold: dict[str, Any], text: str) -> Facts:
    """Gold records as `Facts`, each relation with the sentence that names it."""
    aliases = {p["name"]: [p["name"], *p.get("aliases", [])] for p in gold.get("persons", [])}

    def ev(person: str, other: str | None = None) -> Evidence:
        for name in aliases.get(person, [person]):
            if any(name in text[s:e] and (not other or other in text[s:e]) for s, e in _sentences(text)):
                return _evidence(text, name, other)
        return _evidence(text, person.split()[-1], other)

    quotes = []
    for q in gold.get("quotes", []):
        person = q if isinstance(q, str) else q["person"]
        e = ev(person)
        quote = re.search(r"„([^“]+)“", e.sentence)
        quotes.append({"person": person, "quote": quote.group(1) if quote else e.sentence, "evidence": e})

    def with_evidence(key: str, other: str) -> list[dict[str, object]]:
        return [{**r, "evidence": ev(r["person"], r.get(other))} for r in gold.get(key, [])]

    return Facts.model_validate(
        {
            "id": gold.get("id"),
            "persons": gold.get("persons", []),
            "organizations": gold.get("organizations", []),
            "projects": gold.get("projects", []),
            "events": gold.get("events", []),
            "roles": with_evidence("roles", "organization"),
            "affiliations": with_evidence("affiliations", "organization"),
            "speakers": with_evidence("speakers", "topic"),
            "quotes": quotes,
            "project_links": with_evidence("project_links", "project"),
        }
    )
