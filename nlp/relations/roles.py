"""Role extraction: person - title - organization, from appositions, prefixed titles and compounds."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

import numpy
from spacy.attrs import IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.names import is_acronym
from nlp.relations import time_phrases
from nlp.relations.affiliations import fronted_body, inverted_subject, joined_body, pronoun_subject
from nlp.relations.base import (
    ARTICLES,
    FINITE,
    PREPOSITION_TAGS,
    QUOTE_CLOSE,
    RawRole,
    clause_around,
    content_sents,
    org_after_articles,
    org_at,
    org_ending,
    org_gender,
    org_span_starting,
    person_at,
    person_ending,
    person_from,
    person_spans,
    place_end,
    possessive_gender,
    sentence_after,
    skip_bracket_back,
)
from nlp.relations.coref import add_title_mentions
from nlp.relations.genders import (
    GROUP_SIZES,
    PRONOUN_GENDER,
    antecedent,
    doc_genders,
    first_name_genders,
    pair_before,
    pronoun_antecedent,
)
from nlp.relations.lexicon import (
    TERRITORIES,
    RoleEntry,
    RoleHit,
    hosted_office,
    implied_kinds,
    is_org_head,
    is_party,
    multiword_roles,
    names_one_body,
    org_like,
    read_lines,
    read_yaml,
    role_hit,
    role_modifiers,
    time_hints,
    word_set,
)
from nlp.relations.orglookup import OrgLookup
from nlp.relations.reported import speaking_after_report
from nlp.relations.role_changes import (
    TAKEN_OFFICE,
    agent_before,
    appointed_after,
    elected_passive,
    electing_org,
    fronted_office,
    hiring_org,
    passive_elected,
    predecessor_roles,
    sole_org,
    succession,
    successor_of,
    title_agrees,
)
from nlp.relations.role_forms import (
    CONTRACTED,
    DETERMINERS,
    adjective_like,
    attributive,
    base_form,
    gendered_person_noun,
    modifies,
    noun_form,
    role_word_gender,
    title_number,
)
from nlp.relations.role_holders import (
    DURATIONS,
    TITLE_JOINERS,
    as_pronoun_holder,
    bracket_org,
    gained_with,
    office_holder,
    post_holder,
    relative_holder,
    stacked_holder,
    where_clause,
)
from nlp.relations.role_orgs import (
    Title,
    apposition_org,
    fill_implied,
    find_org,
    of_implied_kind,
    skip_np,
    skip_org,
    skip_workplace,
    unnamed_body_before,
)
from nlp.relations.title_words import is_title_word, name_after_titles, retired_after, title_or_role
from nlp.wordclusters import cluster as word_class

TITLES_KEY = "kg_titles"  # doc.user_data: sentence start -> the titles found in it (with their organization)
_YEAR = re.compile(r"^(19|20)\d\d$")
_MAX_APPOSITION = 12
_ATTACHING = frozenset({"von", "vom", "bei", "beim", "aus"})
_COPULA = frozenset({"ist", "war", "wird", "wurde", "bleibt", "sind", "waren"})
_PLURAL_COPULA = frozenset({"sind", "waren", "werden", "wurden", "bleiben"})
_FINAL_COPULA = frozenset({"ist", "war", "wird", "wurde", "bleibt", "blieb"})
_APPOINTED = {"ihn": "m", "sie": "f"}  # the pronoun a verb of appointing makes "zum"/"zur" …
_PLACE_RELATIVES = frozenset({"denen", "dem", "der"})  # "bei denen", "in dem", "bei der" + a body before
_PLACE_PREPS = frozenset({"bei", "in", "an", "für"})
# conjunctions and relative adverbs that open a clause whose verb comes last ("…, wo er Leiter war")
_SUBORDINATORS = frozenset(
    {"wo", "wobei", "nachdem", "als", "seit", "seitdem", "bevor", "da", "weil", "während"}
)
_NAMED = frozenset(
    {"heißt", "hieß"}
)  # "Die neue Leiterin heißt X" (title first only: "X heißt Y willkommen")


def copula_at(doc: Doc, k: int) -> bool:
    """A copula at `k`, or "heißt"/"hieß" before the article of a predicate noun ("X heißt der neue
    Leiter"; not "X heißt Y willkommen")."""
    low = doc[k].lower_
    if low in _COPULA:
        return True
    if low not in _NAMED or k + 1 >= len(doc) or doc[k + 1].lower_ not in {"der", "die"}:
        return False
    return not any(t.lower_ == "willkommen" for t in doc[k + 1 : doc[k].sent.end])


# "dessen Vorsitzender X": the title belongs to the organization just named.
_POSSESSIVE_RELATIVE = frozenset({"dessen", "deren"})
_PARTITIVE = frozenset({"einer", "eine", "eines", "eins"})  # "eine der Sprecherinnen"
_PLURAL_LEAD = frozenset({"beide", "beiden", "alle", "die"})  # "A und B, (die) beide(n) Referenten"
_COORDINATED = 0.76  # confidence of a title joined by "und" to the previous title of the same person
IN_TURN = 0.74  # confidence of one of coordinated titles given to as many names in turn ("CIO und CDO, A, B")
# Words that may open an apposition before its title ("X, heute Vorsitzende des Vereins").
_APPOSITION_ADVERBS = frozenset(
    {"seit", "heute", "inzwischen", "mittlerweile", "derzeit", "zuvor", "bisher", "einst", "seinerseits"}
    | {"ihrerseits", "selbst", "zugleich", "gleichzeitig", "außerdem", "auch", "ebenfalls", "ebenso"}
    | {"gleichfalls", "nunmehr", "aktuell", "jetzt", "nun", "bislang", "zuletzt"}
)


def juxtaposed_field(doc: Doc, j: int, limit: int) -> int:
    """End of a field set right after a title and before a name, without "für" ("Abteilungsleiter
    Fußball Jan X", "Leiterin Soziale Dienste Eva Y"): one to three capitalised common nouns or
    adjectives (and "und"), a person's name right after them; j if there is none."""
    k = j
    while k < limit and k - j < 4:
        tok = doc[k]
        if name_after_titles(doc, k, limit) is not None:  # "Chefarzt Innere Medizin Dr. X"
            return k if k > j and doc[k - 1].lower_ != "und" else j
        common = tok.text[:1].isupper() and tok.is_alpha and (tok.tag_ in {"NN", "ADJA"})
        if not (common or k > j and tok.lower_ == "und") or org_at(doc, k) is not None:
            return j
        if role_hit(tok.text) is not None:
            return j  # "Superintendent Pfarrer X", "Vorsitzender Kreisbrandrat Y": a second title
        k += 1
    return j


def field_complement(doc: Doc, j: int, limit: int) -> int:
    """End of a 'für X, Y und Z' field after a title (j if there is none); a comma continues the list
    only when an 'und' closes it before the next comma. An organization after "für" is the body the
    title serves, no field ("Referentin für die Stadtwerke X")."""
    if j >= limit or doc[j].lower_ != "für":
        return j
    served = org_span_starting(doc, j + 1, limit)
    if served is not None and served.start <= j + 2:
        return j
    k = j + 1
    end = j
    while k < limit:
        tok = doc[k]
        if (
            tok.text[:1].isupper()
            and person_at(doc, k) is None
            and role_hit(tok.text) is None
            and not is_title_word(doc, k)
        ):
            end = k + 1
        elif tok.lower_ in ARTICLES and end == k:
            break  # "als Referentin für Öffentlichkeitsarbeit das Team verstärken": a new noun phrase
        elif tok.lower_ in {"und", "sowie"} or (
            tok.is_lower
            and tok.is_alpha
            and k + 1 < limit
            and doc[k + 1].text[:1].isupper()
            and not ((tok.pos_ == "ADP" or tok.lower_ in ARTICLES) and org_at(doc, k + 1) is not None)
        ):
            pass  # "und", or a word before a noun ("ländlichen Raum"; not "am ISE", "der Stadt X": the
            # workplace)
        elif tok.text == ",":
            if not list_goes_on(doc, k + 1, limit):
                break
        else:
            break
        k += 1
    return end


def list_goes_on(doc: Doc, k: int, limit: int) -> bool:
    """Whether the words after a comma continue a field list that 'und' closes ("Wirtschaft, Energie und
    Verkehr"), rather than start a new phrase ("..., eröffnete", "..., Staatssekretärin X")."""
    for j in range(k, min(limit, k + 12)):
        tok = doc[j]
        if tok.lower_ in {"und", "sowie"}:
            nxt = j + 1  # "…, sowie Dr. X": the list of names goes on, not the field
            return nxt < limit and person_at(doc, nxt) is None and not is_title_word(doc, nxt)
        if person_at(doc, j) is not None or role_hit(tok.text) is not None or tok.text in {".", ";", ":"}:
            return False
        if tok.is_lower and tok.is_alpha and not (j + 1 < limit and doc[j + 1].text[:1].isupper()):
            return False
    return False


@Language.factory("kg_roles", default_config={})
def make_roles(nlp: Language, name: str) -> RoleMatcher:
    return RoleMatcher(name)


class RoleMatcher:
    """Finds titles, then the person each belongs to, then the organization it is held in."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.modifiers = role_modifiers()
        self.hints = time_hints()
        self.lookup: OrgLookup | None = None

    def __call__(self, doc: Doc) -> Doc:
        lookup = OrgLookup(doc)
        self.lookup = lookup
        roles: list[RawRole] = []
        found: dict[int, list[Title]] = {}
        for sent in content_sents(doc):
            titles = found[sent.start] = self.match(sent, lookup)
            roles.extend(self.link(sent, titles))
        doc.user_data[TITLES_KEY] = found  # the titles per sentence, for the trained relation model
        roles = self.without_other_holders(doc, roles)
        roles = self.without_gender_clash(doc, roles)
        fill_implied(doc, roles, lookup, self.attached_orgs(doc) | former_places(doc, roles))
        roles += predecessor_roles(doc, roles)
        doc._.kg_roles = roles = self.unique(doc, roles)
        holders: dict[str, set[str]] = {}
        for role in roles:
            name = (doc._.kg_person_at or {}).get(role.person.start, "")
            holders.setdefault(role.role_key, set()).add(name)
            if (head := field_head_key(role.role)) is not None:
                holders.setdefault(f"{head}*", set()).add(name)  # "Bildungsministerin" for "die Ministerin"
        add_title_mentions(doc, holders)
        return doc

    @staticmethod
    def without_gender_clash(doc: Doc, roles: list[RawRole]) -> list[RawRole]:
        """Drops a title whose form cannot name the person: a feminine title for a man ("die Nachfolge
        von Jan X als Leiterin"), an adjectival masculine one for a woman ("Vorsitzender" for Eva X);
        a masculine noun stays, it is also used for women ("Frau X, Geschäftsführer der Y")."""
        genders = doc_genders(doc)
        at = doc._.kg_person_at or {}
        out = []
        for role in roles:
            person = genders.get(at.get(role.person.start, ""))
            head = role.role.split()[-1] if role.role.split() else ""
            form = noun_form(head)
            shown = role_word_gender(head)
            clash = (shown == "f" and person == "m") or (
                shown == "m" and person == "f" and form is not None and form.adjectival
            )
            if not clash:
                out.append(role)
        return out

    @staticmethod
    def without_other_holders(doc: Doc, roles: list[RawRole]) -> list[RawRole]:
        """Drops a title read as standing for an earlier person ("Die Landrätin betonte") when the
        article names someone else with that title: the title may mean her."""
        at = doc._.kg_person_at or {}
        holders: dict[str, set[str]] = {}
        for role in roles:
            if role.confidence != _ANAPHOR:
                holders.setdefault(role.role_key, set()).add(at.get(role.person.start, role.person.text))
        return [
            r
            for r in roles
            if r.confidence != _ANAPHOR
            or not holders.get(r.role_key, set()) - {at.get(r.person.start, r.person.text)}
        ]

    @staticmethod
    def unique(doc: Doc, roles: list[RawRole]) -> list[RawRole]:
        """The first of the roles with the same person, key and organization ("Rathauschef" after
        "Bürgermeister" of the same town)."""
        at = doc._.kg_person_at or {}
        seen: set[tuple[str, str, str | None]] = set()
        out: list[RawRole] = []
        for role in roles:
            key = (at.get(role.person.start) or role.person.text, role.role_key, role.org_name)
            if key not in seen:
                seen.add(key)
                out.append(role)
        return out

    @staticmethod
    def attached_orgs(doc: Doc) -> set[str | None]:
        """Organizations the article names as someone's place, the preposition right after the name
        ("X von der Stadt Y", "Z vom DFKI"): they are not the body a bare title implies ("scheidet
        als Chefarzt aus dem Klinikum aus" names the article's own hospital)."""
        out: set[str | None] = set()
        for cluster in doc._.kg_orgs or []:
            for span in cluster.spans:
                k = span.start - 1
                while k >= 0 and (doc[k].lower_ in ARTICLES or doc[k].tag_ == "ADJA"):
                    k -= 1
                if k >= 1 and doc[k].lower_ in _ATTACHING and person_at(doc, k - 1) is not None:
                    out.add(cluster.name)  # "X von der Stadt Y", "Y vom DFKI": right after a name
        return out

    # --- finding titles -------------------------------------------------------------------------
    def match(self, sent: Span, lookup: OrgLookup) -> list[Title]:
        doc = sent.doc
        titles: list[Title] = []
        starts = title_starts(doc)
        end = sent.start
        for i in starts[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
            if i < end:
                continue  # inside the title before
            found = self.title_at(doc, i, sent.end, lookup)
            if found is not None:
                titles.append(found)
                end = found.end
        return titles

    def title_at(self, doc: Doc, i: int, limit: int, lookup: OrgLookup) -> Title | None:
        tok = doc[i]
        if not tok.text[:1].isupper() and tok.lower_ not in _multiword_index() and not brand_prefixed(doc, i):
            return None  # role nouns are capitalised; lower-case starts only for listed multi-word titles
        if person_at(doc, i) is not None:
            return None
        multi = self.multiword_at(doc, i, limit)
        org_prefix: str | None = None
        party: str | None = None
        if multi is not None:
            hit, end = multi
        else:
            single = role_hit(tok.text)
            if single is None and brand_prefixed(doc, i):
                single = role_hit(tok.text.rpartition("-")[2])
            end = i + 1
            if single is None:
                return None
            hit = single
            if org_at(doc, i) is not None and "-" not in tok.text:
                return None
            if "-" in tok.text:
                prefix, _, head = tok.text.rpartition("-")
                head_hit = role_hit(head) if head[:1].isupper() else None
                org_prefix = lookup.by_prefix(prefix) if head_hit is not None else None
                if org_prefix is None and head_hit is not None and prefix_is_org(prefix, head_hit):
                    org_prefix = prefix  # "THW-Ortsbeauftragter": the abbreviation names the body
                if org_prefix is None and head_hit is not None and not head_hit.entry.political:
                    org_prefix = org_like(prefix)  # "Städtebund-Vizepräsident": a compound of a body noun
                    if org_prefix is None and names_one_body(prefix):
                        org_prefix = prefix  # "Caritas-Geschäftsführer": a head that names one body
                if org_prefix is None and head_hit is not None and brand_prefixed(doc, i):
                    org_prefix = prefix  # "vlexx-Geschäftsführer", with "vlexx" named on its own
                if org_prefix is None and head_hit is not None and not head_hit.entry.political:
                    org_prefix = prefix if organization_word(prefix) else None  # "Siemens-Vorstand"
                if org_prefix is not None and head_hit is not None:
                    hit = head_hit
                elif head_hit is not None and head_hit.entry.political and is_party(prefix):
                    hit, party = head_hit, prefix  # "SPD-Abgeordnete": the office, held for the party
        start = i
        time: str | None = None
        in_phrase: set[int] = set()  # tokens of a time phrase before the title
        while start > 0:
            if start > 1 and doc[start - 1].text == "." and doc[start - 2].lower_ in {"stv", "stellv"}:
                start -= 2  # "stv." split by the tokenizer
                continue
            phrase = time_phrases.ending_at(doc, start)
            if phrase is not None and not in_phrase:  # "seit 2021 kommissarischer Leiter", "bis 2023 Leiter"
                start = phrase.start
                in_phrase.update(range(phrase.start, phrase.end))
                time = time_phrases.join(time, time_phrases.text_of(phrase))
                continue
            if truncated_conjunct(doc, start):  # "Wirtschafts- und Verkehrsministerin": one title
                start -= 2
                continue
            if not self.modifier_word(doc[start - 1]):
                break
            start -= 1
            hint = self.hint(doc[start])
            if hint is not None:
                time = f"{hint}, {time}" if time else hint
        if time is None and start > 1 and doc[start - 1].lower_ == "als" and doc[start - 2].pos_ == "ADV":
            time = self.hint(doc[start - 2])  # "arbeitete zuletzt als IT-Leiter", "ist künftig als Leiterin"
        mods = [
            t.text for t in doc[start:i] if self.hint(t) is None and t.text != "." and t.i not in in_phrase
        ]
        mods = [m + "." if m.lower() in {"stv", "stellv"} else m for m in mods]
        head_text = tok.text.rpartition("-")[2] if org_prefix or party else doc[i:end].text
        field_end = field_complement(doc, end, limit)  # "Dezernentin für Bildung und Kultur"
        if field_end == end:
            field_end = juxtaposed_field(doc, end, limit)  # "Abteilungsleiter Fußball Jan X"
        if field_end > end:
            head_text = f"{head_text} {doc[end:field_end].text}"
            end = field_end
        if hit.entry.honorific and not hit.prefix and not mods and end == i + 1 and self.addresses(doc, end):
            return None
        printed = " ".join([*mods, head_text]).replace(" ,", ",")  # "Bau-, Verkehrs- und …"
        title = Title(start, i, end, hit, printed, time)
        if org_prefix is not None:
            title.org_name = org_prefix
        title.party = party
        title.dated = bool(in_phrase)
        after = time_phrases.starting_at(doc, end)
        if after is not None and after.end <= limit:  # "Leiter seit 2019"
            title.time = time_phrases.join(title.time, time_phrases.text_of(after))
            title.dated = True
        left = retired_after(doc, end, limit) or hit.prefix.lower().rstrip("-") == "alt"
        if left and not time_phrases.former(title.time):  # "Bürgermeister a. D. X", "Altbürgermeister Y"
            title.time = time_phrases.join(title.time, time_phrases.FORMER_HINT)
        return title

    @staticmethod
    def clause_time(doc: Doc, title: Title, sent: Span) -> None:
        """A time phrase after the title's organization ("Leiterin des Bauamts seit 2019"), or before
        "als" and the title ("seit 2022 als Leiterin tätig"), else the one opening the sentence with no
        comma before the title ("Bis Ende 2023 war sie Leiterin")."""
        if title.dated:
            return
        org = title.org
        # the organization as the title's complement: right after it, or after an article ("der")
        complement = org is not None and 0 <= org.start - title.end <= 1
        after = time_phrases.starting_at(doc, org.end) if org is not None and complement else None
        if after is None or after.end > sent.end:
            # "die seit Mai 2022 als kommissarische Leiterin tätig war": the phrase before "als" + title
            before_als = title.start > sent.start + 1 and doc[title.start - 1].lower_ == "als"
            after = time_phrases.ending_at(doc, title.start - 1) if before_als else None
        if after is None:
            after = time_phrases.opening(doc, sent, title.start)
        if after is not None:
            title.time = time_phrases.join(title.time, time_phrases.text_of(after))
            title.dated = True

    @staticmethod
    def addresses(doc: Doc, j: int) -> bool:
        """A name or an academic title follows at `j`: the word before is a form of address."""
        return j < len(doc) and (is_title_word(doc, j) or person_at(doc, j) is not None)

    def modifier_word(self, tok: Token) -> bool:
        return tok.lower_ in self.modifiers or self.hint(tok) is not None

    def hint(self, tok: Token) -> str | None:
        low = tok.lower_
        for ending in ("en", "er", "es", "em", "e", ""):  # "als neuem Geschäftsführer": the dative too
            if low.endswith(ending) and low[: len(low) - len(ending)] in self.hints:
                return self.hints[low[: len(low) - len(ending)]]
        return None

    @staticmethod
    def multiword_at(doc: Doc, i: int, limit: int) -> tuple[RoleHit, int] | None:
        for words, entry in _multiword_index().get(doc[i].lower_, ()):
            n = len(words)
            if i + n <= limit and tuple(t.lower_ for t in doc[i : i + n]) == words:
                end = i + n
                if words[-1] == "of":  # "Head of Marketing": the field belongs to the title
                    while end < limit and end - (i + n) < 3 and doc[end].text[:1].isupper():
                        if person_at(doc, end) is not None or org_at(doc, end) is not None:
                            break
                        end += 1
                    if end == i + n:
                        continue
                return RoleHit(entry, ""), end
        return None

    # --- linking titles to people and organizations ---------------------------------------------
    def link(self, sent: Span, titles: list[Title]) -> list[RawRole]:
        doc = sent.doc
        out: list[RawRole] = []
        previous_people: list[Span] = []
        waiting: list[Title] = []  # "Der Präsident der X und [next title] ..., NAME": no person yet
        before: Title | None = None
        for title in titles:
            find_org(doc, title, sent.end, self.lookup)
            if title.org_name is None:
                title.org_name = workplace_org(doc, title, sent) or bracket_org(doc, title, sent)
            if title.org_name is None and before is not None and gapped_as(doc, before, title):
                title.org, title.org_name = before.org, before.org_name  # "A als X der Y, B als Z"
            before = title
            self.clause_time(doc, title, sent)
            if title.time == "ehemalig" and doc[title.start].lower_.startswith("bisher") and confirmed(sent):
                title.time = None  # "Der bisherige Vorsitzende X wurde im Amt bestätigt": he still is
            joined = bool(waiting) and self.noun_phrase_start(doc, title, sent) == (
                self.coordination_end(doc, waiting[-1], sent) + 1
            )  # "Die Gründerin und CEO der X", "Der CIO und die CDO des Landes"
            if not joined:
                waiting = []
            people, confidence = self.people_for(doc, title, sent, previous_people, joined)
            previous_people = people  # "dankte X allen Referentinnen und Referenten": a title between
            if people:  # without a name of its own is no second title of X
                if confidence < 0.9:  # not "A und Oberbürgermeister X": the name after the complement
                    # "CIO und CDO des Landes, A und B, …": as many names as titles, A the CIO, B the CDO
                    in_turn = self.names_in_turn(doc, waiting, people, sent)
                    for n, earlier in enumerate(waiting):  # each coordinated title with its own organization
                        # "Die Gründerin und CEO der X, Y": the complement is both titles'; not that of a
                        # title implying its own kind of body ("Bürgermeisterin und …") but for names in turn
                        shared = not implied_kinds(earlier.text) or bool(in_turn) and of_implied_kind(
                            earlier.text, title.org_name
                        )
                        if earlier.org_name is None and title.org_name and shared:
                            earlier.org, earlier.org_name = title.org, title.org_name
                        names, given = ([in_turn[n]], IN_TURN) if in_turn else (people, 0.75)
                        out += self.roles_of(doc, earlier, names, sent, given)
                    people, confidence = ([in_turn[-1]], IN_TURN) if in_turn else (people, confidence)
                waiting = []
            elif (
                self.opens_noun_phrase(doc, title, sent)
                and doc[self.coordination_end(doc, title, sent)].lower_ in _AND
            ):
                waiting.append(title)
            elif (person := self.anaphor(doc, title, sent)) is not None:
                people, confidence = [person], _ANAPHOR
            elif pair := self.pair_anaphor(doc, title, sent):
                people, confidence = pair, PAIR_ANAPHOR
            out += self.roles_of(doc, title, people, sent, confidence)
        return self.respectively(doc, with_the_deputys_body(doc, out), sent)

    def names_in_turn(self, doc: Doc, waiting: list[Title], people: list[Span], sent: Span) -> list[Span]:
        """The names set off by commas after coordinated titles, one for each title ("CIO und CDO des
        Landes, A und B, …"); empty unless one name follows the comma and the list closes with one."""
        if not waiting or len(people) != 1 or people[0].start == 0 or doc[people[0].start - 1].text != ",":
            return []
        names = [people[0], *self.list_continuation(doc, people[0].end, sent.end)]
        end = names[-1].end
        if len(names) != len(waiting) + 1 or end >= sent.end or doc[end].text != ",":
            return []
        return names

    def respectively(self, doc: Doc, roles: list[RawRole], sent: Span) -> list[RawRole]:
        """'A und B, CIO und CDO des Landes': as many coordinated titles apposed to as many coordinated
        names go to them in turn (A the CIO, B the CDO), not all to the name before the comma."""
        out = list(roles)
        i = 0
        while i < len(out):
            run = [out[i]]
            while i + len(run) < len(out) and out[i + len(run)].coordinated:
                if out[i + len(run)].person != out[i].person:
                    break
                run.append(out[i + len(run)])
            last = out[i].person
            apposed = last.end + 1 < sent.end and doc[last.end].text == ","
            names = self.list_ending(doc, last, sent.start) if apposed and len(run) > 1 else []
            if len(names) == len(run) and all(doc[n.end].lower_ in {"und", "sowie", ","} for n in names[:-1]):
                shared = next((r for r in reversed(run) if r.org_name), None)  # "CIO und CDO des Landes"
                for k, (role, name) in enumerate(zip(run, names, strict=True)):
                    org = (
                        (role.org, role.org_name)
                        if role.org_name or shared is None
                        else (shared.org, shared.org_name)
                    )
                    out[i + k] = replace(
                        role, person=name, coordinated=False, org=org[0], org_name=org[1], confidence=IN_TURN
                    )
            i += len(run)
        return out

    def anaphor(self, doc: Doc, title: Title, sent: Span) -> Span | None:
        """'Eva X (Grüne) sah Bedarf: Die Kreisrätin gab zu bedenken, …': a definite singular title
        without a name, subject of its clause (a finite verb follows it and its complement), stands
        for the last person of its gender named in this or the sentence before."""
        k = title.start - 1
        while k > sent.start and attributive(doc[k]):
            k -= 1  # "Der neue Schulleiter will …"
        if k < sent.start or doc[k].lower_ not in {"der", "die"} or title.time is not None:
            return None
        inverted = k - 2 >= sent.start and speaking_after_report(doc, k - 1)
        if k > sent.start and doc[k - 1].text not in {":", ";"} and not inverted:
            return None  # only a clause's first words: "…, die Leiterin" may be an object
        verb = doc[self.coordination_end(doc, title, sent)]
        if not inverted and (verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm", [])):
            return None  # (after a verb of saying the title is its subject: "…, sagte die Vorsitzende")
        word = doc[title.head].text
        form = noun_form(word)
        if form is not None and form.number == "pl":
            return None
        person_acronym = word.isupper() and len(word) <= 4  # "Der CEO", "die CDO": one person
        if not person_acronym and not gendered_person_noun(word):
            return None  # no noun with a gendered partner: "Der Vorstand" may be the board itself
        genus = form.genus if form is not None else (None if person_acronym else "f")
        gender = "m" if doc[k].lower_ == "der" else "f"
        if genus is not None and genus != gender:
            return None  # "der Leiterin" is no subject
        person = antecedent(doc, sent, k, gender, doc_genders(doc), sentences=1)
        at = doc._.kg_person_at or {}
        if person is not None and at.get(person.start) in {at.get(i) for i in range(title.end, sent.end)}:
            return None  # "Der Feuerwehrchef dankte Kunz": the person named in the clause is someone else
        return person

    def pair_anaphor(self, doc: Doc, title: Title, sent: Span) -> list[Span]:
        """'A und B leiten die Klinik. Beide Chefärzte wollen …': "beide" or "die beiden" and a plural
        title opening a clause, its finite verb after it, stand for the two names joined by "und"
        (academic titles between them) that the sentence before names last."""
        k = title.start - 1
        if k < sent.start or doc[k].lower_ not in {"beide", "beiden"}:
            return []
        if doc[k].lower_ == "beiden":
            k -= 1
            if k < sent.start or doc[k].lower_ != "die":
                return []
        if k > sent.start and doc[k - 1].text not in {":", ";"}:
            return []
        verb = doc[self.coordination_end(doc, title, sent)]
        if "Fin" not in verb.morph.get("VerbForm", []):
            return []  # ("beide" makes the title plural: "die beiden Geschäftsführer")
        return pair_before(doc, sent)

    @staticmethod
    def opens_noun_phrase(doc: Doc, title: Title, sent: Span) -> bool:
        """The title opens its noun phrase: after an article or determiner, or first in the sentence."""
        return title.start == sent.start or doc[title.start - 1].lower_ in ARTICLES | DETERMINERS | CONTRACTED

    @staticmethod
    def noun_phrase_start(doc: Doc, title: Title, sent: Span) -> int:
        """The first word of a title's noun phrase: its article and attributive adjectives with it."""
        k = title.start
        while k > sent.start and attributive(doc[k - 1]):
            k -= 1
        return k - 1 if k > sent.start and doc[k - 1].lower_ in ARTICLES else k

    @staticmethod
    def coordination_end(doc: Doc, title: Title, sent: Span) -> int:
        """The token after a title and its genitive or "im ..." complement (a conjunction, if joined)."""
        return min(skip_bracket(doc, skip_org(doc, title.end, sent.end), sent.end), sent.end - 1)

    def apposed_name(self, doc: Doc, title: Title, before: Span, sent: Span) -> Span | None:
        """'A, der IT-Leiter der Stadt X, Jan B, und C': a title whose article cannot agree with the
        name before it (a masculine "der" title after a woman, a feminine "die" title after a man)
        belongs to the name apposed to it after its complement, set off by commas."""
        k = title.start - 1
        while k > before.end and attributive(doc[k]):
            k -= 1
        article = doc[k].lower_ if k > before.end else ""
        if article not in ("der", "die") or doc[k - 1].text != ",":
            return None
        form = noun_form(doc[title.head].text)
        shown = role_word_gender(doc[title.head].text)
        genus = "f" if shown == "f" else (form.genus if form is not None and not form.adjectival else None)
        wanted = {"der": "m", "die": "f"}[article]
        if form is not None and form.adjectival and doc[title.head].lower_.endswith("e"):
            genus = wanted  # "die Beauftragte", "der Vorsitzende": the article shows the gender
        person = doc_genders(doc).get((doc._.kg_person_at or {}).get(before.start, ""))
        if genus != wanted or person is None or person == wanted:
            return None
        j = self.coordination_end(doc, title, sent)
        if doc[j].text != ",":
            return None
        after = self.person_after(doc, j + 1, sent.end)
        closed = after is not None and after.end < sent.end and doc[after.end].lower_ in {",", "und", "sowie"}
        return after if closed else None

    def roles_of(
        self, doc: Doc, title: Title, people: list[Span], sent: Span, confidence: float
    ) -> list[RawRole]:
        out: list[RawRole] = []
        if people:
            coordinated = confidence == _COORDINATED
            if title.org_name is None and len(people) == 1:
                own_complement = title.end < sent.end and doc[title.end].lower_ in {"des", "der"}
                # "X (SPD), Vorsitzender des Ausschusses": the title's own genitive is not the party
                bracketed = (
                    None
                    if own_complement
                    else self.bracketed_org(doc, people[0], sent, title.hit.entry.party_body)
                )
                if bracketed and title.hit.entry.political and is_acronym(bracketed):
                    bracketed = None  # "Landrat X (ABC)": an abbreviation there is a party's
                title.org_name = (
                    bracketed
                    or self.following_org(doc, title, people[0], sent)
                    or self.antecedent_org(doc, title, sent)
                    or fronted_org(doc, title, sent)
                    or session_org(doc, title, sent, people[0])
                    or there_org(doc, sent)
                    or electing_org(doc, title, sent)
                    or hiring_org(doc, title, sent)
                    or with_as_org(doc, title, sent)
                    or board_lead_org(doc, title, sent)
                    or board_opening_org(doc, title, sent)
                )
            printed = self.determined(doc, title)
            if (
                len(people) > 1
                and title_number(printed) is None
                or self.partitive(doc, title, sent) is not None
            ):
                printed = f"die {title.text}"  # "A und B, Referenten der X": a plural, so "Referentin" for A
            own = title.org_name is None and len(people) > 1
            # each name's attached body is its own where the names stand right after the title (past a comma
            # and forms of address: its apposition, not the objects of an election to it, "als
            # Vizepräsidenten wählte die X A vom Institut Y") and the first name has one (one only after the
            # last name is the whole list's: "die Referenten A, B und C von der Hochschule X")
            between = range(title.end, people[0].start)
            attached = (
                own
                and all(doc[k].text == "," or is_title_word(doc, k) for k in between)
                and self.following_org(doc, title, people[0], sent) is not None
            )
            party_body = title.hit.entry.party_body
            for person in people:
                # "die beiden Planer, A (Stadt X) und B (Kreis Y)", "…, A vom Kreis X und B von der Stadt Y":
                # each person's own bracketed or attached body
                org_name = (
                    self.bracketed_org(doc, person, sent, party_body)
                    or (self.following_org(doc, title, person, sent) if attached else None)
                    if own
                    else title.org_name
                )
                if own and org_name and title.hit.entry.political and is_acronym(org_name):
                    org_name = None  # "die Landräte A (ABC) und B (XYZ)": abbreviations there are parties
                out.append(
                    RawRole(
                        person,
                        base_form(printed, self.gender(doc, person)),
                        title.hit.key,
                        title.org if org_name == title.org_name else None,
                        org_name,
                        title.time,
                        sent,
                        confidence,
                        coordinated,
                        title.party,
                    )
                )
            second = coordinated_genitive_org(doc, title, sent)
            if second is not None:  # "Geschäftsführerin der Stadtwerke und der Verkehrsbetriebe X"
                out += [replace(r, org=second, org_name=org_at(doc, second.start)) for r in out]
        return out

    def people_for(
        self, doc: Doc, title: Title, sent: Span, previous: list[Span], joined: bool = False
    ) -> tuple[list[Span], float]:
        plural = self.plural(doc, title)
        after = self.person_after(doc, title.end, sent.end)
        if after is not None and self.another_persons_title(doc, title, after):
            after = None
        if after is None and plural and title.end + 1 < sent.end and doc[title.end].text in _LIST_OPENERS:
            # "drei Chefärzte: A, B und C", "Drei Managerinnen – A, B und C –", "(A, B und C)"
            after = self.person_after(doc, title.end + 1, sent.end)
            if after is not None and title.org_name is None and doc[title.end].text == ":":
                title.org_name = possessor_org(doc, title, sent)  # "Die X hat zwei neue Prokuristen: A und B"
        colon = title_colon(doc, title, sent)
        if after is None and not plural and colon is not None:
            # "… eine neue Chefin: X wird …"; "…: Die Physikerin X tritt …" (no title between)
            start = past_apposed_noun(doc, colon + 1, sent.end)
            named = self.person_after(doc, start, sent.end)
            if named is None:  # "… eine neue Chefin: Der Aufsichtsrat berief X …"
                named = appointed_after(doc, colon + 1, sent.end) or office_taken_after(doc, colon + 1, sent)
            elif not all(
                is_title_word(doc, k) or title_or_role(doc, k) and possessor_org(doc, title, sent)
                for k in range(start, named.start)
            ):
                named = None  # past title words; past a rank after a body's new title ("Die Schule X hat
                # einen neuen Schulleiter: Oberstudiendirektor Y tritt …")
            if named is not None:
                after = named
                if title.org_name is None:
                    title.org_name = possessor_org(doc, title, sent)
        if after is None and not plural and (named := appointed_next(doc, title, sent)) is not None:
            after = named  # "Die X hat eine neue Kanzlerin. Der Hochschulrat wählte Y …"
            if title.org_name is None:
                title.org_name = possessor_org(doc, title, sent)
        if after is None and not plural:
            after = self.person_after_coordinated_title(doc, title, sent)  # "Gründerin und CEO X"
        if after is None and not plural:
            after = self.person_after_body(doc, title, sent)  # "die Intendantin des Theaters X Sonja Y"
        if after is not None:
            people = [after, *self.list_continuation(doc, after.end, sent.end)] if plural else [after]
            if not self.plural_for_one(doc, title, people):
                return people, 0.9
        if (
            title.start > sent.start
            and doc[title.start - 1].lower_ in TITLE_JOINERS
            and previous
            and not joined
            and not unknown_name_after(doc, title.end, sent.end)
        ):
            # "X, Zweite Beigeordnete und Dezernentin für ...": the second title belongs to the same person
            return previous, _COORDINATED
        if plural or title_number(self.determined(doc, title)) is None:  # "Referenten": either number
            listed = self.plural_apposition(doc, title, sent)
            if listed:  # "A und B, beide Referenten der X", "X, eine der Sprecherinnen des Y"
                if title.org_name is None:
                    title.org, title.org_name = apposition_org(doc, listed[-1], title)
                return listed, 0.85
        before = (
            None
            if plural or copula_opens(doc, title, sent) or genitive_of_a_noun(doc, title, sent)
            else self.person_before(doc, title.start, sent.start)
        )
        if before is not None and (apposed := self.apposed_name(doc, title, before, sent)) is not None:
            return [apposed], 0.85
        if before is not None:  # a plural title is no apposition of one name ("X, die Abgeordneten")
            if title.org_name is None:
                title.org, title.org_name = apposition_org(doc, before, title)
            return [before], 0.85
        subject = self.copula_subject(doc, title, sent)
        if subject is not None:
            if subject.end < sent.end and doc[subject.end].lower_ in _PLURAL_COPULA:
                return self.list_ending(doc, subject, sent.start), 0.8  # "A und B sind Geschäftsführer"
            return [subject], 0.8
        held = office_holder(doc, title, sent)
        if held is not None:  # "X wurde in das Amt des Landrats eingeführt", "übernimmt die Rolle des Y"
            return [held], 0.7
        k = title.start - 1
        while k > sent.start and doc[k].lower_ in DETERMINERS - ARTICLES:
            k -= 1  # "X zu seinem Stellvertreter"
        into = k - 1 > sent.start and doc[k].lower_ == "den" and doc[k - 1].lower_ == "in"
        into = into and body_title(title)
        if into:
            k -= 1  # "wählte X in den Vorstand des Vereins": "in den" + a body's name for its members
        if doc[k].lower_ in {"zum", "zur"} and k - 1 > sent.start:
            # "X, Y, wurde zum Z ernannt", "ernannte X, Y, zum Z": the name before an apposition
            j = k - 2 if doc[k - 1].lower_ in _COPULA else k - 1
            subject = self.subject_ending(doc, j, sent.start) if doc[j].text == "," else None
            if subject is not None:
                return [subject], 0.75
            subject = passive_elected(doc, k, title, sent)
            if subject is not None:  # "X wurde von der Versammlung des Vereins zur Vorsitzenden gewählt"
                return [subject], 0.75
        m = k - 1
        while m > sent.start and m > k - 3 and doc[m].is_lower and doc[m].tag_ in {"ADV", "ADJD"}:
            m -= 1  # "bestimmten X einstimmig zum Vorsitzenden", "X erneut als Leiterin"
        if m == k - 1 and doc[k].lower_ in _AS and (phrase := time_phrases.ending_at(doc, k)) is not None:
            m = phrase.start - 1  # "beschäftigt X seit 2019 als Klimaschutzmanager", "X für vier Jahre zum Y"
        if m >= sent.start and (doc[k].lower_ in _AS or into):
            m = skip_bracket_back(doc, m, sent.start)  # "wählte X (SPD) zum Beigeordneten"
        if (
            m >= sent.start
            and (doc[k].lower_ in _AS or into)
            and person_at(doc, m) is not None
            and not agent_before(doc, self.span_ending(doc, m, sent.start), k)
        ):
            last = self.span_ending(doc, m, sent.start)  # "X als neue Leiterin", "X zum Y"
            joined = last.start > sent.start and doc[last.start - 1].lower_ in {"und", "sowie"}
            # "wählte A und B zu Vizepräsidenten", "hat A und B in den Vorstand entsandt" (a body's members)
            if plural or joined and (doc[k].lower_ in {"zu", "als"} or into):
                return self.list_ending(doc, last, sent.start), 0.75  # (not "zum", "zur": one)
            return [last], 0.75
        if m > sent.start and doc[k].lower_ in {"zum", "zur"} and doc[m].lower_ in _APPOINTED:
            if doc[m - 1].tag_ in FINITE:  # "Die Versammlung ernannte ihn zum Ehrenvorsitzenden"
                gender = _APPOINTED[doc[m].lower_]
                held = antecedent(doc, sent, m, gender, doc_genders(doc))
                if held is not None:
                    return [held], 0.7
        if k - 2 >= sent.start and doc[k].lower_ == "als" and doc[k - 1].text == ",":
            end = skip_bracket_back(doc, k - 2, sent.start)  # "X (CDU), als Oberbürgermeister …"
            opens = self.clause_after_comma(doc, title, k, sent)  # "…, als Y bestätigt wurde Z"
            if person_at(doc, end) is not None and not opens:  # "X, als Landrat des Kreises Y, sprach"
                return [self.span_ending(doc, end, sent.start)], 0.75
        subject = self.as_complement_subject(doc, k, sent)
        if subject is not None:
            return [subject], 0.7
        appended = self.appended_as(doc, title, k, sent)
        if appended is not None:  # "X war bei der Y tätig, zuletzt als Bereichsleiterin"
            return [appended], 0.7
        holder = post_holder(doc, k, sent)
        if holder is not None:
            return [holder], 0.7
        relative = relative_holder(doc, k, sent)
        if relative is not None:  # "…mit Tim X gegründet, der heute als CTO die Technik verantwortet"
            return [relative], 0.7
        elected = fronted_office(doc, title, sent)
        if elected is not None:  # "Zu seinem Stellvertreter wählte die Versammlung X"
            form = noun_form(doc[title.head].text)
            if plural or form is not None and form.number != "sg":  # "Zu Vizepräsidenten wurden A und B …"
                return [elected, *self.list_continuation(doc, elected.end, sent.end)], 0.75
            return [elected], 0.75
        where = where_clause(doc, k, sent)
        if where is not None:  # "vom Klinikum X, wo sie zuletzt als Oberärztin tätig war"
            holder, body = where
            if title.org_name is None:
                title.org, title.org_name = body, org_at(doc, body.start)
            return [holder], 0.7
        fronted = self.fronted_as(doc, title, k, sent, plural)
        if fronted:
            return fronted, 0.7
        stacked = None if plural else stacked_holder(doc, title, sent)
        if stacked is not None:  # "Eva Sand⏎Pressesprecherin⏎Stadt Kiel": a contact or caption block
            named, below = stacked
            if title.org_name is None and below is not None:
                title.org_name = below
            return [named], 0.7
        gained = None if plural else gained_with(doc, title, sent)
        if gained is not None:  # "Mit X hat die Stadt Y eine neue Leiterin"
            if title.org_name is None:
                title.org_name = next(
                    (org_at(doc, j) for j in range(gained.end, title.start) if org_at(doc, j)), None
                ) or possessor_org(doc, title, sent)  # "Die Stadt Y hat mit X eine neue Leiterin"
            return [gained], 0.7
        held_by = None if plural else as_pronoun_holder(doc, title, sent)
        if held_by is not None:  # "Als Leiterin der X hat sie …", "Seit 2019 will er als Y …"
            return [held_by], _ANAPHOR
        k = title.start - 1
        while k > sent.start and (attributive(doc[k]) or adverb_before_adjective(doc, k)):
            k -= 1  # "der deutsche Innungsvorsitzende der X, Y", "Die frisch gewählte Vorsitzende der X, Y"
        if k < title.start - 1:
            k = past_adjective_complement(doc, k, sent.start)  # "Die für Energie zuständige Leiterin …"
        lead = doc[k].lower_ if title.start > sent.start else ""
        if (
            lead in ARTICLES | _POSSESSIVE_RELATIVE | DETERMINERS | CONTRACTED
            or title.start == sent.start
            or joined
            or lead in {",", ":"}  # "Zweiter Vorsitzender bleibt A, neue Kassiererin ist B", "Der Verein
            # hat gewählt: Vorsitzende ist B": a clause of its own, with a copula only
        ):
            tail = skip_org(doc, title.end, sent.end)
            if tail > title.end:
                tail = skip_org(doc, tail, sent.end)  # "der Geriatrie am Klinikum X heißt Y": a workplace
                tail = skip_place(doc, tail, sent.end)  # "des Autohauses X in Talheim ist Y"
            else:
                tail = skip_workplace(doc, tail, sent.end)  # "Geschäftsführer bei der Firma X ist Y"
            tail = skip_bracket(doc, tail, sent.end)  # "des Verbands (VN), X"
            tail = skip_coordinated_orgs(doc, tail, sent.end)  # "Sprecher der Kammern und Verbände, X"
            tail = skip_locative(doc, tail, sent.end)  # "die Inhaberin der Apotheke am Markt, X"
            if tail == title.end:
                tail = skip_possessive_np(doc, tail, sent.end)  # "vom Rektor unserer Universität, X"
            named_np = skip_named_np(doc, title.end, sent.end)  # "der Bürgerinitiative „Y“ ist X"
            if named_np < sent.end and doc[named_np].lower_ in _COPULA and doc[tail].lower_ not in _COPULA:
                tail = named_np
            if plural and tail < sent.end and doc[tail].text != ",":
                # "die Planerinnen von Stadt und Kreis, A und B"
                tail = comma_before_names(doc, tail, sent.end)
            copula = tail < sent.end and doc[tail].lower_ in _COPULA | _NAMED
            if lead in {",", ":"} and not (copula and title.start > sent.start and not joined):
                return [], 0.0
            if (
                copula
                and doc[tail].lower_ in _PLURAL_COPULA
                and (title_number(self.determined(doc, title)) is None or self.bare_adjectival(doc, title))
            ):
                plural = True  # "Neue Stellvertreter sind A und B": the verb's number tells the title's
            if copula:
                tail += 1  # "Leiterin der Werkstatt ist X"
                while tail < sent.end:  # "... ist seit Januar X", "... ist künftig X"
                    phrase = time_phrases.starting_at(doc, tail)
                    if phrase is not None:
                        tail = phrase.end
                    elif (doc[tail].pos_ == "ADV" or doc[tail].tag_ == "ADJD") and doc[tail].is_lower:
                        tail += 1  # "ist künftig X", "ist kommissarisch X": adverbs, adverbial adjectives
                    else:
                        break
            if tail < sent.end:
                start = tail + (doc[tail].text == ",")
                if doc[tail].text == "," or copula:  # "des Vereins, Herrn Landrat X", "ist Ministerin X"
                    while start < sent.end and (
                        is_title_word(doc, start)
                        or role_hit(doc[start].text)
                        or doc[start].tag_ == "ADJA"  # "…, Erster Polizeihauptkommissar X"
                        and start + 1 < sent.end
                        and role_hit(doc[start + 1].text)
                        or copula
                        and doc[start].lower_ in ARTICLES  # "Projektleiterin ist die Ärztin X"
                        or copula  # "Vorsitzender bleibt der Landwirt X": a noun in apposition to the name
                        and doc[start - 1].lower_ in ARTICLES
                        and doc[start].tag_ == "NN"
                        and start + 1 < sent.end
                        and self.person_after(doc, start + 1, sent.end)
                        is not None  # "… die Chemikerin Dr. X"
                    ):
                        start += 1
                first = self.person_after(doc, start, sent.end)
                # "Die Landrätin und der Bürgermeister, Eva X und Tim Y": the names in turn, apposed
                in_turn = joined and doc[tail].text == ","
                if first is not None and (in_turn or not self.another_persons_title(doc, title, first)):
                    if plural:
                        listed = [first, *self.list_continuation(doc, first.end, sent.end)]
                        return (listed, 0.7) if not self.plural_for_one(doc, title, listed) else ([], 0.0)
                    return [first], 0.75
        return [], 0.0

    def bracketed_org(self, doc: Doc, person: Span, sent: Span, party_body: bool = False) -> str | None:
        """'Geschäftsführer X (Firma)': an organization in brackets right after the name; a party only
        for a title held for one (`party_body`: "Spitzenkandidatin X (SPD)", "(MdL, SPD)")."""
        j = person.end
        if j + 2 < sent.end and doc[j].text == "(":
            if party_body and j + 4 < sent.end and doc[j + 2].text == "," and org_at(doc, j + 1) is None:
                j += 2  # "(MdL, SPD)": a title before the party
            org = org_span_starting(doc, j + 1, sent.end)
            if org is not None and org.end < sent.end and doc[org.end].text == ")":
                name = org_at(doc, org.start)
                # "(SPD)": a party, no body, but for a candidate's title
                return None if name is None or is_party(name) and not party_body else name
            if doc[j + 2].text == ")" and doc[j + 1].is_title and self.lookup is not None:
                return self.lookup.by_prefix(doc[j + 1].text)  # "(Nordwerke)" for "Nordwerke GmbH"
        return None

    @staticmethod
    def following_org(doc: Doc, title: Title, person: Span, sent: Span) -> str | None:
        """'Bürgermeisterin X von der Verbandsgemeinde Y', 'Leiter X vom Amt Z', 'Landrat X aus dem
        Kreis Y': the organization a preposition attaches right after a name that follows its title.

        A political office is not held in a party named by its abbreviation ("Landrat X von der CDU").
        """
        j = person.end
        if person.start < title.end or j + 1 >= sent.end or doc[j].lower_ not in _ATTACHING:
            return None
        org = org_after_articles(doc, j + 1, sent.end)
        if org is None:
            return None
        if title.hit.entry.political and len(org) == 1 and is_acronym(org.text):
            return None
        return org_at(doc, org.start)

    def antecedent_org(self, doc: Doc, title: Title, sent: Span) -> str | None:
        """'..., dessen Werkleiter X' / 'Dessen Vorsitzender X': the last organization named before;
        'Die Krankenkasse X hilft. Ihr Vorstand Y': the possessor a possessive determiner points to."""
        j = title.start - 1
        while (
            j > sent.start
            and doc[j].lower_ not in _POSSESSIVE_RELATIVE
            and possessive_gender(doc[j].text) is None
            and adjective_like(doc[j])
        ):
            j -= 1  # "deren digitalpolitischer Sprecher X" (not past "ihre" itself)
        if j >= sent.start and title.start > 0 and possessive_gender(doc[j].text) is not None:
            return determiner_org(doc, sent, j)
        if j < 0 or title.start == 0 or doc[j].lower_ not in _POSSESSIVE_RELATIVE:
            return None
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if self.lookup is not None and unnamed_body_before(doc, j, start, self.lookup):
            return None  # "Auch der Seniorenbeirat schaltet sich ein: Dessen Vorsitzende X"
        for k in range(j - 1, start - 1, -1):
            if org_at(doc, k) is not None:
                return org_at(doc, k)
        return None

    def appended_as(self, doc: Doc, title: Title, k: int, sent: Span) -> Span | None:
        """'X war bei der Y tätig, zuletzt als Bereichsleiterin', 'Zuvor arbeitete sie beim Z, zunächst als
        Referentin': an "als" title after a comma and an adverb of sequence, appended to a clause whose
        subject is a name that opens it or a pronoun beside its verb: that person's office, held in the
        body the clause names after a preposition of a workplace when the title names none."""
        comma = k - 2
        if comma <= sent.start or doc[k - 1].lower_ not in _SEQUENCE or doc[comma].text != ",":
            return None
        person = self.as_complement_subject(doc, k, sent, comma - 1)
        if person is None:  # "Zuvor war sie …", "Zuvor war die 51-jährige Juristin …"
            inverted = inverted_subject(sent)
            pronoun = pronoun_subject(sent) if inverted is None else []
            person = inverted[0] if inverted is not None else (pronoun[0] if len(pronoun) == 1 else None)
            if person is not None and person.start >= comma:
                person = None
        if person is not None and title.org_name is None:
            at = next((j for j in range(sent.start, comma - 1) if doc[j].lower_ in _WORKPLACE_FOR), None)
            org = org_span_starting(doc, at + 1, comma) if at is not None else None
            if org is not None:
                title.org, title.org_name = org, org_at(doc, org.start)
        return person

    def as_complement_subject(self, doc: Doc, k: int, sent: Span, last: int | None = None) -> Span | None:
        """'X arbeitet als Ingenieurin', 'X ist seit 2019 als Referentin tätig': "als" + title after the
        verb of a clause that starts with the name (at most three words between, none a pronoun); the
        clause ends at `last` when something stands between it and "als" (`appended_as`)."""
        if k <= sent.start or doc[k].lower_ != "als":
            return None
        j, words = (k - 1 if last is None else last), 0
        joined = joined_body(doc, sent.start, k)
        if joined is not None and joined[2].end == k:  # "X verstärkt das Team der Y als Referentin"
            j = joined[0]
        while j > sent.start and words < 6 and person_at(doc, j) is None:
            tok = doc[j]
            name = org_at(doc, j)
            phrase = time_phrases.ending_at(doc, j + 1)
            if phrase is not None and phrase.start > sent.start:  # "X arbeitet seit Oktober als …"
                j, words = phrase.start - 1, words + 1
                continue
            if name is not None:  # "X ist bei den Stadtwerken Y als Referentin tätig": the workplace
                while j > sent.start and org_at(doc, j - 1) == name:
                    j -= 1
            elif tok.ent_type_ == "LOC" and doc[j - 1].lower_ == "in":
                pass  # "X war bei der Y in Frankfurt tätig, zuletzt als …": the workplace's town
            elif tok.text == "," and j < k - 1:  # "X, seit 2019 im Amt, lobte als Landrätin …"
                subject = self.subject_ending(doc, j, sent.start)
                if subject is None:
                    return None
                j = subject.end - 1
                break
            elif (
                not (
                    tok.is_lower
                    and tok.is_alpha
                    or _YEAR.match(tok.text)
                    or tok.lower_ in DURATIONS  # "X arbeitete 17 Jahre als …"
                    or tok.like_num
                )
                or tok.lower_ in _OBJECT_PRONOUNS
                or tok.lower_ == "er"  # "Mit seinem Bruder X arbeitet er als …": the pronoun is the subject
            ):
                return None
            j -= 1
            words += 1
        if person_at(doc, j) is None or j == k - 1:
            return None
        person = self.span_ending(doc, j, sent.start)
        if person.start == sent.start or doc[person.start - 1].text in {",", "und"}:
            return person
        opening = clause_opening(sent)  # "Denn die gebürtige Kölnerin war …"
        if person.start == opening:
            return person
        return person if noun_phrase_prefix(doc[opening : person.start]) else None

    def copula_subject(self, doc: Doc, title: Title, sent: Span) -> Span | None:
        """'X ist seit 2019 Leiterin des Amtes', 'Seit April ist X Leiterin des Amtes', '…, wo er
        Leiter war'."""
        return self.main_copula_subject(doc, title, sent) or self.final_copula_subject(doc, title, sent)

    def main_copula_subject(self, doc: Doc, title: Title, sent: Span) -> Span | None:
        """The subject of a copula before the title."""
        j = title.start - 1
        if j >= sent.start and person_at(doc, j) is not None:  # the name right before the title
            person = self.span_ending(doc, j, sent.start)
            before = person.start - 1
            while before > sent.start and is_title_word(doc, before):
                before -= 1  # "Seit Januar ist Dr. X Leiterin des Amtes"
            if before > sent.start and doc[before].lower_ in ARTICLES and len(person) == 1:
                before -= 1  # "Heute ist der 50-Jährige Geschäftsführer": an age noun after its article
            if before >= sent.start and doc[before].lower_ in _COPULA:
                return person
            return None
        k = j
        while k > sent.start and (doc[k].lower_ in ARTICLES or doc[k].is_lower and doc[k].is_alpha):
            k -= 1  # "Seit Oktober ist X die neue Koordinatorin": copula, name, article, adjectives
        if k < j and person_at(doc, k) is not None and doc[k + 1].lower_ in ARTICLES:
            person = self.span_ending(doc, k, sent.start)
            if person.start > sent.start and doc[person.start - 1].lower_ in _COPULA:
                return person
        k = j
        if (phrase := time_phrases.ending_at(doc, title.start)) is not None:
            k = phrase.start - 1  # "X ist seit mehr als zehn Jahren Leiterin": past the time phrase
        reach = title.start - 5
        while k > sent.start and k > reach and not copula_at(doc, k):
            if doc[k].text in {",", ".", ";", ":"} or person_at(doc, k) is not None:
                return None
            if (inner := time_phrases.ending_at(doc, k + 1)) is not None and inner.start > sent.start:
                reach -= k - inner.start  # "X wurde für weitere vier Jahre zur Vorsitzenden gewählt"
                k = inner.start - 1
                continue
            k -= 1
        if k > sent.start and copula_at(doc, k):
            subject = self.subject_ending(doc, k - 1, sent.start)
            if subject is None and doc[k - 1].lower_ == "und":
                subject = first_conjunct_subject(doc, sent, k - 1)
            if subject is not None and self.in_prepositional_phrase(doc, subject, sent.start):
                return None  # "Neben Landrat X waren auch Vertreter der Y gekommen": X is no subject
            if subject is None:
                subject = self.pronoun_of_copula(doc, k, title, sent)
            return subject if subject is not None else described_subject(doc, k, title, sent)
        return None

    def final_copula_subject(self, doc: Doc, title: Title, sent: Span) -> Span | None:
        """'…, wo er zuvor Vertriebsleiter war', '…, nachdem sie Leiterin des Amtes wurde': a subordinate
        clause whose copula comes last; its subject is the pronoun or name right after the conjunction
        (adverbs and a time phrase between it and the title)."""
        end = next((j for j in range(title.end, min(sent.end, title.end + 10)) if doc[j].is_punct), sent.end)
        if end - 1 < title.end or doc[end - 1].lower_ not in _FINAL_COPULA:
            return None
        k = title.start - 1
        while k > sent.start and doc[k].lower_ in ARTICLES:
            k -= 1
        if (phrase := time_phrases.ending_at(doc, k + 1)) is not None:
            k = phrase.start - 1  # "wo sie seit 2019 Leiterin war"
        k = duration_before(doc, k, sent.start)  # "wo er zehn Jahre (lang) Geschäftsführer war"
        while k > sent.start and doc[k].is_lower and doc[k].pos_ in {"ADV", "ADJD", ""}:
            if doc[k].lower_ in PRONOUN_GENDER:
                break
            k -= 1  # "wo er zuvor", "wo sie lange"
        if k <= sent.start:
            return None
        subject: Span | None
        if person_at(doc, k) is not None:
            subject = self.span_ending(doc, k, sent.start)
            opener = subject.start - 1
        elif doc[k].lower_ in PRONOUN_GENDER:
            opener = k - 1
            subject = pronoun_antecedent(doc, sent, doc[k], doc_genders(doc))
        else:
            return None
        comma = opener - 1
        relative = doc[opener].lower_ in _PLACE_RELATIVES
        if relative and comma > sent.start and doc[comma].lower_ in _PLACE_PREPS:
            comma -= 1  # "…, bei denen er zehn Jahre Geschäftsführer war"
        elif doc[opener].lower_ not in _SUBORDINATORS:
            return None
        if comma <= sent.start or doc[comma].text != ",":
            return None
        if title.org_name is None and doc[opener].lower_ in _PLACE_RELATIVES | {"wo"}:
            title.org_name = org_at(doc, comma - 1)  # the body the clause of place is attached to
        return subject

    @staticmethod
    def in_prepositional_phrase(doc: Doc, person: Span, sent_start: int) -> bool:
        """A name after a preposition and the titles or role words before it ("Neben Landrat X")."""
        k = person.start - 1
        while k >= sent_start and title_or_role(doc, k):
            k -= 1
        return k >= sent_start and doc[k].tag_ in PREPOSITION_TAGS

    @staticmethod
    def pronoun_of_copula(doc: Doc, k: int, title: Title, sent: Span) -> Span | None:
        """'Seit 2020 ist er Geschäftsführer der X', 'Sie war zuvor Leiterin des Y': a personal
        pronoun next to the copula, singular, stands for the person named before it."""
        if doc[k].lower_ not in {"ist", "war", "wird", "wurde", "bleibt"}:
            return None
        pronoun = pronoun_beside(doc, sent, k, title.start)
        if pronoun is None or (
            pronoun.i == k - 1 and pronoun.i > sent.start and not doc[pronoun.i - 1].is_punct
        ):
            return None  # a pronoun before the copula opens the clause ("Sie ist …", "…, sie ist …")
        return pronoun_antecedent(doc, sent, pronoun, doc_genders(doc))

    def subject_ending(self, doc: Doc, k: int, sent_start: int) -> Span | None:
        """The name that ends at token k, or that an apposition between commas or a bracket ending at k
        follows: "X, Chefarzt der Chirurgie, wird Direktor", "X (42) ist Leiterin" -> X."""
        if k < sent_start:
            return None
        if person_at(doc, k) is not None:
            return self.span_ending(doc, k, sent_start)
        if doc[k].text == ")":  # "X (42) ist …", "Y (CDU) ist …": past a bracket after the name
            opening = next(
                (j for j in range(k - 1, max(sent_start, k - 6) - 1, -1) if doc[j].text == "("), None
            )
            if opening is not None and opening > sent_start and person_at(doc, opening - 1) is not None:
                return self.span_ending(doc, opening - 1, sent_start)
            return None
        if doc[k].text != ",":
            return None
        j = k - 1
        while j > sent_start and doc[j].text != "," and person_at(doc, j) is None and doc[j].pos_ != "VERB":
            j -= 1
        if j > sent_start and j < k - 1 and doc[j].text == "," and person_at(doc, j - 1) is not None:
            return self.span_ending(doc, j - 1, sent_start)
        return None

    def fronted_as(self, doc: Doc, title: Title, k: int, sent: Span, plural: bool) -> list[Span]:
        """'Als Bürgermeister begrüßte Jan Roth die Gäste', 'Als Beisitzer wählte die Versammlung A und
        B': a clause that opens with "Als" and the title ("Als dienstältester Bürgermeister …": adjectives
        between); the one person of the clause, or for a plural title the persons of its one list."""
        while k > sent.start and doc[k].lower_ != "als" and attributive(doc[k]):
            k -= 1
        if doc[k].lower_ != "als" or (
            k != sent.start
            and not self.fronted_with_as(doc, title, k, sent)
            and not self.clause_after_comma(doc, title, k, sent)
        ):
            return []
        end = title.end
        while end < sent.end and (
            doc[end].text not in {",", ";", ":", "."}
            or doc[end].text == ","  # a comma inside a list of names: "wurden A, B und C gewählt"
            and person_at(doc, end - 1) is not None
            and self.person_after(doc, end + 1, sent.end) is not None
        ):
            end += 1
        people: list[Span] = []
        j = title.end
        while j < end:
            person = self.person_after(doc, j, end) if person_at(doc, j) is not None else None
            if person is None:
                j += 1
                continue
            if not role_hit(doc[person.start - 1].text):  # "… die Ministerin X": X has a title of her own
                people.append(person)
            j = person.end
        if len(people) == 1:
            return people
        if len(people) == 2:  # "Als Leiter folgt X auf Y": the successor
            successor = successor_of(doc, sent, people[0]) or successor_of(doc, sent, people[1])
            if successor is not None and title_agrees(doc, title, successor):
                return [successor]
        form = noun_form(doc[title.head].text)
        may_be_plural = plural or form is not None and form.number != "sg"
        if may_be_plural and people and self.list_ending(doc, people[-1], people[0].start) == people:
            return people
        if may_be_plural and len(people) > 1 and all(doc[p.start - 1].lower_ in _AND for p in people[1:]):
            return people  # "A vom Institut X und B": each name joined by "und" after its own place
        return []

    @classmethod
    def plural_for_one(cls, doc: Doc, title: Title, people: list[Span]) -> bool:
        """A definitely plural title before one name only ("wählten die Delegierten X"): the plural is
        the clause's subject, not the name's title."""
        return len(people) == 1 and title_number(cls.determined(doc, title)) == "pl"

    @staticmethod
    def clause_after_comma(doc: Doc, title: Title, k: int, sent: Span) -> bool:
        """'Neue Kassiererin ist A, als Schriftführer bestätigt wurde B': "als" + title open a main
        clause of their own after a comma (a participle, then the finite verb follow the title)."""
        if k - 1 < sent.start or doc[k - 1].text != ",":
            return False
        j = title.end + int(title.end < sent.end and doc[title.end].tag_ == "VVPP")
        return j < sent.end and doc[j].tag_ in FINITE

    def fronted_with_as(self, doc: Doc, title: Title, k: int, sent: Span) -> bool:
        """'Für eine weitere Amtszeit als Beisitzer wählte …', 'Nach 25 Jahren als Leiter des Bauamts
        verabschiedet sich X': "als" + title (and its genitive) ends the fronted part of a main clause
        (the finite verb follows; no verb or comma before "als")."""
        if any(t.tag_ in FINITE or t.text in {",", ";", ":"} for t in doc[sent.start : k]):
            return False
        end = title.end if title.end < sent.end and doc[title.end].tag_ in FINITE else None
        if end is None:
            end = self.coordination_end(doc, title, sent)
        if end < sent.end and doc[end].lower_ == "von" and doc[end].i + 1 < sent.end:
            end = place_end(doc, end + 1, sent.end) or end  # "Nach 20 Jahren als Bürgermeisterin von X tritt"
        return title.end <= end < sent.end and doc[end].tag_ in FINITE

    @staticmethod
    def partitive(doc: Doc, title: Title, sent: Span) -> int | None:
        """The title after "einer der", "eine der beiden" (a genitive plural, one of them): the index of
        the word after "einer der"; None for any other title."""
        j = title.start - int(title.start > sent.start and doc[title.start - 1].lower_ in GROUP_SIZES)
        partitive = j - 2 >= sent.start and doc[j - 1].lower_ == "der" and doc[j - 2].lower_ in _PARTITIVE
        return j if partitive else None

    def together_with(self, doc: Doc, other: Span, sent: Span) -> list[Span]:
        """'A, gemeinsam mit B eine der Geschäftsführerinnen der Y': A and B, when "gemeinsam mit" or
        "zusammen mit" opens A's apposition; else nobody."""
        m = other.start - 3
        if (
            m > sent.start
            and [t.lower_ for t in doc[m + 1 : other.start]] in (["gemeinsam", "mit"], ["zusammen", "mit"])
            and doc[m].text == ","
            and person_at(doc, m - 1) is not None
        ):
            return [self.span_ending(doc, m - 1, sent.start), other]
        return []

    def plural_apposition(self, doc: Doc, title: Title, sent: Span) -> list[Span]:
        """The names a plural title is apposed to: a list of names before it ("A und B, beide
        Referenten der X", "A, B und C, die Sprecher des Y"), or one name before a partitive "einer
        der" ("X, eine der Sprecherinnen des Y": one of them)."""
        k = title.start
        end = title.end
        if (
            end + 1 < sent.end
            and doc[end].lower_ in TITLE_JOINERS | {"sowie"}
            and role_hit(doc[end + 1].text)
        ):
            return []  # "A und B, CIO und CDO des Landes": one title each, in turn
        j = self.partitive(doc, title, sent)  # "eine der (beiden) Vorsitzenden"
        if j is not None and j - 2 > sent.start:
            if person_at(doc, j - 3) is not None:  # "A, gemeinsam mit B eine der Geschäftsführerinnen"
                return self.together_with(doc, self.span_ending(doc, j - 3, sent.start), sent)
            one = self.person_before(doc, j - 2, sent.start)
            return [one] if one is not None else []
        while k > sent.start and title.start - k < 2 and doc[k - 1].lower_ in _PLURAL_LEAD:
            k -= 1  # "beide", "die beiden", "alle"
        if k - 2 < sent.start or doc[k - 1].text != "," or person_at(doc, k - 2) is None:
            return []
        last = self.span_ending(doc, k - 2, sent.start)
        people = self.list_ending(doc, last, sent.start)
        if len(people) < 2 or doc[last.start - 1].lower_ not in {"und", "sowie"}:
            return []  # "mit A, B, Leiter des Amtes": a list, and B's own apposition
        return people

    def person_after_body(self, doc: Doc, title: Title, sent: Span) -> Span | None:
        """'Geschäftsführer der Nordwerke GmbH Jens X', 'die Intendantin des Schauspielhauses Y Sonja Z':
        the name right after the title's genitive organization, with no comma between."""
        j = title.end
        if j >= sent.end or doc[j].lower_ not in {"der", "des"}:
            return None
        org = org_span_starting(doc, j, sent.end)
        if org is None or org.start != j + 1:
            return None
        return self.person_after(doc, org.end, sent.end) if org.end < sent.end else None

    def person_after_coordinated_title(self, doc: Doc, title: Title, sent: Span) -> Span | None:
        """'Mitgründerin und CEO X', 'Bürgermeisterin und Kreisrätin Y': a title joined by "und" to a
        second title right before a name is that name's too (not "Die Präsidentin und Vorsitzende des
        Vereins X" with a genitive of its own, which the coordinated titles handle)."""
        j = title.end
        if j < sent.end and doc[j].lower_ not in {"und", "sowie"}:
            j = skip_org(doc, j, sent.end)  # "Die Geschäftsführerin der Nordwerke GmbH und Kreisrätin X"
        if j + 1 >= sent.end or doc[j].lower_ not in {"und", "sowie"} or self.lookup is None:
            return None
        second = self.title_at(doc, j + 1, sent.end, self.lookup)
        if second is None or second.start != j + 1:
            return None
        return self.person_after(doc, second.end, sent.end) or self.person_after_body(doc, second, sent)

    def list_ending(self, doc: Doc, last: Span, sent_start: int) -> list[Span]:
        """The persons of a list ("A, B und C") that ends with `last`, in text order."""
        people = [last]
        k = last.start - 1
        while k - 1 >= sent_start and doc[k].lower_ in {",", "und", "sowie"} and person_at(doc, k - 1):
            people.insert(0, self.span_ending(doc, k - 1, sent_start))
            k = people[0].start - 1
        return people

    @staticmethod
    def span_ending(doc: Doc, k: int, sent_start: int) -> Span:
        name = person_at(doc, k)
        m = k
        while m > sent_start and person_at(doc, m - 1) == name:
            m -= 1
        return doc[m : k + 1]

    @staticmethod
    def determined(doc: Doc, title: Title) -> str:
        """The title with the determiners printed before it ("die beiden Chefärzte")."""
        k = title.start
        while k > 0 and title.start - k < 2 and doc[k - 1].lower_ in DETERMINERS:
            k -= 1
        return " ".join([*(t.text for t in doc[k : title.start]), title.text])

    def bare_adjectival(self, doc: Doc, title: Title) -> bool:
        """An adjectival noun in "-e" without a determiner ("Vorsitzende des Vereins sind A und B"):
        a feminine singular or a plural, as the verb tells."""
        head = doc[title.head].text
        form = noun_form(head)
        bare = self.determined(doc, title) == title.text
        return bare and form is not None and form.adjectival and head.endswith("e")

    def plural(self, doc: Doc, title: Title) -> bool:
        """A plural title ("die Chefärzte", "Staatssekretäre"), or one that may be plural after a
        determiner that allows it ("den Beigeordneten A, B und C"): its names are listed after it."""
        printed = self.determined(doc, title)
        number = title_number(printed)
        if number is None and printed == title.text and doc[title.start].tag_ == "ADJA":
            if title.start == 0 or doc[title.start - 1].lower_ not in DETERMINERS:
                number = title_number(doc[title.start : title.head + 1].text)  # "hat neue Prokuristen: A, B"
        if number is not None:
            return number == "pl"
        head = noun_form(doc[title.head].text.rpartition("-")[2] or doc[title.head].text)
        return printed.split()[0].lower() == "den" and head is not None and head.adjectival

    @staticmethod
    def another_persons_title(doc: Doc, title: Title, person: Span) -> bool:
        """'begrüßte der Bürgermeister Ute Kern': a masculine article and title before a woman's given
        name (by the given-name lexicon alone) name another person, the name is an object."""
        if title.start == 0 or doc[title.start - 1].lower_ not in {"der", "den", "dem"}:
            return False
        form = noun_form(doc[title.head].text)
        if form is None or form.genus != "m" or form.number == "pl":
            return False  # "mit den Geschäftsführern Eva X und Tim Y": a plural names them all
        first = (person_at(doc, person.start) or "").split()
        return bool(first) and first_name_genders().get(first[0]) == "f"

    @staticmethod
    def gender(doc: Doc, person: Span) -> str | None:
        """The person's gender as the article shows it: "Herr"/"Frau" before a mention, else a
        gendered singular title right before a mention ("Leiterin Eva X")."""
        return doc_genders(doc).get(person_at(doc, person.start) or "")

    @staticmethod
    def person_after(doc: Doc, j: int, limit: int) -> Span | None:
        """The name after a title, past academic titles, courtesy words and one more title
        ("Superintendent Pfarrer X": both titles are X's)."""
        titles = 0
        while j < limit and person_at(doc, j) is None:
            if not is_title_word(doc, j):
                if (
                    not titles
                    and doc[j].lower_ in role_modifiers()
                    and j + 1 < limit
                    and role_hit(doc[j + 1].text)
                ):
                    j += 1  # "…, Leitender Polizeidirektor X": the other title's adjective
                    continue
                if titles or role_hit(doc[j].text) is None:
                    break
                titles += 1
            j += 1
        if j >= limit or person_at(doc, j) is None:
            return None
        name = person_at(doc, j)
        k = j
        while k < limit and person_at(doc, k) == name:
            k += 1
        return doc[j:k]

    def list_continuation(self, doc: Doc, j: int, limit: int) -> list[Span]:
        """Further names of a list after a plural title ("die Staatssekretäre A und B", "A (..), B (..)")."""
        out: list[Span] = []
        while j < limit:
            if doc[j].text == "(":
                while j < limit and doc[j].text != ")":
                    j += 1
                j += 1
                continue
            if doc[j].lower_ in _ATTACHING and (body := org_after_articles(doc, j + 1, limit)) is not None:
                j = body.end  # "A vom Kreis X und B von der Stadt Y": past the body of the name before
                continue
            if doc[j].lower_ not in {",", "und", "sowie"}:
                break
            nxt = self.person_after(doc, j + 1, limit)
            if (
                nxt is None
                and doc[j].text == ","
                and (after := apposition_end(doc, j + 1, limit)) is not None
            ):
                j = after  # "A, Fachärztin für Urologie, sowie B": past the apposition of the name before
                continue
            if nxt is None or any(role_hit(doc[x].text) for x in range(j + 1, nxt.start)):
                break  # "die Geschäftsführer A und B sowie Prokurist C": C has a title of their own
            out.append(nxt)
            j = nxt.end
        return out

    def person_before(self, doc: Doc, start: int, sent_start: int) -> Span | None:
        """'Eva Muster, Leiterin ...', 'Eva M., die ... zuständige Referentin', 'Max M. (Dezernent',
        'Eva Muster, „Leiterin …“' (a title in quotes)."""
        if start - 1 > sent_start and doc[start - 1].text in _QUOTE_OPENERS and doc[start - 2].text == ",":
            start -= 1
        j = start - 1
        while j >= sent_start and j >= start - _MAX_APPOSITION:
            text = doc[j].text
            if text in {",", "(", "–", "—", "-"}:  # "X – Leiterin der Y – sagte": a dash sets it off too
                opener = doc[j + 1]
                if j + 1 < start and not (
                    opener.lower_ in ARTICLES | _APPOSITION_ADVERBS
                    or self.modifier_word(opener)
                    or attributive_org(doc, j + 1, start)
                    or modifiers_only(doc, j + 1, start)
                ):
                    return None  # "X, stellte die Leiterin ..." is no apposition
                k = j - 1
                if k - 2 >= sent_start and doc[k].text == ")" and doc[k - 2].text == "(":
                    k -= 3  # "Tom B. (34), Zugführer ...": a bracketed age or place after the name
                o = k
                while text == "," and o > sent_start and org_at(doc, o) is not None:
                    o -= 1
                if o < k and doc[o].text == "(":
                    k = o - 1  # "Eva K. (CDU, Vorsitzende des …)": the bracket names her party first
                if k >= sent_start and person_at(doc, k) is not None:
                    name = person_at(doc, k)
                    m = k
                    while m > sent_start and person_at(doc, m - 1) == name:
                        m -= 1
                    return doc[m : k + 1]
                if text == "," and k >= sent_start and doc[k].tag_ in _CLAUSE_END_VERBS:
                    if doc[j + 1].lower_ in _APPOSITION_ADVERBS:  # "X wurde ernannt, bislang Leiter der Y"
                        people = person_spans(doc[sent_start:k])
                        return people[0] if len(people) == 1 else None
                return None
            if text in {".", ";", ":", ")", "(", "„", "“"} or person_at(doc, j) is not None:
                return None
            j -= 1
        return None


_AS = frozenset({"als", "zum", "zur", "zu"})
# tags of a clause's last word before an extraposed apposition ("wurde X ernannt, bislang Leiterin …")
_CLAUSE_END_VERBS = frozenset({"VVPP", "VAPP", "VVINF", "PTKVZ"})


_MAX_QUOTED_NAME = 8  # words of a quoted name after a noun ("der Initiative „Rettet den Stadtwald“")


def skip_named_np(doc: Doc, j: int, limit: int) -> int:
    """Past a genitive noun phrase that names no organization the entities know ("der Bürgerinitiative
    Stadtwald", "der Initiative „Rettet den Stadtwald“"): its noun, the capitalised name words after it
    (no person's) and a quoted name; `j` when no such phrase starts there."""
    k = skip_np(doc, j, limit)
    if k == j:
        return j
    while k < limit and doc[k].text[:1].isupper() and person_at(doc, k) is None and org_at(doc, k) is None:
        k += 1
    if k < limit and doc[k].text in _QUOTE_OPENERS:
        end = min(limit, k + 2 + _MAX_QUOTED_NAME)
        close = next((m for m in range(k + 1, end) if doc[m].text in QUOTE_CLOSE), None)
        if close is not None:
            k = close + 1
    return k


def coordinated_genitive_org(doc: Doc, title: Title, sent: Span) -> Span | None:
    """A second organization in the genitive joined by "und" to the title's own ("Geschäftsführerin
    der Stadtwerke und der Verkehrsbetriebe X"): the title is held in both."""
    org = title.org
    if org is None or org.start > title.end + 1 or org.end + 2 >= sent.end:
        return None
    if doc[org.end].lower_ != "und" or doc[org.end + 1].lower_ not in {"der", "des"}:
        return None
    second = org_span_starting(doc, org.end + 2, sent.end)
    if second is None or second.start != org.end + 2:
        return None
    after = second.end
    if after < sent.end and (person_at(doc, after) is not None or title_or_role(doc, after)):
        return None  # "… des Bezirksverbands X und der AWO-Bundesvorsitzende Y": the next person's phrase
    return second


def past_apposed_noun(doc: Doc, start: int, limit: int) -> int:
    """The token after a noun phrase of profession at `start` that a name follows ("Die erfahrene
    Physikerin X": X's position): an article, adjectives and one common noun that is no title and no
    word of a name; `start` when there is none."""
    k = start + int(start < limit and doc[start].tag_ == "ART")
    while k < limit and doc[k].tag_ == "ADJA":
        k += 1
    noun = k < limit and doc[k].tag_ == "NN" and person_at(doc, k) is None and org_at(doc, k) is None
    if not noun or title_or_role(doc, k) or k + 1 >= limit or person_at(doc, k + 1) is None:
        return start
    return k + 1


def title_colon(doc: Doc, title: Title, sent: Span) -> int | None:
    """The colon right after a title ("… eine neue Chefin: X …") or, in a headline's form, after the
    organization phrase of a title that opens the sentence without an article ("Neue Chefärztin am
    Klinikum X: Dr. Y übernimmt …"; not "Der neue Vorstand des Vereins X: A (Vorsitzende), …")."""
    k = title.end
    org = title.org
    headline = title.start - sent.start <= 1 and doc[sent.start].lower_ not in ARTICLES
    if headline and org is not None and k <= org.start <= k + 2:
        if all(doc[m].is_lower for m in range(k, org.start)):
            k = org.end  # "am", "der", "bei der": only the preposition and article before the body
    return k if k + 1 < sent.end and doc[k].text == ":" else None


def duration_before(doc: Doc, k: int, start: int) -> int:
    """Past an accusative of duration that ends at token k ("zehn Jahre", "20 Jahre lang", "viele
    Monate"): the token before it, else k."""
    j = k - 1 if k > start and doc[k].lower_ == "lang" else k
    amount = j - 1 > start and (doc[j - 1].like_num or doc[j - 1].is_lower)
    if amount and doc[j].lower_ in DURATIONS and doc[j].lower_ != "lang":
        return j - 2
    return k


def clause_opening(sent: Span) -> int:
    """The first token of a sentence's main clause, past a coordinating conjunction ("Denn …", "Und …")."""
    return sent.start + (sent[0].tag_ == "KON")


def described_subject(doc: Doc, k: int, title: Title, sent: Span) -> Span | None:
    """'Die 46-jährige Juristin war zuvor Leiterin der X', 'Zuletzt war die gelernte Juristin Leiterin
    der X': a definite singular noun phrase for a person, subject of the copula at `k` (the clause's
    first words, or right after the copula), stands for the last person of its gender named in this or
    the sentence before."""
    if k + 2 < title.start and doc[k + 1].lower_ in {"der", "die"}:
        start, end = k + 1, title.start  # after the copula
    else:
        start, end = k - 1, k
        while start > sent.start and doc[start - 1].lower_ not in {"der", "die"} and modifies(doc[start - 1]):
            start -= 1
        start -= 1  # the article
        if start != clause_opening(sent) or doc[start].lower_ not in {"der", "die"}:
            return None
    noun = doc[end - 1]
    if not all(modifies(doc[m]) for m in range(start + 1, end - 1)) or not noun.text[:1].isupper():
        return None
    if person_at(doc, end - 1) is not None or not gendered_person_noun(noun.text):
        return None
    form = noun_form(noun.text)
    gender = "m" if doc[start].lower_ == "der" else "f"
    if form is not None and (form.number == "pl" or form.genus is not None and form.genus != gender):
        return None  # "der Leiterin" is no subject
    return antecedent(doc, sent, start, gender, doc_genders(doc), sentences=1)


def genitive_of_a_noun(doc: Doc, title: Title, sent: Span) -> bool:
    """The title is the genitive attribute of a common noun before it ("X, die Ehefrau des Landrats",
    "X, eine Mitarbeiterin des Bürgermeisters"): the office of someone else, not an apposition to X;
    not after a noun of a post ("in das Amt des Landrats eingeführt": the office taken)."""
    k = title.start - 1
    while k > sent.start and attributive(doc[k]):
        k -= 1  # "des früheren Bürgermeisters"
    if k - 1 < sent.start or doc[k].lower_ not in {"des", "der"}:
        return False
    noun = doc[k - 1]
    if noun.tag_ != "NN" or not noun.text[:1].isupper() or person_at(doc, noun.i) is not None:
        return False
    low = noun.lower_
    posts = word_set("post_nouns.txt")
    return not (low in posts or low[:-1] in posts or low[:-2] in posts)


def adverb_before_adjective(doc: Doc, k: int) -> bool:
    """A lower-case adverb or adverbial adjective before an attributive one ("frisch gewählte",
    "kommissarisch eingesetzte"): both modify the noun after them."""
    tok = doc[k]
    return tok.is_lower and tok.tag_ in {"ADJD", "ADV"} and k + 1 < len(doc) and attributive(doc[k + 1])


def modifiers_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the words between an apposition's comma and its title only modify the title: attributive
    adjectives, each perhaps after an adverb ("X, gewählte Vorsitzende", "X, frisch gewählte Y", "X,
    46-jährige Juristin")."""
    return (
        end > start
        and modifies(doc[end - 1])
        and all(modifies(doc[m]) or adverb_before_adjective(doc, m) for m in range(start, end))
    )


def body_title(title: Title) -> bool:
    """A bare title after "in den": the name of a body that is also its members' title ("wählte X in
    den Vorstand", "in den Stadtrat")."""
    return title.start == title.head and title.end == title.head + 1


def truncated_conjunct(doc: Doc, k: int) -> bool:
    """A truncated noun and a conjunction before `k` ("Brand- und", "Bau-, Verkehrs- und"): the
    first parts of a coordinated compound whose last part starts at `k`."""
    if k < 2 or doc[k - 1].lower_ not in {"und", "oder", ","}:
        return False
    word = doc[k - 2].text
    return len(word) > 2 and word.endswith("-") and word[0].isupper() and word[-2].isalpha()


def apposition_end(doc: Doc, j: int, limit: int) -> int | None:
    """Where a title phrase set off by commas after a listed name ends ("A, Fachärztin für Urologie,
    sowie B"): the conjunction after its closing comma; None unless a title opens it and "und" or
    "sowie" follows it."""
    if j >= limit or not (role_hit(doc[j].text) or is_title_word(doc, j) or doc[j].tag_ == "ADJA"):
        return None
    k = j + 1
    while k < min(limit, j + _MAX_APPOSITION) and doc[k].text not in {",", ";", ".", "(", ")"}:
        if person_at(doc, k) is not None:
            return None
        k += 1
    if k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in {"und", "sowie"}:
        return k + 1
    return None


_UNKNOWN_WORD_TAGS = frozenset({"NE", "VVIMP", "FM"})  # a capitalised name the NER may have missed
_LIST_OPENERS = frozenset({":", "–", "—", "-", "("})  # what opens the names of a plural title after it
# (a hyphen standing alone between spaces is a dash typed without the dash key)
_AND = frozenset({"und", "sowie"})
_FRONTED_BY = frozenset({"bei", "beim", "seitens", "für", "namen", "namens", "von", "vom"})
_WORKPLACE = frozenset({"bei", "beim", "im", "am", "an", "in"})
_WORKPLACE_FOR = _WORKPLACE | {"für"}  # the body of the clause an "als" title is appended to
# adverbs of a sequence of offices before an appended "als" ("…, zuletzt als Leiterin")
_SEQUENCE = frozenset({"zuletzt", "zunächst", "später", "dann", "danach", "anschließend", "seither"})
_QUOTE_OPENERS = frozenset({"„", '"', "»", "‚"})
_OBJECT_PRONOUNS = frozenset({"ihr", "ihm", "ihn", "ihnen", "sie", "es", "uns", "euch", "sich"})
_COMPLEMENT_WORDS = ARTICLES | {"von", "und", "für", "im", "der"}
_POSSESSIVES = frozenset("unserer unseres seiner seines ihrer ihres dessen deren meiner meines".split())


def unknown_name_after(doc: Doc, k: int, limit: int) -> bool:
    """A proper noun right after a title that no entity covers, or a capitalised word the tagger can
    read only as an imperative or a foreign word ("… und Vermessungsingenieur Lies"): the name of someone
    else, which the NER missed, so the title is not the previous person's too."""
    if k >= limit:
        return False
    tok = doc[k]
    unknown = tok.tag_ in _UNKNOWN_WORD_TAGS and tok.text[:1].isupper() and tok.is_alpha
    return unknown and person_at(doc, k) is None and org_at(doc, k) is None


def past_adjective_complement(doc: Doc, k: int, sent_start: int) -> int:
    """The word before the prepositional phrase that ends at `k` before an attributive adjective ("Die
    | für Energie | zuständige Leiterin", "der | mit der Planung | beauftragte Ingenieur"); `k` when
    no such phrase ends there."""
    j = k
    while j > sent_start and k - j < _MAX_COMPLEMENT and doc[j].tag_ in _COMPLEMENT_TAGS:
        j -= 1
    if j < k and j > sent_start and doc[j].tag_ in {"APPR", "APPRART"}:
        return j - 1
    return k


_MAX_COMPLEMENT = 4  # words of a noun phrase inside an adjective's complement
_COMPLEMENT_TAGS = frozenset({"NN", "NE", "ART", "ADJA", "CARD", "PPOSAT"})


def attributive_org(doc: Doc, j: int, start: int) -> bool:
    """The words from j to the title are one organization's name before it ("X, Verdi
    Landesfachbereichsleiter"; "des Nordwerk Inhabers"): the name used attributively."""
    name = org_at(doc, j)
    return name is not None and all(org_at(doc, k) == name for k in range(j, start))


def clause_bounds(doc: Doc, title: Title, sent: Span) -> tuple[int, int]:
    """The comma-bounded stretch of the sentence around the title."""
    return clause_around(sent, title.start, title.end)


def gapped_as(doc: Doc, first: Title, second: Title) -> bool:
    """'A kandidierte als Vorsitzender der Y, B als Kassiererin': two "NAME als TITLE" conjuncts of one
    verb, joined by a comma or "und"; the second leaves out the body the first names."""

    def after_als(title: Title) -> int | None:
        k = title.start - 1
        while k > 0 and attributive(doc[k]):
            k -= 1
        return k if k > 0 and doc[k].lower_ == "als" else None

    k = after_als(second)
    if after_als(first) is None or k is None or person_at(doc, k - 1) is None or first.org_name is None:
        return False
    between = doc[first.end : second.start]
    return any(t.text == "," or t.lower_ == "und" for t in between) and not any(
        t.tag_ in FINITE for t in between
    )


def workplace_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'X ist bei den Stadtwerken als Projektleiterin tätig', 'X arbeitet im Bauamt als Referentin':
    a title after "als" in a clause of working ("arbeitet", "tätig", nlp/lexicons/work_verbs.txt) takes
    the one organization the clause places the person at ("bei", "im", "am", "an der", "in der")."""
    if title.start == sent.start or doc[title.start - 1].lower_ != "als":
        return None
    start, end = clause_bounds(doc, title, sent)
    working = word_set("work_verbs.txt")
    if not any(doc[k].lower_ in working for k in range(start, end)):
        joined = joined_body(doc, start, end)  # "X verstärkt das Team der Y als Referentin"
        if joined is not None and not joined[2].start <= title.start < joined[2].end:
            return org_at(doc, joined[2].start)
        return None  # "Als Referentin sprach X bei der Kammer": a guest there, not its staff
    found: set[str] = set()
    for k in range(start, end - 1):
        if doc[k].lower_ in _WORKPLACE and not start <= title.start - 1 <= k:
            org = org_span_starting(doc, k + 1, end)
            if org is not None and all(doc[i].lower_ in ARTICLES for i in range(k + 1, org.start)):
                found.add(org_at(doc, org.start) or org.text)
    return found.pop() if len(found) == 1 else None


_HAVE = frozenset({"hat", "haben", "hatte", "bekommt", "bekommen", "bekam", "erhält", "erhalten", "erhielt"})


_NEW = frozenset({"neue", "neuen"})
_INDEFINITE_NEW = frozenset({"eine", "einen"})


_LOCATIVE = frozenset({"in", "im", "am", "an", "auf", "aus", "von"})  # "Bürgermeisterin von Kell, X"
_MAX_LOCATIVE = 5


def skip_locative(doc: Doc, j: int, limit: int) -> int:
    """Past a place phrase that ends the title's complement before a comma ("der Apotheke am Markt,",
    "der Schule in Nordtal,"): articles, adjectives and nouns only, no verb; else `j`."""
    if j >= limit or doc[j].lower_ not in _LOCATIVE:
        return j
    k = j + 1
    while k < limit and k - j <= _MAX_LOCATIVE and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        k += 1
    return k if k > j + 1 and k < limit and doc[k].text == "," and person_at(doc, k - 1) is None else j


def skip_place(doc: Doc, j: int, limit: int) -> int:
    """Past "in" and a place name (one or two proper nouns) before a copula: "Inhaber des Autohauses X
    in Talheim ist Y"; else `j`."""
    if j + 2 >= limit or doc[j].lower_ != "in":
        return j
    k = j + 1
    while k < limit and k - j <= 2 and doc[k].pos_ == "PROPN" and person_at(doc, k) is None:
        k += 1
    return k if k > j + 1 and k < limit and doc[k].lower_ in _COPULA | _NAMED else j


def noun_phrase_prefix(words: Span) -> bool:
    """Words opening a sentence before a name that are the name's own noun phrase: a determiner, then
    adjectives and nouns ("Ihr Bruder X", "Der 52-jährige Landwirt X")."""
    return (
        len(words) > 1
        and words[0].pos_ in ("DET", "PRON")
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "NUM") or t.tag_ == "PPOSAT" for t in words)
    )


@cache
def _confirm_lemmas() -> frozenset[str]:
    return frozenset(read_yaml("cue_lemmas.yaml")["confirm"])


def confirmed(sent: Span) -> bool:
    """A verb of keeping an office in the sentence ("bestätigt", "wiedergewählt"; cue_lemmas.yaml)."""
    lemmas = _confirm_lemmas()
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lemmas for t in sent)


def copula_opens(doc: Doc, title: Title, sent: Span) -> bool:
    """'A bleibt Zweiter Vorsitzender, neue Kassiererin ist B': a title after a comma that opens a
    clause of its own, a copula and a name after it; no apposition of the name before the comma."""
    tail = skip_org(doc, title.end, sent.end)
    if tail >= sent.end or doc[tail].lower_ not in _COPULA:
        return False
    return any(person_at(doc, k) is not None for k in range(tail + 1, min(sent.end, tail + 4)))


def appointed_next(doc: Doc, title: Title, sent: Span) -> Span | None:
    """'Die Universität X hat eine neue Kanzlerin. Der Hochschulrat wählte Y …': a title the sentence
    ends with, after "ein(e) neue(n)" as the object of "haben"/"bekommen" with an organization as
    subject and no person in the sentence, is held by the person the next sentence elects or appoints
    (also after a "wie" clause naming the source: "Wie die Bank mitteilte, übernimmt Y das Amt")."""
    k = title.start if doc[title.start].lower_ in _NEW else title.start - 1  # "neue" may open the title
    if k - 1 < sent.start or doc[k].lower_ not in _NEW or doc[k - 1].lower_ not in _INDEFINITE_NEW:
        return None
    if (
        title.end >= sent.end
        or not doc[title.end].is_punct
        or title.end + 1 < sent.end
        and doc[title.end].text != "."
    ):
        return None
    if any(person_at(doc, i) is not None for i in range(sent.start, sent.end)):
        return None
    following = sentence_after(sent) if possessor_org(doc, title, sent) is not None else None
    if following is None:
        return None
    start = following.start
    if doc[start].lower_ == "wie":  # "Wie die Bank mitteilte, übernimmt Y …": past the source's clause
        start = next((t.i + 1 for t in doc[start : min(following.end, start + 16)] if t.text == ","), start)
    return (
        appointed_after(doc, start, following.end)
        or takes_office(doc, following)
        or succeeds(doc, following)
        or (
            office_taken_after(doc, start, following)
            if start > following.start
            or fronted_office_noun(doc, start)
            or time_phrases.starting_at(doc, start) is not None  # "Seit Mai führt Y …"
            else None
        )
    )


_TAKE_OFFICE = frozenset({"übernimmt", "übernahm", "tritt", "trat"})  # "übernimmt das Amt", "tritt … an"
_LEADS = frozenset({"leitet", "führt"})  # "Seit Mai leitet X …": in office since a time
# passives that install the new holder the sentence before announced ("X wurde in sein Amt eingeführt")
_INSTALLED = frozenset({"eingeführt", "vereidigt", "eingesetzt", "verpflichtet", "vorgestellt"})
_PASSIVE_AUX = frozenset({"wurde", "wird", "ist"})


def succeeds(doc: Doc, sent: Span) -> Span | None:
    """'… hat einen neuen Vorstandsvorsitzenden. Zum 1. Juli folgt X auf Y': the successor of a
    succession the next sentence states ("folgt auf", "löst … ab", "tritt die Nachfolge von … an")."""
    genders = doc_genders(doc)
    for tok in sent:
        pair = succession(doc, sent, tok, genders)
        if pair is not None:
            return pair[1]
    return None


def takes_office(doc: Doc, sent: Span) -> Span | None:
    """'… hat einen neuen Ärztlichen Direktor. Prof. Dr. X, Chefarzt der Y, übernimmt das Amt …': the
    name that opens the next sentence (past title words, or past a description of the person: "Die
    38-jährige Informatikerin X tritt ihr Amt … an") as the subject of taking an office up or of a
    passive of electing or installing ("X wurde am Freitag gewählt", "Y wurde in ihr Amt eingeführt")."""
    start = sent.start
    if doc[start].lower_ in {"der", "die"}:
        j = start + 1
        while j < sent.end and modifies(doc[j]):
            j += 1
        if j < sent.end and doc[j].text[:1].isupper() and gendered_person_noun(doc[j].text):
            start = j + 1
    elif role_hit(doc[start].text) is not None and person_at(doc, start) is None:
        start += 1  # "Oberstudiendirektor X wurde in sein Amt eingeführt": the holder's own title first
    person = name_after_titles(doc, start, sent.end)
    if person is None:
        return None
    verb = next((t for t in doc[person.end : sent.end] if t.tag_ in FINITE), None)
    if verb is None:
        return None
    rest = doc[verb.i + 1 : sent.end]
    installed = verb.lower_ in _PASSIVE_AUX and any(t.lower_ in _INSTALLED for t in rest)
    taking = verb.lower_ in _TAKE_OFFICE or elected_passive(doc, verb, sent.end) or installed
    return person if taking else None


def office_taken_after(doc: Doc, k: int, sent: Span) -> Span | None:
    """'… einen neuen Vorstand: Zum 1. Januar übernimmt Dr. X die Leitung': after a fronted time
    phrase or the office as a fronted object at `k` ("Das Amt übernimmt X"), a verb of taking an
    office up and its subject right after it; after a time phrase also a verb of leading ("… hat eine
    neue Leiterin. Seit Oktober führt X die Geschicke des Hauses")."""
    phrase = time_phrases.starting_at(doc, k)
    j = phrase.end if phrase is not None else k
    if j + 2 < sent.end and fronted_office_noun(doc, j):
        j += 2  # "…: Das Amt übernimmt X", "Den Posten übernimmt Y": the office as the fronted object
    leads = phrase is not None and doc[j].lower_ in _LEADS  # "Seit Oktober führt X die Geschicke des Hauses"
    if j + 1 >= sent.end or not (doc[j].lower_ in _TAKE_OFFICE or leads):
        return None
    return name_after_titles(doc, j + 1, sent.end)


_OFFICE_NOUNS = TAKEN_OFFICE | {"aufgabe", "funktion", "nachfolge"}  # "Das Amt", "Den Posten", "Die Aufgabe"


def fronted_office_noun(doc: Doc, j: int) -> bool:
    """An article and a noun of an office at `j` ("Das Amt", "Den Posten"), the object before its verb."""
    return j + 1 < len(doc) and doc[j].lower_ in {"das", "den", "die"} and doc[j + 1].lower_ in _OFFICE_NOUNS


def first_conjunct_subject(doc: Doc, sent: Span, und: int) -> Span | None:
    """'X hatte die Abteilung aufgebaut und war zugleich Vorsitzender des Y', 'Der 52-jährige X ist
    Ingenieur und leitet das Bauamt': the second verb phrase shares the name that opens the sentence
    (past an article, adjectives and title words) before its finite verb, when the phrase before
    `und` names no other person and has no comma."""
    k = sent.start
    while k < und and person_at(doc, k) is None and (is_title_word(doc, k) or doc[k].pos_ in ("DET", "ADJ")):
        k += 1  # "Der 52-jährige X", "Dr. X"
    first = person_from(doc, k, und) if person_at(doc, k) is not None else None
    if first is None or first.end >= und or doc[first.end].tag_ not in FINITE:
        return None
    between = doc[first.end : und]
    if any(person_at(doc, t.i) is not None or t.text in {",", ";", ":"} for t in between):
        return None
    return first


def possessor_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'Das Institut X bekommt eine neue Chefin: Y', 'Die Stadtwerke haben einen neuen Geschäftsführer:
    Y': the organization that opens the clause as the subject of "haben"/"bekommen" before the title,
    or as their subject right after them past a fronted phrase ("Seit März hat das Institut X eine neue
    Chefin: Y")."""
    verb = next((t.i for t in doc[sent.start : title.start] if t.lower_ in _HAVE), None)
    if verb is None:
        return None
    org = org_span_starting(doc, sent.start, verb)
    if org is not None and org.start <= sent.start + 2:
        return org_at(doc, org.start)
    org = org_span_starting(doc, verb + 1, title.start) if verb > sent.start else None
    return org_at(doc, org.start) if org is not None and org.start <= verb + 2 else None


def with_the_deputys_body(doc: Doc, roles: list[RawRole]) -> list[RawRole]:
    """'Leiterin A und ihr Stellvertreter B von der X', 'Chefarzt A und seine Oberärztin B vom Klinikum
    Y': a title whose possessive points back to the name just before holds its office beside that
    person, so A, whose title names no body, holds hers in B's (not a party's, and not when A's is a
    political office of another kind of body: "Landrätin A und ihr Büroleiter B vom Jugendamt")."""
    out = list(roles)
    for n, role in enumerate(out):
        k = role.person.end
        if role.org_name is not None or k + 2 >= role.sent.end:
            continue
        if doc[k].lower_ not in {"und", "sowie"} or possessive_gender(doc[k + 1].text) is None:
            continue
        beside = next((r for r in out if r.org_name and k + 2 < r.person.start <= k + 5), None)
        body = beside.org_name if beside is not None else None
        if beside is None or body is None or is_party(body):
            continue
        if not all(title_or_role(doc, j) for j in range(k + 2, beside.person.start)):
            continue
        hit = role_hit(role.role)
        if hit is None or not hit.entry.political or of_implied_kind(role.role, body):
            out[n] = replace(role, org=beside.org, org_name=body)
    return out


def fronted_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'Seitens der Stadtwerke sprach Geschäftsführerin X', 'Für den Verband begrüßte Präsident Y die
    Gäste', 'Im Namen der Universität begrüßte …': the organization of the fronted "seitens"/"bei"/
    "für"/"im Namen" phrase of the title's clause."""
    start, _ = clause_bounds(doc, title, sent)
    if start > sent.start and one_clause(doc[sent.start : title.start]):
        start = sent.start  # "Von der X war A, Referent für Y, sowie Pfarrerin B dabei": past appositions
    if doc[start].lower_ == "im" and doc[start + 1].lower_ == "namen":
        start += 1  # "Im Namen der X" reads as "namens der X"
    org = fronted_body(doc[start : sent.end], title.start, _FRONTED_BY) if title.start - start >= 3 else None
    return org_at(doc, org.start) if org is not None else None


def there_org(doc: Doc, sent: Span) -> str | None:
    """'… gemeinsam mit Ingenieuren der Wasserwerke X getestet. Dort betreut Laborleiterin Y die
    Messungen': a sentence opening with "Dort" points to the place the sentence before named last;
    where that is an organization (not a town), a title of the sentence names no other body there."""
    if doc[sent.start].lower_ != "dort" or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    for k in range(before.end - 1, before.start - 1, -1):
        if org_at(doc, k) is not None:
            return org_at(doc, k)
        if doc[k].ent_type_ == "LOC" or person_at(doc, k) is not None:
            return None  # "… zog nach Y. Dort …": a town; "… traf sie X. Dort …": no body
    return None


_SESSION_PREPS = frozenset({"bei", "beim", "zur", "zum", "in", "im", "auf", "während", "nach", "vor"})


@cache
def _session_heads() -> tuple[str, ...]:
    return tuple(word_set("session_heads.txt"))


def session_org(doc: Doc, title: Title, sent: Span, person: Span) -> str | None:
    """'Bei der Jahreshauptversammlung des Heimatvereins X konnte der Vorsitzende Y … begrüßen', 'Zur
    Sitzung des Seniorenbeirats Z begrüßte die Vorsitzende W die Gäste': a sentence that opens with a
    preposition and a body's session (nlp/lexicons/session_heads.txt) in the genitive of that body;
    an office of a body (host_offices.txt) after it is held in that body. So is one whose holder's
    clause goes on to such a session (`session_after`)."""
    if not hosted_office(title.text):
        return None
    j = sent.start + 1
    if doc[sent.start].lower_ not in _SESSION_PREPS:
        return session_after(doc, max(title.end, person.end), sent)
    if doc[j].lower_ in ARTICLES:
        j += 1
    while j < title.start and doc[j].tag_ == "ADJA":
        j += 1  # "Bei der gut besuchten Jahreshauptversammlung"
    if j + 2 >= title.start or not doc[j].lower_.endswith(_session_heads()):
        return None
    org = org_span_starting(doc, j + 1, title.start) if doc[j + 1].lower_ in {"des", "der"} else None
    return org_at(doc, org.start) if org is not None else None


_MEMBERS = frozenset({"mitglieder", "mitgliedern"})


def session_after(doc: Doc, start: int, sent: Span) -> str | None:
    """'Vorsitzende Y eröffnete die Jahreshauptversammlung des Heimatvereins X', 'Kreissprecherin Y
    begrüßte die Mitglieder der Z zur Jahresversammlung': in the clause after a title and its holder,
    a session of a body in its genitive, or that body's members and a session: the body the office is
    held in (the one who opens its session or welcomes its members to one)."""
    heads = _session_heads()
    end = next((t.i for t in doc[start : sent.end] if t.text in {",", ";", ":"}), sent.end)
    members = None
    for j in range(start, end - 2):
        low = doc[j].lower_
        session = low.endswith(heads)
        if (session or low in _MEMBERS) and doc[j + 1].lower_ in {"des", "der"}:
            org = org_span_starting(doc, j + 2, end)
            if org is not None and session:
                return org_at(doc, org.start)
            members = org_at(doc, org.start) if org is not None else members
    if members is not None and any(t.lower_.endswith(heads) for t in doc[start:end]):
        return members
    return None


def with_as_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'Mit X als Geschäftsführer wollen die Stadtwerke Y wachsen': a sentence opening with "mit", a
    name and "als" + the title, whose subject, right after the finite verb, is an organization: the
    body that has X in that office."""
    if sent[0].lower_ != "mit" or title.start - sent.start < 3 or doc[title.start - 1].lower_ != "als":
        return None
    if person_at(doc, title.start - 2) is None:
        return None
    verb = skip_org(doc, title.end, sent.end)  # "als Geschäftsführer der Tochter Z wollen …"
    if verb + 1 >= sent.end or doc[verb].tag_ not in FINITE:
        return None
    org = org_span_starting(doc, verb + 1, min(sent.end, verb + 3))
    return org_at(doc, org.start) if org is not None else None


def board_lead_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'Der neue Vorstand des Vereins X: A (Vorsitzende), B (Kassierer)', 'Der neue Vorstand des Vereins
    X mit der Vorsitzenden A und Kassierer B': a list after a colon or "mit" whose lead, without a verb,
    names a body of an organization (nlp/lexicons/member_bodies.txt), or before a colon a change in
    its staff (office_changes.txt), and that organization alone; the titles listed hold their offices
    there."""
    lead = next((k for k in range(sent.start + 1, title.start) if doc[k].text == ":"), None)
    if lead is None:
        lead = next((k for k in range(sent.start + 1, title.start) if doc[k].lower_ == "mit"), None)
        if lead is None or any(t.tag_ in FINITE for t in doc[sent.start : lead]):
            return None
    bodies = word_set("member_bodies.txt")
    changes = tuple(word_set("office_changes.txt"))
    colon = doc[lead].text == ":"
    if not any(
        doc[k].lower_ in bodies or colon and doc[k].tag_ == "NN" and doc[k].lower_.endswith(changes)
        for k in range(sent.start, lead)
    ):
        return None  # "Wechsel bei der Volksbank X: Vorstandssprecher A …" (office_changes.txt)
    return sole_org(doc, sent.start, lead)


_INTO_BODY = frozenset({"im", "zum", "dem"})  # "im Vorstand", "zum Vorstand", "Dem Vorstand … gehören"


def board_opening_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'Neu im Vorstand des Vereins X sind A als Schatzmeisterin und B als Schriftführer', 'In den
    Vorstand der Y wurde A als Kassiererin gewählt': a title after "als" behind a name, in a sentence
    that opens (an adverb aside) with a body of an organization (nlp/lexicons/member_bodies.txt) and
    its genitive: the offices are held in that organization."""
    if title.start - sent.start < 6 or doc[title.start - 1].lower_ != "als":
        return None
    if person_at(doc, title.start - 2) is None:
        return None
    k = sent.start + int(doc[sent.start].pos_ == "ADV" or doc[sent.start].tag_ == "ADJD")  # "Neu im …"
    if doc[k].lower_ == "in" and doc[k + 1].lower_ in {"den", "das", "die"}:
        k += 2
    elif doc[k].lower_ in _INTO_BODY:
        k += 1
    else:
        return None
    if doc[k].lower_ not in word_set("member_bodies.txt") or doc[k + 1].lower_ not in {"des", "der"}:
        return None
    org = org_span_starting(doc, k + 1, title.start)
    return org_at(doc, org.start) if org is not None else None


def one_clause(span: Span) -> bool:
    """No second clause begins in `span`: at most one finite verb, no relative pronoun or subordinating
    conjunction (the commas in it set off appositions or list items)."""
    finite = sum(1 for t in span if t.tag_ in FINITE)
    return finite <= 1 and not any(t.tag_ in {"PRELS", "PRELAT", "KOUS", "PWAV"} for t in span)


def skip_coordinated_orgs(doc: Doc, j: int, limit: int) -> int:
    """The end of the organizations or nouns joined by "und"/"sowie" to the complement ending at `j`
    ("der Kammer und des Verbands X", "der Kammern und Verbände"), else `j`; never past a name or a title."""
    while j + 1 < limit and doc[j].lower_ in _AND:
        k = j + 1
        while k < limit and doc[k].lower_ in ARTICLES:
            k += 1
        if k >= limit or person_at(doc, k) is not None:
            break
        org = org_span_starting(doc, k, limit)
        if org is not None and org.start == k:
            j = org.end
        elif doc[k].text[:1].isupper() and doc[k].is_alpha and role_hit(doc[k].text) is None:
            j = k + 1
        else:
            break
    return j


def skip_possessive_np(doc: Doc, j: int, limit: int) -> int:
    """End of a possessive genitive ("unserer Universität") after a title, else `j`."""
    if j >= limit or doc[j].lower_ not in _POSSESSIVES:
        return j
    k = j + 1
    while k < limit and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    if k < limit and doc[k].text[:1].isupper() and person_at(doc, k) is None:
        return k + 1
    return j


def skip_bracket(doc: Doc, j: int, limit: int) -> int:
    """After a short bracket at `j` (an abbreviation, "(UVN)"), else `j`."""
    if j < limit and doc[j].text == "(":
        for k in range(j + 1, min(limit, j + 5)):
            if doc[k].text == ")":
                return k + 1
    return j


def comma_before_names(doc: Doc, j: int, limit: int) -> int:
    """The comma that opens the names after a plural title and a short complement ("von Stadt und
    Kreis, A und B"), else `j`."""
    for k in range(j, min(limit, j + 8)):
        if doc[k].text == ",":
            return k
        if doc[k].text in {".", ";", ":", "(", ")"} or person_at(doc, k) is not None or role_hit(doc[k].text):
            return j
        if doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _COMPLEMENT_WORDS:
            return j  # a verb or an adverb: the phrase goes on
    return j


_ANAPHOR = 0.6  # confidence of a title read as standing for a person named before it
PAIR_ANAPHOR = 0.55  # of a plural title standing for the two names of the sentence before ("Beide Chefärzte")


def pronoun_beside(doc: Doc, sent: Span, k: int, limit: int) -> Token | None:
    """A personal pronoun ("er", "sie") right before or after token k, before `limit`."""
    return next(
        (doc[j] for j in (k - 1, k + 1) if sent.start <= j < limit and doc[j].lower_ in PRONOUN_GENDER),
        None,
    )


def names_before(doc: Doc, sent: Span, j: int) -> Iterator[tuple[str, Span]]:
    """The person and organization mentions before token `j`, nearest first, in its sentence and the
    one before: ("person", span) or ("org", span)."""
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    k = j - 1
    while k >= start:
        person = person_ending(doc, k, start)
        if person is not None:
            yield "person", person
            k = person.start - 1
            continue
        org = org_ending(doc, k, start)
        if org is not None:
            yield "org", org
            k = org.start - 1
            continue
        k -= 1


def determiner_org(doc: Doc, sent: Span, j: int) -> str | None:
    """The organization a possessive determiner at `j` refers to ("Die Stadtwerke X investieren. Ihr
    Geschäftsführer Y"): the nearest name before it, in this sentence or the one before, whose gender
    agrees ("sein": masculine or neuter, "ihr": feminine or plural); none when that name is a person's
    or its gender is not shown."""
    wanted = possessive_gender(doc[j].text)
    genders = doc_genders(doc)
    for kind, span in names_before(doc, sent, j):
        if kind == "person":
            if genders.get(doc._.kg_person_at[span.start]) in {wanted, None}:
                return None  # "Anna X leitet die Firma. Ihr Stellvertreter Y": perhaps the person's
            continue
        gender = org_gender(doc, span)
        subject = any(t.dep_ in {"nsubj", "nsubj:pass"} for t in span)
        introduced = span.end + 1 == j and doc[span.end].text == ":"  # "Kritik kam von der X: Ihr …"
        if gender == wanted and (subject or introduced):
            return org_at(doc, span.start)  # the subject before: the topic the possessive continues
        if gender is None or gender == wanted:
            return None
    return None


def pronoun_body(doc: Doc, sent: Span, pronoun: Token) -> str | None:
    """The organization a personal pronoun stands for ("Die Stadt hat eine Stabsstelle X eingerichtet.
    Geleitet wird sie von Y"): the nearest name before it, in this sentence or the one before, whose
    gender agrees ("sie": feminine or plural, "er"/"es": masculine or neuter); none when a person of
    that gender, or a name whose gender is not shown, is nearer."""
    wanted = "f" if pronoun.lower_ == "sie" else "m"
    genders = doc_genders(doc)
    for kind, span in names_before(doc, sent, pronoun.i):
        if kind == "person":
            if genders.get(doc._.kg_person_at[span.start]) in {wanted, None}:
                return None  # "Eva X kam. Geleitet wird sie …": perhaps the person
            continue
        gender = org_gender(doc, span)
        if gender == wanted:
            return org_at(doc, span.start)
        if gender is None:
            return None
    return None


def brand_prefixed(doc: Doc, i: int) -> bool:
    """Whether a title's hyphenated first part is a lower-case name ("vlexx-Geschäftsführer",
    "dm-Filialleiterin"): German writes the first part of a compound of two common nouns with a capital,
    so a lower-case one is a brand, provided the article also names it as a word of its own."""
    prefix, _, head = doc[i].text.rpartition("-")
    if not prefix.isalpha() or not prefix[:1].islower() or len(prefix) < 2 or not head[:1].isupper():
        return False
    return role_hit(head) is not None and any(t.text == prefix for t in doc if t.i != i)


def organization_word(word: str) -> bool:
    """A capitalised word that names an organization by its word class: its Brown cluster is one
    whose single-word names the NER training data labels ORG (nlp/lexicons/org_clusters.txt:
    "Siemens", "Lufthansa", "Telekom"), and it is no title, no organization head noun ("Kreis",
    "Verein"), no territory and no noun with a linking -s ("Wirtschafts")."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 2):
        return False
    if role_hit(word) is not None or is_org_head(word) or word.casefold() in TERRITORIES:
        return False
    if word.endswith("s") and word_class(word[:-1]) is not None:
        return False  # "Wirtschafts-": a noun with its linking -s, the first part of a compound
    return word_class(word) in _org_clusters()


@cache
def _org_clusters() -> frozenset[str]:
    return frozenset(line.split()[0] for line in read_lines("org_clusters.txt"))


def prefix_is_org(prefix: str, hit: RoleHit) -> bool:
    """Whether the first part of a hyphenated title names the organization by itself: an
    abbreviation ("THW-Ortsbeauftragter", "IHK-Präsident") that is no place, country or common
    abbreviation; before a political office it is the party, not the body ("SPD-Bürgermeister")."""
    if not is_acronym(prefix) or hit.entry.political:
        return False
    return prefix.upper() not in _not_org_prefixes()


@cache
def _not_org_prefixes() -> frozenset[str]:
    return frozenset(
        w.upper() for name in ("not_org_acronyms.txt", "role_prefix_not_orgs.txt") for w in word_set(name)
    )


def title_starts(doc: Doc) -> list[int]:
    """The tokens a title may start at, read once per doc from its arrays: not an all-lower-case word
    (role nouns are capitalised, and a brand's lower-case first part has a capitalised head), a
    punctuation mark, a number or a space, unless it opens a listed multi-word title ("stellv.")."""
    found = doc.user_data.get(_TITLE_STARTS_KEY)
    if found is None:
        lower, punct, digit, space, low = doc.to_array([IS_LOWER, IS_PUNCT, IS_DIGIT, IS_SPACE, LOWER]).T
        listed = numpy.array([doc.vocab.strings.add(w) for w in sorted(_multiword_index())], dtype="uint64")
        never = (lower | punct | digit | space).astype(bool) & ~numpy.isin(low, listed)
        found = doc.user_data[_TITLE_STARTS_KEY] = numpy.flatnonzero(~never).tolist()
    return found


_TITLE_STARTS_KEY = "kg_title_starts"


@cache
def _multiword_index() -> dict[str, list[tuple[tuple[str, ...], RoleEntry]]]:
    """Multiword titles by their first word, longest first (checked token by token, not by text)."""
    index: dict[str, list[tuple[tuple[str, ...], RoleEntry]]] = {}
    for text, entry in multiword_roles().items():
        words = tuple(text.split())
        index.setdefault(words[0], []).append((words, entry))
    for options in index.values():
        options.sort(key=lambda item: len(item[0]), reverse=True)
    return index


def former_places(doc: Doc, roles: list[RawRole]) -> set[str | None]:
    """Organizations the article names only as the body of someone's former office ("X arbeitete
    zuletzt als IT-Leiter des Kreiskrankenhauses Y"): where that person came from, not the body a
    bare title elsewhere in the article implies or the one the article is about."""
    spans = {(r.org.start, r.org.end) for r in roles if r.org is not None and time_phrases.former(r.time)}
    if not spans:
        return set()
    return {c.name for c in doc._.kg_orgs or [] if all((span.start, span.end) in spans for span in c.spans)}


# first parts of a compound title that make it another office than its head alone: a deputy, a higher
# or lower rank, an honorary or former one ("Vizepräsidentin" is not "die Präsidentin")
_RANK_PARTS = tuple("vize ober unter ehren alt ex co ko mit stv stell erst zweit".split())


def field_head_key(role: str) -> str | None:
    """The key of a compound title's head when its first part names a field ("Bildungsministerin",
    "Kreisvorsitzender" -> minister, vorsitz…): "die Ministerin" may refer to its holder; none for a
    part of rank ("Vizepräsidentin") or a title without first part."""
    words = role.split()
    hit = role_hit(words[-1]) if words else None
    if hit is None or not hit.prefix or hit.prefix.lower().startswith(_RANK_PARTS):
        return None
    head = role_hit(words[-1][len(hit.prefix) :].lstrip("-").capitalize())
    return head.key if head is not None and head.key != hit.key else None
