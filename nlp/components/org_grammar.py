"""German organization-name grammar: head noun, adjectives before it, name, "für ...", genitive chains."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from nlp.components.lexicon import SuffixLexicon, party_end, read_lines
from nlp.names import LEGAL_FORMS, adjective_stem, is_acronym, nominative_adjective
from nlp.relations.lexicon import calendar_words
from nlp.wordclusters import common_compound, is_common_noun, is_proper_name

GENITIVE_ARTICLES = frozenset({"des", "der"})
COORD = frozenset({"und", "sowie", "&"})
NAME_CLASSES = frozenset({"unit", "weakunit", "admin", "body", "ministry"})
TOPIC_CLASSES = frozenset({"unit", "body", "ministry"})
UNIT_CLASSES = frozenset({"unit", "weakunit"})
# "Lehrstuhl X an der Universität Y", "Bereich X am Landratsamt Y": a unit located in its parent
LOCATIVE = {"am": 1, "beim": 1, "an": 2, "bei": 2}
MAX_NAME = 3
# an indefinite article makes a name a kind of thing: "im Fall eines MANV", "keine GmbH", "eine Tafel
# Schokolade" (read by the grammar, kg_org_names and the merger)
INDEFINITE = frozenset(
    {
        "ein",
        "eine",
        "eines",
        "einem",
        "einen",
        "einer",
        "kein",
        "keine",
        "keines",
        "keinem",
        "keinen",
        "keiner",
    }
)
_NEW = frozenset({"neue", "neuer", "neues", "neuen"})  # "Neues Zentrum für X eröffnet": a headline's news
_ADDRESS_PREPS = {"am": None, "an": frozenset({"der", "dem"}), "auf": frozenset({"dem", "der"})}
# a street, square or path ending the first word of an address ("an der Lindenstraße", "am Marktplatz")
_STREET_ENDINGS = ("straße", "strasse", "platz", "weg", "gasse", "ring", "allee", "ufer")
_SUPERLATIVE = re.compile(r"[sß]te[nrs]?$")  # "größte", "älteste"
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_SUBORDINATORS = frozenset({"PRELS", "KOUS", "PWAV"})  # "der", "dass", "wo": a clause with its verb last
CLAUSE_END_TAGS = frozenset({"PTKVZ", "VVPP", "VVINF", "VVIZU", "VAINF", "VAPP", "VMINF"})  # "an", "gebaut"
MAX_TOPIC = 6


# Endings of abstract nouns ("Unterstützung", "Sicherheit", "Information"): never a place name.
ABSTRACT_ENDINGS = ("ung", "heit", "keit", "ion", "schaft", "tät", "nis", "ismus", "ierung")


# English function words inside a name ("Bank of America", "Institute for Advanced Study")
ENGLISH_LINKS = frozenset({"of", "for"})


def english_name_end(doc: Doc, end: int) -> int:
    """The end of a name that goes on in English after `end` ("Royal Bank | of Canada", "London School
    | of Economics"): "of"/"for" and the capitalised words after it (at most three), no person's."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ENGLISH_LINKS or not doc[end + 1].text[:1].isupper():
        return end
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].text[:1].isupper() and doc[k].ent_type_ != "PER":
        k += 1
    return k


def place_suffix_end(doc: Doc, k: int) -> int:
    """The end of a place name that goes on with its river or region ("Ludwigshafen | am Rhein",
    "Neustadt | an der Weinstraße", "Landau | in der Pfalz"): "am" + a word tagged a proper noun, or
    "an der"/"in der" + a proper noun or a place the model found, with no noun after it."""
    n = len(doc)
    if k + 1 < n and doc[k].lower_ == "am":
        j = k + 1
    elif k + 2 < n and doc[k].lower_ in {"an", "in"} and doc[k + 1].lower_ == "der":
        j = k + 2
    else:
        return k
    word = doc[j]
    named = word.tag_ == "NE" or j > k + 1 and word.ent_type_ == "LOC"  # "am Stadtrand" is a common noun's
    if not named or not word.text[:1].isupper():
        return k
    if j + 1 < n and doc[j + 1].tag_ in {"NN", "NE"} and doc[j + 1].text not in LEGAL_FORMS:
        return k  # "am Standort Süd", "an der Universität Trier": more than a river or region
    return j + 1


def positional_capital(doc: Doc, k: int) -> bool:
    """The word at `k` opens a sentence, a line or the words after a colon, where German capitalises
    any word, and the NER model does not read it as part of an organization."""
    opens = k == 0 or doc[k].is_sent_start or doc[k - 1].text == ":" or doc[k - 1].is_space
    return opens and doc[k].ent_type_ != "ORG"


def inverted_object(doc: Doc, k: int) -> bool:
    """A plural common noun right after the head of a subject standing after its finite verb, with
    the clause ending after it, is the verb's object: "Nun bietet die Volkshochschule | Kurse an",
    "Jetzt sucht die Feuerwehr Nordtal | Helfer." (a name goes on: "der Verein Freunde des Museums");
    so is one after a subject opening a subordinate clause, before the clause's final verb ("mit
    dem das Land | Schulungen fördert", "dass der Verein | Helfer sucht")."""
    tok = doc[k]
    noun = tok.tag_ == "NN" or tok.pos_ == "NOUN"  # the tagger may give a rarer tag ("Dörfer": PDS)
    if k < 3 or not noun or "Plur" not in tok.morph.get("Number", []) or not is_common_noun(tok.text):
        return False
    det = k - 2
    while det > k - 5 and det > 0 and doc[det].pos_ != "DET" and doc[det].text[:1].isupper():
        det -= 1  # "die Volkshochschule Oberdorf | Kurse"
    if det < 1 or doc[det].pos_ != "DET":
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    if doc[det - 1].tag_ in _SUBORDINATORS:  # "mit dem das Land | Schulungen und Kurse fördert"
        if after is not None and after.text in COORD and k + 2 < len(doc) and doc[k + 2].tag_ == "NN":
            after = doc[k + 3] if k + 3 < len(doc) else None
        return after is not None and after.tag_ in FINITE_TAGS | CLAUSE_END_TAGS
    if doc[det - 1].tag_ not in FINITE_TAGS:
        return False
    return after is None or after.is_punct or after.tag_ in CLAUSE_END_TAGS


def lower_case_name(words: Span) -> bool:
    """Words of a name written in lower case ("beauty alliance", "nordic textile"): lower-case words,
    at least one of them read as foreign or proper (FM, NE), the others nouns or adjectives."""
    return all(t.is_lower and t.is_alpha and t.tag_ in {"FM", "NE", "ADJA", "NN"} for t in words) and any(
        t.tag_ in {"FM", "NE"} for t in words
    )


def generic_plural(doc: Doc, before: int, org: OrgParse) -> bool:
    """A plural head that is counted ("viele Kliniken X", "drei Stadtwerke X") or followed only by a
    place in the genitive ("die Kliniken Bayerns"): many bodies of a kind, no one body's name."""
    if before >= 0 and doc[before].tag_ in {"PIAT", "CARD"}:
        return True
    last = doc[org.end - 1]
    return org.end == org.head + 2 and last.text.endswith("s") and "Gen" in last.morph.get("Case", [])


def described(doc: Doc, start: int, end: int) -> bool:
    """Common nouns only (tagged NN: no name, no abbreviation) right after a lower-case superlative or
    ordinal ("das weltweit größte Forschungszentrum für künstliche Intelligenz", "die erste Klinik")
    describe a body; they name none."""
    if start == 0 or any(t.text[:1].isupper() and t.tag_ != "NN" for t in doc[start:end]):
        return False
    before = doc[start - 1]
    ranked = _SUPERLATIVE.search(before.lower_) is not None or "Ord" in before.morph.get("NumType", [])
    return before.is_lower and before.tag_ == "ADJA" and ranked


@dataclass(frozen=True)
class Head:
    gender: str
    cls: str
    nominative: str


@dataclass
class OrgParse:
    """Token indices of one organization mention and the parent it names in a chain."""

    start: int
    end: int
    head: int
    info: Head
    own_end: int  # end of the organization's own name, before a genitive / juxtaposed parent
    adjectives: list[int] = field(default_factory=list)
    parent: OrgParse | None = None
    glued_article: bool = False  # "desRhein-Pfalz-Kreises": article written onto the name
    parent_apart: bool = False  # parent named after a preposition: not part of this name


@cache
def _venue_compounds() -> tuple[str, ...]:
    """The venue head nouns of venue_heads.txt (lower case), read as word endings."""
    return tuple(w.lower() for w in read_lines("venue_heads.txt"))


class OrgGrammar:
    """Recognises organization mentions around head nouns from the org_heads lexicon."""

    def __init__(
        self,
        heads: list[str],
        stop: frozenset[str],
        cues: SuffixLexicon,
        brands: list[str] | None = None,
        parties: frozenset[str] = frozenset(),
    ) -> None:
        self.parties = parties  # a body's genitive party is part of its name ("Fraktion der SPD")
        self.words: dict[str, Head] = {}
        self.suffixes: list[tuple[str, Head]] = []
        self.legal: dict[str, Head] = {}
        for line in heads:
            *word_parts, gender, cls = line.split()
            word = " ".join(word_parts)
            head = Head(gender, cls, word.lstrip("-"))
            if cls == "legal":
                self.legal[word] = head
            elif word.startswith("-"):
                self.suffixes.append((word[1:].lower(), head))
                self.words[word[1:].lower()] = head
            else:
                self.words[word.lower()] = head
        self.suffixes.sort(key=lambda s: -len(s[0]))
        self.suffix_heads: dict[str, Head] = {}  # the first (longest-first order) entry of each suffix
        for suffix, info in self.suffixes:
            self.suffix_heads.setdefault(suffix, info)
        self._heads: dict[str, Head | None] = {}
        self.stop = stop
        self.cues = cues
        self.addressed = tuple(read_lines("address_heads.txt"))
        self.brands = sorted((tuple(b.lower().split()) for b in brands or ()), key=len, reverse=True)
        self.brands_by_first: dict[str, list[tuple[str, ...]]] = {}  # longest first, as `brands`
        self.brands_by_last: dict[str, list[tuple[str, ...]]] = {}
        for words in self.brands:
            self.brands_by_first.setdefault(words[0], []).append(words)
            self.brands_by_last.setdefault(words[-1], []).append(words)

    # -- words -----------------------------------------------------------------------------------
    def head_of(self, text: str) -> Head | None:
        """Head info for a (possibly inflected, possibly compound) head noun; nominative spelled out
        (remembered per word: the lexicon does not change, words recur)."""
        if text in self._heads:
            return self._heads[text]
        found = self._head_of(text)
        if len(self._heads) < 1 << 16:
            self._heads[text] = found
        return found

    def _head_of(self, text: str) -> Head | None:
        if text in self.legal:
            return self.legal[text]
        if (
            not text[:1].isupper()
            or text in self.stop
            or not text.replace("-", "").replace(".", "").isalpha()
        ):
            return None  # "St.-Marien-Krankenhaus": an abbreviation inside a compound name counts
        if text.lower().rstrip("s").endswith(_venue_compounds()):
            return None  # "Kongresszentrum", "Stadthalle": a venue, though "-zentrum" heads bodies
        for cut in ("", "es", "s", "n", "en", "e"):
            if cut and not text.endswith(cut):
                continue
            base = text[: len(text) - len(cut)] if cut else text
            info = self.lookup(base)
            if info is not None and (not cut or self.inflects(info, cut)):
                if cut and self.person_noun_end(text):
                    return None  # "Fraktionskollege" is a colleague, not a "Kolleg" in the dative
                return Head(info.gender, info.cls, base)
        return None

    def person_noun_end(self, text: str) -> bool:
        """The word is, or ends in, a noun of a person of the name cues ("Kollege", "Fraktionskollege")."""
        low = text.lower()
        return any(low[k:] in self.cues.words for k in range(len(low) - 3))

    def lookup(self, base: str) -> Head | None:
        low = base.lower()
        if low in self.words:
            return self.words[low]
        for k in range(3, len(low)):  # the longest suffix first that leaves three letters before it
            info = self.suffix_heads.get(low[k:])
            if info is not None and low[k:] == "amt" and self.holders_post(base[:k]):
                return None  # "Präsidentenamt", "Bürgermeisteramt": a post named by its holder, no office
            if info is not None:
                return info
        return None

    def holders_post(self, prefix: str) -> bool:
        """The first part of an "-amt" compound is a title of its holder ("Präsidenten-", "Rektor-")."""
        holders = {prefix, prefix.removesuffix("s"), prefix.removesuffix("en"), prefix.removesuffix("n")}
        return any(len(h) > 2 and h in self.cues for h in holders)

    @staticmethod
    def inflects(info: Head, cut: str) -> bool:
        if info.gender in ("m", "n"):
            return cut in ("es", "s", "e")  # des Kreises, des Amts, dem Kreise
        if info.gender == "p":
            return cut == "n"  # den Stadtwerken
        return False  # feminine nouns do not inflect in the singular

    def is_name_word(self, tok: Token) -> bool:
        text = tok.text
        inner_caps = (  # "eGo-Saar", "iKommune", "dataPlus": a lower-case start with a capital inside
            len(text) > 2
            and text[0].islower()
            and any(c.isupper() for c in text[1:])
            and text.isalpha()
            or len(text) > 2
            and text[0].islower()
            and text[1].isupper()
        )
        if not (text[:1].isupper() or inner_caps) or text in self.stop or text in self.cues:
            return False
        bare = text.replace("-", "").replace(".", "").replace("’", "").replace("'", "")
        return bare.isalnum() and not text.endswith("-")  # "McDonald's", "Hudson’s Bay"

    def is_adjective(self, tok: Token) -> bool:
        text = tok.text
        return (
            text[:1].isupper()
            and text.replace("-", "").isalpha()
            and text not in self.stop
            and adjective_stem(text) is not None
            and self.head_of(text) is None
        )

    def is_place_adjective(self, tok: Token) -> bool:
        """A place adjective ("Kölner", "Frankfurter"): capitalised, ends in -er, never inflected."""
        text = tok.text
        return (
            text[:1].isupper()
            and text.endswith("er")
            and text.isalpha()
            and len(text) > 4
            and text not in self.stop
            and text not in self.cues
            and self.head_of(text) is None
        )

    def brand_ending_at(self, doc: Doc, k: int) -> int | None:
        """Start of an umbrella brand ("Fraunhofer", "Max Planck") whose last word is token k."""
        for words in self.brands_by_last.get(doc[k].lower_, ()):
            start = k - len(words) + 1
            if start >= 0 and tuple(t.lower_ for t in doc[start : k + 1]) == words:
                return start
        return None

    def brand_starting_at(self, doc: Doc, k: int) -> int | None:
        """End of an umbrella brand whose first word is token k (capitalised as a name)."""
        if not doc[k].text[:1].isupper():
            return None
        for words in self.brands_by_first.get(doc[k].lower_, ()):
            end = k + len(words)
            if end <= len(doc) and tuple(t.lower_ for t in doc[k:end]) == words:
                return end
        return None

    # -- parsing ---------------------------------------------------------------------------------
    def parse_brand(self, doc: Doc, k: int) -> OrgParse | None:
        """An umbrella brand with an institute's abbreviation: "Fraunhofer FOKUS", "Fraunhofer IESE".

        A brand before a head noun ("Fraunhofer Institut für ...") is parsed from that head instead.
        """
        brand_end = self.brand_starting_at(doc, k)
        if brand_end is None:
            return None
        end = brand_end
        while (
            end < len(doc)
            and end - brand_end < 2
            and is_acronym(doc[end].text)
            and doc[end].text not in self.stop
        ):
            end += 1
        if end == brand_end:
            return None
        info = Head("n", "brand", doc[k].text)
        return OrgParse(k, end, k, info, end)

    def parse(self, doc: Doc, h: int, *, nested: bool = False) -> OrgParse | None:
        """The organization around head token h, or None when the head stands alone ("die Stadt").

        A `nested` parse (a parent in a chain) leaves a legal-form suffix to the outer name:
        "Förderverein der Freiwilligen Feuerwehr X e.V." is the Förderverein's e.V.
        """
        info = self.head_of(doc[h].text)
        if info is None:
            return None
        if info.cls == "legal":
            return self.parse_legal(doc, h, info)
        start, adjectives = self.left(doc, h)
        end = english_name_end(doc, self.right_name(doc, h + 1, info))  # "Royal Bank of Canada"
        if end == h + 1 and doc[h].text.lower().endswith(self.addressed):
            end = self.address_name(doc, end)  # "Gymnasium am Römerkastell"
        if end == h + 1 and info.cls == "body" and end < len(doc) and self.head_of(doc[end].text) is not None:
            territory = self.parse(doc, end, nested=True)  # "Wirtschaftsförderung Kreis X": named by it
            if territory is not None and territory.start == end and territory.info.cls == "admin":
                end = territory.end
        if info.cls in TOPIC_CLASSES or info.cls == "ministry":
            topic_end = self.right_topic(doc, end, info)
            if end == h + 1 or not (topic_end < len(doc) and doc[topic_end].tag_ == "ADJD"):
                end = topic_end  # "bei der Sparkasse X für Digitalisierung zuständig": the adjective's
        own_end = end  # "für", after a name that has its own words
        org = OrgParse(start, end, h, info, own_end, adjectives)
        self.right_chain(doc, org)
        genitive = org.end + 1 < len(doc) and doc[org.end].text in {"der", "des"}
        if org.parent is None and info.cls == "body" and genitive:
            party = party_end(doc, org.end + 1, self.parties)  # "die Fraktion der Freien Wähler"
            if party is not None:
                org.end = org.own_end = party
            elif org.end == h + 1 and (named := self.named_genitive(doc, org.end + 1)) is not None:
                org.end = org.own_end = named  # "Zentralverband des Deutschen Handwerks"
        if not nested and org.end < len(doc) and doc[org.end].text in self.legal:
            org.end += 1
            org.own_end = max(org.own_end, org.end) if org.parent is None else org.own_end
        if info.cls == "weakunit" and (org.parent is None or org.own_end == h + 1):
            return None
        described_only = org.end == h + 1 and adjectives and adjectives[0] == org.start
        if described_only and positional_capital(doc, org.start):
            return None  # "Neues Netzwerk gestartet": capitalised by its place, a description, not a name
        standalone = "-" in doc[h].text and doc[h].text.split("-")[0][:1].isupper()
        if org.start == h and org.end == h + 1 and not standalone:
            return None
        k = org.start - 1
        while k > 0 and doc[k].tag_ == "ADJA" and doc[k].is_lower:
            k -= 1  # "ein erfolgreiches IT Unternehmen": past the adjectives to the article
        if org.parent is None and k >= 0 and doc[k].lower_ in INDEFINITE:
            return None  # "eine Tafel Schokolade", "ein Verein Kultur": a kind of thing, no name
        if org.parent is None and info.gender == "p" and generic_plural(doc, k, org):
            return None
        return org

    @staticmethod
    def address_name(doc: Doc, k: int) -> int:
        """The end of an address that names a school or a hospital without a name of its own: "am" or
        "an der"/"auf dem" and a street ("an der Lindenstraße") or a name the model reads as an
        organization ("am Römerkastell"); not a place ("die Schule am Rhein") or a common noun ("am
        Montag")."""
        n = len(doc)
        if k >= n or doc[k].lower_ not in _ADDRESS_PREPS:
            return k
        articles = _ADDRESS_PREPS[doc[k].lower_]
        j = k + 1
        if articles is not None:
            if j >= n or doc[j].lower_ not in articles:
                return k
            j += 1
        if j >= n or not doc[j].text[:1].isupper() or not doc[j].is_alpha:
            return k
        if doc[j].lower_.endswith(_STREET_ENDINGS):
            return j + 1
        if doc[j].ent_type_ not in ("ORG", "MISC") or doc[j].ent_iob_ != "B":
            return k
        end = j + 1
        while end < n and end - j < MAX_NAME and doc[end].ent_iob_ == "I":
            end += 1
        return end

    def named_genitive(self, doc: Doc, k: int) -> int | None:
        """The end of a genitive that names what a body without a name of its own represents:
        capitalised adjectives and a noun ("des Deutschen Handwerks", "der Chemischen Industrie"),
        no organization of its own (that is a parent in a chain) and no person."""
        j = k
        while j < len(doc) and self.is_adjective(doc[j]) and doc[j].ent_type_ != "PER":
            j += 1
        if j == k or j >= len(doc) or not doc[j].text[:1].isupper() or not doc[j].is_alpha:
            return None
        if self.head_of(doc[j].text) is not None or doc[j].ent_type_ == "PER" or doc[j].text in self.stop:
            return None
        return j + 1

    def left(self, doc: Doc, h: int) -> tuple[int, list[int]]:
        k = h - 1
        adjectives: list[int] = []
        brand = self.brand_ending_at(doc, k) if k >= 0 else None
        if brand is not None:
            return brand, adjectives  # "Max Planck Institut für Informatik"
        if k >= 0 and is_acronym(doc[k].text) and doc[k].text not in self.stop:
            return k, adjectives  # "AMEOS Klinikum"
        if k >= 1 and self.name_before_head(doc, k):
            return k, adjectives  # "die Bertelsmann Stiftung", "das Helios Klinikum"
        expected = h  # an inflected adjective stands right before the head or another adjective
        while k >= 0:
            if k >= 1 and doc[k].text in COORD and doc[k - 1].text.endswith("-"):
                k -= 2  # "Städte- und Gemeindebund", "Industrie- und Handelskammer"
                expected = k + 1
            elif doc[k].is_sent_start and doc[k].lower_ in _NEW:
                break  # "Neues Forschungszentrum für X eröffnet": a headline's "new", no part of a name
            elif self.is_adjective(doc[k]) or self.is_place_adjective(doc[k]):
                if self.is_adjective(doc[k]) and k + 1 == expected:
                    adjectives.append(k)  # not past a name: "Johannes Kepler Universität"
                    expected = k
                k -= 1
                if doc[k + 1].is_sent_start:
                    break
            else:
                break
        return k + 1, adjectives

    def name_before_head(self, doc: Doc, k: int) -> bool:
        """A proper name between an article and the head noun: capitalised, mid-sentence, no word of
        the language (the word clusters' common nouns), no head noun, no adjective, no place the model
        tagged ("die Trierer Stiftung" is an adjective; "die Lesen Stiftung" does not occur)."""
        tok = doc[k]
        return (
            doc[k - 1].lower_ in ("die", "der", "des", "dem", "den", "das")
            and not tok.is_sent_start
            and tok.is_title
            and tok.is_alpha
            and tok.text not in self.stop
            and not is_common_noun(tok.text)
            and (is_proper_name(tok.text) or not common_compound(tok.text))  # "die Senckenberg Gesellschaft"
            and self.head_of(tok.text) is None
            and not self.is_adjective(tok)
            and not self.is_place_adjective(tok)
            and tok.ent_type_ not in ("LOC", "PER")
        )

    def right_name(self, doc: Doc, k: int, info: Head) -> int:
        if info.cls not in NAME_CLASSES:
            return k
        n, start = len(doc), k
        after_plus = doc[k + 1] if k + 1 < n and doc[k].text == "plus" else None
        if after_plus is not None and self.is_name_word(after_plus) and after_plus.tag_ == "NE":
            k += 1  # "Realschule plus Nordtal": "plus" is part of the kind's name, the place follows
        while (
            k < n
            and k - start < MAX_NAME
            and self.is_name_word(doc[k])
            and (self.name_not_head(doc[k], k == start) or self.after_genitive_adjective(doc, k, start))
            and not (k > start and self.noun_after_name(doc, k))
            and not (k == start and inverted_object(doc, k))
        ):
            k += 1
        if k > start and k + 1 < n and doc[k].text in COORD | {"und"} and self.is_name_word(doc[k + 1]):
            if self.head_of(doc[k + 1].text) is None and (k + 2 >= n or not self.is_name_word(doc[k + 2])):
                k += 2  # "Organisation und Datenverarbeitung", "Fulda und Geisa"
            elif self.coordinated_nouns(doc, k):
                k += 2  # "Arbeitsgemeinschaft Natur und Umwelt Nordheim": the name goes on after them
                while (
                    k < n
                    and k - start < MAX_NAME + 2
                    and self.is_name_word(doc[k])
                    and self.name_not_head(doc[k], False)
                ):
                    k += 1
        elif k == start and k + 2 < n and doc[k].text.endswith("-") and doc[k + 1].text in COORD:
            if self.is_name_word(doc[k + 2]):
                k += 3  # "Notfall- und Krisenmanagement"
        elif k > start and k + 1 < n and doc[k].text == "," and info.cls in TOPIC_CLASSES:
            k = self.noun_series_end(doc, start, k)  # "Arbeitsgemeinschaft Bauen, Wohnen und Leben"
        return place_suffix_end(doc, k) if k > start and doc[k - 1].tag_ == "NE" else k

    def noun_series_end(self, doc: Doc, start: int, k: int) -> int:
        """The end of a series of common nouns closed by "und" that names a body after its head ("Bauen,
        Wohnen und Leben", "Natur, Umwelt und Heimat X"), from the name's first word; `k` (the comma)
        unless every word of it but a place after it is a common noun: places ("Stadtwerke Nordtal,
        Bachtal und …") are a list of bodies."""
        end = self.topic_phrase(doc, start)
        words = [t for t in doc[start:end] if t.text not in COORD and t.text != ","]
        while words and words[-1].tag_ == "NE" and len(words) > 3:
            words.pop()  # "Natur, Umwelt und Heimat Nordtal": the place after the series
        if end <= k + 1 or not any(t.text in COORD for t in doc[k:end]):
            return k
        return end if all(t.tag_ == "NN" and self.head_of(t.text) is None for t in words) else k

    def after_genitive_adjective(self, doc: Doc, k: int, start: int) -> bool:
        """A head noun after a strong adjective that opens the name is the genitive plural the body is
        named for, no head of its own: "Verband Deutscher Verkehrsunternehmen", nor is one after a place
        adjective that opens the name ("Verein Kölner Tafel"); a head noun after an
        attributive adjective inside the name is that adjective's noun: "Referat Digitale Verwaltung"."""
        if k == start + 1 and doc[start].text.endswith("er") and self.is_adjective(doc[start]):
            return True
        if k == start + 1 and self.is_place_adjective(doc[start]):
            return True  # "Verein Talheimer Tafel": the place adjective's noun, the head of the name
        return k > start and doc[k - 1].tag_ == "ADJA" and self.is_adjective(doc[k - 1])

    def coordinated_nouns(self, doc: Doc, k: int) -> bool:
        """Two common nouns joined by the "und" at k inside a name ("Natur und Umwelt"), the second no
        head noun, no person's name and followed by another name word."""
        before, after = doc[k - 1], doc[k + 1]

        def common(tok: Token) -> bool:  # tagged NN, or without a tagger a word of the deeper classes
            return tok.tag_ == "NN" if tok.tag_ else is_common_noun(tok.text)

        return (
            doc[k].text == "und"
            and common(before)
            and common(after)
            and self.head_of(after.text) is None
            and after.ent_type_ != "PER"
            and k + 2 < len(doc)
            and self.is_name_word(doc[k + 2])
        )

    def noun_after_name(self, doc: Doc, k: int) -> bool:
        """A common noun of the language (word clusters, tagged NN) after a name word that is no
        adjective, with no name word after it, starts the rest of the sentence: "der Landkreis Nordtal |
        Behördengänge überflüssig machen" (not "Südliche Weinstraße", whose noun follows an adjective, a
        place adjective's too)."""
        if doc[k].tag_ != "NN" or not is_common_noun(doc[k].text) or self.is_adjective(doc[k - 1]):
            return False
        if self.is_place_adjective(doc[k - 1]):
            return False  # "Verein Talheimer Tafel": the place adjective's noun is part of the name
        if doc[k - 1].lower_ in {"pro", "contra", "anti"}:
            return False  # "Pro Bahn", "Pro Asyl": the noun is the name's object
        return k + 1 >= len(doc) or not self.is_name_word(doc[k + 1])  # "Agentur KLEA Region SBH" goes on

    def name_not_head(self, tok: Token, first: bool) -> bool:
        """A head noun ends a name, but a compound territory name may be one: "Landratsamt Odenwaldkreis"."""
        info = self.head_of(tok.text)
        if info is None:
            return True
        return (
            first
            and info.cls == "admin"
            and tok.text.lower() not in self.words
            and tok.i + 1 < len(tok.doc)
            and not tok.doc[tok.i + 1].text[:1].isupper()
        )

    def right_topic(self, doc: Doc, k: int, info: Head) -> int:
        """Topic complements: "für künstliche Intelligenz", "des Innern und für Sport", "kommunaler X"."""
        n, first = len(doc), True
        while k < n:
            j = k
            if not first and doc[j].text in COORD and j + 1 < n and doc[j + 1].text in ("für", "des", "der"):
                j += 1
            text = doc[j].text
            nxt = doc[j + 1] if j + 1 < n else None
            if text == "für":
                start = j + 2 if self.article_before_place(doc, j + 1, first) else j + 1
                end = self.bracketed_extension(doc, self.topic_phrase(doc, start))
            elif (
                info.cls == "ministry"
                and text in GENITIVE_ARTICLES
                and nxt is not None
                and (nxt.text[:1].isupper() and nxt.text not in self.stop and self.head_of(nxt.text) is None)
            ):
                end = self.topic_phrase(doc, j + 1)  # "Ministerium des Innern"
            elif (
                first
                and info.cls == "body"
                and text[:1].islower()
                and text.endswith("er")
                and nxt is not None
                and self.is_name_word(nxt)
                and adjective_stem(text) is not None
            ):
                end = j + 2  # genitive plural without article: "Verband kommunaler Unternehmen"
            else:
                break
            if end <= j + 1:
                break
            k, first = end, False
        return k

    def article_before_place(self, doc: Doc, k: int, first: bool = True) -> bool:
        """ "Industrie- und Handelskammer für die Pfalz", "Landesamt für das Saarland", "Caritasverband
        für den Landkreis X": an article after "für" belongs to the name only before a place the model
        tags or a territorial body's head and name, or when the model's
        organization runs through it as the name's first complement and the word is no abstract
        noun (not "für den Ausbau", not "Landesamt für Umwelt für die Unterstützung")."""
        if k + 1 >= len(doc) or doc[k].lower_ not in ("die", "das", "den"):
            return False
        if any(e.label_ == "LOC" and e.start == k + 1 for e in doc.ents):
            return True
        territory = self.head_of(doc[k + 1].text)
        if (
            first
            and territory is not None
            and territory.cls == "admin"
            and k + 2 < len(doc)
            and doc[k + 2].is_title
        ):
            return True  # "Caritasverband für den Landkreis X": the territory the body serves
        word = doc[k + 1].lower_
        return (
            first
            and not word.endswith(ABSTRACT_ENDINGS)
            and any(e.label_ == "ORG" and e.start < k and e.end > k + 1 for e in doc.ents)
        )

    def bracketed_extension(self, doc: Doc, end: int) -> int:
        """ "für Sicherheit in der Informationstechnik (BSI)": a locative continuation belongs to the
        name when the name's abbreviation in brackets follows it."""
        n = len(doc)
        k = end
        if k < n and doc[k].text in ("in", "im", "auf", "am"):
            k += 1
            if k < n and doc[k].text in ("der", "den", "dem"):
                k += 1
            stop = self.topic_phrase(doc, k) if k < n and doc[k].text[:1].isupper() else k
            if stop > k and stop + 2 < n and doc[stop].text == "(" and doc[stop + 1].text.isupper():
                return stop
            if stop == k + 1 and self.field_noun(doc, k):
                return stop  # "Bundesamt für Sicherheit in der Informationstechnik": a field, no place
        return end

    def field_noun(self, doc: Doc, k: int) -> bool:
        """A compound of common nouns after "in der"/"im", tagged as no name, naming no body and no
        time, that ends the clause's noun phrase (a mark or a verb follows): the field a topic is in
        ("in der Informationstechnik", "im Gesundheitswesen"), not "in der Stadt Nordheim", "in der
        Hauptstadt" (whose last part is a body's head), "im Rahmen der Tagung", "in der Praxis",
        "im Sommer"."""
        tok = doc[k]
        after = doc[k + 1] if k + 1 < len(doc) else None
        return (
            tok.tag_ == "NN"
            and common_compound(tok.text)
            and not any(self.head_of(tok.text[j:].capitalize()) for j in range(len(tok.text) - 3))
            and tok.ent_type_ == ""
            and tok.lower_ not in calendar_words()
            and (after is None or after.is_punct or after.tag_.startswith("V"))
        )

    def topic_phrase(self, doc: Doc, k: int) -> int:
        """End of "künstliche Intelligenz", "Europa und Internationales", "Wohnen, Bau und Verkehr"."""
        n, start, last_noun = len(doc), k, k
        before_comma: int | None = None  # a comma list counts only if "und" closes it
        coordinated = False
        while k < n and k - start < MAX_TOPIC + 4:
            text = doc[k].text
            noun = text not in self.stop or doc[k].tag_ == "NN" and doc[k - 1].text in COORD  # "… und Recht"
            if text[:1].isupper() and noun and text.replace("-", "").isalpha():
                last_noun = k + 1
            elif (
                text[:1].islower()
                and adjective_stem(text) is not None
                and text not in self.stop
                and doc[k].tag_ in ("ADJA", "")  # attributive ("künstliche"), not "für extrem niedrige …"
            ):
                pass
            elif text in COORD and last_noun == k and k + 1 < n and doc[k + 1].text != "für":
                coordinated = True
            elif text == "," and last_noun == k and k + 1 < n and doc[k + 1].text[:1].isupper():
                before_comma = last_noun if before_comma is None else before_comma
                coordinated = False
            else:
                break
            k += 1
        if before_comma is not None and not coordinated:
            return before_comma
        return last_noun

    def right_chain(self, doc: Doc, org: OrgParse) -> None:
        """Extend by a genitive parent ("der Stadtverwaltung X") or a juxtaposed one ("Stadt X")."""
        k, n = org.end, len(doc)
        if k >= n:
            return
        text = doc[k].text
        parent = None
        if text in GENITIVE_ARTICLES and k + 1 < n:
            parent = self.parse_at(doc, k + 1)
        elif text[:3] in GENITIVE_ARTICLES and text[3:4].isupper():
            info = self.head_of(text[3:])
            if info is not None:
                parent = OrgParse(k, k + 1, k, info, k + 1, glued_article=True)
        elif org.info.cls in UNIT_CLASSES and self.head_of(text) is not None:
            cand = self.parse(doc, k, nested=True)
            if cand is not None and cand.start == k and cand.info.cls == "admin":
                parent = cand
        elif org.info.cls in UNIT_CLASSES and text in LOCATIVE:
            skip = LOCATIVE[text]
            if skip == 1 or (k + 1 < n and doc[k + 1].text in ("der", "dem")):
                parent = self.parse_at(doc, k + skip)
                if parent is not None:
                    org.parent, org.parent_apart = parent, True
                    return
        if parent is not None:
            org.parent = parent
            org.end = parent.end

    def parse_at(self, doc: Doc, start: int) -> OrgParse | None:
        """An organization whose name starts exactly at token `start` (adjectives included)."""
        for h in range(start, min(start + 4, len(doc))):
            if self.head_of(doc[h].text) is not None:
                cand = self.parse(doc, h, nested=True)
                if cand is not None and cand.start == start:
                    return cand
        return None

    def parse_legal(self, doc: Doc, h: int, info: Head) -> OrgParse | None:
        k = h - 1
        while k >= 0 and h - k <= 4 and (self.is_name_word(doc[k]) or is_acronym(doc[k].text)):
            k -= 1
        if k + 1 == h:
            start = self.article_led_name(doc, h)  # "die Initiative Nordtal hilft e.V."
            return OrgParse(start, h + 1, h, info, h + 1) if start is not None else None
        return OrgParse(k + 1, h + 1, h, info, h + 1)

    @staticmethod
    def article_led_name(doc: Doc, h: int) -> int | None:
        """The start of a name with a lower-case word right before its legal form ("Initiative Nordtal
        hilft e.V.", "Tommy nicht allein e.V."): the capitalised word after an article, at most five
        words back, with no punctuation between; or after the article a name written in lower case,
        words the tagger reads as foreign or proper ("die beauty alliance GmbH")."""
        for j in range(h - 1, max(0, h - 6), -1):
            if doc[j].is_punct or doc[j].is_space:
                return None
            if doc[j - 1].lower_ in ("der", "die", "das", "den", "dem", "des") and (
                doc[j].text[:1].isupper() or lower_case_name(doc[j:h])
            ):
                return j
        return None

    # -- names -----------------------------------------------------------------------------------
    def norm_name(self, doc: Doc, org: OrgParse, end: int | None = None) -> str:
        """Nominative name: adjectives before the head in strong nominative, head uninflected."""
        end = org.end if end is None else end
        if any(doc[i].lower_ in ENGLISH_LINKS for i in range(org.start + 1, end - 1)):
            return " ".join(doc[org.start : end].text.split())  # "Institute for Advanced Study": English
        parts: list[str] = []
        for i in range(org.start, end):
            tok = doc[i]
            text = tok.text
            if i in org.adjectives:
                text = nominative_adjective(text, org.info.gender)
            elif i == org.head:
                text = org.info.nominative
            elif org.parent is not None and org.parent.glued_article and i == org.parent.head:
                text = text[:3] + " " + text[3:]
            parts.append(text + (tok.whitespace_ if i < end - 1 else ""))
        return " ".join("".join(parts).split())
