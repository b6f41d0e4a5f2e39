"""Name normalization helpers: strip leading function words, put organization names in the nominative.

>>> strip_leading_function_words("vom DFKI")
'DFKI'
>>> nominative_adjective("Deutschen", "n")
'Deutsches'
>>> nominative_adjective("Kölner", "n")
'Kölner'
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from nlp.wordclusters import is_common_noun

# Articles, prepositions and contractions that may open a mention but never a name.
LEADING_FUNCTION_WORDS = frozenset(
    """der die das des dem den ein eine einer eines einem einen vom von zum zur beim bei im in am an
    aus mit für über unter durch nach seit gegen und sowie oder dieser diese dieses diesem diesen
    unserer unsere unseres unserem seiner seine seines ihrer ihre ihres
    seitens laut gemäß wegen während trotz anlässlich zugunsten innerhalb außerhalb""".split()
)

# Stems ending in one of these are adjectives ("deutsch", "kommunal", "technisch"); a word ending in
# -er after another stem is an invariant place adjective ("Kölner", "Frankfurter").
ADJECTIVE_STEM = re.compile(
    r"(isch|lich|ig|al|ell|iv|ar|bar|sam|haft|ant|ent|sch|neu|frei|eigen|ein|gemein|hoch|rot|grün)$",
    re.IGNORECASE,
)
STRONG_NOMINATIVE = {"m": "er", "f": "e", "n": "es", "p": "e"}

_SPACE = re.compile(r"\s+")
_PUNCT_EDGE = re.compile(r"^[\s,;:(\[„“\"'»«]+|[\s,;:)\]„“\"'»«]+$")


def clean(text: str) -> str:
    """Collapse whitespace and trim quotes, brackets and commas at the edges."""
    return _PUNCT_EDGE.sub("", _SPACE.sub(" ", text)).strip()


def strip_leading_function_words(text: str) -> str:
    """'des Kreises Mayen-Koblenz' -> 'Kreises Mayen-Koblenz' (articles, prepositions dropped)."""
    words = clean(text).split(" ")
    while len(words) > 1 and words[0].lower() in LEADING_FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words)


def adjective_stem(word: str) -> str | None:
    """The stem of an inflected adjective ('Deutschen' -> 'Deutsch'), None if it is not one."""
    for ending in ("em", "en", "er", "es", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if ending == "er" and not ADJECTIVE_STEM.search(stem):
                return None  # "Kölner", "Frankfurter": place adjectives do not inflect
            return stem
    return None


def nominative_adjective(word: str, gender: str) -> str:
    """Strong nominative form of an attributive adjective before a head of the given gender."""
    stem = adjective_stem(word)
    if stem is None or gender not in STRONG_NOMINATIVE:
        return word
    return stem + STRONG_NOMINATIVE[gender]


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for comparing names."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s-]", " ", text)
    return _SPACE.sub(" ", text).strip()


# Legal forms written without a full stop of their own (nlp/lexicons/org_heads.txt, class legal)
LEGAL_FORMS = frozenset(
    {
        "GmbH",
        "gGmbH",
        "mbH",
        "AG",
        "KG",
        "KGaA",
        "SE",
        "eG",
        "GbR",
        "OHG",
        "UG",
        "LLP",
        "PartG",
        "PartGmbB",
        "mbB",
    }
)
# Particles inside a person's name ("Christa von Thurn", "Karl zu Guttenberg")
NAME_PARTICLES = frozenset({"von", "zu", "vom", "zur"})
# a surname after an Arabic article, written lower case ("al-Dschubair", "el-Sisi")
ARTICLE_PREFIXED = re.compile(r"(?:al|el|as|ad|ar|asch|at|az)-[A-ZÄÖÜ][a-zäöüß]+")

_INFLECTION_ENDINGS = ("es", "en", "er", "em", "e", "s", "n")
# an umlaut and its plain vowel ("Vorständin" / "Vorstand", "Verbände" / "Verband")
PLAIN_VOWELS = {"ä": "a", "ö": "o", "ü": "u"}


def inflection_key(name: str) -> str:
    """One key for the case forms of a name: 'Technischen Hilfswerks', 'Technisches Hilfswerk' and
    'THW-Ortsverband' / 'THW Ortsverband' fold alike (endings cut where four letters remain)."""
    words = []
    for word in re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", name).casefold()).split():
        for ending in _INFLECTION_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
        words.append(word)
    return " ".join(words)


def is_plural_acronym(word: str) -> bool:
    """'HAWs', 'FHs', 'SUVs': the plural of an abbreviation names a class of things, not one body."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper() and word[:-1].isalpha()


def is_acronym(word: str) -> bool:
    """'DFKI', 'IHK', 'AMEOS' (two or more capitals, at most one lower-case letter inside)."""
    if len(word) < 2 or not word[:1].isupper() or (word[1].islower() and word[2:3].islower()):
        return False  # fast path for ordinary capitalised words ("Anna", "Stadt")
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not word[:1].isupper():
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper >= len(letters) - 1 and all(c.isalnum() or c in "-&" for c in word)


# Where a person stands in a photo, in brackets after the name ("Anna X (links)", "Jan Y (Mitte)"):
# a caption's position, never an organization or party. A closed class of German caption usage.
CREDIT_LABELS = frozenset({"foto", "fotos", "bild", "bilder", "quelle", "grafik"})  # "Foto: X", "Bild X"
PHOTO_POSITIONS = frozenset({"links", "rechts", "mitte", "vorne", "hinten", "oben", "unten"})


def photo_position(doc: Doc, i: int) -> bool:
    """Whether the bracket opening at token `i` holds only a photo position: "(links)", "(Mitte)"."""
    return (
        i + 2 < len(doc)
        and doc[i].text == "("
        and doc[i + 1].lower_ in PHOTO_POSITIONS
        and doc[i + 2].text == ")"
    )


# the words that end a firm named by its owners ("& Co.", "& Söhne", "und Partner")
FIRM_TAILS = frozenset({"Co.", "Cie.", "Söhne", "Sohn", "Töchter", "Partner", "Partnerin", "Partnerinnen"})


def firm_after(doc: Doc, end: int) -> bool:
    """Whether "&" and a capitalised word the NER model reads as no person follow a name that ends
    before token `end`: that name names a firm ("Peter Schmitz & Söhne", "J.-P. Schmitz & Co.", "Berg &
    Partner"; not "Anna Berg & Tim Roth"); or "und" and a firm's tail that no name follows ("Peter
    Müller und Söhne", not "Jan Roth und Sohn Tim")."""
    if end + 1 >= len(doc):
        return False
    if doc[end].text == "und":
        return firm_tail_at(doc, end + 1)
    return doc[end].text == "&" and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ != "PER"


def firm_tail_at(doc: Doc, k: int) -> bool:
    """A firm's tail at `k` that no capitalised word (a name) follows."""
    return doc[k].text in FIRM_TAILS and not (k + 1 < len(doc) and doc[k + 1].text[:1].isupper())


_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def object_after_subject_name(doc: Doc, start: int, k: int, surnames: frozenset[str]) -> bool:
    """The word at `k` after name words from `start` is the object of the finite verb right before the
    name, an inverted subject ("berät Eva Lenz Senioren", "besucht Eva Lenz Schulen"): the tagger reads
    it as a common noun, the word clusters place it among common nouns and no surname list has it (not
    "Hans Peter Koch"); after a title between the verb and the name, or after names coordinated before
    it ("gaben Eva Kunz und Tom Lenz Impulse"), only a plural ("gab Steuerberater Rolf Engel Tipps", not
    "Vizefraktionschef Fritz Rudolf Körper")."""
    tok = doc[k]
    before = start - 1
    while before > 0 and start - before <= 3 and doc[before].tag_ == "NN" and doc[before].text[:1].isupper():
        before -= 1  # "gab Steuerberater Rolf Engel Tipps": a title between; then only a plural object
    if before > 0 and before == start - 1 and doc[before].lower_ in {"und", "sowie"}:
        first = before - 1  # "gaben Eva Kunz und Tom Lenz Impulse": the last of coordinated subjects
        while (
            first > 0
            and before - first <= 4
            and doc[first].text[:1].isupper()
            and doc[first].tag_ in {"NE", "NN"}
        ):
            first -= 1
        before = first if first < before - 1 else before
    titled = before < start - 1
    inverted = before >= 0 and doc[before].tag_ in _FINITE_TAGS
    if titled and "Plur" not in tok.morph.get("Number", []):
        return False
    # a plural after a title or coordinated names, also where the tagger reads it as a name
    noun = tok.tag_ == "NN" or titled and tok.tag_ == "NE"
    return inverted and noun and is_common_noun(tok.text) and tok.text not in surnames


_AND = frozenset({"und", "sowie", ","})
_CLAUSE_GOES_ON = frozenset(
    {"APPR", "APPRART", "PTKVZ", "VVPP", "VVINF", "VAPP", "VAINF", "VMINF", "ADV", "KOUS"}
)


def name_object_of_inverted_subject(doc: Doc, noun: int, end: int) -> bool:
    """A name right after an inverted subject of a body's noun is the finite verb's object ("Dabei
    ehrte der Verein Klaus X", "Danach dankte die Gemeinde Eva Y und Tim Z für …"), not the body's
    name: a finite verb stands right before the noun's article, and after the name, and any names
    coordinated with it, the clause ends or goes on with no further object (a preposition, a verb
    particle or participle, an adverb; not "eröffnete die Firma Hans Roth eine Filiale")."""
    if noun < 2 or doc[noun - 1].tag_ != "ART" or doc[noun - 2].tag_ not in _FINITE_TAGS:
        return False
    k = end
    while k < len(doc) and (doc[k].ent_type_ == "PER" or doc[k].tag_ == "NE" or doc[k].lower_ in _AND):
        k += 1  # the names coordinated with the first
    return k >= len(doc) or doc[k].is_punct or doc[k].tag_ in _CLAUSE_GOES_ON
