"""Article and gold facts of each file in ../shared/corpus or corpus/samples (see tests/gold_facts.py)."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.article import Article
from nlp.facts import Facts
from tests.gold_facts import gold_facts

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"


def gold_pair(gold_path: Path) -> tuple[Article, Facts]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    url = gold.get("url") or f"https://example.org/shared/{gold_path.name.split('.')[0]}"
    return Article.from_text(text, url=url, title=gold_path.name.split(".")[0]), gold_facts(gold, text)


def shared_pairs(folder: Path = SHARED) -> list[tuple[Article, Facts]]:
    return [gold_pair(p) for p in sorted(folder.glob("*.gold.json"))]
