"""The article text and the mention spans live in the article's named graph: replaced with it, deleted
with it."""

from __future__ import annotations

from pathlib import Path

from corpus.article import Article
from graph.store import KnowledgeStore
from nlp.facts import Facts, Person

URL = "https://example.org/a/1"


def article(text: str) -> tuple[Article, Facts]:
    a = Article.from_text(text, url=URL, title="Test")
    i = text.index("Ida Berg")
    return a, Facts(id=a.id, persons=[Person(name="Ida Berg", mentions=[(i, i + 8)])])


def stored(ks: KnowledgeStore) -> list[tuple[str, str]]:
    q = "SELECT ?text ?spans WHERE { ?a schema:articleBody ?text ; kg:mentionSpans ?spans }"
    return sorted((r["text"].value, r["spans"].value) for r in ks.query(q))


def test_text_and_mention_spans_are_stored(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(*article("Heute sprach Ida Berg."), pipeline_version="t")
        assert stored(ks) == [("Heute sprach Ida Berg.", "person/ida-berg 13-21")]


def test_a_new_version_replaces_text_and_spans(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(*article("Heute sprach Ida Berg."), pipeline_version="t")
        ks.ingest(*article("Ida Berg sprach gestern."), pipeline_version="t")
        assert stored(ks) == [("Ida Berg sprach gestern.", "person/ida-berg 0-8")]


def test_delete_removes_text_and_spans(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(*article("Heute sprach Ida Berg."), pipeline_version="t")
        ks.delete(URL)
        assert stored(ks) == []


def test_spans_outside_the_text_are_not_stored(tmp_path: Path) -> None:
    a = Article.from_text("Ida Berg kam.", url=URL)
    facts = Facts(id=a.id, persons=[Person(name="Ida Berg", mentions=[(0, 8), (40, 48)])])
    with KnowledgeStore(tmp_path / "kg") as ks:
        ks.ingest(a, facts, pipeline_version="t")
        assert stored(ks) == [("Ida Berg kam.", "person/ida-berg 0-8")]
