"""German rule sentence splitter: ends at . ! ? (not after abbreviations or ordinals) and at line breaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from nlp.components.lexicon import read_lines

END_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSING = frozenset({"“", "”", '"', "»", "«", "'", "’", ")", "]"})


@Language.factory(
    "kg_sentences",
    default_config={"abbreviations": "abbreviations.txt"},
)
def make_sentence_splitter(nlp: Language, name: str, abbreviations: str) -> SentenceSplitter:
    return SentenceSplitter(name, abbreviations)


class SentenceSplitter:
    """Sets `is_sent_start` on every token; articles are one paragraph per line, so a newline always splits.

    "Dr.", "Prof.", "z. B.", "18." are single tokens for the German tokenizer, so a lone "." only
    follows a word; it ends a sentence unless that word is a known abbreviation or a single letter,
    and only when the next word does not start in lower case.
    """

    def __init__(self, name: str, abbreviations: str) -> None:
        self.name = name
        self.abbreviations = frozenset(read_lines(abbreviations))

    def __call__(self, doc: Doc) -> Doc:
        starts = self.find_starts(doc)
        self.set_annotations(doc, starts)
        return doc

    def find_starts(self, doc: Doc) -> set[int]:
        starts = {0}
        n = len(doc)
        for i, tok in enumerate(doc):
            if "\n" in tok.text or "\n" in tok.whitespace_:
                j = i + 1
                while j < n and doc[j].is_space:
                    j += 1
                if j < n:
                    starts.add(j)
                continue
            if tok.text not in END_PUNCT:
                continue
            if tok.text == "." and i > 0 and self.is_abbreviation(doc[i - 1]):
                continue
            j = i + 1
            while j < n and doc[j].text in CLOSING:
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and not doc[j].text[:1].islower() and doc[j].text not in {",", ";", ":"}:
                starts.add(j)
        return starts

    def is_abbreviation(self, tok: Token) -> bool:
        """An abbreviation ("bzw", "med"), one letter, or a dotted word glued to the period ("Dr.-Ing")."""
        word = tok.text
        if "." in word and not tok.whitespace_:
            return True
        return (
            word in self.abbreviations
            or word.lower() in self.abbreviations
            or (len(word) == 1 and word.isalpha())
        )

    @staticmethod
    def set_annotations(doc: Doc, starts: set[int]) -> None:
        # One array write: the per-token `is_sent_start` setter scans the whole doc each time.
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        for i in starts:
            if 0 <= i < len(doc):
                flags[i, 0] = 1
        if len(doc):
            flags[0, 0] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))  # type: ignore[arg-type]

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "cfg.json", {"abbreviations": sorted(self.abbreviations)})

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> SentenceSplitter:
        self.abbreviations = frozenset(srsly.read_json(Path(path) / "cfg.json")["abbreviations"])
        return self
