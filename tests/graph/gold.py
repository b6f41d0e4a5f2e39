"""Facts from the gold files of ../shared/corpus (evidence = first sentence naming the person)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from corpus.article import Article
from nlp.facts import Facts

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"


def _evidence(text: str, *names: str | None) -> dict[str, Any]:
    for name in (n for n in names if n):
        for needle in (name, name.split()[-1]):
            i = text.find(needle)
            if i >= 0:
                start = max((m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:i])), default=0)
                m = re.search(r"[.!?](?=\s|$)|\n", text[i:])
                end = i + m.end() if m else len(text)
                return {"sentence": text[start:end], "start": start, "end": end, "confidence": 1.0}
    return {"sentence": text[:80], "start": 0, "end": min(80, len(text)), "confidence": 0.5}


def gold_pair(gold_path: Path) -> tuple[Article, Facts]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")

    def with_ev(key: str, other: str) -> list[dict[str, Any]]:
        return [{**r, "evidence": _evidence(text, r["person"], r.get(other))} for r in gold.get(key, [])]

    quotes = []
    for person in gold.get("quotes", []):
        ev = _evidence(text, person)
        quotes.append({"person": person, "quote": ev["sentence"], "evidence": ev})
    facts = Facts.model_validate(
        {
            "persons": gold.get("persons", []),
            "organizations": gold.get("organizations", []),
            "projects": gold.get("projects", []),
            "events": gold.get("events", []),
            "roles": with_ev("roles", "organization"),
            "affiliations": with_ev("affiliations", "organization"),
            "speakers": with_ev("speakers", "event"),
            "quotes": quotes,
            "project_links": with_ev("project_links", "project"),
        }
    )
    url = gold.get("url") or f"https://example.org/shared/{gold_path.name.split('.')[0]}"
    return Article.from_text(text, url=url, title=gold_path.name.split(".")[0]), facts


def shared_pairs(folder: Path = SHARED) -> list[tuple[Article, Facts]]:
    return [gold_pair(p) for p in sorted(folder.glob("*.gold.json"))]
