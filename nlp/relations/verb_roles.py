"""Roles stated by a verb: "X leitet das Bauamt", "Seit März leitet X das Referat", "X übernimmt die
Leitung des Bauhofs". The role is the function the verb names (Leitung), linked to the organization."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.relations import time_phrases
from nlp.relations.base import (
    ARTICLES,
    FINITE,
    FUTURE_LEMMAS,
    PERFECT_AUX,
    PREPOSITION_TAGS,
    RELATIVE_PRONOUNS,
    RawRole,
    clause_around,
    content_sents,
    org_after_articles,
    org_at,
    org_ending,
    org_span_starting,
    past_closing_verb,
    person_at,
    person_ending,
    person_from,
    person_spans,
    place_end,
    relative_antecedent,
)
from nlp.relations.genders import doc_genders, person_genders, pronoun_antecedent
from nlp.relations.lexicon import read_yaml, role_hit, role_key, time_hints
from nlp.relations.orglookup import OrgLookup, reference_endings
from nlp.relations.reported import before_apposition
from nlp.relations.role_changes import predecessor_roles, sole_org, succession
from nlp.relations.role_forms import base_form
from nlp.relations.roles import (
    RoleMatcher,
    field_complement,
    first_conjunct_subject,
    pronoun_beside,
    pronoun_body,
)
from nlp.relations.title_words import is_title_word

_WINDOW = 6  # tokens between the verb and the organization it governs
_RELATIVE_CLAUSE = 16  # tokens of a relative clause before its verb ("der das Unternehmen … führt")
_PREPOSITIONS = frozenset("vom von bei beim im in aus für mit an am auf zum zur".split())
_PASSIVE_AUX = frozenset({"wird", "werden", "wurde", "wurden"})
_BODY_RELATIVES = RELATIVE_PRONOUNS | {"das", "welches"}  # "das Amt, das …": a body may be neuter
_OBJECT_RELATIVES = frozenset({"den", "welchen"})  # "der Fachbereich, den X leitet": only an object
_DEFINITE_ARTICLES = frozenset({"das", "die", "der"})
_GENITIVE_ARTICLES = frozenset({"des", "der"})
_ADJECTIVE_ENDINGS = ("te", "ten", "ter", "tes", "tem")  # an attributive participle: "geleitete"


@Language.factory("kg_verb_roles", default_config={"lexicon": "verb_roles.yaml"})
def make_verb_roles(nlp: Language, name: str, lexicon: str) -> VerbRoleMatcher:
    return VerbRoleMatcher(name, lexicon)


def reference_phrase(doc: Doc, k: int, end: int, articles: frozenset[str]) -> Span | None:
    """One of `articles` at `k` and a noun that refers back to an organization of its kind ("das
    Zentrum", "des Hauses"; org_references.yaml), no name after it; else None."""
    if k + 1 >= end or doc[k].lower_ not in articles or not doc[k + 1].text[:1].isupper():
        return None
    if org_at(doc, k + 1) is not None or k + 2 < end and doc[k + 2].text[:1].isupper():
        return None
    return doc[k : k + 2] if reference_endings(doc[k + 1].text) is not None else None


def genitive_reference(doc: Doc, k: int, end: int) -> Span | None:
    """'des Hauses', 'der Bank' at `k`."""
    return reference_phrase(doc, k, end, _GENITIVE_ARTICLES)


def reference_at(doc: Doc, k: int) -> bool:
    """'das Zentrum', 'der Verein' at `k`: a subject or object referring to the article's body."""
    return reference_phrase(doc, k, len(doc), _DEFINITE_ARTICLES) is not None


class VerbRoleMatcher:
    """Appends RawRoles to `doc._.kg_roles` for persons whose function a verb states."""

    def __init__(self, name: str, lexicon: str) -> None:
        self.name = name
        data = read_yaml(lexicon)
        # verb form -> (role label, role key); noun form -> same, for "übernimmt die Leitung des X"
        self.verbs = {form: (e["role"], e["key"]) for e in data["verbs"] for form in e["forms"]}
        self.nouns = {form: (e["role"], e["key"]) for e in data["nouns"] for form in e["forms"]}
        self.compound_heads = tuple(data["compound_heads"])
        self.takes = frozenset(data["take_verbs"])
        self.participles = {
            form: (e["role"], e["key"]) for e in data["verbs"] for form in e.get("participles", [])
        }
        self.person_nouns = frozenset(e["role"] for e in data["verbs"] if e.get("person_noun"))
        self.person_noun_keys = frozenset(e["key"] for e in data["verbs"] if e.get("person_noun"))
        self.head_titles = frozenset(data["head_titles"])
        self.calls = frozenset(data["calls"])
        self.entrusts = frozenset(data["entrusts"])
        self.hands = frozenset(data["hand_verbs"])

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc._.kg_roles or [])
        known = {(person_at(doc, r.person.start), r.org_name) for r in found}
        genders = person_genders(doc)
        lookup = cache(lambda: OrgLookup(doc))  # built only for a sentence that needs it
        for sent in content_sents(doc):
            for raw in self.match(sent, genders, lookup):
                key = (person_at(doc, raw.person.start), raw.org_name)
                # founding is a fact of its own beside an office in the same body ("Gegründet wurde X
                # von A. A ist Geschäftsführerin"); a verb of leading repeats the office
                if key not in known or raw.role_key in self.person_noun_keys:
                    known.add(key)
                    found = [r for r in found if not same_title_without_body(doc, r, raw)]
                    found.append(raw)
                elif shorter := [
                    r for r in found if same_office(doc, r, raw) and len(r.role) < len(raw.role)
                ]:
                    # "leitet das Bauamt als kommissarische Amtsleiterin": the verb's title says more
                    found = [r for r in found if r not in shorter] + [raw]
        # a predecessor's title again from the successor's offices, now with those a verb stated
        # ("Das Amt X wird von Direktorin A geführt. Sie folgt auf B": B was Direktorin of X)
        own = [r for r in found if not r.inherited]
        doc._.kg_roles = RoleMatcher.unique(doc, own + predecessor_roles(doc, own))
        return doc

    def match(
        self,
        sent: Span,
        genders: dict[str, str] | None = None,
        lookup: Callable[[], OrgLookup] | None = None,
    ) -> list[RawRole]:
        doc = sent.doc
        out: list[RawRole] = []
        hands: list[Token] = []  # verbs of handing an office over, for `handed_over`
        for tok in sent:
            low = tok.lower_
            if low in self.hands:
                hands.append(tok)
            parent: str | None = None
            stem = (
                low
                if low in self.participles or not low.endswith(_ADJECTIVE_ENDINGS)
                else low.rstrip("enrsm")
            )
            if stem in self.participles:
                if stem != low:
                    person, org = self.attributive(doc, sent, tok.i)  # "das von X geleitete Amt"
                else:
                    person, org = self.passive(doc, sent, tok.i)
                if person is None and stem == low:
                    person, org = self.postposed(doc, sent, tok.i)  # "das Amt, geleitet von X,"
                if person is None and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in PERFECT_AUX:
                    person, org = self.relative_clause(doc, sent, tok.i)  # "…, der X geleitet hat"
                if person is None and stem == low:
                    person, org = verb_after_auxiliary(doc, sent, tok.i, _PERFECT)  # "X hat das Amt geleitet"
                name = org_at(doc, org.start) if org is not None else None
                if org is not None and name is None and len(org) == 1 and org[0].lower_ in _BODY_PRONOUNS:
                    name = pronoun_body(doc, sent, org[0])  # "Geleitet wird sie von X": the body before
                elif org is not None and name is None and lookup is not None:
                    name = lookup().referenced(org[-1].text)  # "Das Zentrum wird von X geleitet"
                if person is not None and org is not None and name is not None:
                    role, key = self.participles[stem]
                    time = self.time(doc, sent, tok.i, person, org)
                    # "von A und B gegründet", "Gegründet wurde X von A und B"
                    listed = self.coordinated_before(doc, sent, person) + coordinated_after(doc, sent, person)
                    titled = title_after_als(doc, person.end, tok.i)  # "von X als Geschäftsführerin geleitet"
                    for p in [person, *listed]:
                        gender = (genders or {}).get(person_at(doc, p.start) or "")
                        label, its_key = (
                            (base_form(titled[0], gender), titled[1])
                            if titled
                            else self.head_title(p, genders) or (self.gendered(role, p, genders), key)
                        )
                        out.append(RawRole(p, label, its_key, org, name, time, sent, 0.7))
                continue
            if low in self.verbs:
                role, key = self.verbs[low]
                org = self.org_after(doc, tok.i + 1, sent.end)
                if org is None and (office := self.office_object(doc, tok.i + 1, sent.end)) is not None:
                    (role, key), org = office  # "X führt die Geschäfte der Y"
                if org is None and not separated(tok):
                    org = unit_body(doc, tok.i + 1, sent.end)  # "X leitet die Notaufnahme des Klinikums Y"
            elif low in self.takes or low in _AUXILIARY_FORMS and self.taken_later(doc, sent, tok):
                # (an auxiliary for the verb of taking at its clause's end: "wird die Leitung … übernehmen")
                j = tok.i + 1
                if (phrase := time_phrases.starting_at(doc, j)) is not None:
                    j = phrase.end  # "übernimmt ab dem 1. Januar die Leitung des Bauhofs"
                elif j < sent.end and (_YEAR_WORD.fullmatch(doc[j].text) or doc[j].pos_ == "ADV"):
                    j += 1  # "übernahm 2020 den Vorsitz", "übernimmt nun die Leitung"
                if j < sent.end and doc[j].lower_ == "sich":
                    j += 1  # "teilen sich A und B die Leitung"
                while j < sent.end and person_at(doc, j) is None and is_title_word(doc, j):
                    j += 1  # "übernimmt Dr. X die Leitung"
                named = person_at(doc, j)
                while named is not None and j < sent.end and person_at(doc, j) == named:
                    j += 1  # "Zum 1. Januar übernimmt X die Geschäftsführung": the subject after the verb
                    if j + 1 < sent.end and person_at(doc, j) is None and doc[j].lower_ in {"und", ","}:
                        if (other := person_at(doc, j + 1)) is not None:  # "teilen sich A und B …"
                            named, j = other, j + 1
                if j + 1 >= sent.end or doc[j].lower_ not in {"die", "den"}:
                    continue
                k = j + 1
                while k + 1 < sent.end and doc[k].tag_ == "ADJA":
                    k += 1  # "übernimmt die technische Geschäftsführung", "den stellvertretenden Vorsitz"
                nxt = doc[k]
                post = self.office(nxt.text)
                if post is None:
                    continue
                role, key = post
                if k > j + 1:
                    role = " ".join([*bare_adjectives(doc[j + 1 : k], doc[j].lower_), role])
                org = (
                    org_span_starting(doc, nxt.i + 1, sent.end)
                    or post_place(doc, nxt.i + 1, sent.end)
                    or fronted_host(doc, sent, tok.i)
                    or genitive_reference(doc, nxt.i + 1, sent.end)  # "die Leitung des Hauses"
                    or lead_host(doc, sent, tok.i, nxt.i + 1)
                )
                parent = office_unit_parent(doc, nxt.i, org)
            else:
                continue
            person = self.subject(doc, sent, tok.i, org, past_titles=low in self.takes)
            if org is None and low in self.verbs:
                person, org = self.relative_clause(doc, sent, tok.i)
            if org is None and low in self.verbs:
                person, org = self.fronted_object(doc, sent, tok.i)
            if (org is None or person is None) and low in self.verbs and low.endswith("en"):
                future = verb_after_auxiliary(doc, sent, tok.i)  # "X wird das Zentrum leiten"
                person, org = future if future[0] is not None else (person, org)
            if person is None and org is not None:
                person = self.pronoun_subject(doc, sent, tok.i, org, genders)
            name = org_at(doc, org.start) if org is not None else None
            if low in self.takes and parent is not None:
                name = parent  # "übernimmt die Direktion des Museums X": the museum's, not "Direktion des …"
            if org is not None and name is None and lookup is not None and reference_endings(org[-1].text):
                name = lookup().referenced(org[-1].text)  # "des Hauses": the article's one body of its kind
                if name is None:
                    continue
            if org is None and low in self.verbs and lookup is not None:
                found = self.referenced_object(doc, sent, tok.i, lookup)
                if found is not None:  # "X, der das Unternehmen in dritter Generation führt"
                    person, org, name = found
            if person is None or org is None:
                continue
            time = self.time(doc, sent, tok.i, person, org)
            people = (
                [person, *self.coordinated_before(doc, sent, person), *coordinated_after(doc, sent, person)]
                if plural_verb(tok)
                else [person]
            )
            if low in self.verbs and org.start > tok.i:  # "X leitet gemeinsam mit Y die Z": both lead it
                joints = (joint_agents(doc, k, org.start) for k in range(tok.i + 1, org.start))
                people += next((joint for joint in joints if joint), [])
            titled = title_after_als(doc, org.end, sent.end) if low in self.verbs else None
            for p in people:
                label, its_key = self.head_title(p, genders) or (self.gendered(role, p, genders), key)
                if titled is not None:  # "X führt den Verein als Zweiter Vorsitzender": the title names
                    label, its_key = (
                        base_form(titled[0], (genders or {}).get(person_at(doc, p.start) or "")),
                        titled[1],
                    )
                out.append(RawRole(p, label, its_key, org, name, time, sent, 0.7))
        top = self.at_the_head(sent) or self.at_the_top(sent, lookup or cache(lambda: OrgLookup(doc)))
        handed = self.handed_over(sent, hands, genders)
        return (
            out + self.fronted_office(sent) + self.under_leadership(sent) + top + self.called(sent) + handed
        )

    def handed_over(self, sent: Span, hands: list[Token], genders: dict[str, str] | None) -> list[RawRole]:
        """'X übergibt die Leitung der Musikschule Y an Z', 'überträgt den Vorsitz des Vereins an Z': an
        office noun with its body as the object of a verb of handing over (verb_roles.yaml `hand_verbs`,
        the sentence's `hands`); the persons after "an" hold it now."""
        doc = sent.doc
        for tok in hands:
            found = self.office_object(doc, tok.i + 1, sent.end)
            if found is None:
                continue
            (role, key), org = found
            if org.end + 1 >= sent.end or doc[org.end].lower_ != "an":
                continue
            person = person_from(doc, org.end + 1, sent.end)
            if person is None:
                continue
            people = [person, *coordinated_after(doc, sent, person)]
            name = org_at(doc, org.start)
            return [
                RawRole(p, self.gendered(role, p, genders), key, org, name, None, sent, 0.7) for p in people
            ]
        return []

    def taken_later(self, doc: Doc, sent: Span, aux: Token) -> bool:
        """An auxiliary of the future or a modal whose clause closes with a verb of taking ("wird die
        Leitung der X übernehmen", "soll den Vorsitz übernehmen"): it stands for that verb."""
        if aux.tag_ not in FINITE or aux.lemma_.lower() not in FUTURE_LEMMAS:
            return False
        end = next((t.i for t in doc[aux.i + 1 : sent.end] if t.text in {",", ";", ":", "."}), sent.end)
        return end - 1 > aux.i and doc[end - 1].lower_ in self.takes

    def office(self, word: str) -> tuple[str, str] | None:
        """The post an office noun names, as (role, key): a listed noun ("Leitung", "Vorsitz"), or a
        compound of one of verb_roles.yaml `compound_heads` as printed ("übernimmt die Schulleitung",
        "den Fraktionsvorsitz", "die Pflegedirektion"), keyed by the role lexicon where it knows the
        compound, else by its head."""
        low = word.lower()
        if low in self.nouns:
            return self.nouns[low]
        head = next((h for h in self.compound_heads if low.endswith(h) and len(low) >= len(h) + 3), None)
        if head is None or not word[:1].isupper() or "-" in word:
            return None
        return word, role_key(word)

    def called(self, sent: Span) -> list[RawRole]:
        """'Die Universität X hat Y auf die Professur für Z berufen', 'Y wurde auf die W3-Professur für Z an
        der Hochschule X berufen', 'Y hat den Ruf auf die Professur … angenommen', 'Die Stadt X hat Y mit
        der Leitung des Bauamts betraut': the post after "auf" and a verb or noun of calling, or after
        "mit" and a verb of entrusting (verb_roles.yaml `calls`, `entrusts`), held at the body in its
        genitive or after its field, else at the one body before the clause's finite verb (the one that
        calls); the sentence's one person holds it, or the one a pronoun beside that verb stands for."""
        doc = sent.doc
        out: list[RawRole] = []
        for tok in sent:
            if tok.i + 2 >= sent.end or (tok.lower_, doc[tok.i + 1].lower_) not in _CALLED_TO:
                continue
            noun = doc[tok.i + 2]
            calls = self.calls if tok.lower_ == "auf" else self.entrusts
            office = self.office(noun.text)
            if office is None or not called_to(doc, sent, tok.i, calls):
                continue
            people = {person_at(doc, p.start): p for p in person_spans(sent)}
            finite = (t.i for t in doc[sent.start : tok.i] if t.tag_ in FINITE)
            aux = next(finite, None) if not people else None
            if aux is not None and (called := auxiliary_pronoun_subject(doc, sent, aux)) is not None:
                people = {None: called}  # "Zugleich wurde sie auf … berufen"
            org = self.post_body(doc, sent, noun.i)
            if org is None or len(people) != 1:
                continue
            role, key = office
            person = next(iter(people.values()))
            out.append(RawRole(person, role, key, org, org_at(doc, org.start), None, sent, 0.7))
        return out

    @staticmethod
    def post_body(doc: Doc, sent: Span, noun: int) -> Span | None:
        """The body of a post named by the office noun at `noun`: its genitive ("der Leitung des Bauamts
        X"), the place after its field ("Professur für X an der Y"), else the one body before the
        clause's finite verb."""
        after = noun + 1
        if after < sent.end and doc[after].lower_ in {"des", "der"}:
            genitive = org_span_starting(doc, after, sent.end)
            if genitive is not None:
                return genitive
        while after < sent.end and org_at(doc, noun) is not None and org_at(doc, after) == org_at(doc, noun):
            after += 1  # "die Professur für X" read as a body of its own: its university follows
        org = post_place(doc, after, sent.end) or host_after(doc, after, sent.end)
        if org is None:
            finite = next((t.i for t in sent if t.tag_ in FINITE), sent.end)
            org = only_org(doc, sent.start, finite)
        return org

    def referenced_object(
        self, doc: Doc, sent: Span, verb: int, lookup: Callable[[], OrgLookup]
    ) -> tuple[Span, Span, str] | None:
        """'X leitet das Unternehmen seit 2010', 'X, der das Unternehmen in dritter Generation führt':
        a definite noun that refers back to the article's one organization of its kind
        (nlp/lexicons/org_references.yaml) as the object of the verb of leading; the subject as for a
        named object, or the relative pronoun's antecedent."""
        k = object_start(doc, verb + 1, sent.end)
        if k + 1 < sent.end and doc[k].lower_ in {"das", "die", "den"}:
            name = lookup().referenced(doc[k + 1].text) if doc[k + 1].text[:1].isupper() else None
            person = self.subject(doc, sent, verb, doc[k : k + 2]) if name else None
            if person is not None and name is not None:
                return person, doc[k : k + 2], name
        r = verb - 1
        while r > sent.start + 1 and verb - r <= _RELATIVE_CLAUSE and doc[r].text not in {",", ";", ":"}:
            r -= 1
        if r <= sent.start or doc[r].text != "," or doc[r + 1].lower_ not in RELATIVE_PRONOUNS:
            return None
        for j in range(r + 2, verb - 1):
            if doc[j].lower_ in {"das", "die", "den"} and doc[j + 1].text[:1].isupper():
                name = lookup().referenced(doc[j + 1].text)
                person = relative_antecedent(doc, r, sent.start) if name else None
                if person is not None and name is not None:
                    return person, doc[j : j + 2], name
        return None

    def gendered(self, role: str, person: Span, genders: dict[str, str] | None) -> str:
        """A role that is a person noun in the person's gender ("Gründerin"); a function as it is."""
        if role not in self.person_nouns:
            return role
        gender = (genders or {}).get(person_at(person.doc, person.start) or "")
        return base_form(f"die {role}", gender) if gender == "f" else role

    def head_title(self, person: Span, genders: dict[str, str] | None) -> tuple[str, str] | None:
        """The title of a body's head right before the person, past academic titles, with its
        adjectives ("von der kommissarischen Direktorin Dr. X": "kommissarische Direktorin"), and its
        key; None if there is none (verb_roles.yaml `head_titles`)."""
        doc = person.doc
        k = person.start - 1
        while k >= 0 and is_title_word(doc, k):
            k -= 1
        key = role_key(doc[k].text) if k >= 0 and role_hit(doc[k].text) is not None else None
        if key is None or key not in self.head_titles:
            return None  # the title's own key ("Chefärztin": chefarzt, not the "arzt" of its head)
        start = k
        while start > 0 and doc[start - 1].tag_ == "ADJA":
            start -= 1
        gender = (genders or {}).get(person_at(doc, person.start) or "")
        return base_form(doc[start : k + 1].text, gender), key

    def office_object(self, doc: Doc, i: int, end: int) -> tuple[tuple[str, str], Span] | None:
        """'führt seit Mai die Geschäfte der X': an office noun as the verb's object (after the
        subject or a time phrase), the body in its genitive."""
        k = object_start(doc, i, end)
        if k + 2 >= end or doc[k].lower_ not in {"die", "den"} or doc[k + 2].lower_ not in {"der", "des"}:
            return None
        office = self.office(doc[k + 1].text)
        org = org_span_starting(doc, k + 2, end) if office is not None else None
        return (office, org) if office is not None and org is not None else None

    @staticmethod
    def at_the_top(sent: Span, lookup: Callable[[], OrgLookup]) -> list[RawRole]:
        """'X steht seit 2019 an der Spitze des Vereins Y', 'Seit Mai steht X an der Spitze der Z', 'X tritt
        an die Spitze der Z', 'Nach 18 Jahren an der Spitze des Hospizes Y geht X in den Ruhestand': "an
        der/die Spitze" and the body's genitive name the one person of the clause as its head; a bare
        genitive noun ("an die Spitze des Vereins", "der Wehr") the article's one body of its kind."""
        doc = sent.doc
        for tok in sent:
            if tok.lower_ != "spitze" or tok.i - 2 < sent.start or doc[tok.i - 2].lower_ != "an":
                continue
            if doc[tok.i - 1].lower_ not in {"der", "die"} or tok.i + 1 >= sent.end:
                continue
            if doc[tok.i + 1].lower_ not in {"des", "der"}:
                continue
            org = org_span_starting(doc, tok.i + 1, sent.end)
            named = org_at(doc, org.start) if org is not None else None
            if org is None and (named := lookup().bare_genitive(tok.i + 1, sent.end)) is not None:
                org = doc[tok.i + 1 : tok.i + 3]  # "an die Spitze des Vereins": the article's one
            if org is None:
                continue
            start, end = clause_around(sent, tok.i, org.end, frozenset({",", ";", ":"}))
            at = doc._.kg_person_at or {}
            names = [
                i
                for i in range(start, end)
                if i in at
                and (i == start or at.get(i - 1) != at[i])
                and not (i > start and doc[i - 1].lower_ in _PREPOSITIONS)
            ]
            if not names and start > sent.start and doc[start].lower_ in RELATIVE_PRONOUNS:
                person = relative_antecedent(doc, start - 1, sent.start)  # "X, der an der Spitze … stand"
                if person is not None:
                    return [RawRole(person, "Leitung", "leitung", org, named, None, sent, 0.7)]
            if not names and start - 2 >= sent.start and doc[start - 1].text == ",":
                apposed = person_ending(doc, start - 2, sent.start)  # "X, seit 2019 an der Spitze der Y,"
                if apposed is not None and not any(t.tag_ in FINITE for t in doc[start:end]):
                    return [RawRole(apposed, "Leitung", "leitung", org, named, None, sent, 0.7)]
                k = before_apposition(doc, start - 1, sent.start)  # "X, bisher Stellvertreterin, tritt an
                subject = person_ending(doc, k, sent.start) if k != start - 1 else None  # die Spitze der Y"
                if subject is not None and doc[start].tag_ in FINITE:
                    return [RawRole(subject, "Leitung", "leitung", org, named, None, sent, 0.7)]
            if not names and (held := pronoun_at_the_top(doc, sent, start, tok.i - 2)) is not None:
                return [RawRole(held, "Leitung", "leitung", org, named, None, sent, 0.7)]  # "Sie steht …"
            if not names and end < sent.end and doc[end].text == ":":
                successor = succeeding_after(doc, sent, start, end)  # "Wechsel an der Spitze der Y: A
                if successor is not None:  # löst B ab": A heads Y now (B by the predecessor rule)
                    return [RawRole(successor, "Leitung", "leitung", org, named, None, sent, 0.7)]
            first = person_from(doc, names[0], end) if names else None
            listed = coordinated_after(doc, sent, first) if first is not None else []
            plural = any(t.tag_ in FINITE and plural_verb(t) for t in doc[start:end])
            if first is not None and listed and plural and len({at[i] for i in names}) == len(listed) + 1:
                # "An der Spitze der X stehen A und B": the plural verb's coordinated subjects, each a head
                return [
                    RawRole(p, "Leitung", "leitung", org, named, None, sent, 0.7) for p in [first, *listed]
                ]
            if len({at[i] for i in names}) != 1:
                continue
            if first is not None:
                return [RawRole(first, "Leitung", "leitung", org, named, None, sent, 0.7)]
        return []

    @staticmethod
    def at_the_head(sent: Span) -> list[RawRole]:
        """'An der Spitze des Vereins X steht seit 2020 Y': the name after "steht"/"stand" in a clause
        that opens with "an der Spitze" and the organization's genitive leads it."""
        doc = sent.doc
        first = next((t.i for t in sent if not t.is_space), sent.end)
        lows = [doc[i].lower_ for i in range(first, min(sent.end, first + 3))]
        if lows != ["an", "der", "spitze"]:
            return []
        org = org_span_starting(doc, first + 3, sent.end) if first + 3 < sent.end else None
        if org is None or doc[first + 3].lower_ not in {"des", "der"}:
            return []
        k = org.end
        if k >= sent.end or doc[k].lower_ not in {"steht", "stand", "stehen", "standen"}:
            return []
        j = k + 1
        while j < min(sent.end, k + 8) and person_at(doc, j) is None and doc[j].text not in {",", "."}:
            j += 1
        person = person_from(doc, j, sent.end) if j < sent.end else None
        if person is None:
            return []
        # "… stehen A und B": the plural verb's coordinated subjects, each a head
        people = [person, *coordinated_after(doc, sent, person)] if doc[k].lower_.endswith("en") else [person]
        return [
            RawRole(p, "Leitung", "leitung", org, org_at(doc, org.start), None, sent, 0.7) for p in people
        ]

    def under_leadership(self, sent: Span) -> list[RawRole]:
        """'das Amt für Digitalisierung unter der Leitung von X', 'das Kammerorchester unter Leitung
        von Y': an organization, then "unter (der) Leitung von/des" and a name; the name leads it."""
        doc = sent.doc
        out: list[RawRole] = []
        for tok in sent:
            if tok.lower_ != "unter" or tok.i == sent.start or org_at(doc, tok.i - 1) is None:
                continue
            k = tok.i + 1
            if k < sent.end and doc[k].lower_ == "der":
                k += 1
            if (
                k + 1 >= sent.end
                or doc[k].lower_ not in self.nouns
                or doc[k + 1].lower_ not in {"von", "des"}
            ):
                continue
            j = k + 2
            while (
                j < min(sent.end, k + 6)
                and person_at(doc, j) is None
                and (doc[j].lower_ in {"der", "des", "dem"} or doc[j].text[:1].isupper())
            ):
                j += 1  # titles before the name: "unter der Leitung von Dirigent X"
            person = person_from(doc, j, sent.end) if j < sent.end else None
            org = org_ending(doc, tok.i - 1, sent.start)
            if person is None or org is None:
                continue
            role, key = self.nouns[doc[k].lower_]
            out.append(RawRole(person, role, key, org, org_at(doc, org.start), None, sent, 0.7))
        return out

    def fronted_office(self, sent: Span) -> list[RawRole]:
        """'Die Geschäftsführung des Vereins X liegt bei Y', 'Den Vorsitz hat Y übernommen', 'Die
        Leitung der Z übernimmt Y': the office noun opening the clause, its body in the genitive, and
        the person after "liegt bei" or a verb of taking (its subject after the verb); without a
        genitive, the body a compound office's holder is attached to ("Die Projektleitung liegt bei Y
        vom Amt Z"; a bare "Leitung" there is of a body named before, not of Z), else the body that
        opens the sentence before ("Der Turnverein X hat gewählt. Den Vorsitz übernimmt Y",
        `topic_org`)."""
        doc = sent.doc
        first = next((t.i for t in sent if not t.is_space), sent.end)
        if first + 2 >= sent.end or doc[first].lower_ not in {"die", "den"}:
            return []
        office = self.office(doc[first + 1].text)
        if office is None:
            return []
        k = first + 2
        org: Span | None = None
        name: str | None = None
        if doc[k].lower_ in {"der", "des"}:
            org = org_span_starting(doc, k, sent.end)
            if org is None and k + 2 < sent.end and doc[k + 1].text[:1].isupper():
                if doc[k + 2].lower_ in {"der", "des"}:  # "Den Vorsitz des Kuratoriums der Stiftung X"
                    org = org_span_starting(doc, k + 2, sent.end)
            if org is None:
                return []
            name, k = org_at(doc, org.start), org.end
        elif sent.start > 0:
            # "Die Pflegekonferenz tagt zweimal im Jahr. Die Geschäftsführung liegt bei Y": an office
            # without a genitive right before its verb is one of the body the sentence before names
            previous = doc[sent.start - 1].sent
            name = topic_org(doc, previous.start, previous.end)
        verb = doc[k].lower_ if k < sent.end else ""
        if verb in {"liegt", "lag"}:
            start = lies_with(doc, k + 1, sent.end)  # "liegt bei Y", "liegt künftig in den Händen von Y"
            if start is None:
                return []
        elif (
            verb in self.takes
            or verb in self.verbs
            or verb in _AUXILIARY_FORMS
            and self.taken_later(doc, sent, doc[k])
        ):
            # "Die Geschäfte der X führt Y", "Die Leitung der X wird Y übernehmen"
            start = k + 1
        else:
            return []
        j = start
        while j < min(sent.end, start + 4) and person_at(doc, j) is None:
            j += 1
        person = person_from(doc, j, sent.end) if j < sent.end else None
        if person is None or any(t.text in {",", ";"} for t in doc[start:j]):
            return []
        compound = doc[first + 1].lower_ not in self.nouns  # "Projektleitung": what is led is named
        after = doc[person.end].lower_ if person.end + 1 < sent.end else ""
        if compound and org is None and after in {"vom", "von"}:
            attached = org_after_articles(doc, person.end + 1, sent.end)  # "liegt bei Y vom Amt Z"
            if attached is not None:
                org, name = attached, org_at(doc, attached.start)
        if name is None:
            return []  # as with the verbs: an office without the body it is of says too little
        role, key = office
        phrase = time_phrases.starting_at(doc, k + 1) if verb in {"liegt", "lag"} else None
        time = time_phrases.text_of(phrase) if phrase is not None else None
        people = [person, *coordinated_after(doc, sent, person)]  # "liegt bei A und B"
        return [RawRole(p, role, key, org, name, time, sent, 0.7 if org else 0.6) for p in people]

    @staticmethod
    def passive(doc: Doc, sent: Span, participle: int) -> tuple[Span | None, Span | None]:
        """ "Das Bauamt wird seit Mai von X geleitet": the agent after "von", and the organization
        that is the subject of the passive auxiliary."""
        if participle == sent.start or participle == next((t.i for t in sent if not t.is_space), -1):
            return VerbRoleMatcher.fronted_passive(doc, sent, participle)
        person, start = VerbRoleMatcher.agent_before(doc, sent, participle)
        if person is None and (als := als_before(doc, sent, participle)) is not None:
            person, start = VerbRoleMatcher.agent_before(doc, sent, als)  # "von X als Leiterin geführt"
        if person is None:
            return None, None
        relative = VerbRoleMatcher.relative_passive(doc, sent, participle, start)
        if relative is not None:  # "das Amt X, das seit 2020 von Y geleitet wird"
            return person, relative
        for j in range(sent.start + 1, start - 1):  # the organization right before the auxiliary
            if doc[j].lower_ in _PASSIVE_AUX and org_at(doc, j - 1) is not None:
                i = j - 1
                while i > sent.start and org_at(doc, i - 1) == org_at(doc, j - 1):
                    i -= 1
                return person, doc[i:j]
            if doc[j].lower_ in _PASSIVE_AUX and j - 2 == sent.start and reference_at(doc, j - 2):
                return person, doc[j - 2 : j]  # "Das Zentrum wird von X geleitet": the article's one
            if doc[j].lower_ in _PASSIVE_AUX and j - 1 == sent.start and doc[j - 1].lower_ in _BODY_PRONOUNS:
                return person, doc[j - 1 : j]  # "Sie wird von X geleitet": a body named before
        return None, None

    @staticmethod
    def relative_passive(doc: Doc, sent: Span, participle: int, agent: int) -> Span | None:
        """'…, das von Y geleitet wird': a relative clause whose passive auxiliary comes last, on the
        organization that ends right before its comma (a time phrase or adverbs between the relative
        pronoun and the agent's "von")."""
        if participle + 1 >= sent.end or doc[participle + 1].lower_ not in _PASSIVE_AUX:
            return None
        k = agent - 1
        while k > sent.start + 1 and k > agent - 6 and doc[k].lower_ not in _BODY_RELATIVES:
            if doc[k].is_punct or person_at(doc, k) is not None:
                return None
            k -= 1
        if doc[k].lower_ not in _BODY_RELATIVES or doc[k - 1].text != ",":
            return None
        return past_closing_verb(doc, k - 2, sent.start, org_ending)

    @staticmethod
    def agent_before(doc: Doc, sent: Span, participle: int) -> tuple[Span | None, int]:
        """The agent right before a participle, "von"/"vom" and a name (a list, titles before it), and
        where its phrase starts; (None, participle) if there is none."""
        person = person_ending(doc, participle - 1, sent.start)
        if person is None:
            return None, participle
        listed = VerbRoleMatcher.coordinated_before(doc, sent, person)
        start = listed[-1].start if listed else person.start  # "von A und B gegründet"
        titled = False
        while start - 1 > sent.start and (is_title_word(doc, start - 1) or role_hit(doc[start - 1].text)):
            titled = titled or role_hit(doc[start - 1].text) is not None
            start -= 1  # "von Landrätin Dr. X geleitet"
        while titled and start - 1 > sent.start and doc[start - 1].tag_ == "ADJA":
            start -= 1  # "von der kommissarischen Direktorin X geleitet": the title's adjectives
        if titled and start - 1 > sent.start and doc[start - 1].lower_ in {"der", "dem"}:
            start -= 1  # and its article
        if start - 1 <= sent.start or doc[start - 1].lower_ not in {"von", "vom"}:
            return None, participle
        return person, start

    @staticmethod
    def attributive(doc: Doc, sent: Span, participle: int) -> tuple[Span | None, Span | None]:
        """'das von X geleitete Institut Y': an inflected participle between its agent and the
        organization it describes."""
        k = participle + 1
        if k + 1 < sent.end and org_at(doc, k) is None and doc[k].tag_ == "NN":
            k += 1  # a kind before the name: "die von X gegründete Firma Y GmbH"
        org = org_span_starting(doc, k, sent.end)
        if org is None or org.start != k:
            return None, None
        person, _ = VerbRoleMatcher.agent_before(doc, sent, participle)
        return (person, org) if person is not None else (None, None)

    @staticmethod
    def postposed(doc: Doc, sent: Span, participle: int) -> tuple[Span | None, Span | None]:
        """'das Institut Y, geleitet von X, …': a participle phrase after the organization's name."""
        if participle - 2 < sent.start or doc[participle - 1].text != "," or participle + 2 >= sent.end:
            return None, None
        if doc[participle + 1].lower_ not in {"von", "vom"}:
            return None, None
        org = org_ending(doc, participle - 2, sent.start)
        m = participle + 2
        while m < min(sent.end, participle + 5) and person_at(doc, m) is None and is_title_word(doc, m):
            m += 1  # "geleitet von Prof. Dr. X"
        person = person_from(doc, m, sent.end) if org is not None else None
        return (person, org) if person is not None else (None, None)

    @staticmethod
    def fronted_passive(doc: Doc, sent: Span, participle: int) -> tuple[Span | None, Span | None]:
        """'Geleitet wird die Volkshochschule X von Y': the participle opens the sentence, the auxiliary
        follows, then the organization and "von" + the agent."""
        k = participle + 1
        if k >= sent.end or doc[k].lower_ not in _PASSIVE_AUX:
            return None, None
        org = org_span_starting(doc, k + 1, sent.end)
        if org is None and k + 2 < sent.end and reference_at(doc, k + 1):
            org = doc[k + 1 : k + 3]  # "Geleitet wird das Zentrum von X": the article's one
        if org is None and k + 1 < sent.end and doc[k + 1].lower_ in _BODY_PRONOUNS:
            org = doc[k + 1 : k + 2]  # "Geleitet wird sie von X": a body named before
        if org is None:
            return None, None
        j = org.end
        while j < sent.end and doc[j].lower_ not in {"von", "vom"} and doc[j].text not in {",", "."}:
            j += 1
        if j >= sent.end or doc[j].lower_ not in {"von", "vom"}:
            return None, None
        m = j + 1
        while m < min(sent.end, j + 4) and person_at(doc, m) is None:
            m += 1
        person = person_from(doc, m, sent.end) if m < sent.end else None
        return (person, org) if person is not None else (None, None)

    @staticmethod
    def fronted_object(doc: Doc, sent: Span, verb: int) -> tuple[Span | None, Span | None]:
        """ "Das Amt für Digitalisierung leitet Anna Berg": the organization fills the forefield, the
        person follows the verb (a person leads a body, not the reverse)."""
        start = next((k + 1 for k in range(verb - 1, sent.start, -1) if doc[k].text == ":"), sent.start)
        org = org_span_starting(doc, start, verb)  # the forefield, also of a clause after a colon
        if org is not None and org.end < verb and doc[org.end].lower_ in {"im", "beim", "in", "bei"}:
            seat = org_span_starting(doc, org.end + 1, verb)  # "Die SPD-Fraktion im Kreistag X führt Y"
            org = org if seat is not None and seat.end == verb else None
            if org is not None:
                org = doc[org.start : verb]
        if org is None or org.end != verb or verb + 1 >= sent.end:
            return None, None
        j = verb + 1
        if (phrase := time_phrases.starting_at(doc, j)) is not None:
            j = phrase.end  # "leitet seit Mai X"
        while j < min(sent.end, verb + 3) and doc[j].tag_ in {"ADV", "ADJD"} and doc[j].is_lower:
            j += 1  # "leitet künftig X"
        while j < sent.end and person_at(doc, j) is None and is_title_word(doc, j):
            j += 1  # "leitet Dr. X"
        person = person_from(doc, j, sent.end)
        return (person, org) if person is not None else (None, None)

    @staticmethod
    def relative_clause(doc: Doc, sent: Span, verb: int) -> tuple[Span | None, Span | None]:
        """ "X, der seit 2019 das Bauamt leitet", "X, die das Bauamt seit 2019 leitet": the person a
        relative pronoun takes up, and the organization before the clause-final verb (a time phrase
        may stand between); "das Bauamt, das X seit 2019 leitet": the pronoun is the object, the
        organization it takes up is led, the name in the clause leads it."""
        r = verb - 1
        while r > sent.start + 1 and verb - r <= _WINDOW + 4 and doc[r].text not in {",", ";", ":"}:
            if doc[r].lower_ in _BODY_RELATIVES | _OBJECT_RELATIVES and doc[r - 1].text == ",":
                j = r + 1
                if (phrase := time_phrases.starting_at(doc, j)) is not None:
                    j = phrase.end
                inside = person_from(doc, j, verb)
                if inside is not None:
                    org = past_closing_verb(doc, r - 2, sent.start, org_ending)
                    ok = org is not None and clause_rest(doc, inside.end, verb)
                    return (inside, org) if ok else (None, None)
                if doc[r].lower_ in _OBJECT_RELATIVES:
                    return None, None  # "X, den die Stadt beauftragt hat": the antecedent is led
                person = relative_antecedent(doc, r - 1, sent.start)
                # "X, der das Bauamt leitet"; "X, der den Aufsichtsrat der Y leitet": a unit of the body
                org = org_span_starting(doc, j, verb) or unit_body(doc, j, verb)
                if person is None or org is None or not clause_rest(doc, org.end, verb):
                    return None, None
                return person, org
            r -= 1
        return None, None

    @staticmethod
    def coordinated_before(doc: Doc, sent: Span, person: Span) -> list[Span]:
        """The persons joined to a plural verb's subject: "A, B und C leiten das Amt" -> A, B (academic
        titles before a name between them: "Dr. A und Dr. B leiten …")."""
        out: list[Span] = []
        k = person.start - 1
        while k > sent.start and is_title_word(doc, k):
            k -= 1
        while k > sent.start and doc[k].lower_ in {"und", "sowie", ","}:
            before = person_ending(doc, k - 1, sent.start)
            if before is None:
                break
            out.append(before)
            k = before.start - 1
            while k > sent.start and is_title_word(doc, k):
                k -= 1
        return out

    @staticmethod
    def time(doc: Doc, sent: Span, verb: int, person: Span, org: Span) -> str | None:
        """The time phrase of the verb's clause: between the verb and the organization ("leitet seit
        2019 das Bauamt"), right after the organization, or opening the sentence ("Ab Mai leitet sie
        ...")."""
        by_start, _ = time_phrases.phrases(doc)
        phrase = next((p for k, p in sorted(by_start.items()) if verb < k and p.end <= org.start), None)
        if phrase is None and (after := time_phrases.starting_at(doc, org.end)) is not None:
            phrase = after if after.end <= sent.end else None
        if phrase is None:
            phrase = time_phrases.opening(doc, sent, min(verb, person.start))
        if phrase is None:
            return former_adverb(doc, sent, org.start)  # "Zuvor leitete sie den Bereich X"
        return time_phrases.text_of(phrase)

    @staticmethod
    def org_after(doc: Doc, i: int, end: int) -> Span | None:
        """The organization the verb governs: after optional name and adverbials ("seit 2019")."""
        limit = min(end, i + _WINDOW)
        k = i
        while k < limit:
            if (phrase := time_phrases.starting_at(doc, k)) is not None:
                k = phrase.end  # "leitet ab dem 1. Januar das Bauamt": "dem" is no object
                limit = min(end, limit + len(phrase))
                continue
            if doc[k].lower_ in {"das", "die", "den", "dem", "der"}:
                return org_span_starting(doc, k, end)  # the direct object
            if (joint := joint_agents(doc, k, end)) is not None:  # "leitet gemeinsam mit X die Y"
                limit = min(end, limit + joint[-1].end - k)
                k = joint[-1].end
                continue
            place = org_span_starting(doc, k + 1, end) if doc[k].lower_ in _WHERE else None
            if place is not None:  # "leitet am Institut für Geographie die Arbeitsgruppe X"
                k = place.end
                limit = min(end, limit + len(place) + 1)
                continue
            if doc[k].lower_ in _PREPOSITIONS or (doc[k].text in {",", ";", ":"} and not listed_name(doc, k)):
                return None  # "Die Diskussion leitete X vom Verband": the organization is X's, not led
            if person_at(doc, k) is not None or listed_name(doc, k):
                limit = min(end, limit + 1)  # "leiten A und B gemeinsam den Verband": the subjects
            k += 1
        return None

    @staticmethod
    def subject(doc: Doc, sent: Span, verb: int, org: Span | None, past_titles: bool = False) -> Span | None:
        """The person right before the verb ("X leitet ..."), or before an apposition that ends right
        before it ("X, bisher Stellvertreter, leitet ..."), or right after it ("Seit 2019 leitet X ...");
        with `past_titles`, after academic titles too ("übernimmt Dr. X die Leitung")."""
        if org is None:
            return None
        if verb - 1 > sent.start and doc[verb - 1].text == ",":
            k = verb - 2
            while k > sent.start and doc[k].text != "," and person_at(doc, k) is None:
                k -= 1
            if k - 1 >= sent.start and doc[k].text == "," and person_at(doc, k - 1) is not None:
                name, end = person_at(doc, k - 1), k - 1
                start = end
                while start - 1 >= sent.start and person_at(doc, start - 1) == name:
                    start -= 1
                return doc[start : end + 1]
        if verb - 1 > sent.start and doc[verb - 1].lower_ == "und":
            shared = first_conjunct_subject(doc, sent, verb - 1)
            if shared is not None:  # "X ist Ingenieur und leitet das Bauamt": the first verb's subject
                return shared
        before = verb - 1
        if before - 2 > sent.start and doc[before].text == ")" and doc[before - 2].text == "(":
            before -= 3  # "X (45) leitet …": an age or a party in brackets after the name
        # between the sentence's start and the organization after the verb, or between a fronted
        # organization and the sentence's end ("Beim X hat Y den Vorsitz übernommen")
        low, limit = (sent.start, org.start) if org.start > verb else (org.end, sent.end)
        after = verb + 1
        if past_titles and after < limit and doc[after].lower_ == "sich":
            after += 1  # "Künftig teilen sich A und B die Leitung"
        while past_titles and after < limit and person_at(doc, after) is None and is_title_word(doc, after):
            after += 1
        for edge, step in ((before, -1), (after, 1)):
            name = person_at(doc, edge) if low <= edge < limit else None
            if name is None:
                continue
            other = edge
            while low <= other + step < limit and person_at(doc, other + step) == name:
                other += step
            return doc[min(edge, other) : max(edge, other) + 1]
        return None

    @staticmethod
    def pronoun_subject(
        doc: Doc, sent: Span, verb: int, org: Span, genders: dict[str, str] | None
    ) -> Span | None:
        """ "Sie leitet das Bauamt", "Seit Mai leitet er das Referat": the pronoun next to the verb
        stands for the last person of its gender named before it (this or the two sentences before);
        a person whose gender the article does not show counts only as the one person named there."""
        pronoun = pronoun_beside(doc, sent, verb, org.start)
        if pronoun is None or (
            pronoun.lower_ == "sie" and pronoun.i > verb and doc[verb].lower_.endswith("en")
        ):
            return None  # "leiten sie": plural
        return pronoun_antecedent(doc, sent, pronoun, genders)


_BODY_PRONOUNS = frozenset({"sie", "er", "es"})  # a passive's subject that may stand for a body
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_WHERE = frozenset({"am", "im", "an", "in", "bei", "beim"})  # where the led unit is, not led itself


_HANDS = ("in", "den", "händen", "von")  # "liegt in den Händen von Y"


_AUXILIARY_FORMS = frozenset(
    "wird werden würde würden soll sollen sollte sollten will wollen wollte wollten kann können könnte "
    "könnten darf dürfen dürfte muss müssen müsste".split()
)  # finite forms of FUTURE_LEMMAS, a cheap gate before the tagger's lemma is read


_PERFECT = frozenset({"haben"})


def verb_after_auxiliary(
    doc: Doc, sent: Span, verb: int, hosts: frozenset[str] = FUTURE_LEMMAS
) -> tuple[Span | None, Span | None]:
    """'X wird das Zentrum leiten', 'Das Zentrum soll künftig X führen', 'Leiten wird das Zentrum Y':
    the infinitive of a verb of leading that closes its clause after an auxiliary of the future or a
    modal (or opens the sentence before it); with `hosts` _PERFECT, the participle after "hat" ("X hat
    das Zentrum 20 Jahre geleitet"). The clause's one person leads its organization (a person leads a
    body, not the reverse), neither of them after a preposition."""
    if verb == sent.start:
        aux = verb + 1 if verb + 1 < sent.end else None
        start, end = verb + 2, sent.end
    else:
        if verb + 1 < sent.end and not doc[verb + 1].is_punct:
            return None, None
        aux = next((k for k in range(verb - 1, sent.start - 1, -1) if doc[k].tag_ in FINITE), None)
        last = verb if aux is None else aux
        start = next((k + 1 for k in range(last, sent.start, -1) if doc[k].text in {",", ";", ":"}), 0)
        start, end = max(start, sent.start), verb
    if aux is None or doc[aux].lemma_.lower() not in hosts:
        return None, None
    people = {name for k in range(start, end) if (name := person_at(doc, k)) is not None}
    if len(people) > 1:
        return None, None
    if people:
        first = next(k for k in range(start, end) if person_at(doc, k) is not None)
        person = person_from(doc, first, end)
    else:  # "Ab Mai wird sie das Zentrum leiten": a singular pronoun next to the auxiliary
        person = auxiliary_pronoun_subject(doc, sent, aux)
    at = next((k for k in range(start, end) if org_at(doc, k) is not None), None)
    org = org_span_starting(doc, at, end) if at is not None else None
    if (
        person is None
        or org is None
        or dependent(doc, person.start, start)
        or dependent(doc, org.start, start)
    ):
        return None, None
    return person, org


def pronoun_at_the_top(doc: Doc, sent: Span, start: int, an: int) -> Span | None:
    """'Seit 2019 steht sie an der Spitze der Y': the singular pronoun beside the clause's finite verb
    (before "an") stands for the person it refers to."""
    verb = next((t.i for t in doc[start:an] if t.tag_ in FINITE), None)
    if verb is None or plural_verb(doc[verb]):
        return None
    pronoun = pronoun_beside(doc, sent, verb, an)
    return pronoun_antecedent(doc, sent, pronoun, doc_genders(doc)) if pronoun is not None else None


def auxiliary_pronoun_subject(doc: Doc, sent: Span, aux: int) -> Span | None:
    """The person "er"/"sie" right before or after a singular auxiliary stands for ("Sie wird das
    Zentrum leiten", "Ab Mai soll er die Schule leiten"); "sie" with a plural one is plural."""
    if "Plur" in doc[aux].morph.get("Number", []):
        return None
    near = [k for k in (aux - 1, aux + 1) if sent.start <= k < sent.end and doc[k].lower_ in {"er", "sie"}]
    if not near:
        return None
    return pronoun_antecedent(doc, sent, doc[near[0]], doc_genders(doc))


def dependent(doc: Doc, k: int, start: int) -> bool:
    """Whether the phrase at `k` (past its articles, adjectives and titles) follows a preposition or
    a noun it is the genitive of ("mit X", "die Sitzung des Kreistags"): no subject or object."""
    j = k - 1
    while j >= start and (doc[j].lower_ in ARTICLES or doc[j].tag_ == "ADJA" or is_title_word(doc, j)):
        j -= 1
    return j >= start and (
        doc[j].tag_ in PREPOSITION_TAGS or doc[j].tag_ in {"NN", "NE"} and doc[j + 1].lower_ in {"des", "der"}
    )


def bare_adjectives(adjectives: Span, article: str) -> list[str]:
    """Attributive adjectives after an accusative article in the form they take without one, as a
    role is printed: "den stellvertretenden (Vorsitz)" -> "stellvertretender", "die technische
    (Geschäftsführung)" stays."""
    ending = "er" if article == "den" else "e"
    return [t.text[:-2] + ending if t.lower_.endswith("en") else t.text for t in adjectives]


def former_adverb(doc: Doc, sent: Span, end: int) -> str | None:
    """The former office's hint of an adverb of its clause before `end`, with no comma between
    ("Zuvor leitete sie …", "Sie leitete bisher den Bereich …"; time_hints.txt: zuvor, vorher, bisher)."""
    for tok in reversed(doc[sent.start : end]):
        if tok.text == ",":
            return None
        if tok.pos_ == "ADV" and time_hints().get(tok.lower_) == time_phrases.FORMER_HINT:
            return time_phrases.FORMER_HINT
    return None


def office_unit_parent(doc: Doc, noun: int, org: Span | None) -> str | None:
    """The body whose office the noun at `noun` names when the entity layer read the noun and its genitive
    as a unit of that body ("die Pflegedirektion des Klinikums X"): the unit's parent, else None."""
    if org is None or noun + 1 >= len(doc) or doc[noun + 1].lower_ not in {"des", "der"}:
        return None
    unit = org_at(doc, noun)
    if unit is None or unit != org_at(doc, org.start):
        return None
    parent: str | None = (doc._.kg_part_of or {}).get(unit)
    return parent


def lies_with(doc: Doc, k: int, end: int) -> int | None:
    """Where the holder's name may start after "liegt"/"lag" at `k - 1`: past adverbs ("künftig",
    "weiterhin") and a time phrase ("ab Januar"), after "bei" or "in den Händen von"; None otherwise."""
    if (phrase := time_phrases.starting_at(doc, k)) is not None:
        k = phrase.end  # "liegt ab Januar bei Y"
    first = k
    while k < min(end, first + 2) and doc[k].is_lower and doc[k].lower_ not in {"bei", "in"}:
        k += 1  # adverbs ("künftig", "weiterhin")
    if k < end and doc[k].lower_ == "bei":
        return k + 1
    if tuple(t.lower_ for t in doc[k : k + len(_HANDS)]) == _HANDS:
        return k + len(_HANDS)
    return None


def same_office(doc: Doc, role: RawRole, other: RawRole) -> bool:
    """The same person's title of the same key at the same organization."""
    same_person = person_at(doc, role.person.start) == person_at(doc, other.person.start)
    return same_person and role.role_key == other.role_key and role.org_name == other.org_name


def same_title_without_body(doc: Doc, old: RawRole, new: RawRole) -> bool:
    """`old` is `new`'s title for the same person in the same sentence, read without the body the verb
    names ("leitet das Bauamt als Amtsleiterin": the title rules saw no organization after the title;
    one only implied by the article's bodies is no body the sentence names either)."""
    return (
        old.org is None
        and new.org_name is not None
        and old.role_key == new.role_key
        and old.sent.start == new.sent.start
        and person_at(doc, old.person.start) == person_at(doc, new.person.start)
    )


def als_before(doc: Doc, sent: Span, participle: int) -> int | None:
    """The "als" of a title right before a participle ("von X als Leiterin geleitet"), else None."""
    k = participle - 1
    if k > sent.start and role_hit(doc[k].text) is not None:
        k -= 1
        while k > sent.start and doc[k].tag_ == "ADJA":
            k -= 1
        if doc[k].lower_ == "als":
            return k
    return None


def title_after_als(doc: Doc, k: int, end: int) -> tuple[str, str] | None:
    """The printed title and its key after "als" in the clause from `k` on, past adverbs and a time
    phrase ("… das Bauamt seit Mai als kommissarische Amtsleiterin"); None if the clause has none."""
    limit = min(end, k + _WINDOW)
    while k < limit and doc[k].lower_ != "als":
        if doc[k].text in {",", ";", ":", "."}:
            return None
        k += 1
    j = k + 1
    while j < end and (doc[j].tag_ == "ADJA" or doc[j].lower_ in {"stellvertretender", "stellvertretende"}):
        j += 1  # "als kommissarische", "als Zweiter": adjectives of the title
    if k >= limit or j >= end or role_hit(doc[j].text) is None:
        return None
    return doc[k + 1 : j + 1].text, role_key(doc[j].text)


def fronted_host(doc: Doc, sent: Span, verb: int) -> Span | None:
    """'Beim Sportverein X hat Y den Vorsitz übernommen': the organization of a "bei" phrase that
    opens the clause before the verb of taking, where the office noun has no genitive of its own."""
    first = sent.start
    if doc[first].lower_ not in {"bei", "beim"}:
        return None
    k = first + 1 + int(doc[first + 1].lower_ in {"der", "dem", "den"})
    org = org_span_starting(doc, k, verb)
    return org if org is not None and org.end == verb else None


def lead_host(doc: Doc, sent: Span, verb: int, after: int) -> Span | None:
    """'Das Institut X bekommt eine neue Spitze: Y übernimmt die Leitung', 'Neue Spitze am Institut
    X: …': the one organization of the lead before a colon that opens the clause of the verb of taking,
    where the office noun ends that clause without a body of its own (the token `after` it)."""
    colon = next((t.i for t in reversed(doc[sent.start : verb]) if t.text == ":"), None)
    if (phrase := time_phrases.starting_at(doc, after)) is not None:
        after = phrase.end  # "übernimmt die Leitung zum 1. Januar"
    if colon is None or after < sent.end and doc[after].is_alpha:
        return None
    return only_org(doc, sent.start, colon)


_CALLED_TO = frozenset({("auf", "die"), ("auf", "eine"), ("mit", "der"), ("mit", "dem")})


_PLACE_OPENERS = frozenset({"bei", "beim", "im", "in", "am", "an"})


def topic_org(doc: Doc, start: int, end: int) -> str | None:
    """The one organization (no party) named between `start` and `end` when it opens that sentence as
    its subject or the place it is about ("Der Turnverein X hat gewählt", "Beim Turnverein X wurde
    gewählt"); not a body named later, as an agent, partner or one of a list ("Das Projekt wird vom
    Ministerium X gefördert", "Einsatzkräfte von Feuerwehr, THW und Rettungsdienst probten")."""
    name = sole_org(doc, start, end)
    if name is None:
        return None
    j = start + int(doc[start].lower_ in _PLACE_OPENERS)
    while j < end and (doc[j].lower_ in ARTICLES or doc[j].tag_ == "ADJA"):
        j += 1
    return name if org_at(doc, j) == name else None


def only_org(doc: Doc, start: int, end: int) -> Span | None:
    """The first mention of the one organization (no party) named between `start` and `end`
    (role_changes.sole_org), else None."""
    name = sole_org(doc, start, end)
    first = next((k for k in range(start, end) if org_at(doc, k) == name), None) if name else None
    return org_span_starting(doc, first, end) if first is not None else None


def called_to(doc: Doc, sent: Span, k: int, calls: frozenset[str]) -> bool:
    """'auf' at `k` completes a call to a post: a verb of calling ("berufen", "beruft") or the noun
    "Ruf" stands before it in its clause ("hat X auf die Professur berufen": the participle after it)."""
    start, end = clause_around(sent, k, k + 1, frozenset({",", ";", ":"}))
    return any(t.lower_ in calls for t in doc[start:end])


def coordinated_after(doc: Doc, sent: Span, person: Span) -> list[Span]:
    """The persons joined after an inverted subject: "Seit Mai leiten A und B das Amt" -> B."""
    out: list[Span] = []
    k = person.end
    while k + 1 < sent.end and listed_name(doc, k):
        nxt = person_from(doc, k + 1, sent.end)
        if nxt is None:
            break
        out.append(nxt)
        k = nxt.end
    return out


def succeeding_after(doc: Doc, sent: Span, start: int, colon: int) -> Span | None:
    """The successor of a succession after the colon that ends a lead without a verb from `start`
    ("Wechsel an der Spitze der Y: A löst B ab", "…: A folgt auf B"), else None."""
    if any(t.tag_ in FINITE for t in doc[start:colon]):
        return None
    genders = doc_genders(doc)
    for tok in doc[colon + 1 : sent.end]:
        pair = succession(doc, sent, tok, genders)
        if pair is not None and pair[1].start > colon:
            return pair[1]
    return None


_JOINTLY = frozenset({"gemeinsam", "zusammen"})


def joint_agents(doc: Doc, k: int, end: int) -> list[Span] | None:
    """The persons after "gemeinsam mit"/"zusammen mit" at `k` (past their titles), who act with the
    subject ("leitet gemeinsam mit Dr. A und B die Praxis"), or None."""
    if k + 2 >= end or doc[k].lower_ not in _JOINTLY or doc[k + 1].lower_ != "mit":
        return None
    j = k + 2
    while j < end and person_at(doc, j) is None and is_title_word(doc, j):
        j += 1
    first = person_from(doc, j, end)
    if first is None:
        return None
    return [first, *coordinated_after(doc, doc[k:end], first)]


def listed_name(doc: Doc, k: int) -> bool:
    """ "und", "sowie" or a comma between two names ("A und B", "A, B")."""
    return (
        0 < k < len(doc) - 1
        and doc[k].lower_ in {"und", "sowie", ","}
        and person_at(doc, k - 1) is not None
        and person_at(doc, k + 1) is not None
    )


def object_start(doc: Doc, i: int, end: int) -> int:
    """Where the object of the verb before `i` starts: past a time phrase, the subject after the verb
    and an adverb ("Seit Mai führt X künftig die Geschäfte", "leitet seit 2010 X das Unternehmen")."""
    k = i
    if (phrase := time_phrases.starting_at(doc, k)) is not None:
        k = phrase.end
    while k < min(end, i + _WINDOW) and (person_at(doc, k) is not None or listed_name(doc, k)):
        k += 1  # "leiten A und B den Verband": the subjects after the verb
    if (joint := joint_agents(doc, k, end)) is not None:
        k = joint[-1].end  # "führt X gemeinsam mit Y die Geschäfte"
    if k < end and (doc[k].pos_ == "ADV" or doc[k].tag_ == "ADJD"):
        k += 1
    return k


def post_place(doc: Doc, j: int, end: int) -> Span | None:
    """The organization a post is held at, after its field: "(die Professur) für Informatik an der
    Hochschule X", "… am Institut Y"."""
    k = field_complement(doc, j, end)
    if k == j or k >= end:
        return None
    return host_after(doc, k, end)


def host_after(doc: Doc, k: int, end: int) -> Span | None:
    """The organization after "am" or "an der"/"an dem" at `k`."""
    if k >= end:
        return None
    if doc[k].lower_ == "am":
        return org_span_starting(doc, k + 1, end)
    if doc[k].lower_ == "an" and k + 1 < end and doc[k + 1].lower_ in {"der", "dem"}:
        return org_span_starting(doc, k + 1, end)
    return None


def unit_body(doc: Doc, i: int, end: int) -> Span | None:
    """The body in the genitive of a unit that a common noun names as the object of the verb before
    `i` ("leitet seit Mai die Notaufnahme des Klinikums X"): who leads the unit leads in that body.
    Not an action ("leitete die Sitzung des Kreistags", an -ung noun) nor a named thing."""
    k = object_start(doc, i, end)
    if k + 3 >= end or doc[k].lower_ not in {"die", "das", "den"} or doc[k + 2].lower_ not in {"des", "der"}:
        return None
    noun = doc[k + 1]
    if noun.tag_ != "NN" or noun.ent_type_ or noun.lower_.endswith("ung"):
        return None
    if "Plur" in noun.morph.get("Number", []):
        return None  # "führte die Gäste des Vereins durch das Haus": a plural names people or things
    return org_span_starting(doc, k + 2, end)


_LEAD_LEMMAS = ("leiten", "führen", "gründen")


def separated(verb: Token) -> bool:
    """The verb of leading has a separable particle re-attached to its lemma ("leitete die Wende der
    Partei ein" -> einleiten, "führt die Liste an" -> anführen): another verb."""
    return verb.lemma_.endswith(_LEAD_LEMMAS) and verb.lemma_ not in _LEAD_LEMMAS


def clause_rest(doc: Doc, k: int, verb: int) -> bool:
    """Only a time phrase, adverbs or a place ("am Institut", "in Trier") between `k` and the
    clause-final verb ("… seit 2010 leitet", "das Labor am Institut leitet")."""
    while k < verb:
        if (phrase := time_phrases.starting_at(doc, k)) is not None and phrase.end <= verb:
            k = phrase.end
        elif doc[k].pos_ == "ADV" and doc[k].is_lower:
            k += 1
        elif doc[k].lower_ in _WHERE and (end := place_end(doc, k + 1, verb)) is not None:
            k = end
        else:
            return False
    return k == verb


def plural_verb(tok: Token) -> bool:
    """A finite verb in the plural ("leiten"), by its morphology, else by its ending."""
    number = tok.morph.get("Number", [])
    return number == ["Plur"] if number else tok.lower_.endswith("en")
