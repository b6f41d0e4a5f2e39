"""Events named with a cue noun: quoted titles, compounds, ordinals, genitive names; organizer, location."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.relations.base import ARTICLES, NamedThing, content_sents, org_at, org_span_starting, person_at
from nlp.relations.lexicon import word_set
from nlp.relations.quoting import quoted_spans

_ROMAN = re.compile(r"^[IVX]{1,4}$")
_ORDINAL = re.compile(r"^\d{1,2}\.$")
_ORGANIZER_CUES = frozenset({"einladung", "veranstalter", "ausrichter"})
_VENUE_CUES = frozenset({"tagungsort", "veranstaltungsort", "austragungsort"})


@Language.factory("kg_events", default_config={"cues": "event_cues.txt"})
def make_events(nlp: Language, name: str, cues: str) -> EventMatcher:
    return EventMatcher(name, cues)


class EventMatcher:
    """Sets `doc._.kg_events`: named events, the article's main event first."""

    def __init__(self, name: str, cues: str) -> None:
        self.name = name
        self.cues_file = cues
        self.cues = word_set(cues)

    def __call__(self, doc: Doc) -> Doc:
        quotes = quoted_spans(doc.text)
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
        for cue in self.cues:
            if low.endswith(cue):
                return cue
        return None

    def name_at(
        self, doc: Doc, i: int, sent: Span, cue: str, quotes: list[tuple[int, int, str]]
    ) -> tuple[str, str, tuple[int, int]] | None:
        tok = doc[i]
        end_char = tok.idx + len(tok.text)
        for start, end, inner in quotes:  # Fachtagung „Titel“ / Fachtagung zum Thema „Titel“
            if end_char <= start <= end_char + 14 and not re.search(r"[.,;:]", doc.text[end_char:start]):
                return inner.strip(), doc.text[tok.idx : end].strip(), (start + 1, end - 1)
        head = self.nominative(tok.text)
        if i + 2 < sent.end and _ROMAN.match(doc[i + 1].text) and doc[i + 2].text == ":":
            line_end = doc.text.find("\n", tok.idx)
            line_end = len(doc.text) if line_end < 0 else line_end
            name = doc.text[tok.idx : line_end].strip()
            return name, name, (tok.idx, tok.idx + len(name))
        compound = len(tok.text) > len(cue) + 1
        start = i
        while start > sent.start and self.name_part(doc, start - 1):
            start -= 1
        if start < i or "-" in tok.text and compound:
            text = " ".join([doc[k].text for k in range(start, i)] + [head])
            return text, doc[start : i + 1].text, (doc[start].idx, end_char)
        if compound and i + 1 < sent.end:
            nxt = doc[i + 1]
            if nxt.is_upper and nxt.is_alpha and len(nxt.text) > 2:
                return f"{head} {nxt.text}", doc[i : i + 2].text, (tok.idx, nxt.idx + len(nxt.text))
            if nxt.lower_ in {"der", "des"} and i + 2 < sent.end and doc[i + 2].is_title:
                k = i + 2
                while k < sent.end and (doc[k].is_title or org_at(doc, k)) and person_at(doc, k) is None:
                    k += 1
                return f"{head} {doc[i + 1 : k].text}", doc[i:k].text, (tok.idx, doc[k - 1].idx + len(doc[k - 1].text))
        return None

    @staticmethod
    def nominative(word: str) -> str:
        for ending in ("iums", "ums", "ses"):
            if word.endswith(ending):
                return word[:-1] if ending != "ses" else word[:-2]
        if word.endswith(("forums", "tags", "festes", "treffens", "kongresses")):
            return word[:-2] if word.endswith(("festes", "kongresses")) else word[:-1]
        return word

    @staticmethod
    def name_part(doc: Doc, k: int) -> bool:
        tok = doc[k]
        if _ORDINAL.match(tok.text):
            return True
        if tok.lower_ in ARTICLES or person_at(doc, k) is not None or not tok.text[:1].isupper():
            return False
        if k > 0 and doc[k - 1].is_sent_start and tok.is_sent_start:
            return False
        return tok.text.endswith("er") and tok.is_alpha or "-" in tok.text or tok.text in {"Smart", "City"}

    @staticmethod
    def add(events: list[NamedThing], name: str, alias: str, mention: tuple[int, int]) -> None:
        key = name.casefold()
        for ev in events:
            other = ev.name.casefold()
            if other == key or other.startswith(key) or key.startswith(other):
                if len(name) > len(ev.name):
                    ev.aliases.append(ev.name)
                    ev.name = name
                if alias not in ev.aliases and alias != ev.name:
                    ev.aliases.append(alias)
                ev.mentions.append(mention)
                return
        events.append(NamedThing(name, [alias] if alias != name else [], [mention]))

    @staticmethod
    def attach_details(doc: Doc, events: list[NamedThing]) -> None:
        """Organizer ("Einladung des X") and venue ("Tagungsort war die X") of the main event."""
        if not events:
            return
        main = events[0]
        for tok in doc:
            if tok.lower_ in _ORGANIZER_CUES and main.organizer is None:
                org = org_span_starting(doc, tok.i + 1, min(len(doc), tok.i + 8))
                if org is not None:
                    main.organizer = org_at(doc, org.start)
            if tok.lower_ in _VENUE_CUES and main.location is None:
                sent = tok.sent
                k = tok.i + 1
                while k < sent.end and (doc[k].is_lower or doc[k].lower_ in ARTICLES):
                    k += 1
                stop = k
                while stop < sent.end and doc[stop].text not in {".", ",", ";"}:
                    stop += 1
                if stop > k:
                    main.location = doc[k:stop].text
