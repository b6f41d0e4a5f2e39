"""Roles as pair decisions: does this title in this sentence belong to this person?

Candidates are every (person mention, title) pair of a sentence, the titles found by the role
matcher's title finder (nlp/relations/roles.py: lexicon words, compounds, modifiers, "für" fields),
plus the roles the rules read elsewhere (verb-stated roles). Features: order and distance, what lies
between (punctuation, articles, "als", a copula, other names or titles), whether the person is the
nearest one on that side, list and plural cues, and whether a rule linked the pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from nlp.relations.base import ARTICLES, RawRole
from nlp.relations.orglookup import OrgLookup
from nlp.relations.role_orgs import Title
from nlp.relations.roles import TITLES_KEY, RoleMatcher
from nlp.relmodel.context import DocContext, Mention
from nlp.relmodel.syntax import pair_path, span_root
from nlp.wordclusters import cluster

_COPULA = frozenset({"ist", "war", "wird", "wurde", "bleibt", "sind", "waren", "werden", "wurden"})
_PLURAL_END = ("innen", "äre", "ärzte", "räte", "ore", "oren", "enten", "anten", "ände")
_GLUE = {
    ",": ",",
    "(": "(",
    ")": ")",
    "und": "und",
    "sowie": "und",
    "als": "als",
    ":": ":",
    "–": "-",
    "-": "-",
}


@dataclass
class RoleCandidate:
    mention: Mention
    title: Title | None  # None for a rule role without a title span (verb-stated roles)
    role: str
    role_key: str
    sent: Span
    rule: RawRole | None
    features: set[str]


def _coarse(ctx: DocContext, i: int) -> str:
    tok = ctx.doc[i]
    low = tok.lower_
    if i in ctx.person_at:
        return "PER"
    if i in ctx.org_at:
        return "ORG"
    if low in _GLUE:
        return _GLUE[low]
    if low in ARTICLES:
        return "ART"
    if low in _COPULA:
        return "COP"
    if "ROLE" in ctx.token(i):
        return "ROLE"
    if tok.is_punct:
        return "P"
    return "low" if tok.is_lower else "Cap"


def _marker(word: str) -> str:
    """A word beside a title as a feature: articles, list glue, copulas and the sentence edges by
    name, anything else as 'x'."""
    return word if word in ARTICLES or word in _GLUE or word in _COPULA or word in {"BOS", "EOS"} else "x"


def _between(ctx: DocContext, a: int, b: int) -> str:
    """A compact pattern of the tokens in [a, b): runs of the same class collapse ('PER PER' -> 'PER')."""
    if b - a > 8:
        return "long"
    out: list[str] = []
    for i in range(a, b):
        c = _coarse(ctx, i)
        if not out or out[-1] != c:
            out.append(c)
    return " ".join(out) or "adjacent"


def pair_features(
    ctx: DocContext, m: Mention, t: Title, titles: list[Title], people: list[Mention]
) -> set[str]:
    doc = ctx.doc
    out: set[str] = set()
    if t.start >= m.span.end:
        side, a, b = "P<T", m.span.end, t.start
    else:
        side, a, b = "T<P", t.end, m.span.start
    gap = b - a
    out.add(f"order={side}")
    out.add(f"{side}:gap={min(gap, 6) if gap < 7 else '7+'}")
    out.add(f"{side}:between={_between(ctx, a, b)}")
    others = [p for p in people if p.name != m.name]
    if any(a <= p.span.start < b for p in others):
        out.add("other_person_between")
    if any(a <= x.head < b for x in titles if x is not t):
        out.add("other_title_between")
    # the nearest person on the title's side
    if side == "T<P":
        nearest = min((p for p in people if p.span.start >= t.end), key=lambda p: p.span.start, default=None)
    else:
        nearest = max((p for p in people if p.span.end <= t.start), key=lambda p: p.span.end, default=None)
    if nearest is not None and nearest.span.start == m.span.start:
        out.add(f"{side}:nearest")
    plural = t.text.lower().endswith(_PLURAL_END)
    if plural:
        out.add("title_plural")
    before = doc[t.start - 1].lower_ if t.start > m.sent.start else "BOS"
    after = doc[t.end].lower_ if t.end < m.sent.end else "EOS"
    out.add(f"title_L1={_marker(before)}")
    out.add(f"title_R1={_marker(after)}")
    bits = cluster(doc[t.head].text)
    if bits:
        out.add(f"title_c4={bits[:4]}")
        out.add(f"title_c8={bits[:8]}")
    if t.org_name:
        out.add("title_has_org")
    if t.head > t.start:
        out.add("title_modified")
    if m.span.start == m.sent.start or m.span.start - 1 == m.sent.start:
        out.add("person_first")
    if ctx.syntax:
        path = pair_path(doc[t.head], span_root(m.span))
        out.add(f"path={path}" if path is not None else "path=far")
    if len(others) == 0:
        out.add("single_person")
    return out


def candidates(ctx: DocContext) -> list[RoleCandidate]:
    # The titles kg_roles found (doc.user_data); found again only for a doc the rules did not see.
    finder = cache(lambda: RoleMatcher("kg_roles"))
    lookup = cache(lambda: OrgLookup(ctx.doc))
    doc = ctx.doc
    rules: dict[tuple[int, str], RawRole] = {}
    for r in doc._.kg_roles or []:
        rules.setdefault((r.person.start, r.role_key), r)
    mentions_in: dict[int, list[Mention]] = {}
    for ms in ctx.mentions.values():
        for m in ms:
            mentions_in.setdefault(m.sent.start, []).append(m)
    out: list[RoleCandidate] = []
    seen: set[tuple[int, str]] = set()
    for sent in ctx.sents:
        people = sorted(mentions_in.get(sent.start, []), key=lambda m: m.span.start)
        if not people:
            continue
        cached = ctx.doc.user_data.get(TITLES_KEY)
        titles = cached.get(sent.start, []) if cached is not None else finder().match(sent, lookup())
        for t in titles:
            for m in people:
                if m.span.start >= t.end and RoleMatcher.another_persons_title(doc, t, m.span):
                    continue  # "begrüßte der Bürgermeister Ute Kern": the title is another person's
                rule = rules.get((m.span.start, t.hit.key))
                feats = pair_features(ctx, m, t, titles, people)
                if rule is not None:
                    feats.add("rule:pair")
                    if rule.org_name:
                        feats.add("rule:pair_org")
                seen.add((m.span.start, t.hit.key))
                out.append(RoleCandidate(m, t, t.text, t.hit.key, sent, rule, feats))
    by_start = {m.span.start: m for ms in ctx.mentions.values() for m in ms}
    for (start, key), r in rules.items():
        anchor = by_start.get(start)
        if (start, key) in seen or anchor is None:
            continue
        out.append(RoleCandidate(anchor, None, r.role, key, r.sent, r, {"rule:pair", "rule:only"}))
    return out
