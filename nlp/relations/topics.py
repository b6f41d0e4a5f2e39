"""The topic of a talk: a bracketed subject, a named project, "über X", "stellte X vor", a passive subject."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.relations.base import ARTICLES, FINITE, org_at, person_at
from nlp.relations.lexicon import org_like, read_yaml, role_hit
from nlp.relmodel.cues import cue_classes
from nlp.topic_text import tidy_topic

_TOPIC_PREPS = frozenset({"über", "zu", "zum", "zur"})
_WITH = frozenset({"gemeinsam", "zusammen"})  # "gemeinsam mit X": a co-speaker, no part of the topic
_STOP = frozenset({".", ",", ";", ":", "(", "!", "?", "“", "”", '"'})
_DETERMINERS = ARTICLES | {"dieses", "diese", "diesen", "ihr", "ihre", "ihren", "sein", "seine", "seinen"}
_PASSIVE = frozenset({"wurde", "wurden", "wird", "werden"})
# Participles whose passive subject is what the talk was about (not "eröffnet": that names the event).
_ABOUT = frozenset({"besprochen", "vorgestellt", "präsentiert", "erläutert", "diskutiert", "vorgetragen"})
_PARTICLES = frozenset({"vor"})
# a moment of the event after "zu"/"zum"/"zur" ("Zu Beginn", "Zum Auftakt des Fachtags"): no topic
_MOMENTS = frozenset(read_yaml("talk_cues.yaml")["moment_nouns"])
_AUF = frozenset({"auf"})
_AUF_LEMMAS = frozenset(read_yaml("talk_cues.yaml")["auf_topic_lemmas"])


def talk_topic(sent: Span, person: Span, projects: set[str], kind: str) -> str | None:
    """The best topic for `person`'s talk reported in `sent` (found by the pattern `kind`), or None; tidied
    of leftovers ('Thema „X' -> 'X'; 'Expert*innen' is no topic: nlp/topic_text.py)."""
    return tidy_topic(
        parenthesised(sent, person)
        or (after_colon(sent, person) if kind == "list" else None)
        or own_preposition(sent, person)
        or project_named(sent, projects)
        or after_preposition(sent)
        or auf_object(sent)
        or (fronted_object(sent, person) if kind == "verb" else None)
        or (particle_object(sent) if kind == "verb" else None)
        or (passive_subject(sent) if kind == "agent" else None)
    )


def _clean(doc: Doc, start: int, end: int) -> str | None:
    """Tokens [start, end) without a leading determiner or trailing adverbs; None unless a noun remains."""
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    while end > start and doc[end - 1].is_lower:
        end -= 1
    if end <= start or not any(t.text[:1].isupper() for t in doc[start:end]):
        return None
    return doc[start:end].text


def parenthesised(sent: Span, person: Span) -> str | None:
    """'X (Kardiologie und Rhythmologie), Y (...) hielten Vorträge': the subject in brackets after a name."""
    doc = sent.doc
    if person.end + 2 >= sent.end or doc[person.end].text != "(":
        return None
    k = person.end + 1
    while k < sent.end and doc[k].text != ")":
        k += 1
    inner = doc[person.end + 1 : k]
    if k >= sent.end or not len(inner) or any(org_at(doc, t.i) or role_hit(t.text) for t in inner):
        return None
    if len(inner) == 1 and org_like(inner.text):
        return None  # "(Verbraucherzentrale)": the speaker's body, as for affiliations
    if any(c.isdigit() for c in inner.text):
        return None  # "(3.v.l.)": a picture caption
    return _clean(doc, inner.start, inner.end)


def project_named(sent: Span, projects: set[str]) -> str | None:
    """A project named in the sentence, preferring one after 'über'/'zu'/'von'."""
    text = sent.text
    positions = [text.find(f" {p} ") for p in ("über", "zu", "zum", "zur", "von")]
    anchor = min((p for p in positions if p >= 0), default=-1)
    named = sorted((text.find(name), name) for name in projects if name in text)
    if not named:
        return None
    after = [n for pos, n in named if 0 <= anchor < pos]
    return after[0] if after else named[-1][1]


def after_preposition(sent: Span) -> str | None:
    """'referierte über X', 'sprach zu X und Y des Z'."""
    for tok in sent:
        found = _phrase_after(sent, tok)
        if found:
            return found
    return None


def after_colon(sent: Span, person: Span) -> str | None:
    """'- Eva X, Stadtwerke Y: Datenschutz im Amt': the rest of a list line after the colon."""
    doc = sent.doc
    colon = next((t.i for t in doc[person.end : sent.end] if t.text == ":"), None)
    if colon is None:
        return None
    end = sent.end
    while end > colon + 1 and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return doc[colon + 1 : end].text if end > colon + 1 else None


def own_preposition(sent: Span, person: Span) -> str | None:
    """'X über A, Y über B': the topic right after the person's name (a conjunct without its verb)."""
    return _phrase_after(sent, sent.doc[person.end]) if person.end < sent.end else None


def auf_object(sent: Span) -> str | None:
    """'ging in ihrem Vortrag auf den Fachkräftemangel ein', 'wies auf die Bedeutung des Ehrenamts hin':
    the noun phrase after "auf" in a sentence with a verb of talking that takes it (talk_cues.yaml
    `auf_topic_lemmas`, by lemma)."""
    if not any(t.pos_ in {"VERB", "ADJ", "ADV"} and t.lemma_.lower() in _AUF_LEMMAS for t in sent):
        return None
    for tok in sent:
        found = _phrase_after(sent, tok, _AUF) if tok.lower_ == "auf" else None
        if found:
            return found
    return None


def _phrase_after(sent: Span, tok: Token, preps: frozenset[str] = _TOPIC_PREPS) -> str | None:
    """The noun phrase after a topic preposition at `tok` ("über X"), up to a stop, a name, a verb or
    a separable particle ("auf X ein")."""
    doc = sent.doc
    if tok.lower_ not in preps or tok.i + 1 >= sent.end or person_at(doc, tok.i + 1) is not None:
        return None
    if tok.lower_ != "über" and doc[tok.i + 1].lower_ in _MOMENTS:
        return None
    if tok.lower_ != "über" and "EVENT" in cue_classes(doc[tok.i + 1]):
        return None  # "Zum Jahresempfang begrüßte X die Gäste": the event, not what X spoke about
    k = tok.i + 1
    while k < sent.end and doc[k].text not in _STOP and person_at(doc, k) is None:
        if (
            doc[k].tag_ in FINITE
            or doc[k].tag_ == "PTKVZ"
            or doc[k].lower_ == "durch"
            or doc[k].lower_ == "und"
            and person_at(doc, k + 1)
        ):
            break  # a fronted topic ends at the verb ('Über X hielt Prof. Dr. Y …'), a topic at the
            # talk's agent ('ein Überblick über X durch ihren Vorsitzenden Y') or the next conjunct
        k += 1  # a fronted topic ends where the speaker's name begins
    return _clean(doc, tok.i + 1, k)


def fronted_object(sent: Span, person: Span) -> str | None:
    """'Die neue Planung stellte X vor': a noun phrase that opens the sentence right before the finite
    verb, the speaker after it, is what was presented."""
    doc = sent.doc
    verb = next((t.i for t in sent if t.tag_ in FINITE), None)
    if verb is None or not sent.start + 2 <= verb < person.start or sent[0].lower_ not in _DETERMINERS:
        return None
    if any(not (t.tag_ in {"ADJA", "NN", "ART"} or t.i == sent.start) for t in doc[sent.start : verb]):
        return None
    if any({"TALK", "EVENT"} & set(cue_classes(t)) for t in doc[sent.start : verb]):
        return None  # "Ein Grußwort sprach X", "Die Keynote hielt Y": the talk itself, no topic
    return _clean(doc, sent.start, verb)


def particle_object(sent: Span) -> str | None:
    """'stellte den Gästen das Konzept der Stadt vor': the last noun phrase before the particle, after
    the speaker and the body attached to the name ("stellte X von der Y neue Modelle vor")."""
    doc = sent.doc
    particle = next((t.i for t in sent if t.lower_ in _PARTICLES and t.i > sent.start), None)
    if particle is None:
        return None
    # the last name before the particle and the body attached to it ("A und B von der Y"): the object
    # comes after them
    last = next((j for j in range(particle - 1, sent.start, -1) if person_at(doc, j) is not None), None)
    floor = attachment_end(doc, last + 1, particle) if last is not None else None
    k = particle - 1
    while k > sent.start and doc[k].text not in _STOP:
        if floor is not None and k < floor:
            return _clean(doc, floor, particle)  # a bare plural after the name and its body
        tok = doc[k]
        genitive = tok.lower_ in {"der", "des"} and doc[k - 1].text[:1].isupper()
        if tok.lower_ in _DETERMINERS and not genitive:
            end = next((j for j in range(k, particle) if doc[j].lower_ in _WITH), particle)
            return _clean(doc, k, end)  # "stellte das Konzept gemeinsam mit X vor": the object only
        k -= 1
    return None


def attachment_end(doc: Doc, k: int, limit: int) -> int:
    """The end of the body attached to a name ending before `k` ("von der AOK X", "vom Klinikum Y"),
    else `k`."""
    if k + 1 >= limit or doc[k].lower_ not in {"von", "vom", "aus"}:
        return k
    j = k + 1
    while j < limit and doc[j].lower_ in ARTICLES:
        j += 1
    name = org_at(doc, j) if j < limit else None
    if name is None:
        return k
    while j < limit and org_at(doc, j) == name:
        j += 1
    return j


def passive_subject(sent: Span) -> str | None:
    """'Die Möglichkeiten des X wurden von Y besprochen': the noun phrase before the passive auxiliary."""
    doc = sent.doc
    aux = next((t.i for t in sent if t.lower_ in _PASSIVE), None)
    if aux is None or aux - sent.start > 12 or sent[0].lower_ not in _DETERMINERS:
        return None
    if not any(t.lower_ in _ABOUT for t in sent):
        return None
    return _clean(doc, sent.start, aux)
