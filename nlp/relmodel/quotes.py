"""Quotes as a person-level decision: does the article quote this person, directly or in reported
speech ("X betonte, dass …", "laut X", Konjunktiv)?

Candidates are all persons of the article. Besides the cue and place features of the speaker task,
a mention is described by quotation marks next to it, a speech verb followed by "dass", Konjunktiv
verbs in its sentence or the next one (reported speech continues), and the rule matcher's direct
quotes (nlp/relations/quotes.py). The quote text is the rule's direct quote, else the quoted
stretch of the best mention's sentence, else the reported clause (form "indirect").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.relations.base import FINITE
from nlp.relations.quotes import TITLE_BEFORE, QuoteMatcher
from nlp.relations.quoting import char_before, quoted_spans
from nlp.relations.reported import subjunctive
from nlp.relations.speakers import question_fronted
from nlp.relmodel import speakers
from nlp.relmodel.context import DocContext, Mention

_MARKS = frozenset({"„", "“", "”", '"', "»", "«"})


def _next_sent(ctx: DocContext, sent: Span) -> Span | None:
    k = next((i for i, s in enumerate(ctx.sents) if s.start == sent.start), None)
    return ctx.sents[k + 1] if k is not None and k + 1 < len(ctx.sents) else None


def sentence_features(ctx: DocContext, s: Span) -> set[str]:
    """Quotation marks, "dass" after a speech verb, Konjunktiv here or in the next sentence."""
    doc = ctx.doc
    feats: set[str] = set()
    marks = sum(1 for t in s if t.text in _MARKS)
    if marks >= 2:
        feats.add("q:quoted_stretch" if spoken_quote(ctx, s) else "q:quoted_title")
    elif marks == 1:
        feats.add("q:one_mark")
    for t in s:
        if (
            t.lower_ == "dass"
            and t.i > s.start
            and any("SPEECH" in ctx.cues(x.i) for x in doc[max(s.start, t.i - 4) : t.i])
        ):
            feats.add("q:speech_dass")
        if subjunctive(t):
            feats.add("q:konj_sent")
    nxt = _next_sent(ctx, s)
    if (
        nxt is not None
        and any(subjunctive(t) for t in nxt)
        and not any(i in ctx.person_at for i in range(nxt.start, nxt.end))
    ):
        feats.add("q:konj_next")
    return feats


def mention_features(ctx: DocContext, m: Mention, rule_quoted: dict[str, int]) -> set[str]:
    doc, s, span = ctx.doc, m.sent, m.span
    feats = set(speakers.shared_features(ctx, m))
    for off in (1, 2):
        i = span.start - off
        if i >= s.start and doc[i].text in _MARKS:
            feats.add(f"q:mark_before{off}")
        j = span.end - 1 + off
        if j < s.end and doc[j].text in _MARKS:
            feats.add(f"q:mark_after{off}")
    if span.end < s.end and doc[span.end].text == ":":
        feats.add("q:colon_after")
    feats |= ctx.per_sentence("quotes", s, lambda: sentence_features(ctx, s))
    return feats


def evidence(features: set[str]) -> bool:
    """Whether a mention's features show any speech at all: quotation marks or Konjunktiv
    ("q:…"), or a verb or noun of saying in its sentence; the model's weights on words and clusters
    alone ("Der Rat hat X zum Bürgermeister gewählt") make no quote."""
    return any(f.startswith(("q:", "SPEECH:")) for f in features)


def spoken_quote(ctx: DocContext, sent: Span) -> bool:
    """A quoted stretch of at least three words that opens a sentence or follows ':' or ',' (the rule
    matcher's test): words someone said, not a title in quotes ("die „Lange Nacht“")."""
    text = ctx.text
    for start, _end, inner in quoted_spans(text[sent.start_char : sent.end_char]):
        if len(inner.split()) >= 3 and QuoteMatcher.is_quote(text, sent.start_char + start):
            return True
    return False


def rule_quotes(ctx: DocContext, form: str = "direct") -> dict[str, int]:
    """Per person, the rule matchers' quotes of one form (direct quotes; reported speech by "laut",
    "zufolge", "nach Angaben von", "wie X betonte")."""
    out: dict[str, int] = {}
    for q in ctx.doc._.kg_quotes or []:
        name = ctx.person_at.get(q.person.start)
        if name and q.form == form:
            out[name] = out.get(name, 0) + 1
    return out


def candidates(ctx: DocContext) -> list[tuple[str, list[tuple[Mention, set[str]]]]]:
    """(person, [(mention, features)]) for every person; a person's score is its best mention's."""
    rules, reported = rule_quotes(ctx), rule_quotes(ctx, "indirect")
    out = []
    for name in ctx.people:
        mentions = ctx.all_mentions(name)
        extra: set[str] = set()
        if rules.get(name):
            extra |= {"rule:quote", f"rule:quotes={min(rules[name], 3)}"}
        if reported.get(name):
            extra.add("rule:reported")
        out.append(
            (name, [(m, speakers.for_pronoun(m, mention_features(ctx, m, rules) | extra)) for m in mentions])
        )
    return out


def said_by_wie_clause(ctx: DocContext, m: Mention) -> bool:
    """The mention's sentence states its source in a "wie" clause ended by a verb of saying that the
    mention is no part of ("Wie die Bank mitteilte, übernimmt X den Vorsitz"): the words are the
    clause's subject's, not the person's."""
    doc, s = ctx.doc, m.sent
    for tok in s:
        if tok.lower_ != "wie" or not (tok.i == s.start or doc[tok.i - 1].text == ","):
            continue
        verb = next((t.i for t in doc[tok.i + 1 : min(s.end, tok.i + 16)] if t.tag_ in FINITE), None)
        if verb is None or verb + 1 >= s.end or doc[verb + 1].text != ",":
            continue
        if "SPEECH" in ctx.cues(verb) and not tok.i < m.span.start < verb:
            return True
    return False


def asked_topic(ctx: DocContext, m: Mention) -> bool:
    """The mention's sentence opens with an interrogative clause closed by the comma before its first
    verb of saying or presenting, and quotes nothing else ("Wie sich Kommunen schützen können,
    erklärte X"): the clause is what X explained, no words of X's."""
    s = m.sent
    verb = next((t.i for t in s if {"SPEECH", "PRESENT"} & set(ctx.cues(t.i))), None)
    if verb is None or not question_fronted(s, verb - s.start):
        return False
    return not any(t.lower_ == "dass" or t.text in _MARKS for t in s)


def trailing_attribution(ctx: DocContext, tok: Token) -> bool:
    """The first word after the comma of a trailing attribution: "so", "wie" or a verb of saying
    ("…, so Kühn", "…, erklärte die Leiterin X"); not a name in apposition ("Der Chef der Y, X, …")."""
    return tok.lower_ in {"so", "wie"} or bool({"SPEECH", "PRESENT"} & set(ctx.cues(tok.i)))


def titles_only(ctx: DocContext, m: Mention) -> bool:
    """The quoted stretches of three words or more in the mention's sentence are all titles, after
    "Titel", "Motto", "über", "zum" … ("Unter dem Titel „Daten als Rohstoff der Region“ zeigte er …"):
    a talk's name, no words of the speaker's."""
    s, doc = m.sent, ctx.doc
    spans = [
        a for a, _, inner in quoted_spans(ctx.text[s.start_char : s.end_char]) if len(inner.split()) >= 3
    ]
    if not spans:
        return False
    opening = {t.idx: t.i for t in s}
    for a in spans:
        k = opening.get(s.start_char + a)
        if k is None or k == s.start or doc[k - 1].lower_ not in TITLE_BEFORE:
            return False
    return True


def quote_text(ctx: DocContext, m: Mention) -> tuple[str, str, int, int]:
    """(text, form, start, end) of what the mention's sentence quotes or reports.

    A quoted stretch of at least three words is a direct quote. Otherwise the reported clause: after
    "dass" ("betonte, dass die Lage ernst sei"), after the speech verb and its comma ("betonte, die
    Lage sei ernst"), or before the comma of a trailing attribution ("Die Lage sei ernst, betonte X",
    "…, so X"), or after an opening attribution ("Laut X sei das Projekt im Plan").
    """
    doc, s = ctx.doc, m.sent
    text = ctx.text
    spans = [
        (a, b, inner)
        for a, b, inner in quoted_spans(text[s.start_char : s.end_char])
        if len(inner.split()) >= 3
    ]
    if spans:
        a, b, inner = max(spans, key=lambda x: len(x[2]))
        return inner.strip(), "direct", s.start_char + a, s.start_char + b
    for a, b, inner in quoted_spans(text[s.start_char : s.end_char]):
        if char_before(text, s.start_char + a) == ":":  # "antwortete X knapp: „Ganz sicher.“"
            return inner.strip(), "direct", s.start_char + a, s.start_char + b
    end_char = s.end_char - (1 if s[-1].is_punct else 0)
    for t in s:
        if t.lower_ == "dass" and t.i > s.start:
            start = t.idx + len(t.text) + 1
            return text[start:end_char].strip(" ,"), "indirect", start, end_char
    commas = [t for t in s if t.text == "," and t.i < m.span.start]
    if (
        commas
        and m.span.start - commas[-1].i <= 4
        and commas[-1].i > s.start
        and trailing_attribution(ctx, doc[commas[-1].i + 1])
    ):
        # "…, so Kühn." / "…, erklärte die Leiterin X.": the attribution trails the reported clause
        end = commas[-1].idx
        return text[s.start_char : end].strip(" ,"), "indirect", s.start_char, end
    opening = [t.lower_ for t in s[:3]]
    if (opening[:1] == ["laut"] or opening[:2] == ["nach", "angaben"]) and m.span.end < s.end:
        # "Laut X sei das Projekt im Plan": the report follows the attribution
        start = doc[m.span.end].idx
        return text[start:end_char].strip(" ,"), "indirect", start, end_char
    verbs = [t for t in s if {"SPEECH", "PRESENT"} & set(ctx.cues(t.i))]
    for v in verbs:
        if v.i + 1 < s.end and doc[v.i + 1].text == ",":
            start = doc[v.i + 1].idx + 1
            return text[start:end_char].strip(" ,"), "indirect", start, end_char
        if v.i > s.start and doc[v.i - 1].text == ",":
            return (
                text[s.start_char : doc[v.i - 1].idx].strip(" ,"),
                "indirect",
                s.start_char,
                doc[v.i - 1].idx,
            )
    return s.text.strip(), "indirect", s.start_char, s.end_char
