"""Events named with a cue noun: quoted titles, compounds, ordinals, genitive names; organizer, location."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.relations.base import (
    ARTICLES,
    NamedThing,
    content_sents,
    in_boilerplate,
    org_at,
    org_span_starting,
    person_at,
)
from nlp.relations.lexicon import genitive_forms, read_yaml, role_hit, word_set
from nlp.relations.quoting import quoted_spans
from nlp.wordclusters import is_common_noun

_AUXILIARIES = frozenset({"hatte", "hatten", "von", "vom", "durch", "war", "ist", "wird"})
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_ORDINAL = re.compile(r"^\d{1,2}\.$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_ORDINAL_NUMBERS = {
    stem: f"{n}."
    for n, stem in enumerate("erst zweit dritt viert fünft sechst siebt acht neunt zehnt".split(), 1)
}
_ADJECTIVE_ENDINGS = ("ale", "sche", "ige", "rte", "ene", "ive", "ile", "ere")  # "Smarte", "Digitale"
_NAME_STOP = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "–", "-", "„", "“", '"'})
_ORDINAL_WORD = re.compile(
    r"^(\d{1,2}\.|(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)e[rsnm]?)$", re.IGNORECASE
)


@Language.factory("kg_events", default_config={"cues": "event_cues.txt", "details": "event_details.yaml"})
def make_events(nlp: Language, name: str, cues: str, details: str) -> EventMatcher:
    return EventMatcher(name, cues, details)


class EventMatcher:
    """Sets `doc._.kg_events`: named events, the article's main event first."""

    def __init__(self, name: str, cues: str, details: str = "event_details.yaml") -> None:
        self.name = name
        self.cues_file = cues
        self.cues = word_set(cues)
        data = read_yaml(details)
        self.organizer_cues = frozenset(data["organizer_cues"])
        self.venue_cues = frozenset(data["venue_cues"])
        self.named_heads = frozenset(data["named_heads"])
        self.not_events = tuple(data["not_events"])
        self.time_prefixes = tuple(data["time_prefixes"])
        self.not_name_words = frozenset(data["not_name_words"])
        self.not_prefix_words = frozenset(data["not_prefix_words"])
        self.prefix_words = frozenset(data["prefix_words"])
        self.suffixes = tuple(sorted({*self.cues, *self.named_heads}))

    def __call__(self, doc: Doc) -> Doc:
        quotes = quoted_spans(doc_text(doc))
        events: list[NamedThing] = []
        for sent in content_sents(doc):
            for tok in sent:
                cue = self.cue(tok.text)
                if cue is None:
                    continue
                found = self.name_at(doc, tok.i, sent, cue, quotes)
                if found is not None:
                    self.add(events, *found)
        self.attach_details(doc, events)
        doc._.kg_events = events
        return doc

    def cue(self, word: str) -> str | None:
        if not word[:1].isupper():
            return None
        low = word.lower()
        forms = list(genitive_forms(low))
        if not any(form.endswith(self.suffixes) for form in forms):
            return None  # one tuple check per form before the per-cue search
        if self.no_event(forms):
            return None
        matches = [cue for cue in self.cues for form in forms if form.endswith(cue)]
        matches += [
            h for h in self.named_heads for form in forms if form.endswith(h) and len(form) > len(h) + 2
        ]
        return min(matches, key=len) if matches else None  # the bare head: "veranstaltung" in "Auftakt..."

    def no_event(self, forms: list[str]) -> bool:
        """'Landtag', 'Dienstag', 'Weihnachtsfeiertag', 'Freitagabend': parliaments and time words."""
        forms = forms + [f[:-1] for f in forms if f.endswith("e")]  # "Feiertage"
        return any(f.endswith(self.not_events) for f in forms) or forms[0].startswith(self.time_prefixes)

    def name_at(
        self, doc: Doc, i: int, sent: Span, cue: str, quotes: list[tuple[int, int, str]]
    ) -> tuple[str, str, tuple[int, int]] | None:
        tok = doc[i]
        end_char = tok.idx + len(tok.text)
        for start, end, inner in quotes:  # Fachtagung „Titel“ / Fachtagung zum Thema „Titel“
            if end_char <= start <= end_char + 14 and not re.search(
                r"[.,;:!?]", doc_text(doc)[end_char:start]
            ):
                return inner.strip(), doc_text(doc)[tok.idx : end].strip(), (start + 1, end - 1)
        head = self.nominative(tok.text)
        if i + 2 < sent.end and _ROMAN.match(doc[i + 1].text) and doc[i + 2].text == ":":
            line_end = doc_text(doc).find("\n", tok.idx)
            line_end = len(doc_text(doc)) if line_end < 0 else line_end
            name = doc_text(doc)[tok.idx : line_end].strip()
            return name, name, (tok.idx, tok.idx + len(name))
        compound = len(tok.text) > len(cue) + 1
        start = i
        while start > sent.start and self.name_part(doc, start - 1):
            start -= 1
        if (
            start == i
            and i - 2 >= sent.start
            and doc[i - 1].lower_ == "und"
            and doc[i - 2].text.endswith("-")
        ):
            start = i - 2  # "Fortbildungs- und Diskussionsabend"
        end = self.name_after(doc, i, sent) if compound else self.bare_name_end(doc, i, sent)
        if start < i or end > i + 1 or "-" in tok.text and compound:
            text = " ".join(
                [doc[k].text for k in range(start, i)] + [head] + [doc[k].text for k in range(i + 1, end)]
            )
            last = doc[end - 1]
            return text, doc[start:end].text, (doc[start].idx, last.idx + len(last.text))
        if compound and i + 1 < sent.end:
            nxt = doc[i + 1]
            if nxt.is_upper and nxt.is_alpha and len(nxt.text) > 2:
                return f"{head} {nxt.text}", doc[i : i + 2].text, (tok.idx, nxt.idx + len(nxt.text))
            if (
                nxt.lower_ in {"der", "des"}
                and i + 2 < sent.end
                and (doc[i + 2].is_title or org_at(doc, i + 2))
            ):
                k = i + 2
                while k < sent.end and (doc[k].is_title or org_at(doc, k)) and person_at(doc, k) is None:
                    k += 1
                return (
                    f"{head} {doc[i + 1 : k].text}",
                    doc[i:k].text,
                    (tok.idx, doc[k - 1].idx + len(doc[k - 1].text)),
                )
        return None

    def name_after(self, doc: Doc, i: int, sent: Span) -> int:
        """End of a name after an event compound: a year ('Kommunalkongress 2024'), an acronym
        ('Abschlussveranstaltung FESTIVAL'), or up to three capitalised name words that end the phrase
        ('Digitaltag Rheinland-Pfalz', 'Fachtagung Smart City in Mainz', 'Innovationsforum Gesundheit'),
        optionally with a year. Not a following noun phrase ('beim Kongress Experten aus ...')."""
        k = i + 1
        while k < sent.end and k - i <= 3 and (self.name_word(doc, k) or self.after_adjective(doc, k, i)):
            k += 1
        if k > i + 1 and k < sent.end and not self.name_ends(doc[k]):
            return i + 1
        if k < sent.end and _YEAR.match(doc[k].text):
            k += 1
        return k

    def bare_name_end(self, doc: Doc, i: int, sent: Span) -> int:
        """End of a name after a bare event noun ("beim Forum Mobilität Wettau", "zum 3. Kongress
        Pflege"): as after a compound, but no plural common noun among the name words (not "beim Kongress
        Experten aus …": the clause's subject or object), after "beim", "zum" or "vom" (at, to or from
        the event; "Das Forum Gesundheit tagte" is a body, "im Forum X" a hall)."""
        start = i
        while start > sent.start and _ORDINAL.match(doc[start - 1].text):
            start -= 1
        if start == sent.start or doc[start - 1].lower_ not in {"beim", "zum", "vom"}:
            return i + 1  # "Das Forum Gesundheit tagte": a body; "im Forum X": a hall of that name
        end = self.name_after(doc, i, sent)
        if any("Plur" in t.morph.get("Number", []) and is_common_noun(t.text) for t in doc[i + 1 : end]):
            return i + 1
        return end

    def name_word(self, doc: Doc, k: int) -> bool:
        tok = doc[k]
        if tok.is_upper and tok.is_alpha and len(tok.text) > 2:
            return True
        return (
            tok.text[:1].isupper()
            and (tok.is_alpha or "-" in tok.text)
            and tok.lower_ not in self.not_name_words
            and tok.lower_ not in ARTICLES
            and self.cue(tok.text) is None
            and person_at(doc, k) is None
            and not role_hit(tok.text)
        )

    def after_adjective(self, doc: Doc, k: int, i: int) -> bool:
        """'Innovationsforum Smarte Städte': a generic noun is part of the name after a name adjective."""
        prev = doc[k - 1]
        return k > i + 1 and prev.lower_.endswith(_ADJECTIVE_ENDINGS) and doc[k].is_title and doc[k].is_alpha

    @staticmethod
    def name_ends(tok: Token) -> bool:
        """The token after a name: punctuation, a year, or a lower-case word other than an article
        ('in Mainz', 'fand ... statt'); 'Gesundheit der Stadt' is a noun phrase, not a name."""
        return (
            tok.text in _NAME_STOP
            or bool(_YEAR.match(tok.text))
            or tok.is_lower
            and tok.lower_ not in ARTICLES
        )

    @staticmethod
    def nominative(word: str) -> str:
        for ending in ("iums", "ums", "ses"):
            if word.endswith(ending):
                return word[:-1] if ending != "ses" else word[:-2]
        if word.endswith(("festes", "kongresses", "tages")):
            return word[:-2]
        if word.endswith(
            ("forums", "tags", "treffens", "abends", "workshops", "seminars", "gipfels", "festivals")
        ):
            return word[:-1]
        return word

    def name_part(self, doc: Doc, k: int) -> bool:
        tok = doc[k]
        if _ORDINAL.match(tok.text):
            return True
        if tok.lower_ in ARTICLES or tok.lower_ in self.not_prefix_words:
            return False
        if person_at(doc, k) is not None or not tok.text[:1].isupper():
            return False
        if k > 0 and doc[k - 1].is_sent_start and tok.is_sent_start:
            return False
        return tok.text.endswith("er") and tok.is_alpha or "-" in tok.text or tok.text in self.prefix_words

    @staticmethod
    def add(events: list[NamedThing], name: str, alias: str, mention: tuple[int, int]) -> None:
        key = EventMatcher.ordinal_key(name)
        for ev in events:
            other = EventMatcher.ordinal_key(ev.name)
            same = other == key or other.startswith(key) or key.startswith(other)
            if same or other.endswith(" " + key) or key.endswith(" " + other):
                longer, shorter = (name, ev.name) if len(name) > len(ev.name) else (ev.name, name)
                cut = longer[: len(longer) - len(shorter)].strip()
                ordinal = longer.casefold().endswith(shorter.casefold()) and _ORDINAL_WORD.match(cut)
                best = shorter if ordinal else longer  # "Zweiter X" is X; otherwise the fuller name
                if best != ev.name:
                    ev.aliases.append(ev.name)
                    ev.name = best
                if alias not in ev.aliases and alias != ev.name:
                    ev.aliases.append(alias)
                ev.mentions.append(mention)
                return
        events.append(NamedThing(name, [alias] if alias != name else [], [mention]))

    @staticmethod
    def ordinal_key(name: str) -> str:
        """Comparison key, a leading ordinal word as a number: 'Zweiter Zukunftstag' -> '2. zukunftstag'."""
        first, _, rest = name.casefold().partition(" ")
        stem = re.sub(r"e[rsnm]?$", "", first)
        return f"{_ORDINAL_NUMBERS[stem]} {rest}" if rest and stem in _ORDINAL_NUMBERS else name.casefold()

    @staticmethod
    def subject_org(doc: Doc, sent: Span, limit: int) -> Span | None:
        """The first organization before `limit` that is not inside a prepositional phrase."""
        k = sent.start
        while k < limit:
            name = org_at(doc, k)
            if name is not None:
                j = k - 1
                while j >= sent.start and (doc[j].lower_ in ARTICLES or doc[j].is_lower and doc[j].is_alpha):
                    if doc[j].lower_ in {"ins", "im", "in", "am", "zum", "zur", "vom", "beim", "mit"}:
                        break
                    j -= 1
                prep = j >= sent.start and doc[j].lower_ in {
                    "ins",
                    "im",
                    "in",
                    "am",
                    "zum",
                    "zur",
                    "vom",
                    "beim",
                    "mit",
                }
                if not prep:
                    return doc[k : k + 1]
                while k < limit and org_at(doc, k) == name:
                    k += 1
                continue
            k += 1
        return None

    def attach_details(self, doc: Doc, events: list[NamedThing]) -> None:
        """Organizer ("Einladung des X", "hatte X eingeladen") and venue ("Tagungsort war die X",
        "fand in X statt") of the main event."""
        if not events:
            return
        main = events[0]
        for tok in doc:
            if in_boilerplate(doc, tok.idx):
                break
            if tok.lower_ in self.organizer_cues and main.organizer is None:
                main.organizer = self.organizer_at(doc, tok)
            if tok.lower_ in self.venue_cues and main.location is None:
                main.location = self.phrase_after(doc, tok.i + 1, tok.sent.end)
            if tok.lower_ == "statt" and main.location is None and self.mentions_event(tok.sent, main):
                main.location = self.place_in(doc, tok.sent)

    @staticmethod
    def organizer_at(doc: Doc, tok: Token) -> str | None:
        k = tok.i + 1
        while k < len(doc) and doc[k].lower_ in _AUXILIARIES:
            k += 1
        org = org_span_starting(doc, k, min(len(doc), k + 8))
        if org is None and tok.is_lower:  # "hatte der Verband X ... eingeladen"
            org = EventMatcher.subject_org(doc, tok.sent, tok.i)
        return org_at(doc, org.start) if org is not None else None

    @staticmethod
    def phrase_after(doc: Doc, k: int, end: int) -> str | None:
        """'Tagungsort war die Halle X.': the noun phrase after the cue, up to punctuation."""
        while k < end and (doc[k].is_lower or doc[k].lower_ in ARTICLES):
            k += 1
        stop = k
        while stop < end and doc[stop].text not in {".", ",", ";"}:
            stop += 1
        return doc[k:stop].text if stop > k else None

    @staticmethod
    def mentions_event(sent: Span, event: NamedThing) -> bool:
        return any(sent.start_char <= s < sent.end_char for s, _ in event.mentions)

    @staticmethod
    def place_in(doc: Doc, sent: Span) -> str | None:
        """'fand im Kulturzentrum X statt': the first place or organization after 'in'/'im'."""
        for ent in doc.ents:
            if sent.start < ent.start < sent.end and ent.label_ in {"LOC", "ORG"}:
                prev = doc[ent.start - 1].lower_
                if prev in {"in", "im"} or prev in ARTICLES and doc[ent.start - 2].lower_ == "in":
                    return ent.text
        return None
