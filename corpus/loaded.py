"""`Loaded`: the outcome of reading one article from a batch — the article, or why it failed."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from corpus.article import Article
from nlp.facts import Facts


class Loaded(BaseModel):
    """One item of a batch read. Exactly one of `article` and `error` is set.

    `source` says where the item came from: a path, `path:LINE` for JSONL, `path#N` for feed entries.
    `record_id` is the `id` a failed JSONL line carried, so `kg extract --jsonl` can still answer it.
    `facts` and `pipeline_version` are set for a facts line (corpus/precomputed.py): the article was
    extracted before, and is stored without extracting it again.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    article: Article | None = None
    error: str | None = None
    record_id: str | None = None
    facts: Facts | None = None
    pipeline_version: str | None = None

    @classmethod
    def ok(cls, source: str, article: Article) -> Loaded:
        return cls(source=source, article=article)

    @classmethod
    def failed(cls, source: str, error: str, *, record_id: str | None = None) -> Loaded:
        return cls(source=source, error=error, record_id=record_id)
