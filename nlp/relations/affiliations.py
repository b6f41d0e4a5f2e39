"""Affiliations without a title: "X vom ABC", "X (ABC)", "X von der Stadt Y", "A und B (beide CSU)",
"A gehört zum Vorstand der Y", "Dem Kreistag gehören A und B an"."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.names import CREDIT_LABELS, photo_position
from nlp.relations import time_phrases
from nlp.relations.base import (
    ARTICLES,
    AUXILIARY_LEMMAS,
    FINITE,
    LINK_PREPS,
    POSSESSIVE_WORDS,
    PREPOSITIONS,
    RawLink,
    RawRole,
    content_sents,
    org_at,
    org_ending,
    org_span_starting,
    person_at,
    person_ending,
    person_from,
    person_spans,
    possessive_gender,
    skip_bracket_back,
    word_positions,
)
from nlp.relations.genders import antecedent, doc_genders, pair_before, pronoun_antecedent
from nlp.relations.lexicon import (
    TERRITORIES,
    implied_kinds,
    is_org_head,
    is_party,
    is_project_head,
    org_like,
    read_yaml,
    role_hit,
    word_set,
)
from nlp.relations.orglookup import OrgLookup
from nlp.relations.reported import past_adverbials, past_apposition
from nlp.relations.role_forms import DETERMINERS, gendered_person_noun, modifies
from nlp.relations.title_words import is_title_word, name_after_titles, title_or_role
from nlp.relmodel.cues import cue_classes

_MEMBER_PREPS = frozenset({"zu", "zum", "zur"})
_DATIVE = frozenset({"dem", "der", "den"})
_FROM_ARTICLES = frozenset({"dem", "der", "den"})  # "aus dem Ministerium": an article before the body
_MEMBER_NOUNS = frozenset({"mitglied", "mitglieder"})
_COPULA_FORMS = frozenset({"ist", "sind", "war", "waren", "wurde", "wurden", "bleibt", "bleiben"})
_PASSIVE_PRESENT = frozenset({"wird", "werden"})  # with "wurde", "wurden" in _COPULA_FORMS
_SEAT_PREPS = frozenset({"im", "in"})  # "sitzt im Vorstand", "sitzen in der Jury"
_GENITIVE = frozenset({"des", "der"})

_FROM = frozenset({"von", "vom"})  # "Von der Stadt X war Y dabei": where Y comes from
_FRONTED = frozenset({"bei", "beim", "seitens"}) | _FROM
_ON_BEHALF = frozenset({"SPEECH", "PRESENT", "OPEN", "GREET"})
_ON_BEHALF_TALK = _ON_BEHALF | {"TALK"}  # and a talk noun ("Grußworte sprachen A für die Stadt")
_WORK_PREPS = frozenset({"an", "am", "bei", "beim", "im", "in", "für"})
_REPRESENT = frozenset({"vertritt", "vertrat", "vertraten", "vertreten"})
_LEAD_PLACE = frozenset({"an", "am", "bei", "beim"})  # where one leads a unit: "am Institut Y das Labor"
_WORKPLACE = frozenset({"an", "am", "im", "in"})  # a fronted workplace ("An der Universität Z forscht X")
_RELATIVE = frozenset({"der", "die", "welcher", "welche"})  # "X, die am Institut Y forscht, …"
_WORK_WINDOW = 4  # words between the verb and its preposition ("forscht seit 2019 am ...")
# words not counted in that window: the reflexive pronoun, an undated duration ("seit vielen Jahren")
_UNCOUNTED = frozenset(
    {"sich", "jahren", "jahrzehnten", "monaten", "langem", "vielen", "mehreren", "einigen"}
)
_ALL = frozenset({"beide", "alle"})
_AMONG = frozenset({"darunter", "wie"})  # what lists a group's members: ", darunter A und B", "wie A"
_HONOUR = frozenset({"ehren", "auszeichnen", "würdigen"})
_JOINING = ("verstärk", "ergänz")  # verbs of joining a team by their stem: "verstärkt das Team der X"
_HONOURED = frozenset({"geehrt", "ausgezeichnet", "gewürdigt"})
# nouns of belonging to or serving a body ("Mitgliedschaft", "Vereinstreue", "Dienstzeit"), by ending
_SERVICE_NOUNS = ("mitgliedschaft", "zugehörigkeit", "treue", "dienstzeit", "tätigkeit", "engagement")
# of these, the ones that say the person belongs to a body even without naming it ("für 40 Jahre
# Mitgliedschaft"; not "für ihr Engagement", which may be for anyone)
_MEMBERSHIP_NOUNS = ("mitgliedschaft", "zugehörigkeit", "treue", "dienstzeit")
_SERVICE_PREPS = frozenset({"in", "im", "bei", "beim", "zum", "zur", "für"})


_YEARS = frozenset({"jahren", "jahrzehnten", "monaten"})  # "Nach 30 Jahren bei der X"
# "Für die Stadt war X dabei/vor Ort", "… war X gekommen" (the participles of arriving at an event)
_PRESENT = frozenset({"dabei", "anwesend", "vertreten", "ort", "gekommen", "erschienen", "angereist"})


_DESTINATION = frozenset({"zu", "zur", "zum", "ans", "ins"})


@cache
def _moves() -> frozenset[str]:
    return frozenset(read_yaml("cue_lemmas.yaml")["move"])


_LEAVING = ("verlässt", "verließ", "verlassen", "verlasse")  # forms of "verlassen" ("verließen" too)
_INTO = frozenset({"die", "den", "das"})  # "an die Hochschule", "in den Verein", "in das Unternehmen"
_JOINERS = frozenset({",", "und", "sowie"})  # what joins listed names
_BEFORE_TITLE = frozenset({"ART", "ADJA"})  # tags of an article and adjectives before a listed title
_LIST_GAP = 3  # words between listed names ("A, der Vorsitzende B und C")
_SUBJECT_ARTICLES = frozenset({"der", "die", "das"})  # a nominative subject opens the sentence


def moving(tok: Token) -> bool:
    """A verb of `move` by its lemma, or by its stem where the lemmatiser left the form ("wechselt")."""
    if tok.lemma_.lower() in _moves():
        return True
    stems = {m[:-2] if m.endswith("en") else m[:-1] for m in _moves()}
    return tok.is_lower and any(
        tok.lower_.startswith(stem) and len(tok.lower_) - len(stem) <= 2 for stem in stems
    )


@cache
def _take_part() -> frozenset[str]:
    return frozenset(read_yaml("cue_lemmas.yaml")["take_part"])


@Language.factory("kg_affiliations", default_config={})
def make_affiliations(nlp: Language, name: str) -> AffiliationMatcher:
    return AffiliationMatcher(name)


class AffiliationMatcher:
    """Sets `doc._.kg_affiliations`; every role with an organization is an affiliation too."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        links = [self.from_role(r) for r in doc._.kg_roles or [] if r.org_name]
        links.extend(self.party_of(r) for r in doc._.kg_roles or [] if r.party and r.party != r.org_name)
        text = doc_text(doc)  # rare constructions run only where the text has their word at all
        greetings = any(w in text for w in ("rüße", "rußwort", "lückwünsche"))
        forming = "bilde" in text
        gathered = " um " in text
        behalf = any(w in text for w in (" im Namen ", " namens ", "stellvertretend für"))
        leaving = any(w in text for w in _LEAVING)
        for sent in content_sents(doc):
            links.extend(self.match_sentence(sent))
            links.extend(self.fronted_bei(sent))
            links.extend(self.work_verb(sent))
            links.extend(self.fronted_work(sent))
            links.extend(self.represents(sent))
            if greetings:
                links.extend(self.brings_greetings(sent))
            if behalf:
                links.extend(self.behalf_after_verb(sent))
            links.extend(self.move_verb(sent))
            if leaving:
                links.extend(self.leaves(sent))
            links.extend(self.relative_work_verb(sent))
            links.extend(self.membership(sent))
            links.extend(self.member_noun(sent))
            links.extend(self.person_noun_from(sent))
            links.extend(self.consists_of(sent))
            if forming:
                links.extend(self.form_body(sent))
            links.extend(self.among_group(sent))
            if gathered:
                links.extend(self.group_around(sent))
            links.extend(self.honoured_membership(sent))
            links.extend(self.present_with(sent))
            links.extend(self.joins_body(sent))
            links.extend(self.years_at(sent))
            links.extend(self.party_noun(sent))
        links.extend(self.name_over_org(doc))
        links.extend(self.possessed_staff(doc, links))
        complete_roles(doc._.kg_roles or [], links)
        doc._.kg_affiliations = links
        return doc

    @staticmethod
    def possessed_staff(doc: Doc, links: list[RawLink]) -> list[RawLink]:
        """'Seine Mitarbeiterin X stellte …', 'ihr Stellvertreter Y': a title after a possessive that
        refers back to a person (the last one of its gender) names someone working beside that person:
        X, linked to no body otherwise, is with the one body the possessor is linked to."""
        at: dict[int, str] = doc._.kg_person_at or {}
        bodies: dict[str, set[str]] = {}
        for link in links:
            if link.target and (name := at.get(link.person.start)) is not None:
                bodies.setdefault(name, set()).add(link.target)
        out: list[RawLink] = []
        for k in word_positions(doc, POSSESSIVE_WORDS):
            j = k + 1
            while j < len(doc) and doc[j].tag_ == "ADJA":
                j += 1  # "Seine langjährige Mitarbeiterin"
            if j + 1 >= len(doc) or not doc[j].is_title or role_hit(doc[j].text) is None:
                continue
            person = name_after_titles(doc, j + 1, doc[j].sent.end)
            if person is None or at.get(person.start) in bodies:
                continue
            gender = possessive_gender(doc[k].text) or "f"
            owner = antecedent(doc, doc[k].sent, k, gender, doc_genders(doc))
            theirs = bodies.get(at.get(owner.start, "")) if owner is not None else None
            if theirs is not None and len(theirs) == 1:
                out.append(RawLink(person, next(iter(theirs)), doc[k].sent, 0.6, kind="possessor"))
        return out

    @staticmethod
    def from_role(role: object) -> RawLink:
        return RawLink(role.person, role.org_name, role.sent, role.confidence, kind="role")  # type: ignore[attr-defined]

    @staticmethod
    def party_noun(sent: Span) -> list[RawLink]:
        """'der Grünen-Politiker X', 'die SPD-Stadträtin X', 'das CDU-Urgestein X': a noun with a party
        as its first part right before a name (academic titles between) says the person is with that
        party, whatever the noun (a title of the roles lexicon states it through its role)."""
        doc = sent.doc
        out: list[RawLink] = []
        for person in person_spans(sent):
            k = person.start - 1
            while k > sent.start and is_title_word(doc, k):
                k -= 1
            word = doc[k].text if k >= sent.start else ""
            prefix, _, head = word.partition("-")
            if not head[:1].isupper() or not is_party(prefix) or role_hit(head) is not None:
                continue
            out.append(RawLink(person, prefix, sent, 0.8, kind="party_noun"))
        return out

    @staticmethod
    def party_of(role: RawRole) -> RawLink:
        """The party a political office names in its prefix: "die SPD-Abgeordnete X" is with the SPD."""
        return RawLink(role.person, role.party, role.sent, 0.8, kind="party")

    @classmethod
    def match_sentence(cls, sent: Span) -> list[RawLink]:
        doc = sent.doc
        out: list[RawLink] = []
        people = person_spans(sent)
        # a listed name with a title's body of its own in the sentence ("A, der Leiter der X, B, und C
        # von der Y"): the place after the list is not its place
        here = [r for r in doc._.kg_roles or [] if r.sent.start == sent.start]
        placed = {r.person.start for r in here if r.org_name}
        # a title of its own, not one shared by the list ("die Beauftragte des Kreises, B, und C von der
        # Y"; "Die Referenten A, B und C vom Z" share theirs and their place)
        keys = [r.role_key for r in here]
        placed |= {r.person.start for r in here if keys.count(r.role_key) == 1}
        in_common = {r.person.start for r in here if keys.count(r.role_key) > 1}

        def open_title(start: int) -> bool:
            """A title that names no body and implies no kind of one ("Geschäftsführer A und
            Prokuristin B von der X"): coordinated with another titled name, it shares that place."""
            return any(
                r.person.start == start and r.org_name is None and not implied_kinds(r.role) for r in here
            )

        for idx, person in enumerate(people):
            j = person.end
            if photo_position(doc, j):
                j += 3  # "Anna X (links) und Jan Y (rechts) vom Verein Z": past the photo position
            if j >= sent.end:
                continue
            if j + 3 < sent.end and doc[j].lower_ == "und" and possessive_gender(doc[j + 1].text):
                if doc[j + 2].pos_ == "NOUN" and doc[j + 3].lower_ in LINK_PREPS:
                    j += 3  # "X und ihr Team vom Institut Y": X's group shares X's place
            if doc[j].lower_ in LINK_PREPS:
                org = org_span_starting(doc, j + 1, sent.end)
                if org is not None:
                    name = org_at(doc, org.start)
                    out.append(RawLink(person, name, sent, 0.85, kind="preposition"))
                    for listed in people[:idx]:  # "A, B und C vom DFKI": the list's place, not C's alone
                        titled = cls.titled(doc, listed, sent) and listed.start not in in_common
                        own = titled or listed.start in placed
                        if own and cls.titled(doc, person, sent) and open_title(listed.start):
                            own = False
                        if cls.listed_with(doc, listed, person) and not own:
                            out.append(RawLink(listed, name, sent, 0.7, kind="preposition"))
                elif (bare := cls.one_word_body(doc, j + 1, sent.end)) is not None:
                    out.append(RawLink(person, bare, sent, 0.75, kind="preposition"))
                elif (body := cls.body_of_org(doc, j + 1, sent.end)) is not None:
                    out.append(RawLink(person, body, sent, 0.75, kind="preposition"))
                elif (named := territory_referred(doc, j + 1, sent.end)) is not None:
                    out.append(RawLink(person, named, sent, 0.7, kind="preposition"))
                continue
            if doc[j].lower_ == "für" and (behalf := cls.speaking_for(doc, j, sent)) is not None:
                out.append(RawLink(person, behalf, sent, 0.7, kind="represents"))
                continue
            if doc[j].lower_ == "aus" and (source := cls.from_body(doc, j + 1, sent.end)) is not None:
                out.append(RawLink(person, source, sent, 0.7, kind="preposition"))
                continue
            if doc[j].lower_ == "aus" and (body := cls.body_of_org(doc, j + 1, sent.end)) is not None:
                out.append(RawLink(person, body, sent, 0.7, kind="preposition"))
                continue
            if doc[j].text == "," and (seat := cls.apposed_seat(doc, j + 1, sent.end)) is not None:
                out.append(RawLink(person, seat, sent, 0.7, kind="apposition"))
                continue
            if doc[j].text == "," and (shared := cls.all_from(doc, j + 1, sent.end)) is not None:
                members = [p for p in people[: idx + 1] if cls.listed_with(doc, p, person)]
                out.extend(RawLink(p, shared, sent, 0.75, kind="apposition") for p in members)
                continue
            if doc[j].text == "," and (apposed := cls.apposed_org(doc, j + 1, sent.end)) is not None:
                out.append(RawLink(person, apposed, sent, 0.7, kind="apposition"))
                continue
            if (heading := cls.contact_org(doc, person, sent)) is not None:
                out.append(RawLink(person, heading, sent, 0.7, kind="apposition"))
                continue
            if doc[j].text != "(" or j + 1 >= sent.end:
                continue  # (a bracket that the text leaves open at its end names nothing)
            k = j + 1
            together = doc[k].lower_ in _ALL
            k += int(together)
            org = org_span_starting(doc, k, sent.end) if k < sent.end else None
            name = org_at(doc, org.start) if org is not None else None
            if org is None and k + 1 < sent.end and org_at(doc, k) is None:
                name = org_like(doc[k].text)  # "(Nordwaldkreis)"
                org = doc[k : k + 1] if name else None
            if org is None or org.end >= sent.end or doc[org.end].text not in {")", ","}:
                continue  # "(CDU)", "(CDU, Vorsitzende des …)": the bracket's first item
            members = [person]
            if together:
                members = [p for p in people[: idx + 1] if cls.listed_with(doc, p, person)]
            out.extend(RawLink(p, name, sent, 0.8, kind="parenthesis") for p in members)
        return out

    @staticmethod
    def speaking_for(doc: Doc, j: int, sent: Span) -> str | None:
        """'Grußworte sprachen A für den Kreistag und B für die Handwerkskammer', 'A hielt für die
        Fraktionen im Kreistag ein Grußwort': the "für" right after a name, before an organization or
        a group of its members, in a sentence of saying, presenting or greeting, or of being present
        ("Vor Ort waren A für die Stadt und B für den Kreis"): A speaks or is there on its behalf."""
        org = org_span_starting(doc, j + 1, min(sent.end, j + 4))
        if org is None and j + 4 < sent.end and doc[j + 1].lower_ in ARTICLES and doc[j + 2].pos_ == "NOUN":
            if doc[j + 3].lower_ in _SEAT_PREPS:  # "für die Fraktionen im Kreistag"
                org = org_span_starting(doc, j + 4, min(sent.end, j + 6))
        if org is None:
            return None
        # or a sentence of presence ("Mit dabei waren A und B für den Landkreis Y", "vor Ort")
        present = of_presence(sent) and any(t.lemma_ == "sein" for t in sent)
        if not present and not any(set(cue_classes(t)) & _ON_BEHALF_TALK for t in sent):
            return None
        return org_at(doc, org.start)

    @staticmethod
    def years_at(sent: Span) -> list[RawLink]:
        """'Nach 30 Jahren bei der Volksbank X geht Y in den Ruhestand', 'Nach zwölf Jahren am Klinikum
        Z wechselt Y …': a fronted span of years at a body, the verb, and its subject after it (a
        reflexive pronoun and titles between) spent those years there."""
        doc = sent.doc
        first = next((t.i for t in sent if not t.is_space), sent.end)
        if first + 4 >= sent.end or doc[first].lower_ != "nach":
            return []
        years = next((k for k in range(first + 1, min(sent.end, first + 5)) if doc[k].lower_ in _YEARS), None)
        if years is None or years + 2 >= sent.end or doc[years + 1].lower_ not in _WORK_PREPS - {"für"}:
            return []
        org = org_span_starting(doc, years + 2, min(sent.end, years + 8))
        if org is None or org.end + 1 >= sent.end or doc[org.end].tag_ not in FINITE:
            return []
        j = org.end + 1 + int(doc[org.end + 1].lower_ == "sich")  # "verabschiedet sich X"
        while j < sent.end and person_at(doc, j) is None and title_or_role(doc, j):
            j += 1  # "ist Prokuristin X in den Ruhestand gegangen"
        person = name_after_titles(doc, j, sent.end)
        return [RawLink(person, org_at(doc, org.start), sent, 0.7, kind="work_verb")] if person else []

    @staticmethod
    def fronted_bei(sent: Span) -> list[RawLink]:
        """'Bei der Stadt X kümmert sich Y um ...', 'Seitens der Stadtwerke diskutierte A, seitens der
        Sparkasse B', 'Von der Stadt X waren A und B dabei': a clause that opens with "bei"/"seitens"/
        "von" and an organization, and the first person named in that clause with those joined to it
        by "und" (the sentence's only persons when the clause is the whole sentence)."""
        doc = sent.doc
        out: list[RawLink] = []
        start = sent.start
        gapped = False  # "Für die A sprach X, für die B Y": the second clause leaves out the verb
        on_parts = "seitens" in doc_text(doc)[sent.start_char : sent.end_char].lower()  # read once
        for k in range(sent.start, sent.end + 1):
            if k < sent.end and doc[k].text not in {",", ";"}:
                continue
            clause = doc[start:k]
            start = k + 1
            if len(clause) < 3:
                continue
            org = fronted_body(clause, clause.end, _FRONTED | {"für"})
            if org is None and on_parts:  # "Beim Fachtag diskutierten seitens der Stadtwerke A, …"
                on_part = next((t.i for t in clause[1:] if t.lower_ == "seitens"), None)
                if on_part is not None:
                    org = org_span_starting(doc, on_part + 1, min(clause.end, on_part + 4))
            if org is None and gapped and clause[0].lower_ == "für":
                org = org_span_starting(doc, clause.start + 1, min(clause.end, clause.start + 4))
            gapped = org is not None and clause[0].lower_ == "für"
            everyone = person_spans(sent)
            people = [p for p in everyone if clause.start <= p.start and p.end <= clause.end]
            if org is not None and people:
                joined = [people[0]]  # and the names listed with it ("kamen A, B und C")
                closed = 1  # how many of them a list closed by "und"/"sowie" holds
                for p in everyone[everyone.index(people[0]) + 1 :]:
                    between = {t.lower_ for t in doc[joined[-1].end : p.start]}
                    if not between <= {"und", "sowie", ","}:
                        break
                    joined.append(p)
                    if between & {"und", "sowie"}:
                        closed = len(joined)
                joined = joined[:closed]  # "…arbeitet A, B bei der Sparkasse": B is no list item
                out += [RawLink(p, org_at(doc, org.start), sent, 0.6, kind="preposition") for p in joined]
        return out

    @staticmethod
    def among_group(sent: Span) -> list[RawLink]:
        """'Vertreter der Sparkasse X waren gekommen, darunter Direktor Y und Prokuristin Z': the names
        listed after ", darunter" (or "wie": "Mitarbeitende der X wie A und B") belong to the
        organization a plural noun before it names in its genitive or after "von"/"aus" ("Mitarbeitende
        von X", "Schüler der Y"), with only verbs and adverbs between that organization and the comma."""
        doc = sent.doc
        for tok in sent:
            low = tok.lower_
            if low not in _AMONG or tok.i - 1 <= sent.start:
                continue
            comma = doc[tok.i - 1].text == ","
            if not (low == "darunter" and comma or low == "wie" and person_at(doc, tok.i + 1)):
                continue
            end = tok.i - int(comma)
            while end > sent.start and doc[end - 1].pos_ in {"VERB", "AUX", "ADV"}:
                end -= 1
            org = org_ending(doc, end - 1, sent.start)
            if org is None or org.start - 2 < sent.start:
                return []
            k = org.start - 1
            if doc[k].lower_ in _FROM_ARTICLES and doc[k - 1].lower_ in {"von", "aus"}:
                k -= 1
            if doc[k].lower_ not in _GENITIVE | {"von", "vom", "aus"} or k - 1 < sent.start:
                return []
            group = doc[k - 1]
            articled = k - 1 > sent.start and doc[k - 2].lower_ in ARTICLES
            bare = group.lower_.endswith("ende") and not articled
            if group.pos_ != "NOUN" or not (bare or "Plur" in group.morph.get("Number", [])):
                return []  # "Mitarbeitende" without an article is a plural the tagger may read singular
            listed = _list_from(doc, sent, tok.i + 1, examples=low == "wie")
            name = org_at(doc, org.start)
            return [RawLink(p, name, sent, 0.7, kind="preposition") for p in listed]
        return []

    @staticmethod
    def group_around(sent: Span) -> list[RawLink]:
        """'Forschende der Universität X um Prof. Y', 'Das Team des Instituts X um Y und Z': the
        persons a group is gathered around ("um" + names) belong to the organization that the group
        noun names in its genitive right before "um"."""
        doc = sent.doc
        out: list[RawLink] = []
        for tok in sent:
            if tok.lower_ != "um" or tok.i - 3 < sent.start:
                continue
            org = org_ending(doc, tok.i - 1, sent.start)
            if org is None or org.start - 2 < sent.start or doc[org.start - 1].lower_ not in _GENITIVE:
                continue
            group = doc[org.start - 2]
            plural = "Plur" in group.morph.get("Number", [])
            if not group.text[:1].isupper() or not (plural or group.lower_.endswith(("team", "gruppe"))):
                continue  # "Forschende", "Team": a group, not "der Streit der Stadt um X"
            first = name_after_titles(doc, tok.i + 1, sent.end)
            if first is None:
                continue
            name = org_at(doc, org.start)
            people = _list_from(doc, sent, tok.i + 1) or [first]
            out += [RawLink(p, name, sent, 0.7, kind="preposition") for p in people]
        return out

    @staticmethod
    def all_from(doc: Doc, k: int, limit: int) -> str | None:
        """'A und B, beide von der Universität X, …': the body an apposition of "beide"/"alle" and a
        preposition of origin names for every name of the list before it."""
        if k + 2 >= limit or doc[k].lower_ not in _ALL or doc[k + 1].lower_ not in LINK_PREPS | {"aus"}:
            return None
        org = org_span_starting(doc, k + 2, min(limit, k + 4))
        return org_at(doc, org.start) if org is not None else None

    @staticmethod
    def apposed_org(doc: Doc, k: int, limit: int) -> str | None:
        """'Anna Berg, Stadtwerke Trier; Karl Kern, …' (captions, contact lines): an organization
        apposed to the name, right after its comma, closing the phrase (end, ";", ")", a line break,
        or a comma not followed by another organization, which would make it a list of names)."""
        org = org_span_starting(doc, k, limit)
        if org is None or org.start != k:
            return None
        end = org.end
        if end < limit:
            nxt = doc[end]
            if nxt.text == "," and end + 1 < limit and org_at(doc, end + 1) is not None:
                return None  # "A, Stadtwerke, Universität und B": a list
            if nxt.text not in {",", ";", ")", ".", ":"} and "\n" not in nxt.text_with_ws:
                return None
        return org_at(doc, org.start)

    @staticmethod
    def name_over_org(doc: Doc) -> list[RawLink]:
        """'Lena Fuchs⏎Pressestelle der Stadt X⏎Telefon …' (contact blocks, signatures): a line that is
        one person's name (after academic titles) over a line that is one organization's name."""
        out: list[RawLink] = []
        sents = content_sents(doc)
        for line, nxt in zip(sents, sents[1:], strict=False):
            if len(line) > 8 or line.end >= len(doc) or not doc[line.end].is_space:
                continue  # a short line of its own (a line break after it)
            words = [t for t in line if not t.is_space]
            below = [t for t in nxt if not t.is_space]
            if not words or not below or len(words) > 6 or len(below) > 10:
                continue
            person = name_after_titles(doc, words[0].i, words[-1].i + 1)
            if person is None or person.end != words[-1].i + 1:
                continue
            name = org_at(doc, below[0].i)
            if name is None or any(org_at(doc, t.i) != name for t in below):
                continue
            out.append(RawLink(person, name, line, 0.7, kind="contact"))
        return out

    @staticmethod
    def contact_org(doc: Doc, person: Span, sent: Span) -> str | None:
        """'Kontakt: Pressestelle der Stadt X, Anna Berg, Telefon …': an organization that opens a line
        (after at most a label and its colon), then the name after its comma, which ends the phrase."""
        k = person.start - 1
        if k <= sent.start or doc[k].text != ",":
            return None
        org = org_ending(doc, k - 1, sent.start)
        if org is None:
            return None
        opens = org.start == sent.start or "\n" in doc[org.start - 1].text_with_ws
        labelled = (
            org.start - 2 >= sent.start
            and doc[org.start - 1].text == ":"
            and doc[org.start - 2].lower_ not in CREDIT_LABELS  # "Foto: Stadt X, Y": who took the photo
            and (org.start - 2 == sent.start or "\n" in doc[org.start - 3].text_with_ws)
        )
        j = person.end
        closes = j >= sent.end or doc[j].text in {",", ";", "."} or "\n" in doc[j - 1].text_with_ws
        return org_at(doc, org.start) if (opens or labelled) and closes else None

    @staticmethod
    def one_word_body(doc: Doc, k: int, limit: int) -> str | None:
        """'X vom Landeskriminalamt', 'Y von der Kreisverwaltung': a compound of an organization head
        noun (nlp/lexicons/org_heads.txt; a bare head names no particular body) after the preposition
        and its article, ending the phrase; its nominative."""
        if k < limit and doc[k].lower_ in _DATIVE:
            k += 1
        if k >= limit or org_at(doc, k) is not None or person_at(doc, k) is not None:
            return None
        ends = k + 1 >= limit or not doc[k + 1].is_alpha or doc[k + 1].is_lower
        return org_like(doc[k].text) if ends else None

    @staticmethod
    def speaks_for(doc: Doc, org: Span, clause: Span) -> bool:
        """'Für die Stadtwerke sprach X', 'Für den Verband begrüßte Y die Gäste': the organization is
        followed by the clause's verb of saying, presenting, opening or greeting (X acts on its behalf;
        not 'Für die Stadt ist das wichtig') or of working (X works for it)."""
        j = org.end
        while j < clause.end and org_at(doc, j) is not None:
            j += 1
        if j + 1 < clause.end and doc[j].lower_ in _SEAT_PREPS:  # "Für die Fraktion im Kreistag sprach X"
            seat = org_span_starting(doc, j + 1, clause.end)
            j = seat.end if seat is not None else j
        if j >= clause.end:
            return False
        verb = doc[j]
        if set(cue_classes(verb)) & _ON_BEHALF or verb.lemma_.lower() in _take_part():
            return True  # "Für die Stadtwerke nahm X an der Sitzung teil"
        if verb.lower_ in word_set("work_verbs.txt") or work_predicate(doc, j, clause.end):
            return True  # "Für die Stadtwerke arbeitet X", "Für die Z ist Y seit 2010 tätig"
        if does_work(doc, j, clause.start, clause.end, _FOR_WORK):
            return True  # "Für die Stadtwerke betreut X das Projekt": a definite task done for the body
        return verb.lemma_ == "sein" and of_presence(clause)  # "… war X dabei"

    @staticmethod
    def opening_subjects(sent: Span) -> list[Span]:
        """The names that open the sentence, listed with "und"/","; the verb follows the last."""
        people = person_spans(sent)
        if not people or not AffiliationMatcher.opens(sent.doc, sent, people[0]):
            return []
        return [p for p in people if AffiliationMatcher.listed_with(sent.doc, people[0], p)]

    @staticmethod
    def work_verb(sent: Span) -> list[RawLink]:
        """'A und B lehren an der Universität Z', 'X forscht seit 2019 am Institut Y': the persons that
        open the sentence, the subject of a verb of working (nlp/lexicons/work_verbs.txt), and the
        organization of the preposition after the verb; also of a verb coordinated by "und" with the
        first ("X studierte in Y und arbeitet heute bei Z")."""
        doc = sent.doc
        subjects = AffiliationMatcher.opening_subjects(sent) or pronoun_subject(sent)
        inverted = None if subjects else inverted_subject(sent)
        if inverted is not None:
            subjects, verbs = [inverted[0]], [inverted[1]]  # "Seit 2020 arbeitet X für die Y"
        elif not subjects:
            return []
        else:
            verbs = [
                past_apposition(doc, subjects[-1].end, sent.end)
                if sent.start <= subjects[-1].start < sent.end
                else next((t.i for t in sent if t.tag_ in FINITE), sent.start + 1)  # a pronoun's verb
            ]
        for j in range(verbs[0] + 1, sent.end - 1):
            if doc[j].lower_ == "und" and doc[j - 1].text != ",":  # "… und arbeitet heute bei Y": the
                k = j + 1  # same subject goes on with a second verb
                while k < sent.end - 1 and doc[k].tag_ == "ADV":
                    k += 1
                verbs.append(k)
        out: list[RawLink] = []
        for verb in verbs:
            if verb >= sent.end:
                continue
            working = doc[verb].lower_ in word_set("work_verbs.txt") or work_predicate(doc, verb, sent.end)
            clause_end = next((t.i for t in doc[verb : sent.end] if t.is_punct), sent.end)
            if not working and not does_work(doc, verb, verb + 1, clause_end):
                continue  # "X betreut beim Kreis Y das Projekt": a task done there, else no work
            limit = min(sent.end, verb + 1 + _WORK_WINDOW)
            k = verb
            while k + 1 < limit:
                k += 1
                if inverted is not None and inverted[0].start <= k < inverted[0].end:
                    limit = min(sent.end, limit + 1)  # past the subject after its verb
                    continue
                if doc[k - 1].lower_ == "als" and doc[k].text[:1].isupper():
                    limit = min(sent.end, limit + 1)  # "arbeitet als Bankkaufmann bei der X": the post
                    continue
                if duration_unit(doc, k):
                    limit = min(sent.end, limit + 2)  # "war zehn Jahre lang für die X tätig"
                    continue
                if doc[k].lower_ in _UNCOUNTED:
                    limit = min(sent.end, limit + 1)  # "engagiert sich seit Jahren beim Y"
                    continue
                if doc[k].lower_ in (_WORK_PREPS if working else _AT_WORK):
                    org = org_span_starting(doc, k + 1, sent.end)
                    if org is None:  # "arbeitet im Team der X": a body of the organization
                        org = AffiliationMatcher.member_target(doc, k + 1, sent.end)
                    for body in [org, *coordinated_bodies(doc, org, sent.end)] if org is not None else []:
                        out += [
                            RawLink(p, org_at(doc, body.start), sent, 0.75, kind="work_verb")
                            for p in subjects
                        ]
                    break
                if doc[k].tag_ == "NN" and not doc[k].ent_type_ and org_at(doc, k) is None:
                    continue  # "studierte Mathematik an der Universität X": the subject taught or studied
                if not (doc[k].is_lower or doc[k].like_num or duration_unit(doc, k)):
                    break
        return out

    @staticmethod
    def fronted_work(sent: Span) -> list[RawLink]:
        """'An der Universität Z forscht X zu …', 'Im Team der Stadtwerke arbeitet Y an …', 'Am Institut
        Z leitet X eine Gruppe', 'Neu an der Fakultät Z ist X': a sentence that opens with a preposition
        of a workplace (after "Neu", with a copula) and an
        organization (after at most a noun and its article: "Im Team der"), its verb of working or
        leading right after it, and the name right after the verb, the verb's subject."""
        doc = sent.doc
        start = sent.start + int(doc[sent.start].lower_ == "neu")  # "Neu an der Fakultät ist X"
        if len(sent) < 5 or doc[start].lower_ not in _WORKPLACE:
            return []
        k = next((k for k in range(start + 1, min(sent.end, start + 5)) if org_at(doc, k)), None)
        if k is None or person_at(doc, k - 1) is not None or any(t.is_punct for t in doc[sent.start : k]):
            return []
        org = org_span_starting(doc, k, sent.end)
        if org is None or org.end >= sent.end - 1:
            return []
        verb = doc[org.end]
        newcomer = start > sent.start and verb.lower_ in ("ist", "sind")  # "Neu an der X ist Y": Y's place
        if verb.tag_ in {"VAFIN", "VMFIN"} and not newcomer:  # "An der X wird sie das Zentrum leiten"
            verb = next((t for t in reversed(doc[org.end + 1 : sent.end]) if t.pos_ == "VERB"), verb)
        if not (
            newcomer
            or verb.lower_ in word_set("work_verbs.txt")
            or verb.lemma_ in ("leiten", "arbeiten", "forschen", "lehren")
            and verb.pos_ == "VERB"
        ):
            return []
        person = name_after_titles(doc, org.end + 1, sent.end)  # "ist Prof. Dr. X"
        if person is None and doc[org.end + 1].lower_ in ("er", "sie"):
            person = pronoun_antecedent(doc, sent, doc[org.end + 1], doc_genders(doc))
        return [RawLink(person, org_at(doc, org.start), sent, 0.7, kind="work_verb")] if person else []

    @staticmethod
    def represents(sent: Span) -> list[RawLink]:
        """'A und B vertraten die Stadtwerke Z', 'Die Stadtwerke Z waren durch A vertreten', 'die
        Stadtwerke Z, vertreten durch Geschäftsführerin A': the subject
        of "vertreten" with an organization as its object, or the agent ("durch"/"von") of its passive
        or stative form whose subject, the organization, opens the sentence."""
        doc = sent.doc
        verb = next((t for t in sent if t.lower_ in _REPRESENT), None)
        if verb is None:
            return []
        if verb.i - 1 > sent.start and doc[verb.i - 1].text == "," and verb.i + 1 < sent.end:
            if doc[verb.i + 1].lower_ == "durch":  # "Caritasverband X, vertreten durch Geschäftsführerin Y"
                org = org_ending(doc, verb.i - 2, sent.start)
                if org is None:
                    return []
                listed = _list_from(doc, sent, verb.i + 2)
                return [RawLink(p, org_at(doc, org.start), sent, 0.75, kind="represents") for p in listed]
        subjects = AffiliationMatcher.opening_subjects(sent)
        if subjects and past_apposition(doc, subjects[-1].end, sent.end) == verb.i:
            start = past_adverbials(doc, verb.i + 1, sent.end)  # "vertrat beim Treffen die Kammer X"
            org = org_span_starting(doc, start, min(sent.end, start + 3))
            if org is None:
                return []
            return [RawLink(p, org_at(doc, org.start), sent, 0.75, kind="represents") for p in subjects]
        org = org_span_starting(doc, sent.start, sent.end)
        if org is None or org.start > sent.start + 1:
            return []
        inverted = verb.lower_ == "vertraten" and _singular(org) or verb.lower_ in {"vertrat", "vertritt"}
        if org.end == verb.i and inverted:
            # "Die Gemeinde Z vertraten A und B": a plural verb after a singular body; its subject
            # is the list of names after it; "Die Stadt Z vertrat X": a body is represented by a person
            listed = _list_from(doc, sent, verb.i + 1)
            return [RawLink(p, org_at(doc, org.start), sent, 0.75, kind="represents") for p in listed]
        if org.end + 2 >= verb.i or doc[org.end].lower_ not in _COPULA_FORMS | _PASSIVE_PRESENT:
            return []  # "Die Stadtwerke Z waren durch A vertreten", "Die Stadt Z wird durch A vertreten"
        agent = next((t.i for t in doc[org.end + 1 : verb.i] if t.lower_ in {"durch", "von"}), None)
        if agent is None or verb.i + 1 < sent.end and doc[verb.i + 1].is_alpha:
            return []  # the participle closes the clause: "… (beim Festakt) durch A und B vertreten."
        people = [p for p in person_spans(sent) if agent < p.start and p.end <= verb.i]
        return [RawLink(p, org_at(doc, org.start), sent, 0.75, kind="represents") for p in people]

    @staticmethod
    def brings_greetings(sent: Span) -> list[RawLink]:
        """'X überbrachte die Grüße der Stadt Y', 'Die Grüße des Verbands Z überbrachte X': who brings a
        body's greetings speaks for it (the one person of the sentence)."""
        doc = sent.doc
        if not any(t.lemma_ == "überbringen" or t.lower_.startswith("überbr") for t in sent):
            return []
        for tok in sent:
            if tok.lower_ not in _GREETINGS or tok.i + 2 >= sent.end:
                continue
            if doc[tok.i + 1].lower_ not in _GENITIVE:
                continue
            org = org_span_starting(doc, tok.i + 1, min(sent.end, tok.i + 5))
            people = person_spans(sent)
            if org is None or len(people) != 1:
                return []
            return [RawLink(people[0], org_at(doc, org.start), sent, 0.7, kind="represents")]
        return []

    @classmethod
    def behalf_after_verb(cls, sent: Span) -> list[RawLink]:
        """'Minister X gratulierte der Firma im Namen der Landesregierung', 'X nahm den Preis
        stellvertretend für den Verein entgegen': a phrase of acting on a body's behalf inside the
        clause of the names that open the sentence (a genitive article after "im Namen"/"namens":
        "ein Verein namens X" names it)."""
        doc = sent.doc
        subjects = cls.opening_subjects(sent)
        if not subjects:
            return []
        for tok in doc[subjects[-1].end + 1 : sent.end]:
            if tok.text in {",", ";", ":"}:
                return []  # another clause: its own subject
            words = tuple(t.lower_ for t in doc[tok.i : tok.i + 3])
            n = next((len(p) for p in _ACTING_FOR if words[: len(p)] == p), 0)
            if not n or tok.i + n >= sent.end:
                continue
            org = org_span_starting(doc, tok.i + n, min(sent.end, tok.i + n + 3))
            if org is not None:
                return [RawLink(p, org_at(doc, org.start), sent, 0.7, kind="represents") for p in subjects]
        return []

    @staticmethod
    def move_verb(sent: Span) -> list[RawLink]:
        """'X wechselt von der Sparkasse Y zur Volkshochschule Z', 'X kehrt an die Hochschule Z
        zurück', 'X kommt vom Klinikum Y': the persons that open the sentence, the subject of a verb of
        changing one's place of work (cue_lemmas.yaml `move`), and the organizations the clause names as
        the destination ("zu", "zur", "zum", "an die", "ans", "in die") and as the origin after
        "von"/"aus" (a former place of work, which the annotations keep as an affiliation too); a
        pronoun subject stands for the person named before ("2010 wechselte er zur Y")."""
        doc = sent.doc
        subjects = AffiliationMatcher.opening_subjects(sent)
        if subjects:
            verb = past_apposition(doc, subjects[-1].end, sent.end)
        else:  # "2010 wechselte er zur Y": a pronoun subject, looked for only after a verb of moving
            verb = next((t.i for t in sent if t.tag_ in FINITE), sent.end)
            if verb >= sent.end or not moving(doc[verb]):
                return []
            subjects = pronoun_subject(sent)
            if not subjects:
                return []
        if verb >= sent.end or not moving(doc[verb]):
            return []
        k = verb + 1
        out: list[RawLink] = []
        apposed = {name for m in range(subjects[-1].end, verb) if (name := org_at(doc, m)) is not None}
        for name in sorted(apposed):  # "X, bisher bei der Y, wechselt …": the former workplace
            out += [RawLink(p, name, sent, 0.65, kind="work_verb") for p in subjects]
        limit = verb + 1 + 2 * _WORK_WINDOW
        while k < min(sent.end, limit) and doc[k].text not in {";", "."}:
            low = doc[k].lower_
            if low == ",":
                closing = embedded_clause_end(doc, k, sent.end)
                if closing is None:
                    break
                limit += closing + 1 - k
                k = closing + 1  # "wechselt von der Y, wo sie Prokuristin war, zur Z": past the clause
                continue
            if (phrase := time_phrases.starting_at(doc, k)) is not None:
                k = phrase.end  # "wechselt zum 1. Mai zur Z": a date, no destination
                continue
            if low in {"von", "vom", "aus"}:
                origin = org_span_starting(doc, k + 1, min(sent.end, k + 4))
                if origin is not None:  # "X kommt vom Klinikum Y", "wechselt von der Z …": a former
                    out += [  # place of work, an affiliation too
                        RawLink(p, org_at(doc, origin.start), sent, 0.65, kind="work_verb") for p in subjects
                    ]
                k = origin.end if origin is not None else k + 1
                continue
            if low in _DESTINATION or low in {"an", "in"} and k + 1 < sent.end and doc[k + 1].lower_ in _INTO:
                org = org_span_starting(doc, k + 1, sent.end)
                if org is None:
                    return out
                return out + [
                    RawLink(p, org_at(doc, org.start), sent, 0.7, kind="work_verb") for p in subjects
                ]
            k += 1
        return out

    @staticmethod
    def leaves(sent: Span) -> list[RawLink]:
        """'X verlässt die Stadtwerke Y nach 20 Jahren', 'X verließ 2019 die Z': the persons that open
        the sentence, the subject of "verlassen", and the organization its object names, right after
        the verb or a time phrase: a former place of work, an affiliation too."""
        doc = sent.doc
        subjects = AffiliationMatcher.opening_subjects(sent)
        if not subjects:
            return []
        verb = past_apposition(doc, subjects[-1].end, sent.end)
        if verb >= sent.end or not doc[verb].lower_.startswith(_LEAVING):
            return []
        k = verb + 1
        if k < sent.end and doc[k].lower_ == "sich":
            return []  # "verlässt sich auf die Y": relying on it
        if (phrase := time_phrases.starting_at(doc, k)) is not None:
            k = phrase.end  # "verlässt zum Jahresende die Y"
        elif k < sent.end and (doc[k].like_num or doc[k].tag_ == "ADV" and doc[k].is_lower):
            k += 1  # "verließ 2019 die Y", "verlässt nun die Y"
        origin = org_span_starting(doc, k, min(sent.end, k + 3))
        if origin is None:
            return []
        return [RawLink(p, org_at(doc, origin.start), sent, 0.65, kind="work_verb") for p in subjects]

    @staticmethod
    def relative_work_verb(sent: Span) -> list[RawLink]:
        """'X, der seit 2019 für die Caritas Y arbeitet, …', 'X, der zur Agentur Y wechselt': a relative
        clause on a name whose verb of working (or of moving to a destination) ends it, and the
        organization of the preposition in it; also an apposed participle or adjective of working
        ("X, seit 2019 bei der Stadt Y beschäftigt, leitet …")."""
        doc = sent.doc
        out: list[RawLink] = []
        for person in person_spans(sent):
            k = person.end
            if k + 3 < sent.end and doc[k].tag_ == "PTKVZ" and doc[k + 1].text == ",":
                k += 1  # "Die Nachfolge tritt X an, die …": the verb's particle before the clause
            if k + 2 >= sent.end or doc[k].text != ",":
                continue
            relative = doc[k + 1].lower_ in _RELATIVE
            end = k + 2
            while end < sent.end and doc[end].text not in {",", ";", ":", "."}:
                end += 1  # the clause, up to its closing comma
            # "… tätig ist", "… gearbeitet hat": the predicate or participle before the auxiliary
            closing = doc[end - 2] if doc[end - 1].lemma_ in {"sein", "haben"} else doc[end - 1]
            if not relative and (end >= sent.end or doc[end].text != "," or closing.tag_ in FINITE):
                continue  # "X, seit 2019 bei der Stadt Y beschäftigt, leitet …": an apposed participle
            moves = relative and moving(closing)  # "X, der zur Agentur Y wechselt, …": where X goes
            leads = (
                relative and closing.lemma_ == "leiten" and closing.pos_ == "VERB"
            )  # "…, der am Institut Y das Labor leitet"
            # "…, der beim Kreis Y das Projekt betreut": a task done there
            does = relative and does_work(doc, end - 1, k + 2, end - 1, _FOR_WORK)
            if closing.lower_ not in word_set("work_verbs.txt") and not moves and not leads and not does:
                continue
            # "…, die für die Kreisverwaltung Y das Programm leitet": a task done for the body, too
            preps = _DESTINATION if moves else _LEAD_FOR if leads else _WORK_PREPS if not does else _FOR_WORK
            for j in range(k + 2, end - 1):
                if doc[j].lower_ in preps:
                    org = org_span_starting(doc, j + 1, end)
                    if org is not None:
                        out.append(RawLink(person, org_at(doc, org.start), sent, 0.75, kind="work_verb"))
                        break
        return out

    @staticmethod
    def membership(sent: Span) -> list[RawLink]:
        """'A und B gehören dem Kreistag an', 'Zum Vorstand der Stadtwerke zählen A, B und C', 'X gehört
        seit 2020 zur Stadtverwaltung', 'Im Aufsichtsrat der X sitzen A und B': a verb of belonging
        (nlp/lexicons/member_verbs.txt) or of having a seat (seat_verbs.txt), its complement an
        organization after "zu" (for "gehören … an", in the dative; for a seat after "im"/"in"),
        possibly through one of its bodies ("zum Vorstand der …", nlp/lexicons/member_bodies.txt);
        every person of the sentence outside that phrase is a member."""
        doc = sent.doc
        forms = word_set("member_verbs.txt")
        seats = word_set("seat_verbs.txt")  # "sitzt im Vorstand der X": the seat's preposition is "im"/"in"
        verbs = [t for t in sent if t.lower_ in forms | seats and not t.is_sent_start]
        if not verbs:
            return []
        last = [t for t in sent if not t.is_punct and not t.is_space]  # not a paragraph's line break
        seat = verbs[0].lower_ in seats
        dative = not seat and (verbs[0].lower_.startswith("an") or bool(last) and last[-1].lower_ == "an")
        preps = _SEAT_PREPS if seat else _DATIVE if dative else _MEMBER_PREPS
        for k in range(sent.start, sent.end - 1):
            if doc[k].lower_ not in preps:
                continue
            if dative and k > sent.start and doc[k - 1].lower_ in _MEMBER_PREPS | _GENITIVE | LINK_PREPS:
                continue
            org = AffiliationMatcher.member_target(doc, k + 1, sent.end)
            host = None
            if org is None and (bare := bare_body(doc, k + 1, sent.end)) is not None:
                host = OrgLookup(doc).host()  # "Dem Vorstand gehören A und B an": the article's body's
                org = bare if host is not None else None
            if org is None:
                continue
            phrase = range(k, org.end)
            people = [p for p in person_spans(sent) if p.start not in phrase]
            names = [host or org_at(doc, org.start)]
            if seat:  # "X sitzt für die CDU im Landtag": the party the seat is held for
                names += [n for n in (seat_party(doc, j, sent.end) for j in range(sent.start, sent.end)) if n]
            return [RawLink(p, name, sent, 0.7, kind="membership") for name in names for p in people]
        return []

    @classmethod
    def joins_body(cls, sent: Span) -> list[RawLink]:
        """'X verstärkt seit Januar das Team der Stadtwerke Y', 'X ist Teil des Teams der Z': a body of
        an organization (member_bodies.txt) as the object of a verb of joining it or after "Teil"; the
        persons of the sentence outside that phrase are members."""
        doc = sent.doc
        joined = joined_body(doc, sent.start, sent.end)
        if joined is None:
            return []
        verb, after, org = joined
        people = [p for p in person_spans(sent) if not verb <= p.start < org.end or p.start < after]
        return [RawLink(p, org_at(doc, org.start), sent, 0.7, kind="membership") for p in people]

    @staticmethod
    def present_with(sent: Span) -> list[RawLink]:
        """'Mit dabei war auch die Hochschule X mit Professor Y', 'Die Stadt X war mit A und B
        vertreten': a body present ("dabei", "vertreten", "anwesend") with the names listed after
        "mit" right after it."""
        doc = sent.doc
        if not of_presence(sent):
            return []
        for tok in sent:
            if tok.lower_ != "mit" or tok.i == sent.start:
                continue
            before = tok.i - 1 - int(doc[tok.i - 1].lower_ in _COPULA_FORMS)  # "Die Stadt X war mit A …"
            org = org_ending(doc, before, sent.start) if before >= sent.start else None
            if org is None:
                continue
            k = tok.i + 1
            while k < sent.end and (doc[k].tag_ == "PPOSAT" or doc[k].lower_ in ARTICLES):
                k += 1  # "mit ihrem Vorstandschef Y", "mit dem Leiter Y"
            listed = _list_from(doc, sent, k)
            return [RawLink(p, org_at(doc, org.start), sent, 0.7, kind="represents") for p in listed]
        return []

    @staticmethod
    def honoured_membership(sent: Span) -> list[RawLink]:
        """'Für seine 40-jährige Mitgliedschaft in der Feuerwehr X wurde Y geehrt', 'Für 25 Jahre Treue
        zum Verein X wurden A und B ausgezeichnet': a noun of membership or service with its body after
        "in"/"bei"/"zu", in a sentence of honouring; the persons honoured (outside that phrase) belong
        to the body. Without a body ("Für 40 Jahre Mitgliedschaft wurden A und B geehrt") they belong to
        the one the article is about (`OrgLookup.host`)."""
        doc = sent.doc
        if not any(t.lemma_.lower() in _HONOUR or t.lower_ in _HONOURED for t in sent):
            return []
        for tok in sent:
            if not tok.lower_.endswith(_SERVICE_NOUNS) or tok.i + 1 >= sent.end:
                continue
            if doc[tok.i + 1].lower_ not in _SERVICE_PREPS:
                if tok.lower_.endswith(_MEMBERSHIP_NOUNS) and org_at(doc, tok.i + 1) is None:
                    # "Für 40 Jahre Mitgliedschaft wurden A und B geehrt": the body the article is about
                    host = OrgLookup(doc).host(near=sent)
                    if host is not None:
                        return [RawLink(p, host, sent, 0.6, kind="membership") for p in person_spans(sent)]
                continue
            org = org_span_starting(doc, tok.i + 2, min(sent.end, tok.i + 5))
            if org is None:
                continue
            name = org_at(doc, org.start)
            people = [p for p in person_spans(sent) if not org.start <= p.start < org.end]
            return [RawLink(p, name, sent, 0.7, kind="membership") for p in people]
        return []

    @classmethod
    def consists_of(cls, sent: Span) -> list[RawLink]:
        """'Der Vorstand der Stadtwerke X besteht aus A und B', 'Die Stadtwerke X bestehen aus …': a
        subject organization (or one of its bodies) before "bestehen" + "aus", the persons after "aus"
        its members."""
        doc = sent.doc
        verb = next((t for t in sent if t.lemma_.lower() == "bestehen" and t.tag_ in FINITE), None)
        if verb is None:
            return []
        on = next((t.i for t in doc[verb.i + 1 : sent.end] if t.lower_ == "aus"), None)
        if on is None or doc[sent.start].lower_ not in _SUBJECT_ARTICLES:
            return []
        org = cls.member_target(doc, sent.start, verb.i)
        if org is None or org.end > verb.i:
            return []
        name = org_at(doc, org.start)
        people: list[Span] = []
        end = on + 1
        for p in (p for p in person_spans(sent) if p.start > on):
            gap = _unbracketed(doc[end : p.start])  # "A (Vorsitzende), B (Kassierer) und C"
            if len(gap) > _LIST_GAP or any(t.tag_ in FINITE for t in gap):
                break  # the list after "aus" has ended ("…, sagte X")
            people.append(p)
            end = p.end
        return [RawLink(p, name, sent, 0.7, kind="membership") for p in people]

    @classmethod
    def form_body(cls, sent: Span) -> list[RawLink]:
        """'Vorsitzender A, Kassiererin B und Schriftführer C bilden den Vorstand des Vereins X': the
        persons that open the sentence, the subject of "bilden" whose object is an organization or one
        of its bodies, are its members."""
        doc = sent.doc
        subjects = AffiliationMatcher.opening_subjects(sent) or _list_from(doc, sent, sent.start)
        if not subjects:
            return []  # (the names may follow their titles: "Vorsitzender A, Kassiererin B und …")
        verb = past_apposition(doc, subjects[-1].end, sent.end)
        if verb >= sent.end or doc[verb].lemma_.lower() != "bilden" or verb + 1 >= sent.end:
            return []
        org = cls.member_target(doc, verb + 1, sent.end)
        if org is None:
            return []
        return [RawLink(p, org_at(doc, org.start), sent, 0.7, kind="membership") for p in subjects]

    @staticmethod
    def person_noun_from(sent: Span) -> list[RawLink]:
        """'Ihr Kollege von der Hochschule X, Jan Y, …', 'Jan Y, ein Kollege von der Hochschule X, …': a
        noun that is no title (titles are the roles') with "von"/"bei" and an organization, in apposition
        to a name set off by commas after or before it."""
        doc = sent.doc
        out: list[RawLink] = []
        preps = link_preps(doc)
        for k in preps[bisect_right(preps, sent.start) : bisect_left(preps, sent.end - 2)]:
            noun = doc[k - 1]
            if noun.pos_ != "NOUN" or not noun.text[:1].isupper():
                continue  # (not "A und B, beide von der X": that list is the appositions')
            if org_at(doc, noun.i) is not None:
                continue
            if role_hit(noun.text) is not None:
                continue
            org = org_span_starting(doc, k + 1, sent.end)
            if org is None:
                continue
            after = org.end + 1 < sent.end and doc[org.end].text == ","
            named = person_from(doc, org.end + 1, sent.end) if after else None
            if named is None or named.end >= sent.end or doc[named.end].text != ",":
                j = k - 2
                while j > sent.start and doc[j].lower_ in ARTICLES | DETERMINERS:
                    j -= 1  # "Jan Y, ein Kollege von der X": the name before the noun phrase
                apposed = j > sent.start and doc[j].text == ","
                named = person_ending(doc, j - 1, sent.start) if apposed else None
            if named is not None:
                out.append(RawLink(named, org_at(doc, org.start), sent, 0.7, kind="apposition"))
        return out

    @classmethod
    def member_noun(cls, sent: Span) -> list[RawLink]:
        """'A und B sind Mitglieder der Feuerwehr X', 'Seit 2019 ist Y Mitglied im Kreistag Z', 'Eva X
        (SPD), Mitglied des Kreistags, …': the noun "Mitglied" as a predicate after a copula or in an
        apposition, with the organization (or one of its bodies) after it in the genitive or after
        "im"/"in". Its subject is the name right after the copula, the names listed right before it
        (only adverbs and numbers may stand between them and the noun), or the name it is apposed to
        (a bracket between them)."""
        doc = sent.doc
        for tok in sent:
            if tok.lower_ not in _MEMBER_NOUNS or tok.i + 1 >= sent.end:
                continue
            nxt = doc[tok.i + 1]
            if nxt.lower_ in {"der", "des"}:
                org = cls.member_target(doc, tok.i + 1, sent.end)
            elif nxt.lower_ in _SEAT_PREPS:
                org = cls.member_target(doc, tok.i + 2, sent.end)
            else:
                continue
            if org is None:
                continue
            k = tok.i - 1
            while (
                k > sent.start
                and doc[k].lower_ not in _COPULA_FORMS
                and (doc[k].is_lower and doc[k].is_alpha or doc[k].like_num)
            ):
                k -= 1  # "ist seit 2019 Mitglied", "sind ebenfalls Mitglieder"
            people: list[Span] = []
            apposed = (
                person_ending(doc, skip_bracket_back(doc, tok.i - 2, sent.start), sent.start)
                if tok.i - 2 >= sent.start and doc[tok.i - 1].text == ","
                else None
            )
            subject = [p for p in person_spans(sent) if p.start <= k < p.end]
            if apposed is not None:
                people = [apposed]  # "Eva X (SPD), Mitglied des Kreistags, …"
            elif (
                subject
                and subject[0].start > sent.start
                and doc[subject[0].start - 1].lower_ in _COPULA_FORMS
            ):
                people = subject  # "Seit 2019 ist Eva X Mitglied"
            elif doc[k].lower_ in _COPULA_FORMS and k - 1 >= sent.start and person_at(doc, k - 1) is not None:
                listed = [p for p in person_spans(sent) if p.end <= k]
                people = [p for p in listed if cls.listed_with(doc, p, listed[-1])]  # "A und B sind …"
            elif doc[tok.i - 1].lower_ in {"und", "sowie"}:
                people = cls.coordinated_predicate_subject(doc, sent, tok.i - 1)
            name = org_at(doc, org.start)
            return [RawLink(p, name, sent, 0.7, kind="membership") for p in people]
        return []

    @staticmethod
    def coordinated_predicate_subject(doc: Doc, sent: Span, conj: int) -> list[Span]:
        """ "X ist Leiterin des Bauamts und Mitglied des Kreistags": the named subject of the copula
        whose first predicate the conjunction at `conj` continues (no other verb, relative clause or
        name between them)."""
        cop = next((c for c in range(conj - 1, sent.start, -1) if doc[c].lower_ in _COPULA_FORMS), None)
        if cop is None:
            return []
        subject = person_ending(doc, cop - 1, sent.start)  # "X ist …"
        start = cop + 1
        if subject is None and person_at(doc, start) is not None:  # "Seit 2019 ist X …"
            subject = person_from(doc, start, conj)
            start = subject.end if subject is not None else start
        if subject is None or any(
            t.tag_ in FINITE or t.tag_ in {"PRELS", "KOUS"} or person_at(doc, t.i) is not None
            for t in doc[start:conj]
        ):
            return []
        return [subject]

    @staticmethod
    def member_target(doc: Doc, i: int, limit: int) -> Span | None:
        """The organization at `i` (after articles and adjectives), or after a body noun and a genitive
        article ("Vorstand der Stadtwerke")."""
        org = org_span_starting(doc, i, min(limit, i + 3))
        if org is not None:
            return org
        j = i
        while j < limit and (doc[j].lower_ in _DATIVE | {"neuen", "erweiterten"} or doc[j].is_lower):
            j += 1
        bodies = word_set("member_bodies.txt")  # lower case
        base = doc[j].lower_ if j < limit else ""
        if base not in bodies and base.rstrip("s") not in bodies:
            return None
        if j + 1 < limit and doc[j + 1].lower_ in _GENITIVE:
            return org_span_starting(doc, j + 2, min(limit, j + 5))
        return None

    @classmethod
    def body_of_org(cls, doc: Doc, k: int, limit: int) -> str | None:
        """'X vom Vorstand der Stadtwerke Y', 'X aus dem Team des Instituts Z': a body of the
        organization (nlp/lexicons/member_bodies.txt) between the preposition and its genitive."""
        if k >= limit or doc[k].lower_ not in _FROM_ARTICLES and not doc[k].text[:1].isupper():
            return None
        org = cls.member_target(doc, k, min(limit, k + 6))
        if org is None or org.start == k + int(doc[k].lower_ in _FROM_ARTICLES):
            return None  # the organization itself right after the preposition: the other rules' case
        return org_at(doc, org.start)

    @classmethod
    def apposed_seat(cls, doc: Doc, k: int, limit: int) -> str | None:
        """'X, im Vorstand des Vereins Y, …', 'X, in der Geschäftsführung der Z, …': a seat in a body of
        an organization (nlp/lexicons/member_bodies.txt) set off after the name, closed by a comma or
        the sentence's end."""
        if k + 1 >= limit or doc[k].lower_ not in {"im", "in"}:
            return None
        org = cls.member_target(doc, k + 1, min(limit, k + 7))
        if org is None or org.start <= k + 2 or org.end < limit and doc[org.end].text not in {",", "."}:
            return None
        return org_at(doc, org.start)

    @staticmethod
    def from_body(doc: Doc, k: int, limit: int) -> str | None:
        """'X aus dem Umweltministerium', 'Y aus dem Landratsamt Z': "aus" before an organization is
        where the person works; before a territory ("aus dem Kreis Y", "aus der Stadt Z") it is where
        the person comes from."""
        if k >= limit or doc[k].lower_ not in _FROM_ARTICLES:
            return None
        org = org_span_starting(doc, k, min(limit, k + 3))
        if org is None:
            return None
        name = org_at(doc, org.start)
        first = name.split()[0].casefold() if name else ""
        return (
            None
            if not name or first in TERRITORIES or len(name.split()) == 1 and org_like(name) is None
            else name
        )

    @staticmethod
    def titled(doc: Doc, person: Span, sent: Span) -> bool:
        """A title right before the name ("Bürgermeister A und B vom Landesamt"): A has a place of his own."""
        return person.start > sent.start and role_hit(doc[person.start - 1].text) is not None

    @staticmethod
    def opens(doc: Doc, sent: Span, person: Span) -> bool:
        """The person is the first phrase of the sentence (after titles and courtesy words, or the
        article of a mention by age or title: "Die 45-Jährige kommt …"), perhaps in a close apposition
        to the noun phrase before it ("Die gebürtige Pfälzerin X", "Projektleiterin Y")."""
        return all(
            t.lower_ in {"herr", "frau", "dr.", "prof.", "dr", "prof", ".", "der", "die"}
            for t in doc[sent.start : person.start]
        ) or close_apposition(doc, sent.start, person.start)

    @staticmethod
    def listed_with(doc: Doc, first: Span, last: Span) -> bool:
        """Whether only list separators and names (with their titles, articles and adjectives: "A und
        der langjährige Stadtrat B") lie between two person mentions."""
        between = doc[first.end : last.start]
        separators = _JOINERS | {"herrn", "herr", "frau", "dr.", "prof."}
        positions = {k for t in between if photo_position(doc, t.i) for k in range(t.i, t.i + 3)}
        return all(
            t.lower_ in separators
            or t.tag_ in _BEFORE_TITLE
            or person_at(doc, t.i) is not None
            or t.i in positions
            or title_or_role(doc, t.i)
            for t in between
        )  # "A (links) und B (rechts) vom Verein X": photo positions between the names; "A, Kassiererin B"


_CLAUSE_OPENERS = frozenset({"wo", "wohin", "der", "die", "das", "dem", "den", "deren", "dessen"})


def embedded_clause_end(doc: Doc, comma: int, end: int) -> int | None:
    """The comma that closes a relative clause opened at `comma` right after an organization and
    ended by its finite verb ("von der Y, wo sie Prokuristin war, zur Z", "bei der Y, für die er
    arbeitete, …"), else None."""
    k = comma + 1
    if org_at(doc, comma - 1) is None or k >= end:
        return None
    if doc[k].lower_ in PREPOSITIONS and k + 1 < end:
        k += 1  # "…, für die er arbeitete, …"
    if doc[k].lower_ not in _CLAUSE_OPENERS:
        return None
    closing = next((t.i for t in doc[k + 1 : end] if t.text in {",", ";", ":"}), None)
    if closing is None or doc[closing].text != "," or doc[closing - 1].tag_ not in FINITE:
        return None
    return closing


def territory_referred(doc: Doc, k: int, limit: int) -> str | None:
    """'X von der Verbandsgemeinde', 'Y vom Kreis': the bare noun of a territory's body (after its
    article, ending the phrase) for the one body of that kind the article names ("Verbandsgemeinde Z")."""
    if k < limit and doc[k].lower_ in _DATIVE:
        k += 1
    if k >= limit or not doc[k].is_title or org_at(doc, k) is not None or person_at(doc, k) is not None:
        return None
    ends = k + 1 >= limit or not doc[k + 1].is_alpha or doc[k + 1].is_lower
    if not ends or doc[k].lower_.removesuffix("es").removesuffix("s") not in TERRITORIES:
        return None
    return OrgLookup(doc).territory_named(doc[k].text)


def joined_body(doc: Doc, start: int, end: int) -> tuple[int, int, Span] | None:
    """'verstärkt seit Januar das Team der Stadtwerke Y', 'ist Teil des Teams der Z': the first verb of
    joining (or "Teil") between `start` and `end` with an organization or one of its bodies as its
    object; the verb's index, where its object begins, and the organization."""
    text = doc_text(doc)
    if "verstärk" not in text and "ergänz" not in text and "Teil " not in text:
        return None  # one search of the text, not one test per word
    for i in range(start, end - 2):
        tok = doc[i]
        joining = tok.is_lower and tok.lower_.startswith(_JOINING)  # (the tagger may read an adjective)
        if not (joining or tok.lower_ == "teil"):
            continue
        k = i + 1
        while k < end:  # "verstärkt seit Januar", "verstärkt Eva X das Team"
            if (phrase := time_phrases.starting_at(doc, k)) is not None:
                k = phrase.end
            elif doc[k].lower_ == "als":  # "verstärkt als neue Referentin das Team"
                k += 1
                while k < end and doc[k].is_lower and doc[k].is_alpha:
                    k += 1
                k += int(k < end and doc[k].is_title)
            elif person_at(doc, k) is not None or doc[k].is_lower and doc[k].is_alpha:
                k += 1
            else:
                break
        org = AffiliationMatcher.member_target(doc, k, end) if k < end else None
        if org is not None:
            return i, k, org
    return None


def close_apposition(doc: Doc, start: int, end: int) -> bool:
    """'Die gebürtige Pfälzerin', 'Der 45-jährige Informatiker', 'Projektleiterin Dr.': the words from
    `start` to a name at `end` are the name's own noun phrase: a definite article with attributive
    adjectives, or nothing, before one noun for a person (one with a gendered partner form, or a role
    word; after the article any common noun that names no body: "Der Landwirt X"), then academic titles
    and courtesy words."""
    k = end
    while k > start and is_title_word(doc, k - 1):
        k -= 1
    if k == start or not doc[k - 1].is_title or doc[k - 1].tag_ != "NN" or person_at(doc, k - 1):
        return False
    noun = doc[k - 1].text
    person_noun = gendered_person_noun(noun) or role_hit(noun) is not None
    if k - 1 == start:
        return person_noun
    return (
        doc[start].lower_ in {"der", "die"}
        and (person_noun or not (is_org_head(noun) or is_project_head(noun)))
        and all(modifies(t) for t in doc[start + 1 : k - 1])
    )


def _list_from(doc: Doc, sent: Span, start: int, examples: bool = False) -> list[Span]:
    """The names listed from `start`, each after titles or role words, joined by "," / "und" / "sowie"
    ("Direktor A, Dr. B und Prokuristin C"), for `examples` (after "wie") by "oder" too ("wie A oder
    B"); none when something else comes first."""
    joiners = _JOINERS | {"oder"} if examples else _JOINERS
    listed: list[Span] = []
    last = start
    for person in person_spans(sent):
        if person.start < start:
            continue
        between = doc[last : person.start]
        # an article and adjectives before a title: "A und der langjährige Stadtrat B"
        if not all(
            t.lower_ in joiners or t.tag_ in _BEFORE_TITLE or title_or_role(doc, t.i) for t in between
        ):
            break
        if not listed and any(t.lower_ in joiners for t in between):
            break
        listed.append(person)
        last = person.end
    return listed


def _unbracketed(span: Span) -> list[Token]:
    """The words of `span` outside brackets: "(Vorsitzende), " gives ","."""
    out: list[Token] = []
    depth = 0
    for t in span:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out


def _singular(org: Span) -> bool:
    """An organization name whose common nouns are all singular ("Gemeinde Z", not "Stadtwerke Z")."""
    nouns = [t for t in org if t.tag_ == "NN"]
    return bool(nouns) and all("Sing" in t.morph.get("Number", []) for t in nouns)


def of_presence(span: Span) -> bool:
    """The span has a word of being present ("dabei", "anwesend", "vertreten", "vor Ort")."""
    return any(t.lower_ in _PRESENT for t in span)


def inverted_subject(sent: Span) -> tuple[Span, int] | None:
    """'Seit 2020 arbeitet X für die Y', 'Heute ist X bei der Y tätig': a time phrase or one adverb
    opens the sentence, the finite verb follows, then the name (or a person's epithet after an article)
    as its subject."""
    doc = sent.doc
    opener = doc[sent.start].pos_
    if opener == "ADV":
        verb = sent.start + 1
    elif opener == "ADP" and (phrase := time_phrases.starting_at(doc, sent.start)) is not None:
        verb = phrase.end  # a time phrase opens with its preposition ("seit", "ab", "im")
    else:
        return None
    if verb + 1 >= sent.end or doc[verb].tag_ not in FINITE:
        return None
    j = verb + 1
    if doc[j].lower_ in ARTICLES:  # "Zuvor war die 51-jährige Juristin bei der Y tätig": an epithet
        j += 1  # (coref.py `epithet_nouns`) after its article and adjectives
        while j < sent.end and doc[j].tag_ == "ADJA" and person_at(doc, j) is None:
            j += 1
    subject = person_from(doc, j, sent.end)
    return (subject, verb) if subject is not None else None


def pronoun_subject(sent: Span) -> list[Span]:
    """'Sie forschte zuvor am Institut Y': a singular personal pronoun opening the sentence before its
    verb stands for the last person of its gender named before (genders.pronoun_antecedent); "Beide"
    before a plural verb for the pair the sentence before names last ("A und B kennen die Stadt. Beide
    arbeiten bei der Y"; genders.pair_before)."""
    first = sent[0]
    plural = len(sent) >= 3 and sent[1].tag_ in FINITE and sent[1].text.endswith("en")
    if first.lower_ == "beide" and plural:
        return pair_before(sent.doc, sent)
    if first.lower_ in ("er", "sie") and len(sent) >= 3 and sent[1].tag_ in FINITE:
        pronoun, verb = first, sent[1]
    else:  # "Zuvor war sie bei der X tätig", "Seit 2019 arbeitet er …": after a fronted adverbial
        fronted = next((t for t in sent[1:4] if t.tag_ in FINITE), None)
        if (
            fronted is None
            or fronted.i + 1 >= sent.end
            or sent.doc[fronted.i + 1].lower_ not in ("er", "sie")
        ):
            return []
        verb = fronted
        if any(t.is_punct or person_at(sent.doc, t.i) is not None for t in sent.doc[sent.start : verb.i]):
            return []
        pronoun = sent.doc[verb.i + 1]
    if pronoun.lower_ == "sie" and verb.lower_.endswith("en"):
        return []  # "Sie forschten": plural
    person = pronoun_antecedent(sent.doc, sent, pronoun, doc_genders(sent.doc))
    return [person] if person is not None else []


def complete_roles(roles: list[RawRole], links: list[RawLink]) -> None:
    """A title without an organization (no political office) is held in the one body (no party) its
    holder is tied to in the same sentence by a link read there (membership, work, …): "Zum Vorstand
    der Y zählen Geschäftsführer A und Prokuristin B"."""
    tied: dict[tuple[int, int], set[str]] = {}
    for link in links:
        if link.target and link.kind not in ("role", "party") and not is_party(link.target):
            tied.setdefault((link.sent.start, link.person.start), set()).add(link.target)
    for role in roles:
        bodies = tied.get((role.sent.start, role.person.start), set())
        hit = role_hit(role.role.split()[-1])
        political = hit is not None and hit.entry.political  # "Landrat X (ABC)": a party, not his body
        if role.org_name is None and role.party is None and len(bodies) == 1 and not political:
            role.org_name = next(iter(bodies))


_DURATION_UNITS = frozenset({"jahre", "jahrzehnte", "monate", "wochen"})
_QUANTITIES = frozenset({"viele", "einige", "mehrere", "etliche", "wenige"})


def bare_body(doc: Doc, i: int, limit: int) -> Span | None:
    """A body noun of member_bodies.txt at `i` (after articles and adjectives) with no genitive, name or
    other noun after it ("dem Vorstand", "dem neuen Aufsichtsrat"): a body of the article's own."""
    j = i
    while j < limit and (doc[j].lower_ in _DATIVE or doc[j].is_lower):
        j += 1
    if j >= limit or doc[j].lower_ not in word_set("member_bodies.txt") or org_at(doc, j) is not None:
        return None
    if j + 1 < limit and (doc[j + 1].lower_ in _GENITIVE or doc[j + 1].text[:1].isupper()):
        return None
    return doc[i : j + 1]


def duration_unit(doc: Doc, k: int) -> bool:
    """The noun of a duration after its number ("war zehn Jahre lang für die X tätig")."""
    return (
        doc[k].lower_ in _DURATION_UNITS
        and k > 0
        and (doc[k - 1].tag_ == "CARD" or doc[k - 1].lower_ in _QUANTITIES)
    )


def coordinated_bodies(doc: Doc, org: Span, limit: int) -> list[Span]:
    """Organizations coordinated with `org` as objects of the same preposition or of a repeated one
    ("arbeitete bei der X und beim Y", "bei der X, der Y sowie der Z")."""
    out: list[Span] = []
    j = org.end
    while j + 1 < limit and doc[j].lower_ in {",", "und", "sowie"}:
        k = j + 1
        if doc[k].lower_ in _WORK_PREPS:
            k += 1
        nxt = org_span_starting(doc, k, limit)
        if nxt is None:
            break
        out.append(nxt)
        j = nxt.end
    return out


_AT_WORK = frozenset({"bei", "beim"})  # where one does a task: "betreut beim Landkreis Y das Projekt"
# in a relative clause also the body the task is done for ("…, die für die Stadt Y das Projekt leitet")
_FOR_WORK = _AT_WORK | {"für"}
_LEAD_FOR = _LEAD_PLACE | {"für"}


_LINK_PREPS_KEY = "kg_link_preps"


def link_preps(doc: Doc) -> list[int]:
    """The positions of "von"/"vom"/"bei"/"beim" in the doc, found once on its array of lower-case
    forms (most sentences have none, and most tokens are never looked at)."""
    found = doc.user_data.get(_LINK_PREPS_KEY)
    if found is None:
        found = doc.user_data[_LINK_PREPS_KEY] = word_positions(doc, LINK_PREPS)
    return found


def does_work(doc: Doc, verb: int, start: int, end: int, preps: frozenset[str] = _AT_WORK) -> bool:
    """A clause of doing a task at a place of work: a full verb (not one of saying, presenting or
    greeting, not reflexive: "bedankte sich bei der Stadt") after a "bei"/"beim" organization and then
    an object in the accusative, between `start` and `end` ("… der beim Landkreis Y das Projekt
    betreut", "X betreut beim Landkreis Y das Projekt"); `preps`: the prepositions of the place."""
    tok = doc[verb]
    full = tok.pos_ == "VERB" or tok.tag_.startswith("VV")  # (the tagger may know a verb the POS does not)
    if not full or set(cue_classes(tok)) & _ON_BEHALF:
        return False
    if any(c.lower_ == "sich" for c in tok.children):
        return False
    at = next((k for k in range(start, end) if doc[k].lower_ in preps), None)
    org = org_span_starting(doc, at + 1, end) if at is not None else None
    # for a body ("für die Stadt") the task is a definite one ("das Projekt"), not a gift ("einen Scheck")
    for_body = at is not None and doc[at].lower_ == "für"
    return org is not None and any(
        doc[k].pos_ == "DET"
        and "Acc" in doc[k].morph.get("Case", [])
        and doc[k - 1].pos_ != "ADP"
        and (not for_body or "Def" in doc[k].morph.get("Definite", []))
        for k in range(org.end, end)
    )


def work_predicate(doc: Doc, verb: int, limit: int) -> bool:
    """A copula, auxiliary or modal whose clause ends in a predicate or verb of working ("X ist seit
    2015 für die Y tätig", "war bei der Z angestellt", "wird künftig für die Y arbeiten", "hat für die Z
    gearbeitet"): it stands for the verb of working."""
    if doc[verb].lemma_ not in AUXILIARY_LEMMAS:
        return False
    end = next((k for k in range(verb + 1, limit) if doc[k].is_punct), limit)
    return end - 1 > verb + 1 and doc[end - 1].lower_ in word_set("work_verbs.txt")


# phrases of acting on a body's behalf or from its side ("Im Namen der IHK gratulierte X", "Von Seiten
# der Stadt war Y dabei", "Stellvertretend für den Verband sprach Z")
_ON_BEHALF_OF = (
    ("im", "namen"),
    ("namens",),
    ("stellvertretend", "für"),
    ("von", "seiten"),
    ("vonseiten",),
    ("auf", "seiten"),
    ("aufseiten",),
)
_BEHALF_OPENERS = frozenset(p[0] for p in _ON_BEHALF_OF)
# acting for a body inside a clause (not "von Seiten": "erhielt Hilfe von Seiten der Stadt")
_ACTING_FOR = (
    ("im", "namen", "des"),
    ("im", "namen", "der"),
    ("namens", "des"),
    ("namens", "der"),
    ("stellvertretend", "für"),
)


_GREETINGS = frozenset({"grüße", "grußworte", "glückwünsche"})


def seat_party(doc: Doc, j: int, limit: int) -> str | None:
    """The party after "für" at `j` ("für die Grünen"), or None."""
    if doc[j].lower_ != "für":
        return None
    org = org_span_starting(doc, j + 1, min(limit, j + 4))
    name = org_at(doc, org.start) if org is not None else None
    return name if name is not None and is_party(name) else None


def fronted_body(clause: Span, limit: int, prepositions: frozenset[str]) -> Span | None:
    """The organization of the phrase that opens `clause` with one of `prepositions` ("Seitens der
    Stadtwerke …", "Bei der Stadt X …", "Von der Stadt X war …"), within three words and before
    `limit`; after "für" only when a verb of saying, presenting, opening or greeting follows it
    (`AffiliationMatcher.speaks_for`); after "von" only in an active clause. Where "für" counts, a
    phrase of acting on the body's behalf counts whatever the verb ("Im Namen der IHK gratulierte X",
    `_ON_BEHALF_OF`)."""
    doc, first = clause.doc, clause.start
    behalf = 0
    if doc[first].lower_ in _BEHALF_OPENERS:  # (one look at the first word: this runs for every clause)
        words = tuple(t.lower_ for t in doc[first : first + 2])
        behalf = next((len(p) for p in _ON_BEHALF_OF if words[: len(p)] == p), 0)
    if "für" in prepositions and behalf:  # "Im Namen der IHK gratulierte X": on the body's behalf,
        at = first + behalf  # whatever the verb
        return org_span_starting(doc, at, min(limit, at + 3))
    if doc[first].lower_ not in prepositions:
        return None
    org = org_span_starting(doc, first + 1, min(limit, first + 4))
    if org is None or doc[first].lower_ == "für" and not AffiliationMatcher.speaks_for(doc, org, clause):
        return None
    if doc[first].lower_ in _FROM and is_passive(clause):
        return None  # "Von der Stadt wurde X geehrt": the agent, not where X comes from
    return org


def is_passive(clause: Span) -> bool:
    """A form of "werden" with a past participle in the clause ("wurde … geehrt")."""
    tags = {t.tag_ for t in clause}
    return "VVPP" in tags and any(t.lemma_ == "werden" or t.lower_.startswith("wurde") for t in clause)
