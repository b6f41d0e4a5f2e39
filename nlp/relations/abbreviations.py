"""Does a short form abbreviate a name? ("HKZ" – "Herz-Kreislauf-Zentrum Rotenburg", "THW" –
"Technisches Hilfswerk", "DFKI" – "Deutsches Forschungszentrum für Künstliche Intelligenz").

The letters of the short form are read in order against the name's words (split at spaces and
hyphens, function words skipped): the first letter starts the first word, every word up to the last
one used gives at least its first letter, and further letters may come from inside a word, as the
parts of a German compound do ("UVM" – "Unternehmensverband Mittelholstein", "AWO" –
"Arbeiterwohlfahrt"). Words after the last one used may be left over ("Rotenburg" above), as a
place or legal form usually is; the used words must then be at least two letters' worth.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from nlp.relations.lexicon import read_lines
from nlp.wordclusters import cluster

_SPLIT = re.compile(r"[\s\-–/]+")


@cache
def function_words() -> frozenset[str]:
    """Words an abbreviation skips ('für', 'der', 'und', …): nlp/lexicons/abbreviation_skip_words.txt."""
    return frozenset(w.casefold() for w in read_lines("abbreviation_skip_words.txt"))


def is_abbreviation(word: str) -> bool:
    """One word, mostly capitals: 'IHK', 'DFKI', 'HfWU', not 'Herz-Kreislauf-Zentrum'."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return " " not in word and upper >= 2 and upper * 2 >= len(letters)


def short_letters(short: str) -> str:
    """The letters of a short form, folded ('IHK' → 'ihk', 'Netz DD' → 'netzdd')."""
    return "".join(c for c in short if c.isalpha()).casefold()


def content_words(name: str) -> list[str]:
    return [w for w in _SPLIT.split(name) if w and w.casefold() not in function_words() and w[0].isalpha()]


def abbreviates(short: str, name: str) -> bool:
    """True if `short` (two to six capitals, as 'IHK') reads as an abbreviation of `name`."""
    letters = short_letters(short)
    if not 2 <= len(letters) <= 6 or sum(c.isupper() for c in short) < 2:
        return False
    words = [w.casefold() for w in content_words(name)]
    if not words or words[0] == letters:  # the name itself, or one that starts with it ("MPI für X")
        return False
    return _match(letters, words, 0, 0)


def _match(letters: str, words: list[str], li: int, wi: int) -> bool:
    """Letters from `li` on match words from `wi` on, letter `li` starting word `wi`."""
    if li == len(letters):
        return wi >= 1  # at least one word used; any left over are trailing
    if wi >= len(words) or words[wi][0] != letters[li]:
        return False
    return _inner(letters, words, li + 1, wi, 0) or _match(letters, words, li + 1, wi + 1)


def _inner(letters: str, words: list[str], li: int, wi: int, last: int) -> bool:
    """Letter `li` from inside word `wi` (whose letter `last` was the previous one matched): the next
    letter of the word ("AWO": Arbeiter-*wo*hlfahrt) or the first of a later compound part."""
    if li == len(letters):
        return True
    word = words[wi]
    for k in range(last + 1, len(word)):
        if word[k] == letters[li] and (k == last + 1 or compound_part(word, k)):
            if _inner(letters, words, li + 1, wi, k) or _match(letters, words, li + 1, wi + 1):
                return True
    return False


def compound_part(word: str, k: int) -> bool:
    """`word[k:]` is the head of a compound, a known word of at least four letters ("Hilfs|werk"; three
    as the last part: "Kriminal|amt"), or a chain of such words, each maybe with a linking "s"
    ("Hand|werks|kammer": "W" and "K" of "HWK")."""
    return k >= 3 and _splits(word, k)


@lru_cache(maxsize=65536)  # bounded: a server reads an unbounded stream of words
def _splits(word: str, k: int) -> bool:
    if _known(word[k:], shortest=3):  # the last part may be short: "Landeskriminal|amt" ("LKA")
        return True
    for m in range(k + 4, len(word) - 2):
        if _known(word[k:m]) and (_splits(word, m) or word[m] == "s" and _splits(word, m + 1)):
            return True
    return False


def _known(part: str, shortest: int = 4) -> bool:
    """A word of the language of at least `shortest` letters (word clusters), also without a final "s"."""
    tail = part.capitalize()
    return any(len(t) >= shortest and cluster(t) is not None for t in (tail, tail.removesuffix("s")))
