"""Time phrases of office tenure: "seit 2019", "bis Ende 2023", "ab dem 1. Januar", "von 2018 bis 2022",
"seit 20 Jahren", a term ("für weitere fünf Jahre").

Each construction is one named `Matcher` pattern over token attributes (a preposition by `LOWER`, then a
date: a year by its shape, "Anfang/Mitte/Ende" + year, a month name from nlp/lexicons/months.txt with an
optional day and year, or a numeric "1.4.2024"); the longest match wins. A role title takes the phrase
that stands right before it ("seit 2021 Leiter"), right after it or after its organization ("Leiterin
des Bauamts seit 2019"), or, when no comma comes between, the one that opens its sentence ("Bis Ende
2023 war sie Leiterin"); a verb role ("X leitet seit 2019 das Bauamt") the one between its verb and the
organization, or the one that opens its sentence (nlp/relations/roles.py, verb_roles.py).
"""

from __future__ import annotations

from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from nlp.relations.lexicon import calendar_words, role_hit

_WINDOW = 16  # tokens read from a phrase's first word: the longest phrase has some eight
KEY = "kg_time_phrases"  # doc.user_data: the (start, end) token offsets of the phrases (plain ints)

# a year; at a sentence's end the tokenizer keeps the full stop on it ("2022.")
_YEAR = {"TEXT": {"REGEX": r"^(19|20)\d\d\.?$"}}
_DAY = {"TEXT": {"REGEX": r"^([1-9]|[12]\d|3[01])\.$"}}  # "1." (the tokenizer keeps the ordinal dot)
_NUMERIC = {"TEXT": {"REGEX": r"^([1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((19|20)\d\d)?$"}}  # "1.4.2024"
_PART = {"LOWER": {"IN": ["anfang", "mitte", "ende"]}}
_ARTICLE = {"LOWER": {"IN": ["dem", "zum"]}, "OP": "?"}
_PERIOD = {"LOWER": {"IN": ["jahr", "jahres", "monat", "monats", "woche"]}}
_RELATIVE = {"LOWER": {"IN": ["anfang", "mitte", "ende", "diesem", "dieser", "vergangener", "letzter"]}}
# a duration since the start: "seit Jahren", "seit 20 Jahren", "seit mehr als zehn Jahren", "seit vielen
# Monaten"
_AMOUNTS = "über rund fast knapp gut etwa mehr als vielen mehreren einigen wenigen langen nunmehr".split()
_AMOUNTS += "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig".split()
_AMOUNT = {"LOWER": {"IN": _AMOUNTS}, "OP": "*"}
_UNIT = {"LOWER": {"IN": ["jahren", "jahrzehnten", "monaten", "wochen"]}}
# a term of office: "für fünf Jahre", "für weitere vier Jahre", "für die nächsten zwei Jahre", "für ein Jahr"
_TERM_WORDS = ["weitere", "weiteres", "die", "nächsten", "kommenden", "ein", "eine", *_AMOUNTS]
_TERM_WORD = {"LOWER": {"IN": _TERM_WORDS}, "OP": "*"}
_TERM_UNIT = {"LOWER": {"IN": ["jahr", "jahre", "jahrzehnt", "monate", "wochen", "amtsperiode", "amtszeit"]}}
_EFFECTIVE_FROM: dict[str, Any] = {"LOWER": {"IN": ["zum", "vom", "ab"]}}  # "mit Wirkung zum 1. April"


def _month() -> dict[str, Any]:
    """A month, a weekday or a season ("seit März", "seit Montag", "seit Jahresbeginn": one word set,
    one pattern for all)."""
    return {"LOWER": {"IN": sorted(calendar_words())}}  # "seit Herbst"


def _dates() -> list[list[dict[str, Any]]]:
    """The date forms: "2019", "Ende 2023", "März (2022)", "1. März (2022)", "Anfang März", "1.4.2024",
    a weekday ("Montag"), "Anfang des Jahres", "diesem Monat", "vergangener Woche"."""
    year_opt = {**_YEAR, "OP": "?"}
    return [
        [_YEAR],
        [_PART, _YEAR],
        [{**_PART, "OP": "?"}, _month(), year_opt],
        [_DAY, _month(), year_opt],
        [_NUMERIC],
        [_RELATIVE, {"LOWER": "des", "OP": "?"}, _PERIOD],  # "Anfang des Jahres", "diesem Monat"
    ]


def _after(words: list[str], article: bool = True) -> list[list[dict[str, Any]]]:
    head: list[dict[str, Any]] = [{"LOWER": {"IN": words}}]
    if article:
        head.append(_ARTICLE)
    return [head + d for d in _dates()]


@cache
def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    years_or_months = [[_YEAR], [_month(), _YEAR]]
    return {
        "since": _after(["seit"]),  # seit 2019, seit dem 1. März
        "from": _after(["ab"]),  # ab 1. Januar, ab dem 1. Juli 2025
        "until": _after(["bis"]),  # bis 2023, bis Ende 2023, bis zum 31. März
        "on": _after(["zum", "per"], article=False),  # zum 1. April (appointed to start then)
        "at": [  # im Sommer, im März 2024, im Jahr 2020: when a change took or takes place
            [{"LOWER": "im"}, _month(), {**_YEAR, "OP": "?"}],
            [{"LOWER": "im"}, {"LOWER": {"IN": ["jahr", "jahre"]}}, _YEAR],
        ],
        "now": [[{"LOWER": "ab"}, {"LOWER": "sofort"}], [{"LOWER": "seit"}, {"LOWER": "kurzem"}]],
        # the date an appointment takes effect: "mit Wirkung zum 1. April", "mit Wirkung vom 1. Mai 2025",
        # "mit sofortiger Wirkung"
        "effective": [
            [{"LOWER": "mit"}, {"LOWER": "sofortiger"}, {"LOWER": "wirkung"}],
            *[[{"LOWER": "mit"}, {"LOWER": "wirkung"}, _EFFECTIVE_FROM, *d] for d in _dates()],
        ],
        "lately": [  # bis vor kurzem, bis zuletzt
            [{"LOWER": "bis"}, {"LOWER": "vor"}, {"LOWER": "kurzem"}],
            [{"LOWER": "bis"}, {"LOWER": "zuletzt"}],
        ],
        "for": [[{"LOWER": "seit"}, _AMOUNT, {"LIKE_NUM": True, "OP": "?"}, _UNIT]],  # seit über 20 Jahren
        "term": [[{"LOWER": "für"}, _TERM_WORD, {"LIKE_NUM": True, "OP": "?"}, _TERM_WORD, _TERM_UNIT]],
        "span": [  # von 2018 bis 2022, von März 2018 bis Juni 2020
            [{"LOWER": "von"}, *a, {"LOWER": "bis"}, *b] for a in years_or_months for b in years_or_months
        ],
    }


@cache
def _matchers(vocab: Vocab) -> dict[int, Matcher]:
    """One matcher per word that opens a pattern ("seit", "für", …), holding only the patterns it opens:
    a window read at such a word tries no pattern that cannot start there."""
    matchers: dict[int, Matcher] = {}
    for name, patterns in _patterns().items():
        for pattern in patterns:
            for word in _lowers(pattern[0]):
                key = vocab.strings.add(word)
                matchers.setdefault(key, Matcher(vocab)).add(name, [pattern])
    return matchers


@cache
def _second_words(vocab: Vocab) -> dict[int, frozenset[int]]:
    """For an opening word all of whose patterns ask for one of some words next ("mit" for "Wirkung" or
    "sofortiger", "im" for a month or "Jahr"), those words' LOWER values: a common opener ("mit") tries
    its matcher only where one follows."""
    seconds: dict[int, set[int] | None] = {}
    for patterns in _patterns().values():
        for pattern in patterns:
            second = pattern[1] if len(pattern) > 1 and pattern[1].keys() == {"LOWER"} else None
            for word in _lowers(pattern[0]):
                key = vocab.strings.add(word)
                words = seconds.setdefault(key, set())
                if second is None or words is None:
                    seconds[key] = None
                else:
                    words.update(vocab.strings.add(w) for w in _lowers(second))
    return {key: frozenset(words) for key, words in seconds.items() if words is not None}


def _matches(doc: Doc) -> list[Span]:
    """Every match, read in a window at each word that can open one (the first words of the patterns):
    few tokens are such a word, and the matcher over the whole doc would try every pattern at each."""
    matchers, openers, seconds = _matchers(doc.vocab), _openers(doc.vocab), _second_words(doc.vocab)
    lowers = doc.to_array(LOWER)
    found: list[Span] = []
    last = len(doc) - 1
    for i in numpy.flatnonzero(numpy.isin(lowers, openers)).tolist():
        second = seconds.get(int(lowers[i]))
        if second is not None and (i == last or int(lowers[i + 1]) not in second):
            continue
        window = doc[i : i + _WINDOW]
        found += [
            s
            for s in matchers[int(lowers[i])](window, as_spans=True)
            if s.start == i and not measured_noun(doc, s)
        ]
    return found


def measured_noun(doc: Doc, span: Span) -> bool:
    """A term before a noun it measures ("für 40 Jahre aktiven Dienst", "für 25 Jahre Mitgliedschaft"):
    the years of a service honoured, no term of office; a title after it stays one ("für fünf Jahre
    Vorsitzende")."""
    if span[0].lower_ != "für":
        return False
    k = span.end
    while k < len(doc) and doc[k].tag_ == "ADJA":
        k += 1  # "aktiven Dienst", "stellvertretende Vorsitzende"
    return k < len(doc) and doc[k].tag_ == "NN" and role_hit(doc[k].text) is None


@cache
def _openers(vocab: Vocab) -> numpy.ndarray:
    """The LOWER values a pattern's first token asks for ("seit", "ab", "bis", "zum", "per", "von"): the
    keys of the matchers."""
    return numpy.array(sorted(_matchers(vocab)), dtype=numpy.uint64)


def _lowers(token: dict[str, Any]) -> list[str]:
    value = token["LOWER"]  # every pattern opens with a preposition read by LOWER
    return list(value["IN"]) if isinstance(value, dict) else [value]


_INDEX: WeakKeyDictionary[Doc, tuple[dict[int, Span], dict[int, Span]]] = WeakKeyDictionary()


def phrases(doc: Doc) -> tuple[dict[int, Span], dict[int, Span]]:
    """The time phrases of `doc` by start and by end token (found once per doc, indexed once per doc:
    the rules ask for every title)."""
    index = _INDEX.get(doc)
    if index is not None and all(end <= len(doc) for end in index[1]):
        return index
    offsets = doc.user_data.get(KEY)
    if offsets is None or any(end > len(doc) for _, end in offsets):
        spans = filter_spans(_matches(doc))
        offsets = doc.user_data[KEY] = [(s.start, s.end) for s in spans]
    found = [doc[s:e] for s, e in offsets]
    index = _INDEX[doc] = ({s.start: s for s in found}, {s.end: s for s in found})
    return index


def text_of(phrase: Span) -> str:
    """The phrase as printed, its preposition in lower case ("Seit 2019" at a sentence start)."""
    text = (
        phrase.text.removesuffix(".")
        if phrase[-1].text[:1].isdigit() and len(phrase[-1]) == 5
        else phrase.text
    )
    return text[:1].lower() + text[1:]


def ending_at(doc: Doc, i: int) -> Span | None:
    return phrases(doc)[1].get(i)


def starting_at(doc: Doc, i: int) -> Span | None:
    return phrases(doc)[0].get(i)


def opening(doc: Doc, sent: Span, before: int) -> Span | None:
    """The phrase that opens sentence `sent`, if no comma stands between it and token `before`."""
    phrase = starting_at(doc, sent.start)
    if phrase is None or phrase.end > before:
        return None
    if any(t.text in {",", ";", ":"} for t in doc[phrase.end : before]):
        return None
    return phrase


FORMER_HINT = "ehemalig"  # the hint of an office no longer held (time_hints.txt, "a. D.", "zuvor")


def former(hint: str | None) -> bool:
    """Whether a role's time hint marks an office no longer held ("ehemalig", "ehemalig, bis 2023")."""
    return FORMER_HINT in (hint or "")


def join(first: str | None, second: str | None) -> str | None:
    """Two hints as one ("ehemalig, bis 2023")."""
    return ", ".join(h for h in (first, second) if h) or None
