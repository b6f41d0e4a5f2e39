"""Who holds a title the sentence does not set beside a name: a caption block ("X⏎Leiterin⏎Y"), "Mit X
hat die Stadt eine neue Leiterin", "Als Leiterin … hat sie", a relative clause ("X, die als Leiterin
…"), "wo sie als Oberärztin tätig war", "Das Amt der Leiterin hat X inne"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.relations.base import (
    ARTICLES,
    FINITE,
    clause_around,
    org_at,
    org_ending,
    org_span_starting,
    person_at,
    person_ending,
    person_from,
    possessive_gender,
    sentence_after,
)
from nlp.relations.coref import ACADEMIC
from nlp.relations.genders import PRONOUN_GENDER, antecedent, doc_genders, pronoun_antecedent
from nlp.relations.lexicon import is_party, word_set
from nlp.relations.role_forms import attributive
from nlp.relations.role_orgs import Title
from nlp.relations.title_words import name_after_titles

_YEAR = re.compile(r"^(19|20)\d\d$")


def stacked_holder(doc: Doc, title: Title, sent: Span) -> tuple[Span, str | None] | None:
    """'Eva Sand⏎Pressesprecherin⏎Stadt Kiel' (a contact block, a caption): a line that is only a
    title, after a line that is only a name; the line after it, if only an organization, is the
    title's body."""
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if not words or words[0].i != title.start or words[-1].i != title.end - 1 or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    named = [t for t in prev if not (t.is_space or t.is_punct) and t.lower_ not in ACADEMIC]
    if not named or person_at(doc, named[0].i) is None:
        return None
    if any(person_at(doc, t.i) != person_at(doc, named[0].i) for t in named):
        return None
    body = None
    if (nxt := sentence_after(sent)) is not None:
        listed = [t for t in nxt if not (t.is_space or t.is_punct)]
        if (
            listed
            and org_at(doc, listed[0].i) is not None
            and all(org_at(doc, t.i) == org_at(doc, listed[0].i) for t in listed)
        ):
            body = org_at(doc, listed[0].i)
    person = person_from(doc, named[0].i, prev.end)
    return (person, body) if person is not None else None


def gained_with(doc: Doc, title: Title, sent: Span) -> Span | None:
    """'Mit X hat die Stadt Y eine neue Leiterin', 'Mit X gewinnt der Verein einen erfahrenen
    Trainer', 'Die Stadt Y hat mit X eine neue Leiterin': "mit" + a name opening the sentence or right
    after its verb of gaining, whose clause names an indefinite title (the body gains someone in that
    office): the name is the holder."""
    if len(sent) < 3:
        return None
    if sent[0].lower_ == "mit":
        person = person_from(doc, sent.start + 1, sent.end)
        if person is None or person.end >= title.start or doc[person.end].lemma_.lower() not in _GAIN_VERBS:
            return None
    else:  # "Die Stadt Y hat mit X eine neue Leiterin": the "mit" phrase after the verb of gaining
        verb = next((t for t in doc[sent.start : title.start] if t.lemma_.lower() in _GAIN_VERBS), None)
        if verb is None or verb.i + 2 >= title.start or doc[verb.i + 1].lower_ != "mit":
            return None
        person = name_after_titles(doc, verb.i + 2, title.start)  # "mit Dr. X"
        if person is None:
            return None
    k = title.start - 1
    while k > person.end and attributive(doc[k]):
        k -= 1
    return person if doc[k].lower_ in _INDEFINITE_ARTICLES else None


_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
# verbs of having and gaining (lemmas): "Mit X hat/bekommt/gewinnt/holt die Stadt eine neue Leiterin"
_GAIN_VERBS = frozenset({"haben", "bekommen", "gewinnen", "erhalten", "holen", "kommen", "verpflichten"})


DURATIONS = frozenset({"jahre", "jahren", "jahrzehnte", "monate", "monaten", "wochen", "lang"})


def as_pronoun_holder(doc: Doc, title: Title, sent: Span) -> Span | None:
    """'Als Leiterin der Bibliothek hat sie …', 'Seit 2019 will sie als Schulleiterin …': "als" + title
    predicated of a singular personal pronoun — the subject after the finite verb of a clause the
    "Als" phrase opens, or the pronoun before "als" past a finite verb, adverbs and a workplace —
    stands for the last person of its gender named before (object pronouns, "wählte ihn als …", are
    left to the other rules)."""
    k = title.start - 1
    while k > sent.start and attributive(doc[k]):
        k -= 1
    if k < sent.start or doc[k].lower_ != "als":
        return None
    pronoun = None
    if k == sent.start or doc[k - 1].text in {":", ";"}:
        j = title.end
        while j < sent.end and doc[j].tag_ not in FINITE and doc[j].text not in {",", ";", ":", "("}:
            j += 1
        if j + 1 < sent.end and doc[j].tag_ in FINITE:
            pronoun = doc[j + 1]
    else:
        j, steps = k - 1, 0
        while (
            j > sent.start
            and steps < _AS_PRONOUN_GAP
            and (
                doc[j].tag_ in FINITE
                or doc[j].is_lower
                and doc[j].pos_ in {"ADV", "PART", "ADP", "DET"}
                or _YEAR.match(doc[j].text)
                or doc[j].like_num
                or doc[j].tag_ == "CARD"  # "zehn"
                or doc[j].lower_ in DURATIONS  # "arbeitete sie 17 Jahre als Leiterin"
                or org_at(doc, j) is not None  # "Sie war zuvor bei der Nordwerke GmbH als Referentin tätig"
            )
        ):
            j, steps = j - 1, steps + 1
        pronoun = doc[j] if j != k - 1 or doc[j].lower_ in PRONOUN_GENDER else None
        if pronoun is not None and any(object_org(doc, i) for i in range(j + 1, k)):
            return None  # "Sie lobte die Stadtwerke als Vorreiter": the object is what "als" names
    if pronoun is None or pronoun.lower_ not in PRONOUN_GENDER or pronoun.pos_ != "PRON":
        return None
    if "Plur" in pronoun.morph.get("Number", []) or pronoun.text == "Sie" and pronoun.i != sent.start:
        return None  # "sie" of several, or the polite "Sie"
    if doc[title.head].text.endswith("in") and pronoun.lower_ == "er":
        return None
    return pronoun_antecedent(doc, sent, pronoun, doc_genders(doc))


def object_org(doc: Doc, i: int) -> bool:
    """Token i starts an organization named without a preposition before its article (an object)."""
    if org_at(doc, i) is None or i > 0 and org_at(doc, i - 1) == org_at(doc, i):
        return False
    k = i - 1
    while k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    return k < 0 or doc[k].pos_ != "ADP"


_AS_PRONOUN_GAP = 8  # finite verb, adverbs, a year and a workplace between the pronoun and "als"
TITLE_JOINERS = frozenset({"und", "bzw.", "beziehungsweise"})  # "Geschäftsführer bzw. Prokuristin"
_RELATIVE_GENDER = {"der": "m", "die": "f", "welcher": "m", "welche": "f"}


def relative_holder(doc: Doc, k: int, sent: Span) -> Span | None:
    """'…, der heute als CTO die Technik verantwortet': "als" + title in a relative clause; the
    relative pronoun stands for the last person of its gender named before the comma in the
    sentence."""
    if doc[k].lower_ != "als":
        return None
    j = k - 1
    while j > sent.start and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _RELATIVE_GENDER:
        j -= 1
    if j - 1 <= sent.start or doc[j].lower_ not in _RELATIVE_GENDER or doc[j - 1].text != ",":
        return None
    wanted = _RELATIVE_GENDER[doc[j].lower_]
    genders = doc_genders(doc)
    for i in range(j - 2, sent.start - 1, -1):
        name = person_at(doc, i)
        if name is not None and genders.get(name, wanted) == wanted:
            return person_ending(doc, i, sent.start)
    return None


def where_clause(doc: Doc, k: int, sent: Span) -> tuple[Span, Span] | None:
    """'…vom Klinikum X, wo sie zuletzt als Oberärztin tätig war': "als" + title in a relative clause
    opened by "wo" right after an organization; the clause's subject (a name, or a pronoun for the last
    person of its gender) holds the title there. (holder, organization) or None."""
    if doc[k].lower_ != "als":
        return None
    j = k - 1
    while j > sent.start and doc[j].lower_ != "wo" and doc[j].text not in {",", ".", ";", ":"}:
        j -= 1
    if j - 2 < sent.start or doc[j].lower_ != "wo" or doc[j - 1].text != ",":
        return None
    body = org_ending(doc, j - 2, sent.start)
    if body is None:
        return None
    subject = doc[j + 1] if j + 1 < k else None
    if subject is None:
        return None
    if person_at(doc, subject.i) is not None:
        holder = person_from(doc, subject.i, k)
    elif subject.lower_ in PRONOUN_GENDER:
        holder = pronoun_antecedent(doc, sent, subject, doc_genders(doc))
    else:
        return None
    return (holder, body) if holder is not None else None


_OFFICE_NOUNS = frozenset({"amt", "posten", "rolle", "funktion", "position", "stelle", "aufgabe"})
# verbs of taking, holding or being put into an office (lemmas, particles attached)
_TAKING_OFFICE = frozenset(
    "übernehmen antreten einführen bekleiden ausüben innehaben ausfüllen berufen wählen ernennen "
    "bestellen besetzen einsetzen bestätigen".split()
)


def bracket_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'X (Leiter Vertrieb, Nordwerk GmbH)': the title opens a bracket after a name, and the
    organization after a comma in the same bracket is its body."""
    if title.start - 1 < sent.start or doc[title.start - 1].text != "(":
        return None
    k = title.end
    while k < sent.end and doc[k].text not in {")", ","}:
        k += 1
    if k + 1 >= sent.end or doc[k].text != ",":
        return None
    org = org_span_starting(doc, k + 1, sent.end)
    if org is None or org.end >= sent.end or doc[org.end].text != ")":
        return None
    name = org_at(doc, org.start)
    return None if name is None or is_party(name) else name  # "(MdL, Die Linke)": a party, no body


def office_holder(doc: Doc, title: Title, sent: Span) -> Span | None:
    """'X wurde in das Amt des Landrats eingeführt', 'X übernimmt die Rolle des Sprechers', 'Den Posten
    der Schatzmeisterin übernahm Y': a title in the genitive of a noun of an office, in a clause with
    a verb of taking, holding or being put into one, names the office the one person of the clause
    holds."""
    k = title.start - 1
    while k > sent.start and attributive(doc[k]):
        k -= 1  # "das Amt des neuen Landrats"
    if k - 1 < sent.start or doc[k].lower_ not in {"des", "der"}:
        return None
    noun = doc[k - 1].lower_
    stems = {noun, noun[:-1], noun[:-2]} if noun.endswith(("es", "s")) else {noun}  # "Amtes", "Postens"
    if not stems & _OFFICE_NOUNS:
        return None
    start, end = clause_around(sent, title.start, title.end)
    # "hat das Amt … inne": "inne" is the particle of "innehaben" alone, however "hat" is tagged
    if not any(t.lemma_.lower() in _TAKING_OFFICE or t.lower_ == "inne" for t in doc[start:end]):
        return None  # "lobte die Arbeit des Bürgermeisters": his work, not an office she takes
    at = doc._.kg_person_at or {}
    names = {at[i] for i in range(start, end) if i in at and not title.start <= i < title.end}
    if len(names) != 1:
        return None
    first = next(i for i in range(start, end) if at.get(i) in names)
    return person_from(doc, first, end)


def post_holder(doc: Doc, k: int, sent: Span) -> Span | None:
    """'in seiner Funktion als Vorsitzender', 'trat ihre neue Stelle als Leiterin an': "als" + title
    after a noun of a post (nlp/lexicons/post_nouns.txt) that a possessive determiner opens; the title
    is the possessor's, the last person of the possessive's gender named before it."""
    if k - 2 < sent.start or doc[k].lower_ != "als" or doc[k - 1].lower_ not in word_set("post_nouns.txt"):
        return None
    j = k - 2
    while j > sent.start and doc[j].is_lower and doc[j].is_alpha and possessive_gender(doc[j].text) is None:
        j -= 1  # "ihre neue Stelle": adjectives between
    gender = possessive_gender(doc[j].text)
    if gender is None or not doc[j].is_lower:
        return None  # no possessive, or the polite "Ihre"
    found = antecedent(doc, sent, j, gender, doc_genders(doc))
    return found if found is not None else fronted_subject(doc, j, sent, gender)


def fronted_subject(doc: Doc, j: int, sent: Span, gender: str) -> Span | None:
    """'In seiner Funktion als Leiter der X warnte Y vor …': a possessive in the phrase that opens the
    sentence points forward to the subject right after the finite verb, of its gender."""
    if j - 1 != sent.start or doc[sent.start].lower_ not in {"in", "als"}:
        return None
    verb = next((t for t in doc[j : sent.end] if t.tag_ in FINITE), None)
    if verb is None or verb.i + 1 >= sent.end or doc[verb.i - 1].text == ",":
        return None
    person = name_after_titles(doc, verb.i + 1, sent.end)
    if person is None:
        return None
    shown = doc_genders(doc).get((doc._.kg_person_at or {}).get(person.start) or "")
    return person if shown in (None, gender) else None
