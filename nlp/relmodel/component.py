"""The `kg_relation_model` component: the trained scorers decide speakers, roles and quotes.

It runs after the rule components. The rules' findings (doc._.kg_speakers, kg_roles, ...) are
candidates and features; the component replaces them with what the models accept, each fact's
confidence being the model's probability. Without a trained model for a task the rules' findings
stay as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.relations.base import ARTICLES, FINITE, RawLink, RawQuote, RawRole, in_byline
from nlp.relations.coref import ACADEMIC
from nlp.relations.lexicon import hosted_office, implied_kinds, word_set
from nlp.relations.orglookup import OrgLookup
from nlp.relations.quotes import SAID_AFTER
from nlp.relations.role_forms import base_form, title_number
from nlp.relations.role_orgs import FORMER, genitive_follows
from nlp.relations.roles import IN_TURN, PAIR_ANAPHOR, RoleMatcher, genitive_of_a_noun
from nlp.relations.title_words import is_title_word
from nlp.relations.topics import talk_topic
from nlp.relmodel import orgs, quotes, roles, speakers
from nlp.relmodel.context import DocContext, Mention
from nlp.relmodel.cues import cue_lemmas
from nlp.relmodel.linear import LinearModel

logger = logging.getLogger(__name__)
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "relations"
TASKS = ("speakers", "quotes", "role_pairs", "role_orgs", "affiliations")
RELATION_COMPONENT = "kg_relation_model"
RULE_OUTPUTS = ("kg_speakers", "kg_roles", "kg_affiliations", "kg_quotes")


def best_mention(model: LinearModel, mentions: list[tuple[Mention, set[str]]]) -> tuple[float, Mention]:
    """A person's score is its best mention's; that mention gives the evidence."""
    return max(((model.score(f), m) for m, f in mentions), key=lambda x: x[0])


def role_links(kept_roles: list[RawRole]) -> list[RawLink]:
    """The affiliations the kept roles state: with the role's organization, and with the party a
    political office names in its prefix ("die SPD-Abgeordnete X")."""
    out = [RawLink(r.person, r.org_name, r.sent, r.confidence, kind="role") for r in kept_roles if r.org_name]
    out += [
        RawLink(r.person, r.party, r.sent, r.confidence, kind="party")
        for r in kept_roles
        if r.party and r.party != r.org_name
    ]
    return out


_LIST_WINDOW = 8  # tokens around a name within which another name makes it one of a list


def listed(doc: Doc, person: Span) -> bool:
    """Another person is named close to this one in its sentence ("A und B", "Herr A (X) und Herr B
    (Y)"): the name may be one of a list."""
    at = doc._.kg_person_at or {}
    sent = person.sent
    own = at.get(person.start)
    near = range(max(sent.start, person.start - _LIST_WINDOW), min(sent.end, person.end + _LIST_WINDOW))
    return any(i in at and at[i] != own for i in near)


def author_only(ctx: DocContext, name: str) -> bool:
    """The person is named only in a byline ("von Eva Roth" under the headline): the article's
    author, whom no pronoun of the text means; no speaker and no source of a quote."""
    named = [m for m in ctx.mentions.get(name, []) if m.kind == "name"]
    return bool(named) and all(in_byline(m.span) for m in named)


def shared_predicate(rejected: list[RawLink], accepted: list[RawLink]) -> list[RawLink]:
    """Rule links the model rejected whose sentence, cue and topic an accepted rule link shares: the
    rules found both persons as subjects of one verb of presenting ("Die beiden Planer, Herr A (X) und
    Herr B (Y), stellten das Konzept vor"), and conjuncts share their predicate. They take the
    accepted link's confidence."""
    out = []
    for link in rejected:
        same = next(
            (
                a
                for a in accepted
                if a.kind == link.kind != "model"
                and a.sent.start == link.sent.start
                and a.target == link.target
                and a.extra.get("topic") == link.extra.get("topic")
            ),
            None,
        )
        if same is not None:
            out.append(RawLink(link.person, link.target, link.sent, same.confidence, link.kind, link.extra))
    return out


def shared_words(rejected: list[RawQuote], accepted: list[RawQuote]) -> list[RawQuote]:
    """Rule quotes the model rejected whose words an accepted quote has ("„…“, sagten die beiden": the
    rules gave the same words to several persons). They take the accepted quote's confidence."""
    kept = {(q.start, q.end): q.confidence for q in accepted}
    return [
        RawQuote(q.person, q.quote, q.start, q.end, kept[(q.start, q.end)], q.form)
        for q in rejected
        if (q.start, q.end) in kept
    ]


def listed_members(ctx: DocContext, accepted: list[RawLink]) -> list[RawLink]:
    """Rule links the model rejected whose sentence, kind and organization a rule link of an accepted
    person shares ("Mitglieder des Landtags wie A oder B"): the rules read one list, whose names share
    their organization. They take the accepted link's confidence."""
    kept = {(ctx.person_at.get(a.person.start), a.target): a.confidence for a in accepted}
    rules = [a for a in ctx.doc._.kg_affiliations or [] if a.target and a.kind not in {"role", "party"}]
    lists: dict[tuple[int, str, str], float] = {}  # (sentence, kind, organization) -> an accepted link's
    for a in rules:
        if (p := kept.get((ctx.person_at.get(a.person.start), a.target))) is not None:
            lists[(a.sent.start, a.kind, a.target)] = p
    out = []
    for link in rules:
        name = ctx.person_at.get(link.person.start)
        same = lists.get((link.sent.start, link.kind, link.target))
        if name is not None and (name, link.target) not in kept and same is not None:
            out.append(RawLink(link.person, link.target, link.sent, same, link.kind, link.extra))
            kept[(name, link.target)] = same
    return out


def second_bodies(ctx: DocContext, kept: list[RawRole]) -> list[RawRole]:
    """Rule roles of a kept role's person, title and sentence with another organization ("Geschäftsführerin
    der Stadtwerke und der Verkehrsbetriebe X": one title held in two bodies); the model weighs one pair
    of a person and a title, so they take the kept role's confidence."""
    def key(r: RawRole) -> tuple[str | None, str, int, str]:
        return ctx.person_at.get(r.person.start), r.role_key, r.sent.start, r.role

    held = {key(r): r for r in kept}
    bodies = {(key(r), r.org_name) for r in kept}
    out = []
    for r in ctx.doc._.kg_roles or []:
        first = held.get(key(r))
        if first is not None and r.org_name and (key(r), r.org_name) not in bodies:
            out.append(replace(r, org=None, confidence=first.confidence, time=first.time))
            bodies.add((key(r), r.org_name))
    return out


def listed_together(
    scored: Iterable[tuple[float, roles.RoleCandidate]], model: LinearModel
) -> dict[int, float]:
    """Rule roles the model rejected that the rules read from one title with another person's role
    the model accepted ("Stellvertreter sind A, Fachärztin, sowie B": the same sentence, title key,
    organization and rule confidence): the names of one list share its title. id(candidate) -> the
    accepted role's probability."""
    accepted: dict[tuple[int, str, str | None, float], float] = {}
    rejected: list[tuple[tuple[int, str, str | None, float], roles.RoleCandidate]] = []
    for p, c in scored:
        r = c.rule
        if r is None:
            continue
        # coordinated titles given to as many names in turn ("CIO und CDO des Landes, A und B") are one list
        key = (r.sent.start, "" if r.confidence == IN_TURN else r.role_key, r.org_name, r.confidence)
        if model.accepts(p):
            accepted[key] = max(p, accepted.get(key, 0.0))
        else:
            rejected.append((key, c))
    return {id(c): accepted[key] for key, c in rejected if key in accepted}


_TALK_CLASSES = frozenset({"TALK", "PANEL", "SPEAKER_NOUN", "PRESENT", "OPEN", "GREET", "PARTICIPLE"})


def object_of_shared_subject(ctx: DocContext, m: Mention) -> bool:
    """The mention follows a finite verb right after "und" (titles between): the second verb of a
    coordinated predicate shares the subject named before the first ("Er lobte … und dankte X"), so
    the name after it is an object, not who spoke."""
    doc, sent = ctx.doc, m.sent
    k = m.span.start - 1
    while k > sent.start and (is_title_word(doc, k) or "ROLE" in ctx.token(k)):
        k -= 1
    return k - 1 >= sent.start and doc[k].tag_ in FINITE and doc[k - 1].lower_ == "und"


def organized_only(ctx: DocContext, m: Mention) -> bool:
    """The mention's sentence has a verb of organising or inviting (cue_lemmas.yaml `organize`) and no
    talk, verb of talking or of saying (speakers it names are whom it invited: "Sie hatte die Referenten
    eingeladen"): it tells who prepared the event, not who spoke."""
    sent = m.sent
    if not any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in cue_lemmas("organize") for t in sent):
        return False
    return not any(_SPOKEN & set(ctx.cues(t.i)) for t in sent)


_SPOKEN = _TALK_CLASSES - {"PANEL", "SPEAKER_NOUN"} | {"SPEECH"}  # a talk given, not its people or panel


def before_the_event(ctx: DocContext, mentions: list[Mention]) -> bool:
    """Every mention of the person comes before the article first names its event, past its opening
    sentence ("„…“, sagte X. … Beim Fachtag am Freitag sprachen Y und Z"): X spoke to the reporter
    about something else; an event named after the lead is one part of the article, not its frame."""
    events = ctx.doc._.kg_events or []
    firsts = [min(s for s, _ in e.mentions) for e in events if e.mentions]
    if not firsts or not mentions:
        return False
    first = min(firsts)
    lead_end = next(iter(ctx.doc.sents)).end_char
    return first >= lead_end and all(m.span.end_char <= first for m in mentions)


def works_only(ctx: DocContext, m: Mention) -> bool:
    """The mention opens its sentence as the subject of a verb of working (nlp/lexicons/work_verbs.txt:
    "arbeitet", "engagiert sich", "forscht") and the sentence has no talk, verb of talking or of saying:
    it tells where the person works, not that the person spoke."""
    doc, sent = ctx.doc, m.sent
    if m.span.start != sent.start or m.span.end >= sent.end:
        return False
    if doc[m.span.end].lower_ not in word_set("work_verbs.txt"):
        return False
    return not any(_SPOKEN & set(ctx.cues(t.i)) for t in sent)


_SPEECH_OR_TALK = _TALK_CLASSES | {"SPEECH"}


def spoke_of_only(ctx: DocContext, m: Mention) -> bool:
    """The one cue of speech or talk in the mention's sentence is "sprechen von" in its sense of
    calling something so ("X sprach von einer guten Wahl"; not "von ihren Erfahrungen", a topic after
    a possessive): a judgement reported, no talk."""
    doc, sent = ctx.doc, m.sent
    cued = [t for t in sent if _SPEECH_OR_TALK & set(ctx.cues(t.i))]
    if len(cued) != 1 or cued[0].lemma_ != "sprechen" or cued[0].i + 2 >= sent.end:
        return False
    return doc[cued[0].i + 1].lower_ == "von" and doc[cued[0].i + 2].tag_ != "PPOSAT"


def talk_only_reported(ctx: DocContext, m: Mention) -> bool:
    """The mention reports words ("…, sagte X", "X sagte, …") and every cue of a talk in its sentence
    stands in those words: the report speaks of an opening or a presentation, X gave none there (an
    event named anywhere in the sentence places X at it)."""
    doc, sent, span = ctx.doc, m.sent, m.span
    verb = span.start - 1
    while verb > sent.start and (doc[verb].lower_ in ARTICLES or doc[verb].lower_ in ACADEMIC):
        verb -= 1  # "sagte die Dr. X": back to the verb
    if verb > sent.start + 1 and "SPEECH" in ctx.cues(verb) and doc[verb - 1].text == ",":
        own = range(verb, sent.end)  # fronted report: the words before the comma are reported
    elif span.end < sent.end and "SPEECH" in ctx.cues(span.end):
        close = next((t.i for t in doc[span.end + 1 : sent.end] if t.text in {",", ":"}), None)
        if close is None:
            return False
        own = range(sent.start, close)  # "X sagte, …": the words after the comma are reported
    else:
        return False
    if any("EVENT" in ctx.cues(i) for i in range(sent.start, sent.end)):
        return False  # words about the event report from it: "…, dass das Motto für die Tagung gut sei"
    cued = [i for i in range(sent.start, sent.end) if _TALK_CLASSES & set(ctx.cues(i))]
    return bool(cued) and not any(i in own for i in cued)


def named_span(ctx: DocContext, m: Mention) -> Span:
    """The mention itself, or for a pronoun the person's first name mention (facts name persons)."""
    return m.span if m.kind == "name" else ctx.mentions[m.name][0].span


@Language.factory(RELATION_COMPONENT, default_config={"model_dir": str(MODEL_DIR)})
def make_relation_model(nlp: Language, name: str, model_dir: str) -> RelationModel:
    return RelationModel.from_dir(name, Path(model_dir))


@dataclass
class RelationModel:
    name: str
    models: dict[str, LinearModel] = field(default_factory=dict)

    @staticmethod
    def default_dir() -> Path:
        return MODEL_DIR

    @classmethod
    def from_dir(cls, name: str, path: Path) -> RelationModel:
        models = {}
        for task in TASKS:
            file = path / f"{task}.json"
            if file.is_file():
                models[task] = LinearModel.load(file)
            else:
                logger.warning("no relation model %s: the rules decide %s", file, task)
        return cls(name, models)

    def __call__(self, doc: Doc) -> Doc:
        self.restore(doc)
        ctx = DocContext(doc)
        if "speakers" in self.models:
            doc._.kg_speakers = self.decide_speakers(ctx, self.models["speakers"])
        if "quotes" in self.models:
            doc._.kg_quotes = self.decide_quotes(ctx, self.models["quotes"])
        if "role_pairs" in self.models:
            doc._.kg_roles = self.decide_roles(ctx, self.models["role_pairs"], self.models.get("role_orgs"))
        if "affiliations" in self.models:
            doc._.kg_affiliations = self.decide_affiliations(ctx, self.models["affiliations"], doc._.kg_roles)
        return doc

    @staticmethod
    def restore(doc: Doc) -> None:
        """Put the rules' findings back (they are kept in user_data on the first call): the component
        reads them as candidates, so applying it twice gives the same result."""
        rules = doc.user_data.setdefault("kg_rule_output", {k: getattr(doc._, k) for k in RULE_OUTPUTS})
        for key, value in rules.items():
            setattr(doc._, key, value)

    # --- speakers -------------------------------------------------------------------------------
    @staticmethod
    def decide_speakers(ctx: DocContext, model: LinearModel) -> list[RawLink]:
        doc = ctx.doc
        rule_links: dict[str, list[RawLink]] = {}
        for link in doc._.kg_speakers or []:
            name = ctx.person_at.get(link.person.start)
            if name:
                rule_links.setdefault(name, []).append(link)
        events = doc._.kg_events or []
        main_event = events[0].name if events else None
        topics = {p.name for p in doc._.kg_projects or []}
        out: list[RawLink] = []
        rejected: list[RawLink] = []
        for name, all_mentions in speakers.candidates(ctx):
            if author_only(ctx, name):
                continue
            # a name inside someone's quoted words ("„Mit Frau X gewinnen wir …“, sagte Y bei der
            # Begrüßung") is what Y spoke about, not a sign of X's own talk
            mentions = [
                (m, f)
                for m, f in all_mentions
                if not in_byline(m.span) and (name in rule_links or not ctx.in_quote(m.span.start_char))
            ]
            if not mentions:
                continue
            p, best = best_mention(model, mentions)
            if not model.accepts(p):
                # the agent of a passive talk participle ("Eröffnet wurde der Fachtag von X") stands on
                # its own, as German grammar leaves no doubt (the training articles have few of them)
                out.extend(x for x in rule_links.get(name, []) if x.extra.get("passive"))
                rejected.extend(x for x in rule_links.get(name, []) if not x.extra.get("passive"))
                continue
            if name in rule_links:
                out.extend(RawLink(x.person, x.target, x.sent, p, x.kind, x.extra) for x in rule_links[name])
                continue
            if talk_only_reported(ctx, best):
                continue  # "Die Eröffnung des Pfads sei verschoben, sagte X": the talk is in what X said
            if spoke_of_only(ctx, best):
                continue  # "X sprach von einer guten Wahl": X's judgement, no talk
            if object_of_shared_subject(ctx, best):
                continue  # "Er lobte den Verein und dankte X für ihren Einsatz": X was thanked
            if organized_only(ctx, best):
                continue  # "Organisiert wurde der Fachtag von X": X prepared the event, spoke at none
            if works_only(ctx, best):
                continue  # "X engagiert sich seit 20 Jahren in der Tafel": where X works, no talk
            if before_the_event(ctx, [m for m, _ in all_mentions]):
                continue  # "„…“, sagte X. … Beim Fachtag sprachen Y und Z": X's words came before it
            named = [
                e.name
                for e in events
                if any(best.sent.start_char <= s < best.sent.end_char for s, _ in e.mentions)
            ]
            topic = talk_topic(best.sent, best.span, topics, "verb")
            out.append(
                RawLink(
                    named_span(ctx, best),
                    named[0] if named else main_event,
                    best.sent,
                    p,
                    "model",
                    {"topic": topic},
                )
            )
        return out + shared_predicate(rejected, out)

    # --- quotes ---------------------------------------------------------------------------------
    @staticmethod
    def decide_quotes(ctx: DocContext, model: LinearModel) -> list[RawQuote]:
        rule_quotes: dict[str, list[RawQuote]] = {}
        for q in ctx.doc._.kg_quotes or []:
            name = ctx.person_at.get(q.person.start)
            if name:
                rule_quotes.setdefault(name, []).append(q)
        out: list[RawQuote] = []
        rejected: list[RawQuote] = []
        for name, mentions in quotes.candidates(ctx):
            if author_only(ctx, name):
                continue
            p, best = best_mention(model, mentions)
            if not model.accepts(p):
                # "Laut X …", "X zufolge …": an attribution German grammar makes unambiguous stands on
                # its own (the training articles have too few of them for the model to weigh)
                # so does a direct quote with its verb of saying and speaker right after it ("„…“,
                # erklärte X", rule confidence SAID_AFTER)
                for q in rule_quotes.get(name, []):
                    sure = q.form == "indirect" or q.confidence >= SAID_AFTER
                    (out if sure else rejected).append(q)
                continue
            if name in rule_quotes:
                out.extend(RawQuote(q.person, q.quote, q.start, q.end, p, q.form) for q in rule_quotes[name])
                continue
            if not any(quotes.evidence(f) for m, f in mentions if m is best):
                continue  # no quotation mark, verb of saying or Konjunktiv near the person: no quote
            if quotes.said_by_wie_clause(ctx, best):
                continue  # "Wie die Bank mitteilte, übernimmt X …": the bank's words, not X's
            if quotes.titles_only(ctx, best):
                continue  # "Unter dem Titel „Daten als Rohstoff“ zeigte er …": a talk's name
            if quotes.asked_topic(ctx, best):
                continue  # "Wie man sich schützt, erklärte X": what X explained, not X's words
            text, form, start, end = quotes.quote_text(ctx, best)
            if any(
                q.start < end and start < q.end and q.confidence >= SAID_AFTER
                for other, qs in rule_quotes.items()
                if other != name
                for q in qs
            ):
                continue  # "„Frau X bringt viel mit“, sagte Y": a verb of saying gave these words to Y
            out.append(RawQuote(named_span(ctx, best), text, start, end, p, form))
        return out + shared_words(rejected, out)

    # --- roles ----------------------------------------------------------------------------------
    @staticmethod
    def decide_roles(ctx: DocContext, model: LinearModel, org_model: LinearModel | None) -> list[RawRole]:
        index = orgs.OrgIndex(ctx)
        cands = roles.candidates(ctx)
        implied = cache(lambda: OrgLookup(ctx.doc))
        attached = cache(lambda: RoleMatcher.attached_orgs(ctx.doc))
        best: dict[tuple[str, str], tuple[float, roles.RoleCandidate]] = {}
        for c in cands:
            if c.title is not None and c.title.start <= c.mention.span.start < c.title.end:
                continue  # "Nach Worten der Ministerin": the title stands for its holder, named before
            if c.title is not None and c.mention.span.end <= c.title.start and genitive_of_a_noun(
                ctx.doc, c.title, c.sent
            ):
                continue  # "X, die Witwe des früheren Bürgermeisters": his office, not hers
            p = model.score(c.features)
            key = (c.mention.name, c.role_key)
            if key not in best or p > best[key][0]:
                best[key] = (p, c)
        out: list[RawRole] = []
        shared = listed_together(best.values(), model)
        for p, c in best.values():
            r = c.rule
            # the model weighs a title and a name of one sentence; a rule's role with an organization
            # its verb governs, or for the two names a plural title refers back to in the sentence
            # before ("A und B leiten das Amt. Beide Chefärzte …"), has no such pair
            stated = (
                c.title is None and r is not None and (r.org_name is not None or r.confidence == PAIR_ANAPHOR)
            )
            if not model.accepts(p) and id(c) in shared:
                p = shared[id(c)]
            elif not model.accepts(p) and not stated:
                # a role the rules read from a verb with its organization as the object ("X leitet das
                # Bauamt", "An der Spitze des Vereins steht X") has no title the model could weigh
                continue
            r, t = c.rule, c.title
            org_name = r.org_name if r is not None else (t.org_name if t is not None else None)
            if org_model is not None and r is None:  # a rule's organization is kept (as good, measured)
                scored = [
                    (org_model.score(o.features), o.name) for o in orgs.role_org_candidates(ctx, index, c)
                ]
                top = max(scored, default=(0.0, None))
                org_name = top[1] if org_model.accepts(top[0]) else None
                if org_name and orgs.is_party(org_name) and (t is None or org_name != t.org_name):
                    # "X (CDU), Landtagsabgeordneter", "X (CDU, Vorsitzende des Ausschusses)": a party
                    # is the body of a title only when the title names it ("SPD-Vorsitzende")
                    org_name = None
            if r is not None:
                out.append(
                    RawRole(
                        r.person,
                        r.role,
                        r.role_key,
                        None,
                        org_name,
                        r.time,
                        r.sent,
                        p,
                        r.coordinated,
                        r.party,
                    )
                )
                continue
            assert t is not None
            printed_title = RoleMatcher.determined(ctx.doc, t)
            if title_number(printed_title) == "pl" and not listed(ctx.doc, c.mention.span):
                continue  # "wählten die Delegierten X": a plural title names a list, not one person
            label = base_form(printed_title, RoleMatcher.gender(ctx.doc, c.mention.span))
            former = t.hit.prefix.lower().rstrip("-") in FORMER  # "Altlandrat": no body implied
            if org_name is None and not former:  # as the rules do: "Landrat X" -> the Landkreis
                org_name = implied().implied(implied_kinds(label), attached(), near=c.sent)
                if org_name is None and hosted_office(label) and not genitive_follows(c.sent, t.text):
                    org_name = implied().host(attached(), near=c.sent)
            printed = RawRole(c.mention.span, t.text, t.hit.key, None, None, None, c.sent, p)
            if not RoleMatcher.without_gender_clash(ctx.doc, [printed]):
                continue  # "X begrüßte die neue Amtsleiterin": a title of the other gender names someone else
            out.append(
                RawRole(c.mention.span, label, t.hit.key, None, org_name, t.time, c.sent, p, party=t.party)
            )
        return out + second_bodies(ctx, out)

    @staticmethod
    def decide_affiliations(ctx: DocContext, model: LinearModel, kept_roles: list[RawRole]) -> list[RawLink]:
        """One per kept role with an organization, plus the person-organization pairs the model accepts."""
        index = orgs.OrgIndex(ctx)
        out = role_links(kept_roles)
        # a party prefix on a noun before a name ("der Grünen-Politiker X") is as plain as a title's, and
        # so is a name's line over an organization's line (a contact block): the layout states it
        out += [a for a in ctx.doc._.kg_affiliations or [] if a.kind in {"party_noun", "contact"}]
        # a rule's link through a pronoun ("Zuvor arbeitete sie beim Landkreis X") has a mention the
        # model does not see: its candidates pair names and organizations of the same sentences
        out += [
            a
            for a in ctx.doc._.kg_affiliations or []
            if a.target and not a.sent.start <= a.person.start < a.sent.end
        ]
        rule_orgs = orgs.rule_affiliations(ctx)
        topics = orgs.talk_topics(ctx)
        for name in ctx.people:
            mentions = ctx.mentions[name]
            for o in orgs.affiliation_candidates(ctx, index, name, mentions, rule_orgs.get(name, set())):
                if "src:rule" not in o.features and orgs.addressed_only(ctx, index, o.name, mentions):
                    continue  # "…, sagte X der Deutschen Presse-Agentur": told, not worked for
                if "src:rule" not in o.features and orgs.addressed_by_verb(ctx, index, o.name, mentions):
                    continue  # "X dankte dem Verein Y": thanked, not worked for
                if "src:rule" not in o.features and orgs.titled_for_another(ctx, index, o.name, mentions):
                    continue  # "A, der Obermeister der Innung X, B": X is B's
                if "src:rule" not in o.features and orgs.claimed_by_another(ctx, name, o.name):
                    continue  # "seitens der X A, seitens der Y B": Y is B's, A has her own
                if "src:rule" not in o.features and orgs.talked_about(
                    ctx, index, o.name, mentions, topics.get(name, [])
                ):
                    continue  # "X sprach über die Zukunft der Stadtwerke Y": the topic, not the employer
                p = model.score(o.features)
                if model.accepts(p):
                    out.append(RawLink(mentions[0].span, o.name, mentions[0].sent, p, kind="model"))
        return out + listed_members(ctx, out)

    @staticmethod
    def affiliations(ctx: DocContext, kept_roles: list[RawRole]) -> list[RawLink]:
        """Rule affiliations without a role, plus one per kept role with an organization."""
        rule_links = [a for a in ctx.doc._.kg_affiliations or [] if a.kind not in {"role", "party"}]
        return role_links(kept_roles) + rule_links
