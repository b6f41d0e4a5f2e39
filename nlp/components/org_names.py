"""Rule-based German organization names: head nouns with their names, topics and genitive chains."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.components import extensions  # noqa: F401  (registers the Span extensions)
from nlp.components.lexicon import (
    SerializedLexicons,
    SuffixLexicon,
    bracketed_party_end,
    party_end,
    read_lines,
    stop_words_capitalized,
    weak_form,
)
from nlp.components.org_grammar import INDEFINITE, OrgGrammar, OrgParse, described, lower_case_name
from nlp.doctext import doc_text
from nlp.names import FIRM_TAILS, PLAIN_VOWELS, firm_tail_at, is_acronym, is_plural_acronym, photo_position
from nlp.relations.abbreviations import abbreviates
from nlp.relations.base import kind_noun, word_positions
from nlp.relations.lexicon import is_org_head, trade_word
from nlp.wordclusters import cluster, is_common_noun

SPANS_KEY = "kg_rule_orgs"
SPELLED_OUT_KEY = "kg_spelled_out_things"  # doc.user_data: abbreviations spelled out as no organization
_AFTER_BRAND = frozenset({"VVFIN", "VAFIN", "VMFIN", "APPR", "APPRART", "KON"})  # what may follow a brand
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year before a name is a time, no count
CONFIDENCE = {
    "chain": 0.92,
    "named": 0.88,
    "legal": 0.9,
    "standalone": 0.8,
    "affiliation": 0.75,  # "X vom DFKI", "X (DFKI)": an abbreviation where an employer is named
    "acronym": 0.55,
}
AFFILIATION_BEFORE = frozenset({"vom", "beim", "bei"})
PERSON_KEY = "kg_rule_persons"
BRACKET_ALL = frozenset({"beide", "alle"})  # "A und B (beide TH Bingen)"
MAX_BRACKET = 3
_MAX_SPELLED = 8  # words of an abbreviation spelled out in brackets


_PLAIN_VOWELS = str.maketrans(PLAIN_VOWELS)
_ORGAN_DETERMINERS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "im", "vom", "zum", "beim", "am", "ins", "beiden", "beide"}
)
_LIST_JOINERS = frozenset({"und", "sowie", ",", "von", "mit"})


def after_determiners(doc: Doc, words: frozenset[str] = _ORGAN_DETERMINERS) -> list[Token]:
    """The tokens right after an article or a contracted preposition (or other `words`), where a body's
    noun stands (found on the doc's array of lower-case forms: most tokens are never looked at)."""
    return [doc[i + 1] for i in word_positions(doc, words) if i + 1 < len(doc)]


def spelled_out(doc: Doc, tok: Token) -> Span | None:
    """The words an abbreviation stands for where the article spells it out in brackets: after it,
    "ZMZ (Zivil-Militärische Zusammenarbeit)", or before it, "Ruprecht-Karls-Preis (RKP)"."""
    i = tok.i
    if i + 3 < len(doc) and doc[i + 1].text == "(":
        close = next(
            (k for k in range(i + 2, min(len(doc), i + 2 + _MAX_SPELLED)) if doc[k].text == ")"), None
        )
        if close is not None and close > i + 2 and abbreviates(tok.text, doc[i + 2 : close].text):
            return doc[i + 2 : close]
    if 2 <= i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
        for start in range(i - 2, max(-1, i - 2 - _MAX_SPELLED), -1):
            words = doc[start : i - 1]
            if doc[start].text[:1] == tok.text[:1] and abbreviates(tok.text, words.text):
                return words
    return None


def spelled_out_things(doc: Doc, names: set[int]) -> set[str]:
    """Abbreviations the article spells out in brackets as no organization: no name found in the
    spelled-out words (`names`: the tokens of names) and no head noun of organizations as their last
    word ("ZMZ (Zivil-Militärische Zusammenarbeit)", "Ruprecht-Karls-Preis (RKP)"; not "Technisches
    Hilfswerk (THW)" or "ZDRM (Zweckverband Digitale Region Mittelrhein)")."""
    if "(" not in doc_text(doc):
        return set()
    things = set()
    for tok in doc:
        if not (tok.text == "(" and 0 < tok.i < len(doc) - 1):
            continue
        for short in (doc[tok.i - 1], doc[tok.i + 1]):
            if not is_acronym(short.text) or short.text in things:
                continue
            expansion = spelled_out(doc, short)
            if expansion is None or any(t.i in names for t in expansion):
                continue
            words = [t for t in expansion if t.is_alpha]
            if not (words and is_org_head(words[-1].text)):
                things.add(short.text)
    return things


def one_per_name(doc: Doc, head: int, names: list[tuple[int, int]], singular: str) -> list[Span]:
    """One organization per listed name after a plural head ("die Landkreise A und B"): the head in the
    singular before each name; the first span takes the head token too."""
    return [
        rule_span(doc, head if i == 0 else a, b, f"{singular} {doc[a:b].text}", "named", CONFIDENCE["named"])
        for i, (a, b) in enumerate(names)
    ]


def rule_span(doc: Doc, start: int, end: int, name: str, cue: str, confidence: float) -> Span:
    """An organization the rules read: its name (nominative) as both the whole and the head's name."""
    span = Span(doc, start, end, label="ORG")
    span._.norm_name = span._.head_name = name
    span._.cue, span._.confidence, span._.source = cue, confidence, "rule"
    return span


_MAX_FIRM_WORDS = 3
_INITIALS = re.compile(r"(?:[A-ZÄÖÜ]\.-?)+")  # "J.", "J.-P."


def _firm_word(tok: Token) -> bool:
    """A word of an owner's name before "&": initials or a capitalised word that is no common noun
    ("Firma", "Kanzlei", "Kunst")."""
    if _INITIALS.fullmatch(tok.text):
        return True
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and not is_common_noun(tok.text)


QUOTED_CLASSES = frozenset({"body", "unit", "admin"})
ARTICLE_WORDS = frozenset({"der", "die", "das", "des", "dem", "den", "im", "vom", "beim", "zum", "zur", "am"})
_QUOTE_OPEN_RE = re.compile('[„"»]')
_QUOTES_CLOSE = frozenset({"“", '"', "«", "”"})
_MAX_QUOTED = 8


@Language.factory(
    "kg_org_names",
    default_config={
        "lexicons": {
            "org_heads": "org_heads.txt",
            "name_cues": "name_cues.txt",
            "not_names": "not_names.txt",
            "not_org_acronyms": "not_org_acronyms.txt",
            "org_brands": "org_brands.txt",
            "parties": "parties.txt",
            "trade_heads": "trade_heads.txt",
            "first_names": "first_names.txt",
            "organ_words": "organ_words.txt",
        },
        "spans_key": SPANS_KEY,
    },
)
def make_org_names(nlp: Language, name: str, spans_key: str, lexicons: dict[str, str]) -> OrgNames:
    return OrgNames(name, spans_key=spans_key, lexicons={k: read_lines(v) for k, v in lexicons.items()})


class OrgNames(SerializedLexicons):
    """Writes organization candidates to ``doc.spans[spans_key]``.

    Each span has `norm_name` (nominative, no article), `head_name` (its own name without the
    genitive chain), `part_of_span` (the parent organization named in the chain, itself with a
    `norm_name`), `cue` and `confidence`. A head noun alone ("die Stadt") is no organization; bare
    capitalised abbreviations ("IHK") are weak candidates that the merger keeps only if nothing else
    claims the token.
    """

    def __init__(self, name: str, *, spans_key: str, lexicons: dict[str, list[str]]) -> None:
        self.name = name
        self.spans_key = spans_key
        self.set_lexicons(lexicons)

    def set_lexicons(self, lexicons: dict[str, list[str]]) -> None:
        self.lexicons = lexicons
        cues = SuffixLexicon(lexicons["name_cues"])
        stop = frozenset(w for w in lexicons["not_names"] if not w.startswith("-")) | stop_words_capitalized()
        self.parties = frozenset(lexicons.get("parties", []))
        self.party_starts = frozenset(
            p.split()[0] for p in self.parties if " " in p
        )  # "Freie" of "Freie Wähler"
        self.grammar = OrgGrammar(
            lexicons["org_heads"], stop, cues, lexicons.get("org_brands", []), parties=self.parties
        )
        self.trade_heads = tuple(w.casefold() for w in lexicons.get("trade_heads", []))
        self.first_names = frozenset(lexicons.get("first_names", []))
        self.organ_words = frozenset(lexicons.get("organ_words", []))
        self.not_acronyms = frozenset(lexicons["not_org_acronyms"]) | {
            w for w in lexicons["name_cues"] if w.isupper() or is_acronym(w)
        }

    def __call__(self, doc: Doc) -> Doc:
        parses = [p for p in self.match(doc) if not self.description_only(doc, p)]
        spans = [x for p in parses for x in self.plural_split(doc, p) or [self.to_span(doc, p)]]
        spans += self.match_bracketed(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += self.match_acronyms(doc, spans)
        spans += self.match_described(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += self.match_quoted(doc, {i for s in spans for i in range(s.start, s.end)})
        firms = self.match_firms(doc)  # a firm's name wins over the parts read before ("Co. KG")
        spans = [x for x in spans if not any(x.start < f.end and f.start < x.end for f in firms)] + firms
        spans += self.match_patron_compounds(doc, {i for s in spans for i in range(s.start, s.end)})
        after = after_determiners(doc)  # where a body's noun stands alone or heads a list
        spans += self.match_organs(doc, after, {i for s in spans for i in range(s.start, s.end)})
        spans += self.match_plural_lists(doc, after, {i for s in spans for i in range(s.start, s.end)})
        # a party also in a list without article ("von CDU, SPD und Freien Wählern")
        parties_after = after_determiners(doc, _ORGAN_DETERMINERS | _LIST_JOINERS)
        spans += self.match_parties(doc, parties_after, {i for s in spans for i in range(s.start, s.end)})
        self.set_annotations(doc, spans)
        return doc

    def match_patron_compounds(self, doc: Doc, taken: set[int]) -> list[Span]:
        """One word of a given name and an institution's head noun ("Clemenshospital", "Marienhospital",
        "Elisabethkrankenhaus", "Josefsheim"): named after its patron, so one institution, where a
        compound of a common noun ("Kreiskrankenhaus", "Stadtverwaltung") names only a kind; and a
        ministry named by its portfolio ("Innenministerium")."""
        spans = []
        for tok in doc:
            text = tok.text
            if tok.i in taken or "-" in text or not text[:1].isupper() or len(text) < 8:
                continue
            info = self.grammar.head_of(text)
            if info is not None and info.cls == "ministry" and self.ministry_compound(text):
                name = self.grammar.norm_name(doc, OrgParse(tok.i, tok.i + 1, tok.i, info, tok.i + 1))
                spans.append(rule_span(doc, tok.i, tok.i + 1, name, "standalone", CONFIDENCE["standalone"]))
                continue  # "das Innenministerium": the one ministry of that portfolio the article means
            if info is None or info.cls != "body":
                continue
            low = text.lower()
            suffix = next((sfx for sfx, _ in self.grammar.suffixes if sfx in low[3:]), None)
            if suffix is None:
                continue
            prefix = text[: low.index(suffix, 3)]
            if len(prefix) < 4 or not self.patron(prefix) or tok.ent_type_ == "LOC":
                continue  # "Maikammer" is a town
            name = self.grammar.norm_name(doc, OrgParse(tok.i, tok.i + 1, tok.i, info, tok.i + 1))
            spans.append(rule_span(doc, tok.i, tok.i + 1, name, "standalone", CONFIDENCE["standalone"]))
        return spans

    def match_organs(self, doc: Doc, after: list[Token], taken: set[int]) -> list[Span]:
        """'die Bundesregierung', 'im Kreistag', 'der Magistrat' (nlp/lexicons/organ_words.txt), 'das
        Gesundheitsamt': the organ or office of the article's territory, after an article or a
        contracted preposition, before no name."""
        spans = []
        for tok in after:
            if tok.i in taken or not tok.text[:1].isupper():
                continue
            base = self.organ_base(tok.text)
            if base not in self.organ_words:
                base = self.office_compound(tok.text) or ""
            if not base:
                continue
            if tok.i > 1 and doc[tok.i - 2].lower_ == "aus":
                continue  # "Vertreter aus dem Landtag": where people come from, not the body acting
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            place = self.place_after(doc, tok.i + 1) if base in self.organ_words else None
            if place is not None:  # "in der Sitzung des Gemeinderats Talheim": the council of that place
                name = f"{base} {place.text}"
                spans.append(rule_span(doc, tok.i, place.end, name, "standalone", CONFIDENCE["standalone"]))
                continue
            if nxt is not None and (nxt.text[:1].isupper() and nxt.is_alpha or nxt.ent_type_):
                continue  # "Landtag Rheinland-Pfalz", "Stadtrat Karl Meier": a name follows
            spans.append(rule_span(doc, tok.i, tok.i + 1, base, "standalone", CONFIDENCE["standalone"]))
        return spans

    def organ_base(self, text: str) -> str:
        """An organ word without its genitive ending ("des Landtags", "des Bundestages"), else `text`."""
        for ending in ("s", "es"):
            if text.endswith(ending) and text[: -len(ending)] in self.organ_words:
                return text[: -len(ending)]
        return text

    @staticmethod
    def place_after(doc: Doc, i: int) -> Span | None:
        """The place the model reads right at token `i`, whole ("Talheim", "Bad Nordheim"), else None."""
        if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "LOC":
            return None
        return next((e for e in doc.ents if e.start == i), None)

    def office_compound(self, text: str) -> str | None:
        """An administration's office named by its task in one word ("Gesundheitsamt", "des Bauamts",
        "die Kreisbrandinspektion"), in the nominative; not a post named by its holder ("Rektoramt",
        "Bürgermeisteramt": a role word before "-amt") nor "Ehrenamt"."""
        info = self.grammar.head_of(text)
        if info is None or info.cls != "unit":
            return None
        suffix = next((x for x in ("amt", "inspektion") if info.nominative.lower().endswith(x)), None)
        if suffix is None:
            return None
        prefix = info.nominative[: -len(suffix)].rstrip("s")
        holders = {prefix, prefix.removesuffix("en"), prefix.removesuffix("n")}  # "Präsidentenamt"
        if (
            len(prefix) < 3
            or prefix.lower() in {"ehren", "haupt", "neben"}
            or any(h in self.grammar.cues for h in holders)
        ):
            return None
        return info.nominative

    @staticmethod
    def ministry_compound(text: str) -> bool:
        """A ministry named by its portfolio in one word ("Innenministerium", "Kultusministeriums"), not
        the bare head ("Ministerium")."""
        low = text.lower()
        k = low.find("ministeri")
        return k >= 4

    def patron(self, prefix: str) -> bool:
        """A given name as the first part of a compound, as patrons' names stand there: "Clemens",
        "Josefs" (genitive), "Marien", "Annen" (the old genitive of Maria, Anna)."""
        forms = {prefix, prefix[:-1] if prefix.endswith("s") else prefix}
        if prefix.endswith("en"):
            forms.add(prefix[:-2] + "a")
        return any(f in self.first_names for f in forms)

    def match_described(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The name after a noun that describes a company by its trade ("der IT-Dienstleister
        Südwestdata", "das Start-up Datenwerk", "des SPNV-Betreibers vlexx"; nlp/lexicons/
        trade_heads.txt): one to three name words, or one lower-case brand closing the phrase; not a
        person's given name, a common noun of the language or a word another entity already has."""
        spans = []
        for tok in doc:
            if not tok.text[:1].isupper() or not self.trade_head(tok.text):
                continue
            start = end = tok.i + 1
            while end < len(doc) and end - start < 3 and self.brand_word(doc[end]):
                end += 1
            if start < end < len(doc) - 1 and self.trade_word_closing(doc, end):
                end += 1  # "der Firma Brenner Maschinenbau": the trade as the name's last word
            if end == start and start + 1 < len(doc) and self.lower_brand(doc, start):
                end = start + 1
            if end == start and self.noun_before_brand(doc, start):
                end = start + 2  # "das Start-up Sensorik Labs": a common noun, then a word of a brand
            if end == start:
                end = self.lower_name_end(doc, start)  # "der Einkaufskooperation nordic alliance,"
            if end == start or any(i in taken or doc[i].ent_type_ == "PER" for i in range(start, end)):
                continue  # (a place the model reads there is the company's name: "Firma Brenner")
            spans.append(
                rule_span(doc, start, end, doc[start:end].text, "described", CONFIDENCE["affiliation"])
            )
        return spans

    def match_quoted(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The quoted name of a body after the noun that says what it is, with an article before it:
        "der Verein „Hilfe für Kinder“", "im Netzwerk „Frauen in der Wissenschaft“", "der Arbeitskreis
        „Digitale Bildung“" (heads of the body and unit classes; a project's cue, "die Initiative „X“",
        is the projects' part). The name is the noun in the nominative and the quoted words: at most
        `_MAX_QUOTED`, capitalised first, no person's name among them."""
        spans: list[Span] = []
        text = doc_text(doc)
        for mark in _QUOTE_OPEN_RE.finditer(text):
            quote = doc.char_span(mark.start(), mark.end())
            if quote is None or not 2 <= quote.start < len(doc) - 2:
                continue
            tok = doc[quote.start - 1]
            if not tok.text[:1].isupper():
                continue
            head = self.grammar.head_of(tok.text)
            if head is None or head.cls not in QUOTED_CLASSES or tok.i + 1 in taken:
                continue
            if doc[tok.i - 1].lower_ not in ARTICLE_WORDS:
                continue
            start = tok.i + 2
            end = next(
                (
                    j
                    for j in range(start, min(len(doc), start + _MAX_QUOTED + 1))
                    if doc[j].text in _QUOTES_CLOSE
                ),
                None,
            )
            if end is None or end == start or not doc[start].text[:1].isupper():
                continue
            if any(i in taken or doc[i].ent_type_ == "PER" for i in range(start, end)):
                continue
            name = f"{head.nominative} „{doc[start:end].text}“"
            spans.append(rule_span(doc, tok.i, end + 1, name, "quoted", CONFIDENCE["affiliation"]))
        return spans

    def match_firms(self, doc: Doc) -> list[Span]:
        """A firm named by its owners and "&": "Peter Brenner & Söhne", "J.-P. Schmitz & Co. KG", "Berg &
        Partner mbB", "Müller und Söhne" ("und" only before a firm's tail): up to three capitalised
        words or initials before "&", one capitalised word after it that the model reads as no person
        (not "Anna Berg & Tim Roth"), and the legal forms that follow; after a word other than a
        firm's tail (Co., Söhne, Partner) only with a legal form, after a noun of a trade ("der
        Maschinenbauer Berg & Roth") or where the model reads an organization."""
        spans: list[Span] = []
        text = doc_text(doc)
        if "&" not in text and " und " not in text:
            return spans
        for tok in doc[1:-1]:
            if tok.text != "&" and not (tok.text == "und" and firm_tail_at(doc, tok.i + 1)):
                continue  # "Müller und Söhne": "und" before a firm's tail joins like "&"
            after = doc[tok.i + 1]
            if not after.text[:1].isupper() or after.ent_type_ == "PER":
                continue
            start = tok.i
            if after.text in FIRM_TAILS and doc[start - 1].is_title and doc[start - 1].is_alpha:
                start -= 1  # "Berg & Partner": a surname that is also a word before a firm's tail
            while start > 0 and tok.i - start < _MAX_FIRM_WORDS and _firm_word(doc[start - 1]):
                start -= 1
            legal = start
            while legal > 1 and doc[legal - 1].text in self.grammar.legal:
                legal -= 1
            k = legal
            while k > 1 and tok.i - k < _MAX_FIRM_WORDS and doc[k - 1].is_lower and doc[k - 1].is_alpha:
                k -= 1
            if k < legal and doc[k - 1].lower_ in ARTICLE_WORDS and lower_case_name(doc[k:legal]):
                start = k  # "die beauty alliance GmbH & Co. KG": a name in lower case after its article
            end = tok.i + 2
            while end < len(doc) and doc[end].text in self.grammar.legal:
                end += 1
            if start == tok.i or (start < len(doc) and doc[start].is_sent_start and start + 1 == tok.i):
                continue  # no name before "&" (or one word opening the sentence: "Kunst & Kultur")
            kind = start > 0 and self.trade_head(doc[start - 1].text)  # "Der Maschinenbauer Berg & Roth"
            if after.text not in FIRM_TAILS and end == tok.i + 2 and tok.ent_type_ != "ORG" and not kind:
                continue  # two names make a firm with a legal form, after a noun of a firm's trade or
                # where the model reads one: "Müller & Schmitz GmbH", not "Kaffee & Kuchen"
            spans.append(rule_span(doc, start, end, doc[start:end].text, "firm", CONFIDENCE["affiliation"]))
        return spans

    def trade_head(self, word: str) -> bool:
        return trade_word(word, self.trade_heads)

    def trade_opens(self, doc: Doc, k: int) -> bool:
        """A trade noun at `k`, or adjectives before one ("die Kölner Firma X GmbH", "vom Hamburger
        Softwareanbieter X GmbH"): words describing a company before its name."""
        while k + 1 < len(doc) and not self.trade_head(doc[k].text):
            if doc[k].tag_ != "ADJA" and not self.grammar.is_place_adjective(doc[k]):
                return False
            k += 1
        return self.trade_head(doc[k].text)

    def brand_word(self, tok: Token) -> bool:
        """A word of a company name: capitalised or with an inner capital, no function word, no common
        noun of the language and no given name."""
        if not self.grammar.is_name_word(tok) or tok.text in self.first_names:
            return False
        return tok.tag_ != "NN" or not is_common_noun(tok.text)

    def noun_before_brand(self, doc: Doc, k: int) -> bool:
        """A capitalised common noun, then a brand word (no word of the language, no given name), then
        the end of the noun phrase: a lower-case word or punctuation ("Sensorik Labs hat …")."""
        if k + 2 >= len(doc) or not (doc[k].is_title and doc[k].is_alpha) or doc[k].text in self.first_names:
            return False
        closes = doc[k + 2].is_lower or doc[k + 2].is_punct
        return closes and self.brand_word(doc[k + 1]) and not self.trade_head(doc[k].text)

    def trade_word_closing(self, doc: Doc, k: int) -> bool:
        """A capitalised common noun that ends the noun phrase after a company's name words: the
        next word is lower case or punctuation ("Brenner Maschinenbau abgeschlossen")."""
        tok, nxt = doc[k], doc[k + 1]
        closing = nxt.is_lower or nxt.is_punct
        return tok.tag_ == "NN" and tok.is_alpha and closing and not self.trade_head(tok.text)

    @staticmethod
    def lower_name_end(doc: Doc, k: int) -> int:
        """The end of up to three lower-case words of a name ending the noun phrase at punctuation
        (`lower_case_name`), else `k`."""
        end = k
        while end < len(doc) and end - k < 3 and doc[end].is_lower and doc[end].is_alpha:
            end += 1
        closes = k < end < len(doc) and doc[end].is_punct
        return end if closes and lower_case_name(doc[k:end]) else k

    @staticmethod
    def lower_brand(doc: Doc, k: int) -> bool:
        """ "vlexx" in "des SPNV-Betreibers vlexx,", "Die Firma greenbyte hat …": a lower-case word no
        cluster knows, ending the noun phrase (before a mark, a finite verb, a preposition or "und")."""
        tok = doc[k]
        return (
            tok.is_lower
            and tok.is_alpha
            and len(tok.text) > 2
            and cluster(tok.text) is None
            and k + 1 < len(doc)
            and (doc[k + 1].is_punct or doc[k + 1].tag_ in _AFTER_BRAND)
        )

    def match(self, doc: Doc) -> list[OrgParse]:
        """Longest parses, left to right; a parse inside an earlier one is skipped."""
        found: list[OrgParse] = []
        covered_until = 0
        for h in range(len(doc)):
            if self.grammar.head_of(doc[h].text) is None:
                org = self.grammar.parse_brand(doc, h)
            else:
                org = self.grammar.parse(doc, h)
            if org is None or described(doc, org.start, org.end):
                continue
            legal = org.info.cls == "legal"
            while legal and org.start < org.head - 1 and self.trade_opens(doc, org.start):
                org.start += 1  # "die Softwarefirma X GmbH", "Firma X GmbH": the trade describes it
            if not legal and org.head + 1 < org.own_end and kind_noun(doc[org.head].lower_):
                org.start = org.head + 1  # "das Stuttgarter Unternehmen X": the name after its kind
            if found and org.start < covered_until:
                if org.start <= found[-1].start and org.end > found[-1].end:
                    found[-1] = org
                    covered_until = org.end
                continue
            found.append(org)
            covered_until = org.end
        return found

    def plural_split(self, doc: Doc, org: OrgParse) -> list[Span]:
        """'die Landkreise Trier-Saarburg und Bernkastel-Wittlich', 'der Caritasverbände A und B': a head
        noun in the plural before names joined by "und"/"," names one body per name, each with the head
        in the singular. Empty when the parse is no such list."""
        head = doc[org.head]
        if org.head != org.start or org.parent is not None or head.text == org.info.nominative:
            return []
        plural = (
            "Plur" in head.morph.get("Number", []) or self.singular_head(head.text) == org.info.nominative
        )
        if not plural:
            return []
        names: list[tuple[int, int]] = []
        k = org.head + 1
        while k < org.end:
            j = k
            while j < org.end and doc[j].text not in {",", "und", "sowie"}:
                j += 1
            if j == k:
                return []
            names.append((k, j))
            k = j + 1
        if len(names) < 2:
            return []
        return one_per_name(doc, org.head, names, org.info.nominative)

    def match_plural_lists(self, doc: Doc, after: list[Token], taken: set[int]) -> list[Span]:
        """'die Caritasverbände Main-Spessart und Würzburg', 'die Hochschulen Trier und Koblenz': a head
        noun in a plural form the grammar does not parse, then names joined by "und"/","; one body per
        name, the head in the singular (as `plural_split` for the plurals it parses)."""
        spans: list[Span] = []
        for tok in after:
            if tok.i in taken or not tok.text[:1].isupper() or not tok.is_alpha or len(tok.text) < 5:
                continue
            window = doc[tok.i + 1 : tok.i + 6]
            if (
                not window
                or not self.list_name_word(window[0])
                or not any(t.text in {",", "und"} for t in window)
            ):
                continue  # cheap checks first: a name, then a list
            singular = self.singular_head(tok.text)
            if singular is None:
                continue
            names: list[tuple[int, int]] = []
            k = tok.i + 1
            while k < len(doc) and self.list_name_word(doc[k]) and k not in taken:
                j = k
                while j < len(doc) and j - k < 3 and self.list_name_word(doc[j]) and j not in taken:
                    j += 1
                names.append((k, j))
                if j + 1 < len(doc) and doc[j].text in {",", "und", "sowie"}:
                    k = j + 1
                else:
                    break
            if len(names) >= 2:
                spans += one_per_name(doc, tok.i, names, singular)
        return spans

    def list_name_word(self, tok: Token) -> bool:
        """A word of a place or body name in a list after a plural head: no person's name ("die
        Vorsitzenden der Vereine, Anna X und …" lists persons) and no head noun of its own."""
        return (
            self.grammar.is_name_word(tok)
            and tok.ent_type_ != "PER"
            and self.grammar.head_of(tok.text) is None
        )

    def singular_head(self, word: str) -> str | None:
        """The singular of a plural organization head ("Caritasverbände" → "Caritasverband", "Städte" →
        "Stadt", "Hochschulen" → "Hochschule"), if the grammar knows it as a body or administration."""
        for cut in ("en", "er", "e", "n"):
            if not word.endswith(cut):
                continue
            stem = word[: -len(cut)]
            for base in (stem, stem.translate(_PLAIN_VOWELS), stem + "e"):
                info = self.grammar.head_of(base)
                if info is not None and info.cls in {"body", "admin"} and base == info.nominative:
                    return base
        return None

    def match_bracketed(self, doc: Doc, taken: set[int]) -> list[Span]:
        """An abbreviation-led name in brackets right after a person: "Heike Brandt (TH Bingen)",
        "Petra Lang (KOSIT)", "Sven Ott (ekom21)", "A und B (beide WFG Kusel)".

        The bracket after a name is where German press names a person's organization; an age
        ("(45)"), a year, a place the model tags ("(Mainz)") or a role ("(MdL)") do not start with an
        abbreviation and are left alone; a party (parties.txt: "(Volt)", "(Freie Wähler)") is named.
        """
        ends = self.person_ends(doc)
        spans = []
        for tok in doc:
            if tok.text != "(" or tok.i not in ends or photo_position(doc, tok.i):
                continue  # "Jan Roth (Mitte)": where he stands in the photo, not the party "Mitte"
            start = tok.i + 1 + int(tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in BRACKET_ALL)
            end = self.bracket_name_end(doc, start) or bracketed_party_end(doc, start, self.parties)
            if (
                end is None
                or any(i in taken for i in range(start, end))
                or self.other_entity(doc, start, end)
            ):
                continue
            span = Span(doc, start, end, label="ORG")
            span._.norm_name = span.text
            span._.head_name = span.text
            span._.cue = "acronym"
            span._.confidence = CONFIDENCE["affiliation"]
            span._.source = "rule"
            spans.append(span)
        return spans

    def match_parties(self, doc: Doc, after: list[Token], taken: set[int]) -> list[Span]:
        """A party of several words after an article, also inflected ("für die Freien Wähler", "der
        Freien Wähler"; parties.txt): one-word names are the model's ("die Grünen" may be colours)."""
        spans = []
        for tok in after:
            weak = tok.text[:-1] if tok.text.endswith("en") else tok.text
            if tok.i in taken or tok.text not in self.party_starts and weak not in self.party_starts:
                continue
            end = party_end(doc, tok.i, self.parties)
            if end is None or end - tok.i < 2 or taken.intersection(range(tok.i, end)):
                continue
            span = Span(doc, tok.i, end, label="ORG")
            words = [t.text for t in span]
            named = " ".join(words)
            span._.norm_name = span._.head_name = (
                named if named in self.parties else " ".join(weak_form(w) for w in words)
            )
            span._.cue, span._.confidence, span._.source = "named", CONFIDENCE["named"], "rule"
            spans.append(span)
            taken.update(range(tok.i, end))
        return spans

    @staticmethod
    def person_ends(doc: Doc) -> set[int]:
        """Token indices right after a person candidate (model or rule)."""
        people = [e for e in doc.ents if e.label_ == "PER"] + list(doc.spans.get(PERSON_KEY, []))
        return {p.end for p in people}

    def bracket_name_end(self, doc: Doc, start: int) -> int | None:
        """End of "ABBR Name…" closed by ")" at `start`, or None."""
        if start >= len(doc) or not self.abbreviation_shaped(doc[start].text):
            return None
        end = start + 1
        while end < len(doc) and end - start < MAX_BRACKET and self.grammar.is_name_word(doc[end]):
            end += 1
        return end if end < len(doc) and doc[end].text == ")" else None

    def abbreviation_shaped(self, text: str) -> bool:
        """ "DFKI", "TH", "ekom21", "eGo-Saar": capitals, or letters with digits, or an inner capital."""
        if text in self.not_acronyms or text in self.grammar.stop:
            return False
        letters = sum(c.isalpha() for c in text)
        with_digits = text.isalnum() and letters >= 3 and any(c.isdigit() for c in text)
        inner_caps = len(text) > 2 and text[0].islower() and text[1].isupper()
        return is_acronym(text) or with_digits or inner_caps

    @staticmethod
    def other_entity(doc: Doc, start: int, end: int) -> bool:
        """Whether the model tags a token of [start, end) as a person or place."""
        return any(e.label_ in ("PER", "LOC") and e.start < end and start < e.end for e in doc.ents)

    def match_acronyms(self, doc: Doc, claimed: list[Span]) -> list[Span]:
        taken = {i for p in claimed for i in range(p.start, p.end)}
        names = taken | {i for e in doc.ents if e.label_ in ("ORG", "PER") for i in range(e.start, e.end)}
        things = doc.user_data[SPELLED_OUT_KEY] = spelled_out_things(doc, names)  # read by the merger too
        spans = []
        for tok in doc:
            text = tok.text
            if tok.i in taken or not is_acronym(text) or text in self.not_acronyms or len(text) < 3:
                continue
            if self.grammar.head_of(text) is not None or not self.looks_like_abbreviation(doc, tok):
                continue
            if text in things or tok.i > 0 and doc[tok.i - 1].lower_ in INDEFINITE:
                continue  # "die ZMZ (Zivil-Militärische Zusammenarbeit)", "im Fall eines MANV"
            if is_plural_acronym(text) or any(c.isdigit() for c in text):
                continue  # "die HAWs und FHs" (a class), codes and lines ("RE7", "MPEG-4")
            span = Span(doc, tok.i, tok.i + 1, label="ORG")
            span._.norm_name = text
            span._.head_name = text
            span._.cue = "acronym"
            span._.confidence = CONFIDENCE["affiliation" if self.affiliation_context(doc, tok) else "acronym"]
            span._.source = "rule"
            spans.append(span)
        return spans

    @staticmethod
    def affiliation_context(doc: Doc, tok: Token) -> bool:
        """The slot of a person's organization: "vom DFKI", "bei MBDA", "Martin Memmel (DFKI)"."""
        i = tok.i
        if i > 0 and doc[i - 1].lower_ in AFFILIATION_BEFORE:
            return True
        in_parens = 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
        return in_parens and i > 1 and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha

    @staticmethod
    def looks_like_abbreviation(doc: Doc, tok: Token) -> bool:
        """Not a word in capitals ("FULDA" also written "Fulda", a caps headline), nor a unit ("36 EUR")."""
        letters = sum(c.isalpha() for c in tok.text)
        if letters > 6 or tok.text.capitalize() in doc_text(doc):
            return False
        if tok.i > 0 and (doc[tok.i - 1].like_num or doc[tok.i - 1].text in ("Mio", "Mio.", "Mrd", "Mrd.")):
            return False  # a unit or currency after a number: "36 EUR", "5 GWh"
        neighbours = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
        return not any(t.is_upper and sum(c.isalpha() for c in t.text) > 1 for t in neighbours)

    def description_only(self, doc: Doc, org: OrgParse) -> bool:
        """Adjectives before a noun of a company's trade or kind, and nothing else: a description, no
        name ("der Schweizer Fleischkonzern", "der Münchner Konzern"; "die Kölner Verkehrsbetriebe"
        is a name, as "Verkehrsbetriebe" is no trade noun); or a noun after a number, which counts
        things ("in 18 Wasserkraftwerken Venezuela")."""
        counted = (
            org.start > 0
            and doc[org.start - 1].tag_ == "CARD"
            and not _YEAR.fullmatch(doc[org.start - 1].text)
        )
        return counted or (  # "in 18 Wasserkraftwerken Venezuela": a count of things
            org.parent is None
            and org.head == org.end - 1
            and org.head > org.start
            and self.trade_head(doc[org.head].text)
            and all(doc[k].tag_ == "ADJA" for k in range(org.start, org.head))
        )

    def to_span(self, doc: Doc, org: OrgParse) -> Span:
        if (
            org.head == org.start
            and org.parent is None
            and org.end - org.start >= 2
            and self.trade_head(doc[org.start].text)
            and doc[org.start + 1].text[:1].isupper()
        ):  # "das Unternehmen SAP SE", "die Firma Datenwerk GmbH": the kind is no part of the name
            org = replace(org, start=org.start + 1)
        span = Span(doc, org.start, org.end, label="ORG")
        span._.norm_name = self.grammar.norm_name(doc, org)
        span._.head_name = self.grammar.norm_name(doc, org, org.own_end)
        span._.source = "rule"
        if org.parent is not None:
            parent = self.to_span(doc, org.parent)
            span._.part_of_span = parent
            span._.cue = "chain"
        elif org.info.cls == "legal":
            span._.cue = "legal"
        elif org.end - org.start == 1:
            span._.cue = "standalone"
        else:
            span._.cue = "named"
        span._.confidence = CONFIDENCE[span._.cue]
        return span

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: s.start)

    def cfg_state(self) -> dict[str, Any]:
        return {"spans_key": self.spans_key}

    def load_cfg_state(self, cfg: dict[str, Any]) -> None:
        self.spans_key = cfg["spans_key"]
