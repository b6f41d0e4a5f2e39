"""Convert the NER corpora in ../shared/data to spaCy DocBins with one PER/ORG/LOC/MISC label set.

Splits (fixed; see nlp/models/README.md): the held-out sets below are never trained on.

    held-out: GermEval dev.tsv, MobIE test, Europarl test, Legal-LER bverfg (Federal Constitutional Court)
    dev (model selection): MobIE dev, Europarl dev, 1/10 of GermEval test (a fixed slice)
    train: the rest of GermEval test, MobIE train, Europarl train, Legal-LER (other courts, sampled),
           SmartData dev (news articles with character offsets)

Usage: python -m nlp.training.convert SHARED_DATA_DIR OUT_DIR
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
import yaml
from spacy.tokens import Doc, DocBin
from spacy.training import iob_to_biluo, tags_to_entities

LABELS = yaml.safe_load((Path(__file__).with_name("labels.yaml")).read_text(encoding="utf-8"))
NO_SPACE_BEFORE = set(".,;:!?)]}%»“'")
NO_SPACE_AFTER = set("([{„«")
Sentence = tuple[list[str], list[str]]  # words, BIO tags already mapped to PER/ORG/LOC/MISC
LEGAL_HELD_OUT = "bverfg"
SEED = 13
# Sampling weights: press-like text (GermEval, SmartData) is upsampled, court decisions capped.
WEIGHTS = {"germeval": 3, "smartdata": 3, "legal_max": 3000}


def _map_tag(tag: str, mapping: dict[str, str]) -> str:
    if tag in ("O", "") or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = mapping.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def _iob1_to_bio(tags: list[str]) -> list[str]:
    out: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1] == "O" or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def _fix_bio(tags: list[str]) -> list[str]:
    """Repair I- tags that follow O or another label (after mapping some labels to O)."""
    return _iob1_to_bio(tags)


def read_columns(
    path: Path, token_col: int, tag_col: int, mapping: dict[str, str], iob1: bool = False
) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-") or line.startswith("#"):
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        if not line.strip():
            if words:
                raw = _iob1_to_bio(tags) if iob1 else tags
                yield words, _fix_bio([_map_tag(t, mapping) for t in raw])
            words, tags = [], []
            continue
        words.append(cols[token_col])
        tags.append(cols[tag_col] if len(cols) > tag_col else "O")
    if words:
        raw = _iob1_to_bio(tags) if iob1 else tags
        yield words, _fix_bio([_map_tag(t, mapping) for t in raw])


def _spaces(words: list[str]) -> list[bool]:
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        spaces.append(bool(nxt) and nxt[:1] not in NO_SPACE_BEFORE and word[-1:] not in NO_SPACE_AFTER)
    return spaces


def sentences_to_docs(nlp: spacy.Language, sents: Iterable[Sentence], per_doc: int = 8) -> Iterator[Doc]:
    """Group sentences into small docs (sentence-level mixing happens before, by shuffling)."""
    batch: list[Sentence] = []
    for sent in sents:
        batch.append(sent)
        if len(batch) == per_doc:
            yield _make_doc(nlp, batch)
            batch = []
    if batch:
        yield _make_doc(nlp, batch)


def _make_doc(nlp: spacy.Language, batch: list[Sentence]) -> Doc:
    words: list[str] = []
    tags: list[str] = []
    sent_starts: list[bool | int | None] = []
    for w, t in batch:
        words.extend(w)
        tags.extend(t)
        sent_starts.extend([True] + [False] * (len(w) - 1))
    doc = Doc(nlp.vocab, words=words, spaces=_spaces(words), sent_starts=sent_starts)
    biluo = iob_to_biluo(tags)
    # Lower-case "entities" (Europarl tags adjectives such as "britischen" as MISC; GermEval calls
    # them LOCderiv, mapped to O) are dropped so the corpora agree.
    doc.ents = _ents(doc, tags_to_entities(biluo))
    return doc


def _ents(doc: Doc, triples: Iterable[tuple[str, int, int]]) -> list:
    ents = []
    for label, start, end in triples:
        span = doc.char_span(doc[start].idx, doc[end].idx + len(doc[end]), label=label)
        if span is not None and not span.text[:1].islower():
            ents.append(span)
    return ents


def read_smartdata(nlp: spacy.Language, path: Path) -> Iterator[Doc]:
    raw = gzip.open(path, "rt", encoding="utf-8").read()
    decoder = json.JSONDecoder()
    i = 0
    while i < len(raw):
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw):
            break
        obj, i = decoder.raw_decode(raw, i)
        text = obj["text"]["string"]
        doc = nlp.make_doc(text)
        spans = []
        for m in obj["conceptMentions"]["array"]:
            label = LABELS["smartdata"].get(m["type"])
            if label:
                span = doc.char_span(
                    m["span"]["start"], m["span"]["end"], label=label, alignment_mode="expand"
                )
                if span is not None:
                    spans.append(span)
        doc.ents = spacy.util.filter_spans(spans)
        yield doc


def build(data: Path, out: Path) -> dict[str, int]:
    nlp = spacy.blank("de")
    rng = random.Random(SEED)
    ner = data / "ner"
    ge = LABELS["germeval2014"]
    germeval_test = list(read_columns(ner / "germeval2014/test.tsv", 1, 2, ge))
    rng.shuffle(germeval_test)
    cut = len(germeval_test) // 10
    legal_train: list[Sentence] = []
    for court in sorted((ner / "legal-ler").glob("*.conll")):
        if court.stem == LEGAL_HELD_OUT:
            continue
        sents = list(read_columns(court, 0, 1, LABELS["legal-ler"]))
        with_ents = [s for s in sents if any(t != "O" for t in s[1])]
        without = [s for s in sents if all(t == "O" for t in s[1])]
        legal_train += with_ents + rng.sample(without, min(len(without), len(with_ents) // 3))
    legal_train = rng.sample(legal_train, min(len(legal_train), WEIGHTS["legal_max"]))
    mob, eu = LABELS["mobie"], LABELS["europarl"]
    train = (
        germeval_test[cut:] * WEIGHTS["germeval"]  # upsample news-like text
        + list(read_columns(ner / "mobie/train.conll2003", 0, 3, mob))
        + list(read_columns(ner / "europarl/train.tsv", 0, 4, eu, iob1=True))
        + legal_train
    )
    dev = (
        germeval_test[:cut]
        + list(read_columns(ner / "mobie/dev.conll2003", 0, 3, mob))
        + list(read_columns(ner / "europarl/dev.tsv", 0, 4, eu, iob1=True))
    )
    rng.shuffle(train)
    heldout = {
        "germeval-dev": list(read_columns(ner / "germeval2014/dev.tsv", 1, 2, ge)),
        "mobie-test": list(read_columns(ner / "mobie/test.conll2003", 0, 3, mob)),
        "europarl-test": list(read_columns(ner / "europarl/test.tsv", 0, 4, eu, iob1=True)),
        f"legal-{LEGAL_HELD_OUT}": list(
            read_columns(ner / f"legal-ler/{LEGAL_HELD_OUT}.conll", 0, 1, LABELS["legal-ler"])
        ),
    }
    out.mkdir(parents=True, exist_ok=True)
    train_docs = list(sentences_to_docs(nlp, train))
    train_docs += list(read_smartdata(nlp, data / "smartdata/dev.json.gz")) * WEIGHTS["smartdata"]
    rng.shuffle(train_docs)
    DocBin(docs=train_docs).to_disk(out / "train.spacy")
    DocBin(docs=sentences_to_docs(nlp, dev)).to_disk(out / "dev.spacy")
    counts = {"train_docs": len(train_docs), "train_sents": len(train), "dev_sents": len(dev)}
    for name, sents in heldout.items():
        DocBin(docs=sentences_to_docs(nlp, sents, per_doc=1)).to_disk(out / f"heldout-{name}.spacy")
        counts[name] = len(sents)
    raw_text = [" ".join(w) for w, _ in train]
    (out / "raw.jsonl").write_text(
        "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in raw_text), encoding="utf-8"
    )
    return counts


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m nlp.training.convert SHARED_DATA_DIR OUT_DIR", file=sys.stderr)
        return 2
    data = Path(argv[0])
    if not (data / "ner").is_dir():
        print(f"error: {data} has no ner/ folder; pass ../shared/data", file=sys.stderr)
        return 2
    for key, value in build(data, Path(argv[1])).items():
        print(f"{key}\t{value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
