"""The readers and the gold model against the real articles in ../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.gold import gold_pairs, load_gold
from corpus.loader import read_article

SHARED_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def pairs() -> list[tuple[Path, Path]]:
    if not SHARED_CORPUS.is_dir():
        pytest.fail(f"{SHARED_CORPUS} is missing: these tests need ../shared beside the checkout")
    return gold_pairs(SHARED_CORPUS)


def test_every_shared_text_has_its_gold(pairs: list[tuple[Path, Path]]) -> None:
    assert len(pairs) == len(list(SHARED_CORPUS.glob("*.gold.json"))) >= 11


def test_shared_gold_files_match_the_gold_schema(pairs: list[tuple[Path, Path]]) -> None:
    for _, gold in pairs:
        assert load_gold(gold).persons, gold.name


def test_shared_texts_read_as_articles_with_every_gold_person(pairs: list[tuple[Path, Path]]) -> None:
    for text, gold in pairs:
        article = read_article(text)
        missing = [p.name for p in load_gold(gold).persons if p.name not in article.text]
        assert not missing, (text.name, missing)


def test_seed_reads_with_its_headline_as_title(pairs: list[tuple[Path, Path]]) -> None:
    seed = read_article(SHARED_CORPUS / "seed-ikone-ds-krisenmanagement.txt")
    assert seed.title == "Gemeinsam Krisen meistern"
