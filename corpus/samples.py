"""The shipped sample corpus: German press texts written for this project, each with a gold-facts file."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from corpus.article import Article
from corpus.gold import Gold, gold_pairs, load_gold
from corpus.loader import read_article


def sample_dir() -> Path:
    """The folder holding `NAME.txt` and `NAME.gold.json` of the sample corpus (inside the package)."""
    return Path(str(files("corpus").joinpath("samples")))


def load_samples() -> list[Article]:
    """The sample articles, sorted by file name (title from the first line, id = content hash)."""
    return [read_article(text) for text, _ in gold_pairs(sample_dir())]


def load_sample_gold() -> list[tuple[Article, Gold]]:
    """Each sample article with its gold facts, for tests and `kg eval`."""
    return [(read_article(text), load_gold(gold)) for text, gold in gold_pairs(sample_dir())]
