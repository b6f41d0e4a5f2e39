"""Facts from text with the NLP pipeline (loaded once, on first use) and the pipeline's version string."""

from __future__ import annotations

import logging
from typing import Any

from nlp.facts import Facts
from service.state import ServiceState

logger = logging.getLogger(__name__)


def extract_facts(state: ServiceState, text: str, article_id: str | None = None) -> Facts:
    """Run the extraction pipeline on `text`; nothing is stored."""
    from nlp.extract import extract

    facts: Facts = extract(text, id=article_id, nlp=state.pipeline)
    return facts


def pipeline_version(state: ServiceState) -> str:
    """Name and version of the loaded pipeline, recorded as provenance of ingested facts."""
    meta: dict[str, Any] = getattr(state.pipeline, "meta", {}) or {}
    return f"{meta.get('lang', 'de')}_{meta.get('name', 'kg')}-{meta.get('version', '0')}"


def fact_counts(facts: Facts) -> dict[str, int]:
    """Number of records per list field of the facts, empty lists left out."""
    counts = {name: len(getattr(facts, name)) for name in Facts.model_fields if name != "id"}
    return {k: v for k, v in counts.items() if v}
