"""Build a store from the sample corpus's gold facts (evidence: the first sentence naming both ends).

Used while the NLP pipeline cannot run, so the browser tests still see realistic data; the tests prefer
`kg ingest corpus/samples` (see conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus.article import Article
from tests.gold_facts import gold_facts


def build_gold_store(samples: Path, store_dir: Path) -> int:
    """Ingest every `*.txt` of `samples` with its gold facts; returns the number of articles."""
    from graph.store import KnowledgeStore

    n = 0
    with KnowledgeStore(store_dir) as kg:
        for gold_path in sorted(samples.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = (samples / gold["file"]).read_text(encoding="utf-8")
            title = text.splitlines()[0].strip()
            article = Article.from_text(
                text, title=title, url=f"https://example.org/presse/{gold_path.stem[:-5]}"
            )
            kg.ingest(article, gold_facts(gold, text), pipeline_version="gold-test")
            n += 1
    return n


if __name__ == "__main__":
    import sys

    print(build_gold_store(Path(sys.argv[1]), Path(sys.argv[2])))
