"""Line breaks inside a sentence become spaces before the pipeline reads the text ("… von der Leiterin
des⏎Ordnungsamtes Eva Alt eröffnet"), so that every component sees the wrapped sentence as one run of
words, not as two lines with a space token between them.

Which breaks wrap a sentence is what kg_sentences decides (nlp/components/sentences.py: a line going
on in lower case, after a comma or an open word, or inside a hard-wrapped paragraph); the text is
tokenized once to ask it, and once more with those breaks as spaces. The text keeps its length, so
every character offset is that of the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from spacy.tokens import Doc


class WrapFinder(Protocol):
    def wrap_breaks(self, doc: Doc) -> list[int]: ...


class UnwrappingTokenizer:
    """The pipeline's tokenizer, given the text with its sentence-internal line breaks as spaces."""

    def __init__(self, tokenizer: Any, finder: WrapFinder) -> None:
        self.tokenizer = tokenizer
        self.finder = finder

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        if "\n" not in text:
            return doc
        breaks = self.finder.wrap_breaks(doc)
        if not breaks:
            return doc
        chars = list(text)
        for offset in breaks:
            chars[offset] = " "
        return self.tokenizer("".join(chars))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # to_disk, from_disk, vocab, infix_finditer, ...
        if name in {"tokenizer", "finder"} or name.startswith("__"):
            raise AttributeError(name)  # not set yet (unpickling): no recursion through self.tokenizer
        return getattr(self.tokenizer, name)
