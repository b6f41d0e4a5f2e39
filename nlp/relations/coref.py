"""Within-article coreference: one cluster per person and per organization, all mentions under it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.names import LEADING_FUNCTION_WORDS, LEGAL_FORMS, adjective_stem, inflection_key
from nlp.relations.abbreviations import abbreviates, is_abbreviation
from nlp.relations.base import ARTICLES, COURTESY, DEFINITE_ARTICLES, in_boilerplate, word_positions
from nlp.relations.lexicon import TERRITORIES, bare_head, is_org_head, org_like
from nlp.relations.orglookup import one_of_kind, reference_endings
from nlp.wordclusters import is_proper_name

ACADEMIC = frozenset(
    {"dr.-ing.", "dipl.-ing.", "h.c.", "h. c.", "dr.h.c.", "mba", "m.a.", "b.a.", "m.sc.", "b.sc.", "ll.m."}
    | {"dr.", "prof.", "dipl.", "ing.", "med.", "rer.", "nat.", "phil.", "h.c.", "mag.", "jur."}
)
CUED = frozenset(
    {"courtesy", "title", "role", "speech", "given_list", "credit"}
)  # kg_person_names cues of a lone name
# words that open a surname of several words ("Van der Bellen", "von der Leyen")
_SURNAME_PARTICLES = frozenset({"von", "van", "de", "di", "da", "zu", "vom", "ten", "ter"})


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?")  # "A.", "K.-H.": a given name's initial


@dataclass
class Cluster:
    """One real-world entity of the article: its name, other surface forms and token mentions."""

    name: str
    label: str
    spans: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    def mentions(self) -> list[tuple[int, int]]:
        return sorted({(s.start_char, s.end_char) for s in self.spans})

    def in_content(self) -> bool:
        return any(not in_boilerplate(s.doc, s.start_char) for s in self.spans)


@Language.factory("kg_coref", default_config={})
def make_coref(nlp: Language, name: str) -> Coref:
    return Coref(name)


def person_name(span: Span) -> tuple[str, list[str]]:
    """Title-free name of a person mention and the titles stripped from it."""
    norm = getattr(span._, "norm_name", None) if span.has_extension("norm_name") else None
    words = (norm or span.text).split()
    stripped = list(getattr(span._, "titles", None) or []) if span.has_extension("titles") else []
    titles = stripped + [w for w in span.text.split() if w.lower() in ACADEMIC and w not in stripped]
    while words and (words[0].lower() in ACADEMIC or words[0].lower() in COURTESY or words[0].islower()):
        words = words[1:]
    return " ".join(words).strip(" ,;:()"), titles


def abbreviated(short: str, name: str) -> bool:
    """`short` abbreviates `name`, or `short` is an abbreviation and the words after it that `name`
    ends with too ("IHK Südwest" – "Industrie- und Handelskammer Südwest")."""
    if " " not in short:
        return abbreviates(short, name)
    first, _, rest = short.partition(" ")
    if not name.endswith(" " + rest) or name == short:
        return False
    return abbreviates(first, name[: -len(rest)].strip())


def is_cued(span: Span) -> bool:
    """Found after "Frau"/"Herr", a title or a role word (kg_person_names), so a person even alone."""
    return span.has_extension("cue") and span._.cue in CUED


def after_article(tok: Token) -> bool:
    """ "der Koch", "ein guter Koch": a common noun, not a surname."""
    doc, i = tok.doc, tok.i
    return (i > 0 and doc[i - 1].lower_ in ARTICLES) or (
        i > 1 and doc[i - 1].is_lower and doc[i - 2].lower_ in ARTICLES
    )


def is_short_form(word: str) -> bool:
    """An abbreviation-like word: two or more capitals ('DS', 'NDD', 'IHK')."""
    return sum(c.isupper() for c in word) >= 2 and word[:1].isupper()


def org_name(span: Span) -> str:
    for attr in ("canonical_name", "norm_name"):
        if span.has_extension(attr) and getattr(span._, attr):
            return strip_final_period(str(getattr(span._, attr)))
    return strip_final_period(span.text)


def without_legal_form(name: str) -> str:
    """'DFKI GmbH' → 'DFKI'; 'VCD e. V.' → 'VCD'."""
    for form in (*LEGAL_FORMS, "e.V.", "e. V."):
        if name.endswith(" " + form):
            return name[: -len(form) - 1].rstrip(" ,")
    return name


def _has_head(name: str, key: str) -> bool:
    """A name of several words or parts whose head phrase (before a genitive or prepositional complement:
    'Kreisverband' of 'Kreisverband der Arbeiterwohlfahrt X') has a word that is `key` or ends in it
    ('Helmholtz-Gemeinschaft', 'Deutsches Forschungszentrum für ...'); a second head noun starts the
    parent's name ('Kreisverwaltung' of 'Pressestelle Kreisverwaltung X' is the parent's)."""
    parts = _head_phrase_parts(name)
    return any(p == key or len(key) >= 5 and p.endswith(key) for p in parts)


@lru_cache(maxsize=4096)  # bounded: names come from unbounded text
def _head_phrase_parts(name: str) -> tuple[str, ...]:
    """The inflection keys of the words and compound parts of a name's head phrase (see `_has_head`),
    none for a name of one word and part; once per name, not per pair of clusters compared."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k and w.casefold() in LEADING_FUNCTION_WORDS), len(words))
    first = next((k for k in range(cut) if is_org_head(words[k])), None)
    if first is not None:  # "Pressestelle Kreisverwaltung X": a second head noun starts the parent's name
        cut = next((k for k in range(first + 1, cut) if is_org_head(words[k])), cut)
    parts = tuple(inflection_key(p) for w in words[:cut] for p in re.split(r"[\-–]+", w) if p)
    return parts if len(words) > 1 or len(parts) > 1 else ()


@cache
def admin_variants() -> dict[str, tuple[str, int]]:
    """Word -> (its group's preferred word, its rank in the group: 0 the preferred)."""
    from nlp.relations.lexicon import read_lines

    out: dict[str, tuple[str, int]] = {}
    for line in read_lines("admin_variants.txt"):
        words = line.split()
        for rank, word in enumerate(words):
            out.setdefault(word, (words[0], rank))
    return out


def reinflected(surface: str, name_word: str) -> bool:
    """The name's word is the mention's adjective put in the nominative ("Freiwilligen" -> "Freiwillige"
    in "der Freiwilligen Feuerwehr X", which the tagger may read as a noun)."""
    stem = adjective_stem(surface)
    return surface != name_word and stem is not None and stem == adjective_stem(name_word)


def _names_more(longer: Cluster, words: list[str], sw: list[str]) -> bool:
    """Whether `longer` (its name's inflection key `words`) is the body a shorter name (key `sw`) names:
    see Coref.merge_adjective_prefixes."""
    extra = len(words) - len(sw)
    if extra < 1:
        return False
    if words[extra:] == sw:
        first = longer.name.split()[0]
        span = next((sp for sp in longer.spans if sp.text.startswith(first)), None)
        name_words = longer.name.split()
        if span is not None and all(
            t.tag_ == "ADJA" or reinflected(t.text, w) for t, w in zip(span[:extra], name_words, strict=False)
        ):
            return True
        # "Bundesanstalt Technisches Hilfswerk" names the body "Technisches Hilfswerk" is; "Pressestelle
        # Kreisverwaltung X" names a unit of "Kreisverwaltung X", which opens with a head noun itself
        return extra == 1 and (is_abbreviation(first) or is_org_head(first) and not is_org_head(sw[0]))
    genitive = words[1] in ("der", "des") and extra >= 2
    return genitive and words[0] == sw[0] and words[len(words) - len(sw) + 1 :] == sw[1:]


def _kind_before(longer: Cluster, words: list[str], sw: list[str]) -> bool:
    """Whether `longer` is a one-word name `sw` after a head noun of organizations that names no
    territory ("Gewerkschaft Verdi" for "Verdi")."""
    first = longer.name.split()[0]
    return words[1:] == sw and is_org_head(first) and first.casefold() not in TERRITORIES


def surname_index(people: Iterable[Cluster]) -> dict[str, list[Cluster]]:
    """The persons named with several words by the last of them (their surname)."""
    index: dict[str, list[Cluster]] = {}
    for c in people:
        words = c.name.split()
        if len(words) > 1:
            index.setdefault(words[-1], []).append(c)
    return index


def hits_of_surname(index: dict[str, list[Cluster]], word: str) -> list[Cluster]:
    """The persons whose surname is `word`, also with a genitive -s ("Musters Rede")."""
    return index.get(word, []) + (index.get(word[:-1], []) if word.endswith("s") else [])


def introduced_before(hits: list[Cluster], i: int) -> list[Cluster]:
    """Of several persons sharing a surname, those named in full before token `i` (a bare surname
    takes up a person already introduced: "betonte Hoff, der mit seiner Schwester Claudia Hoff …"
    after "Stefan Hoff"); one hit, or none named before, stays as it is."""
    if len(hits) < 2:
        return hits
    before = [c for c in hits if c.spans and min(s.start for s in c.spans) < i]
    return before or hits


def absorb(target: Cluster, other: Cluster) -> None:
    """`other`'s mentions and names become `target`'s."""
    target.spans.extend(other.spans)
    for alias in [other.name, *other.aliases]:
        if alias != target.name and alias not in target.aliases:
            target.aliases.append(alias)


def absorb_into_single(short: Cluster, hits: list[Cluster], out: list[Cluster]) -> None:
    """`short` joins the one cluster it names; with none or several, it stays a cluster of its own."""
    if len(hits) == 1:
        absorb(hits[0], short)
    else:
        out.append(short)


def widest(hits: list[Cluster]) -> list[Cluster]:
    """The longest name when every other hit is its ending ("Feuerwehr Burlage" of "Freiwillige
    Feuerwehr Burlage": one organization named twice), else the hits as they are."""
    if len(hits) < 2:
        return hits
    longest = max(hits, key=lambda c: len(c.name.split()))
    tail = [w.casefold() for w in longest.name.split()]
    if all(c is longest or tail[-len(c.name.split()) :] == c.name.casefold().split() for c in hits):
        return [longest]
    return hits


def place_of(word: str, stem: str) -> bool:
    """`word` is the place whose adjective has the folded `stem` ("Burlage" of "Burlag|er")."""
    return _fold(word).startswith(stem) and len(word) - len(stem) <= _PLACE_ENDING


_PLACE_ENDING = 2  # letters a place has beyond its adjective's stem ("Völkling|en" → "Völklinger")
_UMLAUTS = str.maketrans("äöüÄÖÜ", "aouAOU")


def _fold(word: str) -> str:
    """Case and umlauts folded ("Darmstädter" and "Darmstadt" share "darmstadt")."""
    return word.translate(_UMLAUTS).casefold()


def parent_name(span: Span) -> str:
    """Nominative name of a parent mention: the entity layer's norm_name, else the text without a leading
    article and with a genitive ending dropped from organization head words ("des Nordkreises")."""
    norm = getattr(span._, "norm_name", None) if span.has_extension("norm_name") else None
    if norm:
        return str(norm)
    words = span.text.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    if words[:1] and words[0].lower().startswith(("des", "der")) and words[0][3:4].isupper():
        words[0] = words[0][3:]  # "desNordkreises": a missing space in the source
    return " ".join(org_like(w) or w for w in words)


def strip_final_period(name: str) -> str:
    """'Hydro AG.' at a sentence end: the tokenizer keeps the full stop on the legal form (not 'e.V.')."""
    if name.endswith(".") and name[:-1].rpartition(" ")[2] in LEGAL_FORMS:
        return name[:-1]
    return name


class Coref:
    """Groups PER and ORG entities into clusters; surname-only mentions join the full name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        people = self.cluster_people(doc)
        self.add_surname_mentions(doc, people)
        named = {i for c in people for s in c.spans for i in range(s.start, s.end)}
        orgs = self.cluster_orgs(doc, named)
        add_reference_mentions(doc, orgs, named)
        self.set_annotations(doc, people, orgs)
        add_age_mentions(doc, people)
        return doc

    def cluster_people(self, doc: Doc) -> list[Cluster]:
        """Full names are clusters; a one-word mention joins the one full name with its surname.

        A surname alone after "Frau"/"Herr", a title or a role word ("Herr Müller", "Dr. Weber",
        "Landrat Meier") is a person of its own when no full name of the article has that surname;
        when several full names have it, the mention is left out (it cannot be told which).
        """
        full: dict[str, Cluster] = {}
        short: list[tuple[str, Span]] = []
        initialed: list[tuple[str, Span]] = []
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            name, titles = person_name(ent)
            if not name:
                continue
            if len(name.split()) < 2:
                short.append((name, ent))
                continue
            if all(_INITIAL.fullmatch(w) for w in name.split()[:-1]):
                initialed.append((name, ent))  # "A. Berg": the initials of a full name, if there is one
                continue
            cluster = full.setdefault(name, Cluster(name, "PER"))
            cluster.spans.append(ent)
            cluster.titles.extend(t for t in titles if t not in cluster.titles)
        for name, ent in initialed:
            *initials, last = name.split()
            hits = [
                c
                for c in full.values()
                if c.name.split()[-1] == last
                and len(c.name.split()) > len(initials)
                and all(w[0] == i[0] for w, i in zip(c.name.split(), initials, strict=False))
            ]
            cluster = hits[0] if len(hits) == 1 else full.setdefault(name, Cluster(name, "PER"))
            cluster.spans.append(ent)
            if cluster.name != name and name not in cluster.aliases:
                cluster.aliases.append(name)
        for name in [n for n in full if n.split()[0].lower() in _SURNAME_PARTICLES]:
            longer = [c for c in full.values() if c.name.endswith(" " + name)]
            if len(longer) == 1:  # "Van der Bellen" after "Alexander Van der Bellen": his surname
                surname = full.pop(name)
                longer[0].spans.extend(surname.spans)
                if name not in longer[0].aliases:
                    longer[0].aliases.append(name)
        alone: dict[str, Cluster] = {}
        for name, ent in short:
            hits = introduced_before(self.surname_hits(full, name), ent.start)
            if len(hits) == 1:
                target = hits[0]
                target.spans.append(ent)
                if ent.text != target.name and ent.text not in target.aliases:
                    target.aliases.append(ent.text)
            elif not hits and len(given := self.given_name_hits(full, name, ent.start)) == 1:
                given[0].spans.append(ent)  # "Diakon Tobias Roth … Diakon Tobias dankte": his given name
                if ent.text not in given[0].aliases:
                    given[0].aliases.append(ent.text)
            elif not hits and is_cued(ent):
                cluster = alone.setdefault(name, Cluster(name, "PER"))
                cluster.spans.append(ent)
                cluster.titles.extend(t for t in person_name(ent)[1] if t not in cluster.titles)
        for name, ent in short:  # "Bürgermeisterin X … X dankte": the bare name of a cued one
            if name in alone and not is_cued(ent) and not self.surname_hits(full, name):
                alone[name].spans.append(ent)
        for cluster in alone.values():
            cluster.spans.sort(key=lambda span: span.start)
        return list(full.values()) + list(alone.values())

    @staticmethod
    def given_name_hits(clusters: dict[str, Cluster], word: str, i: int) -> list[Cluster]:
        """The persons named in full before token `i` whose given name is `word`."""
        return [
            c
            for c in clusters.values()
            if c.name.split()[0] == word and any(span.start < i for span in c.spans)
        ]

    @classmethod
    def by_surname(cls, clusters: dict[str, Cluster], word: str) -> Cluster | None:
        hits = cls.surname_hits(clusters, word)
        return hits[0] if len(hits) == 1 else None

    @staticmethod
    def surname_hits(clusters: dict[str, Cluster], word: str) -> list[Cluster]:
        return hits_of_surname(surname_index(clusters.values()), word)

    def add_surname_mentions(self, doc: Doc, people: list[Cluster]) -> None:
        """Surname-only mentions the NER missed ("Ortschef Muster", "Musters Rede"); for a person named
        only by surname ("Herr Muster"), a later bare "Muster" outside other entities."""
        covered = {i for c in people for s in c.spans for i in range(s.start, s.end)}
        surnames = surname_index(people)
        single = {c.name: c for c in people if " " not in c.name}
        in_names = {
            i for e in doc.ents if e.label_ in ("ORG", "LOC") and len(e) > 1 for i in range(e.start, e.end)
        }  # "Fuchs Immobilien GmbH": a surname inside a longer name is the name's
        for tok in doc:
            if tok.i in covered or tok.i in in_names or not tok.is_title or len(tok.text) < 3:
                continue
            hits = introduced_before(hits_of_surname(surnames, tok.text), tok.i)
            target = hits[0] if len(hits) == 1 else None  # as by_surname: one person of that surname
            if target is None and tok.text in single and not tok.ent_type_ and not after_article(tok):
                target = single[tok.text]  # "Herr Koch ... sagte Koch", not "der (neue) Koch"
            if target is not None:
                target.spans.append(doc[tok.i : tok.i + 1])

    def cluster_orgs(self, doc: Doc, person_tokens: frozenset[int] | set[int] = frozenset()) -> list[Cluster]:
        """Organization clusters; an ORG entity that is a mention of a named person ("Fendt übergibt ihr
        Amt" after "Ursula Fendt") is left out."""
        clusters: dict[str, Cluster] = {}
        folded: dict[str, str] = {}
        aliases_of: dict[str, str] = dict(doc._.org_aliases or {}) if Doc.has_extension("org_aliases") else {}
        parents: set[str] = set()  # the parents chains name ("der Stadtverwaltung X")
        chained = Span.has_extension("part_of_span")
        for ent in doc.ents:
            if ent.label_ != "ORG" or ent.start in person_tokens and ent.end - 1 in person_tokens:
                continue
            if chained and (parent := ent._.part_of_span) is not None:
                parents.add(parent_name(parent))
            name = org_name(ent)
            name = aliases_of.get(name, name)
            key = folded.setdefault(inflection_key(name), name)
            cluster = clusters.setdefault(key, Cluster(key, "ORG"))
            cluster.spans.append(ent)
            extra = list(getattr(ent._, "aliases", None) or []) if ent.has_extension("aliases") else []
            bracketed = self.bracketed_abbreviation(doc, ent)
            for alias in [ent.text, *extra, *([bracketed] if bracketed else [])]:
                if alias != cluster.name and alias not in cluster.aliases:
                    cluster.aliases.append(alias)
        merged = self.merge_abbreviations(
            self.merge_legal_forms(self.merge_short_forms(self.merge_admin_variants(list(clusters.values()))))
        )
        merged = self.merge_adjective_prefixes(self.merge_place_adjectives(merged))
        merged = self.merge_compounds(self.merge_generic_heads(merged))
        return self.name_by_parents(merged, parents)

    @staticmethod
    def bracketed_abbreviation(doc: Doc, ent: Span) -> str | None:
        """'Netzwerk Digitale Dörfer (NDD)' / '(Netz DD)': a short form in brackets after the name."""
        end = ent.end
        if end < len(doc) and doc[end].text in {"“", "”", '"', "«", "»"}:
            end += 1  # '„Netzwerk X“ (NX)'
        if end + 2 >= len(doc) or doc[end].text != "(":
            return None
        close = next((k for k in range(end + 1, min(len(doc), end + 5)) if doc[k].text == ")"), None)
        if close is None or close == end + 1:
            return None
        inner = doc[end + 1 : close]
        if any(t.ent_type_ in {"PER", "LOC"} for t in inner) or not any(is_short_form(t.text) for t in inner):
            return None
        return inner.text

    @staticmethod
    def merge_compounds(clusters: list[Cluster]) -> list[Cluster]:
        """'NDD-Netzwerk' joins the cluster whose short form is 'NDD' and whose name has 'Netzwerk'."""
        out: list[Cluster] = []
        for cluster in clusters:
            short, _, head = cluster.name.rpartition("-")
            target = None
            if short and head[:1].isupper() and " " not in cluster.name:
                key = short.replace("-", " ").casefold()
                hits = [
                    c
                    for c in clusters
                    if c is not cluster
                    and head.casefold() in c.name.casefold()
                    and key in {a.replace("-", " ").casefold() for a in c.aliases}
                ]
                target = hits[0] if len(hits) == 1 else None
            if target is None:
                out.append(cluster)
                continue
            target.spans.extend(cluster.spans)
            if cluster.name not in target.aliases:
                target.aliases.append(cluster.name)
        return out

    @staticmethod
    def merge_admin_variants(clusters: list[Cluster]) -> list[Cluster]:
        """'Kreis Trier-Saarburg' joins 'Landkreis Trier-Saarburg' (nlp/lexicons/admin_variants.txt):
        names that differ only in the administrative word before the place; the fuller word is kept."""
        groups = admin_variants()
        by_key: dict[tuple[str, str], Cluster] = {}
        out: list[Cluster] = []
        for cluster in sorted(clusters, key=lambda c: groups.get(c.name.split(" ", 1)[0], ("", 9))[1]):
            first, _, rest = cluster.name.partition(" ")
            group = groups.get(first)
            if group is None or not rest:
                out.append(cluster)
                continue
            key = (group[0], rest.casefold())
            if key in by_key:
                absorb(by_key[key], cluster)
            else:
                by_key[key] = cluster
                out.append(cluster)
        return out

    @staticmethod
    def merge_adjective_prefixes(clusters: list[Cluster]) -> list[Cluster]:
        """A name of two or more words joins exactly one longer name of the article that it ends, when
        the longer one's further words are adjectives (tagged so where it is mentioned: 'Feuerwehr
        Burlage' of 'Freiwillige Feuerwehr Burlage'), or one head noun of organizations or one
        abbreviation naming the body the shorter one is ('Technisches Hilfswerk' of 'Bundesanstalt
        Technisches Hilfswerk', 'Ortsverband Wertheim' of 'THW Ortsverband Wertheim'); or whose first
        and last words it is with a genitive between them ('Kreisverband Karlsruhe-Land' of
        'Kreisverband der Arbeiterwohlfahrt Karlsruhe-Land'). A one-word name joins only a name that is
        it after one head noun of its kind, not of a territory ('Verdi' of 'Gewerkschaft Verdi'; 'Kell'
        may be the place of 'Gemeinde Kell'). Case endings do not count."""
        keyed = [(c, inflection_key(c.name).split()) for c in clusters]
        out: list[Cluster] = []
        for short, sw in keyed:
            if len(sw) < 2 or len(short.name.split()) < 2:
                hits = [c for c, words in keyed if c is not short and _kind_before(c, words, sw)]
            else:
                hits = [c for c, words in keyed if c is not short and _names_more(c, words, sw)]
            absorb_into_single(short, hits, out)
        return out

    @staticmethod
    def merge_place_adjectives(clusters: list[Cluster]) -> list[Cluster]:
        """'Burlager Feuerwehr', 'Burlager Wehr' join 'Freiwillige Feuerwehr Burlage': a name that is a
        place's adjective ("-er") and head words, when exactly one longer name of the article has those
        words (or compounds ending in them) and the place."""
        out: list[Cluster] = []
        for short in clusters:
            first, _, rest = short.name.partition(" ")
            stem = _fold(first[:-2]) if len(first) > 5 and first.endswith("er") and first[0].isupper() else ""
            heads = [w.casefold() for w in rest.split()]
            if not stem or not heads:
                out.append(short)
                continue
            hits = [
                c
                for c in clusters
                if c is not short
                and c.name.split()[0] != first  # another name of the same adjective
                and any(place_of(w, stem) for w in c.name.split())
                and all(any(w.casefold().endswith(h) for w in c.name.split()) for h in heads)
            ]
            absorb_into_single(short, widest(hits), out)
        return out

    @staticmethod
    def merge_legal_forms(clusters: list[Cluster]) -> list[Cluster]:
        """'DFKI GmbH' and 'DFKI': one organization; the name with its legal form is kept."""
        by_bare = {
            without_legal_form(c.name).casefold(): c for c in clusters if without_legal_form(c.name) != c.name
        }
        out: list[Cluster] = []
        for cluster in clusters:
            target = by_bare.get(cluster.name.casefold())
            if target is None or target is cluster:
                out.append(cluster)
                continue
            absorb(target, cluster)
        return out

    @staticmethod
    def merge_abbreviations(clusters: list[Cluster]) -> list[Cluster]:
        """'HKZ' joins 'Herz-Kreislauf-Zentrum Rotenburg' when it abbreviates exactly one longer name of
        the article (nlp/relations/abbreviations.py) or ends it ('ISE' of 'Fraunhofer-Institut für
        Solare Energiesysteme ISE'); the full name stays the cluster's name."""
        out: list[Cluster] = []
        for short in clusters:
            bare = without_legal_form(short.name)
            first, _, rest = bare.partition(" ")
            if not is_abbreviation(bare) and not (rest and is_abbreviation(first)):
                out.append(short)
                continue
            hits = [
                c
                for c in clusters
                if c is not short
                and not is_abbreviation(without_legal_form(c.name))
                and (
                    short.name in c.aliases  # "Kreisverwaltung X (KV MZ-BIN)": the bracketed short form
                    or any(abbreviated(bare, f) or f.split()[-1] == bare for f in (c.name, *c.aliases))
                )
            ]
            absorb_into_single(short, hits, out)
        return out

    @staticmethod
    def merge_generic_heads(clusters: list[Cluster]) -> list[Cluster]:
        """'die Hochschule', 'das Forschungszentrum', 'die Gemeinschaft': a one-word common noun that is a
        word or the compound head of exactly one longer name of the article is that organization
        ('Deutsches Forschungszentrum für ...', 'Helmholtz-Gemeinschaft')."""
        out: list[Cluster] = []
        for short in clusters:
            word = short.name
            bare = bare_head(word)  # the word classes take some heads for names ("Gemeinschaft")
            if " " in word or "-" in word or is_abbreviation(word):
                out.append(short)
                continue
            key = inflection_key(word)
            hits = [c for c in clusters if c is not short and _has_head(c.name, key)]
            if is_proper_name(word) and not bare and not (hits and is_org_head(word)):
                out.append(short)
                continue
            if len(hits) != 1 and bare:
                continue  # "die Hochschule" with no one or several of them named: no organization
            absorb_into_single(short, hits, out)
        return out

    @staticmethod
    def name_by_parents(clusters: list[Cluster], parents: set[str]) -> list[Cluster]:
        """'des Landkreises' after 'der Kreistag des Landkreises X': a one-word head that starts exactly
        one name of the article, and that name only a parent inside a chain, is that parent (which
        the hierarchy makes an organization of its own), as `merge_short_forms` joins a longer name."""
        if not parents:
            return clusters
        names = [c.name for c in clusters]
        for short in clusters:
            word = short.name
            if " " in word or "-" in word or len(word) <= 5 or word.isupper() or word in parents:
                continue
            stem = word.rstrip("s").casefold()
            hits = {
                n for n in [*names, *parents] if " " in n and n.split()[0].rstrip("s").casefold() == stem
            }
            if len(hits) == 1 and (parent := next(iter(hits))) in parents:
                short.aliases.append(word)
                short.name = parent
        return clusters

    @staticmethod
    def merge_short_forms(clusters: list[Cluster]) -> list[Cluster]:
        """'XY Klinikum' joins 'XY Klinikum Nordheim', 'das Ordnungsamt' joins 'Ordnungsamt der Stadt X',
        'Max-Planck' joins 'Max-Planck-Gesellschaft', when it starts exactly one longer name of the
        article (as its first words or the first parts of its first compound)."""

        def words(name: str) -> list[str]:
            return [w.rstrip("s").casefold() for w in name.split()]

        out: list[Cluster] = []
        for short in clusters:
            sw = words(short.name)
            longer = [
                c
                for c in clusters
                if c is not short
                and (
                    len(words(c.name)) > len(sw)
                    and (len(sw) >= 2 or len(sw) == 1 and len(sw[0]) > 5 and not short.name.isupper())
                    and words(c.name)[: len(sw)] == sw
                    or c.name.startswith(short.name + "-")
                    and not is_abbreviation(short.name)  # "Max-Planck"
                )
            ]
            if len(longer) == 1:
                target = longer[0]
                target.spans.extend(short.spans)
                for alias in [short.name, *short.aliases]:
                    if alias not in target.aliases:
                        target.aliases.append(alias)
            else:
                out.append(short)
        return out

    def set_annotations(self, doc: Doc, people: list[Cluster], orgs: list[Cluster]) -> None:
        doc._.kg_people = people
        doc._.kg_orgs = orgs
        doc._.kg_person_at = {i: c.name for c in people for s in c.spans for i in range(s.start, s.end)}
        doc._.kg_org_at = {i: c.name for c in orgs for s in c.spans for i in range(s.start, s.end)}


# a preposition fused with the article ("beim Verein") or one before it ("für die Stadtwerke")
_FUSED_PREPOSITIONS = frozenset({"beim", "vom", "im", "zum", "zur", "am"})
_BEFORE_ARTICLE = frozenset({"bei", "für", "von", "seitens", "an", "in", "mit", "zu"})
_REFERENCE_OPENERS = DEFINITE_ARTICLES | _FUSED_PREPOSITIONS


def add_reference_mentions(doc: Doc, orgs: list[Cluster], taken: set[int]) -> None:
    """'für die Stadtwerke', 'beim Verein', 'seitens des Unternehmens': a noun of a kind of body
    (org_references.yaml) after a preposition and a definite article, or a preposition fused with one,
    and before no further name word, is a mention of the article's one organization of that kind (none
    when the article names several); the relations read it as they read the name."""
    clusters = [c for c in orgs if c.in_content()]
    if not clusters:
        return
    at = {i for c in orgs for s in c.spans for i in range(s.start, s.end)} | taken
    for k in word_positions(doc, _REFERENCE_OPENERS):
        i = k + 1
        if i >= len(doc) or i in at or not doc[i].text[:1].isupper() or doc[i].pos_ not in {"NOUN", "PROPN"}:
            continue
        fused = doc[k].lower_ in _FUSED_PREPOSITIONS
        if not fused and (k == 0 or doc[k - 1].tag_ != "APPR" and doc[k - 1].lower_ not in _BEFORE_ARTICLE):
            continue  # (a sentence's first word may be mistagged: "Seitens des Vereins")
        if i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].is_digit):
            continue  # "für die Stadtwerke Ostheim", "beim Verein Nordtal": a name of its own
        one = one_of_kind(reference_endings(doc[i].text), clusters)
        if one is not None:
            one.spans.append(doc[i : i + 1])
            one.spans.sort(key=lambda s: s.start)
            at.add(i)


_AGE_NOUN = re.compile(r"\d{1,3}-Jährige[nr]?")
# article before an age noun -> gender by the noun's ending (uninflected "-Jährige", inflected "-Jährigen")
_AGE_GENDER = {
    ("der", False): "m",
    ("der", True): "f",
    ("die", False): "f",
    ("dem", True): "m",
    ("den", True): "m",
    ("des", True): "m",
}


_NATIVE = frozenset({"gebürtige", "gebürtigen"})
# participles of a qualification, said only of persons ("der promovierte Volkswirt", "die gelernte
# Bankkauffrau", "des studierten Juristen"): the noun after them names the person
_QUALIFIED_STEMS = tuple("promoviert studiert gelernt ausgebildet diplomiert examiniert habilitiert".split())
_QUALIFIED = frozenset(stem + end for stem in _QUALIFIED_STEMS for end in ("e", "en"))
_EPITHET_STEMS = ("gebürtig", *_QUALIFIED_STEMS)  # what the text must hold for an epithet to be looked for
_AGE_ADJECTIVE = re.compile(r"\d{1,3}-jährigen?")  # "die 51-jährige Betriebswirtin"
_AGE_WORD = re.compile(r"(?<![\w-])\d{1,3}-[Jj]ährige[nr]?(?![\w-])")  # either, as a word of its own
_EPITHETS = _NATIVE | _QUALIFIED


def epithet_nouns(doc: Doc, ages: list[int]) -> list[tuple[Token, Token, bool]]:
    """(noun, its article, inflected) of a person named by an epithet after an article: a native of a
    place ("die gebürtige Augsburgerin"), a qualification ("der promovierte Volkswirt"), or an age
    adjective (at `ages`) before a woman's noun in "-in" or "-frau" or a man's in "-mann" ("die 51-jährige
    Betriebswirtin", "der 60-jährige Bankkaufmann"; not "die 125-jährige Geschichte": other nouns of men
    cannot be told from things)."""
    out = []
    adjectives = set(ages) | set(word_positions(doc, _EPITHETS))
    for k in sorted(adjectives):
        if k < 1 or k + 1 >= len(doc):
            continue
        t, low = doc[k + 1], doc[k].lower_
        if t.tag_ != "NN" or not t.text[:1].isupper() or doc[k - 1].lower_ not in DEFINITE_ARTICLES:
            continue  # "X studierte Rechtswissenschaften": a verb, not an epithet
        # a person's noun of a gender: "-in" ("Betriebswirtin"), "-frau"/"-mann" ("Bankkauffrau", "Kaufmann")
        persons = t.text.endswith(("in", "innen", "frau", "mann")) and not t.text.endswith("ein")
        if low in _EPITHETS or persons and _AGE_ADJECTIVE.fullmatch(low):
            out.append((t, doc[k - 1], low.endswith("n")))
    return out


def age_words(doc: Doc) -> list[int]:
    """The positions of the tokens of an age ("48-Jährige", "51-jährigen"), found by one search of
    the text."""
    out = []
    for m in _AGE_WORD.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            out.append(span.start)
    return out


def add_age_mentions(doc: Doc, people: list[Cluster]) -> None:
    """'Die 48-Jährige war zuletzt Oberärztin', 'dem 54-Jährigen': an age noun after an article refers
    to the last person of its gender named before it (this or the two sentences before), and becomes a
    mention of that person; the article and the ending give the gender ("der 48-Jährigen" a woman's).
    An epithet is read the same way (`epithet_nouns`: "Die gebürtige Augsburgerin war …", "der
    promovierte Volkswirt", "die 51-jährige Betriebswirtin")."""
    from nlp.relations.genders import antecedent, person_genders  # (genders imports coref via title_words)

    ages = age_words(doc)
    text = doc_text(doc)
    if not ages and not any(w in text for w in _EPITHET_STEMS):
        return  # one search of the text, not one per token
    at: dict[int, str] = doc._.kg_person_at or {}
    # (noun, its article, inflected): "der 48-Jährigen"; "des gebürtigen Trierers", a native of a place
    nouns = [
        (doc[k], doc[k - 1], doc[k].text.endswith("n"))
        for k in ages
        if k and _AGE_NOUN.fullmatch(doc[k].text)
    ]
    nouns += epithet_nouns(doc, ages)
    nouns = [(t, article, inflected) for t, article, inflected in nouns if t.i not in at]
    if not nouns:
        return
    genders = person_genders(doc)
    clusters = {c.name: c for c in people}
    for tok, article, inflected in nouns:
        wanted = _AGE_GENDER.get((article.lower_, inflected))
        person = antecedent(doc, tok.sent, tok.i, wanted, genders) if wanted else None
        name = at.get(person.start) if person is not None else None
        if name is not None and name in clusters:
            clusters[name].spans.append(doc[tok.i : tok.i + 1])
            at[tok.i] = name
    doc._.kg_person_at = at


# a definite article or a possessive before a title that refers back ("Seine Kassenwartin")
_REFERRING = DEFINITE_ARTICLES | frozenset(
    "sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer dessen deren".split()
)


def add_title_mentions(doc: Doc, holders: dict[str, set[str]]) -> None:
    """'der Oberbürgermeister' alone refers to the one person the article gives that title.

    `holders` maps a role key to the names of the people holding it (and a compound title's head key,
    marked with "*", to the holders of compounds whose first part names a field: "die Ministerin" for
    the one "Bildungsministerin"); a definite title with exactly one holder, not standing next to a
    name, becomes a mention of that person; so does one after a possessive ("Seine Stellvertreterin").
    Where the title shows a gender, only holders of that gender count.
    """
    from nlp.relations.base import content_sents
    from nlp.relations.genders import person_genders
    from nlp.relations.lexicon import role_hit
    from nlp.relations.role_forms import role_word_gender

    at: dict[int, str] = doc._.kg_person_at or {}
    clusters = {c.name: c for c in doc._.kg_people or []}
    genders = cache(lambda: person_genders(doc))  # read only for a title that could refer back
    # the words after an article or a possessive (not "ein Sprecher der Polizei": someone unnamed)
    after = [i + 1 for i in word_positions(doc, _REFERRING)]
    for sent in content_sents(doc):
        for i in after[bisect_right(after, sent.start) : bisect_left(after, sent.end)]:
            tok = doc[i]
            if tok.i in at:
                continue
            hit = role_hit(tok.text)
            names = holders.get(hit.key, set()) if hit is not None else set()
            if not names and hit is not None and not hit.prefix:
                names = holders.get(f"{hit.key}*", set())  # "die Ministerin": the one "Bildungsministerin"
            shown = role_word_gender(tok.text) if names else None
            if shown is not None:  # "der Sprecher" is no back-reference to the one "Polizeisprecherin";
                names = {n for n in names if genders().get(n, shown) == shown}  # "die Geschäftsführerin"
                # is the one woman of two "Geschäftsführer"
            if len(names) != 1:
                continue
            near = range(max(sent.start, tok.i - 3), min(sent.end, tok.i + 4))
            if any(k in at for k in near):
                continue  # an apposition or a title before a name, not a reference
            name = next(iter(names))
            if name in clusters:
                clusters[name].spans.append(doc[tok.i : tok.i + 1])
                at[tok.i] = name
    doc._.kg_person_at = at
