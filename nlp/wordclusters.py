"""Brown clusters of German words (nlp/lexicons/word_clusters.tsv.gz) as generalising word classes."""

from __future__ import annotations

import gzip
import sys
from functools import cache
from pathlib import Path

CLUSTER_FILE = Path(__file__).resolve().parent / "lexicons" / "word_clusters.tsv.gz"
PREFIXES = (4, 8, 12)
NAME_DEPTH = 7  # cluster paths this short hold proper names (people, places, institutions)


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    with gzip.open(CLUSTER_FILE, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, bits = line.rstrip("\n").partition("\t")
            table[word] = sys.intern(bits)
    return table


def cluster(word: str) -> str | None:
    """The bit path of a word's cluster ('10000101' for Leiter), trying the word, then its other case."""
    table = _table()
    bits = table.get(word)
    if bits is None:
        bits = table.get(word.lower() if word[:1].isupper() else word.capitalize())
    return bits


def is_proper_name(word: str) -> bool:
    """A capitalised word that is a name rather than a common noun: in one of the shallow name classes
    of the cluster tree (people, places, institutions: 'Leibniz', 'Bayern'; common nouns such as
    'Bund', 'Grußworte' sit deeper), or rare (no word class among the 300,000 words) and no compound
    of a common noun."""
    if not (word[:1].isupper() and word[1:].replace("-", "").islower() and len(word) > 2):
        return False
    bits = cluster(word)
    if bits is None:
        return not common_compound(word)
    return len(bits) <= NAME_DEPTH


def is_common_noun(word: str) -> bool:
    """A word of the deeper classes of the cluster tree ('Besuch', 'Werk'); unknown words are not."""
    bits = cluster(word)
    return bits is not None and len(bits) > NAME_DEPTH


def common_compound(word: str, shortest: int = 4) -> bool:
    """A rare word that ends in a known common noun (of `shortest` letters or more) is a compound of
    common nouns ("Mängelmelder" ends in "Melder"), not a name."""
    for k in range(3, len(word) - shortest + 1):
        tail = word[k:].capitalize()
        bits = cluster(tail)
        if bits is not None and len(bits) > NAME_DEPTH:
            return True
    return False


def cluster_features(word: str, tag: str = "c") -> list[str]:
    """Prefix features of a word's cluster path ('c4=1000', 'c8=10000101', ...); empty when unknown."""
    bits = cluster(word)
    if bits is None:
        return []
    return [f"{tag}{n}={bits[:n]}" for n in PREFIXES if len(bits) >= n] + [f"{tag}={bits}"]
