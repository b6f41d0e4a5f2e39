"""Per-document view for the relation tasks: sentences, mentions and token descriptors, computed once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.relations.base import content_sents, in_boilerplate, person_spans
from nlp.relations.lexicon import role_hit
from nlp.relations.quoting import quoted_spans
from nlp.relmodel.cues import cue_classes
from nlp.wordclusters import cluster_features

# Words whose identity is a feature of its own: closed classes that mark constructions.
FUNCTION_WORDS = frozenset(
    """der die das des dem den ein eine einer eines einem einen und sowie oder , ( ) : ; . „ “ " –
    - von vom durch bei beim mit für über zu zum zur im in am an auf aus als laut so wie nach seitens
    sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren er sie dass ob beide beiden alle
    herr herrn frau dr. prof. unter anderem anderen""".split()
)


_PAIRING = frozenset({"preposition", "parenthesis"})  # rule links that pair a name with the body beside it


@dataclass
class Mention:
    """A mention of a person cluster: its tokens and its sentence."""

    name: str
    span: Span
    sent: Span
    kind: str = "name"  # "name" or "pronoun"


@dataclass
class DocContext:
    doc: Doc
    _tokens: dict[int, list[str]] = field(default_factory=dict)
    _cues: dict[int, tuple[str, ...]] = field(default_factory=dict)
    _mention_features: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    _sentence_features: dict[tuple[str, int], set[str]] = field(default_factory=dict)

    @cached_property
    def text(self) -> str:
        return doc_text(self.doc)

    @cached_property
    def rule_bodies(self) -> dict[int, Span]:
        """Start of each organization a rule role names in the text -> the role holder's name (read from
        the rules' findings, which the relation component replaces with its own)."""
        rules = self.doc.user_data.get("kg_rule_output", {}).get("kg_roles", self.doc._.kg_roles)
        return {r.org.start: r.person for r in rules or [] if r.org is not None}

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Character stretches in quotation marks, the marks included."""
        return [(a, b) for a, b, _ in quoted_spans(self.text)]

    def in_quote(self, char: int) -> bool:
        """Whether the character stands inside quotation marks (someone's quoted words or a title)."""
        return any(a < char < b for a, b in self.quoted)

    def cues(self, i: int) -> tuple[str, ...]:
        """Cue classes of token i (nlp.relmodel.cues), computed once per token."""
        found = self._cues.get(i)
        if found is None:
            found = self._cues[i] = cue_classes(self.doc[i])
        return found

    def per_sentence(self, task: str, sent: Span, compute: Callable[[], set[str]]) -> set[str]:
        """Features of a sentence for a task, computed once for all the mentions in it."""
        key = (task, sent.start)
        found = self._sentence_features.get(key)
        if found is None:
            found = self._sentence_features[key] = compute()
        return found

    def memo(self, m: Mention, compute: Callable[[], set[str]]) -> set[str]:
        """Features of a mention shared by several tasks (speakers and quotes), computed once."""
        key = (m.span.start, m.span.end)
        found = self._mention_features.get(key)
        if found is None:
            found = self._mention_features[key] = compute()
        return found

    @cached_property
    def sents(self) -> list[Span]:
        return content_sents(self.doc)

    @cached_property
    def sent_of(self) -> dict[int, Span]:
        return {i: s for s in self.sents for i in range(s.start, s.end)}

    @cached_property
    def person_at(self) -> dict[int, str]:
        return dict(self.doc._.kg_person_at or {})

    @cached_property
    def org_at(self) -> dict[int, str]:
        return dict(self.doc._.kg_org_at or {})

    @cached_property
    def pairings(self) -> dict[int, dict[str, set[str]]]:
        """Sentence start -> person ("" if unnamed) -> the bodies the rules paired with the name beside
        them ("seitens der X A", "A (X)"; affiliation kinds "preposition" and "parenthesis"), read once."""
        out: dict[int, dict[str, set[str]]] = {}
        for a in self.doc._.kg_affiliations or []:
            if a.kind not in _PAIRING or not a.target or not a.sent.start <= a.person.start < a.sent.end:
                continue
            name = self.person_at.get(a.person.start) or ""
            out.setdefault(a.sent.start, {}).setdefault(name, set()).add(a.target)
        return out

    @cached_property
    def syntax(self) -> bool:
        return self.doc.has_annotation("DEP")

    @cached_property
    def tagged(self) -> bool:
        return self.doc.has_annotation("TAG")

    @cached_property
    def mentions(self) -> dict[str, list[Mention]]:
        """Person name -> mentions in content sentences, in text order (maximal runs of tokens)."""
        out: dict[str, list[Mention]] = {}
        for sent in self.sents:
            for span in person_spans(sent):
                name = self.person_at[span.start]
                out.setdefault(name, []).append(Mention(name, span, sent))
        return out

    @cached_property
    def pronouns(self) -> dict[str, list[Mention]]:
        """Person name -> pronoun mentions (nlp.relmodel.pronouns)."""
        from nlp.relmodel.pronouns import pronoun_mentions

        return pronoun_mentions(self)

    def all_mentions(self, name: str) -> list[Mention]:
        """Name and pronoun mentions of a person, in text order."""
        return sorted(
            [*self.mentions.get(name, []), *self.pronouns.get(name, [])], key=lambda m: m.span.start
        )

    @cached_property
    def people(self) -> list[str]:
        names = [c.name for c in self.doc._.kg_people or [] if c.in_content()]
        return [n for n in names if n in self.mentions]

    def in_content(self, char: int) -> bool:
        return not in_boilerplate(self.doc, char)

    def token(self, i: int) -> list[str]:
        """Descriptors of token i: its word if a function word, cluster path prefixes, entity/role marks,
        and tag/dependency when the pipeline parses."""
        cached = self._tokens.get(i)
        if cached is not None:
            return cached
        tok: Token = self.doc[i]
        low = tok.lower_
        out: list[str] = []
        if i in self.person_at:
            out.append("PER")
        elif i in self.org_at:
            out.append("ORG")
        else:
            if low in FUNCTION_WORDS or tok.is_punct:
                out.append(f"w={low}")
            out.extend(cluster_features(tok.text))
            if role_hit(tok.text) is not None:
                out.append("ROLE")
            if tok.is_title and not cluster_features(tok.text):
                out.append(f"sfx={low[-4:]}")
        if self.tagged:
            out.append(f"tag={tok.tag_}")
        if self.syntax:
            out.append(f"dep={tok.dep_}")
        self._tokens[i] = out
        return out
