"""Personal and possessive pronouns tied to the person they refer to, inside one article.

"Er betonte, dass …", "In ihrer Rede …", "Sie leitet das Team": a pronoun refers to the most recent
person of its gender named in the same sentence before it or in the two sentences before (the
subject opening an earlier sentence before a person named after its verb, nlp/relations/genders.py
`subject_first`); the possessive of a talk noun before the verb to the subject right after it. A person's
gender comes from "Herr"/"Frau", a gendered title next to the name ("Leiterin"), or the first name
(nlp/lexicons/first_name_gender.tsv). "sie" with a plural verb, pronouns with no unambiguous
antecedent and pronouns inside quotation marks (the quoted speaker's words) are left alone.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nlp.components.lexicon import SuffixLexicon
from nlp.relations.base import agreement_gender, possessive_gender
from nlp.relations.genders import finite_verb, subject_first
from nlp.relations.lexicon import LEXICON_DIR, read_lines, role_hit
from nlp.relmodel.context import DocContext, Mention

MASCULINE = frozenset({"er", "ihm", "ihn", "sein", "seine", "seiner", "seinem", "seinen", "seines"})
FEMININE = frozenset({"sie", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres"})
POSSESSIVES = (MASCULINE | FEMININE) - {"er", "ihm", "ihn", "sie"}
_WINDOW = 2  # sentences before the pronoun's sentence


@cache
def first_name_gender() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (LEXICON_DIR / "first_name_gender.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, g = line.partition("\t")
            table[name] = g
    return table


def person_gender(ctx: DocContext, name: str) -> str | None:
    """'m', 'f' or None, from courtesy words, gendered titles beside a mention, or the first name."""
    doc = ctx.doc
    votes = {"m": 0, "f": 0}
    for m in ctx.mentions.get(name, []):
        for k in range(max(m.sent.start, m.span.start - 3), m.span.start):
            low = doc[k].lower_
            if low in {"herr", "herrn"}:
                votes["m"] += 2
            elif low == "frau":
                votes["f"] += 2
            elif role_hit(doc[k].text) is not None:
                votes["f" if low.endswith(("in", "innen")) else "m"] += 1
        if m.span.end < m.sent.end and m.span.end + 1 < len(doc) and doc[m.span.end].text == ",":
            nxt = doc[m.span.end + 1]
            if role_hit(nxt.text) is not None or nxt.lower_ in {"die", "der"}:
                tail = nxt if role_hit(nxt.text) else doc[min(m.span.end + 2, len(doc) - 1)]
                if role_hit(tail.text) is not None:
                    votes["f" if tail.lower_.endswith("in") else "m"] += 1
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    first = name.split()[0] if " " in name else None
    return first_name_gender().get(first) if first else None


def _plural_verb(ctx: DocContext, i: int) -> bool:
    """'sie sagten', 'sagten sie': a plural finite verb next to 'sie'."""
    doc = ctx.doc
    for k in (i - 1, i + 1):
        if 0 <= k < len(doc):
            tok = doc[k]
            number = tok.morph.get("Number", []) if tok.has_morph() else []
            if number:
                if tok.pos_ in {"VERB", "AUX"}:
                    return "Plur" in number
            elif tok.is_lower and tok.is_alpha and tok.lower_.endswith(("ten", "en")) and len(tok) > 4:
                return True
    return False


@cache
def _person_nouns() -> SuffixLexicon:
    return SuffixLexicon(read_lines("name_cues.txt"))


def person_possessed(ctx: DocContext, tok: Token, sent: Span) -> bool:
    """A possessive determiner of a person ("ihres Vorgängers", "durch ihren Vorsitzenden X", "seine
    Kollegin"): its possessor is only related to that person, not the one the sentence's verb is
    about, so it is no mention for speakers and quotes."""
    if tok.tag_ != "PPOSAT":
        return False
    doc = ctx.doc
    head = next((t for t in doc[tok.i + 1 : min(sent.end, tok.i + 4)] if t.tag_ == "NN"), None)
    if head is None:
        return False
    if any(k in ctx.person_at for k in range(head.i + 1, min(sent.end, head.i + 3))):
        return True  # "ihren Verbandsvorsitzenden Dr. X"
    word = head.text
    return role_hit(word) is not None or any(w in _person_nouns() for w in (word, word[:-1], word[:-2]))


def thing_possessor(ctx: DocContext, tok: Token, start: int) -> bool:
    """A possessive determiner whose possessor is the noun phrase right before it in its clause
    ("…, dass die Kammer ihr Bildungszentrum modernisiere"): a noun there, no person's name, whose
    article agrees ("ihr": feminine or plural, "sein": masculine or neuter)."""
    if tok.tag_ != "PPOSAT":
        return False
    doc = ctx.doc
    k = tok.i - 1
    while k >= start and doc[k].tag_ in {"ADJA", "ADV"}:
        k -= 1
    if k < start or doc[k].tag_ != "NN" or k in ctx.person_at:
        return False
    article = doc[k - 1] if k - 1 >= start and doc[k - 1].tag_ == "ART" else None
    return article is not None and agreement_gender(article) == possessive_gender(tok.text)


def talk_owner_after(ctx: DocContext, tok: Token, sent: Span, named: list[Mention]) -> Mention | None:
    """'In seiner Rede betonte Vorsitzender X …': a possessive of a talk noun in the phrase before the
    sentence's finite verb belongs to the person named right after that verb, the clause's subject
    (German puts one phrase before the verb); not to someone named before."""
    doc = ctx.doc
    if tok.lower_ not in POSSESSIVES:
        return None
    head = next((t for t in doc[tok.i + 1 : min(sent.end, tok.i + 4)] if t.tag_ == "NN"), None)
    if head is None or "TALK" not in ctx.cues(head.i):
        return None
    verb = finite_verb(sent)
    if verb is None or verb < head.i:
        return None
    after = [m for m in named if m.sent.start == sent.start and verb < m.span.start <= verb + 4]
    return min(after, key=lambda m: m.span.start) if after else None


def pronoun_mentions(ctx: DocContext) -> dict[str, list[Mention]]:
    """Person name -> mentions that are pronouns referring to the person."""
    genders = {name: person_gender(ctx, name) for name in ctx.people}
    named = [m for ms in ctx.mentions.values() for m in ms]
    out: dict[str, list[Mention]] = {}
    index = {s.start: k for k, s in enumerate(ctx.sents)}
    for k, sent in enumerate(ctx.sents):
        window_start = ctx.sents[max(0, k - _WINDOW)].start
        for tok in sent:
            low = tok.lower_
            if low in MASCULINE:
                gender = "m"
            elif low in FEMININE:
                if low == "sie" and _plural_verb(ctx, tok.i):
                    continue
                gender = "f"
            else:
                continue
            if (
                tok.i in ctx.person_at
                or thing_possessor(ctx, tok, sent.start)
                or person_possessed(ctx, tok, sent)
            ):
                continue
            if ctx.in_quote(tok.idx):
                continue  # "„Er hat das Unternehmen geführt“, sagte X": the quoted speaker's words
            subject = talk_owner_after(ctx, tok, sent, named)
            if subject is not None:
                if genders.get(subject.name) in (None, gender):
                    out.setdefault(subject.name, []).append(
                        Mention(subject.name, ctx.doc[tok.i : tok.i + 1], sent, "pronoun")
                    )
                continue
            before = [
                m
                for m in named
                if window_start <= m.span.start < tok.i and index.get(m.sent.start) is not None
            ]
            if not before:
                continue
            matching = [m for m in before if genders.get(m.name) == gender]
            unknown = [m for m in before if genders.get(m.name) is None]
            if matching:
                matching.sort(key=lambda m: m.span.start)
                target = matching[subject_first([m.span.start for m in matching], ctx.doc, sent.start)]
            elif len({m.name for m in unknown}) == 1 and not any(genders.get(m.name) for m in before):
                target = unknown[-1]
            else:
                continue
            out.setdefault(target.name, []).append(
                Mention(target.name, ctx.doc[tok.i : tok.i + 1], sent, "pronoun")
            )
    return out
