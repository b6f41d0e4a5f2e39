"""Speakers as a person-level decision: did the article say this person gave a talk?

Candidates are all persons of the article. Each mention is described by the cue words of its
sentence (talk nouns, presentation, opening, greeting and speech verbs, panel and event nouns) and
where they stand relative to the mention (before/after, how far, only a list between), by its place
in the sentence (first, after "von"/"durch"/"mit", in a list, in brackets), the words right beside
it, and by what the rule matcher (nlp/relations/speakers.py) found. A person's features are those of
all its mentions; the mention with the highest score gives the evidence sentence.
"""

from __future__ import annotations

from nlp.relmodel.context import DocContext, Mention
from nlp.relmodel.syntax import mention_features as syntax_features

_LIST_GLUE = frozenset(
    {
        ",",
        "und",
        "sowie",
        "herr",
        "herrn",
        "frau",
        "dr.",
        "prof.",
        "(",
        ")",
        "der",
        "die",
        "den",
        "dem",
        "des",
    }
)
_SKIP_BEFORE = frozenset({"herr", "herrn", "frau", "dr.", "prof.", "dr", "prof"})
_PREPS = frozenset({"von", "vom", "durch", "mit", "bei", "für", "an", "als", "laut", "so"})


def _bucket(n: int) -> str:
    return "0" if n <= 1 else "1" if n <= 4 else "2" if n <= 9 else "3"


def cue_features(ctx: DocContext, m: Mention) -> set[str]:
    doc, s, span = ctx.doc, m.sent, m.span
    out: set[str] = set()
    for i in range(s.start, s.end):
        if span.start <= i < span.end or i in ctx.person_at:
            continue
        classes = ctx.cues(i)
        if not classes:
            continue
        if i < span.start:
            side, gap = "B", range(i + 1, span.start)
        else:
            side, gap = "A", range(span.end, i)
        listed = all(k in ctx.person_at or doc[k].lower_ in _LIST_GLUE or "ROLE" in ctx.token(k) for k in gap)
        for c in classes:
            out.add(f"{c}:sent")
            out.add(f"{c}:{side}{_bucket(len(gap))}")
            if listed:
                out.add(f"{c}:listed")
    return out


def place_features(ctx: DocContext, m: Mention) -> set[str]:
    doc, s, span = ctx.doc, m.sent, m.span
    out: set[str] = set()
    k = span.start
    while k > s.start and (doc[k - 1].lower_ in _SKIP_BEFORE or "ROLE" in ctx.token(k - 1)):
        k -= 1
    if k == s.start:
        out.add("pos:first")
    elif k - 1 >= s.start:
        prev = doc[k - 1]
        if prev.lower_ in _PREPS:
            out.add(f"pos:after_{prev.lower_}")
        elif prev.text in {",", "und", "sowie"} and (k - 2) in ctx.person_at:
            out.add("pos:in_list")
        elif prev.text == ":":
            out.add("pos:after_colon")
        elif prev.is_lower and prev.is_alpha:
            out.add("pos:after_lower")  # typically an inverted subject: "sagte X", "hielten X"
            out.update(f"L1:{d}" for d in ctx.token(k - 1) if d.startswith(("c8=", "w=")))
        if k > s.start and "ROLE" in ctx.token(k - 1) or k < span.start:
            out.add("pos:titled")
    if span.end < s.end:
        nxt = doc[span.end]
        if nxt.text in {",", "(", "und", "sowie"}:
            out.add(f"R1:w={nxt.lower_}")
        elif nxt.is_lower and nxt.is_alpha:
            out.add("pos:before_lower")
            out.update(f"R1:{d}" for d in ctx.token(span.end) if d.startswith(("c8=", "w=")))
    others = {n for i, n in ctx.person_at.items() if s.start <= i < s.end and n != m.name}
    out.add(f"pos:people={min(len(others), 3)}")
    text = s.text
    if "„" in text or "“" in text or '"' in text:
        out.add("pos:quote_in_sent")
    if len(s) <= 12:
        out.add("pos:short_sent")
    return out


def lead_features(ctx: DocContext, m: Mention) -> set[str]:
    """Cue classes of the lead sentence a list item stands under ("Die Referenten beleuchteten:")."""
    leads = ctx.doc._.kg_lead if ctx.doc.has_extension("kg_lead") else None
    lead = (leads or {}).get(m.sent.start)
    if lead is None:
        return set()
    return {"lead"} | {f"lead:{c}" for t in lead for c in ctx.cues(t.i)}


def shared_features(ctx: DocContext, m: Mention) -> set[str]:
    """Cue, place and grammatical-function features of a mention (also read by the quote task)."""
    return ctx.memo(m, lambda: cue_features(ctx, m) | place_features(ctx, m) | syntax_features(m.span))


def mention_features(ctx: DocContext, m: Mention, rule_sents: dict[str, set[int]]) -> set[str]:
    feats = shared_features(ctx, m) | lead_features(ctx, m)
    if m.sent.start in rule_sents.get(m.name, set()):
        feats.add("rule:here")
    return feats


def rule_sentences(ctx: DocContext) -> dict[str, set[int]]:
    """Person name -> start tokens of sentences where the rule matcher found them speaking."""
    out: dict[str, set[int]] = {}
    for link in ctx.doc._.kg_speakers or []:
        name = ctx.person_at.get(link.person.start)
        if name:
            out.setdefault(name, set()).add(link.sent.start)
    return out


def talk_cues(ctx: DocContext) -> str:
    """How much the article talks about talks and events: '0', '1' or '2+' cue nouns (Vortrag,
    Podium, Tagung, Referent ...). A quoted person in a press release without any is no speaker."""
    n = 0
    for sent in ctx.sents:
        for tok in sent:
            if tok.text[:1].isupper() and {"TALK", "PANEL", "EVENT", "SPEAKER_NOUN"} & set(ctx.cues(tok.i)):
                n += 1
                if n >= 2:
                    return "2+"
    return str(n)


def candidates(ctx: DocContext) -> list[tuple[str, list[tuple[Mention, set[str]]]]]:
    """(person, [(mention, features)]) for every person of the article; a person's score is the
    highest score of its mentions.

    Article-level features (an event named, how many people, how often the person is named) were
    tried and cost cross-validated F1: with 84 articles they let the model learn the articles."""
    rules = rule_sentences(ctx)
    event = {f"doc:talk_cues={talk_cues(ctx)}"}
    out = []
    for name in ctx.people:
        mentions = ctx.all_mentions(name)
        extra = event | ({"rule:any"} if name in rules else set())
        out.append((name, [(m, for_pronoun(m, mention_features(ctx, m, rules) | extra)) for m in mentions]))
    return out


def for_pronoun(m: Mention, feats: set[str]) -> set[str]:
    """A pronoun mention keeps its cue and place features, not the words beside it."""
    if m.kind == "name":
        return feats
    return {"pronoun"} | {f for f in feats if not f.startswith(("L1:", "R1:"))}
