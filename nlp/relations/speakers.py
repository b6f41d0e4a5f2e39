"""Speakers: who gave a talk, greeting, moderation or panel contribution, with topic and event."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.relations.base import (
    ARTICLES,
    AUXILIARY_LEMMAS,
    COURTESY,
    FINITE,
    PREPOSITION_TAGS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    RawLink,
    content_sents,
    org_after_articles,
    org_at,
    person_at,
    person_ending,
    person_spans,
    possessive_gender,
    relative_antecedent,
)
from nlp.relations.coref import ACADEMIC
from nlp.relations.genders import (
    PRONOUN_GENDER,
    doc_genders,
    group_antecedents,
    group_at,
    pronoun_antecedent,
)
from nlp.relations.lexicon import genitive_forms, is_org_head, read_yaml, role_hit, word_set
from nlp.relations.quoting import quoted_spans
from nlp.relations.reported import said
from nlp.relations.title_words import is_title_word, name_after_titles
from nlp.relations.topics import talk_topic

PRONOUNS = frozenset("er sie es wir ich ihr man diese dieser jene".split())
DETERMINERS = frozenset("dieser diese dieses alle viele einige mehrere beide zahlreiche".split())
_LIST_WORDS = frozenset("und sowie der des die den dem von vom beim bei im am aus für e.v.".split())
_TAKES_TALK = frozenset({"übernahm", "übernahmen", "übernimmt", "hielt", "hielten", "gab", "gaben"})
_AGENT = frozenset({"von", "vom", "durch"})  # "moderiert vom Vorsitzenden X"
_POSSESSIVE = frozenset({"seiner", "seine", "seinem", "seinen", "ihrer", "ihre", "ihrem", "ihren"})
_GAP_PREPS = frozenset({"über", "zu", "zum", "zur"})  # a topic after a name whose verb is left out
_ATTACHING = frozenset({"zum", "zur", "zu", "über", "des", "der", "im", "am", "beim", "auf"})
_HOLD = frozenset({"hielt", "hielten", "hält"})  # a talk only with a talk noun: "hielt die Rede"
_GIVE_LEMMAS = frozenset({"geben", "abgeben"})  # deliver a talk as its object: "gab Impulse", not "es gab"
_BULLETS = frozenset({"-", "–", "•", "*", "·", "▪", "‣"})


_PRONOUN = re.compile(r"\b(?:[Ee]r|[Ss]ie)\b")  # a quick test of a sentence's text


_NAMING_COPULA = frozenset({"war", "ist", "waren", "sind"})  # "Referentin war X", "Teilnehmer … waren A"


def presents_person(sent: Span, verb: int) -> bool:
    """ "stellte die neue Amtsleiterin am Montag im Kreistag vor": the object of "vorstellen" before its
    particle is a title after an article or possessive, with no name after it: a person introduced, no
    talk given."""
    doc = sent.doc
    for j in range(verb + 1, sent.end):
        if doc[j].lower_ == "vor" or doc[j].text in {",", ";", ":"}:
            return False
        if role_hit(doc[j].text) is None or person_at(doc, j) is not None:
            continue
        k = j - 1
        while k > verb and doc[k].tag_ == "ADJA":
            k -= 1
        named = j + 1 < sent.end and person_at(doc, j + 1) is not None
        if doc[k].tag_ in {"ART", "PPOSAT"} and not named:
            return True
    return False


def finite_for(sent: Span, i: int) -> int:
    """The position of the finite auxiliary or modal whose clause the non-finite verb at `i` closes
    ("wird X über Y sprechen", "hat X über Y gesprochen", "soll X das Konzept vorstellen"): the subject
    stands next to it. Any other verb: `i` itself."""
    doc = sent.doc
    verb = doc[i]
    if verb.tag_ in FINITE or i + 1 < sent.end and not doc[i + 1].is_punct:
        return i
    for k in range(i - 1, sent.start - 1, -1):
        tok = doc[k]
        if tok.text in {",", ";", ":"}:
            return i
        if tok.tag_ in FINITE:
            return k if tok.lemma_.lower() in AUXILIARY_LEMMAS else i
    return i


def reflexive(verb: Token) -> bool:
    """A verb with "sich" as its object: "informierte sich über …" is listening, "sprach sich für …
    aus" taking a side, not a talk."""
    return any(c.lower_ == "sich" and c.dep_ in ("obj", "expl:pv", "iobj", "expl") for c in verb.children)


_INVITED = frozenset({"geladen", "eingeladen", "gewonnen", "angekündigt", "erwartet"})


def invited_referents(doc: Doc, sent: Span) -> bool:
    """'Als Referenten waren A und B geladen', 'Als Referentin ist X eingeladen', 'Als Referentin wird
    X erwartet': "als" + "Referent" in a clause of inviting or expecting a talk's speakers (elsewhere
    "als Referentin" is a job title)."""
    if not any(t.lower_ == "als" and doc[t.i + 1].lower_ in _REFERENT for t in sent[:-1]):
        return False
    return any(t.lower_ in _INVITED for t in sent)


def bullet(sent: Span) -> bool:
    """A line of a list: it opens with a bullet mark."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and (first.text in _BULLETS or first.text[:1] in _BULLETS)


_SHORT_DAY = 5  # "Festtag" and longer; not "Tag", "Stag"
_OPENED_REACH = 9  # words from the verb to the day ("eröffnete Landrat Dr. X den 68. Gemeindetag")


def opened_day(sent: Span, k: int) -> bool:
    """A verb of opening at `k` whose object is a day or assembly ("eröffnete den Gemeindetag", "den
    Aktionstag", "den Parteitag"): the one who opens it speaks; not "eröffnete die Filiale"."""
    weekdays = word_set("weekdays.txt")  # "eröffnete am Dienstag …": a date, no day opened
    for tok in sent[k + 1 : k + _OPENED_REACH]:
        if tok.text in {",", ".", ";", ":"}:
            return False
        day = tok.text[:1].isupper() and tok.lower_.endswith(("tag", "tages")) and len(tok.text) > _SHORT_DAY
        if day and tok.lower_ not in weekdays and tok.lower_.removesuffix("es") not in weekdays:
            return person_at(tok.doc, tok.i) is None
    return False


def bullet_topic(sent: Span, person: Span) -> str | None:
    """The words between a bullet mark and the bracket that opens with the speaker's name ("•
    Datenschutz in der Cloud (Dr. Eva X, Y)" -> "Datenschutz in der Cloud"), else None."""
    doc = sent.doc
    bracket = next((t.i for t in reversed(doc[sent.start : person.start]) if t.text == "("), None)
    if bracket is None:
        return None
    words = [t for t in doc[sent.start : bracket] if not t.is_space and t.text not in _BULLETS]
    return doc[words[0].i : words[-1].i + 1].text if words else None


_TOPIC_PREPS = frozenset({"über", "zu", "zum", "zur"})
_BACK_REFERENCE = frozenset({"daran", "darauf", "dabei", "hieran"})
_COMPLETING = ("ergänz", "verstärk", "komplettier", "vervollständig")  # completing a panel's line-up
_TOPIC_STOP = frozenset({".", ",", ";", ":", "und", "(", "!", "?"})
_GENITIVE_ARTICLES = frozenset({"der", "des", "einer", "eines"})
_AMONG_OTHERS = frozenset({"anderem", "anderen"})  # "unter anderem X": an adverb, not a preposition
_GIVE = frozenset(
    {"übergab", "übergaben", "übergibt", "erteilte", "erteilten", "erteilt", "gab", "gaben", "gibt"}
)
# singular speaker nouns that are also job titles ("Referentin für Bildung"): speakers only after a copula
# that opens the sentence in an article about an event
_SINGULAR_SPEAKERS = frozenset({"referent", "referentin", "vortragender", "vortragende"})
_GUEST_VERBS = frozenset({"war", "waren", "gehörte", "gehörten", "zählte", "zählten", "befand", "befanden"})
_LISTING_VERBS = frozenset(
    {"waren", "war", "sind", "traten", "kamen", "gehörten", "gehören", "zählten", "zählen"}
)
_REFERENT = frozenset({"referent", "referentin", "referenten", "referentinnen"})
_AT_EVENT = frozenset(
    {"bei", "beim", "auf", "während", "anlässlich", "in", "im"}
)  # "betonte X beim Richtfest"
_SPEAKING = frozenset({"sprach", "sprachen", "spricht", "sprechen"})
_SPOKEN_WITH = frozenset({"von", "vom", "mit", "sich", "davon", "damit"})  # reported or conversed
_OCCASION_OR_BEHALF = frozenset({"bei", "beim", "für"})
# adverbs of an event's sequence beside a bare "sprach" ("Auch X sprach.", "Danach sprach Y.")
_SEQUENCE = frozenset(
    {"auch", "danach", "anschließend", "zudem", "außerdem", "dann", "zuvor", "zuletzt", "und"}
)
_OCCASION_REACH = 9  # words from "Bei" to the verb ("Bei der feierlichen Grundsteinlegung am Montag sprach")
_EVENT_WINDOW = 4  # words from the preposition to the event noun ("bei der 25. Jahresversammlung")


@Language.factory("kg_speakers", default_config={"cues": "talk_cues.yaml", "event_cues": "event_cues.txt"})
def make_speakers(nlp: Language, name: str, cues: str, event_cues: str) -> SpeakerMatcher:
    return SpeakerMatcher(name, cues, event_cues)


class SpeakerMatcher:
    """Sets `doc._.kg_speakers`: RawLink(person, event name, sentence, kind, extra={'topic': ...})."""

    def __init__(self, name: str, cues: str, event_cues: str) -> None:
        self.name = name
        data = read_yaml(cues)
        self.verbs = frozenset(data["verbs"])
        self.weak_verbs = frozenset(data["weak_verbs"])
        self.particle_verbs = [
            (frozenset(p["verb"]), p["particle"], p.get("needs")) for p in data["particle_verbs"]
        ]
        self.opening = frozenset(data["opening_verbs"])
        self.greeting = frozenset(data["greeting_verbs"])
        self.audience = frozenset(data["audience_nouns"])
        self.panel_verbs = frozenset(data["panel_verbs"])
        self.participles = frozenset(data["participles"])
        self.nouns = frozenset(data["nouns"])
        self.speaker_nouns = frozenset(data["speaker_nouns"])
        self.speaker_title_heads = tuple(data["speaker_title_heads"])
        self.list_intros = [tuple(p.split()) for p in data["list_intros"]]
        self.context_intros = [tuple(p.split()) for p in data["context_intros"]]
        self.expert_nouns = frozenset(data["expert_nouns"])
        self.talk_heads = tuple(data["talk_heads"])
        self.slot_nouns = frozenset(data["slot_nouns"])
        self.slot_verbs = frozenset(data["slot_verbs"])
        self.delivering = frozenset(data["delivering_lemmas"])
        self.guiding_verbs = frozenset(data["guiding_verbs"])
        self.guide_objects = frozenset(data["guide_objects"])
        self.stage_nouns = frozenset(data["stage_nouns"])
        self.stage_lemmas = frozenset(data["stage_lemmas"])
        # endings as tuples: str.endswith checks them all in one call per token
        self.panel_suffixes = tuple(sorted(set(data["panel_nouns"])))
        self.event_suffixes = tuple(sorted(word_set(event_cues)))
        self.occasion_suffixes = tuple(sorted({*self.event_suffixes, *data["occasion_nouns"]}))
        self.agent_heads = tuple(data["agent_heads"])
        # verbs of saying; the copula and "weiß" attribute a quote ("„…“, ist X überzeugt") but say nothing
        self.speech = word_set("speech_verbs.txt") - {"ist", "sind", "war", "weiß", "wusste"}
        self.present_lemmas = frozenset(read_yaml("cue_lemmas.yaml")["present"])

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.kg_events or []
        event = events[0].name if events else None
        topics = {p.name for p in doc._.kg_projects or []}
        found: list[RawLink] = []
        previous: Span | None = None
        lead: Span | None = None  # a talk sentence ending in ":" that bullet lines below it continue
        for sent in content_sents(doc):
            # The article's main event, unless the sentence names another one.
            named = [
                e.name for e in events if any(sent.start_char <= s < sent.end_char for s, _ in e.mentions)
            ]
            here = named[0] if named else event
            matched = self.match(sent, previous)
            if lead is not None and bullet(sent):
                item = self.bullet_speaker(sent)
                if item is not None and all(p.start != item.start for p, _, _ in matched):
                    matched.append((item, "list", 0.7))
            elif self.list_lead(sent):
                lead = sent
            else:
                lead = None
            passive = self.passive_talk(sent)
            for person, kind, conf in matched:
                topic = bullet_topic(sent, person) if kind == "list" and bullet(sent) else None
                topic = topic or talk_topic(sent, person, topics, kind)
                extra: dict[str, str | None] = {"topic": topic}
                if kind == "agent" and passive:
                    extra["passive"] = "yes"  # "Eröffnet wurde der Fachtag von X": German grammar decides
                found.append(RawLink(person, here, sent, conf, kind=kind, extra=extra))
            previous = sent
        doc._.kg_speakers = found
        return doc

    # --- cues -----------------------------------------------------------------------------------
    def speaker_title(self, tok: Token) -> bool:
        """'Moderatorin', 'Keynote-Speakerin', 'Hauptredner': a person's part in a talk."""
        return tok.text[:1].isupper() and tok.lower_.endswith(self.speaker_title_heads)

    def participle(self, tok: Token) -> bool:
        """'moderiert' and its attributive forms ('das von X moderierte Gespräch'); not a finite verb of
        the same form ("Das Orchester unter der Leitung von X eröffnete den Abend"): one the tagger
        reads as finite and no noun follows."""
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.tag_ in FINITE and not (nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}):
            return False
        low = tok.lower_
        if low == "begrüßt":  # "Die Gäste wurden von X begrüßt": greeting an audience is a talk
            return any(self.audience_word(t.lower_) for t in tok.sent)
        return low in self.participles or any(
            low.endswith(e) and low[: -len(e)] in self.participles for e in ("e", "en", "er", "es", "em")
        )

    def titled_speaker(self, doc: Doc, person: Span, sent: Span, titled_sentence: bool) -> bool:
        """The person's talk part as a title before the name ("Moderatorin Eva X", "Keynote-Speakerin
        Dr. X"), unless the person follows a preposition ("mit Moderatorin X" is another's guest), or
        the sentence names its persons by a talk part after "als" (`titled_sentence`)."""
        k = person.start - 1
        while k >= sent.start and (doc[k].lower_ in ACADEMIC or doc[k].lower_ in COURTESY):
            k -= 1
        if k >= sent.start and self.speaker_title(doc[k]):
            return not self.after_preposition(doc, person, sent)
        return titled_sentence

    def titled_sentence(self, sent: Span) -> bool:
        """A talk part after "als" in a sentence of one person or one list ("Als Hauptredner konnte X
        gewonnen werden", "Als Laudatoren konnten A und B gewonnen werden", "Als Referentin sprach X",
        "Als Referenten waren A und B geladen"); read once per sentence."""
        doc = sent.doc
        for j in range(sent.start, sent.end - 1):
            if doc[j].lower_ == "als" and self.speaker_title(doc[j + 1]) and person_at(doc, j + 1) is None:
                return self.one_list(sent)
        return (self.fronted_referent(doc, sent) or invited_referents(doc, sent)) and self.one_list(sent)

    def one_list(self, sent: Span) -> bool:
        """The sentence names one person or one list of coordinated persons."""
        people = person_spans(sent)
        return len(people) == 1 or self.coordinated(sent.doc, people[0], people[1:]) == people[1:]

    @staticmethod
    def given_the_floor(sent: Span, people: list[Span]) -> list[Span]:
        """'X übergab das Wort an Bürgermeister Y', 'erteilte das Wort an Y': the one who is given the
        floor speaks next (the first name after "das Wort an")."""
        doc = sent.doc
        for tok in sent[1:-1]:
            if tok.lower_ != "wort" or doc[tok.i - 1].lower_ != "das":
                continue
            give = next((t for t in doc[sent.start : tok.i] if t.lower_ in _GIVE), None)
            if give is None:
                continue
            k = tok.i + 1
            while k < sent.end and doc[k].is_lower and doc[k].pos_ == "ADV":
                k += 1  # "übergab das Wort anschließend an …"
            if k < sent.end and doc[k].lower_ == "an":
                return [p for p in people if p.start > k][:1]
            # "erteilte (A) dem Stadtrat X das Wort": the dative is the name right before "das Wort", after
            # the subject when that follows the verb
            between = [p for p in people if give.i < p.start and p.end < tok.i]
            if 1 <= len(between) <= 2 and doc[between[-1].start - 1].lower_ not in {"von", "vom", "mit"}:
                return between[-1:]
        return []

    @staticmethod
    def won_for_talk(sent: Span) -> bool:
        """'Für die Laudatio konnten A und B gewonnen werden', 'Als Festrednerin wurde X gewonnen': the
        passive of "gewinnen" in a sentence with a talk noun; its subjects give the talk."""
        doc = sent.doc
        for tok in sent:
            if tok.lower_ == "gewonnen" and tok.tag_ == "VVPP":
                near = {t.lower_ for t in doc[max(sent.start, tok.i - 6) : min(sent.end, tok.i + 3)]}
                if near & {"werden", "worden", "wurde", "wurden", "wird"}:
                    return True
        return False

    @staticmethod
    def fronted_referent(doc: Doc, sent: Span) -> bool:
        """'Als Referentin sprach X …': "Referent" opens the clause right before its verb. Elsewhere it is
        also a job title ("als Referentin für Bildung bei der Stadt"), so only in that position."""
        first = sent.start
        return (
            first + 2 < sent.end
            and doc[first].lower_ == "als"
            and doc[first + 1].lower_ in _REFERENT
            and doc[first + 2].pos_ in {"VERB", "AUX"}
        )

    def talk_noun(self, tok: Token) -> bool:
        low = tok.lower_
        if not tok.text[:1].isupper():
            return False
        if low in self.nouns or low.endswith(self.panel_suffixes) or low.endswith(self.talk_heads):
            return True
        singular = low[:-1] if low.endswith("n") else ""  # "Festansprachen", "Reden": a plural of a head
        return bool(singular) and tok.tag_ == "NN" and singular.endswith(self.talk_heads)

    def performed_talk(self, sent: Span) -> bool:
        """'X ... mit einer kurzen Lesung', 'X übernahm die Moderation': the subject gave the talk."""
        for tok in sent:
            if not self.talk_noun(tok):
                continue
            window = {t.lower_ for t in sent.doc[max(sent.start, tok.i - 5) : tok.i]}
            if (
                "mit" in window
                or window & _TAKES_TALK
                or sent.doc[tok.i + 1 : sent.end].text.split()[:1] == ["übernahm"]
            ):
                return True
        return False

    def taken_over(self, sent: Span, people: list[Span]) -> list[Span]:
        """'Die Moderation übernahm X', 'Das Grußwort hielt X', 'Den Auftakt machte X': talk or slot noun
        first, verb, then the person."""
        doc = sent.doc
        for tok in sent[:4]:
            slot_noun = tok.text[:1].isupper() and tok.lower_ in self.slot_nouns
            if not (slot_noun or self.talk_noun(tok)) or any(
                t.tag_ in PREPOSITION_TAGS or t.lower_ in PREPOSITIONS for t in doc[sent.start : tok.i]
            ):
                continue  # "In ihrem Vortrag ging X …": the noun is no fronted object
            nxt = self.past_attachment(doc, tok.i + 1, sent.end)
            # a slot of the programme is filled by any full verb ("Den Auftakt gestaltete X"); a talk
            # noun only by one of the listed verbs ("Den Vortrag hielt X", not "Den Vortrag besuchte X")
            verb = doc[nxt] if nxt < sent.end else None
            if verb is not None and (slot_noun and verb.tag_ == "VVFIN" or verb.lower_ in self.slot_verbs):
                after = [p for p in people if p.start > nxt and p.start - nxt <= 4]
                if not after:
                    return []
                return [after[0], *self.coordinated(doc, after[0], people[people.index(after[0]) + 1 :])]
        return []

    @staticmethod
    def past_attachment(doc: Doc, k: int, end: int) -> int:
        """The token after a talk noun's attachment ("Einen Impuls zum Thema Ehrenamt gab X", "Den
        Vortrag über Wasserstoff hielt Y"): a preposition and up to six words without a comma, a name
        or a finite verb; `k` itself when none follows."""
        if k >= end or doc[k].lower_ not in _ATTACHING:
            return k
        j = k + 1
        while j < end and j - k <= 6:
            tok = doc[j]
            if tok.is_punct or person_at(doc, j) is not None or tok.tag_ in FINITE:
                return j if tok.tag_ in FINITE else k
            if tok.is_lower and not tok.tag_ and j > k + 1 and tok.lower_ not in ARTICLES:
                return j  # untagged: the first lower-case word past the noun phrase is the verb
            j += 1
        return k

    def panel(self, sent: Span) -> bool:
        return any(t.lower_.endswith(self.panel_suffixes) for t in sent)

    def panel_genitive(self, doc: Doc, k: int, end: int) -> bool:
        """A panel noun in the genitive at `k` ("der Podiumsdiskussion", "des Podiums")."""
        if k + 1 >= end or doc[k].lower_ not in {"des", "der"}:
            return False
        tok = doc[k + 1]
        forms = genitive_forms(tok.lower_)
        return tok.text[:1].isupper() and any(w.endswith(self.panel_suffixes) for w in forms)

    def event_noun(self, tok: Token) -> bool:
        return tok.text[:1].isupper() and tok.lower_.endswith(self.event_suffixes)

    def event_genitive(self, tok: Token) -> bool:
        """An event noun in the genitive ("des Abends", "des Fachtags", "der Tagung")."""
        forms = genitive_forms(tok.lower_)
        return tok.text[:1].isupper() and any(w.endswith(self.event_suffixes) for w in forms)

    def verb_positions(self, sent: Span) -> list[tuple[int, str]]:
        """Positions and kinds of the talk verbs in the sentence."""
        lows = [t.lower_ for t in sent]
        # a noun in the place of a particle may open the clause before its verb ("Einblicke gab X")
        capital = [t.text[:1].isupper() and (t.pos_ == "NOUN" or not t.is_sent_start) for t in sent]
        nouns = [t.lower_ if up else "" for t, up in zip(sent, capital, strict=True)]
        has_event = any(self.event_noun(t) for t in sent)
        has_talk = any(self.talk_noun(t) for t in sent)
        has_audience = any(t.lower_ in self.audience for t in sent)
        at_event = self.at_event(sent)
        with_talk = self.with_talk(sent)  # once per sentence, not per verb
        framed = self.framed_by_talk(sent)
        out: list[tuple[int, str]] = []
        for k, tok in enumerate(sent):
            if not (tok.is_lower and not tok.is_sent_start or k == 0 and self.caption_verb(sent)):
                continue
            if tok.lemma_ == "vorstellen" and presents_person(sent, tok.i):
                continue  # "stellte die neue Amtsleiterin vor": a person introduced
            if tok.lower_ in self.verbs:
                if tok.lower_ in _HOLD and not has_talk:
                    continue
                out.append((tok.i, "verb"))
            elif (
                has_talk
                and tok.pos_ in {"VERB", "AUX"}
                and tok.lemma_.lower() in self.delivering
                and (tok.lemma_.lower() not in _GIVE_LEMMAS or self.gives_talk(sent, tok))
            ):
                out.append((tok.i, "verb"))  # "richtete X ein Grußwort an die Gäste"
            elif with_talk and tok.pos_ == "VERB" and tok.tag_ in FINITE or tok.i == framed:
                out.append((tok.i, "verb"))  # "X bedankte sich mit einer kurzen Rede"
            elif (
                (tok.lower_ in self.weak_verbs or self.presenting_lemma(tok))
                and not reflexive(tok)
                and (
                    has_talk
                    or self.topic_follows(sent, k)
                    or self.topic_fronted(sent, k)
                    or question_fronted(sent, k)
                    or self.thing_fronted(sent.doc, sent.start, tok.i)
                    or self.topic_before_final_verb(sent, k)
                    or self.into_topic(sent, k)
                    or at_event  # "Beim Festakt sprachen A und B"
                    or self.spoke_at_occasion(sent, k)
                )
            ):
                out.append((tok.i, "verb"))
            elif tok.lower_ in self.opening and (has_event or has_talk or opened_day(sent, k)):
                out.append((tok.i, "opening"))
            elif tok.lower_ in self.greeting and (has_event or has_audience or at_event):
                out.append((tok.i, "greeting"))  # "Bei einer Feierstunde begrüßte X die Kollegin"
            elif at_event and (self.speech_verb(tok) or tok.pos_ == "VERB" and tok.lemma_ in _THANKING):
                out.append((tok.i, "speech_at_event"))  # "Beim Festakt dankte X den Helfern": a word to them
            elif (
                tok.lower_ not in self.guiding_verbs
                and self.speech_verb(tok)
                and self.audience_addressed(sent, k)
            ):
                out.append((tok.i, "verb"))  # "X erklärte den Zuhörern, wie …": speech to an audience
            elif tok.lower_ in self.guiding_verbs and self.guides_through(sent):
                out.append((tok.i, "opening"))
            elif tok.tag_ in FINITE and tok.lemma_ in self.stage_lemmas and self.on_stage(tok):
                out.append((tok.i, "verb"))  # "Auch X stand auf der Bühne"
            elif any(
                tok.lower_ in verbs
                and (particle in lows[k + 1 :] or particle in nouns[:k])
                and (needs != "audience" or has_audience)
                and (needs != "article" or definite_before(sent, particle))
                for verbs, particle, needs in self.particle_verbs
            ):
                out.append((tok.i, "verb"))
        return [(finite_for(sent, i), kind) for i, kind in out]

    def on_stage(self, verb: Token) -> bool:
        """'stand auf der Bühne', 'trat ans Rednerpult', 'saß auf dem Podium': a stage noun after
        "auf"/"an" (and at most an article) that depends on the verb; 'In der Podiumsrunde saß auch X':
        a panel noun after "in"/"im" (and an article and adjectives)."""
        doc = verb.doc
        for tok in verb.children:
            if not tok.text[:1].isupper() or tok.i < 2:
                continue
            if tok.lower_ in self.stage_nouns:
                k = tok.i - 1 if doc[tok.i - 1].lower_ in ARTICLES else tok.i
                if doc[k - 1].lower_ in {"auf", "an", "am", "ans"}:
                    return True
            elif tok.lower_.endswith(self.panel_suffixes):
                k = tok.i - 1
                while k > 0 and tok.i - k <= 3 and (doc[k].lower_ in ARTICLES or doc[k].tag_ == "ADJA"):
                    k -= 1
                if doc[k].lower_ in {"in", "im"}:
                    return True
        return False

    def with_talk(self, sent: Span) -> bool:
        """A talk noun as the instrument of the clause: "mit einer (kurzen) Rede", "mit seinem Grußwort"."""
        doc = sent.doc
        for tok in sent:
            if tok.lower_ != "mit":
                continue
            k = tok.i + 1
            while k < sent.end and k - tok.i <= 3 and not doc[k].text[:1].isupper():
                k += 1  # the article and adjectives
            if k < sent.end and self.talk_noun(doc[k]):
                return True
        return False

    def framed_by_talk(self, sent: Span) -> int | None:
        """The finite verb right after a fronted talk noun phrase: "Im anschließenden Impulsvortrag ging X
        auf … ein", "In ihrer Rede erinnerte Y an …" (the talk frames that one clause, not a "dass"
        clause inside it)."""
        doc = sent.doc
        first = next((t.i for t in sent if not t.is_space), sent.end)
        if first >= sent.end or doc[first].lower_ not in {"in", "im"}:
            return None
        k = first + 1
        while k < sent.end and k - first <= 3 and not doc[k].text[:1].isupper():
            k += 1  # the article and adjectives
        if k + 1 >= sent.end or not self.talk_noun(doc[k]):
            return None
        verb = doc[k + 1]
        return verb.i if verb.tag_ in FINITE and verb.is_lower else None

    def audience_addressed(self, sent: Span, k: int) -> bool:
        """An audience as the object right after the verb at `k` (past the subject's name and an
        article): "erklärte den Zuhörern", "berichtete X den Gästen"."""
        doc = sent.doc
        j = sent.start + k + 1
        while j < sent.end and (person_at(doc, j) is not None or doc[j].lower_ in ARTICLES):
            j += 1
        return j < sent.end and self.audience_word(doc[j].lower_)

    def audience_word(self, word: str) -> bool:
        """An audience noun, also in the dative plural ("Zuhörern", "Gästen")."""
        return word in self.audience or word.endswith("n") and word[:-1] in self.audience

    def gives_talk(self, sent: Span, verb: Token) -> bool:
        """ "gaben A und B Impulse zur Pflege": a talk noun after a form of "geben" in its clause, and no
        "es" beside the verb ("Es gab Vorträge", "…, dass es den Campus gebe")."""
        doc = sent.doc
        if any(doc[k].lower_ == "es" for k in (verb.i - 1, verb.i + 1) if sent.start <= k < sent.end):
            return False
        for t in doc[verb.i + 1 : sent.end]:
            if t.text in {",", ";", ":"}:
                return False
            if self.talk_noun(t):
                return True
        return False

    @staticmethod
    def caption_verb(sent: Span) -> bool:
        """A photo caption that opens with its verb ("Stellten das Projekt vor (von links): A, B und C"):
        a capitalised first word, lower case after its first letter, and a colon before the names."""
        first = sent[0].text
        return (
            len(first) > 2
            and first[0].isupper()
            and first[1:].islower()
            and any(t.is_punct and ":" in t.text for t in sent[1:])
        )

    def speech_verb(self, tok: Token) -> bool:
        """A verb of saying ("betonte", "sagte", by form or lemma), or the attribution "…“, so X"."""
        if tok.lower_ == "so":
            return tok.i > 0 and tok.nbor(-1).text in {",", "“", '"'}
        return said(tok, self.speech)

    def at_event(self, sent: Span) -> bool:
        """The sentence places what is said at an event: "bei der Jahresversammlung", "beim Richtfest",
        "während des Festakts", "bei der Vereidigung" — a preposition of occasion and an event or
        occasion noun after it."""
        doc = sent.doc
        quoted = [(a + sent.start_char, b + sent.start_char) for a, b, _ in quoted_spans(sent.text)]
        for tok in sent:
            if tok.lower_ not in _AT_EVENT or any(a <= tok.idx < b for a, b in quoted):
                continue  # "„Auch wenn die Sitzung nur einen Tag dauert …“, so X": the quote's own words
            end = min(sent.end, tok.i + 1 + _EVENT_WINDOW)
            if any(self.occasion_noun(doc[k]) for k in range(tok.i + 1, end)):
                return True
        return False

    @staticmethod
    def spoke_at_occasion(sent: Span, k: int) -> bool:
        """'Bei der Grundsteinlegung sprachen A und B', 'Für das Kollegium sprach X': "sprechen" used
        absolutely (no "von"/"mit"/"sich": not reporting, conversing or voting) in a clause that opens
        with "bei"/"beim" and a common noun, the occasion of the speech whichever noun names it, or
        with "für" and those the speaker spoke for."""
        doc = sent.doc
        if sent[k].lower_ in _SPEAKING and SpeakerMatcher.speaking_alone(sent, k):
            return True  # "Auch Präsident X sprach.", "Danach sprach Landrat Y.": nothing else said
        opening = sent[0].lower_ in _OCCASION_OR_BEHALF
        if sent[k].lower_ not in _SPEAKING or not opening or k > _OCCASION_REACH:
            return False
        if any(t.text in {",", ";", ":"} for t in sent[1:k]):
            return False
        nouns = [t for t in sent[1:k] if t.pos_ in {"NOUN", "PROPN"} or t.text[:1].isupper() and t.is_alpha]
        if not nouns or any(person_at(doc, t.i) or org_at(doc, t.i) for t in nouns):
            return False  # "Bei der Stadt X sprach …", "Bei Anna X sprach …": a place or a host, no occasion
        for j, tok in enumerate(sent[k + 1 :], start=k + 1):
            if tok.text in {".", ";", ":"} or tok.text == "," and j + 1 < len(sent) and sent[j + 1].is_lower:
                break
            if tok.lower_ in _SPOKEN_WITH and not SpeakerMatcher.body_after_name(sent, j):
                return False
        return True

    @staticmethod
    def body_after_name(sent: Span, j: int) -> bool:
        """'sprach auch X vom Verein Y': a "von"/"vom" at `j` right after a name, before an
        organization, attaches the name's body; no "sprechen von" (reporting)."""
        doc, i = sent.doc, sent[j].i
        if sent[j].lower_ not in {"von", "vom"} or person_at(doc, i - 1) is None:
            return False
        return org_after_articles(doc, i + 1, sent.end) is not None

    @staticmethod
    def speaking_alone(sent: Span, k: int) -> bool:
        """ "sprechen" with no object or complement at all: the sentence holds only its subject (names,
        titles) and adverbs of sequence besides ("Auch X sprach.", "Anschließend sprachen A und B.")."""
        doc = sent.doc
        words = [t for t in sent if not t.is_punct and not t.is_space and t.i != sent[k].i]
        if not words or not any(person_at(doc, t.i) for t in words):
            return False
        return all(
            person_at(doc, t.i) is not None
            or is_title_word(doc, t.i)
            or role_hit(t.text) is not None
            or t.lower_ in _SEQUENCE
            for t in words
        )

    def occasion_noun(self, tok: Token) -> bool:
        """An event noun or a ceremony or sitting ("Vereidigung", "Festgottesdienst", "Ratssitzung")."""
        return tok.text[:1].isupper() and tok.lower_.endswith(self.occasion_suffixes)

    def guides_through(self, sent: Span) -> bool:
        """'X führte durch das Programm', 'Durch den Abend führte X': 'durch' before an event or programme
        noun (not 'führte die Gäste durch das Rathaus')."""
        for tok in sent:
            if tok.lower_ != "durch":
                continue
            for nxt in sent.doc[tok.i + 1 : min(sent.end, tok.i + 4)]:
                if self.event_noun(nxt) or nxt.text[:1].isupper() and nxt.lower_ in self.guide_objects:
                    return True
        return False

    @staticmethod
    def topic_fronted(sent: Span, k: int) -> bool:
        """'Über die Erfahrungen mit X berichtete Y': the clause opens with a topic preposition."""
        opens_with_topic = k > 1 and sent[0].lower_ in _TOPIC_PREPS
        return opens_with_topic and all(t.text not in {",", ";", ":"} for t in sent[:k])

    @staticmethod
    def topic_before_final_verb(sent: Span, k: int) -> bool:
        """'X, die über ihre Arbeit berichtete, …': a topic preposition in a clause whose verb, at `k`,
        ends it (a subordinate clause: the verb comes last)."""
        if k + 1 < len(sent) and sent[k + 1].is_alpha:
            return False
        for tok in reversed(sent[:k]):
            if tok.text in {",", ";", ":"}:
                return False
            if tok.lower_ in _TOPIC_PREPS:
                return True
        return False

    def presenting_lemma(self, tok: Token) -> bool:
        """A verb of presenting by its lemma, separable particle re-attached ("führte … ein" ->
        einführen, "stellte … vor" -> vorstellen; cue_lemmas.yaml `present`), when the pipeline
        lemmatises."""
        return tok.pos_ == "VERB" and tok.lemma_.lower() in self.present_lemmas

    @staticmethod
    def into_topic(sent: Span, k: int) -> bool:
        """'führte in das Thema ein': the verb's clause names the topic noun ("Thema", "Themen"); before
        the verb where it closes its clause ("werden in das Thema einführen")."""
        final = k + 1 >= len(sent) or not sent[k + 1].is_alpha
        for tok in reversed(sent[:k]) if final else sent[k + 1 :]:
            if tok.text in {".", ";", ":", ","}:
                return False
            if tok.lower_ in _TOPIC_NOUNS:
                return True
        return False

    @staticmethod
    def topic_follows(sent: Span, k: int) -> bool:
        """'sprach über X', 'informierte zum Stand', 'berichtete von ihren Erfahrungen': a topic
        preposition in the verb's clause ("von" before a possessive: not "X vom Verein")."""
        for tok in sent[k + 1 :]:
            if tok.text in {".", ";", ":"}:
                return False
            if tok.lower_ in _TOPIC_PREPS:
                return True
            if tok.lower_ == "von" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].tag_ == "PPOSAT":
                return True
        return False

    # --- patterns -------------------------------------------------------------------------------
    def match(self, sent: Span, previous: Span | None) -> list[tuple[Span, str, float]]:
        doc = sent.doc
        people = person_spans(sent)
        if not people:
            return self.pronoun_speakers(sent) or self.group_speakers(sent)
        out: dict[str, tuple[Span, str, float]] = {}

        def add(person: Span, kind: str, conf: float) -> None:
            out.setdefault(person_at(doc, person.start) or person.text, (person, kind, conf))

        has_noun = any(self.talk_noun(t) for t in sent)
        has_participle = any(self.participle(t) for t in sent)
        if has_noun or has_participle:
            for person in self.agents(sent, people):
                add(person, "agent", 0.8)
        for verb, kind in self.verb_positions(sent):
            subjects = self.subjects(sent, people, verb)
            for person in subjects:
                add(person, kind, 0.8)
            for person in self.besides(sent, people, verb) if subjects else []:
                add(person, kind, 0.7)
            for person in self.together_with(sent, people, verb) if subjects and kind == "verb" else []:
                add(person, kind, 0.7)  # not a greeting: "begrüßte gemeinsam mit A die Gäste" at the door
            for person in self.gapped(sent, people, subjects) if kind == "verb" else []:
                add(person, kind, 0.7)
        titled = self.titled_sentence(sent)
        for person in people:
            if self.possessor(doc, person, sent):
                add(person, "possessive", 0.7)
            if self.titled_speaker(doc, person, sent, titled):
                add(person, "speaker_title", 0.75)
        if self.performed_talk(sent) and self.starts_with(sent, people[0]):
            add(people[0], "subject_noun", 0.65)
        for person in self.taken_over(sent, people):
            add(person, "subject_noun", 0.65)
        for person in self.speaker_predicate(sent, people):
            add(person, "speaker_title", 0.75)  # "X war Referentin beim Fachtag Y"
        for person in self.given_the_floor(sent, people):
            add(person, "floor", 0.7)
        if has_noun and self.won_for_talk(sent):
            for person in people:
                if not self.after_preposition(doc, person, sent):
                    add(person, "won", 0.7)
        if (
            self.panel_participants(sent, previous)
            or self.named_as_speakers(sent)
            or self.speaker_copula(sent, previous)
        ):
            for person in people:
                if not self.after_preposition(doc, person, sent) or self.besides_also(doc, person, sent):
                    add(person, "panel", 0.7)
        for person in self.panel_guests(sent, people):
            add(person, "panel", 0.7)
        for person in self.panel_completed(sent, people, previous):
            add(person, "panel", 0.7)
        for person in self.debated_with(sent, people, previous):
            add(person, "panel", 0.7)
        intro = self.list_intro(sent, previous)
        for person in people if intro else []:
            if self.lead_in(doc, person, sent) < sent.start + intro or not self.after_preposition(
                doc, person, sent
            ):
                add(person, "list", 0.7)
        guests_from = self.guest_list(sent) if not has_noun else None
        if guests_from is not None:  # "Zu den Gästen gehörte auch Moderatorin X": a guest, no speaker
            return [x for x in out.values() if x[0].start < guests_from]
        return list(out.values())

    def panel_completed(self, sent: Span, people: list[Span], previous: Span | None) -> list[Span]:
        """'Ergänzt wird die Runde um A, B und C', 'Das Podium wird durch X verstärkt': the names after
        "um"/"durch" in a clause of completing a panel (a panel noun in the sentence, or "Runde" after a
        sentence that names a panel)."""
        by = next((t.i for t in sent if t.lower_ in {"um", "durch"}), None)
        if by is None or not any(t.lower_.startswith(_COMPLETING) for t in sent):
            return []  # by the stem: a fronted "Ergänzt" is tagged as an adverb
        rounds = any(t.lower_ == "runde" for t in sent) and previous is not None and self.panel(previous)
        if not (self.panel(sent) or rounds):
            return []
        return [p for p in people if p.start > by]

    def guest_list(self, sent: Span) -> int | None:
        """Where the names of a guest list start: after "unter den"/"zu den" and an audience noun, in a
        sentence whose verb lists ("Unter den Gästen war auch X", "Zu den prominenten Gästen gehörte
        X"); None if there is none."""
        doc = sent.doc
        if not any(t.lower_ in _GUEST_VERBS for t in sent):
            return None  # "Zu den Gästen sprach X": X spoke to them
        for tok in sent[:-2]:
            if tok.lower_ not in {"unter", "zu"} or doc[tok.i + 1].lower_ != "den":
                continue
            k = tok.i + 2
            while k < sent.end - 1 and doc[k].tag_ == "ADJA":
                k += 1  # "zu den prominenten Gästen"
            if self.audience_word(doc[k].lower_):
                return k + 1
        return None

    def pronoun_speakers(self, sent: Span) -> list[tuple[Span, str, float]]:
        """'X kam aus Kiel. Danach sprach er über Y': the talk verb's subject is a personal pronoun
        (the parser's subject, "sie" with a singular verb), standing for the person it refers to."""
        doc = sent.doc
        out: list[tuple[Span, str, float]] = []
        pronouns = (
            [t for t in sent if t.lower_ in PRONOUN_GENDER and t.dep_.startswith("nsubj")]
            if _PRONOUN.search(sent.text)
            else []
        )  # most sentences without a name have no pronoun subject: no talk verbs to find
        if not pronouns:
            return out
        for verb, kind in self.verb_positions(sent):
            pronoun = next((t for t in pronouns if t.head.i == verb and abs(t.i - verb) == 1), None)
            if pronoun is None or pronoun.lower_ == "sie" and "Sing" not in doc[verb].morph.get("Number", []):
                continue
            if any(c.dep_.startswith("nsubj") and c.i != pronoun.i for c in doc[verb].children):
                continue  # "Der Bürgermeister begrüßte sie": the pronoun is the object
            person = pronoun_antecedent(doc, sent, pronoun, doc_genders(doc))
            if person is not None:
                out.append((person, kind, 0.7))
        return out

    def group_speakers(self, sent: Span) -> list[tuple[Span, str, float]]:
        """'A und B leiten das Projekt. Die beiden referierten über …', 'Beide sprachen über …': a
        numbered group of people opening the sentence right before its talk verb stands for the
        persons the sentence before lists."""
        group = group_at(sent.doc, sent.start, sent.end)
        if group is None:
            return []
        size, end = group
        kinds = [kind for verb, kind in self.verb_positions(sent) if verb == end]
        if not kinds:
            return []
        return [(person, kinds[0], 0.7) for person in group_antecedents(sent.doc, sent, size)]

    def lead_in(self, doc: Doc, person: Span, sent: Span) -> int:
        """Index of the first token before `person` that is not a title, courtesy word, role or article."""
        k = person.start - 1
        while k >= sent.start:
            tok = doc[k]
            low = tok.lower_
            if (
                low in ACADEMIC
                or low in COURTESY
                or low in ARTICLES
                or role_hit(tok.text)
                or self.speaker_title(tok)
                or tok.is_lower
                and tok.is_alpha
                and low not in PREPOSITIONS
                and low not in {"und", "sowie"}
                and tok.tag_ not in FINITE  # "Unter den Referenten war X": the verb ends the phrase
            ):
                k -= 1
                continue
            if tok.text.endswith("s") and tok.is_title and k + 1 < person.start and role_hit(doc[k + 1].text):
                k -= 1  # "Nordheims Bürgermeister"
                continue
            if tok.tag_ == "ADJA" and k + 1 < person.start and role_hit(doc[k + 1].text):
                k -= 1  # "des Ersten Beigeordneten X", "der Ärztlichen Direktorin X": a title's adjective
                continue
            if (
                k == person.start - 1
                and tok.tag_ == "NN"
                and k > sent.start
                and (doc[k - 1].lower_ in ARTICLES or doc[k - 1].lower_ in _AGENT)
            ):
                k -= 1  # "von der Journalistin X", "von Journalistin X": a noun apposed before the name
                continue
            break
        return k

    def agents(self, sent: Span, people: list[Span]) -> list[Span]:
        """'Vortrag von X', 'Begrüßung durch X', 'wurde von X besprochen', and names listed after them."""
        doc = sent.doc
        out: list[Span] = []
        for idx, person in enumerate(people):
            k = self.lead_in(doc, person, sent)
            agent = k >= sent.start and doc[k].lower_ in _AGENT and not self.other_participle(doc[k - 1])
            agent = agent and self.talk_around(doc, sent, k, person)
            agent = agent or self.genitive_agent(doc, k, person)
            if agent or self.apposed_agent(doc, k, sent):
                out.append(person)
            elif (
                out
                and idx
                and people[idx - 1] is out[-1]
                and k >= sent.start
                and doc[k].text in {",", "und", "sowie"}
            ):
                # listed right after an agent ("Vorträge von A und B"), not after another name
                governing = self.list_preposition(doc, person, sent)
                if self.lead_in(doc, out[-1], sent) >= 0 and (governing is None or governing in _AGENT):
                    out.append(person)  # "Vorträge von A, B und C": the agent's "von" governs the list
        return out

    def talk_around(self, doc: Doc, sent: Span, k: int, person: Span) -> bool:
        """The talk an agent's "von"/"durch" at `k` belongs to: a talk noun or participle before it
        ("Vortrag zum Thema Y von X", "moderiert von X") or a participle after the name ("wurde von X
        vorgestellt"), not a talk noun only after it ("Zu den Vorhaben von X gehört die Einführung
        …": the "von" is of another noun)."""
        if any(self.talk_noun(t) or self.participle(t) for t in doc[sent.start : k]):
            return True
        return any(self.participle(t) for t in doc[person.end : sent.end])

    def genitive_agent(self, doc: Doc, k: int, person: Span) -> bool:
        """'die Ansprache des Bürgermeisters X': the name a talk noun's genitive leads to."""
        return (
            k >= 0
            and doc[k].text[:1].isupper()
            and doc[k].lower_.endswith(self.agent_heads)
            and k + 1 < person.start
            and doc[k + 1].lower_ in {"des", "der"}
        )

    def other_participle(self, tok: Token) -> bool:
        """'eingeladen von X', 'organisiert durch X': the agent of another participle, not of the talk
        ('wurde von X vorgestellt' keeps its agent)."""
        low = tok.lower_
        if tok.is_lower and "Part" in tok.morph.get("VerbForm", []) and not self.participle(tok):
            return True  # by morphology: "begleitet von X"
        shaped = "ge" in low[:-3] or low.endswith("iert")  # "eingeladen", "gefördert", "organisiert"
        return (
            tok.is_lower
            and len(low) > 5
            and low.endswith(("t", "en"))
            and shaped
            and low not in self.participles
        )

    @staticmethod
    def apposed_agent(doc: Doc, k: int, sent: Span) -> bool:
        """'Begrüßung durch den Vorsitzenden des Forums, Herrn X': a name apposed to an agent phrase."""
        if k < sent.start or doc[k].text != ",":
            return False
        for j in range(k - 1, max(sent.start - 1, k - 9), -1):
            if doc[j].lower_ in _AGENT:
                return any(role_hit(t.text) for t in doc[j + 1 : k])
            if doc[j].text in {",", ".", ";"} or person_at(doc, j) is not None:
                return False
        return False

    def besides_also(self, doc: Doc, person: Span, sent: Span) -> bool:
        """'saßen neben A auch B und C': the names after "neben" that "auch" and further names follow
        were on the panel too."""
        if self.list_preposition(doc, person, sent) != "neben":
            return False
        k = person.end
        while k < sent.end and (person_at(doc, k) is not None or doc[k].lower_ in {",", "und", "sowie"}):
            k += 1
        return k + 1 < sent.end and doc[k].lower_ == "auch" and person_after_verb(doc, k + 1, sent.end)

    def after_preposition(self, doc: Doc, person: Span, sent: Span) -> bool:
        """The name follows a preposition ("mit X"), also as a later item of a list that does ("gemeinsam
        mit den Beigeordneten A, B und C": B and C too)."""
        return self.list_preposition(doc, person, sent) is not None

    def list_preposition(self, doc: Doc, person: Span, sent: Span) -> str | None:
        """The preposition before the name or before the list the name is a later item of, lower case."""
        k = self.lead_in(doc, person, sent)
        while k > sent.start and doc[k].lower_ in {",", "und", "sowie"}:
            before = person_ending(doc, k - 1, sent.start)
            if before is None:
                break
            k = self.lead_in(doc, before, sent)
        among_others = k + 1 < len(doc) and doc[k].lower_ == "unter" and doc[k + 1].lower_ in _AMONG_OTHERS
        governs = k >= sent.start and doc[k].lower_ in PREPOSITIONS and not among_others
        return doc[k].lower_ if governs else None

    def subjects(self, sent: Span, people: list[Span], verb: int) -> list[Span]:
        """The person subject of the talk verb: in the forefield, or right after the verb (inversion)."""
        doc = sent.doc
        antecedent = self.relative_antecedent(doc, sent, verb)
        if antecedent is not None:
            return [antecedent]
        clause = self.clause_start(doc, sent, verb)
        first = doc[clause].lower_
        if first not in PREPOSITIONS and not self.fronted_object(doc, clause, verb):
            before = [
                p
                for p in people
                if clause <= p.start and p.end <= verb and not self.after_preposition(doc, p, sent)
            ]
            if before:
                return before if len(before) > 1 else before[:1]
            expletive = first == "es" and verb == clause + 1  # "Es referierten X und Y"
            if expletive or self.object_fronted(doc, clause, verb) or self.thing_fronted(doc, clause, verb):
                pass  # "Die Plattform stellten X und Y vor": the subject follows the verb
            elif first in PRONOUNS or first in ARTICLES or first in DETERMINERS:
                return []  # "Er begrüßte Gäste, darunter X": X is an object
        after = [p for p in people if p.start > verb]
        if after:
            nxt = after[0]
            gap = doc[verb + 1 : nxt.start]
            if len(gap) <= 10 and not self.after_preposition(doc, nxt, sent):
                listed = [nxt, *self.coordinated(doc, nxt, after[1:])]
                if len(listed) == 1 and "Plur" in doc[verb].morph.get("Number", []):
                    return []  # "bestätigten die Mitglieder X im Amt": one name is no plural verb's subject
                return listed
        return []

    @staticmethod
    def gapped(sent: Span, people: list[Span], subjects: list[Span]) -> list[Span]:
        """'X sprach über A, Y über B', 'Es sprachen X zur Demenz und Y zu B': a name after a comma or
        "und", followed by a topic's preposition and no verb of its own up to the sentence end, shares
        the talk verb of the subject before it (the verb left out in the second conjunct)."""
        doc = sent.doc
        if not subjects:
            return []
        out: list[Span] = []
        for person in people:
            if person.start <= subjects[-1].end or doc[person.start - 1].lower_ not in {",", "und", "sowie"}:
                continue
            if person.end >= sent.end or doc[person.end].lower_ not in _GAP_PREPS:
                continue
            if any(t.tag_ in FINITE for t in doc[person.end : sent.end]):
                continue
            out.append(person)
        return out

    def besides(self, sent: Span, people: list[Span], verb: int) -> list[Span]:
        """'Neben A und B sprachen auch C und D': the names of a fronted "neben" phrase did what the
        subjects did."""
        doc = sent.doc
        if sent[0].lower_ != "neben":
            return []
        listed = [p for p in people if p.end <= verb]
        if not listed or any(
            t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"} for t in doc[sent.start : verb]
        ):
            return []  # one phrase before the verb: no clause, no comma
        return [listed[0], *self.coordinated(doc, listed[0], listed[1:])]

    def together_with(self, sent: Span, people: list[Span], verb: int) -> list[Span]:
        """'A stellte das Konzept gemeinsam mit B vor', 'Zusammen mit dem Leiter der C, B, präsentierte
        A …': the names after "gemeinsam mit"/"zusammen mit" in the verb's clause did it with the subject
        (articles, titles and the title's body may lead to the first; no other finite verb between)."""
        doc = sent.doc
        for tok in sent[:-1]:
            if tok.lower_ not in {"gemeinsam", "zusammen"} or doc[tok.i + 1].lower_ != "mit":
                continue
            lo, hi = sorted((tok.i, verb))
            if any(t.tag_ in FINITE and t.i != verb for t in doc[lo:hi]):
                continue
            if tok.i > sent.start and (
                doc[tok.i - 1].text == "," or doc[tok.i - 1].lower_ in RELATIVE_PRONOUNS
            ):
                continue  # "…, die gemeinsam mit B den Verein vertrat": a clause of its own
            after = [p for p in people if p.start > tok.i + 1]
            if not after:
                continue
            lead = range(tok.i + 2, after[0].start)
            if len(lead) > 8 or not all(self.before_name(doc, k) or doc[k].text == "," for k in lead):
                continue
            return [after[0], *self.coordinated(doc, after[0], after[1:])]
        return []

    @staticmethod
    def relative_antecedent(doc: Doc, sent: Span, verb: int) -> Span | None:
        """'X, die über ihre Arbeit berichtete': the verb ends a relative clause ("der"/"die" after a
        comma) whose antecedent is the name before the comma."""
        if verb + 1 < sent.end and doc[verb + 1].is_alpha:
            return None  # not clause-final
        for k in range(verb - 1, max(sent.start, verb - 12), -1):
            if doc[k].text in {",", ";", ":"}:
                return relative_antecedent(doc, k, sent.start)
        return None

    @staticmethod
    def coordinated(doc: Doc, first: Span, rest: list[Span]) -> list[Span]:
        """Names listed with `first` ("sprachen A, B, Leiterin der C, und D über ..."): only list
        separators, titles, appositions and names lie between them."""
        out: list[Span] = []
        last = first
        for person in rest:
            between = doc[last.end : person.start]
            words = [t for t in between if t.is_alpha and t.is_lower]
            if not any(t.lower_ in {",", "und", "sowie"} or t.text == "," for t in between):
                break
            if any(
                t.lower_ not in _LIST_WORDS and t.lower_ != "als" and t.pos_ != "ADV" and t.tag_ != "ADJA"
                for t in words
            ):
                break  # (an apposition may hold "als" or an adverb: "B, seinerseits Vorsitzender des C"; a
                # title its adjective: "und der katholische Pfarrer D")
            out.append(person)
            last = person
        return out

    @staticmethod
    def clause_start(doc: Doc, sent: Span, verb: int) -> int:
        """Start of the verb's clause: the sentence start, or after a comma that follows a complete
        apposition-free stretch ('..., die Finissage beendete X'), or the subordinating conjunction
        after the last comma before a clause-final verb ('…, bevor X über Y referierte')."""
        for k in range(verb - 1, sent.start, -1):  # (not a stretch closed by a comma before the verb, an
            if doc[k].text == "," and k < verb - 1 and verb - k <= 4 and doc[verb - 1].text != ",":
                return k + 1  # apposition: "A und der Leiter der X, B, stellten … vor")
        final = verb + 1 >= sent.end or doc[verb + 1].is_punct
        for k in range(verb - 1, sent.start, -1):
            if doc[k].text == ",":
                return k + 1 if final and k + 1 < verb and doc[k + 1].tag_ == "KOUS" else sent.start
        return sent.start

    @staticmethod
    def object_fronted(doc: Doc, clause: int, verb: int) -> bool:
        """A plural verb after a singular noun phrase or "das"/"dies" that opens the clause: the
        fronted phrase cannot be its subject ("Das stellten X und Y vor", "Die App stellten X und Y
        vor")."""
        if "Plur" not in doc[verb].morph.get("Number", []):
            return False
        words = doc[clause:verb]
        if len(words) == 1 and words[0].lower_ in {"das", "dies", "dieses"}:
            return True
        nouns = [t for t in words if t.tag_ == "NN"]
        return len(words) <= 4 and len(nouns) == 1 and "Sing" in nouns[0].morph.get("Number", [])

    def thing_fronted(self, doc: Doc, clause: int, verb: int) -> bool:
        """A short noun phrase of a thing opens the clause before a verb of presenting, a person's name
        after it: the thing is the object, the presented topic, and the person the subject ("Die
        Planung stellte X vor", "Den Gästen erläuterte X"); not a person noun or a body ("Die
        Ministerin stellte X vor", "Die Stadt präsentierte X": there X is the object)."""
        if not (doc[verb].lower_ in self.weak_verbs or self.presenting_lemma(doc[verb])):
            return False
        words = doc[clause:verb]
        if not 2 <= len(words) <= 7 or words[0].tag_ not in {"ART", "PDAT", "PPOSAT"}:
            return False
        nouns = [k for k, t in enumerate(words) if t.tag_ == "NN"]
        if not nouns or any(t.tag_ != "ADJA" for t in words[1 : nouns[0]]):
            return False
        noun = words[nouns[0]]
        attribute = words[nouns[0] + 1 :]  # "Die Ergebnisse der/einer Studie": one genitive attribute
        if attribute and not (attribute[0].lower_ in _GENITIVE_ARTICLES and attribute[-1].tag_ == "NN"):
            return False
        if any(t.tag_ not in {"ADJA", "NN"} for t in attribute[1:-1]) or noun.ent_type_:
            return False
        if role_hit(noun.text) is not None or is_org_head(noun.text):
            return False
        return verb + 1 < len(doc) and person_after_verb(doc, verb + 1, doc[verb].sent.end)

    def fronted_object(self, doc: Doc, clause: int, verb: int) -> bool:
        """An event or talk noun fronted before the verb is its object ('die Finissage beendete X')."""
        head = doc[clause : min(verb, clause + 3)]  # "Den Festvortrag über X hielt Y": the noun comes early
        if [t.lower_ for t in doc[clause:verb]] == ["das", "wort"]:
            return True  # "Das Wort hatte dann X": the floor, an object
        return any(self.event_noun(t) or self.talk_noun(t) for t in head)

    @staticmethod
    def starts_with(sent: Span, person: Span) -> bool:
        doc = sent.doc
        k = sent.start
        while k < person.start and (
            doc[k].lower_ in ACADEMIC or doc[k].lower_ in COURTESY or role_hit(doc[k].text)
        ):
            k += 1
        return k == person.start

    def possessor(self, doc: Doc, person: Span, sent: Span) -> bool:
        """'Musters Rede' or '..., so X zu Beginn seiner Ansprache'."""
        if person.end < sent.end and self.talk_noun(doc[person.end]) and person[-1].text.endswith("s"):
            return True
        people = person_spans(sent)
        if len(people) != 1:
            return False
        gender = doc_genders(doc).get(person_at(doc, person.start) or person.text)
        return any(
            t.lower_ in _POSSESSIVE
            and t.i + 1 < sent.end
            and self.talk_noun(doc[t.i + 1])
            and possessive_gender(t.lower_) != {"m": "f", "f": "m"}.get(gender or "")
            for t in sent
        )  # "in seiner Begrüßung …, dass … Bürgermeisterin X": his talk, not hers

    def named_as_speakers(self, sent: Span) -> bool:
        """'Referentinnen und Referenten waren X und Y', 'Als Redner traten X und Y auf', 'Zu den Rednern
        gehörten X und Y', 'Unter den Referenten waren X und Y'."""
        lows = {t.lower_ for t in sent}
        nouns = lows | {w[:-1] for w in lows if w.endswith("n")}  # dative plural: "Zu den Rednern gehörten"
        return bool(nouns & self.speaker_nouns) and bool(lows & _LISTING_VERBS)

    def speaker_copula(self, sent: Span, previous: Span | None) -> bool:
        """'Referentin war X vom Landesamt': a sentence that opens with a speaker noun, also the singular
        that is a job title elsewhere ("Referent"), and a copula, in an article that names an event or
        after a sentence about a talk."""
        doc = sent.doc
        k = sent.start
        while k < sent.end and doc[k].lower_ in ARTICLES | {"einzige", "erste", "weitere"}:
            k += 1
        word = doc[k].lower_
        if word in self.audience and self.panel_genitive(doc, k + 1, sent.end):
            k += 3  # "Teilnehmer der Podiumsdiskussion waren A und B": a panel's members speak on it
            return k < sent.end and doc[k].lower_ in _NAMING_COPULA
        if not self.talk_part(doc[k]):
            return False  # "Hauptredner war X": a compound of a talk part
        k = self.event_after(doc, k + 1, sent.end) or k + 1  # "Referentin des Abends war X"
        if k >= sent.end or doc[k].lower_ not in _NAMING_COPULA:
            return False
        return self.event_context(doc, previous)

    def talk_part(self, tok: Token) -> bool:
        """A speaker noun, also the singular that is a job title elsewhere ("Referentin"), or a talk
        part as a title ("Hauptrednerin", "Moderatorin")."""
        return tok.lower_ in self.speaker_nouns or tok.lower_ in _SINGULAR_SPEAKERS or self.speaker_title(tok)

    def event_after(self, doc: Doc, k: int, end: int) -> int | None:
        """Where the event phrase at `k` ends: a genitive of an event noun or "beim" and one, with the
        event's name ("des Abends", "des Fachtags Pflege", "beim Fachtag Pflege"; not "der Stadt")."""
        if k + 1 >= end:
            return None
        low, noun = doc[k].lower_, doc[k + 1]
        if not (
            low in {"des", "der"} and self.event_genitive(noun) or low == "beim" and self.event_noun(noun)
        ):
            return None
        k += 2
        while k < end and doc[k].text[:1].isupper():
            k += 1  # past the event's name
        return k

    def speaker_predicate(self, sent: Span, people: list[Span]) -> list[Span]:
        """'X war Referentin beim Fachtag Y', 'X war Moderatorin des Abends': the name that opens the
        sentence, the copula, a talk part and the event it had it at (a genitive or "beim")."""
        doc = sent.doc
        first = people[0] if people else None
        if first is None or first.start != sent.start or first.end + 3 >= sent.end:
            return []
        k = first.end
        if doc[k].lower_ not in _NAMING_COPULA or not self.talk_part(doc[k + 1]):
            return []
        return [first] if self.event_after(doc, k + 2, sent.end) is not None else []

    def list_intro(self, sent: Span, previous: Span | None) -> int:
        """Length of an opening that lists speakers: 'Zu Wort kamen X und Y', 'Auf dem Podium waren X
        und Y'; in a talk context also 'Mit dabei waren X und Y' and 'Zu Gast war X' (elsewhere these
        list guests, who are no speakers). 0 if the sentence has none."""
        words = self.opening_words(sent)
        lows = tuple(low for low, _ in words)
        for phrase in self.list_intros:
            if lows[: len(phrase)] == phrase:
                return words[len(phrase) - 1][1] + 1 - sent.start
        for phrase in self.context_intros:
            if lows[: len(phrase)] == phrase and any(self.talk_context(s) for s in (sent, previous) if s):
                return words[len(phrase) - 1][1] + 1 - sent.start
        return 0

    @staticmethod
    def opening_words(sent: Span, n: int = 6) -> list[tuple[str, int]]:
        """The first `n` words of a sentence (lower case, with their index), past a note in brackets
        that names no person: "Auf dem Podium (v.l.n.r.): A, B" reads as "Auf dem Podium: A, B"."""
        doc = sent.doc
        out: list[tuple[str, int]] = []
        k = sent.start
        while k < sent.end and len(out) < n:
            if doc[k].text == "(":
                close = next((j for j in range(k + 1, min(sent.end, k + 8)) if doc[j].text == ")"), None)
                if close is not None and not any(person_at(doc, j) for j in range(k + 1, close)):
                    k = close + 1
                    continue
            out.append((doc[k].lower_, k))
            k += 1
        return out

    def panel_guests(self, sent: Span, people: list[Span]) -> list[Span]:
        """'ein Podiumsgespräch mit A, der Leiterin der B, und C': the names listed after "mit" right
        after a panel noun (articles, titles and adjectives may stand before the first)."""
        doc = sent.doc
        for tok in sent:
            if not (tok.text[:1].isupper() and tok.lower_.endswith(self.panel_suffixes)):
                continue
            if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "mit":
                continue
            after = [p for p in people if p.start > tok.i + 1]
            lead = range(tok.i + 2, after[0].start) if after else range(0)
            if after and len(lead) <= 8 and all(self.before_name(doc, k) for k in lead):
                return [after[0], *self.coordinated(doc, after[0], after[1:])]
        return []

    def debated_with(self, sent: Span, people: list[Span], previous: Span | None) -> list[Span]:
        """'Die Gäste diskutierten mit Staatssekretär X über die Pflege', 'Danach debattierte A mit B
        und C über Y': the names listed after "mit" right after a panel verb, and a named subject of it,
        debate a topic on a panel, in an article that names an event or after a sentence about a talk
        (not "A diskutierte mit B beim Kaffee": no topic)."""
        doc = sent.doc
        for tok in sent:
            if tok.lower_ not in self.panel_verbs:
                continue
            mit = next((t.i for t in doc[tok.i + 1 : min(sent.end, tok.i + 5)] if t.lower_ == "mit"), None)
            after = [p for p in people if mit is not None and p.start > mit]
            if mit is None or not after or after[0].start - mit > 6:
                continue
            if not all(self.before_name(doc, k) for k in range(mit + 1, after[0].start)):
                continue  # "mit Staatssekretär Dr. X": articles, titles and adjectives only
            guests = [after[0], *self.coordinated(doc, after[0], after[1:])]
            if not self.topic_follows(sent, guests[-1].end - 1 - sent.start):
                continue
            if not self.event_near(doc, previous):
                continue
            subjects = [p for p in people if p.end <= mit and not self.after_preposition(doc, p, sent)]
            return subjects + guests
        return []

    @staticmethod
    def before_name(doc: Doc, k: int) -> bool:
        """A word of the phrase that leads to a name: article, adjective, title or the body of a title
        ("der Leiterin der Oper Nord Anna X"); no punctuation, preposition or verb."""
        tok = doc[k]
        return tok.is_alpha and tok.lower_ not in PREPOSITIONS and tok.pos_ not in {"VERB", "AUX"}

    def passive_talk(self, sent: Span) -> bool:
        """A passive of a talk participle: a form of "werden" and "eröffnet", "moderiert", "vorgestellt"
        ... in the sentence ("Eröffnet wurde der Fachtag von X", "Die Runde wurde von Y moderiert")."""
        werden = any(t.lower_ in {"wird", "wurde", "wurden", "werden", "worden"} for t in sent)
        return werden and any(t.lower_ in self.participles for t in sent)

    def list_lead(self, sent: Span) -> bool:
        """A sentence that ends in ":" and names talks or speakers ("Die Referentinnen beleuchteten:",
        "Auf dem Programm standen Vorträge von:"): bullet lines after it list speakers."""
        last = [t for t in sent if not t.is_space]
        if not last or last[-1].text != ":":
            return False
        lows = {t.lower_ for t in sent}
        forms = lows | {w[:-1] for w in lows if w.endswith("n")}  # "Referenten" -> "referent"
        return self.talk_context(sent) or bool(forms & self.speaker_nouns) or bool(self.verb_positions(sent))

    def bullet_speaker(self, sent: Span) -> Span | None:
        """The name a bullet line opens with (after the marker, titles and role words): "- Dr. Eva X,
        Stadtwerke Y: Datenschutz"; or that opens a bracket after the talk's topic ("• Datenschutz in
        der Cloud (Dr. Eva X, Stadtwerke Y)")."""
        doc = sent.doc
        people = person_spans(sent)
        if not people:
            return None
        k = sent.start
        while k < people[0].start and (
            doc[k].is_punct
            or doc[k].is_space
            or self.before_name(doc, k)
            or doc[k].text in _BULLETS
            or doc[k].lower_ in ACADEMIC  # "- Dr. Eva X"
        ):
            k += 1
        if k == people[0].start and k - sent.start <= 4:
            return people[0]
        j = people[0].start - 1
        while j > sent.start and (doc[j].lower_ in ACADEMIC or self.before_name(doc, j)):
            j -= 1
        return people[0] if doc[j].text == "(" else None  # "• Datenschutz in der Cloud (Dr. Eva X, Y)"

    def talk_context(self, sent: Span) -> bool:
        """A talk or panel noun ('Moderation', 'Podiumsdiskussion'), speaker or expert noun."""
        nouns = self.speaker_nouns | self.expert_nouns
        return any(self.talk_noun(t) or t.lower_ in nouns for t in sent)

    def panel_participants(self, sent: Span, previous: Span | None) -> bool:
        lows = {t.lower_ for t in sent}
        takes_part = bool(lows & {"nahmen", "nahm"}) and "teil" in lows or bool(lows & self.panel_verbs)
        if not takes_part:
            return False
        if self.panel(sent):
            return True
        if sent[0].lower_ in _BACK_REFERENCE and previous is not None and self.panel(previous):
            return True
        return self.debate_about(sent, previous)

    def debate_about(self, sent: Span, previous: Span | None) -> bool:
        """'Im Anschluss diskutierten A, B und C über X': a list debating a topic in a plural panel
        verb is a panel, in an article that names an event or after a sentence about a talk or naming an
        event (not "A und B diskutierten beim Kaffee", which names no topic)."""
        doc = sent.doc
        verb = next((t for t in sent if t.lower_ in self.panel_verbs and t.lower_.endswith("en")), None)
        if verb is None or len(person_spans(sent)) < 2 or not self.one_list(sent):
            return False
        return self.topic_follows(sent, verb.i - sent.start) and self.event_near(doc, previous)

    def event_context(self, doc: Doc, previous: Span | None) -> bool:
        """The article names an event, or the sentence before is about a talk."""
        return bool(doc._.kg_events) or previous is not None and self.talk_context(previous)

    def event_near(self, doc: Doc, previous: Span | None) -> bool:
        """An event context, or an event noun in the sentence before ("Das Forum X fand … statt")."""
        return self.event_context(doc, previous) or (
            previous is not None and any(self.event_noun(t) for t in previous)
        )


def person_after_verb(doc: Doc, k: int, limit: int) -> bool:
    """A person's name starts at `k`, past one title and academic titles ("stellte Stadtplanerin Dr. X")."""
    if k < limit and person_at(doc, k) is None and role_hit(doc[k].text) is not None:
        k += 1
    return name_after_titles(doc, k, limit) is not None


def definite_before(sent: Span, word: str) -> bool:
    """The lower-case `word` stands in the sentence with a definite article right before it ("das Wort",
    not "kein gutes Wort")."""
    return any(t.lower_ == word and t.i > sent.start and t.doc[t.i - 1].lower_ == "das" for t in sent)


_INTERROGATIVES = frozenset({"PWAV", "PWS", "PWAT"})
_THANKING = frozenset({"danken", "bedanken"})  # at an event, thanks are said to those present
_TOPIC_NOUNS = frozenset({"thema", "themen", "themenfeld"})


def question_fronted(sent: Span, k: int) -> bool:
    """'Wie das in der Praxis funktioniert, erläuterte X': an interrogative clause opens the sentence
    and closes with the one comma before the verb at `k`: the verb's object, the topic presented."""
    if k < 3 or sent[0].tag_ not in _INTERROGATIVES or sent[k - 1].text != ",":
        return False
    return sum(1 for t in sent[:k] if t.text == ",") == 1
