"""Rule-based German person names: first-name lexicon + surname, after titles and role words."""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.components import extensions  # noqa: F401  (registers the Span extensions)
from nlp.components.lexicon import SerializedLexicons, SuffixLexicon, read_lines, stop_words_capitalized
from nlp.components.titles import TitleMatcher
from nlp.names import ARTICLE_PREFIXED, adjective_stem, firm_after, is_acronym, object_after_subject_name
from nlp.relations.genders import first_name_genders
from nlp.relations.lexicon import role_hit
from nlp.wordclusters import cluster as word_class
from nlp.wordclusters import is_common_noun

PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "zu",
        "zur",
        "di",
        "da",
        "del",
        "della",
        "dos",
        "du",
        "le",
        "ten",
        "ter",
        "bin",
        "ibn",
    }
    | {"Van", "De", "Di", "Da", "Del", "Della", "Dos", "Du", "Le"}  # "Alexander Van der Bellen"
)
COURTESY = frozenset({"Frau", "Herr", "Herrn"})  # "Frau Baj": a person even without a given name
GROUP_WORDS = frozenset({"Familie"})  # "Familie Müller" names no single person
LEADING_PARTICLES = frozenset({"von", "van", "de", "di", "da"})  # may open a surname after a title
SECOND_PARTICLES = frozenset({"der", "den", "dem", "de", "la", "zu"})
SPANS_KEY = "kg_rule_persons"
_CLOSING_QUOTES = frozenset({"“", "”", '"', "«", "»"})

# titles of nobility: a "von" after the name they announce belongs to it ("Fürstin A B von X")
NOBILITY = frozenset(
    "Fürst Fürstin Graf Gräfin Prinz Prinzessin Herzog Herzogin Erzherzog Erzherzogin Baron Baronin "
    "Freiherr Freifrau Markgraf Markgräfin Landgraf Landgräfin".split()
)
_ARTICLE_PARTICLES = frozenset({"der", "den", "dem"})  # "von der Leyen"; after "zu" a preposition's article
_MIN_LINKED = 6  # a first part this long ending in -s is joined by a linking -s ("Bereichs-", "Landes-")
CONFIDENCE = {  # (cue, has first name) -> confidence of the rule span
    ("title", True): 0.97,
    ("role", True): 0.95,
    ("first_name", True): 0.85,
    ("title", False): 0.75,
    ("courtesy", True): 0.95,
    ("courtesy", False): 0.75,
    ("role", False): 0.75,  # "Bürgermeister Zorbek Qelaj": two name words after a role word beat the model
    ("ambiguous_first_name", True): 0.5,
    ("role_word", False): 0.6,  # "Ortsvorsteher Hütter": a title only the roles lexicon knows, no given name
    ("speech", False): 0.65,  # "sagte Berlien": a proper noun as the subject of a verb of saying
    ("credit", False): 0.6,  # "Foto: Landkreis Regen, Langer": the photographer at a credit's end
    ("given_list", False): 0.6,  # "Kilian, Gunter und Thilo moderierten": given names listed alone
    ("initials", False): 0.85,  # "K.-H. Müller": a hyphenated given name's initials before a surname
    ("shared_surname", True): 0.8,  # "Mia und Lea Schneider": the first given name shares the surname
}
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_INITIALS = re.compile(r"[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?")  # "A.", "K.-H.": a given name's initials
_CREDIT_WORDS = frozenset({"Foto", "Fotos", "Bild", "Bilder", "Foto:", "Fotos:"})  # a photo credit opens
_CREDIT_WORDS_MAX = 12  # tokens of a credit line
# what may follow a list of given names standing alone: its verb, where they come from, an apposition
_AFTER_GIVEN_LIST = frozenset({"aus", "von", "vom", "(", ",", "."})


_OPEN_MARKS = frozenset({"„", '"', "»", "‚"})
_CLOSE_MARKS = frozenset({"“", '"', "«", "‘", "”"})


def nickname_end(doc: Doc, k: int) -> int:
    """Past a nickname in quotation marks at `k` ('Karl-Heinz „Kalle“ Becker'): one capitalised word
    between an opening and a closing mark, a name word after it; else `k`."""
    if k + 3 < len(doc) and doc[k].text in _OPEN_MARKS and doc[k + 2].text in _CLOSE_MARKS:
        if doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and doc[k + 3].text[:1].isupper():
            return k + 3
    return k


def in_nickname(span: Span, i: int) -> bool:
    """Token `i` is a nickname's word or mark inside the name `span` (left out of the name's form)."""
    doc = span.doc
    return any(nickname_end(doc, k) == k + 3 and k <= i < k + 3 for k in range(max(span.start, i - 2), i + 1))


@Language.factory(
    "kg_person_names",
    default_config={
        "lexicons": {
            "first_names": "first_names.txt",
            "ambiguous_first_names": "first_names_ambiguous.txt",
            "titles": "titles.txt",
            "name_cues": "name_cues.txt",
            "not_names": "not_names.txt",
            "org_heads": "org_heads.txt",
            "surname_words": "surname_words.txt",
            "surnames": "surnames.txt",
            "not_persons": "not_persons.txt",
            "speech_verbs": "speech_verbs.txt",
        },
        "spans_key": SPANS_KEY,
    },
)
def make_person_names(nlp: Language, name: str, spans_key: str, lexicons: dict[str, str]) -> PersonNames:
    return PersonNames(name, spans_key=spans_key, lexicons={k: read_lines(v) for k, v in lexicons.items()})


_FORMAL_PRONOUNS = frozenset({"Sie", "Ihr", "Ihre", "Ihnen", "Ihrer", "Ihren", "Ihrem", "Ihres"})


def capitalised_modifier(tok: Token) -> bool:
    """An adjective or adverb written with a capital inside its sentence and followed by a finite verb
    or punctuation ("Landrat Schnell lobte …", "Bürgermeister Knapp, der …"): a name, since German
    capitalises neither inside a sentence."""
    doc = tok.doc
    if tok.tag_ not in {"ADJD", "ADV"} or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is not None and (after.tag_ in _FINITE or after.text in {",", "(", "."})


def function_surname(tok: Token) -> bool:
    """A function word capitalised inside a sentence ("Dr. Stefan Weil überreichte"): mid-sentence
    German writes "weil", "aber", "doch" in lower case, so after a given name it is a surname (not the
    formal pronouns "Sie", "Ihr")."""
    text = tok.text
    return (
        not tok.is_sent_start
        and text[:1].isupper()
        and text.isalpha()
        and text.lower() in STOP_WORDS
        and text not in _FORMAL_PRONOUNS
    )


class PersonNames(SerializedLexicons):
    """Writes person candidates to ``doc.spans[spans_key]`` with `titles`, `cue`, `confidence`, `norm_name`.

    A name is: [role word] [titles] given-name+ [particle] surname. Titles are left out of the span and
    kept in ``span._.titles``; a role word before a name is a cue, never part of it. Without a first
    name from the lexicon, a lone capitalised surname counts only after a title or a role word.
    """

    def __init__(self, name: str, *, spans_key: str, lexicons: dict[str, list[str]]) -> None:
        self.name = name
        self.spans_key = spans_key
        self.set_lexicons(lexicons)

    def set_lexicons(self, lexicons: dict[str, list[str]]) -> None:
        self.lexicons = lexicons
        self.first_names = frozenset(lexicons["first_names"])
        self.ambiguous = frozenset(lexicons["ambiguous_first_names"])
        self.title_matcher = TitleMatcher(lexicons["titles"])
        self.cues = SuffixLexicon(lexicons["name_cues"])
        self.org_heads = SuffixLexicon([line.split()[0] for line in lexicons["org_heads"]])
        self.not_names = SuffixLexicon(lexicons["not_names"] + sorted(stop_words_capitalized()))
        self.surname_words = frozenset(lexicons["surname_words"])
        self.surnames = frozenset(lexicons.get("surnames", []))
        self.idioms = frozenset(lexicons.get("not_persons", []))
        self.speech_verbs = frozenset(lexicons.get("speech_verbs", [])) - {"so", "ist", "sind", "war"}

    def __call__(self, doc: Doc) -> Doc:
        spans = self.match(doc)
        self.set_annotations(doc, spans)
        return doc

    # -- token classes ---------------------------------------------------------------------------
    def first_name_kind(self, tok: Token) -> str | None:
        """'first_name', 'ambiguous_first_name' or None; "Eva-Maria" counts if each part is a name."""
        parts = tok.text.split("-")
        if not all(p in self.first_names for p in parts):
            return None
        return "ambiguous_first_name" if tok.text in self.ambiguous else "first_name"

    def is_name_word(self, tok: Token) -> bool:
        """A capitalised word that may be a surname: not a function word, role, title or org head; or
        one after an Arabic article ("al-Dschubair", "el-Sisi")."""
        text = tok.text
        if text[:1].islower() and ARTICLE_PREFIXED.fullmatch(text):
            return True
        if not text[:1].isupper() or not text.replace("-", "").replace("'", "").isalpha():
            return False
        if text in self.not_names or is_acronym(text) or len(text) < 2 or text.endswith("-"):
            return False
        if text in self.cues or text in self.org_heads:
            return False
        # "von den Stadtwerken": only after "den" (the dative plural's article) is the lookup worth it
        return tok.i == 0 or tok.doc[tok.i - 1].lower_ != "den" or not self.dative_plural_body(text)

    def dative_plural_body(self, text: str) -> bool:
        """A body head in the dative plural ("von den Stadtwerken", "bei den Werken"): the plural's -n
        after a listed head, so no noble surname after "von den"."""
        return text.endswith("en") and text[:-1] in self.org_heads

    def is_surname(self, tok: Token, given: list[int], courtesy: bool = False, titled: bool = False) -> bool:
        """A name word; after a given name also a word listed as a surname ("Anna Kurz", "Paul Richter")
        or a compound that ends in a role word ("Eva Hofmeister", "Kurt Wagenführer": no title follows
        a given name); after "Herr"/"Frau" or a title alone a word listed as a surname ("Herr Kurz",
        "Landrat Lang"), and after a title an adjective or adverb capitalised inside the sentence
        before its verb or punctuation ("Bürgermeister Knapp zeigte sich erfreut": only a name is)."""
        if self.is_name_word(tok):
            return True
        if courtesy and not given:
            return tok.text in self.surname_words
        if titled and not given:  # not a second title ("Superintendent Pfarrer X")
            return tok.text in self.surname_words and not self.is_cue(tok) or capitalised_modifier(tok)
        listed = tok.text in self.surname_words
        return bool(given) and (listed or self.compound_cue(tok) or function_surname(tok))

    def compound_cue(self, tok: Token) -> bool:
        """A capitalised compound that is a role cue only by its ending ("Hofmeister", not "Meister"),
        not joined by a linking -s ("Landesfachbereichsleiter", "Abteilungsleiter": role words; of
        50,000 surnames one is such a compound)."""
        text = tok.text
        if not (text[:1].isupper() and text.isalpha() and text in self.cues and not self.cues.listed(text)):
            return False
        first = self.cues.prefix_of(text)
        linked = len(first) >= _MIN_LINKED and first.endswith("s")
        return not linked and text not in self.not_names and text not in self.org_heads

    def is_cue(self, tok: Token) -> bool:
        """A word that announces a name: a listed cue, or a title of the roles lexicon ("Ortsvorsteher")."""
        return tok.text[:1].isupper() and (tok.text in self.cues or role_hit(tok.text) is not None)

    # -- matching --------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        i, n = 0, len(doc)
        while i < n:
            found = self.match_at(doc, i)
            if found is None:
                i += 1
                continue
            spans.append(found)
            i = found.end
        taken = {k for span in spans for k in range(span.start, span.end)}
        spans += self.by_grammar(doc, taken)
        taken = {k for span in spans for k in range(span.start, span.end)}
        spans += self.given_name_lists(doc, taken)
        taken = {k for span in spans for k in range(span.start, span.end)}
        spans += self.shared_surnames(doc, taken)
        taken = {k for span in spans for k in range(span.start, span.end)}
        return sorted(spans + self.photo_credits(doc, taken), key=lambda span: span.start)

    def shared_surnames(self, doc: Doc, taken: set[int]) -> list[Span]:
        """'Mia und Lea Schneider', 'das Ehepaar Eva und Tom Kurz': a given name alone, "und", and a
        given name with a one-word surname: the first person has that surname too (the span is the given
        name, the name it stands for the full one)."""
        out: list[Span] = []
        for i in range(len(doc) - 3):
            if i in taken or doc[i + 1].lower_ != "und" or self.first_name_kind(doc[i]) != "first_name":
                continue
            if i > 0 and doc[i - 1].text in self.first_names:
                continue  # "Anna Mia und …": a second given name
            surname = doc[i + 3]
            if self.first_name_kind(doc[i + 2]) != "first_name" or not self.is_surname(surname, [i + 2]):
                continue
            if i + 4 < len(doc) and self.is_name_word(doc[i + 4]):
                continue  # "Mia und Lea Sophie Schneider": which words are the surname is unclear
            if surname.ent_type_ == "ORG" or i + 4 < len(doc) and doc[i + 4].text in self.org_heads:
                continue  # "der Eva und Tom Kurz Stiftung": the names of a body's name
            span = Span(doc, i, i + 1, label="PER")
            span._.titles, span._.cue = [], "shared_surname"
            span._.confidence = CONFIDENCE[("shared_surname", True)]
            span._.source, span._.norm_name = "rule", f"{doc[i].text} {surname.text}"
            out.append(span)
        return out

    def photo_credits(self, doc: Doc, taken: set[int]) -> list[Span]:
        """'Foto: Landkreis Regen, Langer', 'Foto (Hochschule/Renner)': the one name word that ends a
        photo credit after "/" or "," is the photographer's surname (no common noun, given name,
        abbreviation or organization head)."""
        out: list[Span] = []
        for tok in doc:
            if tok.text not in _CREDIT_WORDS or not (
                tok.i == 0
                or "\n" in doc[tok.i - 1].whitespace_ + doc[tok.i - 1].text
                or doc[tok.i - 1].text in {"(", ".", "|"}
            ):
                continue
            end = tok.i + 1
            while (
                end < len(doc)
                and end - tok.i <= _CREDIT_WORDS_MAX
                and "\n" not in doc[end].text
                and doc[end].text not in {")", "]"}
            ):
                if "\n" in doc[end - 1].whitespace_:
                    break
                end += 1
            k = end - 1
            while k > tok.i and doc[k].is_punct and doc[k].text not in {"/", ","}:
                k -= 1
            if k - 1 <= tok.i or doc[k - 1].text not in {"/", ","} or k in taken:
                continue
            word = doc[k]
            if not self.is_name_word(word) or word.text in self.first_names or is_common_noun(word.text):
                continue
            span = Span(doc, k, k + 1, label="PER")
            span._.titles, span._.cue, span._.confidence = [], "credit", CONFIDENCE[("credit", False)]
            span._.source, span._.norm_name = "rule", word.text
            out.append(span)
        return out

    def given_name_lists(self, doc: Doc, taken: set[int]) -> list[Span]:
        """'Kilian, Gunter und Thilo moderierten …', 'Anna und Tobias aus der Jugendgruppe': two or more
        given names (none also a common word) listed with ","/"und"/"sowie", each without a surname,
        before a verb or "aus"/"von": persons known by their given names only."""
        out: list[Span] = []
        i, n = 0, len(doc)
        while i < n:
            run: list[int] = []
            k = i
            if not (doc[i].is_title and doc[i].text.split("-")[0] in self.first_names):
                i += 1  # most words: no given name, nothing to list
                continue
            while k < n and k not in taken and self.first_name_kind(doc[k]) == "first_name":
                if k + 1 < n and self.is_name_word(doc[k + 1]):
                    break  # "Anna Kurz": a full name, the other rules' business
                run.append(k)
                if k + 2 < n and doc[k + 1].text in {",", "und", "sowie"}:
                    k += 2
                else:
                    break
            last = run[-1] if run else i
            after = doc[last + 1] if last + 1 < n else None
            listed = (
                len(run) >= 2 and doc[last - 1].lower_ in {"und", "sowie"} and self.list_opens(doc, run[0])
            )
            if listed and after is not None and (after.text in _AFTER_GIVEN_LIST or after.tag_ in _FINITE):
                for j in run:
                    span = Span(doc, j, j + 1, label="PER")
                    span._.titles, span._.cue = [], "given_list"
                    span._.confidence = CONFIDENCE[("given_list", False)]
                    span._.source, span._.norm_name = "rule", doc[j].text
                    out.append(span)
                i = last + 1
            else:
                i += 1
        return out

    def by_grammar(self, doc: Doc, taken: set[int]) -> list[Span]:
        """One-word surnames the sentence shows to be a person's: a proper noun (STTS NE) that is the
        subject of a verb of saying and that the model reads as no organization or place ("„…“, sagte
        Berlien"); not a common noun of the word clusters."""
        out: list[Span] = []
        for tok in doc:
            if tok.i in taken or not self.is_name_word(tok) or tok.text in self.first_names:
                continue
            width = 1
            if tok.i + 1 < len(doc) and (self.is_name_word(doc[tok.i + 1]) or self.is_cue(doc[tok.i + 1])):
                width = 2 if self.unknown_pair(doc, tok.i, taken) else 0
            if not width:
                continue  # several name words: the given-name rules decide; "Rosenheims Oberbürgermeister"
            words = doc[tok.i : tok.i + width]
            said = any(t.dep_ == "nsubj" and t.head.lower_ in self.speech_verbs for t in words)
            if any(
                t.tag_ != "NE" or t.ent_type_ in {"ORG", "LOC"} or is_common_noun(t.text) for t in words
            ) or not (said or self.attributed(doc, tok, width)):
                continue
            span = Span(doc, tok.i, tok.i + width, label="PER")
            span._.titles, span._.cue, span._.confidence = [], "speech", CONFIDENCE[("speech", False)]
            span._.source, span._.norm_name = "rule", span.text
            out.append(span)
        return out

    def unknown_pair(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """Two name words that no lexicon knows, then no third ("sagte Oluwaseun Adebayo"): a given name
        and a surname of a language the lexicons lack, when the sentence shows them a speaker's."""
        second = doc[i + 1]
        return (
            i + 1 not in taken
            and self.is_name_word(second)
            and "-" not in doc[i].text
            and word_class(doc[i].text) is None
            and second.text not in self.first_names
            and not (i + 2 < len(doc) and (self.is_name_word(doc[i + 2]) or self.is_cue(doc[i + 2])))
        )

    def attributed(self, doc: Doc, tok: Token, width: int = 1) -> bool:
        """The name of an attribution after a quote and a comma: "„…“, so Berlien.", "„…“, betont
        Berlien weiter." (the verb of saying or "so" right before it; the clause ends after it or after
        one adverb) — whatever the parser made of it."""
        k = tok.i
        if k < 3 or doc[k - 2].text != "," or doc[k - 1].lower_ not in self.speech_verbs | {"so"}:
            return False
        after = k + width
        end = after + int(after < len(doc) and doc[after].is_lower and doc[after].pos_ == "ADV")
        if end < len(doc) and not doc[end].is_punct:
            return False
        if doc[k - 1].lower_ != "so":
            return True
        # "so" attributes a quote or reported speech: a closing quote mark or a subjunctive before it
        clause = doc[doc[k - 2].sent.start : k - 2]
        return doc[k - 3].text in _CLOSING_QUOTES or any("Sub" in t.morph.get("Mood", []) for t in clause)

    @staticmethod
    def list_opens(doc: Doc, k: int) -> bool:
        """Token k opens a clause part of its own: first of its sentence, or after punctuation, a verb,
        a conjunction or an adverb — not after a noun whose name it is ("das Stück Romeo und Julia",
        "St. Peter und Paul")."""
        if k == 0 or doc[k].is_sent_start:
            return True
        prev = doc[k - 1]
        return (prev.is_punct and prev.text != ".") or prev.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "ADV"}

    def match_at(self, doc: Doc, i: int) -> Span | None:
        if not doc[i].text[:1].isupper():
            return None  # names, titles, role cues and "Frau"/"Herr" all start with a capital
        cue = None
        j = i
        if doc[i].text in COURTESY:
            cue, j = "courtesy", i + 1
        elif self.is_cue(doc[i]):
            if i > 0 and doc[i - 1].lower_ == "im":
                return None  # "im Stadtrat X": a council in its place, no person is "in dem" title
            cue, j = "role", i + 1
        titles: list[str] = []
        while True:  # titles, also across a line wrapped inside the sentence ("Prof. Dr. / Eva Muster")
            found, j = self.title_matcher.match_all(doc, j)
            titles += found
            if (cue is None and not titles) or not self.soft_wrap(doc, j):
                break
            j += 1
        if titles:
            cue = "title"
        if j >= len(doc) or (cue is None and j > i):
            return None
        if cue is None and self.noun_after_article(doc, j):
            return None  # "der Orkan Wiebke", "im Kap Europa": a given name the tagger reads as a noun
        if cue == "role":
            j = self.past_field(doc, j)  # "Abteilungsleiter Fußball Jan Roth": the title's field
        if doc[i].text in GROUP_WORDS:
            cue = "group"  # "Familie Müller": a family, not one person
        end, kind = self.parse_name(doc, j, cue=cue)
        if end is None or firm_after(doc, end):
            return None  # "J.-P. Schmitz & Co.": the name of a firm
        if cue is None and kind is None and self.hyphenated_initials(doc, j):
            cue = "initials"
        if kind is None and f"{doc[i].text} {doc[j].text}" in self.idioms:
            return None  # "Frau Holle"
        has_first = kind is not None
        key_cue = cue or kind
        conf = CONFIDENCE.get((key_cue or "", has_first))
        if conf is None:
            return None
        if kind == "ambiguous_first_name" and cue is None:
            conf = CONFIDENCE[("ambiguous_first_name", True)]
        if key_cue == "role" and not has_first and doc[i].text not in self.cues:
            conf = CONFIDENCE[("role_word", False)]  # a title only the roles lexicon has: the model wins
        span = Span(doc, j, end, label="PER")
        span._.titles = titles
        span._.cue = key_cue
        span._.confidence = conf
        span._.source = "rule"
        span._.norm_name = " ".join(t.text for t in span if not t.is_space and not in_nickname(span, t.i))
        return span

    def place_of_title(self, doc: Doc, title: int, k: int) -> bool:
        """Whether the word at `k` after a title of the roles lexicon and "von" is a place ("Ortsvorsteherin
        von X", "Bürgermeister von Y"): the article never writes the word after a given name and "von"
        ("Christian von X … Landrat von X" is a noble name)."""
        if title < 0 or role_hit(doc[title].text) is None:
            return False
        word = doc[k].text
        return not any(
            t.text == word
            and t.i >= 2
            and doc[t.i - 1].text in LEADING_PARTICLES
            and self.first_name_kind(doc[t.i - 2]) is not None
            for t in doc
            if t.i != k
        )

    def past_field(self, doc: Doc, j: int) -> int:
        """Past one or two capitalised common nouns after a title that a given name follows (the
        title's field: "Sachgebietsleiter Katastrophenschutz Erich X", "Leiterin Soziale Dienste Eva Y")."""
        for k in (j + 1, j + 2):
            if k >= len(doc) or self.first_name_kind(doc[k]) is None:
                continue
            field = doc[j:k]
            if all(self.field_word(t) for t in field):
                return k
        return j

    def field_word(self, tok: Token) -> bool:
        """A capitalised common noun or adjective that is no given name ("Fußball", "Soziale")."""
        if not (tok.text[:1].isupper() and tok.is_alpha) or self.first_name_kind(tok) is not None:
            return False
        if self.is_cue(tok):
            return False  # "Superintendent Pfarrer X": a second title, not a field
        return tok.tag_ == "ADJA" or is_common_noun(tok.text)

    def parse_name(self, doc: Doc, j: int, *, cue: str | None) -> tuple[int | None, str | None]:
        """End of a name starting at token j and the kind of its first given name (None: surname only).

        A line wrapped inside the name ("Inge Susann / Römhild") is stepped over. After "Frau"/"Herr",
        a title or a role word a lone given name is the surname ("Herr Werner", "Dr. Wolf"); after a
        role word the merger keeps it only if it is a known surname ("Landrätin Kaya", not "Diakon
        Tobias").
        """
        cued = cue is not None
        n = len(doc)
        if cued and cue != "group" and self.is_initial(doc, j) or self.hyphenated_initials(doc, j):
            k = j + 1
            while k < n and k - j < 3 and self.is_initial(doc, k):
                k += 1  # "Dr. A. Berg", "Frau A. M. Kraus": initials for the given names
            if k < n and self.is_surname(doc[k], [j]) and not self.crosses_sentence(doc, j, k):
                return k + 1, None
            return None, None
        words = self.words_from(doc, j)
        given: list[int] = []
        kind = None
        p = 0
        while p < len(words) and len(given) < 3:
            this = self.first_name_kind(doc[words[p]])
            if (
                this is None
                or not self.is_name_word(doc[words[p]])
                or given
                and doc[words[p]].text in PARTICLES
            ):
                break  # "Alexander Van der Bellen": "Van" opens the surname here
            if not given:
                kind = this
            elif this == "ambiguous_first_name" and not cued:
                break
            elif self.next_persons_name(doc, words, p, given[0]):
                break  # "Landrat Paul Kern Eva Roth": "Kern" is Paul's surname, Eva another person
            given.append(words[p])
            p += 1
        k = words[p] if p < len(words) else (words[-1] + 1 if words else j)
        while given and k < n and self.is_initial(doc, k):
            k += 1  # middle initial: "Christine K. Brückner"
        if given:
            k = nickname_end(doc, k)  # 'Karl-Heinz „Kalle“ Becker': the nickname between the names
        if given or (cued and k < n and doc[k].text in LEADING_PARTICLES):
            particle = k
            k = self.skip_particles(doc, k)  # "Landrat Peter von der Grün", "Ministerin von der Leyen"
            if not given and k > particle and k < n and self.first_name_kind(doc[k]) is not None:
                return None, None  # "Leitung von Eva Muster": "von" means "by", the name comes next
            if not given and k > particle and k < n and self.not_a_surname_of(doc[k]):
                return None, None  # "Inhaber von BusTex Trier": "von" names what the person has
            if not given and k == particle + 1 and self.place_of_title(doc, j - 1, k):
                return None, None  # "Ortsvorsteherin von Talau": the title's place, not a noble name
        k = self.skip_wrap(doc, k) if given else k
        courtesy, titled = cue == "courtesy", cue in ("role", "title")
        # "berät Eva Lenz Senioren": a common noun after two name words is the verb's object
        objected = len(given) >= 2 and k == given[-1] + 1 and k < n
        objected = objected and object_after_subject_name(doc, j, k, self.surname_words)
        if objected:
            end = k
        elif (
            k < n
            and self.is_surname(doc[k], given, courtesy, titled)
            and not self.crosses_sentence(doc, j, k)
        ):
            end = k + 1
            if cued and given:
                noble = any(t.text in NOBILITY for t in doc[max(0, j - 3) : j])
                end = self.double_surname(doc, end, noble)  # "Dr. Nadine Kuhla von Bergmann"
                if noble and doc[k - 1].text in PARTICLES:
                    end = self.joined_house(doc, end)  # "Gräfin A von Thurn und Taxis"
            elif (
                cued
                and not given
                and doc[k - 1].text not in PARTICLES
                and self.unknown_given_name(doc, k, end)
            ):
                end += 1  # "Bürgermeister Redur Xelil": a given name missing from the lexicon
        elif len(given) >= 2 and k == given[-1] + 1:
            end = k  # "Jan Ole Berndt": the last given-name-like word is the surname
        elif len(given) == 1 and cued and not self.is_name_word_after(doc, given[0]):
            end, kind = given[0] + 1, None  # "Herr Werner", "Dr. Wolf", "Landrätin Kaya": the surname alone
        else:
            return None, None
        if end < n and doc[end].text in self.org_heads and doc[end].text[:1].isupper():
            return None, None  # "Max Planck Institut": part of an organization name
        if kind is None and cue == "group":
            return None, None
        return end, kind

    def next_persons_name(self, doc: Doc, words: list[int], p: int, first: int) -> bool:
        """The given name at `words[p + 1]` opens the next person's name: its gender is not that of
        the first given name (at `first`), and a word follows it (the word at `words[p]` between is
        then the first person's surname)."""
        if p + 1 >= len(words):
            return False
        nxt = doc[words[p + 1]]
        if self.first_name_kind(nxt) is None or words[p + 1] + 1 >= len(doc):
            return False
        genders = first_name_genders()
        one, other = genders.get(doc[first].text), genders.get(nxt.text)
        return one is not None and other is not None and one != other and doc[words[p + 1] + 1].is_title

    @classmethod
    def hyphenated_initials(cls, doc: Doc, k: int) -> bool:
        """The initials of a hyphenated given name ("K.-H. Müller"): a name even without a cue."""
        return "-" in doc[k].text and cls.is_initial(doc, k)

    @staticmethod
    def is_initial(doc: Doc, k: int) -> bool:
        """A given name's initial: one capital letter and its period ("A."), or the initials of a
        hyphenated given name ("K.-H." for Karl-Heinz)."""
        return _INITIALS.fullmatch(doc[k].text) is not None

    @staticmethod
    def noun_after_article(doc: Doc, j: int) -> bool:
        """A word the tagger reads as a common noun (STTS NN) right after an article or a contracted
        preposition ("der Orkan", "im Kap"): no given name, whatever the lexicon lists."""
        return j > 0 and doc[j].tag_ == "NN" and doc[j - 1].tag_ in {"ART", "APPRART"}

    @staticmethod
    def not_a_surname_of(tok: Token) -> bool:
        """After "von" a word no surname is: one the model reads as a place or an organization, or a
        brand with a capital inside ("BusTex")."""
        inner_capital = (
            any(c.isupper() for c in tok.text[1:]) and not tok.text.isupper() and "-" not in tok.text
        )
        return tok.ent_type_ in {"LOC", "ORG"} or inner_capital

    def words_from(self, doc: Doc, j: int, limit: int = 4) -> list[int]:
        """Token indices of the next words from j in the same segment, stepping over a wrapped line."""
        out: list[int] = []
        k = j
        while k < len(doc) and len(out) < limit:
            if doc[k].is_space:
                if not self.soft_wrap(doc, k):
                    break
                k += 1
                continue
            if k > j and (doc[k].is_sent_start or "\n" in doc[k - 1].whitespace_):
                break
            out.append(k)
            k += 1
        return out

    def is_name_word_after(self, doc: Doc, k: int) -> bool:
        nxt = self.skip_wrap(doc, k + 1)
        return nxt < len(doc) and not self.crosses_sentence(doc, k, nxt) and self.is_name_word(doc[nxt])

    @staticmethod
    def soft_wrap(doc: Doc, k: int) -> bool:
        """A line break inside a segment (kg_sentences joined the two lines): part of the sentence."""
        return (
            k + 1 < len(doc)
            and doc[k].is_space
            and doc[k].text.count("\n") == 1
            and not doc[k + 1].is_space
            and doc[k + 1].is_sent_start is False
        )

    def skip_wrap(self, doc: Doc, k: int) -> int:
        return k + 1 if k < len(doc) and self.soft_wrap(doc, k) else k

    def unknown_given_name(self, doc: Doc, k: int, end: int) -> bool:
        """After a role word or title, two name words are given name + surname ("Soziale Dienste" is not)."""
        if end >= len(doc) or not self.is_name_word(doc[end]) or self.crosses_sentence(doc, k, end):
            return False
        return adjective_stem(doc[k].text) is None and doc[k].text not in self.first_names

    def double_surname(self, doc: Doc, end: int, noble: bool = False) -> int:
        """After a title or role word a particle may join a second surname: of the surname lexicon,
        inside the model's name, or after a title of nobility ("Kuhla von Bergmann", "Fürstin Amalie
        Zephyrine von Hohenzollern-Sigmaringen"); not another word ("Eva Sand von Nordwerk": "von"
        names where she works), nor "zu" ("meldete sich Landrat Jan Roth zu Wort": an idiom; "zu"
        follows a given name or "und")."""
        n = len(doc)
        if end + 1 < n and doc[end].text in ("von", "van") and self.is_name_word(doc[end + 1]):
            if doc[end + 1].ent_iob_ == "B":
                return end  # "Nina X von Hydrotec": the model starts another name after "von"
            continued = doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "PER"
            if not (continued or noble) and doc[end + 1].text not in self.surnames:
                return end  # "Eva Sand von Nordwerk": neither the model's name nor a surname
            if end + 2 >= n or not doc[end + 2].text[:1].isupper():
                return end + 2
        return end

    def joined_house(self, doc: Doc, end: int) -> int:
        """A noble house of two names joined by "und" after a title of nobility ("Fürstin A von Thurn
        und Taxis"): "und" and one more name word, when no given name, name or other capitalised word
        follows (then "und" joins two people)."""
        n = len(doc)
        if end + 1 >= n or doc[end].text != "und" or not self.is_name_word(doc[end + 1]):
            return end
        if self.first_name_kind(doc[end + 1]) is not None:
            return end  # "Graf A von B und Christa C": a second person
        if end + 2 < n and doc[end + 2].text[:1].isupper():
            return end  # "… von B und Landrat C": another name follows
        return end + 2

    def skip_particles(self, doc: Doc, k: int) -> int:
        """Past the particles of a name ("von der", "van", "zu"); "zu" and an article is a preposition's
        phrase, no name ("Pfarrer Jan Wolff zu den Protesten"), nor is "von den" and a plural common
        noun ("sprach X von den Problemen")."""
        if k < len(doc) and doc[k].text in PARTICLES and doc[k].whitespace_:
            second = doc[k + 1].text if k + 1 < len(doc) else ""
            if doc[k].text == "zu" and second in _ARTICLE_PARTICLES:
                return k
            if second in SECOND_PARTICLES and k + 2 < len(doc):
                plural = "Plur" in doc[k + 2].morph.get("Number", []) and doc[k + 2].tag_ == "NN"
                if self.is_name_word(doc[k + 2]) and not plural:  # "von den Problemen": a plural noun
                    return k + 2
            if k + 1 < len(doc) and self.is_name_word(doc[k + 1]):
                return k + 1
        return k

    def crosses_sentence(self, doc: Doc, start: int, k: int) -> bool:
        """Is token k in another segment than token `start` (a wrapped line does not count)?"""
        if k <= start:
            return False
        if doc[k].is_sent_start or doc[k].is_space or "\n" in doc[k - 1].whitespace_:
            return True
        return any(doc[m].is_space and not self.soft_wrap(doc, m) for m in range(start + 1, k))

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[self.spans_key] = spans

    # -- serialization ---------------------------------------------------------------------------
    def cfg_state(self) -> dict[str, Any]:
        return {"spans_key": self.spans_key}

    def load_cfg_state(self, cfg: dict[str, Any]) -> None:
        self.spans_key = cfg["spans_key"]
