"""Match academic titles ("Prof.", "Dr.-Ing.", "Dipl.-Ing. (FH)") in text, however they were tokenized."""

from __future__ import annotations

import re

from spacy.tokens import Doc


class TitleMatcher:
    """Finds titles by their characters at a token's start; a match must end on a token boundary."""

    def __init__(self, titles: list[str]) -> None:
        self.titles = sorted(set(titles), key=len, reverse=True)
        alts = [r"\s*".join(re.escape(part) for part in t.split(" ")) for t in self.titles]
        self.regex = re.compile("(?:" + "|".join(alts) + r")(?![\w-])")
        self.starts = frozenset(t[:2] for t in self.titles)  # cheap pre-check

    def match_at(self, doc: Doc, i: int, *, continued: bool = False) -> tuple[str, int] | None:
        """(title as printed, index of the first token after it) for a title starting at token i.

        Only a `continued` title may start in lower case ("Dr.-Ing. habil.").
        """
        tok = doc[i]
        if not (continued or tok.text[:1].isupper()) or tok.text[:2] not in self.starts:
            return None
        window = "".join(t.text_with_ws for t in doc[i : i + 8])  # doc.text would rebuild the whole text
        m = self.regex.match(window)
        if m is None:
            return None
        end_char = tok.idx + m.end()
        j = i
        while j < len(doc) and doc[j].idx + len(doc[j].text) <= end_char:
            j += 1
        if j == i or doc[j - 1].idx + len(doc[j - 1].text) != end_char:
            return None
        return " ".join(m.group(0).split()), j

    def match_all(self, doc: Doc, i: int) -> tuple[list[str], int]:
        """All titles in a row from token i ("Prof. Dr. h.c."), and the index after them."""
        found: list[str] = []
        while i < len(doc):
            hit = self.match_at(doc, i, continued=bool(found))
            if hit is None:
                break
            found.append(hit[0])
            i = hit[1]
        return found, i
