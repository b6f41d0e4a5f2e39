"""Direct quotes attributed to their speaker: „…“, erklärte X / X sagte: „…“ / „…“, so X; and
reported speech attributed by "laut", "zufolge", "nach Angaben von", "wie X betonte" (reported.py)."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.relations.base import (
    ARTICLES,
    COURTESY,
    FINITE,
    PREPOSITIONS,
    QUOTE_OPEN,
    RawQuote,
    content_sents,
    in_boilerplate,
    org_at,
    person_at,
    person_from,
    possessive_gender,
)
from nlp.relations.coref import ACADEMIC
from nlp.relations.genders import (
    PRONOUN_GENDER,
    antecedent,
    doc_genders,
    group_antecedents,
    group_at,
    pronoun_antecedent,
)
from nlp.relations.lexicon import multiword_roles, read_yaml, role_hit, word_set
from nlp.relations.quoting import char_before, quoted_spans
from nlp.relations.reported import (
    continued_report,
    pointed_report,
    pronoun_report,
    reported_quotes,
    said,
    source_after,
    sources_after,
)
from nlp.relations.role_forms import role_word_gender
from nlp.relations.title_words import is_title_word, name_after_titles
from nlp.relmodel.cues import cue_classes

_MIN_WORDS = 3  # shorter quoted stretches are names or scare quotes
_MAX_LEAD = 7
_DETERMINERS = ARTICLES | {"dessen", "deren", "ihr", "ihre", "sein", "seine", "unser", "unsere"}
_LEAD_WORDS = ACADEMIC | COURTESY | _DETERMINERS  # before a name: "Dr.", "Frau", "die", "ihre"
_LEAD_ADVERBS = frozenset(
    {"auch", "zudem", "außerdem", "ebenso", "ebenfalls", "so"}
)  # tokens between the speech verb and the speaker ("erklärte ABC-Mitarbeiterin X")


_MIN_ANSWERS = 2  # lines "Name: …" an interview has at least (a single one is a caption or a contact)


def interview_answers(doc: Doc, taken: list[tuple[int, int]]) -> list[RawQuote]:
    """An interview's answers: lines that open with a person's name (or surname) and a colon and go on
    with a sentence of their own, unquoted ("Albers: Wir wollen bis 2026 alle Anträge online
    anbieten."); only where the article has at least two such lines, each with a finite verb or after a
    line that asks a question ("Was ist Ihr Ziel?" – "Albers: Bezahlbarer Wohnraum.")."""
    text = doc_text(doc)
    out: list[RawQuote] = []
    for tok in doc:
        if tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:
            continue  # only the first word of a line
        name = person_at(doc, tok.i)
        if name is None:
            continue
        k = tok.i
        while k < len(doc) and person_at(doc, k) == name:
            k += 1
        if k + 1 >= len(doc) or doc[k].text != ":" or doc[k + 1].text in QUOTE_OPEN:
            continue
        start = doc[k + 1].idx
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        answer = doc.char_span(start, end, alignment_mode="contract")
        if answer is None or len(answer) < _MIN_WORDS:
            continue
        if not any(t.tag_ in FINITE for t in answer) and not text[: tok.idx].rstrip().endswith("?"):
            continue  # a sentence of its own, or any answer to a question line before it
        if any(start < b and a < end for a, b in taken):
            continue
        out.append(RawQuote(doc[tok.i : k], text[start:end].strip(), start, end, 0.7))
    return out if len(out) >= _MIN_ANSWERS else []


@Language.factory("kg_quotes", default_config={"verbs": "speech_verbs.txt"})
def make_quotes(nlp: Language, name: str, verbs: str) -> QuoteMatcher:
    return QuoteMatcher(name, verbs)


# confidence of a quote whose speaker is named right after its verb of saying ("„…“, sagte X"): read by
# the relation model as an attribution that stands on its own
SAID_AFTER = 0.9


class QuoteMatcher:
    """Sets `doc._.kg_quotes`; a quote nobody is named for yields nothing."""

    def __init__(self, name: str, verbs: str) -> None:
        self.name = name
        self.verbs_file = verbs
        self.verbs = word_set(verbs)

    def __call__(self, doc: Doc) -> Doc:
        found: list[RawQuote] = []
        judged_phrases: set[int] = set()  # quoted phrases judged by a verb's subject (its conjuncts too)
        last: tuple[int, Span] | None = None  # (line number, speaker) of the previous attributed quote
        for start, end, inner, said_end in interrupted(
            doc_text(doc), quoted_spans(doc_text(doc)), self.verbs
        ):
            if in_boilerplate(doc, start):
                continue
            if not self.is_quote(doc_text(doc), start):
                # "nannte die Lage „sehr ernst“": the words of the subject of a verb of judging
                judged = fragment_speakers(doc, start, inner)
                fragments = [RawQuote(p, inner.strip(), start, end, 0.7) for p in judged]
                found.extend(fragments)
                judged_phrases.update(id(q) for q in fragments)
                continue
            if len(inner.split()) < _MIN_WORDS and not self.announced(doc, start):
                continue
            line = doc_text(doc).count("\n", 0, start)
            person, confidence = self.attribute(doc, start, said_end)
            if confidence == _UNRESOLVED:
                continue
            group = self.group_after(doc, said_end) if person is None else None
            if group is not None:  # "„…“, sind sich die fünf Landräte einig": each of the five before
                found.extend(RawQuote(p, inner.strip(), start, end, 0.7) for p in group)
                continue
            if person is None and last is not None and last[0] == line:
                person, confidence = last[1], 0.6  # a further quote of the same speaker
            if person is None:
                person, confidence = self.previous_subject(doc, start), 0.5
            if person is None:
                continue
            last = (line, person)
            found.append(RawQuote(person, inner.strip(), start, end, confidence))
            for other in self.so_speakers(doc, said_end)[1:]:  # "„…“, so die Planerinnen A und B"
                found.append(RawQuote(other, inner.strip(), start, end, confidence))
        direct = [(q.start, q.end) for q in found]
        prev: Span | None = None
        reporter: Span | None = None  # the one person whose words the previous sentence reported
        talkers: dict[int, list[Span]] = {}  # sentence start -> the speakers of its talks
        for link in doc._.kg_speakers or []:
            talkers.setdefault(link.sent.start, []).append(link.person)
        for sent in content_sents(doc):  # reported speech outside the direct quotes
            reports = reported_quotes(sent, self.verbs)
            if not reports and prev is not None:  # "X warnte … Allein im Vorjahr seien 300 Fälle …"
                # or the one speaker of a talk the sentence before names ("Es folgte ein Überblick
                # durch X. Tatsächlich gebe es …")
                going_on = continued_report(prev, sent, self.verbs, reporter or sole(talkers.get(prev.start)))
                reports = [going_on] if going_on is not None else []
            if not reports and prev is not None and (back := pointed_report(prev, sent, self.verbs)):
                reports = [back]  # "Die Zahl sei gesunken. Das teilte X mit."
            if not reports and prev is not None and (theirs := pronoun_report(prev, sent)):
                reports = [theirs]  # "X zog Bilanz. Sie stelle einen starken Zusammenhalt fest."
            for q in reports:
                if not any(q.start < end and start < q.end for start, end in direct):
                    found.append(q)  # "„…“, sagte X. Er fügte hinzu, die Hilfe komme rasch."
            people = {q.person.text for q in reports}
            reporter = reports[0].person if len(people) == 1 and reports[0].form == "indirect" else None
            prev = sent
        found.extend(interview_answers(doc, [(q.start, q.end) for q in found]))
        doc._.kg_quotes = with_conjuncts(doc, found, judged_phrases)
        return doc

    @staticmethod
    def is_quote(text: str, start: int) -> bool:
        """Quotes open a sentence or follow ':' or ','; after a word they are titles ('Fachtagung „X“')."""
        before = char_before(text, start)
        return not before or before in ":,.!?\n–-"

    def announced(self, doc: Doc, start: int) -> bool:
        """'Auf die Frage antwortete X knapp: „Ganz sicher.“': a quote after the colon that closes a
        clause with a verb of saying is one, however short (elsewhere short quoted words are names
        or scare quotes)."""
        sent = self.sentence_at(doc, start)
        if sent is None or char_before(doc_text(doc), start) != ":":
            return False
        said = any(t.lower_ in self.verbs for t in sent if t.idx < start)
        return said or self.name_label(doc, sent, start) is not None  # "X: »Unbezahlbar«"

    def name_label(self, doc: Doc, sent: Span, start: int) -> Span | None:
        """'Anna Berg: »Unbezahlbar« – Tim Ost: »Gute Arbeit«': a name that opens its phrase (the
        sentence, a line, or after a dash or comma) right before the colon of a quote."""
        if char_before(doc_text(doc), start) != ":":
            return None
        colon = next((t for t in reversed(sent) if t.idx < start and t.text == ":"), None)
        if colon is None or colon.i == sent.start or person_at(doc, colon.i - 1) is None:
            return None
        k = colon.i - 1
        while k > sent.start and person_at(doc, k - 1) == person_at(doc, colon.i - 1):
            k -= 1
        opens = k == sent.start or doc[k - 1].text in {"–", "-", ",", "|"} or "\n" in doc[k - 1].text_with_ws
        return self.person_span(doc, k) if opens else None

    def attribute(self, doc: Doc, start: int, end: int) -> tuple[Span | None, float]:
        """The quote's speaker and confidence; confidence `_UNRESOLVED` when a pronoun after the verb
        of saying names the speaker but stands for nobody known ("„…“, sagt sie" after two women)."""
        pronoun = self.pronoun_after(doc, end)
        if pronoun is not None:
            person = pronoun_antecedent(doc, pronoun.sent, pronoun, doc_genders(doc))
            return (person, 0.8) if person is not None else (None, _UNRESOLVED)
        after = self.speaker_after(doc, end)
        if after is None and (listed := self.so_speakers(doc, end)):
            after = listed[0]  # "„…“, so der Vorsitzende des Vereins und Leiter des Amtes X"
        if after is not None:
            return after, SAID_AFTER
        before = self.speaker_before(doc, start)
        if before is not None:
            return before, 0.8
        return None, 0.0

    @staticmethod
    def word_after(doc: Doc, end: int) -> int | None:
        """The first token after a quote that ends at character `end`, past commas and closing marks."""
        span = doc.char_span(end, min(len(doc_text(doc)), end + 200), alignment_mode="expand")
        if span is None or not len(span):
            return None
        k = span.start
        while k < len(doc) and doc[k].text in {",", "“", "”", '"', "«", "»"}:
            k += 1
        return k if k < len(doc) else None

    def pronoun_after(self, doc: Doc, end: int) -> Token | None:
        """'„…“, sagt sie', '„…“, betonte er': a singular personal pronoun right after the verb of saying
        that follows the quote ("sagen sie": several, left alone)."""
        k = self.word_after(doc, end)
        if k is None or k + 1 >= len(doc) or doc[k].lower_ not in self.verbs:
            return None
        pronoun = doc[k + 1]
        if pronoun.lower_ not in PRONOUN_GENDER or pronoun.text == "Sie":
            return None
        if pronoun.lower_ == "sie" and "Plur" in doc[k].morph.get("Number", []):
            return None
        return pronoun

    def so_speakers(self, doc: Doc, end: int) -> list[Span]:
        """The persons of an attributing "so" right after a closing quotation mark."""
        k = self.word_after(doc, end)
        if k is None or doc[k].lower_ != "so":
            return []
        return sources_after(doc, k + 1, doc[k].sent.end)

    def speaker_after(self, doc: Doc, end: int) -> Span | None:
        """', erklärte ROLE X' / ', so X' / ', betonte die Direktorin' right after the closing mark; or a
        sentence after the quote that points back to it: '„…“ Das sagte X am Montag.'"""
        k = self.word_after(doc, end)
        if k is not None and (bracketed := bracketed_speaker(doc, k)) is not None:
            return bracketed  # "„Wir machen weiter.“ (Eva X)": the name alone in brackets after the quote
        if k is not None and (dashed := dashed_speaker(doc, k)) is not None:
            return dashed  # "„Wir schaffen das“ – Landrat X zur Lage im Kreis": a headline's speaker
        if k is not None and k + 1 < len(doc) and doc[k].text in {"–", "-"} and doc[k + 1].lower_ == "so":
            k += 1  # "„…“ – so lautet das Fazit von X"
        if k is not None and k + 1 < len(doc) and doc[k].lower_ == "so" and doc[k + 1].lower_ in _LAUTET:
            k += 1
        if k is not None and doc[k].lower_ in _LAUTET:
            return self.person_of_phrase(doc, k + 1)  # "„…“, lautet das Fazit von X"
        if k is not None and [t.lower_ for t in doc[k : k + 3]] in _IT_SAYS:
            return self.person_of_phrase(doc, k + 3)  # "„…“, heißt es in einer Erklärung von X"
        pointing = False
        if k is not None and k + 2 < len(doc) and doc[k].text in _DASHES and doc[k + 1].lower_ in _POINTING:
            k, pointing = k + 2, True  # "„…“ – das kündigte X an"
        elif k is not None and doc[k].is_sent_start and doc[k].lower_ in _POINTING and k + 1 < len(doc):
            k, pointing = k + 1, True  # "Das sagte X", "Dies betonte X", "So beschreibt X …"
        elif k is not None and doc[k].is_sent_start and [t.lower_ for t in doc[k : k + 3]] in _WITH_WORDS:
            k, pointing = k + 3, True  # "Mit diesen Worten eröffnete X die Sitzung"
        elif (
            k is not None and doc[k].text in _DASHES and [t.lower_ for t in doc[k + 1 : k + 4]] in _WITH_WORDS
        ):
            k, pointing = k + 4, True  # "„…“ – mit diesen Worten eröffnete X die Sitzung"
        if k is None or k >= len(doc):
            return None
        acting = {"OPEN", "PRESENT", "GREET"} & set(cue_classes(doc[k]))  # "eröffnete", "begrüßte"
        # a verb of saying by its form, or by its lemma ("räumte X ein": einräumen), or one of acting that a
        # pointing word ties to the quote ("Mit diesen Worten eröffnete X …")
        if doc[k].lower_ not in self.verbs and not (said(doc[k], self.verbs) or pointing and acting):
            return None
        for j in range(k + 1, min(len(doc), k + 1 + _MAX_LEAD)):
            if person_at(doc, j) is not None:
                return self.person_span(doc, j)
            tok = doc[j]
            if tok.text in {".", "„", "!", "?"} or tok.lower_ in PREPOSITIONS:
                break
            if role_hit(tok.text) is not None and j > 0 and doc[j - 1].lower_ in ARTICLES:
                if titled_name_follows(doc, j + 1, min(len(doc), k + 1 + _MAX_LEAD)):
                    continue  # "sagte der Vizepräsident und Linzer Bürgermeister X": the name after the title
                holder = self.role_holder(doc, tok.text) or self.titled_antecedent(doc, j)
                if holder is not None:
                    return holder
        return None

    def group_after(self, doc: Doc, end: int) -> list[Span] | None:
        """'„…“, sagten die beiden', '„…“, sind sich die fünf Herren einig': a numbered group as the
        subject right after the quote's verb stands for the persons the sentence before lists (an
        empty list when it lists another number: the quote is the group's, of no one person); None
        without such a group."""
        k = self.word_after(doc, end)
        if k is None or not (doc[k].lower_ in self.verbs or doc[k].pos_ in {"VERB", "AUX"}):
            return None
        for j in range(k + 1, min(len(doc), k + 3)):
            group = group_at(doc, j, doc[j].sent.end)
            if group is not None:
                return group_antecedents(doc, doc[j].sent, group[0])
            if doc[j].is_punct:
                break
        return None

    def person_of_phrase(self, doc: Doc, j: int) -> Span | None:
        """The person a short noun phrase names ("das Fazit von X", "die Botschaft der Ministerin X")."""
        for k in range(j, min(len(doc), j + _MAX_LEAD)):
            if person_at(doc, k) is not None:
                return self.person_span(doc, k)
            if doc[k].text in {".", "„", "!", "?", ";", ":"}:
                break
        return None

    def speaker_before(self, doc: Doc, start: int) -> Span | None:
        """'X sagte: „…“', 'X ist überzeugt: „…“', 'X bedankte sich für …, „…“': the sentence's subject."""
        sent = self.sentence_at(doc, start)
        if sent is None or sent.start_char >= start:
            return None
        return (
            self.subject(doc, sent, start)
            or self.inverted_subject(doc, sent, start)
            or self.for_whom(doc, sent, start)
            or self.name_label(doc, sent, start)
            or self.owned_words(doc, sent, start)
        )

    @staticmethod
    def owned_words(doc: Doc, sent: Span, start: int) -> Span | None:
        """'Sein Fazit: „…“', 'Ihr Appell an die Gäste: „…“', 'Die Botschaft von X war klar: „…“': a
        noun phrase that opens the sentence before the quote's colon and names whose words they are —
        a possessive (the last person of its gender named before) or "von" and a name."""
        if char_before(doc_text(doc), start) != ":":
            return None
        first = sent[0]
        head = sent[1] if len(sent) > 1 else None
        if head is None or head.tag_ != "NN":
            return None
        if first.tag_ == "PPOSAT" and (gender := possessive_gender(first.text)) is not None:
            return antecedent(doc, sent, first.i, gender, doc_genders(doc))
        if first.lower_ in ARTICLES and head.i + 1 < sent.end and doc[head.i + 1].lower_ == "von":
            person = source_after(doc, head.i + 2, sent.end)
            return person if person is not None and doc[person.end - 1].idx < start else None
        return None

    @staticmethod
    def for_whom(doc: Doc, sent: Span, start: int) -> Span | None:
        """'Für Landrat X ist klar: „…“', 'Für X steht fest: „…“': the person a fronted "für" names, when a
        copula follows the name and a colon opens the quote."""
        if sent[0].lower_ != "für" or char_before(doc_text(doc), start) != ":":
            return None
        person = source_after(doc, sent.start + 1, sent.end)
        if person is None or person.end >= sent.end or doc[person.end].lower_ not in _VIEW_VERBS:
            return None
        return person if doc[person.end].idx < start else None

    def inverted_subject(self, doc: Doc, sent: Span, limit: int) -> Span | None:
        """'Auf die Frage antwortete X knapp: „…“': after a fronted phrase the subject follows the verb
        of saying (past articles, courtesy and academic titles and role words)."""
        for tok in sent:
            if tok.idx >= limit:
                break
            if tok.lower_ not in self.verbs or tok.i == sent.start:
                continue
            k = tok.i + 1
            while k < sent.end and doc[k].idx < limit:
                if person_at(doc, k) is not None:
                    return self.person_span(doc, k)
                word = doc[k]
                if not (word.lower_ in _LEAD_WORDS or role_hit(word.text)):
                    break
                k += 1
        return None

    def previous_subject(self, doc: Doc, start: int) -> Span | None:
        """A quote standing alone after a sentence about one person, in the same paragraph."""
        sent = self.sentence_at(doc, start)
        if sent is None or sent.start == 0 or sent.start_char < start - 2:
            return None
        prev = doc[sent.start - 1].sent
        if "\n" in doc_text(doc)[prev.end_char : start]:
            return None
        return self.subject(doc, prev, prev.end_char)

    @staticmethod
    def subject(doc: Doc, sent: Span, limit: int) -> Span | None:
        k = sent.start
        if doc[k].lower_ in {"er", "sie"} and doc[k].is_title and sent.start > 0:
            prev = doc[sent.start - 1].sent  # "Er sagte: „…“" after a sentence about one person
            people = {person_at(doc, i) for i in range(prev.start, prev.end)} - {None}
            if len(people) == 1 and "\n" not in doc_text(doc)[prev.end_char : sent.start_char]:
                # the one person of the previous sentence, subject or not ("Die Keynote hielt X.")
                first = next(i for i in range(prev.start, prev.end) if person_at(doc, i) is not None)
                return QuoteMatcher.person_span(doc, first)
            return None
        while k < sent.end and doc[k].idx < limit:
            tok = doc[k]
            if person_at(doc, k) is not None:
                return QuoteMatcher.person_span(doc, k)
            skippable = tok.lower_ in _LEAD_WORDS or joins_titles(doc, k)
            if skippable or role_hit(tok.text) or (k == sent.start and tok.lower_ in _LEAD_ADVERBS):
                k += 1
                continue
            title = next((t for t in multiword_roles() if doc[k : k + 4].text.lower().startswith(t)), None)
            if title is not None:
                k += len(title.split())  # "Chief Digital Officer X"
                continue
            j = k + 1
            while j < sent.end and doc[j].lower_ in _LEAD_WORDS and person_at(doc, j) is None:
                j += 1  # "Ihr Kollege Dr. X": academic titles between the epithet and the name
            if tok.is_title and j < sent.end and person_at(doc, j) is not None:
                k = j  # an unlisted epithet before the name ("Ortschef X")
                continue
            return None
        return None

    @staticmethod
    def sentence_at(doc: Doc, char: int) -> Span | None:
        span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
        return span[0].sent if span is not None and len(span) else None

    @staticmethod
    def person_span(doc: Doc, j: int) -> Span:
        name = person_at(doc, j)
        k = j
        while k < len(doc) and person_at(doc, k) == name:
            k += 1
        return doc[j:k]

    @staticmethod
    def titled_antecedent(doc: Doc, j: int) -> Span | None:
        """'„…“, erklärt die Projektkoordinatorin': a gendered title nobody in the article holds stands
        for the last person of its gender named before (this or the two sentences before)."""
        hit = role_hit(doc[j].text)
        if hit is None or any(r.role_key == hit.key for r in doc._.kg_roles or []):
            return None
        gender = role_word_gender(doc[j].text)
        if gender is None:
            return None
        return antecedent(doc, doc[j].sent, j, gender, doc_genders(doc))

    @staticmethod
    def role_holder(doc: Doc, word: str) -> Span | None:
        hit = role_hit(word)
        holders = {r.person.text: r.person for r in doc._.kg_roles or [] if hit and r.role_key == hit.key}
        return next(iter(holders.values())) if len(holders) == 1 else None


# "„…“, heißt es in einer Erklärung von X": the person a statement after "heißt es in" names
_IT_SAYS = (["heißt", "es", "in"], ["hieß", "es", "in"])
_LAUTET = frozenset({"lautet", "lautete", "lauten", "lauteten"})  # "„…“, lautet das Fazit von X"
_POINTING = frozenset({"das", "dies", "so"})
_VIEW_VERBS = frozenset({"ist", "war", "steht", "stand", "bleibt"})  # "Für X ist klar:", "steht fest:"
_DASHES = frozenset({"–", "-", "—"})
_WITH_WORDS = [
    ["mit", "diesen", "worten"],
    ["mit", "den", "worten"],
]  # "Mit diesen Worten eröffnete X"  # a sentence opening that points back to the quote
_UNRESOLVED = -1.0  # `attribute`: a pronoun names the speaker, but nobody it could stand for
# words before a quotation that make it a title ("unter dem Titel „…“", "über „…“"), not words said
TITLE_BEFORE = frozenset({"über", "zum", "zur", "zu", "unter", "titel", "motto", "namen"})


def addressed_medium(doc: Doc, k: int) -> bool:
    """A quotation at `k` after a dative article that follows the speaker or the verb ("sagte X der
    „Nordtaler Post“", "sagte dem „Boten“"): the name of the medium addressed, not the speaker's words."""
    if k < 2 or doc[k - 1].lower_ not in {"der", "dem"}:
        return False
    return person_at(doc, k - 2) is not None or doc[k - 2].tag_ in FINITE


_INTRODUCING = frozenset({":", "„", "»", '"', "«"})


def dashed_speaker(doc: Doc, k: int) -> Span | None:
    """'„Wir schaffen das“ – Landrat X zur Lage im Kreis': a dash after the quote, then titles and a
    name, and no verb in the rest of the sentence (a headline or caption line that names the speaker)."""
    if doc[k].text not in _DASHES:
        return None
    sent = doc[k].sent
    j = k + 1
    while j < sent.end and j < k + 4 and person_at(doc, j) is None:
        if not (is_title_word(doc, j) or role_hit(doc[j].text) is not None):
            break
        j += 1
    person = person_from(doc, j, sent.end)
    if person is None:
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.text in _INTRODUCING for t in doc[person.end : sent.end]):
        return None  # "– A: »…« – B: »…«": each name introduces the quote after it
    return person


def bracketed_speaker(doc: Doc, k: int) -> Span | None:
    """A bracket at `k` holding nothing but a person's name (after academic titles): "(Eva X)"."""
    if doc[k].text != "(":
        return None
    person = name_after_titles(doc, k + 1, len(doc))
    return person if person is not None and person.end < len(doc) and doc[person.end].text == ")" else None


def joins_titles(doc: Doc, k: int) -> bool:
    """The "und" of two titles before a name: "Aufsichtsratsvorsitzender und Oberbürgermeister X"."""
    return (
        doc[k].lower_ in ("und", "sowie")
        and 0 < k < len(doc) - 1
        and role_hit(doc[k - 1].text) is not None
        and role_hit(doc[k + 1].text) is not None
    )


def interrupted(
    text: str, spans: list[tuple[int, int, str]], verbs: frozenset[str]
) -> list[tuple[int, int, str, int]]:
    """(start, end, inner text, end of the part the attribution follows) of each quote, the two parts of
    an interrupted one joined: "„Wir müssen“, sagte X, „mehr investieren.“" — a gap between commas,
    of a few words with a verb of saying, after a part that does not end its sentence."""
    out: list[tuple[int, int, str, int]] = []
    i = 0
    while i < len(spans):
        start, end, inner = spans[i]
        if i + 1 < len(spans):
            nxt_start, nxt_end, nxt_inner = spans[i + 1]
            gap = text[end:nxt_start].strip()
            words = gap.strip(",").split()
            if (
                gap.startswith(",")
                and gap.endswith(",")
                and 1 < len(words) <= _GAP_WORDS
                and any(w.strip(",").lower() in verbs for w in words)
                and not inner.rstrip().endswith((".", "!", "?"))
            ):
                out.append((start, nxt_end, f"{inner.strip().rstrip(',')} {nxt_inner.strip()}", end))
                i += 2
                continue
        out.append((start, end, inner, end))
        i += 1
    return out


_GAP_WORDS = 8  # the attribution between the parts of an interrupted quote ("sagte die Ministerin X")


@cache
def _judging() -> frozenset[str]:
    lemmas = read_yaml("cue_lemmas.yaml")
    return frozenset(lemmas["judge"]) | frozenset(lemmas["speech"])


def fragment_speakers(doc: Doc, start: int, inner: str) -> list[Span]:
    """The speakers of a quoted phrase inside a sentence: "X bezeichnete die Lage als „sehr ernst“",
    "In ihren Grußworten lobten A und B die AWO als „verlässlichen Partner“". The phrase has at least
    two words and is no title: not right after a noun ("die Fachtagung „Daten im Dorf“", "die Kampagne
    „gemeinsam stark“") or a word that introduces a topic or name ("über", "unter dem Motto"), and
    capitalised only after an article, an adjective or "als". The last finite verb before it is one of
    saying or judging (cue_lemmas.yaml `speech`, `judge`); its speakers are the persons that are that
    verb's subject, with their appositions and conjuncts, or the person a subject pronoun stands for."""
    words = inner.split()
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if len(words) < 2 or span is None or not len(span):
        return []
    before = doc[span.start - 1] if span.start > 0 else None
    # a capitalised phrase after a noun is a title ("die Fachtagung „Daten im Dorf“"); after an article,
    # an adjective or "als" it is the speaker's phrase ("sprach von einer „Investition in die Zukunft“")
    phrase = before is not None and (before.tag_ in {"ART", "ADJA", "KOKOM"} or before.lower_ == "als")
    # after a noun a title follows, unless the phrase is a noun phrase of its own in lower case, the
    # second object of "nennen" ("nannte das Handwerk „das Rückgrat …“")
    sent = span[0].sent
    verb = next((t for t in reversed(doc[sent.start : span.start]) if t.tag_ in FINITE), None)
    # or the second object of "nennen" is a predicate of its own ("nannte die Pläne „völlig verfehlt“")
    apart = words[0] in {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
    apart = apart or verb is not None and verb.lemma_.lower() == "nennen" and words[0][:1].islower()
    apart = apart or words[0] == "als"  # "bezeichnete die Gemeinden „als Ort gelebter Politik“"
    titled = before is not None and (
        before.lower_ in TITLE_BEFORE or before.tag_ in {"NN", "NE"} and not apart
    )
    if not (words[0][:1].islower() or phrase) or titled:
        return []  # "sprach über „Digitale Verwaltung …“", "die Kampagne „gemeinsam stark“": titles
    if addressed_medium(doc, span.start):
        return []  # "sagte X der „Nordtaler Post“": the paper X spoke to, named
    if verb is None or verb.lemma_.lower() not in _judging():
        return []
    if any(t.lower_ == "über" for t in doc[verb.i + 1 : span.start]):
        return []  # "berichteten A und B über Lösungen für den „ÖPNV auf dem Land“": inside the topic
    out: list[Span] = []
    for i in range(sent.start, sent.end):
        if person_at(doc, i) is None or (i > sent.start and person_at(doc, i - 1) == person_at(doc, i)):
            continue
        mention = QuoteMatcher.person_span(doc, i)
        if any(subject_of(t, verb) for t in mention) and all(mention.start != m.start for m in out):
            out.append(mention)
            out.extend(m for m in coordinated_people(doc, mention) if all(m.start != o.start for o in out))
    pronoun = next((t for t in verb.children if t.dep_ == "nsubj" and t.lower_ in PRONOUN_GENDER), None)
    if not out and pronoun is not None and not (pronoun.lower_ == "sie" and verb.lower_.endswith("en")):
        found = pronoun_antecedent(doc, sent, pronoun, doc_genders(doc))
        out = [found] if found is not None else []  # "Sie nannte das Handwerk „das Rückgrat …“"
    return out


def subject_of(tok: Token, verb: Token) -> bool:
    """`tok` is, or hangs by apposition, conjunction or a name's parts from, the subject of `verb`;
    of several the parse gives it, the first ("Der Verein lobte X als „…“": the object after the verb
    is no subject; conjuncts of the first are added by position, `coordinated_people`)."""
    first = next((t for t in verb.children if t.dep_ in {"nsubj", "nsubj:pass"}), None)
    for _ in range(6):
        if tok.dep_ in {"nsubj", "nsubj:pass"} and tok.head.i == verb.i:
            return first is None or tok.i == first.i
        if tok.dep_ not in {"appos", "conj", "flat:name", "flat"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_CONJUNCTIONS = frozenset({",", "und", "sowie"})
# between a verb and the group of its subjects: "lobten unter anderem A und B"
_BY_THE_WAY = _LEAD_ADVERBS | {"unter", "anderem"}


def name_phrase_word(doc: Doc, k: int) -> bool:
    """A word of the phrase before a name: a title, an article, an adjective ("die Bruchsaler
    Oberbürgermeisterin A")."""
    tok = doc[k]
    return (
        tok.lower_ in _LEAD_WORDS
        or is_title_word(doc, k)
        or role_hit(tok.text) is not None
        or tok.tag_ == "ADJA"
    )


def titled_name_follows(doc: Doc, k: int, limit: int) -> bool:
    """A name follows at `k` past the words of its phrase and titles joined by "und" ("und Linzer
    Bürgermeister X")."""
    while k < limit and person_at(doc, k) is None and (name_phrase_word(doc, k) or doc[k].lower_ == "und"):
        k += 1
    if k + 1 < limit and person_at(doc, k) is None and doc[k].is_title and role_hit(doc[k + 1].text):
        return titled_name_follows(doc, k + 1, limit)  # "Nordheimer Bürgermeister X" (a place's "-er")
    return k < limit and person_at(doc, k) is not None


def _plural_finite(tok: Token) -> bool:
    """A finite verb in the plural ("sagten", "lobten", "betonten")."""
    if tok.tag_ not in FINITE:
        return False
    number = tok.morph.get("Number", [])
    return "Plur" in number if number else tok.lower_.endswith("en")


def coordinated_people(doc: Doc, person: Span) -> list[Span]:
    """The persons coordinated with `person` as the plural subject of a finite verb right before or
    after them ("A und B sagten", "betonten Bürgermeisterin A und der Dezernent des Kreises X, B, …"):
    names joined by commas, "und" or "sowie", with their titles and a genitive body between; none
    without a plural verb beside the group."""
    sent = person.sent
    group = [person]
    for step in (1, -1):
        k = person.end if step == 1 else person.start - 1
        joined = False
        while sent.start <= k < sent.end:
            name = person_at(doc, k)
            if name is not None:
                if not joined:
                    break
                start, end = k, k + 1
                while start - 1 >= sent.start and person_at(doc, start - 1) == name:
                    start -= 1
                while end < sent.end and person_at(doc, end) == name:
                    end += 1
                group.append(doc[start:end])
                k, joined = (end if step == 1 else start - 1), False
                continue
            if doc[k].lower_ in _CONJUNCTIONS:
                joined = True
            elif not (name_phrase_word(doc, k) or org_at(doc, k) is not None):
                break
            k += step
    if len(group) < 2:
        return []
    group.sort(key=lambda g: g.start)
    lead = group[0].start - 1
    while lead > sent.start and (name_phrase_word(doc, lead) or doc[lead].lower_ in _BY_THE_WAY):
        lead -= 1
    beside = [doc[lead]] if lead >= sent.start else []
    if group[-1].end < sent.end:
        beside.append(doc[group[-1].end])
    if not any(_plural_finite(t) for t in beside):
        return []
    return [g for g in group if g.start != person.start]


def with_conjuncts(doc: Doc, quotes: list[RawQuote], skip: set[int]) -> list[RawQuote]:
    """Each quote also for the persons coordinated with its speaker as one plural subject: "A und B
    sagten: „…“" quotes both. Not for the quotes whose ids are in `skip` (quoted phrases judged by a
    verb's subject, to which `fragment_speakers` adds the conjuncts itself)."""
    out = list(quotes)
    seen = {(q.person.start, q.start) for q in quotes}
    for q in quotes:
        sent = q.person.sent
        inside = sent.start_char <= q.start < sent.end_char or sent.start_char <= q.end <= sent.end_char
        announced = sent.text.rstrip().endswith(":") and 0 <= q.start - sent.end_char <= 2
        if id(q) in skip or not (inside or announced):
            continue  # a speaker named in another sentence ("A und B kamen. „…“, sagt sie.")
        for other in coordinated_people(doc, q.person):
            if (other.start, q.start) not in seen:
                seen.add((other.start, q.start))
                out.append(RawQuote(other, q.quote, q.start, q.end, q.confidence, q.form))
    return out


def sole(people: list[Span] | None) -> Span | None:
    """The one person of `people` (by name), if there is exactly one."""
    return people[0] if people and len({p.text for p in people}) == 1 else None
