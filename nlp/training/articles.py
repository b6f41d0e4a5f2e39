"""NER training and evaluation docs from the annotated articles (`*.txt` beside a `*.gold.json`).

The gold files list persons and organizations by name and aliases, without offsets. Every
occurrence of a gold name is located in the text (longest candidate first, case-sensitive,
word-bounded, no overlaps) and becomes a PER or ORG span:

- persons: the name, its aliases and the surname (last word of a multi-word name);
- organizations: the name and its aliases; a name or alias that is not literally in the text
  (gold names are in the nominative: "Deutsches Forschungszentrum" for "des Deutschen
  Forschungszentrums") is also tried with German inflection endings on every word;
- projects: name and aliases as MISC (a project is a named thing that is not an organization);
- events: located but marked missing (many are generic nouns such as "Feierstunde").

Tokens outside the located spans are O only where the gold can be trusted: these are marked
missing ("-" in spaCy's BILUO), so the model is neither rewarded nor punished there:
- a capitalised token that equals a word of some gold name (a partial mention, "Eichhof" for
  "Krankenhaus Eichhof"), or a span that could not be aligned to tokens ("IHK" in
  "IHK-Hauptgeschäftsführer");
- a LOC or MISC surface form of the other training corpora (`gazetteer`): the gold files do not
  annotate places and other names;
- the unfinished last sentence of an excerpt (its facts are usually not annotated).

Nothing here reads a trained model, so the conversion is reproducible from the data alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

ENDINGS = "(?:es|en|er|em|e|s|n)?"
ARTICLES = {"der", "des", "dem", "den", "die", "das"}
SENT_END = re.compile(r"[.!?…\"“”»)]\s*$")
GAZ_MAX_TOKENS = 4


@dataclass(frozen=True)
class Article:
    name: str  # file stem, e.g. "h002-oberhessen-live-de"
    source: str  # folder name, e.g. "corpus-train"
    text: str
    gold: dict


def load_articles(folder: Path) -> list[Article]:
    """All `NAME.txt` with a `NAME.gold.json` beside them, sorted by name."""
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        if txt.is_file():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            out.append(Article(txt.stem, folder.name, txt.read_text(encoding="utf-8"), gold))
    return out


def _names(item: dict) -> list[str]:
    return [n for n in [item.get("name"), *(item.get("aliases") or [])] if isinstance(n, str) and n.strip()]


def candidates(gold: dict) -> list[tuple[str, str]]:
    """(surface string, label) pairs; label is PER, ORG, MISC or "-" (locate, then mark missing)."""
    out: list[tuple[str, str]] = []
    for person in gold.get("persons") or []:
        names = _names(person)
        full = person.get("name") or ""
        if len(full.split()) > 1:
            names.append(full.split()[-1])
        out += [(n, "PER") for n in names if n[:1].isupper()]
    for org in gold.get("organizations") or []:
        out += [(n, "ORG") for n in _names(org)]
    for project in gold.get("projects") or []:
        out += [(n, "MISC") for n in _names(project) if n[:1].isupper()]
    for event in gold.get("events") or []:
        out += [(n, "-") for n in _names(event)]
    return [(n.strip(), lab) for n, lab in out if len(n.strip()) >= 2]


def _literal(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")


def _inflected(name: str) -> re.Pattern[str] | None:
    """The name with German case endings allowed on each capitalised word (des Deutschen X-s)."""
    words = name.split()
    if len(words) == 1 and len(name) < 6:
        return None
    parts = []
    for w in words:
        if w.lower() in ARTICLES:
            parts.append("(?:der|des|dem|den|die|das)")
        elif w[:1].isupper() and w.isalpha() and len(w) >= 4:
            stem = re.sub(r"(es|en|er|em|e|s|n)$", "", w)
            parts.append(re.escape(stem) + ENDINGS)
        else:
            parts.append(re.escape(w))
    return re.compile(r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])")


def locate(text: str, gold: dict) -> list[tuple[int, int, str]]:
    """Non-overlapping character spans (start, end, label) of the gold names in the text."""
    # events last: they are only marked missing and must not hide an organization inside them
    # ("Hackathon des Medienhauses Aachen")
    cands = sorted(set(candidates(gold)), key=lambda c: (c[1] == "-", -len(c[0]), c[1] == "MISC", c))
    taken: list[tuple[int, int, str]] = []
    free = [True] * len(text)

    def claim(pattern: re.Pattern[str], label: str) -> bool:
        found = False
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if all(free[s:e]):
                taken.append((s, e, label))
                free[s:e] = [False] * (e - s)
                found = True
        return found

    unfound: list[tuple[str, str]] = []
    for name, label in cands:
        if label != "-" and not claim(_literal(name), label):
            unfound.append((name, label))
    for name, label in unfound:  # nominative gold names: try the inflected forms
        if label == "ORG" and (pat := _inflected(name)) is not None:
            claim(pat, label)
    for name, label in cands:  # events: every occurrence, overlaps allowed (missing, not a label)
        if label == "-":
            taken += [(m.start(), m.end(), label) for m in _literal(name).finditer(text)]
    return sorted(taken)


def _gold_words(gold: dict) -> set[str]:
    words = set()
    for name, _ in candidates(gold):
        for w in re.findall(r"\w[\w.-]*", name):
            if len(w) >= 3 and w[:1].isupper():
                words.add(w)
    return words


def article_doc(nlp: Language, art: Article, gazetteer: set[tuple[str, ...]] | None = None) -> Doc:
    """The article as one Doc with PER/ORG/MISC spans, O where the gold is trusted, missing elsewhere."""
    doc = nlp.make_doc(art.text)
    ents: list[Span] = []
    missing: set[int] = set()
    for s, e, label in locate(art.text, art.gold):
        span = doc.char_span(s, e, label=label if label != "-" else "MISC")
        if span is None or label == "-":
            exp = doc.char_span(s, e, alignment_mode="expand")
            if exp is not None:
                missing.update(range(exp.start, exp.end))
            continue
        ents.append(span)
    covered = {i for sp in ents for i in range(sp.start, sp.end)}
    words = _gold_words(art.gold)
    for tok in doc:
        if tok.i in covered:
            continue
        w = tok.text
        if w[:1].isupper() and (
            w in words or w.rstrip("s") in words or any(p in words for p in w.split("-"))
        ):
            missing.add(tok.i)
    if gazetteer:
        for n in range(GAZ_MAX_TOKENS, 0, -1):
            for i in range(len(doc) - n + 1):
                idx = range(i, i + n)
                if any(j in covered for j in idx):
                    continue
                if tuple(t.text for t in doc[i : i + n]) in gazetteer:
                    missing.update(idx)
    # the unfinished last sentence of an excerpt
    if not SENT_END.search(art.text):
        last = max((m.end() for m in re.finditer(r"[.!?](?=\s)", art.text)), default=0)
        for tok in doc:
            if tok.idx >= last and tok.i not in covered:
                missing.add(tok.i)
    missing -= covered
    ents, bad = clean_spans(doc, ents)
    missing.update(i for sp in bad for i in range(sp.start, sp.end))
    miss_spans = [doc[i : i + 1] for i in sorted(missing)]
    doc.set_ents(ents, missing=miss_spans, default="outside")
    return doc


def _trivial(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.is_space or (tok.is_punct and tok.text not in {"&"}) or not tok.text.strip()


def clean_spans(doc: Doc, spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """(entities, missing): spans trimmed of leading/trailing whitespace and punctuation tokens.
    A span that is only punctuation, or has a whitespace token inside (a line break or a
    non-breaking space inside the name), cannot be learned by the NER transition system: such
    tokens are marked missing instead."""
    ents, missing = [], []
    for span in spans:
        start, end = span.start, span.end
        while start < end and _trivial(doc[start]):
            start += 1
        while end > start and _trivial(doc[end - 1]):
            end -= 1
        inner = doc[start:end]
        if start == end or any(t.is_space or not t.text.strip() for t in inner):
            missing.append(span)
        else:
            ents.append(Span(doc, start, end, label=span.label_))
    return ents, missing


def gazetteer_from(docs: Iterable[Doc], labels: tuple[str, ...] = ("LOC", "MISC")) -> set[tuple[str, ...]]:
    """Token tuples of the LOC/MISC entities of other corpora (capitalised, at most 4 tokens)."""
    gaz = set()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in labels and len(ent) <= GAZ_MAX_TOKENS and ent.text[:1].isupper():
                gaz.add(tuple(t.text for t in ent))
    return gaz
