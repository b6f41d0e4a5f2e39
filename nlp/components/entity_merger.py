"""Reconcile statistical NER spans with the rule person/organization spans into doc.ents by one policy.

Policy (in this order):

1. Clean model spans: leading titles become the person's `titles`, leading role words, articles and
   prepositions are cut ("Landrätin Dr. X" -> "X", "vom DFKI" -> "DFKI"); a PER span left with no
   name-like word, or that is a role word, or whose text is a location found elsewhere, is dropped;
   an ORG loses leading lower-case words ("rheinland-pfälzischen Ministerium ...").
   Evidence (model PER and role-word-only rule PER): one word must be the surname of a person named
   in full ("Berndt" after "Jan Ole Berndt"), or, after a role word, a listed surname ("Landrat
   Koch", nlp/lexicons/surnames.txt); several words need a lexicon given name, a title or
   role word before them, or a later mention of their last word as a PER.
2. Score: a model span gets ``model_confidence``; a rule span its cue's confidence (title or role
   word before a first name 0.95+, first name + surname 0.85, head noun with name or chain 0.88-0.92,
   bare abbreviation 0.55).
3. Agreement: a rule and a model span with the same label and the same tokens get +0.1 and source
   "model+rule". With the same label but other boundaries the longest, most specific span wins
   (+0.01 over the other): for persons only if its extra words are name words, never titles/roles.
4. Select greedily by confidence, then length: a span overlapping an already selected one is dropped.
   So rule spans with high-confidence cues override model spans of other labels, and weak rule
   candidates (< ``min_confidence``, e.g. an ambiguous first name the model did not confirm) drop out.
5. Names: a person's name with a genitive -s that the text also names without it loses the -s
   ("Gröntgens" -> "Gröntgen").
6. Abbreviations: "Name (ABBR)" records ABBR in the organization's `aliases` and
   ``doc._.org_aliases``; every other bare ABBR in the document becomes that ORG (`canonical_name`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp.components import extensions  # noqa: F401  (registers the Span extensions)
from nlp.components.lexicon import (
    SerializedLexicons,
    SuffixLexicon,
    bracketed_party_end,
    read_lines,
    stop_words_capitalized,
)
from nlp.components.org_grammar import (
    ENGLISH_LINKS,
    Head,
    OrgGrammar,
    OrgParse,
    described,
    english_name_end,
    inverted_object,
)
from nlp.components.org_names import INDEFINITE, SPELLED_OUT_KEY, spelled_out_things
from nlp.components.person_names import GROUP_WORDS, capitalised_modifier
from nlp.components.titles import TitleMatcher
from nlp.names import (
    ADJECTIVE_STEM,
    ARTICLE_PREFIXED,
    CREDIT_LABELS,
    LEADING_FUNCTION_WORDS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    firm_after,
    is_acronym,
    name_object_of_inverted_subject,
    nominative_adjective,
    object_after_subject_name,
)
from nlp.relations.base import DEFINITE_ARTICLES
from nlp.relations.lexicon import TERRITORIES, multiword_roles, trade_word
from nlp.wordclusters import cluster as word_class
from nlp.wordclusters import common_compound, is_common_noun, is_proper_name

JOINING = frozenset({"und", "sowie"})
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ][a-zäöüß]+$")  # "HerdaNeuer": a lower-case letter, then a word
_INSTITUTION_ENDINGS = ("amt", "regierung", "präsidium", "verwaltung", "werke", "feuerwehr")
ATTRS = ("titles", "norm_name", "head_name", "part_of_span", "aliases", "canonical_name", "cue")


_NAMED_PERSON = 0.9  # a rule person's confidence with a known surname, a title or a role word
_MIN_PREFIX = 3  # letters before a role word inside a compound ("Wissenschafts|senatorin")
_MIN_ROLE = 5  # letters of that role word ("Rätin" and shorter heads are left out)


_OBJECT_ARTICLES = frozenset({"dem", "den", "einem", "einen"})
_VON = frozenset({"von", "vom"})
_LIST_JOINERS = frozenset({",", "und", "sowie"})
_QUOTES_OPEN = frozenset({"„", "»", '"', "‚"})
_QUOTES_CLOSE = frozenset({"“", "«", '"', "‘", "”"})


_BEFORE_A_POST = frozenset({"ADJA", "VAFIN", "PPER"})  # "neuer", "war", "er" + a role word: a post


_LEVELS = TERRITORIES | {"bund", "europa", "kommune"}


def levels(first: str, second: str) -> bool:
    """Whether two first parts of compounds are levels of government ("Bezirks", "Kreis"; "Bundes",
    "Landes"), a linking -s or -es dropped."""

    def level(part: str) -> bool:
        low = part.lower().rstrip("-")
        return any(form in _LEVELS for form in (low, low.removesuffix("s"), low.removesuffix("es")))

    return level(first) and level(second)


def in_quotes(span: Span) -> bool:
    """Whether quotation marks enclose the span and a word stands before them."""
    doc = span.doc
    k = span.start - 1
    closed = span.end < len(doc) and doc[span.end].text in _QUOTES_CLOSE
    return k > 0 and doc[k].text in _QUOTES_OPEN and closed


def adjective_first(span: Span) -> bool:
    """The span opens with an adjective: tagged so, or untagged with a place adjective's "-er"."""
    first = span[0]
    return first.tag_ == "ADJA" if first.tag_ else first.text[:1].isupper() and first.text.endswith("er")


def slashed_place(doc: Doc, start: int, end: int, surnames: frozenset[str]) -> bool:
    """'Bernkastel/Wittlich' after a body's name: a capitalised word ending the span, a slash written
    without spaces, and a capitalised word in no entity but a place's (a second place of the name); not
    a credit line's photographer ("Foto: Stadt X/Kessler"), no listed surname."""
    if end - start < 2 or end + 1 >= len(doc) or doc[end].text != "/" or doc[end + 1].text in surnames:
        return False
    if any(t.lower_ in CREDIT_LABELS for t in doc[max(0, start - 3) : start]):
        return False
    last, slash, after = doc[end - 1], doc[end], doc[end + 1]
    glued = not last.whitespace_ and not slash.whitespace_
    free = after.ent_type_ in {"", "LOC"} or after.ent_iob_ == "I"  # (or in the model's span of the name)
    return glued and last.is_title and after.is_title and after.is_alpha and free


def several_word_title(span: Span) -> bool:
    """The span is a title of several words ("Vice President", "Chief Digital Officer"), no name even
    where a word of it is a given name ("Vice")."""
    return len(span) > 1 and " ".join(t.lower_ for t in span) in multiword_roles()


def with_slashed_place(doc: Doc, cand: Candidate, surnames: frozenset[str]) -> Candidate:
    """A rule's organization that ends before "/" and a second place takes it in ("Bernkastel/Wittlich")."""
    span = cand.span
    if span.label_ != "ORG" or not slashed_place(doc, span.start, span.end, surnames):
        return cand
    longer = Span(doc, span.start, span.end + 2, label="ORG")
    return Candidate(longer, cand.confidence, cand.source, {**cand.attrs, "norm_name": longer.text})


def attributive_word(tok: Token) -> bool:
    """An adjective before a noun: tagged ADJA, or untagged with an adjective's ending ("Erste")."""
    return tok.tag_ == "ADJA" if tok.tag_ else tok.is_alpha and tok.lower_.endswith(("e", "er", "en", "es"))


def open_adjective(doc: Doc, end: int) -> bool:
    """The span ending before `end` ends in a capitalised attributive adjective whose noun, capitalised
    and in no other entity, follows."""
    if end < 1 or end >= len(doc):
        return False
    adj, noun = doc[end - 1], doc[end]
    return (
        adj.tag_ == "ADJA"
        and adj.text[:1].isupper()
        and noun.tag_ in {"NN", "NE"}
        and noun.text[:1].isupper()
        and noun.ent_iob_ != "B"
        and noun.ent_type_ != "PER"
    )


def genitive_base(tok: Token) -> str | None:
    """The nominative of a noun in the genitive singular ("Schauspielhauses" -> "Schauspielhaus"), from
    the pipeline's morphology and lemma; None when the pipeline has neither or the word is no such form."""
    lemma = tok.lemma_
    if tok.pos_ not in {"NOUN", "PROPN"} or "Gen" not in tok.morph.get("Case", []) or not lemma:
        return None
    if tok.text.endswith("nisses"):
        return tok.text[:-3]  # "des Aktionsbündnisses": a noun in "-nis" doubles its s
    rest = tok.text[len(lemma) :]
    if tok.text.startswith(lemma) and rest in {"s", "es"}:
        return lemma
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "des" and tok.text.endswith("s") and len(tok.text) > 6:
        for stem in (tok.text[:-2], tok.text[:-1]) if tok.text.endswith("es") else (tok.text[:-1],):
            if is_common_noun(stem) or common_compound(stem, shortest=3):
                return stem  # "des Kirchengemeinderats", "des Kreisfrauenrats": "-rat" a word
    return None


def adjective_nominative(span: Span) -> str | None:
    """'der Deutschen Bahn', 'zur Europäischen Union' -> 'Deutsche Bahn', 'Europäische Union':
    inflected adjectives before a feminine noun, known as one by the article "der"/"zur" before a
    singular (the dative and genitive of the feminine), in the nominative; after "das" a neuter's ("Das
    Technische Hilfswerk" -> "Technisches Hilfswerk"). Other masculine and neuter names ("des Deutschen
    Roten Kreuzes") are left as written: the article does not tell them apart and the tagger's gender
    of a rare noun is too often wrong to invent a form from it."""
    doc = span.doc
    head = span[-1]
    if len(span) < 2 or span.start == 0 or doc[span.start - 1].lower_ not in {"der", "zur", "das"}:
        return None
    if head.pos_ not in {"NOUN", "PROPN"} or "Plur" in head.morph.get("Number", []):
        return None
    adjectives = span[:-1]
    if doc[span.start - 1].lower_ == "das":  # "Das Technische Hilfswerk": a neuter, "das" tells it
        weak = [
            t.text[:1].isupper() and t.text.endswith("e") and ADJECTIVE_STEM.search(t.text[:-1])
            for t in adjectives
        ]
        if not all(weak):
            return None
        return " ".join([*(nominative_adjective(t.text, "n") for t in adjectives), head.text])
    if not all(
        t.text[:1].isupper() and t.text.endswith("en") and ADJECTIVE_STEM.search(t.text[:-2])
        for t in adjectives
    ):
        return None  # after "der" a feminine's adjectives end in "-en" (the tagger may call them nouns)
    return " ".join([*(nominative_adjective(t.text, "f") for t in adjectives), head.text])


def genitive_article(tok: Token) -> bool:
    """'des', or 'der' in the genitive by the pipeline's morphology ("Mitglied der Agentur X"; "Der
    Konzern X" opening a sentence is a nominative); without morphology, "des" and "der"."""
    if tok.lower_ == "des":
        return True
    if tok.lower_ != "der":
        return False
    cases = tok.morph.get("Case", [])
    return "Gen" in cases if cases else True


def one_name_word(span: Span) -> bool:
    """A surname alone, maybe after a particle ("Koch", "von Bülow")."""
    return (
        sum(1 for t in span if t.text[:1].isupper() or "-" in t.text and ARTICLE_PREFIXED.fullmatch(t.text))
        == 1
    )


SAINT = frozenset({"st.", "st", "sankt", "hl."})


def unknown_name_word(tok: Token, place_words: frozenset[str]) -> bool:
    """A proper noun (STTS NE; or NN, when it ends in no known noun) in none of the million words of the
    clusters, so no common noun and no known place, and in no place or organization the article names:
    after a role word, a rare surname ("Landrat Kronschnabl"; not "Präventionsrat Nordbrück" where the
    article has "Stadt Nordbrück")."""
    if not tok.text.isalpha() or word_class(tok.text) is not None:
        return False
    if tok.tag_ != "NE" and (tok.tag_ != "NN" or common_compound(tok.text)):
        return False  # a noun the tagger reads as common may still be a name that ends in no known noun
    return tok.text not in place_words


def credited(span: Span) -> bool:
    """The span right after the label of a credit line ("Foto PRIVAT", "Bild: X")."""
    k = span.start - 1
    if k >= 0 and span.doc[k].text == ":":
        k -= 1
    return k >= 0 and span.doc[k].lower_ in CREDIT_LABELS


def saint(span: Span) -> bool:
    """A person's name after "St."/"Sankt" is a saint's, naming a church, parish, hospital or place
    ("Kirchengemeinde St. Marien Nordheim", "Sankt Georg"), not a person of the article."""
    return span.label_ == "PER" and span.start > 0 and span.doc[span.start - 1].lower_ in SAINT


@dataclass
class Candidate:
    """A span with its score. Kept apart from Span._ because spans with equal offsets share those."""

    span: Span
    confidence: float
    source: str
    attrs: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_rule(cls, span: Span) -> Candidate:
        attrs = {a: getattr(span._, a) for a in ATTRS if getattr(span._, a) is not None}
        return cls(span, span._.confidence or 0.5, "rule", attrs)

    @property
    def key(self) -> tuple[int, int, str]:
        return self.span.start, self.span.end, self.span.label_


@Language.factory(
    "kg_entity_merger",
    default_config={
        "person_key": "kg_rule_persons",
        "org_key": "kg_rule_orgs",
        "model_confidence": 0.7,
        "min_confidence": 0.55,
        "lexicons": {
            "first_names": "first_names.txt",
            "titles": "titles.txt",
            "name_cues": "name_cues.txt",
            "org_heads": "org_heads.txt",
            "not_names": "not_names.txt",
            "surnames": "surnames.txt",
            "event_heads": "event_heads.txt",
            "project_heads": "project_heads.txt",
            "venue_heads": "venue_heads.txt",
            "award_heads": "award_heads.txt",
            "parties": "parties.txt",
            "media_heads": "media_heads.txt",
            "place_heads": "place_heads.txt",
            "trade_heads": "trade_heads.txt",
            "course_heads": "course_heads.txt",
            "meeting_heads": "meeting_heads.txt",
            "region_abbreviations": "region_abbreviations.txt",
            "not_org_acronyms": "not_org_acronyms.txt",
        },
    },
)
def make_entity_merger(
    nlp: Language,
    name: str,
    person_key: str,
    org_key: str,
    model_confidence: float,
    min_confidence: float,
    lexicons: dict[str, str],
) -> EntityMerger:
    cfg = {
        "person_key": person_key,
        "org_key": org_key,
        "model_confidence": model_confidence,
        "min_confidence": min_confidence,
    }
    return EntityMerger(name, cfg, {k: read_lines(v) for k, v in lexicons.items()})


def dateline_place(doc: Doc, span: Span) -> bool:
    """One word in capitals opening the text or a line before a period, bracket, slash or comma, whose
    spelling in lower case with a capital the text uses too ("NORDHEIM. Die Stadt Nordheim …"): a
    dateline's place, not an abbreviation."""
    if len(span) != 1 or not span[0].is_upper or len(span[0].text) < 4 or not span[0].is_alpha:
        return False
    k = span.start
    opens = k == 0 or "\n" in doc[k - 1].text_with_ws
    closes = span.end < len(doc) and doc[span.end].text in {".", "(", "/", ","}
    return opens and closes and span.text.capitalize() in doc.text


def indefinite_before(span: Span) -> bool:
    """An indefinite article and attributive adjectives right before the word: a noun phrase of a
    common noun ("ein weiterer codierter Testsender"), as no name takes an indefinite article."""
    doc, k = span.doc, span.start - 1
    while k >= 0 and doc[k].tag_ == "ADJA":
        k -= 1
    return k >= 0 and k < span.start - 1 and doc[k].lower_ in INDEFINITE


class EntityMerger(SerializedLexicons):
    """Sets ``doc.ents`` from the model's entities and the rule spans; see the module docstring."""

    def __init__(self, name: str, cfg: dict[str, Any], lexicons: dict[str, list[str]]) -> None:
        self.name = name
        self.cfg = cfg
        self.set_lexicons(lexicons)

    def set_lexicons(self, lexicons: dict[str, list[str]]) -> None:
        self.lexicons = lexicons
        self.titles = TitleMatcher(lexicons["titles"])
        self.cues = SuffixLexicon(lexicons["name_cues"])
        self.stop = (
            frozenset(w for w in lexicons["not_names"] if not w.startswith("-")) | stop_words_capitalized()
        )
        self.noun_endings = SuffixLexicon([w for w in lexicons["not_names"] if w.startswith("-")])
        self.grammar = OrgGrammar(lexicons["org_heads"], self.stop, self.cues)
        self.first_names = frozenset(lexicons["first_names"])
        self.surnames = frozenset(lexicons.get("surnames", []))
        self.parties = frozenset(lexicons.get("parties", []))
        # never an organization's head
        other = ("event_heads", "project_heads", "venue_heads", "award_heads", "course_heads")
        self.other_heads = tuple(w.lower() for key in other for w in lexicons.get(key, []))
        self.project_heads = tuple(w.lower() for w in lexicons.get("project_heads", []))
        self.event_heads = tuple(w.lower() for w in lexicons.get("event_heads", []))
        # nouns whose plain words after them name the thing they head: an event, a course
        naming = ("event_heads", "course_heads", "meeting_heads")
        self.naming_heads = tuple(w.lower() for key in naming for w in lexicons.get(key, []))
        named = ("project_heads", "award_heads", "media_heads")  # things with a name of their own
        self.named_things = tuple(w.lower() for key in named for w in lexicons.get(key, []))
        self.media_heads = tuple(w.lower() for w in lexicons.get("media_heads", []))
        self.place_heads = tuple(w.lower() for w in lexicons.get("place_heads", []))
        self.trade_heads = tuple(w.lower() for w in lexicons.get("trade_heads", []))
        self.regions = frozenset(lexicons.get("region_abbreviations", []))
        self.not_acronyms = frozenset(lexicons.get("not_org_acronyms", []))

    def __call__(self, doc: Doc) -> Doc:
        keys = (self.cfg["person_key"], self.cfg["org_key"])
        rules = [Candidate.from_rule(s) for k in keys for s in doc.spans.get(k, [])]
        rules = [c for c in (self.name_only(doc, c) for c in rules) if c is not None]
        rules = [c for c in rules if not (c.span.label_ == "ORG" and self.event_named(c.span))]
        rules = [c for c in rules if not (c.span.label_ == "ORG" and self.field_of_title(doc, c.span))]
        rules = [c for c in rules if not (c.span.label_ == "PER" and several_word_title(c.span))]
        rules = [with_slashed_place(doc, c, self.surnames) for c in rules]
        model = [c for c in (self.clean(doc, e) for e in doc.ents) if c is not None]
        model = self.without_spelled_out_things(doc, model)
        rules, model = ([c for c in cands if not saint(c.span)] for cands in (rules, model))
        rules = [x for c in rules for x in self.without_person_tail(doc, c)]
        rules = [self.model_person_start(doc, c) for c in rules]
        model = [x for c in model for x in self.without_person_tail(doc, c)]
        people = {c.span.start for c in rules + model if c.span.label_ == "PER"}
        model = [c for c in model if not self.title_before_name(c.span, people)]
        model = self.shared_surnames(doc, model, rules)
        rules = self.plausible_persons(rules, model, only_cue="role")
        model = self.plausible_persons(model, rules)
        candidates = self.score(model, rules)
        selected = self.select(candidates)
        selected = self.named_after_people(doc, selected)
        selected = self.acronym_topics(doc, selected)
        selected += self.bodies_after_names(doc, selected)
        selected = self.resolve_abbreviations(doc, selected)
        selected = [x for c in selected for x in self.split_truncated(doc, c)]
        selected = self.org_names_read_as_persons(doc, selected)
        selected += self.repeated_org_names(doc, selected)
        self.drop_genitive_s(selected)
        self.drop_glued_word(selected)
        self.set_annotations(doc, selected)
        return doc

    # -- step 1: clean model spans ---------------------------------------------------------------
    def clean(self, doc: Doc, ent: Span) -> Candidate | None:
        body = self.body_after_von(doc, ent)
        if body is not None:
            ent = body  # "Von der Polizei X waren …": a body after a preposition, not "von" of a name
        start, end = ent.start, ent.end
        titles: list[str] = []
        while start < end and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].is_lower):
            end -= 1  # "Stewart Lecker von" -> "Stewart Lecker"
        while start < end:
            tok = doc[start]
            hit = self.titles.match_at(doc, start, continued=bool(titles)) if ent.label_ == "PER" else None
            if hit is not None and hit[1] <= end:
                titles.append(hit[0])
                start = hit[1]
            elif (
                tok.is_punct
                or tok.is_space
                or (tok.text.lower() in LEADING_FUNCTION_WORDS and (tok.is_lower or ent.label_ != "ORG"))
            ):
                start += 1
            elif ent.label_ == "PER" and tok.text in self.cues:
                start += 1
            elif ent.label_ == "PER" and start == ent.start and self.trade_noun(tok) and not tok.is_upper:
                return None  # "Logistikfirma Bergmann eröffnet …": a company named after its owner
            elif ent.label_ == "ORG" and tok.is_lower and start + 1 < end:
                start += 1  # "rheinland-pfälzischen Ministerium": lower-case words only describe
            elif (
                ent.label_ == "ORG"
                and start + 1 < end
                and self.trade_noun(tok)
                and doc[start + 1].text[:1].isupper()
            ):
                start += 1  # "der Verpackungshersteller Progroup": the trade describes, the name follows
            elif (
                ent.label_ == "ORG"
                and (tok.tag_ == "ADJA" or self.grammar.is_place_adjective(tok))
                and start + 2 < end
                and self.trade_noun(doc[start + 1])
                and doc[start + 2].text[:1].isupper()
            ):
                start += 1  # "der Hamburger Softwareanbieter Nordcode": an adjective of the trade noun
            elif ent.label_ == "ORG" and self.part_of_a_body(doc, start, end):
                start += 2  # "das Deutschlandgeschäft von Nordsoft": the body is what follows "von"
            else:
                break
        if ent.label_ == "PER" and end - start == 1 and start > 0 and self.foreign_given_name(doc[start - 1]):
            start -= 1  # "Ngozi Okafor, Leiterin …": the model took only the surname
        if ent.label_ == "PER":
            end = self.person_name_end(doc, start, end)
            while end - start > 2 and doc[end - 1].text in self.stop:
                end -= 1  # "ist Eva Alt Mitglied des …": a word that is never a name ends the name before it
            if end - start == 3 and self.trailing_object(doc, start, end):
                end -= 1  # "besucht Eva Lenz Schulen": the verb's object after the inverted subject
        first, _, last = doc[start].text.rpartition("-") if end - start == 1 else ("", "", "")
        if ent.label_ == "ORG" and first and last.islower():
            return None  # "das EU-geförderte Projekt", "DFKI-eigene": a compound adjective, no name
        if ent.label_ == "ORG":
            if end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].text[:1].isupper():
                end += 2  # "Büro Seitz | & Partner": an ampersand joins a firm's name
            elif slashed_place(doc, start, end, self.surnames):
                end += 2  # "Verbundkrankenhaus Bernkastel | /Wittlich": two places joined by a slash
            if open_adjective(doc, end):
                end += 1  # "Referat Digitale | Verwaltung": an attributive adjective ends no name
            end = english_name_end(doc, end)  # "Royal Bank | of Canada"
            end = self.before_coordinated_role(doc, start, end)
            end = next(
                (
                    k
                    for k in range(start + 1, end)
                    if doc[k].lower_ in _OBJECT_ARTICLES and doc[k - 1].pos_ not in {"ADP", ""}
                ),
                end,
            )  # "bietet die Universität | dem Nachwuchs": an object's article (no preposition's) ends it
            if end - start > 1 and inverted_object(doc, end - 1):
                end -= 1  # "Nun bietet die Volkshochschule Kurse an": the clause's object ends no name
            elif (
                end - start > 2
                and doc[end - 2].tag_ == "NE"
                and self.grammar.head_of(doc[start].text) is not None
                and self.grammar.noun_after_name(doc, end - 1)
            ):
                end -= 1  # "studiert an der Hochschule Nordtal | Informatik": a noun after the place
            if end - start > 2 and is_acronym(doc[start].text) and doc[start + 1].lower_ in JOINING:
                end = start + 1  # "THW, DRK und Polizei": an abbreviation is a whole name, the list goes on
        if start >= end:
            return None
        span = Span(doc, start, end, label=ent.label_)
        if ent.label_ == "PER" and not self.plausible_person(span):
            return None
        if all(
            t.text in self.stop or t.lower_ in LEADING_FUNCTION_WORDS or not any(c.isalpha() for c in t.text)
            for t in span
        ):
            return (
                None  # "Darauf", "Die", "Seitens": function words are no entities ("EU-Kommission", "O2" are)
            )
        if any(t.like_url or t.like_email for t in span):
            return None  # "www.kreis-nordheim.de", "info@x.de": an address, not a name
        if ent.label_ == "ORG" and dateline_place(doc, span):
            return None  # "NORDHEIM. Die Stadt Nordheim …": the place of a dateline, in capitals
        if ent.label_ == "ORG" and self.prefixed_compound(span):
            return None  # "BBK-Präsident", "VCD-Wortwechsel": what the body has or holds, not the body
        if ent.label_ == "ORG" and self.bare_unit(span):
            return None  # "die Stabsstelle" alone names no particular unit
        if ent.label_ == "ORG" and (self.names_event(span) or self.thing_of_a_bare_body(span)):
            return None  # "Digitale Woche", "Gala der Deutschen Wissenschaft", "Projekt X": no body
        if ent.label_ == "ORG" and described(doc, span.start, span.end):
            return None  # "das weltweit größte Forschungszentrum für künstliche Intelligenz": a description
        if ent.label_ == "ORG" and (self.project_named(span) or self.event_named(span)):
            return None  # "dass das Projekt Grüne Mitte startet": the name the project noun gives
        if ent.label_ == "ORG" and len(span) == 1 and self.trade_noun(span[0]) and not span[0].is_upper:
            return None  # "der Firma | Roth Bau": the kind of a company alone names none
        if ent.label_ == "ORG" and len(span) > 1 and self.trade_description(span):
            return None  # "das Münchener Unternehmen", "ein erfolgreiches IT Unternehmen": a kind, no name
        if ent.label_ == "ORG" and len(span) == 1 and span.text in self.regions:
            return None  # "die Kommunen in RLP": a state's short name, a place
        if ent.label_ == "ORG" and len(span) == 1 and span.text in self.not_acronyms and credited(span):
            return None  # "Foto PRIVAT": capitals of a credit line that name no body (not_org_acronyms.txt)
        if ent.label_ == "ORG" and len(span) == 1 and self.no_body_word(doc, span[0]):
            return None  # "CIO", "der General": a title, not a body; "bei einem MANV": a kind of thing
        if ent.label_ == "ORG" and len(span) > 1 and adjective_first(span) and self.role_word(span[-1].text):
            return None  # "Hamburger Wissenschaftssenatorin": a person's office, not a body
        if ent.label_ == "ORG" and self.field_of_title(doc, span):
            return None  # "Bereichsleiterin für Kinder- und Jugendhilfe": the title's field, no body
        attrs: dict[str, Any] = {"titles": titles}
        if ent.label_ == "ORG" and self.listed_among_persons(doc, span):
            span = Span(doc, start, end, label="PER")  # "A, B und Chidi Okonkwo": a name the model missed
            attrs["listed"] = True
        attrs["norm_name"] = self.org_norm(doc, span) if span.label_ == "ORG" else " ".join(span.text.split())
        return Candidate(span, self.cfg["model_confidence"], "model", attrs)

    def listed_among_persons(self, doc: Doc, span: Span) -> bool:
        """A model organization of two or three name words listed right after or before a model person
        named in full ("Es referierten A, B und Chidi Okonkwo"): a name the model did not know, when no
        word of it could be a body's (no organization head, trade noun, common noun, abbreviation or
        word of the lexicons); not beside a one-word name ("die Gemeinden Sankt Peter und Paul")."""
        if not 2 <= len(span) <= 3 or not all(self.name_word(t) for t in span):
            return False
        people = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1]  # not "Sankt Peter und Paul"
        before = span.start >= 2 and doc[span.start - 1].lower_ in _LIST_JOINERS
        after = span.end + 1 < len(doc) and doc[span.end].lower_ in _LIST_JOINERS
        return (before and any(e.end == span.start - 1 for e in people)) or (
            after and any(e.start == span.end + 1 for e in people)
        )

    def name_word(self, tok: Token) -> bool:
        """A capitalised word that no lexicon or word class reads as other than a name."""
        return (
            tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.is_upper
            and tok.text not in self.stop
            and tok.text not in self.cues
            and not self.role_word(tok.text)
            and not self.trade_noun(tok)
            and not is_common_noun(tok.text)
            and self.grammar.head_of(tok.text) is None
        )

    def body_after_von(self, doc: Doc, ent: Span) -> Span | None:
        """The organization in a person span that opens with a preposition and an article and goes on
        with the head of a body ("Von der Polizei Koblenz", "Vom Jugendamt Trier"): a sentence-initial
        "Von" the model took for a name's particle ("Von der Leyen")."""
        if ent.label_ != "PER" or ent[0].lower_ not in _VON or len(ent) < 2:
            return None
        k = ent.start + 1 + (ent[1].lower_ in DEFINITE_ARTICLES)
        if k >= ent.end:
            return None
        if self.grammar.head_of(doc[k].text) is None and not (
            k + 1 < ent.end and doc[k].tag_ == "NN" and doc[k + 1].tag_ == "NE"
        ):
            return None  # "Von der Leyen": a name; "Von der Polizei Koblenz": a common noun and a place
        return Span(doc, k, ent.end, label="ORG")

    def title_before_name(self, span: Span, people: set[int]) -> bool:
        """A one-word organization that is a title right before a person's name: "Sparkassen-Vorstand
        Tim X", "Bundesbankpräsident Jens Y" name his office (a compound of a body and a role word),
        not the board or the bank."""
        return (
            span.label_ == "ORG"
            and len(span) == 1
            and span.end in people
            and self.role_word(span.text.rsplit("-", 1)[-1])
        )

    def no_body_word(self, doc: Doc, tok: Token) -> bool:
        """One word tagged as an organization that names a title: its abbreviation ("CIO"), after an
        article the title as the lexicon spells it ("der General"), a role word or compound of one after
        "als", an adjective, an auxiliary or a pronoun ("als neuen Vertriebsleiter", "war
        Vertriebsleiter", "wo er Vertriebsleiter war"), a title word right before a person's name
        ("Firmenchef Klaus X"); or an abbreviation or a common noun after an indefinite article, a kind
        of thing ("bei einem MANV", "eine Mensa")."""
        if tok.text.isupper() and tok.text in self.cues:
            return True
        if tok.i > 0 and doc[tok.i - 1].lower_ in INDEFINITE:
            if is_acronym(tok.text) or tok.tag_ == "NN":
                return True  # "bei einem MANV", "bekommt eine Mensa": a kind of thing, no name
        definite = tok.i > 0 and doc[tok.i - 1].lower_ in DEFINITE_ARTICLES
        if definite and tok.text in self.cues and self.grammar.head_of(tok.text) is None:
            return True
        before = doc[tok.i - 1] if tok.i > 0 else None
        described = before is not None and (before.lower_ == "als" or before.tag_ in _BEFORE_A_POST)
        if described and not tok.is_upper and self.role_word(tok.text):
            return True  # "als neuen Vertriebsleiter", "ist neuer Bauamtsleiter", "war Vertriebsleiter"
        named = tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PER" and doc[tok.i + 1].ent_iob_ == "B"
        return named and self.role_word(tok.text)  # "Neben Firmenchef Klaus X": his title

    def without_spelled_out_things(self, doc: Doc, model: list[Candidate]) -> list[Candidate]:
        """Model abbreviations the article spells out as no organization ("ZMZ (Zivil-Militärische
        Zusammenarbeit)") are left out, every mention of them."""
        things = doc.user_data.get(SPELLED_OUT_KEY)  # found by kg_org_names, which runs before
        if things is None:
            rule_orgs = doc.spans.get(self.cfg["org_key"], [])
            names = {
                i
                for s in [*doc.ents, *rule_orgs]
                if s.label_ in ("ORG", "PER")
                for i in range(s.start, s.end)
            }
            things = spelled_out_things(doc, names)
        return [c for c in model if not (len(c.span) == 1 and c.span.text in things)] if things else model

    def trade_noun(self, tok: Token) -> bool:
        """A noun of a company's trade or kind before its name ("Softwarehersteller", "Unternehmen")."""
        return tok.text[:1].isupper() and trade_word(tok.text, self.trade_heads)

    def trade_description(self, span: Span) -> bool:
        """A company's kind described, not named: a trade noun last ("Unternehmen", "Konzern") after
        adjectives only ("das Münchener Unternehmen"), or after an indefinite article ("ein
        erfolgreiches IT Unternehmen"); a name has words of its own ("Münchener Rück")."""
        if not self.trade_noun(span[-1]):
            return False
        if indefinite_before(span) or span.start > 0 and span.doc[span.start - 1].lower_ in INDEFINITE:
            return True
        return all(t.tag_ == "ADJA" or self.grammar.is_place_adjective(t) for t in span[:-1])

    def before_coordinated_role(self, doc: Doc, start: int, end: int) -> int:
        """The end of an organization span cut before "und"/"sowie" + a role word: "Präsident der
        Handwerkskammer und Vorsitzender des Vereins" -> "Handwerkskammer"."""
        for k in range(start + 1, end - 1):
            if doc[k].lower_ in JOINING and self.role_word(doc[k + 1].text):
                return k
        return end

    def field_of_title(self, doc: Doc, span: Span) -> bool:
        """Words after a role word and "für" that name no body (no head noun of one, no abbreviation, no
        place): the field of the title ("Referentin für Öffentlichkeitsarbeit"); after a chair's noun
        a head noun too ("Professur für Öffentliche Verwaltung": a discipline)."""
        k = span.start
        if k < 2 or doc[k - 1].lower_ != "für":
            return False
        chair = doc[k - 2].lower_.endswith("professur")  # "Professur für Digitale Verwaltung": a discipline
        if not chair and not self.role_word(doc[k - 2].text):
            return False
        return not any(
            not chair
            and (self.grammar.head_of(t.text) or is_proper_name(t.text))
            or is_acronym(t.text)
            or t.ent_type_ == "LOC"
            or t.tag_ in {"NE", "FM"}
            for t in span
            if not t.text.endswith("-")  # "Kinder- und Jugendhilfe": a truncated compound names nothing
        )

    def role_word(self, word: str) -> bool:
        """A role word of the name cues, also inflected ("Vorsitzenden", "Präsidenten", "Landrats"),
        that is no organization head ("Verwaltung")."""
        forms = [word]
        if word.endswith(("n", "s")):
            forms.append(word[:-1])
        if word.endswith(("en", "es")):
            forms.append(word[:-2])
        if self.grammar.head_of(word) is not None:
            return False
        if any(f in self.cues for f in forms):
            return True
        return any(  # a compound ending in one: "Wissenschaftssenatorin"
            f[k:].capitalize() in self.cues for f in forms for k in range(_MIN_PREFIX, len(f) - _MIN_ROLE + 1)
        )

    def names_event(self, span: Span) -> bool:
        """The span's first noun (its head, before a genitive or a name) is an event, project or venue
        noun (nlp/lexicons/event_heads.txt, project_heads.txt, venue_heads.txt) and no word of it is an
        organization head."""
        if not self.other_heads or any(self.grammar.head_of(t.text) for t in span):
            return False
        if span[-1].text.rstrip(".") in LEGAL_FORMS:
            return False  # "Sommerfest Trier GmbH.": a company
        nouns = [t for t in span if t.text[:1].isupper() and t.pos_ == "NOUN"]
        if not nouns:  # a pipeline without a tagger: the first capitalised word that is no adjective
            nouns = [t for t in span if t.text[:1].isupper() and not self.grammar.is_adjective(t)]
        return bool(nouns) and nouns[0].lower_.endswith(self.other_heads)

    def thing_of_a_bare_body(self, span: Span) -> bool:
        """An event, project, venue or award noun and the genitive of a bare body's noun ("die Ehrennadel
        der Stadt", "das Sommerfest des Vereins"): a thing the body has, which names no body."""
        if len(span) != 3 or span[1].lower_ not in {"der", "des"}:
            return False
        return span[0].lower_.endswith(self.other_heads) and self.grammar.head_of(span[2].text) is not None

    def project_named(self, span: Span) -> bool:
        """A span right after a project or programme noun (nlp/lexicons/project_heads.txt: "Projekt",
        "Förderprogramm") with no organization head noun and no legal form in it is that project's name;
        in quotation marks, after a noun of a project, award or publication, whatever it says ("das
        Prädikat „Hochschule im Dialog“", "das Magazin „Stadtwerke aktuell“")."""
        doc = span.doc
        quoted = in_quotes(span)
        k = span.start - 1 - int(quoted)
        if k < 0 or span[-1].text.rstrip(".") in LEGAL_FORMS:
            return False
        noun = doc[k]
        heads = self.named_things if quoted else self.project_heads
        if not heads or not noun.is_alpha or not noun.text[:1].isupper() or not noun.lower_.endswith(heads):
            return False
        return quoted or not any(self.grammar.head_of(t.text) for t in span)

    def event_named(self, span: Span) -> bool:
        """Words of the language right after an event or course noun name the event or course ("die
        Fachtagung Digitale Verwaltung", "beim Kongress Smarte Region", "der Studiengang Digitale
        Verwaltung"), not a body: adjectives and common nouns only, or any words in quotation marks
        ("zum Fachtag „Digitale Verwaltung“"); so too a span that opens with that noun and an adjective
        ("Kongress Digitale Verwaltung"; not "Pflegekonferenz Vertreter")."""
        if len(span) > 2 and span[0].text[:1].isupper() and span[0].lower_.endswith(self.naming_heads):
            names = span[1].pos_ == "ADJ" and span[1].text[:1].isupper()
            return names and all(t.pos_ in ("ADJ", "NOUN") and t.tag_ != "NE" for t in span[1:])
        doc = span.doc
        quoted = in_quotes(span)  # "zum Fachtag „Digitale Verwaltung“": whatever it says
        k = span.start - 1 - int(quoted)
        if k < 0 or not self.naming_heads or not doc[k].text[:1].isupper():
            return False
        if not doc[k].lower_.endswith(self.naming_heads):
            return False
        return quoted or all(t.pos_ in ("ADJ", "NOUN") and t.tag_ != "NE" for t in span)

    def prefixed_compound(self, span: Span) -> bool:
        """One hyphenated word whose first part names a body and whose last part is a role word or a
        common noun of the word clusters that is no organization head ("BBK-Präsident",
        "SPD-Spitzenkandidatin", "VCD-Wortwechsel", "City-Forum"); "EU-Kommission" and brands with a
        one-letter first part ("E-Plus") stay (the rules may still read "KI-Werkstatt" as a body)."""
        if len(span) != 1 or "-" not in span.text:
            return False
        prefix, _, head = span.text.rpartition("-")
        if len(prefix) < 2 or not head[:1].isupper() or self.grammar.head_of(head) is not None:
            return False
        return self.role_word(head) or is_common_noun(head) or common_compound(head)

    def bare_unit(self, span: Span) -> bool:
        """A single word of the unit class ("Stabsstelle", "Abteilung", "Referat") without a name or a
        hyphenated owner ("Kreis-Sozialamt"): the grammar reads a unit only with a topic or chain."""
        if len(span) != 1 or "-" in span.text:
            return False
        info = self.grammar.head_of(span.text)
        return info is not None and info.cls in ("unit", "weakunit")

    def without_person_tail(self, doc: Doc, cand: Candidate) -> list[Candidate]:
        """An organization span that ran on into the next person's name is split: "der Stadt Leonberg
        Bernhard Schuler" -> ORG "Stadt Leonberg" + PER "Bernhard Schuler". The person's name is a
        given name of the lexicon followed by capitalised words to the span's end; a given name first
        ("Paul Ehrlich Institut") or before "von" stays part of the organization's name."""
        span = cand.span
        if span.label_ != "ORG" or len(span) < 2 or span[-1].text.rstrip(".") in LEGAL_FORMS:
            return [cand]  # "Firma Albert Walther GmbH": a company named after its founder
        starts = [k for k in range(span.start + 1, span.end) if self.model_person_starts(doc, k, span.end)]
        for k in starts or range(span.start + 1, span.end):
            tail = doc[k + 1 : span.end]
            end = span.end
            if (
                not tail
            ):  # the span ends in a given name: the surname is the next word ("Stadttheaters Tim | Roth")
                if (
                    end >= len(doc)
                    or not (doc[end].text[:1].isupper() and doc[end].is_alpha)
                    or doc[end].ent_type_
                ):
                    continue
                end += 1
            if doc[k - 1].lower_ in SAINT:
                continue  # "Kirchengemeinde St. Marien Nordheim": a saint's name inside the organization's
            if any(t.text.rstrip(".") in LEGAL_FORMS for t in tail):
                continue  # "KMT Rainer LLP Rechtsanwälte": a firm named after a partner, legal form inside
            if doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "ORG":
                continue  # "Fluggesellschaft Sky Nordic": the model reads a body's name starting there
            if tail and tail[-1].ent_type_ == "LOC":
                continue  # "Gesangverein Harmonie Talheim": a name and the body's place, no surname
            if self.has_first_name(doc[k : k + 1]) and all(t.text[:1].isupper() and t.is_alpha for t in tail):
                cut = k
                while cut > span.start + 1 and (doc[cut - 1].lower_ in JOINING or doc[cut - 1].is_punct):
                    cut -= 1  # "Institut für Optik und | Karl Kern": the conjunction joins the two
                org = Span(doc, span.start, cut, label="ORG")
                person = Span(doc, k, end, label="PER")
                kept = Candidate(person, cand.confidence, cand.source, {"cue": "first_name"})
                if self.role_word(org[-1].text) and all(map(attributive_word, org[:-1])):
                    return [kept]  # "der Erste Kreisbeigeordnete | Pascal X": the person's title, no body
                return [
                    Candidate(org, cand.confidence, cand.source, {"norm_name": self.org_norm(doc, org)}),
                    kept,
                ]
        return [cand]

    def model_person_start(self, doc: Doc, cand: Candidate) -> Candidate:
        """A rule's person name that starts before the model's own, with the same end, starts where
        the model's does: "Hochschule Kiel Bernd Ost" gives "Bernd Ost", not "Kiel Bernd Ost"; unless
        what comes before is only given names outside any other entity ("Hans Peter Wollseifer")."""
        span = cand.span
        if span.label_ != "PER" or doc[span.start].ent_type_ == "PER":
            return cand
        for k in range(span.start + 1, span.end):
            if self.model_person_starts(doc, k, span.end) and doc[span.end - 1].ent_type_ == "PER":
                if all(t.text in self.first_names and not t.ent_type_ for t in doc[span.start : k]):
                    return cand  # "Hans Peter Wollseifer": a further given name, in no other entity
                attrs = {a: v for a, v in cand.attrs.items() if a not in {"norm_name", "canonical_name"}}
                return Candidate(Span(doc, k, span.end, label="PER"), cand.confidence, cand.source, attrs)
        return cand

    def model_person_starts(self, doc: Doc, k: int, end: int) -> bool:
        """The model's own person name starts at k and ends in the span ending at `end`, with a given
        name first: the split goes there ("Hochschule Kiel | Bernd Ost", though "Kiel" is also a
        given name)."""
        if doc[k].ent_iob_ != "B" or doc[k].ent_type_ != "PER" or not self.has_first_name(doc[k : k + 1]):
            return False
        j = k + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return j <= end

    def plausible_persons(
        self, cands: list[Candidate], others: list[Candidate], only_cue: str | None = None
    ) -> list[Candidate]:
        """Keep a PER with evidence of being a person's name (applied to model spans and to rule spans
        found only through a role word, "Rathauschef X").

        A single word must be the surname of a person named in full in the text ("Berndt" after
        "Jan Ole Berndt"); after a role word it may also be a word of the surname lexicon
        (nlp/lexicons/surnames.txt: "Landrat Koch", not "Präsident Kommission"). Several words need
        a given name from the lexicon, or a title/role word before them (a rule span overlaps), or
        their last word recurs later as a PER of its own, or they stand in a list right beside a name
        with a given name ("A, Nguyen Van Minh und B").
        """
        pool = [c for c in cands + others if c.span.label_ == "PER"]
        cued = [c.span for c in pool if c.attrs.get("cue") in ("title", "role", "courtesy")]
        singles = {c.span.text for c in pool if len(c.span) == 1}

        def checked(cand: Candidate) -> bool:
            return cand.span.label_ == "PER" and (only_cue is None or cand.attrs.get("cue") == only_cue)

        def common_words(span: Span) -> bool:  # "Projektleiterin Smart Region": words, not a name
            return not self.has_first_name(span) and all(is_common_noun(t.text) for t in span)

        named = {c.span.start: c.span for c in pool if self.has_first_name(c.span)}
        named_ends = {s.end: s for s in named.values()}

        def listed(span: Span) -> bool:  # "Aylin X, Nguyen Van Minh und Jean Y": a name among names
            doc = span.doc
            before = span.start >= 2 and doc[span.start - 1].lower_ in _LIST_JOINERS
            after = span.end + 1 < len(doc) and doc[span.end].lower_ in _LIST_JOINERS
            return before and span.start - 1 in named_ends or after and span.end + 1 in named

        def evidence(span: Span) -> bool:
            last = span[-1].text
            if common_words(span):
                return False
            return (
                self.has_first_name(span)
                or len(span) > 1
                and listed(span)
                or any(c.start < span.end and span.start < c.end for c in cued)
                or (last in singles and any(t.text == last for t in span.doc[span.end :]))
                or self.bracket_of_a_person(span)
                or len(span) == 2
                and self.apposed_role(span)
                or (len(span) == 2 and last in self.surnames and not is_common_noun(span[0].text))
            )

        def multi_ok(cand: Candidate) -> bool:
            if checked(cand) and common_words(cand.span):
                return False
            listed_name = bool(cand.attrs.get("listed"))  # a name among the model's names, by its list
            return not checked(cand) or only_cue is not None or listed_name or evidence(cand.span)

        kept = [c for c in cands if len(c.span) == 1 or multi_ok(c)]
        full = [c.span for c in kept + others if c.span.label_ == "PER" and not one_name_word(c.span)]
        surnames = {s[-1].text for s in full if evidence(s)}
        model_twins = {c.key: c for c in others if c.source == "model"}
        words = cands[0].span.doc if cands else ()
        given_names = {s[0].text for s in full if len(s) > 1}  # "Tobias" of "Tobias Roth" in the article
        place_words = cache(lambda: frozenset(t.text for t in words if t.ent_type_ in {"ORG", "LOC"}))
        out = []
        for cand in kept:
            last = cand.span[-1].text
            if checked(cand) and one_name_word(cand.span) and cand.attrs.get("cue") != "shared_surname":
                known = last in surnames or (last.endswith("s") and last[:-1] in surnames)
                twin = model_twins.get(cand.key) if only_cue == "role" else None
                if not (
                    known
                    or (only_cue == "role" and (last in self.surnames or self.double_surname(last)))
                    or only_cue == "role"
                    and unknown_name_word(cand.span[-1], place_words())  # "Landrat Kronschnabl"
                    or only_cue == "role"
                    and self.patronymic(cand.span)  # "Ortsvorsteher Heinrichs dankte"
                    or only_cue == "role"
                    and capitalised_modifier(cand.span[-1])  # "Landrat Schnell lobte": only a name is
                    or only_cue == "role"
                    and last in self.first_names
                    and last not in given_names  # "Polizeisprecher Wenzel": a given name as a surname
                    and last not in place_words()  # not "Stadtrat Halle"
                    or self.lone_name(cand)
                    or twin is not None
                    and self.lone_name(twin)  # "sagte Landrat Meiering": the model reads the same name
                ):
                    continue  # "Landrat Koch" stays (a surname), "Präsident Kommission" does not
            out.append(cand)
        return out

    def patronymic(self, span: Span) -> bool:
        """'Heinrichs', 'Jakobs': a given name with a genitive "s" is a surname of its own when no noun
        follows it ("Ortsvorsteher Heinrichs dankte"; not "Ortsvorsteher Heinrichs Rede")."""
        word = span[-1].text
        after = span.doc[span.end] if span.end < len(span.doc) else None
        owned = after is not None and after.text[:1].isupper() and after.pos_ in {"NOUN", "PROPN"}
        return word.endswith("s") and word[:-1] in self.first_names and not owned

    def double_surname(self, word: str) -> bool:
        """'Schwarzkopf-Lindner': two capitalised name words joined by a hyphen, one of them a listed
        surname, neither a common noun ("Rhein-Hunsrück" names a place)."""
        parts = word.split("-")
        return (
            len(parts) == 2
            and all(p[:1].isupper() and p.isalpha() and not is_common_noun(p) for p in parts)
            and any(p in self.surnames for p in parts)
        )

    def shared_surnames(self, doc: Doc, model: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
        """'Anna und Paul Berg', 'Maria und Josef Huber': a given name alone joined by "und" to a given
        name and surname shares that surname; it is a person of its own under the full name."""
        people = {c.span.start: c.span for c in model + rules if c.span.label_ == "PER" and len(c.span) >= 2}
        out = []
        for cand in model:
            span, k = cand.span, cand.span.end
            partner = people.get(k + 1) if k + 1 < len(doc) and doc[k].lower_ == "und" else None
            if (
                span.label_ == "PER"
                and len(span) == 1
                and span.text in self.first_names
                and partner is not None
                and partner[0].text in self.first_names
                and partner[-1].text not in self.first_names
            ):
                attrs = {
                    **cand.attrs,
                    "norm_name": f"{span.text} {partner[-1].text}",
                    "cue": "shared_surname",
                }
                cand = Candidate(span, cand.confidence, cand.source, attrs)
            out.append(cand)
        return out

    def lone_name(self, cand: Candidate) -> bool:
        """A name word the model reads as a person's, with no full name in the article ("sagte Merkel",
        "Präsident Macron"): kept when it is no common noun of the language (word clusters), no word
        that is never a name, and no person's given name alone."""
        span = cand.span
        word = span[-1].text
        return (
            cand.source == "model"
            and span[-1].tag_ in {"NE", "NN", "FM", ""}  # "Administrativer": an adjective
            and word.isalpha()
            and len(word) > 2
            and not is_common_noun(word)
            and not is_common_noun(word.lower())  # "Gefördert": a word of the language, capitalised
            and word not in self.stop
            and word not in self.first_names
            and (span.start == 0 or span.doc[span.start - 1].text not in GROUP_WORDS)  # "Familie X"
            and not (span.end < len(span.doc) and self.role_word(span.doc[span.end].text))  # "X Direktor"
            and not indefinite_before(span)  # "ein weiterer codierter Testsender"
        )

    def bracket_of_a_person(self, span: Span) -> bool:
        """A bracket right after the name that opens with the person's party or age: "X (Grüne)",
        "X (CDU, Vorsitzende …)", "X (45)"."""
        doc, k = span.doc, span.end
        if k + 2 >= len(doc) or doc[k].text != "(":
            return False
        if doc[k + 1].like_num and doc[k + 2].text in {")", ","}:
            return True
        return bracketed_party_end(doc, k + 1, self.parties) is not None

    def has_first_name(self, span: Span) -> bool:
        return all(p in self.first_names for p in span[0].text.split("-"))

    def name_only(self, doc: Doc, cand: Candidate) -> Candidate | None:
        """A rule person span cut where the name ends ("Joachim Herrmann zu Besuch"), or dropped when it
        ends in a legal form ("Albert Walther GmbH" names a company)."""
        span = cand.span
        if span.label_ != "PER":
            return cand
        if span[-1].text.rstrip(".") in LEGAL_FORMS:
            return None
        end = self.person_name_end(doc, span.start, span.end)
        if end == span.end:
            return cand
        cut = Span(doc, span.start, end, label="PER")
        attrs = {k: v for k, v in cand.attrs.items() if k != "norm_name"}
        return Candidate(cut, cand.confidence, cand.source, attrs)

    @staticmethod
    def person_name_end(doc: Doc, start: int, end: int) -> int:
        """A name's particle ("von", "zu") is followed by a proper name ("zu Guttenberg"); before a
        common noun it starts the rest of the sentence ("Joachim Herrmann zu Besuch"; "kam Jan Roth zu
        Wort" by the tagger's tag after "zu" — after "von" the tagger reads surnames as nouns too)."""
        for k in range(start + 1, end - 1):
            if doc[k].lower_ not in NAME_PARTICLES:
                continue
            if is_common_noun(doc[k + 1].text) or doc[k].lower_ == "zu" and doc[k + 1].tag_ == "NN":
                return k
        return end

    def trailing_object(self, doc: Doc, start: int, end: int) -> bool:
        """The last of three name words right after a finite verb is a common noun the tagger reads as
        one and no surname, after a given name and a name word: the object after an inverted subject
        ("besucht Eva Lenz Schulen"; the person-name rules read it so too)."""
        return (
            doc[start].text in self.first_names
            and doc[start + 1].tag_ == "NE"
            and object_after_subject_name(doc, start, end - 1, self.surnames)
        )

    def apposed_role(self, span: Span) -> bool:
        """'X Y, Leiterin des Amtes, …': a role word set off by a comma right after the two words."""
        doc, k = span.doc, span.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        word = doc[k + 2] if doc[k + 1].tag_ == "ADJA" and k + 2 < len(doc) else doc[k + 1]
        return self.role_word(word.text)

    def part_of_a_body(self, doc: Doc, start: int, end: int) -> bool:
        """A common noun that heads no organization, then "von" and a capitalised name to the span's end:
        a part or business of the body named after "von" ("Deutschlandgeschäft von Nordsoft")."""
        tok = doc[start]
        if start + 2 >= end or doc[start + 1].lower_ != "von" or not doc[start + 2].text[:1].isupper():
            return False
        if tok.text in self.first_names:
            return False  # "Heinz von Heiden": a firm named after a person
        common = is_common_noun(tok.text) or common_compound(tok.text)
        return tok.tag_ in {"NN", "NE"} and self.grammar.head_of(tok.text) is None and common

    def foreign_given_name(self, tok: Token) -> bool:
        """A word right before a one-word model name that the tagger reads as a proper name, that is
        no lexicon word (title, role, cue, common noun, stop word) and in no other entity: a given
        name the lexicon does not list ("Ngozi", "Kwabena")."""
        return tok.tag_ == "NE" and not tok.ent_type_ and self.name_word(tok)

    def plausible_person(self, span: Span) -> bool:
        words = [
            t
            for t in span
            if t.text[:1].isupper() and t.text.replace("-", "").isalpha() and t.text not in self.stop
        ]
        if any(t.text in self.noun_endings for t in span) or span[-1].text.rstrip(".") in LEGAL_FORMS:
            return False  # "Targo Versicherung", "Asset Management", "Walther GmbH"
        if firm_after(span.doc, span.end):
            return False  # "Peter Schmitz & Söhne": the name of a firm
        if not words or any(t.text in self.cues for t in span) or sum(c.isalpha() for c in span[-1].text) < 2:
            return False  # no name word, a role word inside, or an initial at the end ("Julia R")
        if several_word_title(span):
            return False
        return not (len(span) == 1 and (span.text in self.stop or is_acronym(span.text)))

    def org_norm(self, doc: Doc, span: Span) -> str:
        """Nominative name of a model ORG span if it is built around a known head noun; an English
        name ("Institute for Advanced Study") is not German and keeps its form."""
        if any(t.lower_ in ENGLISH_LINKS for t in span[1:-1]):
            return " ".join(span.text.split())
        for h in range(span.start, span.end):
            info = self.grammar.head_of(doc[h].text)
            if info is None or info.cls == "legal":
                continue
            k = h
            while k > span.start and self.grammar.is_adjective(doc[k - 1]):
                k -= 1  # only the head's own adjectives: "des Diakonischen Werks Nordkreis" has none
            adjectives = list(range(k, h))
            return self.grammar.norm_name(doc, OrgParse(span.start, span.end, h, info, span.end, adjectives))
        if len(span) == 1 and (base := genitive_base(span[0])):
            return base  # "des Schauspielhauses" -> "Schauspielhaus"
        if span.start > 0 and doc[span.start - 1].lower_ == "des" and (base := genitive_base(span[0])):
            return f"{base} {' '.join(span[1:].text.split())}"  # "des Kreisfrauenrats X": "Kreisfrauenrat X"
        return adjective_nominative(span) or " ".join(span.text.split())

    # -- steps 2-4: score and select -------------------------------------------------------------
    def score(self, model: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
        by_key = {c.key: c for c in model}
        out = list(model)
        model_orgs = [c.span for c in model if c.span.label_ == "ORG"]
        for rule in rules:
            twin = by_key.get(rule.key)
            if twin is None and self.given_name_inside_org(rule, model_orgs):
                continue
            if twin is None:
                out.append(rule)
                continue
            twin.confidence = min(1.0, max(rule.confidence, twin.confidence) + 0.1)
            twin.source = "model+rule"
            twin.attrs.update({k: v for k, v in rule.attrs.items() if v not in (None, [])})
        for a in out:
            for b in out:
                sa, sb = a.span, b.span
                if a is b or sa.label_ != sb.label_ or not (sa.start <= sb.start and sb.end <= sa.end):
                    continue
                if (sa.start, sa.end) != (sb.start, sb.end) and self.extension_ok(sa, sb):
                    a.confidence = min(1.0, max(a.confidence, b.confidence) + 0.01)
                    if sa.label_ == "PER" and not a.attrs.get("titles"):
                        a.attrs["titles"] = b.attrs.get("titles", [])
        return out

    def extension_ok(self, longer: Span, shorter: Span) -> bool:
        """May the longer span of the same label replace the shorter one?

        Only if the extra words are name words: "AMEOS Klinikum X" may extend "Klinikum X", but not
        "Vorstandes der Thüga AG" nor "Klinikum X das Leistungsspektrum" (sloppy model boundaries).
        """
        extra = [t for t in longer if t.i < shorter.start or t.i >= shorter.end]
        if longer.label_ == "ORG":
            return all(
                (t.text[:1].isupper() and t.text not in self.stop and t.text not in self.cues)
                or t.text in {"-", "&", "und"}
                for t in extra
            )
        if longer.label_ != "PER":
            return True
        return all(
            (
                t.text[:1].isupper()
                and t.text not in self.cues
                and t.text not in self.stop
                and self.grammar.head_of(t.text) is None
                and not is_acronym(t.text)
            )
            or t.text in {"von", "van", "de", "der", "zu", "-"}
            for t in extra
        )

    def given_name_inside_org(self, rule: Candidate, model_orgs: list[Span]) -> bool:
        """A rule person that only a given name supports (no title, role word or known surname: the
        rule's lowest confidence) inside an organization the model reads: the model's reading of the
        whole name wins ("German Pellets", "Warner Bros. Entertainment GmbH"), unless the sentence
        says it is a person: the name in apposition to a role word ("X, Vorsitzender der Y"), or the
        name is a double given name, each part a given name ("Ole-Jannik X"), which no company takes."""
        span = rule.span
        if span.label_ != "PER" or rule.attrs.get("cue") != "first_name" or rule.confidence >= _NAMED_PERSON:
            return False
        if "-" in span[0].text and self.has_first_name(span):
            return False
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "," and self.role_word(doc[span.end + 1].text):
            return False
        return any(o.start <= span.start and span.end <= o.end for o in model_orgs)

    def select(self, candidates: list[Candidate]) -> list[Candidate]:
        ranked = sorted(candidates, key=lambda c: (-c.confidence, -len(c.span), c.span.start))
        taken: set[int] = set()
        chosen = []
        for cand in ranked:
            idx = range(cand.span.start, cand.span.end)
            if cand.confidence < self.cfg["min_confidence"] or any(i in taken for i in idx):
                continue
            chosen.append(cand)
            taken.update(idx)
        locations = {c.span.text for c in chosen if c.span.label_ == "LOC"}
        return [
            c
            for c in chosen
            if not (c.span.label_ == "PER" and c.source == "model" and c.span.text in locations)
        ]

    def named_after_people(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A person's name in close apposition after a noun of a thing names that thing: after a body's
        head noun a company or body ("die Digitalagentur Conrad Caine", "die Firma Hans Roth" -> ORG),
        after a venue, event, publication or work noun no person at all ("der Flughafen Eleftherios
        Venizelos", "das Satiremagazin Charlie Hebdo"), and right after a person's name in the genitive
        neither ("Justin Biebers Love Yourself"). Not when the noun is the genitive complement of a
        title, where the holder's name follows ("die Intendantin des Theaters Sonja Roth")."""
        out: list[Candidate] = []
        owners = {c.span.end for c in chosen if c.span.label_ == "PER" and c.span[-1].text.endswith("s")}
        taken = {i for c in chosen for i in range(c.span.start, c.span.end)}
        bodies: list[Candidate] = []  # the bodies named after a person
        for cand in chosen:
            span = cand.span
            start = span.start
            while start > 0 and doc[start - 1].is_space:
                start -= 1  # "Trennungssong  Love Yourself": a doubled space is a token of its own
            if span.label_ == "PER" and start in owners:
                continue  # "Justin Biebers Love Yourself": what a person's genitive owns is no person
            if span.label_ == "ORG" and self.given_name_before(doc, span, taken):
                span = Span(doc, span.start - 1, span.end, label="ORG")  # "Robert Koch-Institut"
                cand = Candidate(span, cand.confidence, cand.source, {**cand.attrs, "norm_name": span.text})
            named = self.named_after(doc, span, taken) if span.label_ == "PER" else None
            if named is not None:  # "die Friedrich Ebert Stiftung", "in der Heinrich Heine Straße"
                named_kind, end = named
                if named_kind == "body":
                    body = Span(doc, span.start, end, label="ORG")
                    out.append(Candidate(body, cand.confidence, cand.source, {"norm_name": body.text}))
                    bodies.append(out[-1])
                continue
            kind = self.thing_before(doc, start) if span.label_ == "PER" and start > 0 else None
            if kind == "body" and name_object_of_inverted_subject(doc, start - 1, span.end):
                kind = None  # "Dabei ehrte der Verein Klaus X": the subject's object, a person
            if kind == "body":
                # "das Krankenhaus Maria Hilf": a simple head noun is part of the name; a compound or
                # a trade noun says what kind of body it is ("die Digitalagentur Konrad Weiß")
                head = doc[start - 1]
                info = self.grammar.head_of(head.text)
                simple = info is not None and info.nominative.lower() in self.grammar.words
                first = start - 1 if simple and not self.trade_noun(head) else span.start
                label = Span(doc, first, span.end, label="ORG")
                out.append(
                    Candidate(
                        label, cand.confidence, cand.source, {"norm_name": " ".join(label.text.split())}
                    )
                )
                bodies.append(out[-1])
            elif kind is None:
                out.append(cand)
        covered = {i for c in bodies for i in range(c.span.start, c.span.end)}
        return [  # "die Stiftung Anna Roth": the body's name replaces a shorter "Stiftung" found alone
            c
            for c in out
            if any(c is b for b in bodies) or not covered.intersection(range(c.span.start, c.span.end))
        ]

    def named_after(self, doc: Doc, span: Span, taken: set[int]) -> tuple[str, int] | None:
        """A person's full name and a head noun right after it (or as its last word) name a body or a
        place after that person: ('body', end) for "Friedrich Ebert Stiftung" (an organization to
        `end`), ('place', end) for "Heinrich Heine Straße", "Otto Hahn Halle", "Georg Büchner Preis"
        (no person). None when the name stands alone."""
        end = span.end
        last = span[-1]
        if len(span) >= 3 and self.head_kind(last) is not None:
            head, end = last, span.end  # "Otto Hahn Halle" read as one name
        elif end < len(doc) and end not in taken and doc[end].text[:1].isupper() and len(span) >= 2:
            head, end = doc[end], end + 1
        else:
            return None
        kind = self.head_kind(head)
        if kind is None or not self.has_first_name(doc[span.start : span.start + 1]):
            return None
        return kind, end

    def given_name_before(self, doc: Doc, span: Span, taken: set[int]) -> bool:
        """An organization named after a person whose given name the span left out: a given name of
        the lexicon, in no other name, right before a span that opens with the surname ("Robert
        Koch-Institut", "Albert Schweitzer Schule")."""
        k = span.start - 1
        if k < 0 or k in taken or doc[k].text not in self.first_names or doc[k].text in self.stop:
            return False
        first = span[0].text.split("-")[0]
        return first[:1].isupper() and self.grammar.head_of(first) is None and len(span) <= 3

    def head_kind(self, tok: Token) -> str | None:
        """'body' for an organization's head noun in the nominative singular ("Stiftung", "Institut"),
        'place' for a street, building, award, venue or event noun ("Straße", "Halle", "Preis")."""
        if not tok.is_alpha or not tok.text[:1].isupper():
            return None
        info = self.grammar.head_of(tok.text)
        if info is not None and info.cls == "body" and tok.text == info.nominative:
            return "body"
        low = tok.lower_
        return "place" if low.endswith(self.place_heads) or low.endswith(self.other_heads) else None

    def thing_before(self, doc: Doc, start: int) -> str | None:
        """'body' or 'thing' when the word before `start` is a capitalised noun of a body or of a thing
        and no title governs it (no role word among the three words before it), else None."""
        noun = doc[start - 1]
        if not noun.text[:1].isupper() or not noun.is_alpha or noun.pos_ not in {"NOUN", "PROPN", ""}:
            return None
        low = noun.lower_
        info = self.grammar.head_of(noun.text)
        kind = None
        if info is not None and info.cls == "body" and noun.i > 0 and not genitive_article(doc[noun.i - 1]):
            kind = "body"
        elif low.endswith(self.other_heads) or low.endswith(self.media_heads):
            kind = "thing"
        if kind is not None and any(self.role_word(t.text) for t in doc[max(0, noun.i - 3) : noun.i]):
            return None  # "die Leiterin der Agentur X": the agency's head is X
        return kind

    def bodies_after_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A one-word compound of an organization head noun after a person's "vom"/"von der"/"beim"
        ("Karl Kern vom Landeskriminalamt", "Eva Roth von der Kreisverwaltung"): an organization, named
        in the nominative. A bare head ("vom Amt") or a longer phrase is left to the other steps."""
        taken = {i for c in chosen for i in range(c.span.start, c.span.end)}
        out: list[Candidate] = []
        for cand in chosen:
            j = cand.span.end
            if cand.span.label_ != "PER" or j + 1 >= len(doc):
                continue
            k = j + 1 if doc[j].lower_ in {"vom", "beim"} else j + 2
            if k == j + 2 and not (doc[j].lower_ in {"von", "bei"} and doc[j + 1].lower_ in {"der", "dem"}):
                continue
            if k >= len(doc) or k in taken or "-" in doc[k].text:
                continue
            info = self.grammar.head_of(doc[k].text)
            ends = k + 1 >= len(doc) or not doc[k + 1].is_alpha or doc[k + 1].is_lower
            if info is None or info.cls == "weakunit" or not ends or self.needs_a_name(info):
                continue
            attrs = {"norm_name": info.nominative, "cue": "head"}
            out.append(Candidate(Span(doc, k, k + 1, label="ORG"), 0.75, "rule", attrs))
            taken.add(k)
        return out

    def needs_a_name(self, info: Head) -> bool:
        """A listed head that names no particular body alone: "Stadt", "Kreis", "Fachbereich", "Team"
        (not "Landratsamt", "Landtag", "Stadtwerke": one per place, named by the place of the article)."""
        low = info.nominative.lower()
        return low in self.grammar.words and (
            info.cls in ("unit", "weakunit") or info.cls == "admin" and not low.endswith(_INSTITUTION_ENDINGS)
        )

    def acronym_topics(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """An abbreviation followed by "für" and a topic is one name: "MPI für Plasmaphysik", "BfS für
        Kernenergie" (the grammar's topic phrase; never over another entity)."""
        taken = {i for c in chosen for i in range(c.span.start, c.span.end)}
        out: list[Candidate] = []
        for cand in chosen:
            span = cand.span
            k = span.end
            if span.label_ == "ORG" and len(span) == 1 and is_acronym(span.text) and k + 1 < len(doc):
                end = self.grammar.topic_phrase(doc, k + 1) if doc[k].text == "für" else k
                if end > k + 1 and not taken.intersection(range(k, end)):
                    longer = Span(doc, span.start, end, label="ORG")
                    attrs = {**cand.attrs, "norm_name": " ".join(longer.text.split())}
                    cand = Candidate(longer, cand.confidence, cand.source, attrs)
                    taken.update(range(k, end))
            out.append(cand)
        return out

    # -- step 5: abbreviations -------------------------------------------------------------------
    def resolve_abbreviations(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        aliases: dict[str, str] = {}
        for cand in chosen:
            e = cand.span.end
            if (
                cand.span.label_ == "ORG"
                and e + 2 < len(doc)
                and doc[e].text == "("
                and doc[e + 2].text == ")"
            ):
                abbr = doc[e + 1].text
                if is_acronym(abbr):
                    aliases[abbr] = cand.attrs.get("norm_name") or cand.span.text
                    cand.attrs["aliases"] = sorted(set(cand.attrs.get("aliases", []) + [abbr]))
        doc._.org_aliases = aliases
        if not aliases:
            return chosen
        keep = [c for c in chosen if not (len(c.span) == 1 and c.span.text in aliases)]
        old = {c.span.start: c for c in chosen if len(c.span) == 1 and c.span.text in aliases}
        taken = {i for c in keep for i in range(c.span.start, c.span.end)}
        for tok in doc:
            if tok.text not in aliases or tok.i in taken:
                continue
            prev = old.get(tok.i)
            conf = max(0.85, prev.confidence if prev is not None else 0.0)
            attrs = {"norm_name": tok.text, "canonical_name": aliases[tok.text], "cue": "abbreviation"}
            keep.append(Candidate(Span(doc, tok.i, tok.i + 1, label="ORG"), conf, "rule", attrs))
        return keep

    @staticmethod
    def repeated_org_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """An organization's name written again where nothing was found ("Das Start-up Greenloop
        gewann. … Greenloop entwickelt eine App"): the same words, capitalised, as a further mention.
        Names of one word only when no word of the language (not "Stadtrat", whose mentions the rules
        find as they are); never inside or right before another name."""
        taken = {i for c in chosen for i in range(c.span.start, c.span.end)}
        names: dict[str, dict[tuple[str, ...], Candidate]] = {}
        for cand in chosen:
            words = tuple(t.text for t in cand.span)
            one = len(words) == 1 and (is_common_noun(words[0]) or not words[0][:1].isupper())
            if cand.span.label_ == "ORG" and not one and words[0][:1].isupper():
                names.setdefault(words[0], {}).setdefault(words, cand)
        out: list[Candidate] = []
        for tok in doc:
            if tok.i in taken or tok.text not in names:
                continue
            for words, source in sorted(names[tok.text].items(), key=lambda kv: -len(kv[0])):
                end = tok.i + len(words)
                if end > len(doc) or tuple(t.text for t in doc[tok.i : end]) != words:
                    continue
                if taken.intersection(range(tok.i, end)) or end < len(doc) and end in taken:
                    continue
                attrs: dict[str, Any] = {
                    k: source.attrs[k] for k in ("norm_name", "canonical_name") if k in source.attrs
                }
                attrs["cue"] = "repeat"
                out.append(Candidate(Span(doc, tok.i, end, label="ORG"), 0.6, "rule", attrs))
                taken.update(range(tok.i, end))
                break
        return out

    def split_truncated(self, doc: Doc, cand: Candidate) -> list[Candidate]:
        """'Bezirks- und Kreistag', 'Stadt- und Kreisverwaltung Nordtal': a truncated compound joined
        to a body's compound, both first parts levels of government, names a body of its own with that
        compound's head ("Bezirkstag", "Stadtverwaltung Nordtal"; bodies of two levels are two); the
        two are two organizations, the first on its own word."""
        span = cand.span
        if span.label_ != "ORG" or len(span) < 3 or not span[0].text.endswith("-") or len(span[0].text) < 3:
            return [cand]
        if span[1].lower_ not in {"und", "oder", "sowie"} or self.grammar.head_of(span[2].text) is None:
            return [cand]
        head = self.compound_tail(span[2].text)
        if head is None or not levels(span[0].text[:-1], span[2].text[: len(span[2].text) - len(head)]):
            return [cand]  # "Grund- und Mittelschule X", "Jugend- und Sozialamt": one body of two kinds
        rest = doc[span.start + 2 : span.end]
        named = " ".join([span[0].text[:-1] + head, *(t.text for t in rest[1:])])
        word = Span(doc, span.start, span.start + 1, label="ORG")
        first = Candidate(word, cand.confidence, cand.source, {"norm_name": named})
        second = Candidate(Span(doc, rest.start, rest.end, label="ORG"), cand.confidence, cand.source)
        second.attrs["norm_name"] = self.org_norm(doc, second.span)
        return [first, second]

    def compound_tail(self, word: str) -> str | None:
        """The head a compound shares with a truncated one before it: the longest ending after at
        least three letters that heads organizations, or a word of the language after a word
        ("Kreistag" -> "tag", "Kreisverwaltung" -> "verwaltung")."""
        low = word.lower()
        for k in range(_MIN_PREFIX, len(low) - 2):
            tail, first = low[k:], low[:k]
            if tail in self.grammar.suffix_heads:
                return tail
            words = (first, first[:-1] if first.endswith("s") else first)  # "Landes|polizei": a linking -s
            if word_class(tail.capitalize()) and any(word_class(w.capitalize()) for w in words):
                return tail  # "Kreis|tag", not "Krei|stag": two words of the language
        return None

    @staticmethod
    def org_names_read_as_persons(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A one-word person after a word where the two words are an organization's name elsewhere in
        the article ("Gemeinderat Waldbach beschließt Haushalt" above "Der Gemeinderat Waldbach hat
        …"): the body's name, which repeated_org_names then finds, not a councillor Waldbach."""
        names = {tuple(t.text for t in c.span) for c in chosen if c.span.label_ == "ORG" and len(c.span) == 2}
        return [
            c
            for c in chosen
            if not (
                c.span.label_ == "PER"
                and len(c.span) == 1
                and c.span.start > 0
                and (doc[c.span.start - 1].text, c.span.text) in names
            )
        ]

    @staticmethod
    def drop_genitive_s(chosen: list[Candidate]) -> None:
        """Drop a genitive -s the text also names without it ("Sonja Gröntgens Vortrag")."""
        names = {c.attrs.get("norm_name") or c.span.text for c in chosen if c.span.label_ == "PER"}
        for cand in chosen:
            name = cand.attrs.get("norm_name") or cand.span.text
            if cand.span.label_ == "PER" and name.endswith("s") and name[:-1] in names:
                cand.attrs["norm_name"] = name[:-1]

    @staticmethod
    def drop_glued_word(chosen: list[Candidate]) -> None:
        """Drop a capitalised word glued to a name's last word where the page lost a line break
        ("Dr. Christoph HerdaNeuer Ärztlicher Direktor ist …") when the text also names the person
        without it."""
        names = {c.attrs.get("norm_name") or c.span.text for c in chosen if c.span.label_ == "PER"}
        for cand in chosen:
            name = cand.attrs.get("norm_name") or cand.span.text
            glued = _GLUED.search(name) if cand.span.label_ == "PER" else None
            if glued is not None and name[: glued.start() + 1] in names:
                cand.attrs["norm_name"] = name[: glued.start() + 1]

    def set_annotations(self, doc: Doc, chosen: list[Candidate]) -> None:
        spans = []
        for cand in sorted(chosen, key=lambda c: c.span.start):
            span = cand.span
            for attr in ATTRS:
                setattr(span._, attr, cand.attrs.get(attr))
            span._.norm_name = cand.attrs.get("norm_name") or " ".join(span.text.split())
            span._.canonical_name = cand.attrs.get("canonical_name") or span._.norm_name
            span._.titles = cand.attrs.get("titles") or [] if span.label_ == "PER" else None
            span._.aliases = cand.attrs.get("aliases") or []
            span._.confidence = round(cand.confidence, 3)
            span._.source = cand.source
            spans.append(span)
        doc.ents = filter_spans(spans)  # a guard: two steps that claim one word never cost the document

    def cfg_state(self) -> dict[str, Any]:
        return self.cfg

    def load_cfg_state(self, cfg: dict[str, Any]) -> None:
        self.cfg = cfg
