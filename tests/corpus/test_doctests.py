"""The examples in the corpus modules' docstrings hold."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

import corpus.dates
import corpus.text


@pytest.mark.parametrize("module", [corpus.dates, corpus.text], ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
