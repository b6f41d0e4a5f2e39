"""Separable verb particles: "Sie führte die Gäste in das Thema ein." → lemma of "führte" is "einführen".

German finite verbs in main clauses leave their particle at the end of the clause ("stellte … vor",
"wies … hin"). The lemmatizer sees only "führte" and answers "führen"; this component re-attaches the
particle to the verb's lemma. A particle is a lower-case word tagged PTKVZ (STTS); only a model
without a tagger is trusted on the relation alone (UD `compound:prt`, TIGER `svp` as in spaCy's
de_core_news models), because UD also labels "zu" in "zu wünschen" and "da" in "war da" so. The verb is
the particle's head when that is a finite full verb before it, else the nearest finite full verb
before it in the same sentence. A verb without a lemma (no lemmatizer) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

FINITE_VERB_TAGS = frozenset({"VVFIN", "VVIMP"})


@Language.factory(
    "kg_separable_verbs",
    default_config={"particle_deps": ["compound:prt", "svp"], "particle_tags": ["PTKVZ"]},
)
def make_separable_verbs(
    nlp: Language, name: str, particle_deps: list[str], particle_tags: list[str]
) -> SeparableVerbs:
    return SeparableVerbs(name, particle_deps, particle_tags)


class SeparableVerbs:
    """Prefixes the particle to its verb's lemma ("ein" + "führen"); leaves the particle's own lemma."""

    def __init__(self, name: str, particle_deps: Iterable[str], particle_tags: Iterable[str]) -> None:
        self.name = name
        self.particle_deps = frozenset(particle_deps)
        self.particle_tags = frozenset(particle_tags)

    def __call__(self, doc: Doc) -> Doc:
        has_tags = doc.has_annotation("TAG")
        has_deps = doc.has_annotation("DEP")
        if not (has_tags or has_deps):
            return doc
        for tok in doc:
            if not (tok.is_alpha and tok.is_lower):
                continue
            # With a tagger the tag decides (UD also labels "zu wünschen" and "war da" compound:prt);
            # a model without tagger has only the relation.
            if has_tags:
                if tok.tag_ not in self.particle_tags:
                    continue
            elif tok.dep_ not in self.particle_deps:
                continue
            verb = self.verb_of(tok, has_deps)
            if verb is not None:
                self.attach(tok, verb)
        return doc

    def verb_of(self, particle: Token, has_deps: bool) -> Token | None:
        """The finite verb the particle belongs to: its head, else the nearest finite verb before it."""
        head = particle.head
        if has_deps and head.i < particle.i and self.is_finite_verb(head):
            return head
        start = particle.sent.start if particle.doc.has_annotation("SENT_START") else 0
        for i in range(particle.i - 1, start - 1, -1):
            if self.is_finite_verb(particle.doc[i]):
                return particle.doc[i]
        return None

    @staticmethod
    def is_finite_verb(tok: Token) -> bool:
        if tok.tag_:
            return tok.tag_ in FINITE_VERB_TAGS
        return tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm", [])

    @staticmethod
    def attach(particle: Token, verb: Token) -> None:
        """ "führen" + "ein" → "einführen"; a verb without a lemma (no lemmatizer) is left alone."""
        lemma = verb.lemma_
        prefix = particle.text.lower()
        if lemma and not lemma.lower().startswith(prefix):
            verb.lemma_ = prefix + lemma

    def to_disk(self, path: object, *, exclude: object = ()) -> None:
        """Nothing to save: the configuration lives in config.cfg."""

    def from_disk(self, path: object, *, exclude: object = ()) -> SeparableVerbs:
        return self
