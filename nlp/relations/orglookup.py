"""Finding an article's organizations by abbreviation, compound prefix, kind or a title's genitive."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from nlp.doctext import doc_text
from nlp.names import LEGAL_FORMS
from nlp.relations.abbreviations import abbreviates, is_abbreviation
from nlp.relations.base import (
    ARTICLES,
    FINITE,
    RELATIVE_PRONOUNS,
    content_sents,
    org_at,
    org_span_starting,
    person_at,
    relative_antecedent,
)
from nlp.relations.lexicon import (
    TERRITORIES,
    compound_of,
    genitive_forms,
    is_org_head,
    is_party,
    party_body,
    read_yaml,
    role_hit,
    territory_variants,
    trade_heads,
    trade_word,
    word_set,
)

if TYPE_CHECKING:
    from nlp.relations.coref import Cluster  # (coref imports this module)

_LEGAL = frozenset(f.casefold() for f in LEGAL_FORMS)
_COMPANY = "gmbh"  # the legal form that marks the company kinds of org_references.yaml
_NON_WORD = re.compile(r"[\W_]+")
_LEAD_SENTENCES = 3  # headline, subheading or first sentence: where an article names its subject
_RANK_END = re.compile(r"-?vize$", re.IGNORECASE)  # "Städtebund-Vize(präsident)": the body is before it
# bodies named after their place: "Oberdorfs Bürgermeisterin" is the "Gemeinde Oberdorf"'s (towns and
# districts and their administrations; a Land, Bezirk or Region holds no such office)
_PLACE_BODIES = TERRITORIES - {"land", "bezirk", "region", "freistaat"} | {
    "stadtverwaltung",
    "gemeindeverwaltung",
}
_MIN_KIND = 4  # shorter first parts ("Ur-", "Hof-") say nothing about the organization; "Bahn-" does
# first parts naming a territorial level: a title's body there is implied by roles.yaml, never found as
# the end of another body's first word ("Kreis-" is no "Kirchenkreis", "Stadt-" no "Hansestadt" office)
_TERRITORIAL = frozenset(
    {"kreis", "land", "landes", "bund", "bundes", "stadt", "gemeinde", "bezirk", "bezirks"}
)
_ATTACHMENT = frozenset({"von", "vom", "bei", "beim", "aus"})  # "bei der Stadt X": someone's place


def fold_name(text: str) -> str:
    """'Netz-NRW' and 'Netz NRW' fold alike."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


_DEFINITE = frozenset({"das", "die", "der", "dem", "den", "des"})


_ASSOCIATION_HEADS = ("verband", "vereinigung")  # "Kreisverband", "Landesvereinigung"
# the levels of an association's organisation below the federation, whose offices carry the level
# ("Kreisgeschäftsführer", "Landesvorsitzende"); not "Bundes-", the prefix of the state's offices
_ASSOCIATION_LEVELS = frozenset({"kreis", "bezirk", "bezirks", "landes", "orts", "stadt"})


def association_of(stem: str, forms: list[list[str]]) -> bool:
    """A name with a word made of a territorial level and an association head ("DRK-Kreisverband X",
    "Landesverband Y"): the association at that level, whose offices carry the level's prefix."""
    if stem not in _ASSOCIATION_LEVELS:
        return False
    return any(w.startswith(stem) and w[len(stem) :] in _ASSOCIATION_HEADS for f in forms for w in f)


def organ_of(stem: str, word: str) -> bool:
    """A territory's organ named by a compound of the territory ("Kreistag", "Stadtrat",
    "Gemeinderat"; organ_words.txt): a "Kreisvorsitzender" chairs no Kreistag (that takes
    "Kreistags-")."""
    return stem in _TERRITORIAL and word in word_set("organ_words.txt")


@lru_cache(maxsize=1 << 14)
def reference_endings(word: str) -> list[str] | None:
    """The name endings of the kind a noun refers to (org_references.yaml), also in the genitive
    ("Vereins", "Unternehmens"), or None."""
    kinds: dict[str, list[str]] = read_yaml("org_references.yaml")
    low = word.lower()
    found = next((kinds[f] for f in genitive_forms(low) if f in kinds), None)
    if found is not None:
        return found
    # a compound of a kind refers to a name with that very compound ("des Ortsvereins" -> "SPD-Ortsverein
    # X"), not to any of its kind ("Sportverein Y")
    return next(
        ([f] for f in genitive_forms(low) if any(f.endswith(k) and len(f) >= len(k) + 3 for k in kinds)),
        None,
    )


def kind_words(words: tuple[str, ...] | list[str]) -> tuple[set[str], tuple[str, ...]]:
    """A list of kinds of body ("Landkreis", "-kreis") as whole words and compound endings, casefolded."""
    exact = {w.casefold() for w in words if not w.startswith("-")}
    return exact, tuple(w[1:].casefold() for w in words if w.startswith("-"))


def of_reference_kind(name: str, endings: list[str]) -> bool:
    """Whether an organization's name has a word ending in one of a kind's endings ("X Logistik GmbH"
    for "gmbh", "Turnverein Y" for "verein")."""
    low = name.casefold()
    words = low.split()
    # a legal form is a word of its own ("X GmbH", "Y-AG"): "Krankenkasse" does not end in "SE", nor
    # "Kreistag" in "AG"; a kind's noun may end a compound ("Turnverein", "Feuerwehr")
    forms = tuple(e for e in endings if e in _LEGAL)
    nouns = tuple(e for e in endings if e not in _LEGAL)
    return (
        any(w in forms or w.endswith(tuple("-" + e for e in forms)) for w in words)
        or any(w.endswith(nouns) for w in words if nouns)
        or any(e in low for e in endings if " " in e)
    )


def one_of_kind(endings: list[str] | None, clusters: list[Cluster]) -> Cluster | None:
    """The one organization of the kind a reference noun's name endings give (`reference_endings`:
    "der Verein" → the article's one "Turnverein X"), or None when the article has none or several."""
    fitting = [c for c in clusters if of_reference_kind(c.name, endings)] if endings else []
    return fitting[0] if len(fitting) == 1 else None


def most_named(names: set[str], mentions: dict[str, int]) -> str | None:
    """The one of `names`, or the one the article names more often than each other."""
    ranked = sorted(names, key=lambda n: -mentions.get(n, 0))
    if len(ranked) == 1 or mentions.get(ranked[0], 0) > mentions.get(ranked[1], 0):
        return ranked[0]
    return None


class OrgLookup:
    """Indexes the organization clusters of a document for the relation components."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.names: dict[str, str] = {}
        for cluster in doc._.kg_orgs or []:
            if not cluster.in_content():
                continue
            for form in [cluster.name, *cluster.aliases]:
                self.names.setdefault(fold_name(form), cluster.name)
        self.title_orgs, self.owned = self.personless_title_orgs(doc)
        self._references: dict[str, int] | None = None
        lead = content_sents(doc)[:_LEAD_SENTENCES]
        self.lead_end = lead[-1].end_char if lead else 0

    def by_prefix(self, prefix: str) -> str | None:
        """The organization a compound's first part names ('ABC-Mitarbeiter', 'XYZ-Präsidentin')."""
        key = fold_name(prefix)
        forms = [
            f
            for f in (
                key,
                key[:-1] if key.endswith(("s", "en")) else "",  # "Sparkassen-Vorstand": linking -n
                key[:-2] if key.endswith("es") else "",
            )
            if f
        ]
        for form in forms:
            if form in self.names:
                return self.names[form]
        for form in forms:
            hits = {name for known, name in self.names.items() if known.startswith(form + " ")}
            if len(hits) == 1:
                return hits.pop()
        head = key.split()[0]
        if head != key and head in self.names:  # "Amazon-Video-Chef" of "Amazon": a unit the name opens
            return self.names[head]
        named = {name for known, name in self.names.items() if known.split()[1:] and known.split()[-1] == key}
        if len(named) == 1 and not is_org_head(prefix):  # "Ufo-Chef" of the "Gewerkschaft Ufo": the
            return named.pop()  # name after the body's kind (not a kind: "des Klinikums")
        # a word of a longer name ("Städtebund"), in any of its forms: "des Klinikums" after three
        # "Klinikum …" names is none of them, though only one is also spelled "…-Klinikums"; else a
        # word ending in it ("Sportbund-Präsidentin" of the "Landessportbund X")
        long_forms = [f for f in forms if len(f) >= _MIN_KIND]
        for fits in (str.__eq__, compound_of):
            hits = {
                name
                for known, name in self.names.items()
                if any(fits(word, form) for word in known.split() for form in long_forms)
            }
            if hits:
                return hits.pop() if len(hits) == 1 else None
        if is_abbreviation(prefix):  # "LKA-Sprecherin" of the article's one "Landeskriminalamt X"
            spelled = {name for name in self.names.values() if abbreviates(prefix, name)}
            return spelled.pop() if len(spelled) == 1 else None
        return None

    def territory(self, place: str, kinds: tuple[str, ...] = ()) -> str | None:
        """The one body the article names for a place: "Gemeinde Oberdorf", "Stadt X", "Landkreis X";
        of the `kinds` a title implies, when it implies any (a Bürgermeister's town, not its Landkreis)."""
        allowed = {k.casefold() for k in kinds if not k.startswith("-")} or _PLACE_BODIES
        hits = {
            name
            for known, name in self.names.items()
            if known.split()[-1:] == [fold_name(place)] and known.split()[0] in allowed
        }
        return hits.pop() if len(hits) == 1 else None

    def territory_named(self, word: str) -> str | None:
        """The one body of a territory's kind the article names, for its bare noun ("des Kreises": the
        "Landkreis X"; "der Stadt": the "Stadt Y"), by the word's nominative and its variants
        (admin_variants.txt); None when it names none or several."""
        base = fold_name(word)
        for ending in ("es", "s"):
            if base.endswith(ending) and base[: -len(ending)] in TERRITORIES:
                base = base[: -len(ending)]
        if base not in TERRITORIES:
            return None
        kinds = {base} | {fold_name(w) for w in territory_variants(base)}
        hits = {
            c.name
            for c in self.doc._.kg_orgs or []
            if c.in_content() and fold_name(c.name).split(" ")[0] in kinds and " " in c.name.strip()
        }
        return hits.pop() if len(hits) == 1 else None

    def by_kind(self, prefix: str, associations: bool = False, exact: bool = False) -> str | None:
        """The single organization whose name starts with a compound title's first part: the
        "Hochschul-" of "Hochschulpräsidentin" names the article's only "Hochschule X"; the
        "Stadtrats-" of "Stadtratsvorsitzender" the article's "Stadtrat Y", as the part is a word of
        that organization's name (a rank after it is no part of the body: "Städtebund-Vize"). Names
        that start with the part win over those that have it inside ("Pressestelle der Universität X"),
        and those over a body whose first word ends in it ("Schul-" of "Schulleiterin": "Grundschule X");
        of several, the one the article names most often ("Universitätspräsident" in a report on one of
        two universities). `exact` (a political office): the part must be the name's first word, so a
        "Stadtbürgermeister" is no office of the "Stadtwerke X"."""
        stem = fold_name(_RANK_END.sub("", prefix.rstrip("-")).rstrip("-"))
        if len(stem) < _MIN_KIND or " " in stem:
            return None
        stems = {stem}
        if stem.endswith(("s", "n")):
            stems.add(stem[:-1])  # linking -s, -n: "Referats-", "Sparkassen-"
        if stem.endswith(("es", "en")):
            stems.add(stem[:-2])  # "Bundes-", "Frauen-"
        kind = is_org_head(stem)  # else "Wirtschafts-" in "Wirtschaftsminister": a field, no body
        first, inner, compound = set(), set(), set()
        for c in self.doc._.kg_orgs or []:
            if not c.in_content():
                continue
            forms = [fold_name(form).split(" ") for form in (c.name, *c.aliases)]
            words = forms[0]
            if any(
                f[0] == s or kind and not exact and f[0].startswith(s) and not organ_of(stem, f[0])
                for s in stems
                for f in forms
            ):
                first.add(c.name)  # "Universität X" for "Universitätspräsident", also by another name
            elif any(s in words for s in stems) or associations and association_of(stem, forms):
                inner.add(c.name)  # "Pressestelle der Universität X": a unit naming it; "Kreis-" of
                # "Kreisgeschäftsführer": the "DRK-Kreisverband X"
            elif kind and stem not in _TERRITORIAL and any(words[0].endswith((s, s + "e")) for s in stems):
                compound.add(c.name)  # "Grundschule X" for "Schulleiterin", "Handwerkskammer" for "Kammer-"
        mentions = {c.name: len(c.spans) for c in self.doc._.kg_orgs or []}
        for hits in (first, inner, compound):
            if hits:
                return most_named(hits, mentions)
        return None

    def office(self, words: tuple[str, ...]) -> str | None:
        """The single content organization with one of `words` (office nouns derived from a title:
        "kreisbrandinspektion") as a word of its name."""
        wanted = set(words)
        hits = {
            c.name
            for c in self.doc._.kg_orgs or []
            if c.in_content() and wanted & set(fold_name(c.name).split())
        }
        return hits.pop() if len(hits) == 1 else None

    def implied(
        self,
        words: tuple[str, ...],
        exclude: set[str | None] | None = None,
        near: Span | None = None,
        holder: Span | None = None,
    ) -> str | None:
        """The single content organization whose name has one of `words` (a Landrat's Landkreis).

        With `near` (the title's sentence), only organizations named in the article's lead (its first
        sentences) or in the same paragraph count: a body named in passing elsewhere is not implied.
        With `holder` (the title's person), a mention in a phrase of another person's ("Bürgermeister
        A …, Oberbürgermeister B für die Stadt X") does not count.
        """
        if not words:
            return None
        exact, suffixes = kind_words(words)
        hits: dict[str, int] = {}
        far: set[str] = set()
        for cluster in self.doc._.kg_orgs or []:
            if not cluster.in_content() or cluster.name in (exclude or set()):
                continue
            spans = [
                s
                for s in cluster.spans
                if holder is None or not (self.others_body(s, holder) or self.in_persons_relative(s))
            ]
            if not spans:
                continue
            if near is not None and not any(self.close(span, near) for span in spans):
                if self.of_kind(cluster.name, exact, suffixes) and not all(
                    self.someones_place(s) or self.titles_body(s) for s in spans
                ):
                    far.add(cluster.name)
                continue
            if self.of_kind(cluster.name, exact, suffixes):
                hits[cluster.name] = len(cluster.spans)
        if hits:
            return most_named(set(hits), hits)  # the single one, or the one the article names most often
        if len(far) == 1:
            return far.pop()  # none nearby, and the article has only one of the kind
        return None

    def other_party_in(self, name: str, sent: Span) -> bool:
        """`name` is a party's body ("CDU-Fraktion") and the sentence names another party ("SPD")."""
        if not party_body(name):
            return False
        own = name.partition("-")[0].casefold()
        return any(
            is_party(c.name) and c.name.partition("-")[0].casefold() != own
            for c in self.doc._.kg_orgs or []
            if any(sent.start <= s.start < sent.end for s in c.spans)
        )

    def host(self, exclude: set[str | None] | None = None, near: Span | None = None) -> str | None:
        """The organization the article is about: the content organization it names most often (at
        least twice, more often than any other), not a party, and not only as someone's place; or the
        only one, named once in the lead, outside the title's sentence (`near`: the sentence's own
        words decide there). Where that finds none, definite references of an organization's kind
        ("das Unternehmen", "der Verein") count as mentions too."""
        found = self.most_mentioned(exclude, near, {})
        return found if found is not None else self.most_mentioned(exclude, near, self.references())

    def most_mentioned(
        self, exclude: set[str | None] | None, near: Span | None, references: dict[str, int]
    ) -> str | None:
        counts = sorted(
            (
                (len(c.spans) + references.get(c.name, 0), c.name)
                for c in self.doc._.kg_orgs or []
                if c.in_content()
                and c.name not in (exclude or set())
                and (not is_party(c.name) or party_body(c.name))  # "SPD-Ortsverein X" hosts, "SPD" not
                and not all(map(self.someones_place, c.spans))
            ),
            reverse=True,
        )
        if not counts or len(counts) > 1 and counts[1][0] == counts[0][0]:
            return None
        if counts[0][0] < 2:
            span = next(c for c in self.doc._.kg_orgs if c.name == counts[0][1]).spans[0]
            lead = span.start_char < self.lead_end
            if len(counts) > 1 or not lead or near is not None and near.start <= span.start < near.end:
                return None
        return counts[0][1]

    def references(self) -> dict[str, int]:
        """Organization name -> how often a definite noun of its kind refers back to it ("das
        Unternehmen", "der Verein"; org_references.yaml), where the article has one of that kind."""
        if self._references is not None:
            return self._references
        out: dict[str, int] = {}
        clusters = [c for c in self.doc._.kg_orgs or [] if c.in_content()]
        for sent in content_sents(self.doc):
            for tok in sent[1:]:
                if not tok.text[:1].isupper() or self.doc[tok.i - 1].lower_ not in _DEFINITE:
                    continue
                endings = reference_endings(tok.text)
                if endings is None:
                    continue
                if org_at(self.doc, tok.i) is not None:
                    continue  # "an der Hochschule Trier": the head of a name is no reference to it
                one = one_of_kind(endings, clusters)
                if one is not None:
                    out[one.name] = out.get(one.name, 0) + 1
        self._references = out
        return out

    def bare_genitive(self, j: int, limit: int) -> str | None:
        """'des Kreises', 'des Vereins', 'der Wehr' at `j`: a genitive article and one noun in no entity
        that ends the phrase name the article's one body of the noun's territory or kind."""
        doc = self.doc
        if j + 1 >= limit or doc[j].lower_ not in {"der", "des"} or org_at(doc, j + 1) is not None:
            return None
        if j + 2 < limit and (doc[j + 2].is_title or doc[j + 2].is_upper):
            return None  # "des Vereins Nordtal": a name of its own
        word = doc[j + 1].text
        return self.territory_named(word) or self.referenced(word)

    def referenced(self, word: str) -> str | None:
        """The article's single organization of the kind a noun refers to ("des Vereins" → the one
        "Turnverein X"; org_references.yaml), in any case form; of several, the one it names most
        often ("des Klinikums" in a report on one hospital that names others of a career)."""
        endings = reference_endings(word)
        if endings is None:
            return None
        clusters = [c for c in self.doc._.kg_orgs or [] if c.in_content()]
        fitting = {c.name: len(c.spans) for c in clusters if of_reference_kind(c.name, endings)}
        if not fitting and _COMPANY in endings:  # "Das Start-up X … Das Unternehmen": X has no legal form
            fitting = {c.name: len(c.spans) for c in clusters if self.introduced_by_trade(c.spans)}
        return most_named(set(fitting), fitting) if fitting else None

    def introduced_by_trade(self, spans: list[Span]) -> bool:
        """Whether a mention follows a noun of a company's trade ("das Start-up X", "der Firma Y",
        "des Softwareherstellers Z"; trade_heads.txt): a company, whatever its name ends in."""
        return any(s.start > 0 and trade_word(self.doc[s.start - 1].text, trade_heads()) for s in spans)

    def word_before(self, span: Span) -> int:
        """The token before a mention's article and adjectives ("von der katholischen Kirchengemeinde
        X": "von"); -1 at the text's start."""
        k = span.start - 1
        while k >= 0 and (self.doc[k].lower_ in ARTICLES or self.doc[k].tag_ == "ADJA"):
            k -= 1
        return k

    def someones_place(self, span: Span) -> bool:
        """'Er war bei der Stadt X', 'Y von der Stadt X': a mention after a preposition of attachment
        names where someone works or comes from, not the article's own body."""
        k = self.word_before(span)
        return k >= 0 and self.doc[k].lower_ in _ATTACHMENT

    def titles_body(self, span: Span) -> bool:
        """'die Digitalbeauftragte der Stadt X, Y': a mention in the genitive right after a title names
        the body of that title's holder."""
        k = self.word_before(span)
        genitive = k >= 0 and self.doc[span.start - 1].lower_ in {"der", "des"}
        return genitive and role_hit(self.doc[k].text) is not None

    def others_body(self, span: Span, holder: Span) -> bool:
        """'B für die Stadt X', 'B von der Stadt X', 'B (Stadt X)': a mention after a preposition or
        bracket right after the name of a person other than `holder` is that person's body."""
        k = self.word_before(span)
        if k < 1 or self.doc[k].lower_ not in _ATTACHMENT | {"für", "("}:
            return False
        at = self.doc._.kg_person_at or {}
        name = at.get(k - 1)
        return name is not None and name != at.get(holder.start)

    def in_persons_relative(self, span: Span) -> bool:
        """'A, der zuletzt das Bauamt der Verbandsgemeinde X leitete': a mention inside a relative
        clause on a person belongs to what the clause tells of that person (a past post, a home), not
        to the article's own bodies a bare title implies."""
        doc = self.doc
        k = span.start - 1  # back to the clause's opening comma (a sentence's end is a mark too)
        while k > 1 and not (doc[k].lower_ in RELATIVE_PRONOUNS and doc[k - 1].text == ","):
            if doc[k].is_punct or doc[k].is_space or doc[k].is_sent_start:
                return False
            k -= 1
        if k <= 1 or relative_antecedent(doc, k - 1, 0) is None:  # (the tagger may say ART for "der")
            return False
        close = next((j for j in range(span.end, len(doc)) if doc[j].is_punct), len(doc))
        return doc[close - 1].tag_ in FINITE  # not "A, die für den Schutz im Kreis X zuständige Juristin"

    @staticmethod
    def of_kind(name: str, exact: set[str], suffixes: tuple[str, ...]) -> bool:
        """Whether an organization's name has a word of the kind ("Landkreis X" for Landkreis)."""
        names = name.split()
        heads = names[:-1] if len(names) > 1 else names  # the last word is the place ("Landkreis X")
        # a truncated first part is not the kind: "Gemeinde- und Städtebund" is a Bund
        heads = [w for w in heads if not w.endswith("-")]
        parts = [p.casefold() for w in heads for p in re.split(r"-", w)]
        # a compound ending in a territorial kind is one only as the whole name ("Hochsauerlandkreis");
        # before a place it is a body of another kind ("Sportkreis Talheim", "Kirchenkreis X"), unlike
        # other compounds ("Feuerwehr" of "Freiwillige Feuerwehr X" for "-wehr")
        whole = len(names) == 1
        # a territorial word names the kind only first ("Landkreis X"), not after another body's head
        # ("Wirtschaftsförderungsgesellschaft Landkreis X mbH" is no Landkreis)
        return any(
            p in exact
            and (k == 0 or p not in TERRITORIES)
            or any(p.endswith(x) and (whole or x not in _TERRITORIAL) for x in suffixes)
            for k, p in enumerate(parts)
        )

    def close(self, span: Span, sent: Span) -> bool:
        """In the lead (first sentences of the article) or in the paragraph (line) of `sent`."""
        if span.start_char < self.lead_end:
            return True
        text = doc_text(self.doc)
        first = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        start = text.rfind("\n", 0, first) + 1
        end = text.find("\n", sent.end_char)
        return start <= span.start_char < (len(text) if end < 0 else end)

    @staticmethod
    def personless_title_orgs(doc: Doc) -> tuple[dict[str, str], dict[str, str]]:
        """Titles named with an organization but no person: by key, with a genitive ('die Oberärzte des
        Klinikums'); in the form written, lower case, with a body's possessive ("Die Gemeinde X hat
        ihre neue Pfarrerin begrüßt": "pfarrerin", not the Pfarrer of another church)."""
        out: dict[str, str] = {}
        owned: dict[str, str] = {}
        for sent in content_sents(doc):
            for tok in sent:
                hit = role_hit(tok.text)
                if hit is None:
                    continue
                near = range(max(sent.start, tok.i - 3), min(sent.end, tok.i + 8))
                if any(person_at(doc, k) is not None for k in near):
                    continue
                article = tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in ARTICLES
                org = org_span_starting(doc, tok.i + 1, sent.end) if article else None
                if org is not None:
                    out[hit.key] = (doc._.kg_org_at or {})[org.start]
                elif (owner := OrgLookup.possessing_subject(doc, sent, tok.i)) is not None:
                    owned[tok.lower_] = owner
        return out, owned

    @staticmethod
    def possessing_subject(doc: Doc, sent: Span, i: int) -> str | None:
        """The one organization before the title at `i` when a possessive determiner leads to the title
        ("… hat die Kirchengemeinde X ihre neue Pfarrerin begrüßt"): the body the title is held at."""
        k = i - 1
        while k > sent.start and doc[k].tag_ == "ADJA":
            k -= 1
        if k <= sent.start or doc[k].tag_ != "PPOSAT":
            return None
        names = {name for j in range(sent.start, k) if (name := (doc._.kg_org_at or {}).get(j)) is not None}
        return names.pop() if len(names) == 1 else None
