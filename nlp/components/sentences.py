"""German rule sentence splitter: ends at . ! ? (not after abbreviations or ordinals) and at line breaks
that end a segment (not at a line wrapped in the middle of a sentence)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from nlp.components.layout import BULLETS, Line, text_lines
from nlp.components.lexicon import read_lines, word_set
from nlp.relations.lexicon import role_hit

END_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSING = frozenset({"“", "”", '"', "»", "«", "'", "’", ")", "]"})
HARD_ENDS = END_PUNCT | {":", ";", "|"}
MIN_WRAP_WIDTH = 40  # a paragraph wrapped at fewer characters is a list of short lines, not prose


def chars(doc: Doc, line: Line) -> int:
    """Length of a line in characters."""
    return doc[line.end - 1].idx + len(doc[line.end - 1].text) - doc[line.start].idx


_DASHES = frozenset({"-", "–", "—"})
_MAX_DATELINE = 10  # tokens of a dateline: "Friedrichskoog/Norden (dpa) -", "BERLIN (dpa-AFX) -"


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after an agency's dateline that opens a sentence ("Essen (dpa) - Der Konzern …",
    "BERLIN (dpa-AFX) - …"): places, an agency in brackets, a dash. It is no part of the sentence, whose
    subject comes after it."""
    k, n = start, len(doc)
    while k < n and k - start < _MAX_DATELINE and (doc[k].text[:1].isupper() or doc[k].text in {"/", ","}):
        k += 1
    if k > start + 1 and doc[k - 1].text == ",":  # "Nordheim, 12.05.2024 – Die Stadt …": a dated one
        return dated_dateline_end(doc, k)
    if k == start or k + 2 >= n or doc[k].text != "(":
        return None
    close = next((m for m in range(k + 1, min(n, k + 5)) if doc[m].text == ")"), None)
    if close is None or close + 2 >= n or doc[close + 1].text not in _DASHES:
        return None
    agency = doc[k + 1 : close].text.replace("-", "")
    if not agency.isalpha() or not (agency.islower() or agency.isupper()):
        return None  # "(dpa)", "(AFP)", "(dpa-AFX)", "(ots)"; not "(45)" or "(Mitte)"
    after = close + 2
    return after if doc[after].text[:1].isupper() else None


def dated_dateline_end(doc: Doc, k: int) -> int | None:
    """After a dateline's place and comma at `k`: a date of digits and a month's name, a dash, then a
    capitalised word opening the sentence ("12.05.2024 –", "3. März 2025 -")."""
    months = word_set("months.txt")
    m = k
    while m < min(len(doc), k + 4) and (doc[m].text[:1].isdigit() or doc[m].lower_ in months):
        m += 1
    if m == k or m + 1 >= len(doc) or doc[m].text not in _DASHES:
        return None
    return m + 1 if doc[m + 1].text[:1].isupper() else None


def is_year_end(word: str) -> bool:
    """ "2020.": a year that keeps the sentence's full stop (the tokenizer reads number + period as one
    token, an ordinal); a year is no ordinal ("kam 2020. Sie ist …": a new sentence)."""
    return len(word) == 5 and word.endswith(".") and word[:4].isdigit() and word[:2] in ("19", "20")


def is_day_ordinal(word: str) -> bool:
    """ "4.", "18.": a day or ordinal number (one or two digits) with its period."""
    return word.endswith(".") and 1 <= len(word) - 1 <= 2 and word[:-1].isdigit()


@Language.factory(
    "kg_sentences",
    default_config={
        "abbreviations": "abbreviations.txt",
        "open_line_ends": "open_line_ends.txt",
        "first_names": "first_names.txt",
    },
)
def make_sentence_splitter(
    nlp: Language, name: str, abbreviations: str, open_line_ends: str, first_names: str
) -> SentenceSplitter:
    return SentenceSplitter(name, abbreviations, open_line_ends, first_names)


class SentenceSplitter:
    """Sets `is_sent_start` on every token.

    Periods: "Dr.", "Prof.", "z. B.", "18." are single tokens for the German tokenizer, so a lone "."
    only follows a word; it ends a sentence unless that word is a known abbreviation or a single
    letter, and only when the next word does not start in lower case.

    Line breaks: a line is its own segment (a heading, a caption, a list item, a dateline) unless it
    was wrapped in the middle of a sentence. A plain line break (no blank line) is a wrap when the line
    does not end a sentence (no . ! ? : ;) and the next line is no list item, and
    - the next line goes on in lower case ("in das letzte ihrer insgesamt / sechs Arbeitsjahre"), or
    - the line ends with a word that cannot end a sentence: a comma, an article, a conjunction, a
      preposition, "Frau"/"Herr" (`open_line_ends`), an abbreviation or an ordinal ("am 4. / April"),
      a word broken at a hyphen ("Verwaltungs- / gebäude"), or
    - the paragraph is hard-wrapped (one of the rules above joined two of its lines) and the line is
      about as long as its other wrapped lines, or ends with a given name that the next line completes
      ("Stadtrat Mag. Gerhard / Fritz, ..."); a short line there is a heading or a caption.
    """

    def __init__(self, name: str, abbreviations: str, open_line_ends: str, first_names: str) -> None:
        self.name = name
        self.abbreviations = frozenset(read_lines(abbreviations))
        self.open_ends = frozenset(read_lines(open_line_ends))
        self.first_names_path = first_names
        self.first_names = word_set(first_names)

    def __call__(self, doc: Doc) -> Doc:
        starts = self.find_starts(doc)
        self.set_annotations(doc, starts)
        return doc

    def find_starts(self, doc: Doc) -> set[int]:
        starts = {0} | self.line_starts(doc)
        n = len(doc)
        for i, tok in enumerate(doc):
            if tok.text not in END_PUNCT and not is_year_end(tok.text):
                continue
            if tok.text == "." and i > 0 and self.is_abbreviation(doc[i - 1]):
                continue
            j = i + 1
            while j < n and doc[j].text in CLOSING:
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and not doc[j].text[:1].islower() and doc[j].text not in {",", ";", ":", *END_PUNCT}:
                starts.add(j)
        starts |= {end for s in starts if (end := dateline_end(doc, s)) is not None}
        return starts

    # -- line breaks -----------------------------------------------------------------------------
    def line_starts(self, doc: Doc, lines: list[Line] | None = None) -> set[int]:
        """First tokens of the lines that start a segment (all lines but the wrapped ones)."""
        lines = text_lines(doc) if lines is None else lines
        pairs = list(zip(lines, lines[1:], strict=False))
        joined = [self.wraps(doc, prev, line) for prev, line in pairs]
        width = self.wrap_widths(doc, pairs, joined)
        starts: set[int] = set()
        for k, (prev, line) in enumerate(pairs):
            if joined[k] or (width[k] and self.wraps_in_paragraph(doc, prev, line, width[k])):
                continue
            starts.add(line.start)
        return starts

    def wrap_breaks(self, doc: Doc) -> list[int]:
        """Character offsets of the line breaks that wrap a sentence (the lines `line_starts` joins)."""
        lines = text_lines(doc)
        starts = self.line_starts(doc, lines)
        out: list[int] = []
        for prev, line in zip(lines, lines[1:], strict=False):
            if line.start in starts or line.breaks != 1:
                continue
            gap_start = doc[prev.end - 1].idx + len(doc[prev.end - 1].text)
            offset = doc.text.find("\n", gap_start, doc[line.start].idx)
            if offset >= 0:
                out.append(offset)
        return out

    def wraps(self, doc: Doc, prev: Line, line: Line) -> bool:
        """Does `line` go on with the sentence of `prev` (a line wrapped in the middle of a sentence)?"""
        if line.breaks != 1 or doc[line.start].text in BULLETS or self.ends_segment(doc, prev):
            return False
        last = doc[prev.end - 1]
        first_word = next((t for t in doc[line.start : line.end] if t.text[:1].isalpha()), None)
        if (
            first_word is not None
            and first_word.i - line.start <= 1
            and first_word.text[:1].islower()
            and not self.abbreviated(first_word)  # "jab. Stade.": a reporter's sign opens a dateline
        ):
            return True
        if last.text == "," or last.lower_ in self.open_ends:
            return True  # "..., Forschung und / Kultur", "Frau Ministerin Professor Dr. / Johanna Wanka"
        if (
            last.text == "."
            and prev.end - prev.start > 1
            and doc[prev.end - 2].lower_ + "." in self.open_ends
        ):
            return True  # "Priv. / Doz." tokenized as word + period
        if len(last.text) > 2 and last.text.endswith("-") and last.text[-2].isalpha():
            return True  # "Verwaltungs-" broken at the line end
        first = doc[line.start]
        if (
            (last.text in self.first_names or self.title_before_name(last, first_word))
            and chars(doc, prev) >= MIN_WRAP_WIDTH
            and first.text[:1].isupper()
            and (first.is_alpha or "-" in first.text)
            and line.end - line.start > 2
            and doc[line.start + 1].text != "."  # "Foto: Bodo Marks⏎München.": a dateline follows
        ):
            return True  # a prose line ending in a given name the next line completes ("… Petra / Lindner")
        return is_day_ordinal(last.text)  # "am 4. / April"; a year ("im Jahr 2026.") ends the sentence

    def title_before_name(self, last: Token, first_word: Token | None) -> bool:
        """A prose line ending in a capitalised title word before a line opening with a given name
        ("… sagte Vogel. Landrat / Klaus Becker begrüßte …")."""
        return (
            first_word is not None
            and first_word.text in self.first_names
            and last.text[:1].isupper()
            and last.is_alpha
            and role_hit(last.text) is not None
        )

    @staticmethod
    def abbreviated(tok: Token) -> bool:
        """A short word with a period ("jab.", "dpa."): a sign or dateline, not words going on."""
        nxt = tok.i + 1
        glued = not tok.whitespace_ and nxt < len(tok.doc) and tok.doc[nxt].text == "."
        return len(tok.text.rstrip(".")) <= 4 and (tok.text.endswith(".") or glued)

    def ends_segment(self, doc: Doc, line: Line) -> bool:
        """The line ends with . ! ? : ; (after closing quotes or brackets), not after an abbreviation."""
        k = line.end - 1
        while k > line.start and doc[k].text in CLOSING:
            k -= 1
        tok = doc[k]
        if tok.text == "." and k > line.start and self.is_abbreviation(doc[k - 1]):
            return False
        return tok.text in HARD_ENDS

    def wraps_in_paragraph(self, doc: Doc, prev: Line, line: Line, width: int) -> bool:
        """In a hard-wrapped paragraph (`width`: its line width) a line also goes on when it is nearly as
        long as the line width ("... und Herrn Professor / Dr. Peter Schmucker"), or when it ends with a
        given name the next line completes ("Frau Ministerin Ute / Erdsiek-Rave, ..."); a short line
        without a final stop is a heading or a caption ("Bürgermeisterin Christine Muster")."""
        if line.breaks != 1 or self.ends_segment(doc, prev) or doc[line.start].text in BULLETS:
            return False
        if chars(doc, prev) >= 0.7 * width:
            return True
        last, first = doc[prev.end - 1], doc[line.start]
        return (
            last.text in self.first_names
            and first.text[:1].isupper()
            and (first.is_alpha or "-" in first.text)
        )

    @staticmethod
    def wrap_widths(doc: Doc, pairs: list[tuple[Line, Line]], joined: list[bool]) -> list[int]:
        """For each line break inside a paragraph (lines without a blank line between) with two or
        more wrapped lines: their median length (the page's line width); 0 elsewhere."""
        widths = [0] * len(pairs)
        k = 0
        while k < len(pairs):
            end = k
            while end < len(pairs) and pairs[end][1].breaks == 1:
                end += 1
            if end == k:
                k += 1
                continue
            wrapped = sorted(chars(doc, pairs[m][0]) for m in range(k, end) if joined[m])
            if len(wrapped) >= 2 and wrapped[len(wrapped) // 2] >= MIN_WRAP_WIDTH:
                widths[k:end] = [wrapped[len(wrapped) // 2]] * (end - k)
            k = end
        return widths

    # -- periods ---------------------------------------------------------------------------------
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
        cfg = {
            "abbreviations": sorted(self.abbreviations),
            "open_line_ends": sorted(self.open_ends),
            "first_names": self.first_names_path,
        }
        srsly.write_json(p / "cfg.json", cfg)

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> SentenceSplitter:
        cfg = srsly.read_json(Path(path) / "cfg.json")
        self.abbreviations = frozenset(cfg["abbreviations"])
        self.open_ends = frozenset(cfg.get("open_line_ends", self.open_ends))
        self.first_names = word_set(cfg.get("first_names", self.first_names_path))
        return self
