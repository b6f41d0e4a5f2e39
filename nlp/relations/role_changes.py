"""Offices taken: elections, appointments and successions ("A wurde zur Vorsitzenden gewählt", "Zum
Vorsitzenden wählten die Mitglieder A", "A tritt die Nachfolge von B an")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from nlp.relations import time_phrases
from nlp.relations.affiliations import moving
from nlp.relations.base import (
    ARTICLES,
    FINITE,
    PERFECT_AUX,
    RawRole,
    content_sents,
    org_at,
    person_at,
    person_ending,
    person_from,
    possessive_gender,
)
from nlp.relations.genders import PRONOUN_GENDER, RANKS, antecedent, doc_genders, pronoun_antecedent
from nlp.relations.lexicon import (
    genitive_forms,
    implied_kinds,
    is_party,
    read_yaml,
    role_hit,
    role_modifiers,
    word_set,
)
from nlp.relations.role_forms import DETERMINERS, attributive, base_form, noun_form, partner, role_word_gender
from nlp.relations.role_orgs import Title
from nlp.relations.title_words import is_title_word, name_after_titles

_ELECT = frozenset(
    {"wählte", "wählten", "ernannte", "ernannten", "bestellte", "bestellten", "berief", "beriefen"}
    | {"bestätigte", "bestätigten"}
    # the present of press releases ("Die X AG ernennt Y zur Finanzvorständin", "Der Verein wählt Y zum …")
    | {"wählt", "wählen", "ernennt", "ernennen", "beruft", "bestellt", "bestätigt", "bestätigen"}
)


_MAX_ELECTOR = 4  # words of the electing body before its verb ("Der Aufsichtsrat der Y berief X")
_ADVERBIAL = 6  # words between that verb and the name ("wählte am Samstag den früheren Landrat X")
_NOT_THE_ELECTED = frozenset({"von", "vom", "für", "mit", "nach"})  # "berief den Nachfolger von X"


def appointed_after(doc: Doc, k: int, limit: int) -> Span | None:
    """'… hat eine neue Chefin: Der Aufsichtsrat berief X …': the person right after a verb of electing
    or appointing that follows the body at `k` (the clause after a title's colon)."""
    verb = next((t.i for t in doc[k : min(limit, k + _MAX_ELECTOR + 1)] if t.lower_ in _ELECT), None)
    if verb is None:
        verb = perfect_of_electing(doc, k, limit)  # "Der Aufsichtsrat hat am Dienstag X … berufen"
    if verb is None or any(person_at(doc, t.i) is not None for t in doc[k:verb]):
        return None
    j = verb + 1
    while (
        j < min(limit, verb + 1 + _ADVERBIAL)
        and person_at(doc, j) is None
        and not is_title_word(doc, j)
        and not doc[j].is_punct
        and doc[j].lower_ not in _NOT_THE_ELECTED
    ):
        j += 1  # "wählte am Dienstag X", "wählte den früheren Landrat X": adverbials, the name's own title
    return name_after_titles(doc, j, limit)


def perfect_of_electing(doc: Doc, k: int, limit: int) -> int | None:
    """In a perfect of electing or appointing after the body at `k` ("hat am Montag X … gewählt",
    "haben … berufen"), the word before the first name between the auxiliary and the participle."""
    aux = next((t.i for t in doc[k : min(limit, k + _MAX_ELECTOR + 1)] if t.lower_ in PERFECT_AUX), None)
    if aux is None:
        return None
    done = next((t.i for t in doc[aux + 1 : limit] if t.lower_ in _ELECTED), None)
    first = next((i for i in range(aux + 1, done or aux) if person_at(doc, i) is not None), None)
    return None if first is None else first - 1  # the word before the name, as a verb's place


def electing_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'Die Mitgliederversammlung des Vereins X wählte A zum Vorsitzenden' (also "hat A zum Y
    gewählt"), 'A wurde von der Versammlung des Vereins X zur Vorsitzenden gewählt': the one
    organization named as the subject before a verb of electing or appointing in the title's sentence,
    or as the agent of its passive (the body that elects, or whose organ does), is the office's."""
    k = title.start - 1
    while k > sent.start and attributive(doc[k]):
        k -= 1  # "zur neuen Vorsitzenden"
    if k > sent.start and doc[k].lower_ == "den" and doc[k - 1].lower_ == "in":
        k -= 1  # "berief A in den Vorstand": the body's name for its members
    if k >= sent.start and doc[k].lower_ in ARTICLES | DETERMINERS:
        return None  # "wählte den früheren Landrat X": a title of the person elected, not the office
    verb = next((t.i for t in doc[sent.start : title.start] if t.lower_ in _ELECT), None)
    if verb is None and elected_after(doc, title, sent):
        verb = next((t.i for t in doc[sent.start : title.start] if t.lower_ in PERFECT_AUX), None)
        if verb is None:
            agent = next((t.i for t in doc[sent.start : title.start] if t.lower_ in _AGENT), None)
            if agent is None:
                return elects_into(meeting_org(doc, sent.start, title.start), title)
            return electing_body(doc, agent + 1, title.start, title)
    return electing_body(doc, sent.start, verb, title) if verb is not None else None


_MEETINGS = ("versammlung", "sitzung", "wahl", "wahlen", "tagung", "konferenz", "kongress", "parteitag")


def meeting_org(doc: Doc, start: int, end: int) -> str | None:
    """'Bei der Jahreshauptversammlung des Vereins X wurde A zur Vorsitzenden gewählt', 'Bei den
    Neuwahlen der Y wurde B als Kassierer bestätigt': the organization whose meeting or election (a
    noun ending so, a genitive after it) frames a passive of electing elects into its own office."""
    for k in range(start, end - 2):
        if doc[k].text[:1].isupper() and doc[k].lower_.endswith(_MEETINGS):
            if doc[k + 1].lower_ in ("des", "der"):
                name = org_at(doc, k + 2)
                return None if name is None or is_party(name) else name
    return None


def electing_body(doc: Doc, start: int, end: int, title: Title) -> str | None:
    """The one organization between `start` and `end` that elects; an organ of a territory ("Der
    Kreistag X wählte A zur Kreisbeigeordneten") elects into the territory's office, not its own: none
    then for a title that implies its kind of body (the Landkreis, left to the other steps)."""
    return elects_into(sole_org(doc, start, end), title)


def elects_into(body: str | None, title: Title) -> str | None:
    """The office's organization when `body` elects: none for an organ of a territory electing into a
    title that implies its kind of body ("Der Kreistag X wählte A zur Kreisbeigeordneten")."""
    first = body.split()[0].lower() if body else ""
    organ = any(form in word_set("organ_words.txt") for form in genitive_forms(first)) if first else False
    return None if organ and implied_kinds(title.text) else body


_HIRE = frozenset(
    {"beschäftigen", "einstellen", "anstellen", "gewinnen", "holen", "verpflichten", "einsetzen"}
)


def hiring_org(doc: Doc, title: Title, sent: Span) -> str | None:
    """'Die Stadt X stellte Y als Klimaschutzmanager ein', 'Der Landkreis X beschäftigt Y als …', 'Die
    Stadtwerke konnten Y als neuen Vertriebsleiter gewinnen': the one organization before the first
    finite verb of a sentence whose verb of hiring (by lemma, particle re-attached) has the person as
    its object and "als" + the title as the post."""
    k = title.start - 1
    while k > sent.start and doc[k].tag_ == "ADJA":
        k -= 1  # "als neuen Vertriebsleiter"
    phrase = time_phrases.ending_at(doc, k)  # "beschäftigt Y seit 2019 als …"
    before = phrase.start - 1 if phrase is not None else k - 1
    if k <= sent.start or doc[k].lower_ != "als" or person_at(doc, before) is None:
        return None
    end = next((t.i for t in doc[title.end : sent.end] if t.is_punct), sent.end)
    if not any(t.pos_ == "VERB" and t.lemma_ in _HIRE for t in doc[sent.start : end]):
        return None
    finite = next((t.i for t in doc[sent.start : k] if t.tag_ in FINITE), None)
    return sole_org(doc, sent.start, finite) if finite is not None else None


_ELECTED = frozenset(
    {"gewählt", "wiedergewählt", "ernannt", "bestellt", "berufen", "bestätigt", "bestimmt", "benannt"}
)
_AGENT = frozenset({"von", "vom"})


def elected_passive(doc: Doc, verb: Token, end: int) -> bool:
    """A passive of electing or appointing from the finite auxiliary `verb` to `end` ("wurde am
    Freitag gewählt", "ist zum 1. Mai berufen worden")."""
    return verb.lower_ in _PASSIVE and any(t.lower_ in _ELECTED for t in doc[verb.i + 1 : end])


def elected_after(doc: Doc, title: Title, sent: Span) -> bool:
    """A participle of electing or appointing closes the title's clause ("… zur Präsidentin gewählt")."""
    end = title.end
    while end < sent.end and doc[end].text not in {",", ".", ";", ":"} and end - title.end < 6:
        if doc[end].lower_ in _ELECTED:
            return True
        end += 1
    return False


_PASSIVE = frozenset({"wurde", "wurden", "wird", "werden", "ist", "sind", "war", "waren"})


def passive_elected(doc: Doc, k: int, title: Title, sent: Span) -> Span | None:
    """'A wurde von der Versammlung zur Vorsitzenden gewählt', 'Gestern wurde A vom Rat zum Y ernannt':
    the person next to the passive auxiliary of a clause that "zum"/"zur" + the title and a participle
    of electing or appointing close, with an agent ("von"/"vom") between."""
    if not elected_after(doc, title, sent):
        return None
    aux = next((t.i for t in doc[sent.start : k] if t.lower_ in _PASSIVE), None)
    if aux is None or not any(t.lower_ in _AGENT for t in doc[aux + 1 : k]):
        return None
    if aux - 1 >= sent.start and person_at(doc, aux - 1) is not None:
        return person_ending(doc, aux - 1, sent.start)
    return person_from(doc, aux + 1, k)


def agent_before(doc: Doc, person: Span, k: int) -> bool:
    """'A wurde von B zur Vorsitzenden vorgeschlagen': B, the agent of a passive, is not the one the
    "zum"/"zur" complement at `k` describes."""
    return doc[k].lower_ in {"zum", "zur"} and person.start > 0 and doc[person.start - 1].lower_ in _AGENT


def sole_org(doc: Doc, start: int, end: int) -> str | None:
    """The one organization (no party) named between `start` and `end`."""
    names = {n for k in range(start, end) if (n := org_at(doc, k)) is not None and not is_party(n)}
    return names.pop() if len(names) == 1 else None


_SUCCESSION = frozenset({"nachfolge", "nachfolger", "nachfolgerin"})  # + "von"/"des"/"der" + name
_FOLLOWS = frozenset({"folgt", "folgte", "folgen", "folgten"})  # + "auf" + name
_REPLACES = frozenset({"löst", "löste", "beerbt", "beerbte"})  # + name ("löst Y … ab")
TAKEN_OFFICE = frozenset({"amt", "posten"})  # "übernimmt das Amt von Y"
_PRECEDING = frozenset({"vorgänger", "vorgängerin"})  # "Ihr Vorgänger Y", "sein langjähriger Vorgänger Y"
_SUCCESSION_CUES = _SUCCESSION | _FOLLOWS | _REPLACES | TAKEN_OFFICE | _PRECEDING  # one look per word
_TAKES = frozenset({"übernimmt", "übernahm", "übernehmen", "übernommen"})


_HONOURS = frozenset({"ehren", "alt", "ex"})  # rank prefixes of an office held before ("Ehrenvorsitzender")


def of_the_office(own: RawRole, office: RawRole) -> bool:
    """A predecessor's own title in the succession's sentence that says nothing against having held
    the office: a seat in the body whose chair it is ("Y, der 23 Jahre im Vorstand war" for a
    "Vorstandsvorsitzende") or the office's honorary or former form ("… und nun zum Ehrenvorsitzenden
    ernannt wurde" for a "Vorsitzende")."""
    if office.role.casefold().startswith(own.role.casefold()):
        return True
    hit = role_hit(own.role.split()[-1]) if own.role.split() else None
    prefix = hit.prefix.lower().rstrip("-") if hit is not None else ""
    return prefix in _HONOURS and own.role_key == prefix + office.role_key


def predecessor_roles(doc: Doc, roles: list[RawRole]) -> list[RawRole]:
    """'X tritt die Nachfolge von Y an', 'X folgt auf Y', 'X, Nachfolgerin von Y, …', 'Ys Nachfolgerin
    ist X': predecessor and successor held the same office at the same organization. The predecessor
    gets the successor's title where the article gives them none of that kind (in their own gendered
    form, with the time "ehemalig"); the successor's past titles ("bisher Abteilungsleiterin") are not
    the office."""
    at = doc._.kg_person_at or {}
    genders = doc_genders(doc)
    out: list[RawRole] = []
    for sent in content_sents(doc):
        for tok in sent:
            if tok.lower_ not in _SUCCESSION_CUES:
                continue  # most words: no call at all
            pair = succession(doc, sent, tok, genders)
            if pair is None:
                continue
            before, after = pair
            for giver, taker, time in ((after, before, "ehemalig"),):  # (the other way: run 95)
                names = at.get(giver.start), at.get(taker.start)
                theirs = [  # the office held now, not one held before ("bisher Abteilungsleiterin")
                    r for r in roles if at.get(r.person.start) == names[0] and not time_phrases.former(r.time)
                ]
                if not theirs:
                    continue
                role = next((r for r in theirs if r.sent.start == sent.start), theirs[0])
                if role.role_key in {r.role_key for r in roles + out if at.get(r.person.start) == names[1]}:
                    continue
                own = [r for r in roles if at.get(r.person.start) == names[1] and r.sent.start == sent.start]
                if any(not of_the_office(r, role) for r in own):
                    continue  # "…, ihr Vorgänger Y war Amtsleiter": the sentence gives Y's own title
                title = gendered(role.role, genders.get(names[1] or ""))
                inherited = replace(role, person=taker, role=title, time=time, sent=sent, confidence=0.55)
                out.append(replace(inherited, inherited=True))
    return out


def title_agrees(doc: Doc, title: Title, person: Span) -> bool:
    """The title's grammatical gender is the person's, where the article shows the person's gender
    and the title has a gendered partner form ("Leiterin" is no man's, "Leiter" no woman's)."""
    gender = doc_genders(doc).get((doc._.kg_person_at or {}).get(person.start) or "")
    word = doc[title.head].text
    form = noun_form(word)
    if gender is None or form is None or partner(form.base) is None and not word.endswith("in"):
        return True
    return ("f" if word.endswith("in") else "m") == gender


def successor_of(doc: Doc, sent: Span, person: Span) -> Span | None:
    """The successor when `person` is the predecessor of a succession cue of the sentence, and the
    sentence names no third person (who could be the one the cue's "other person" finds)."""
    at = doc._.kg_person_at or {}
    if len({at[t.i] for t in sent if t.i in at}) != 2:
        return None
    genders = doc_genders(doc)
    for tok in sent:
        pair = succession(doc, sent, tok, genders)
        if pair is not None and pair[0].start == person.start:
            return pair[1]
    return None


def succession(doc: Doc, sent: Span, tok: Token, genders: dict[str, str]) -> tuple[Span, Span] | None:
    """(predecessor, successor) of a succession cue at `tok`: "Nachfolge/Nachfolger(in) von/des Y",
    "übernimmt das Amt von Y", "folgt auf Y" (the successor: the sentence's other person, or its
    pronoun's antecedent), or "Ys Nachfolger(in)" (the successor: the sentence's other person)."""
    low = tok.lower_
    if low not in _SUCCESSION_CUES:
        return None  # most words: no need to look further
    at = doc._.kg_person_at or {}
    possessor = possessor_before(doc, sent, tok.i) if low in _PRECEDING else None
    if possessor is not None:
        start = tok.i + 1  # "Ihr Vorgänger Y": the one the possessive stands for took Y's office
    elif low in _SUCCESSION and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in {"von", "des", "der"}:
        start = tok.i + 2
    elif (
        low in TAKEN_OFFICE
        and tok.i + 1 < sent.end
        and doc[tok.i + 1].lower_ == "von"
        and any(t.lower_ in _TAKES for t in doc[sent.start : tok.i])
    ):
        start = tok.i + 2  # "Sie übernimmt das Amt von Y", "X übernahm den Posten von Y"
    elif low in _FOLLOWS and (on := next((t.i for t in doc[tok.i + 1 : tok.i + 6] if t.lower_ == "auf"), 0)):
        start = on + 1  # "folgt auf Y", "Als Leiter folgt X auf Y"
    elif low in _REPLACES and (low.startswith("beerb") or "ab" in {t.lower_ for t in doc[tok.i : sent.end]}):
        start = tok.i + 1  # "X löst Y als Leiterin ab", "X beerbt Y"
    elif low in _SUCCESSION - {"nachfolge"} and tok.i > sent.start and at.get(tok.i - 1):
        start = tok.i - 1  # "Kerns Nachfolgerin ist X": the genitive name before the noun
        while start > sent.start and at.get(start - 1) == at.get(tok.i - 1):
            start -= 1
    else:
        return None
    j = start
    while (
        j < min(sent.end, start + 4)
        and person_at(doc, j) is None
        and (is_title_word(doc, j) or doc[j].lower_ in ARTICLES or role_hit(doc[j].text) is not None)
    ):
        j += 1
    name = at.get(j)
    if name is None:
        return None
    before = person_from(doc, j, sent.end)
    other = next((t.i for t in sent if t.i in at and at[t.i] != name), None)
    if possessor is not None:
        wanted = possessive_gender(possessor.text)
        after = antecedent(doc, sent, possessor.i, wanted, genders) if wanted is not None else None
    elif other is not None:
        after = person_from(doc, other, sent.end)
        while after is None and other > sent.start and at.get(other - 1) == at.get(other):
            other -= 1
            after = person_from(doc, other, sent.end)
    else:
        pronoun = next((t for t in sent if t.i < tok.i and t.lower_ in PRONOUN_GENDER), None)
        after = pronoun_antecedent(doc, sent, pronoun, genders) if pronoun is not None else None
    return (before, after) if before is not None and after is not None else None


def possessor_before(doc: Doc, sent: Span, i: int) -> Token | None:
    """The possessive determiner before the noun at `i`, past one attributive adjective."""
    k = i - 1
    if k > sent.start and doc[k].tag_ == "ADJA":
        k -= 1
    return doc[k] if k >= sent.start and possessive_gender(doc[k].text) is not None else None


def gendered(title: str, gender: str | None) -> str:
    """A title in the form of a person's gender: "Geschäftsführerin" for a man is "Geschäftsführer",
    "stellvertretender Leiter für Finanzen" for a woman "stellvertretende Leiterin für Finanzen"."""
    words = title.split()
    if not words or gender is None:
        return title
    if "für" in words[1:]:  # "Vizepräsident für Forschung": the title before its field
        field = words.index("für", 1)
        return f"{gendered(' '.join(words[:field]), gender)} {' '.join(words[field:])}"
    head = words[-1]
    shown = role_word_gender(head)
    other = partner(head)
    if shown is None and gender == "f" and head.lower() not in RANKS and other:
        if all(w.lower() in role_modifiers() for w in words[:-1]):
            # "Leiter" for a woman: "Leiterin"; "stellvertretender Leiter": "stellvertretende Leiterin"
            return " ".join([*(agreeing(w, gender) for w in words[:-1]), other])
    if shown is None:
        return base_form(title, gender)  # "Vorsitzende" of a man: "Vorsitzender" (a nominalised adjective)
    if shown == gender:
        return title
    form = noun_form(head)
    if not other and form is not None and form.adjectival:  # "Vorsitzender" for a woman: "Vorsitzende"
        return " ".join([*(agreeing(w, gender) for w in words[:-1]), form.base + _STRONG[gender]])
    if not other:
        return base_form(title, gender)
    return " ".join([*(agreeing(w, gender) for w in words[:-1]), other])


_STRONG = {"m": "er", "f": "e"}  # a nominalised adjective's strong nominative ending by gender


def agreeing(word: str, gender: str) -> str:
    """A title's modifier in the strong nominative of `gender` ("Ärztlicher" → "Ärztliche" before
    "Direktorin", "stellvertretende" → "stellvertretender" before "Leiter"); other words as they are."""
    low = word.lower()
    if low not in role_modifiers():
        return word
    if gender == "f" and low.endswith("er") and low[:-1] in role_modifiers():
        return word[:-1]
    if gender == "m" and low.endswith("e") and low + "r" in role_modifiers():
        return word + "r"
    return word


_NOMINAL = frozenset({"ART", "ADJA", "NN", "NE", "CARD"})  # the words of a noun phrase
_MAX_COMPLEMENT = 8  # words of a title's genitive complement before the verb


def into_members_body(doc: Doc, sent: Span, title: Title, k: int) -> bool:
    """'In den Vorstand …', 'Neu in den Aufsichtsrat …': the clause opens with "in den" (perhaps
    after one adverb) and a bare title that names a body of its members, at `k` its article."""
    if k < sent.start + 1 or doc[k].lower_ != "den" or doc[k - 1].lower_ != "in":
        return False
    if title.start != title.head or title.end != title.head + 1:
        return False
    return k - 1 == sent.start or k - 2 == sent.start and doc[sent.start].pos_ in {"ADV", "ADJ"}


@cache
def _join() -> frozenset[str]:
    return frozenset(read_yaml("cue_lemmas.yaml")["join"])


def fronted_office(doc: Doc, title: Title, sent: Span) -> Span | None:
    """'Zu seinem Stellvertreter wählte die Versammlung X', 'Zur Kassiererin wurde erneut Y bestimmt':
    a clause that opens with "zu"/"zum"/"zur" and the title (and its genitive), then its finite verb, a
    verb of electing or appointing in it; the first name of the clause after the verb holds it. So
    does a body of members after "in den" with a verb of electing, moving or joining ("In den Vorstand
    der X rückt Y auf"; cue_lemmas.yaml `join`, `move`)."""
    k = title.start - 1
    while k > sent.start and doc[k].lower_ in DETERMINERS - ARTICLES:
        k -= 1  # "Zu seinem Stellvertreter"
    joined = False
    if k != sent.start or doc[k].lower_ not in {"zu", "zum", "zur"}:
        joined = into_members_body(doc, sent, title, k)
        if not joined:
            return None
    verb = title.end
    while verb < min(sent.end, title.end + _MAX_COMPLEMENT) and doc[verb].tag_ in _NOMINAL:
        verb += 1  # past the title's genitive: "Zum Vorsitzenden des Vereins X wählten …"
    if verb >= sent.end or doc[verb].tag_ not in FINITE:
        return None
    end = verb + 1
    while end < sent.end and doc[end].text not in {",", ";", ":"}:
        end += 1
    clause = doc[verb:end]
    entered = joined and (moving(doc[verb]) or doc[verb].lemma_.lower() in _join())
    if doc[verb].lower_ not in _ELECT and not any(t.lower_ in _ELECTED for t in clause) and not entered:
        return None
    first = next((t.i for t in clause if person_at(doc, t.i) is not None), None)
    return person_from(doc, first, end) if first is not None else None
