"""Extraction of a batch for `kg ingest` and `kg extract --jsonl`: each record gets facts or a named failure.

Records are extracted in slices with the model's batching (`nlp.pipe`). If a slice fails, its records
are extracted one by one, so the record that fails is named and the others still get their facts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language

from corpus.article import Article
from nlp.extract import extract, extract_batch
from nlp.facts import Facts

logger = logging.getLogger(__name__)

SLICE = 64
_MAX_REASON = 200


@dataclass(frozen=True)
class Extracted:
    """The outcome for one record: `facts`, or `error` (one line naming `source`, e.g. `file:LINE`).

    `article` is None for a record that could not be read; `pipeline_version` names the pipeline that
    extracted `facts` (set by service/pool.py, or read from a facts line).
    """

    source: str
    article: Article | None
    facts: Facts | None = None
    error: str | None = None
    pipeline_version: str | None = None


def extract_records(records: Sequence[tuple[str, Article]], nlp: Language) -> Iterator[Extracted]:
    """An `Extracted` per `(source, article)`, in order; an extraction error fails only its record."""
    for start in range(0, len(records), SLICE):
        part = records[start : start + SLICE]
        try:
            facts = list(extract_batch(((a.id, a.text) for _, a in part), nlp=nlp))
        except Exception:  # any error of the model: find the record that causes it
            logger.info("extraction of a slice failed; extracting its records one by one", exc_info=True)
            yield from (_one(source, article, nlp) for source, article in part)
            continue
        for (source, article), found in zip(part, facts, strict=True):
            yield Extracted(source, article, facts=found)


def _one(source: str, article: Article, nlp: Language) -> Extracted:
    try:
        return Extracted(source, article, facts=extract(article.text, id=article.id, nlp=nlp))
    except Exception as exc:  # a bad record must not end the batch; it is named and counted
        logger.info("extraction of %s failed", source, exc_info=True)
        return Extracted(source, article, error=f"{source}: extraction failed ({reason(exc)})")


def reason(exc: BaseException) -> str:
    """`Type: first line of the message`, at most a couple of hundred characters."""
    lines = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    return text if len(text) <= _MAX_REASON else text[: _MAX_REASON - 1] + "…"
