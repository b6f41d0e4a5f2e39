"""Shared fixture: the full pipeline, loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nlp.pipeline import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()
