"""Tidying a talk topic read from a sentence: no leading "Thema", no unpaired quotation marks, no trailing
academic title, and no "topic" that is only a group of people ("Expert*innen"), a quantity ("40 Jahre") or
the noun of an idiom ("meldete sich zu Wort").

Plain string rules without spaCy, so that the extraction (nlp/relations/topics.py) and the service, which
shows topics stored before these rules existed, tidy them the same way.

>>> tidy_topic("Thema „Gemeinsame Plattformen für kleine Kommunen")
'Gemeinsame Plattformen für kleine Kommunen'
>>> tidy_topic("Expert*innen") is None
True
"""

from __future__ import annotations

import re

QUOTES = "„“”»«‚‘’\"'"
# "Thema", "zum Thema", "dem Thema", "Themen", with a colon or quotation marks after it.
_LEAD = re.compile(r"^(?:(?:zum|zu|dem|das)\s+)?Them(?:a|en)\b\s*:?\s*", re.IGNORECASE)
_TITLES = re.compile(r"(?:\s+(?:Prof\.|Dr\.|Dipl\.-[\w]+\.?|med\.|rer\.|nat\.|h\.\s?c\.|PD))+$")
# A group of people in a gender-inclusive plural (Expert*innen, Teilnehmer:innen, BürgerInnen).
_PEOPLE = re.compile(r"[\w-]+(?:[*:_/]innen|Innen)")
# Only an amount: "40 Jahre", "98 Prozent", "rund 700 Gästen".
_AMOUNT = re.compile(
    r"(?:(?:rund|etwa|über|knapp|fast|mehr als|circa|ca\.)\s+)?\d[\d.,]*\s*\w*\.?", re.IGNORECASE
)


# the noun of an idiom with "zu", read as the topic of "sprach zu …" ("meldete sich zu Wort", "zu Gast")
_IDIOM_NOUNS = frozenset({"wort", "gast", "besuch", "beginn", "ende", "ehren", "recht"})


def _balanced(text: str) -> bool:
    """Whether the quotation marks inside `text` could pair up (an even number of them)."""
    return sum(text.count(q) for q in QUOTES if q != "'") % 2 == 0


def tidy_topic(text: str | None) -> str | None:
    """The topic without leftovers of the sentence it was read from, or None if nothing of a topic remains."""
    if not text:
        return None
    topic = " ".join(text.split())
    previous = None
    while topic != previous:  # 'Thema „X' -> '„X' -> 'X'
        previous = topic
        topic = _LEAD.sub("", topic).strip(" " + QUOTES + ",;:–-")
        topic = _TITLES.sub("", topic)
    if not _balanced(topic):
        topic = " ".join("".join(c for c in topic if c not in QUOTES or c == "'").split())
    if len(topic) < 2 or not any(c.isalpha() for c in topic):
        return None
    if _PEOPLE.fullmatch(topic) or _AMOUNT.fullmatch(topic) or topic.casefold() in _IDIOM_NOUNS:
        return None
    return topic
