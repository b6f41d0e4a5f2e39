"""Which organization: candidate organizations for a role or a person, and what ties them.

For a role (person + title in a sentence) the candidates are the organization the rules read for it,
every organization of the same sentence, of the neighbouring sentences, and the organizations the
article names most or first. For an affiliation (person alone) they are the organizations of the
sentences that mention the person. Features: where the organization stands relative to the title
and the person (genitive after the title, a preposition, brackets, the same list), how far, how
prominent it is in the article, and whether the title's word class fits the organization's
(a Landrat heads a Landkreis: Brown cluster pairs, the roles lexicon's `implies`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from nlp.relations.base import ARTICLES
from nlp.relations.coref import Cluster
from nlp.relations.lexicon import is_party, role_hit
from nlp.relations.reported import said
from nlp.relations.title_words import is_title_word
from nlp.relmodel.context import DocContext, Mention
from nlp.relmodel.cues import cue_lemmas
from nlp.relmodel.roles import RoleCandidate, _between
from nlp.relmodel.syntax import pair_path, span_root
from nlp.wordclusters import cluster

_PREPS = frozenset(
    {"bei", "beim", "von", "vom", "im", "in", "am", "an", "aus", "für", "der", "des", "zur", "zum"}
)


@dataclass
class OrgCandidate:
    name: str
    features: set[str]


class OrgIndex:
    """The article's organizations with their mentions by sentence and their prominence."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        projects = {form.casefold() for p in ctx.doc._.kg_projects or [] for form in (p.name, *p.aliases)}
        clusters: list[Cluster] = [
            c for c in ctx.doc._.kg_orgs or [] if c.in_content() and c.name.casefold() not in projects
        ]
        self.clusters = {c.name: c for c in clusters}
        counts = sorted(((len(c.spans), c.name) for c in clusters), reverse=True)
        self.rank = {name: i for i, (_, name) in enumerate(counts)}
        lead_end = ctx.sents[1].end if len(ctx.sents) > 1 else (ctx.sents[0].end if ctx.sents else 0)
        self.lead = {c.name for c in clusters if any(s.start < lead_end for s in c.spans)}
        self.sent_index = {s.start: k for k, s in enumerate(ctx.sents)}
        self.in_sent: dict[int, list[Span]] = {}
        for c in clusters:
            for span in c.spans:
                sent = ctx.sent_of.get(span.start)
                if sent is not None:
                    self.in_sent.setdefault(sent.start, []).append(span)

    def name_at(self, span: Span) -> str:
        return self.ctx.org_at.get(span.start, span.text)

    def nearby(self, sent: Span, distance: int = 1) -> list[tuple[int, Span]]:
        k = self.sent_index.get(sent.start)
        if k is None:
            return []
        out: list[tuple[int, Span]] = []
        for d in range(-distance, distance + 1):
            if 0 <= k + d < len(self.ctx.sents):
                other = self.ctx.sents[k + d]
                out.extend((d, span) for span in self.in_sent.get(other.start, []))
        return out


def _head_bits(name: str) -> str | None:
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    for w in words:
        bits = cluster(w)
        if bits:
            return bits
    return None


def _prominence(index: OrgIndex, name: str) -> set[str]:
    rank = index.rank.get(name, 9)
    out = {f"rank={min(rank, 3)}"}
    if name in index.lead:
        out.add("lead")
    n = len(index.clusters[name].spans) if name in index.clusters else 0
    out.add(f"mentions={min(n, 3)}")
    if name.isupper():
        out.add("acronym")
    return out


def _relative(ctx: DocContext, anchor_start: int, anchor_end: int, span: Span, tag: str) -> set[str]:
    if span.start >= anchor_end:
        side, a, b = "after", anchor_end, span.start
    elif span.end <= anchor_start:
        side, a, b = "before", span.end, anchor_start
    else:
        return {f"{tag}:overlap"}
    gap = b - a
    out = {
        f"{tag}:{side}",
        f"{tag}:{side}:gap={min(gap, 5) if gap < 6 else '6+'}",
        f"{tag}:{side}:{_between(ctx, a, b)}",
    }
    if span.start > 0:
        prev = ctx.doc[span.start - 1].lower_
        if prev in _PREPS or prev in ARTICLES:
            out.add(f"{tag}:{side}:L1={prev}")
    return out


def _same_sentence(
    index: OrgIndex, sent: Span, found: dict[str, set[str]]
) -> Iterator[tuple[str, Span, set[str]]]:
    """Adds the organizations of the sentence and its neighbours to `found` (marked "same_sent",
    "sent-1", "sent+1") and yields those of the sentence itself with their feature sets."""
    for d, span in index.nearby(sent, 1):
        name = index.name_at(span)
        feats = found.setdefault(name, set())
        if d != 0:
            feats.add(f"sent{d:+d}")
            continue
        feats.add("same_sent")
        yield name, span, feats


def role_org_candidates(ctx: DocContext, index: OrgIndex, c: RoleCandidate) -> list[OrgCandidate]:
    found: dict[str, set[str]] = {}
    t = c.title
    title_bits = cluster(ctx.doc[t.head].text) if t is not None else None
    if c.rule is not None and c.rule.org_name:
        found.setdefault(c.rule.org_name, set()).add("src:rule")
    if t is not None and t.org_name:
        found.setdefault(t.org_name, set()).add("src:title")
    near_title: tuple[int, str] | None = None  # (distance, name) of the nearest organization after the title
    same: set[str] = set()
    for name, span, feats in _same_sentence(index, c.sent, found):
        same.add(name)
        if (
            t is not None
            and span.start >= t.end
            and (near_title is None or span.start - t.end < near_title[0])
        ):
            near_title = (span.start - t.end, name)
        if t is not None:
            feats |= _relative(ctx, t.start, t.end, span, "T")
        feats |= _relative(ctx, c.mention.span.start, c.mention.span.end, span, "P")
        if ctx.syntax:
            if t is not None:
                feats.add(f"T:path={pair_path(ctx.doc[t.head], span_root(span))}")
            feats.add(f"P:path={pair_path(span_root(c.mention.span), span_root(span))}")
    for name in index.clusters:
        if index.rank.get(name, 9) < 2 or name in index.lead:
            found.setdefault(name, set()).add("src:article")
    political = t is not None and t.hit.entry.political
    out = []
    for name, feats in found.items():
        feats = set(feats) | _prominence(index, name)
        if near_title is not None and near_title[1] == name:
            feats.add("nearest_after_title")
        feats.add(f"orgs_in_sent={min(len(same), 3)}")
        if not same and "src:article" in feats:
            feats.add("article_org&none_in_sent")
        if is_party(name):
            feats.add("party&political_title" if political else "party")
        if title_bits:
            feats.add(f"title={title_bits[:4]}")
            feats.add(f"title={title_bits[:8]}")
            feats.add(f"title={title_bits}")
        if t is not None:
            feats.add(f"title_suffix={ctx.doc[t.head].lower_[-3:]}")
        org_bits = _head_bits(name)
        if title_bits and org_bits:
            feats.add(f"pair={title_bits[:6]}|{org_bits[:6]}")
        if t is not None and t.hit.entry.implies:
            low = name.casefold()
            if any(w.lstrip("-").casefold() in low for w in t.hit.entry.implies):
                feats.add("implied")
        if t is not None and t.hit.prefix and len(t.hit.prefix) >= 3:
            if name.casefold().startswith(t.hit.prefix.rstrip("-").casefold()[:5]):
                feats.add("title_prefix_names_org")
        if c.rule is not None and c.rule.org_name and c.rule.org_name != name:
            feats.add("rule_chose_other")
        out.append(OrgCandidate(name, feats))
    return out


def affiliation_candidates(
    ctx: DocContext, index: OrgIndex, name: str, mentions: list[Mention], rule_orgs: set[str]
) -> list[OrgCandidate]:
    found: dict[str, set[str]] = {}
    for org in rule_orgs:
        found.setdefault(org, set()).add("src:rule")
    for m in mentions:
        for _org, span, feats in _same_sentence(index, m.sent, found):
            feats |= _relative(ctx, m.span.start, m.span.end, span, "P")
            if ctx.syntax:
                feats.add(f"P:path={pair_path(span_root(m.span), span_root(span))}")
            others = [
                p for n, ms in ctx.mentions.items() if n != name for p in ms if p.sent.start == m.sent.start
            ]
            lo, hi = sorted((m.span.start, span.start))
            if any(lo < p.span.start < hi for p in others):
                feats.add("other_person_between")
    for org in index.clusters:
        if index.rank.get(org, 9) < 2 or org in index.lead:
            found.setdefault(org, set()).add("src:article")
    role_orgs = {r.org_name for r in ctx.doc._.kg_roles or [] if ctx.person_at.get(r.person.start) == name}
    same = [org for org, f in found.items() if "same_sent" in f]
    near = [org for org, f in found.items() if "same_sent" in f or "sent-1" in f or "sent+1" in f]
    out = []
    for org, feats in found.items():
        feats = set(feats) | _prominence(index, org)
        if is_party(org):
            feats.add("party")
        if org in role_orgs:
            feats.add("rule:role_org")
        feats.add(f"orgs_in_sent={min(len(same), 3)}")
        feats.add(f"orgs_near={min(len(near), 3)}")
        if org in same and len(same) == 1:
            feats.add("only_org_in_sent")
        if not same and org in near and len(near) == 1:
            feats.add("only_org_near")
        if not near and "src:article" in feats:
            feats.add("article_org_only")
        out.append(OrgCandidate(org, feats))
    return out


_TOLD = frozenset({"der", "dem", "den"})  # articles of a dative: "der Agentur", "dem Blatt", "den Zeitungen"


def org_beside_names(index: OrgIndex, org: str, mentions: list[Mention]) -> list[tuple[Mention, Span]]:
    """The person's name mentions paired with each mention of the organization in their sentence."""
    return [
        (m, span)
        for m in mentions
        if m.kind == "name"
        for span in index.in_sent.get(m.sent.start, [])
        if index.name_at(span) == org
    ]


def addressed_only(ctx: DocContext, index: OrgIndex, org: str, mentions: list[Mention]) -> bool:
    """Every mention of the organization in the person's sentences is the one told: an article and
    the name right after the name of a speech verb's subject ("…, sagte X der Deutschen
    Presse-Agentur", "erklärte Y dem Blatt"). A name takes no genitive attribute of its own, so the
    noun phrase after it belongs to the verb, and a verb of saying takes its addressee in the dative."""
    doc = ctx.doc

    def told(m: Mention, span: Span) -> bool:
        article = doc[m.span.end] if m.span.end < len(doc) else None  # in the span or before it
        if article is None or article.lower_ not in _TOLD or not 0 <= span.start - m.span.end <= 2:
            return False
        return any(said(t, frozenset()) for t in doc[m.sent.start : m.span.start])

    pairs = org_beside_names(index, org, mentions)
    return bool(pairs) and all(told(m, span) for m, span in pairs)


def titled_for_another(ctx: DocContext, index: OrgIndex, org: str, mentions: list[Mention]) -> bool:
    """Every mention of the organization in the person's sentences follows the person's name as the body
    of a title whose holder is named after it ("A, der Obermeister der Innung X, B, und C": the genitive
    attribute belongs to the title apposed to B, and the name before that apposition is not its member)."""

    def apposed(m: Mention, span: Span) -> bool:
        holder = ctx.rule_bodies.get(span.start)
        return holder is not None and m.span.end <= span.start < holder.start

    pairs = org_beside_names(index, org, mentions)
    return bool(pairs) and all(apposed(m, span) for m, span in pairs)


def addressed_by_verb(ctx: DocContext, index: OrgIndex, org: str, mentions: list[Mention]) -> bool:
    """Every mention of the organization in the person's sentences is the object of a verb of thanking,
    congratulating, visiting or honouring (cue_lemmas.yaml `address`) that the person's name stands
    beside as its subject: an article right before the organization, right after that verb or after
    the name that follows it ("X dankte dem Verein Y", "Danach gratulierte X der Sparkasse Z")."""
    doc = ctx.doc

    def addressed(m: Mention, span: Span) -> bool:
        k = span.start - 1
        if k <= m.sent.start or doc[k].lower_ not in ARTICLES:
            return False
        verb = doc[k - 1]
        if verb.i in range(m.span.start, m.span.end):  # "dankte (Ortsvorsteher) X dem Verein"
            j = m.span.start - 1
            while j > m.sent.start and (is_title_word(doc, j) or role_hit(doc[j].text) is not None):
                j -= 1
            verb = doc[j]
        elif verb.i != m.span.end:
            return False  # "X dankte dem Verein": the verb right after the name, else not its subject
        return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in cue_lemmas("address")

    pairs = org_beside_names(index, org, mentions)
    return bool(pairs) and all(addressed(m, span) for m, span in pairs)


def talk_topics(ctx: DocContext) -> dict[str, list[tuple[int, int, str]]]:
    """Person name -> (sentence start, end of the name, topic) of the person's talks that have a topic."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for link in ctx.doc._.kg_speakers or []:
        topic = link.extra.get("topic")
        name = ctx.person_at.get(link.person.start)
        if topic and name:
            out.setdefault(name, []).append((link.sent.start, link.person.end, topic))
    return out


def talked_about(
    ctx: DocContext, index: OrgIndex, org: str, mentions: list[Mention], topics: list[tuple[int, int, str]]
) -> bool:
    """Every mention of the organization in the person's sentences lies inside the topic of the
    person's talk there (`topics`, of `talk_topics`), found after the name ("X sprach über die Zukunft
    der Stadtwerke Y", "diskutierten A und B über die Rolle des Vereins Z"): what the talk was about,
    not whom the speaker works for. A topic in brackets right after the name is no such object."""
    if not topics:
        return False
    doc = ctx.doc

    def inside(m: Mention, span: Span) -> bool:
        for sent_start, end, topic in topics:
            if sent_start != m.sent.start or (end < len(doc) and doc[end].text == "("):
                continue
            at = ctx.text.find(topic, doc[end - 1].idx, m.sent.end_char)
            if 0 <= at <= span.start_char and span.end_char <= at + len(topic):
                return True
        return False

    pairs = org_beside_names(index, org, mentions)
    return bool(pairs) and all(inside(m, span) for m, span in pairs)


def claimed_by_another(ctx: DocContext, name: str, org: str) -> bool:
    """In a sentence where the rules pair the person with other organizations, they pair `org` with
    someone else: the sentence pairs each name with its own body ("Seitens der X diskutierte A,
    seitens der Y B", "A (Stadt X) und B (Landkreis Y)"), so A is not Y's (`DocContext.pairings`)."""
    for people in ctx.pairings.values():
        own = people.get(name)
        if own and org not in own and any(org in bodies for who, bodies in people.items() if who != name):
            return True
    return False


def rule_affiliations(ctx: DocContext) -> dict[str, set[str]]:
    """Person name -> organizations the rule matchers tied the person to."""
    out: dict[str, set[str]] = {}
    for a in ctx.doc._.kg_affiliations or []:
        name = ctx.person_at.get(a.person.start)
        if name and a.target:
            out.setdefault(name, set()).add(a.target)
    return out
