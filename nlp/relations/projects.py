"""Projects, tools, platforms and programmes named after a cue noun ("das Projekt Lotse", „Lern.Bar“)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.relations.base import ARTICLES, NamedThing, RawLink, content_sents, org_at, person_at
from nlp.relations.lexicon import role_hit, word_set
from nlp.relations.quoting import quoted_spans

_MAX_GAP = 6  # tokens between a cue noun and the quoted name ("App für das Ehrenamt „X“")
_DASHES = frozenset({"–", "-", "—"})


@Language.factory("kg_projects", default_config={"cues": "project_cues.txt"})
def make_projects(nlp: Language, name: str, cues: str) -> ProjectMatcher:
    return ProjectMatcher(name, cues)


class ProjectMatcher:
    """Sets `doc._.kg_projects` (NamedThing list) and `doc._.kg_project_links` (responsible persons)."""

    def __init__(self, name: str, cues: str) -> None:
        self.name = name
        self.cues_file = cues
        self.cues = word_set(cues)

    def __call__(self, doc: Doc) -> Doc:
        quotes = quoted_spans(doc.text)
        found: dict[str, NamedThing] = {}
        links: list[RawLink] = []
        for sent in content_sents(doc):
            for tok in sent:
                if not self.is_cue(tok.text):
                    continue
                name, alias = self.name_after(doc, tok.i, sent, quotes)
                if name is None:
                    continue
                thing = found.setdefault(name.casefold(), NamedThing(name))
                if alias and alias not in thing.aliases and alias != name:
                    thing.aliases.append(alias)
                if role_hit(tok.text) is not None:
                    links.extend(self.responsible(doc, tok.i, sent, thing.name))
        for thing in found.values():
            thing.mentions = self.mentions(doc.text, [thing.name, *thing.aliases])
        doc._.kg_projects = list(found.values())
        doc._.kg_project_links = links
        return doc

    def is_cue(self, word: str) -> bool:
        low = word.lower()
        if not word[:1].isupper():
            return False
        return any(low.endswith(c) or low.startswith("projekt") for c in self.cues)

    def name_after(
        self, doc: Doc, i: int, sent: Span, quotes: list[tuple[int, int, str]]
    ) -> tuple[str | None, str | None]:
        tok = doc[i]
        for start, _end, inner in quotes:
            if start < tok.idx + len(tok.text) or start > sent.end_char:
                continue
            gap = doc.char_span(tok.idx + len(tok.text), start, alignment_mode="expand")
            if gap is None or len(gap) > _MAX_GAP or any(t.text in {",", ".", ":", ";"} for t in gap):
                break
            modifier = len(gap) > 0 and gap[0].lower_ in {
                "für",
                "zur",
                "zum",
                "aus",
                "gegen",
            }  # "Instrument für das X „Name“"
            if not modifier and any(t.is_title and t.lower_ not in ARTICLES for t in gap[1:]):
                break
            return inner.strip(), None
        j = i + 1
        if j < sent.end and doc[j].lower_ == "wie":  # "Projekte wie AScore"
            j += 1
        if j >= sent.end:
            return None, None
        cand = doc[j]
        if (
            not cand.text[:1].isupper()
            or cand.lower_ in ARTICLES
            or person_at(doc, j)
            or self.is_cue(cand.text)
        ):
            return None, None
        if org_at(doc, j) is not None and not cand.is_upper:
            return None, None
        if not (cand.is_upper or self.mixed_case(cand.text) or doc[i].lower_ in self.cues or j > i + 1):
            return None, None
        alias = None
        k = j + 1
        if k + 1 < sent.end and doc[k].text in _DASHES and doc[k + 1].text in {"„", '"', "»"}:
            for start, _end, inner in quotes:  # "Projekt FESTIVAL – „Langer Name“"
                if start == doc[k + 1].idx:
                    alias = inner.strip()
        return cand.text, alias

    @staticmethod
    def mixed_case(word: str) -> bool:
        return any(c.isupper() for c in word[1:]) or any(c in ".+" for c in word)

    @staticmethod
    def responsible(doc: Doc, i: int, sent: Span, project: str) -> list[RawLink]:
        roles = [
            r for r in doc._.kg_roles or [] if r.sent == sent and doc[i].text.endswith(r.role.split()[-1])
        ]
        return [RawLink(r.person, project, sent, 0.7, kind="responsible") for r in roles]

    @staticmethod
    def mentions(text: str, forms: list[str]) -> list[tuple[int, int]]:
        out: set[tuple[int, int]] = set()
        for form in forms:
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                out.add((m.start(), m.end()))
        return sorted(out)
