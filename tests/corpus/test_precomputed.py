"""Facts lines: an article record with its facts, read back from JSONL as the article and its facts."""

from __future__ import annotations

import json

from corpus.article import Article
from corpus.loader import parse_bytes
from corpus.precomputed import facts_line
from nlp.facts import Facts, Person

TEXT = "Die Ministerin Eva Roth besuchte Kassel."
FACTS = Facts(id="roth", persons=[Person(name="Eva Roth", mentions=[(15, 23)])])


def _read(*lines: str) -> list:  # type: ignore[type-arg]
    return list(parse_bytes("".join(line + "\n" for line in lines).encode(), source="f.jsonl", fmt="jsonl"))


def test_a_facts_line_reads_back_as_its_article_facts_and_version() -> None:
    article = Article.from_text(TEXT, id="roth", url="https://example.org/roth", source="in.jsonl:3")
    [item] = _read(facts_line(article, FACTS, "kg-de test"))
    assert (item.article, item.facts, item.pipeline_version) == (article, FACTS, "kg-de test")


def test_a_facts_line_keeps_its_text_as_written() -> None:
    article = Article.from_text("GrÃ¼ÃŸe von Eva Roth.", id="roh")
    [item] = _read(facts_line(article, Facts(id="roh"), "v"))
    assert item.article.text == "GrÃ¼ÃŸe von Eva Roth."


def test_a_facts_line_with_invalid_facts_fails_naming_its_line() -> None:
    bad = {"id": "x", "text": TEXT, "pipeline_version": "v", "facts": {"persons": [{"nam": "Eva"}]}}
    [item] = _read(json.dumps(bad))
    assert item.article is None
    assert item.error is not None and item.error.startswith(
        "f.jsonl:1: not a valid facts line (facts.persons.0"
    )


def test_a_facts_line_without_pipeline_version_fails() -> None:
    [item] = _read(json.dumps({"id": "x", "text": TEXT, "facts": {}}))
    assert item.error is not None and "pipeline_version" in item.error


def test_a_facts_line_with_a_blank_text_fails() -> None:
    [item] = _read(json.dumps({"id": "x", "text": "  ", "pipeline_version": "v", "facts": {}}))
    assert item.error is not None and '"text" is empty' in item.error
