"""Facts lines: an article record with its facts already extracted, one JSON object per line.

`kg extract-dask` writes them and `kg ingest` stores them without extracting again. A facts line is an
article record (`id`, `text`, `url`, `title`, `published`, `source`) plus `facts` (the contract of
nlp/facts.py) and `pipeline_version` (the pipeline that extracted them, recorded in the graph). The text
is kept exactly as written, since the facts' offsets point into it; anything else is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from corpus.article import Article
from corpus.errors import CorpusError, EmptyInputError
from corpus.loaded import Loaded
from corpus.text import ensure_not_binary
from nlp.facts import Facts

FACTS_KEY = "facts"


class FactsLine(BaseModel):
    """One line of a facts JSONL file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    pipeline_version: str = Field(min_length=1)
    facts: Facts


def facts_line(article: Article, facts: Facts, pipeline_version: str) -> str:
    """The JSON line (without its newline) that `kg ingest` reads back as `article` with `facts`."""
    line = FactsLine(
        **article.model_dump(exclude={"content_hash"}), pipeline_version=pipeline_version, facts=facts
    )
    return line.model_dump_json(exclude_none=True)


def is_facts_record(record: object) -> bool:
    return isinstance(record, Mapping) and FACTS_KEY in record


def loaded_from_facts_record(record: Mapping[str, object], *, source: str) -> Loaded:
    """The article and its facts, or a failure naming `source` and the first problem found."""
    try:
        line = FactsLine.model_validate(record)
        ensure_not_binary(line.text, source=f'{source}: "text"')
        if not line.text.strip():
            raise EmptyInputError(f'{source}: "text" is empty')
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        message = f"{source}: not a valid facts line ({where}: {first['msg']}); line skipped"
        return Loaded.failed(source, message, record_id=_id_of(record))
    except CorpusError as exc:
        return Loaded.failed(source, str(exc), record_id=_id_of(record))
    meta = line.model_dump(exclude={"text", "facts", "pipeline_version"}, exclude_none=True)
    article = Article.from_text(line.text, **meta)
    return Loaded(source=source, article=article, facts=line.facts, pipeline_version=line.pipeline_version)


def _id_of(record: Mapping[str, object]) -> str | None:
    ident = record.get("id")
    return ident if isinstance(ident, str) else None
