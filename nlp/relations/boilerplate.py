"""Marks website boilerplate (date lists, teaser sections, cookie banners, navigation): it yields no facts."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.doctext import doc_text
from nlp.relations.lexicon import read_lines

_MONTHS = "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
# A line that is only a date, a time or a date range ("18. Januar 2025", "30.01.2025 - 20:00 Uhr").
DATE_LINE = re.compile(
    rf"^[\s\d.:/–-]*((\d{{1,2}}\.\s*({_MONTHS})\s*\d{{0,4}})|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{1,2}}:\d{{2}}\s*uhr)"
    rf"([\s\d.:/–-]|bis|uhr|{_MONTHS})*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…“\"]\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TAIL_SHARE = 0.6  # a tail heading starts boilerplate when most lines after it are not sentences


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 8 and bool(_SENTENCE_END.search(line))


@Language.factory("kg_boilerplate_filter", default_config={"lexicon": "boilerplate_lines.txt"})
def make_boilerplate_filter(nlp: Language, name: str, lexicon: str) -> BoilerplateFilter:
    return BoilerplateFilter(name, lexicon)


class BoilerplateFilter:
    """Sets `doc._.kg_boilerplate` to the character ranges of chrome lines and of a teaser tail."""

    def __init__(self, name: str, lexicon: str) -> None:
        self.name = name
        self.lexicon = lexicon
        rows = [ln.split("\t") for ln in read_lines(lexicon)]
        self.tail_heads = frozenset(v for k, v in rows if k == "tail")
        self.chrome = frozenset(v for k, v in rows if k == "line")

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_boilerplate = self.match(doc_text(doc))
        return doc

    def match(self, text: str) -> list[tuple[int, int]]:
        lines: list[tuple[int, int, str]] = []
        pos = 0
        for raw in text.split("\n"):
            lines.append((pos, pos + len(raw), raw.strip()))
            pos += len(raw) + 1
        ranges: list[tuple[int, int]] = []
        for idx, (start, end, line) in enumerate(lines):
            low = " ".join(line.lower().split()).rstrip(":").strip()
            if low in self.tail_heads and self.is_tail(lines[idx + 1 :]) and self.after_text(lines[:idx]):
                ranges.append((start, len(text)))
                break
            if low in self.chrome or DATE_LINE.match(line) or self.chrome_shape(low):
                ranges.append((start, end))
        return ranges

    @staticmethod
    def chrome_shape(low: str) -> bool:
        """Navigation bars and breadcrumbs ("A | B | C", "Start > Aktuelles"), copyright lines, cookie
        banners: recognised by their shape, whatever their words."""
        if low.count(" | ") >= 2 or low.count(" > ") >= 1 and not _SENTENCE_END.search(low):
            return True
        if low.startswith(("©", "(c) ", "copyright")):
            # a site's notice ("© 2024 Stadt X. Alle Rechte vorbehalten"), not a photo's credit ("© Eva
            # Sand", whose photographer is a person of the article)
            return bool(_YEAR.search(low)) or "rechte" in low or "rights" in low or len(low.split()) > 6
        return "cookie" in low and any(w in low for w in ("akzeptieren", "einstellungen", "verwenden"))

    @staticmethod
    def after_text(before: list[tuple[int, int, str]]) -> bool:
        """A teaser tail follows the article: some line before it ends a sentence ("Teilen:" in the
        page head above the article starts no tail)."""
        return any(_SENTENCE_END.search(line) for _, _, line in before)

    @staticmethod
    def is_tail(rest: list[tuple[int, int, str]]) -> bool:
        content = [line for _, _, line in rest if line]
        if not content:
            return True
        non_sentences = sum(not _is_sentence(line) for line in content)
        return non_sentences / len(content) >= _TAIL_SHARE
