"""Shared pieces of the relation components: raw fact records, Doc extensions, token helpers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.relations.lexicon import word_set


def word_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """The positions of the tokens whose lower-case form is one of `words`, found on the doc's array of
    lower-case forms (most tokens are never looked at)."""
    wanted = numpy.array([doc.vocab.strings.add(w) for w in sorted(words)], dtype="uint64")
    return numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), wanted)).tolist()

# Prepositions and articles that may stand between a name and what it relates to.
DEFINITE_ARTICLES = frozenset("der die das des dem den".split())
ARTICLES = DEFINITE_ARTICLES | frozenset("ein eine einer eines einem einen".split())
PREPOSITIONS = frozenset(
    """an auf aus bei beim durch für gegen in im mit nach ohne seit über um unter von vom vor zu zum zur
    zwischen neben wie als""".split()
)
COURTESY = frozenset({"herr", "herrn", "frau"})
CONJUNCTIONS = frozenset({"und", "sowie", "oder", ",", "bzw."})
TITLE_ABBREVIATIONS = frozenset({"stv", "stellv", "komm", "ehem"})  # "stv. Direktorin"
QUOTE_OPEN = frozenset({"„", "“", '"', "»", "‚", "«"})
QUOTE_CLOSE = frozenset({"“", "”", '"', "«", "‘", "»"})


@dataclass
class RawRole:
    person: Span
    role: str
    role_key: str
    org: Span | None
    org_name: str | None
    time: str | None
    sent: Span
    confidence: float
    coordinated: bool = False  # joined to the previous title by "und": they share an organization
    party: str | None = None  # the party a prefix of the title names ("SPD-Abgeordnete")
    inherited: bool = False  # a predecessor's title read from the successor's (role_changes.py)


@dataclass
class RawLink:
    """A person-to-something link (affiliation, speaker, project link) read in one sentence."""

    person: Span
    target: str | None
    sent: Span
    confidence: float
    kind: str = ""
    extra: dict[str, str | None] = field(default_factory=dict)


@dataclass
class RawQuote:
    person: Span
    quote: str
    start: int
    end: int
    confidence: float
    form: str = "direct"  # "direct" (quoted words) or "indirect" (reported speech)


@dataclass
class NamedThing:
    """A project or event: a name, its surface aliases and mentions (character offsets)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    organizer: str | None = None
    location: str | None = None


DOC_EXTENSIONS = (
    "kg_boilerplate",  # list[tuple[int, int]]: character ranges that are website chrome
    "kg_people",  # list[PersonCluster] (nlp.relations.coref)
    "kg_orgs",  # list[OrgCluster] (nlp.relations.coref)
    "kg_person_at",  # dict[int, str]: token index -> person name
    "kg_org_at",  # dict[int, str]: token index -> organization name
    "kg_part_of",  # dict[str, str]: organization name -> parent organization name
    "kg_roles",
    "kg_affiliations",
    "kg_projects",
    "kg_project_links",
    "kg_events",
    "kg_speakers",
    "kg_quotes",
)


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


_BOILERPLATE: WeakKeyDictionary[Doc, tuple[tuple[int, int], ...]] = WeakKeyDictionary()


def in_boilerplate(doc: Doc, start_char: int) -> bool:
    """Whether a character offset lies in website chrome (`doc._.kg_boilerplate`, read once per doc
    when set: the relation components ask for every mention)."""
    ranges = _BOILERPLATE.get(doc)
    if ranges is None:
        found = doc._.kg_boilerplate
        if found is None:
            return False
        ranges = _BOILERPLATE[doc] = tuple(found)
    return any(s <= start_char < e for s, e in ranges)


_BYLINE_WORDS = frozenset(
    {"von", "text", "foto", "fotos", "bild", "bilder", "autor", "autorin", "und", "redaktion"}
)


def in_byline(span: Span) -> bool:
    """The name is an author's or photographer's line ("von Eva Roth", "Text und Foto: Jan Alt"):
    its line holds nothing but the name, credit words and punctuation."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    rest = text[start : span.start_char] + " " + text[span.end_char : end if end >= 0 else len(text)]
    words = [w.strip(":/|()©,.").lower() for w in rest.split()]
    return all(not w or w in _BYLINE_WORDS for w in words) and any(words)


def content_sents(doc: Doc) -> list[Span]:
    """Sentences outside website boilerplate.

    Splits inside a quoted name ("„Lern.Bar“") or after a title abbreviation ("stv.") are undone.
    Computed once per doc (the relation components all ask for it) and kept in `doc.user_data`.
    """
    cached = doc.user_data.get(_CONTENT_SENTS)
    if cached is not None and cached[0] == len(doc._.kg_boilerplate or ()):
        return list(cached[1])
    result = _content_sents(doc)
    doc.user_data[_CONTENT_SENTS] = (len(doc._.kg_boilerplate or ()), tuple(result))
    return result


_CONTENT_SENTS = "kg_content_sents"


def _content_sents(doc: Doc) -> list[Span]:
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    merged: list[Span] = []
    for sent in sents:
        glued = merged and merged[-1].end_char == sent.start_char and _open_quote(merged[-1].text)
        abbreviated = (
            merged
            and len(merged[-1]) > 1
            and merged[-1][-1].text == "."
            and (merged[-1][-2].lower_ in TITLE_ABBREVIATIONS)
        )
        if glued or abbreviated:
            merged[-1] = doc[merged[-1].start : sent.end]
        else:
            merged.append(sent)
    return [_trimmed(s) for s in merged if not in_boilerplate(doc, s.start_char)]


def follows(prev: Span, sent: Span) -> bool:
    """`sent` comes right after `prev`: nothing but whitespace (a line break) between them."""
    return prev.end <= sent.start and all(t.is_space for t in sent.doc[prev.end : sent.start])


def sentence_after(sent: Span) -> Span | None:
    """The sentence after `sent` (past the whitespace that closes it), if any."""
    doc, k = sent.doc, sent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    return doc[k].sent if k < len(doc) else None


def _trimmed(sent: Span) -> Span:
    """The sentence without the whitespace tokens that close it (a paragraph's "\n\n"): its last token
    is its last word or mark, as the rules that read a sentence's end expect."""
    end = sent.end
    while end > sent.start + 1 and sent.doc[end - 1].is_space:
        end -= 1
    return sent if end == sent.end else sent.doc[sent.start : end]


def _open_quote(text: str) -> bool:
    return text.count("„") > text.count("“") + text.count("”")


# spaCy keeps a doc extension's value in `doc.user_data` under this key; reading it there skips the
# `doc._` proxy object, which the hottest lookups of the rules would otherwise build a million times
_PERSON_AT: Any = ("._.", "kg_person_at", None, None)  # (typed Any: spaCy types the keys as str)
_ORG_AT: Any = ("._.", "kg_org_at", None, None)


def person_at(doc: Doc, i: int) -> str | None:
    return (doc.user_data.get(_PERSON_AT) or {}).get(i)


def org_at(doc: Doc, i: int) -> str | None:
    return (doc.user_data.get(_ORG_AT) or {}).get(i)


def person_from(doc: Doc, i: int, limit: int) -> Span | None:
    """The person mention that starts at token `i` (up to `limit`), if one does."""
    name = person_at(doc, i) if i < limit else None
    if name is None:
        return None
    end = i
    while end < limit and person_at(doc, end) == name:
        end += 1
    return doc[i:end]


FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})  # STTS finite verbs
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})  # STTS prepositions, also fused with an article ("beim")
PERFECT_AUX = frozenset({"hat", "haben", "hatte", "hatten"})  # the auxiliary of a perfect ("hat … gewählt")
# lemmas of the finite verbs whose clause a non-finite verb closes: of the future and the modals ("wird
# X leiten", "soll X übernehmen"), and with the perfect's and the copula's ("hat X geleitet", "ist X tätig")
FUTURE_LEMMAS = frozenset({"werden", "sollen", "wollen", "können", "dürfen", "müssen"})
AUXILIARY_LEMMAS = FUTURE_LEMMAS | {"haben", "sein"}
_POSSESSOR_GENDER = {"sein": "m", "ihr": "f"}
_POSSESSIVES = {
    stem + end: g for stem, g in _POSSESSOR_GENDER.items() for end in ("", "e", "er", "em", "en", "es")
}


POSSESSIVE_WORDS = frozenset(_POSSESSIVES)  # "sein", "ihre", "seinem", …


def possessive_gender(word: str) -> str | None:
    """The gender of the possessor a possessive determiner shows ("seiner" -> 'm', "ihre" -> 'f')."""
    return _POSSESSIVES.get(word.lower())


def agreement_gender(tok: Token) -> str | None:
    """The possessive a word agrees with, from its morphology: 'f' ("ihr") for feminine or plural,
    'm' ("sein") for masculine or neuter, else None ("die Stadtwerke" -> 'f', "der Verein" -> 'm')."""
    if "Plur" in tok.morph.get("Number", []):
        return "f"
    gender = tok.morph.get("Gender", [])
    if gender == ["Fem"]:
        return "f"
    return "m" if gender in (["Masc"], ["Neut"]) else None


def org_gender(doc: Doc, org: Span) -> str | None:
    """'m' (masculine or neuter) or 'f' (feminine or plural) for an organization mention, from the
    article before it or its first noun ("die Stadtwerke", "der Verein X"), else None."""
    first = doc[org.start - 1] if org.start > 0 and doc[org.start - 1].pos_ == "DET" else org[0]
    return agreement_gender(first) if first.pos_ in {"DET", "NOUN"} else None


def person_ending(doc: Doc, k: int, start: int) -> Span | None:
    """The person mention whose last token is `k` (from `start` on), if one does."""
    return _mention_ending(person_at, doc, k, start)


def org_ending(doc: Doc, k: int, start: int) -> Span | None:
    """The organization mention whose last token is `k` (from `start` on), if one is."""
    return _mention_ending(org_at, doc, k, start)


def _mention_ending(at: Callable[[Doc, int], str | None], doc: Doc, k: int, start: int) -> Span | None:
    name = at(doc, k) if k >= start else None
    if name is None:
        return None
    first = k
    while first > start and at(doc, first - 1) == name:
        first -= 1
    return doc[first : k + 1]


def skip_bracket_back(doc: Doc, k: int, start: int) -> int:
    """The token before a bracket that ends at k ("X (CDU)" -> X), or k itself."""
    if doc[k].text != ")":
        return k
    for j in range(k - 1, max(start - 1, k - 8), -1):
        if doc[j].text == "(":
            return j - 1 if j > start else k
    return k


# prepositions of a person's place or source: "X vom Verband Y", "laut X beim Amt Y"
LINK_PREPS = frozenset({"vom", "von", "beim", "bei"})

RELATIVE_PRONOUNS = frozenset({"der", "die", "welcher", "welche"})


NON_FINITE = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VVIZU"})  # participles, infinitives


def relative_antecedent(doc: Doc, comma: int, start: int) -> Span | None:
    """'X, die …': the person right before the comma at `comma` when a relative pronoun follows it, or
    right before the participle or infinitive closing the clause there (the relative clause moved
    behind it: "Für 40 Jahre wurde X ausgezeichnet, der den Verein leitete")."""
    if doc[comma].text != "," or comma + 1 >= len(doc) or doc[comma + 1].lower_ not in RELATIVE_PRONOUNS:
        return None
    return past_closing_verb(doc, comma - 1, start, person_ending)


def past_closing_verb(
    doc: Doc, k: int, start: int, ending: Callable[[Doc, int, int], Span | None]
) -> Span | None:
    """What `ending` (person_ending, org_ending) finds ending at token `k`, or, where `k` is the
    participle or infinitive that closes a clause, ending right before it: the antecedent of a relative
    clause moved behind that verb ("… wurde X geehrt, der …", "im Bauamt angesiedelt, das …")."""
    found = ending(doc, k, start)
    if found is None and k - 1 >= start and doc[k].tag_ in NON_FINITE:
        found = ending(doc, k - 1, start)
    return found


def ents_in(span: Span, label: str) -> list[Span]:
    return [e for e in span.doc.ents if e.label_ == label and span.start <= e.start and e.end <= span.end]


_RUNS: Any = "kg_person_runs"  # doc.user_data: (the kg_person_at dict, its size, run starts, runs)


def person_runs(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """The runs of tokens of one person each (start, end), in order, and their starts; built once per
    state of `kg_person_at` (the rules ask for every sentence; the mapping only grows)."""
    at: dict[int, str] = doc.user_data.get(_PERSON_AT) or {}
    cached = doc.user_data.get(_RUNS)
    if cached is not None and cached[0] is at and cached[1] == len(at):
        return cached[2], cached[3]
    runs: list[tuple[int, int]] = []
    for i in sorted(at):
        if runs and runs[-1][1] == i and at.get(i - 1) == at[i]:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    starts = [r[0] for r in runs]
    doc.user_data[_RUNS] = (at, len(at), starts, runs)
    return starts, runs


def person_spans(sent: Span) -> list[Span]:
    """Person mentions in a sentence (resolved to a person cluster), left to right."""
    doc = sent.doc
    starts, runs = person_runs(doc)
    k = bisect_right(starts, sent.start) - 1  # a run that starts before the sentence and reaches into it
    out: list[Span] = []
    for start, end in runs[max(k, 0) :]:
        if start >= sent.end:
            break
        if end > sent.start:
            out.append(doc[max(start, sent.start) : min(end, sent.end)])
    return out


def org_after_articles(doc: Doc, j: int, end: int) -> Span | None:
    """The organization starting at `j` or after articles only ("vom Kreis X", "von der Stadt Y")."""
    org = org_span_starting(doc, j, end)
    if org is None or not all(doc[k].lower_ in ARTICLES for k in range(j, org.start)):
        return None
    return org


def org_span_starting(doc: Doc, i: int, limit: int) -> Span | None:
    """The organization mention starting at token `i` (skipping articles, adjectives and a noun of
    the body's kind that is no part of its name: "die Firma X", "beim Start-up X"), if any."""
    j = i
    while (
        j < limit
        and org_at(doc, j) is None
        and (doc[j].lower_ in ARTICLES or doc[j].is_lower and j - i < 2 or doc[j].text in QUOTE_OPEN)
    ):
        j += 1
    if j + 1 < limit and org_at(doc, j) is None and kind_noun(doc[j].lower_) and org_at(doc, j + 1):
        j += 1
    if j >= limit or org_at(doc, j) is None:
        return None
    name = org_at(doc, j)
    k = j + 1
    while k < limit and org_at(doc, k) == name:
        k += 1
    return doc[j:k]


@cache
def _kind_nouns() -> frozenset[str]:
    return word_set("trade_heads.txt")


def kind_noun(low: str) -> bool:
    """A noun of a body's trade or kind (nlp/lexicons/trade_heads.txt), also inflected ("Unternehmens")."""
    nouns = _kind_nouns()
    return low in nouns or low[:-1] in nouns or low[-2:] == "es" and low[:-2] in nouns


def is_word(tok: Token) -> bool:
    return tok.is_alpha or "-" in tok.text and any(c.isalpha() for c in tok.text)


def clause_around(
    sent: Span, first: int, end: int, marks: frozenset[str] = frozenset({",", ";"})
) -> tuple[int, int]:
    """The stretch of `sent` around tokens `first`..`end` (exclusive) that no punctuation of `marks`
    cuts: from after the last mark before `first` to the first mark from `end` on."""
    doc = sent.doc
    start, stop = first, end
    while start > sent.start and doc[start - 1].text not in marks:
        start -= 1
    while stop < sent.end and doc[stop].text not in marks:
        stop += 1
    return start, stop


def place_end(doc: Doc, k: int, limit: int) -> int | None:
    """The end of the noun phrase of a place from `k` (an article, adjectives, capitalised words);
    None if no noun follows."""
    if k < limit and doc[k].lower_ in ARTICLES:
        k += 1
    while k < limit and doc[k].tag_ == "ADJA":
        k += 1
    start = k
    while k < limit and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k if k > start else None
