"""Separable verb particles: "Sie führte die Gäste in das Thema ein." → lemma of "führte" is "einführen".

German finite verbs in main clauses leave their particle at the end of the clause ("stellte … vor",
"wies … hin"). The lemmatizer sees only "führte" and answers "führen"; this component re-attaches the
particle to the verb's lemma. A particle is a lower-case word tagged PTKVZ (STTS); only a model
without a tagger is trusted on the relation alone (UD `compound:prt`, TIGER `svp` as in spaCy's
de_core_news models), because UD also labels "zu" in "zu wünschen" and "da" in "war da" so. The verb is
the particle's head when that is a finite full verb before it, else the nearest finite full verb
before it in the same sentence. A verb without a lemma (no lemmatizer) is left alone.

Before that, the lemma of a weak verb's past form that the edit trees left as no infinitive is read
from the form itself: "forderten" -> "fordern", "kündigten" -> "kündigen" (lemmatised "kündigt"),
"unterzeichneten" -> "unterzeichnen" (lemmatised "unterzeichneen"); see `weak_past_lemma`; a strong
verb's form by a table ("saßen" -> "sitzen", `strong_lemma`); and an
"-ern" verb's lemma with an "e" too many ("schilderen" -> "schildern", `ern_lemma`). A finite
"-ieren" verb in "-iere" read as an adjective is retagged a finite verb (`ieren_form`). So too the
participle of a separable verb the edit trees leave as it is: "angetreten" -> "antreten"
(`participle_lemma`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from nlp.components.lexicon import read_lines
from nlp.wordclusters import cluster

FINITE_VERB_TAGS = frozenset({"VVFIN", "VVIMP"})
_CLOSING_MARKS = frozenset({"“", "”", "«"})  # closing quotation marks ('"' opens and closes: left out)
_OPENING_MARKS = frozenset({"„", "»"})


@Language.factory(
    "kg_separable_verbs",
    default_config={"particle_deps": ["compound:prt", "svp"], "particle_tags": ["PTKVZ"]},
)
def make_separable_verbs(
    nlp: Language, name: str, particle_deps: list[str], particle_tags: list[str]
) -> SeparableVerbs:
    return SeparableVerbs(name, particle_deps, particle_tags)


class SeparableVerbs:
    """Prefixes the particle to its verb's lemma ("ein" + "führen"); leaves the particle's own lemma."""

    def __init__(self, name: str, particle_deps: Iterable[str], particle_tags: Iterable[str]) -> None:
        self.name = name
        self.particle_deps = frozenset(particle_deps)
        self.particle_tags = frozenset(particle_tags)

    def __call__(self, doc: Doc) -> Doc:
        has_tags = doc.has_annotation("TAG")
        has_deps = doc.has_annotation("DEP")
        if not (has_tags or has_deps):
            return doc
        if has_tags:
            for tok in doc:
                tag = tok.tag_  # (read once: each read looks the string up)
                if tag == "VVFIN" and tok.lemma_ and (
                    repaired := weak_past_lemma(tok) or ern_lemma(tok) or strong_lemma(tok)
                ):
                    tok.lemma_ = repaired
                elif tag == "VVPP" and tok.lemma_ and (repaired := participle_lemma(tok)) is not None:
                    tok.lemma_ = repaired
                elif tag not in FINITE_VERB_TAGS and (
                    infinitive := ieren_form(tok) or stray_adjective(tok)
                ):
                    tok.tag_, tok.pos_, tok.lemma_ = "VVFIN", "VERB", infinitive
        for tok in doc:
            if not (tok.is_alpha and tok.is_lower):
                continue
            # With a tagger the tag decides (UD also labels "zu wünschen" and "war da" compound:prt);
            # a model without tagger has only the relation.
            stray = False
            if has_tags:
                tag = tok.tag_
                stray = tag == "ADV" and clause_final_particle(tok)
                if tag not in self.particle_tags and not stray:
                    continue
            elif tok.dep_ not in self.particle_deps:
                continue
            verb = self.verb_of(tok, has_deps)
            if verb is not None and (not stray or cluster(tok.lower_ + verb.lemma_.lower()) is not None):
                self.attach(tok, verb)
        return doc

    def verb_of(self, particle: Token, has_deps: bool) -> Token | None:
        """The finite verb the particle belongs to: its head, else the nearest finite verb before it;
        never one inside a quoted clause that closes before the particle ("„Wir bauen …“ – das
        kündigte X an": "kündigte", not "bauen"; a quoted name is no clause: "stellte das Portal „X
        direkt“ vor")."""
        doc = particle.doc
        start = particle.sent.start if doc.has_annotation("SENT_START") else 0
        for i in range(particle.i - 1, start - 1, -1):
            if doc[i].text in _CLOSING_MARKS:
                marks = (j for j in range(i - 1, start - 1, -1) if doc[j].text in _OPENING_MARKS)
                opening = next(marks, start)
                if any(self.is_finite_verb(t) for t in doc[opening:i]):
                    start = i + 1  # the clause of the particle begins after the quoted clause
                    break
        head = particle.head
        if has_deps and start <= head.i < particle.i and self.is_finite_verb(head):
            return None if in_subordinate_clause(doc, head.i, particle.i) else head
        for i in range(particle.i - 1, start - 1, -1):
            if self.is_finite_verb(doc[i]) and not subordinate_verb(doc, i, start):
                return None if in_subordinate_clause(doc, i, particle.i) else doc[i]
        return None

    @staticmethod
    def is_finite_verb(tok: Token) -> bool:
        if tok.tag_:
            return tok.tag_ in FINITE_VERB_TAGS
        return tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm", [])

    @staticmethod
    def attach(particle: Token, verb: Token) -> None:
        """ "führen" + "ein" → "einführen"; a verb without a lemma (no lemmatizer) is left alone."""
        lemma = verb.lemma_
        prefix = particle.text.lower()
        if lemma and not lemma.lower().startswith(prefix):
            verb.lemma_ = prefix + lemma

    def to_disk(self, path: object, *, exclude: object = ()) -> None:
        """Nothing to save: the configuration lives in config.cfg."""

    def from_disk(self, path: object, *, exclude: object = ()) -> SeparableVerbs:
        return self


_SUBORDINATORS = frozenset({"KOUS", "PRELS", "PRELAT"})  # STTS: "dass", "weil"; relative pronouns


_CLAUSE_ENDS = frozenset({",", ".", ":", ";"})


def clause_final_particle(tok: Token) -> bool:
    """A word that can be a separable particle, tagged an adverb, right before the clause's comma,
    colon or full stop: a particle where the verb it follows in the clause makes a known compound
    with it (the caller asks `cluster`: "hoben … hervor" -> "hervorheben"; not "sagte nichts dazu")."""
    nxt = tok.i + 1
    return tok.lower_ in _ADVERB_PARTICLES and (nxt == len(tok.doc) or tok.doc[nxt].text in _CLAUSE_ENDS)


def in_subordinate_clause(doc: Doc, verb: int, particle: int) -> bool:
    """Whether a subordinate clause opened between the verb and the word ("begrüßte, dass die Stadt den
    Zuschuss erhöhe": "erhöhe" is that clause's verb, however tagged) is still open at the word: a main
    clause's particle stands after the comma that closes such a clause ("stellte das Projekt, das sie
    leitet, vor"); a subordinate clause's verb keeps its particle ("…, dass sie vorstellt")."""
    open_clause = False
    for tok in doc[verb + 1 : particle]:
        if tok.tag_ in _SUBORDINATORS:
            open_clause = True
        elif tok.text == ",":
            open_clause = False
    return open_clause


def subordinate_verb(doc: Doc, verb: int, start: int) -> bool:
    """Whether the verb ends a subordinate clause: a subordinator since the last comma before it ("das
    sie schrieb", "weil sie kam")."""
    for i in range(verb - 1, start - 1, -1):
        if doc[i].text == ",":
            return False
        if doc[i].tag_ in _SUBORDINATORS:
            return True
    return False


_PAST_ENDINGS = ("test", "ten", "tet", "te")  # weak past: "forderte", "forderten", "fordertet"


def weak_past_lemma(tok: Token) -> str | None:
    """The infinitive of a weak verb's past form whose lemma is no infinitive: the form itself
    ("forderten"), a participle-like form ("kündigt") or a misspelt one ("unterzeichneen",
    "informiern"). The stem before the past ending takes "-n" after "e", "-el", "-er" (not "-ier":
    "informieren") and "-en" otherwise, if that is a known German word (nlp/lexicons/word_clusters).
    None where the lemma looks right or the form is no weak past."""
    text, lemma = tok.lower_, tok.lemma_.lower()
    wrong = lemma == text or not lemma.endswith("n") or "een" in lemma or lemma.endswith("iern")
    ending = next((e for e in _PAST_ENDINGS if text.endswith(e)), None)
    if not wrong or ending is None or not text.isalpha() or len(text) - len(ending) < 3:
        return None
    stem = text[: -len(ending)]
    if stem.endswith(("e", "el", "eier", "euer", "auer")) or stem.endswith("er") and not stem.endswith("ier"):
        infinitive = stem + "n"
    else:
        infinitive = stem + "en"
    # a known word only: "leiten" (present, misread as past) would give "leien"
    return infinitive if infinitive != text and cluster(infinitive) is not None else None


@cache
def _strong_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in read_lines("strong_verbs.tsv"):
        form, lemma = line.split("\t", 1)
        forms[form] = lemma
    return forms


def strong_lemma(tok: Token) -> str | None:
    """The infinitive of a strong or irregular verb's finite form whose lemma is no infinitive or no
    known word (nlp/lexicons/strong_verbs.tsv, built by build_strong_verbs.py): "saßen" (lemmatised
    "saßen") -> "sitzen", "traten" ("traen") -> "treten", "hoben" -> "heben"; a past plural the table
    lacks by its singular ("sprachen" (lemmatised "sprach") by "sprach" -> "sprechen")."""
    text, lemma = tok.lower_, tok.lemma_.lower()
    if lemma != text and lemma.endswith("n") and cluster(lemma) is not None:
        return None
    forms = _strong_forms()
    return forms.get(text) or (forms.get(text[:-2]) if text.endswith("en") else None)


def ern_lemma(tok: Token) -> str | None:
    """The infinitive of an "-ern"/"-eln" verb whose lemma the edit trees wrote with an "e" too many
    ("schilderte", "schildert" -> "schilderen" -> "schildern"; "bemängelen" -> "bemängeln"), where
    the lemma is no known German word and the infinitive is (nlp/lexicons/word_clusters); not "-ieren"
    verbs, not "leeren"."""
    lemma = tok.lemma_.lower()
    if not lemma.endswith(("eren", "elen")) or lemma.endswith("ieren"):
        return None
    infinitive = lemma[:-2] + "n"
    return infinitive if cluster(infinitive) is not None and cluster(lemma) is None else None


# separable particles before the "ge" of a participle ("angetreten", "eingeführt", "innegehabt")
SEPARABLE_PARTICLES = (
    "zusammen", "zurück", "vorbei", "weiter", "inne", "fest", "fort", "nach", "nieder", "dar", "mit",
    "teil", "aus", "auf", "ein", "vor", "weg", "her", "hin", "los", "ab", "an", "bei", "zu",
)

_PARTICLES_GE = tuple(p + "ge" for p in SEPARABLE_PARTICLES)
# words that are separable particles and adverbs alike, which the tagger may read as adverbs at a
# clause's end ("A und B hoben hervor, dass …")
_ADVERB_PARTICLES = frozenset({*SEPARABLE_PARTICLES, *"hervor heraus hinaus herein hinein hinzu".split()})


def participle_lemma(tok: Token) -> str | None:
    """The infinitive of a separable verb's participle whose lemma is the form itself or keeps its
    "ge" ("angetreten" -> "antreten", "ausgeübt" (lemmatised "ausgeüben") -> "ausüben"): particle and
    stem without "ge", a strong stem in "-en" as it is, a weak one in "-t" with "-en" for the "-t", if
    that is a known German word (nlp/lexicons/word_clusters). None where the lemma looks right."""
    text = tok.lower_
    if not text.startswith(_PARTICLES_GE):
        return None
    lemma = tok.lemma_.lower()
    pairs = zip(SEPARABLE_PARTICLES, _PARTICLES_GE, strict=True)
    particle = next(p for p, with_ge in pairs if text.startswith(with_ge))
    if not text.isalpha() or not (lemma == text or lemma.startswith(particle + "ge")):
        return None
    stem = text[len(particle) + 2 :]
    if len(stem) < 3:
        return None
    infinitive = particle + (stem if stem.endswith("en") else stem[:-1] + "en" if stem.endswith("t") else "")
    return infinitive if infinitive != particle and cluster(infinitive) is not None else None


# tags of the words an attributive adjective is never followed by: the tagger's "adjective" there is
# a verb ("Die Summe reiche aber nicht aus": the Konjunktiv I "reiche", read as "reich")
_NO_NOUN_AFTER = frozenset({"ADV", "PTKNEG", "PTKVZ", "ART", "PPER", "PRF", "APPR", "APPRART", "PPOSAT"})


def stray_adjective(tok: Token) -> str | None:
    """The infinitive of a finite verb in "-e" the tagger read as an attributive adjective where no
    noun can follow: after a noun and before a negation, adverb, particle, article or pronoun ("Die
    Summe reiche aber nicht aus"); a lower-case word, its "-en" form a known German word."""
    if tok.tag_ != "ADJA" or not tok.is_lower or not tok.text.endswith("e") or tok.i < 1:
        return None
    doc = tok.doc
    if (
        tok.i + 1 >= len(doc)
        or doc[tok.i + 1].tag_ not in _NO_NOUN_AFTER
        or doc[tok.i - 1].tag_ not in {"NN", "NE"}
    ):
        return None
    infinitive = tok.lower_ + "n"
    return infinitive if cluster(infinitive) is not None else None


def ieren_form(tok: Token) -> str | None:
    """The infinitive of a finite "-ieren" verb in "-iere" that the tagger read as something else
    ("Wie kaum ein anderer symbolisiere X …": the Konjunktiv I, rare in its training data, tagged ADJA):
    a lower-case word of at least eight letters whose "-ieren" form is a known German word. Shorter
    words in "-iere" are adjectives ("schiere")."""
    text = tok.lower_
    if not (text.endswith("iere") and len(text) >= 8 and tok.is_lower and text.isalpha()):
        return None
    return text + "n" if cluster(text + "n") is not None else None
