"""Convert the NER corpora in ../shared/data to spaCy DocBins with one PER/ORG/LOC/MISC label set.

Splits (fixed; see nlp/models/README.md): the held-out sets below are never trained on.

    held-out: GermEval dev.tsv, MobIE test, Europarl test, Legal-LER bverfg (Federal Constitutional
              Court), SmartData v3 dev (all 228 documents), a fixed tenth of SmartData train-v1
              (seeded shuffle of the document ids), 15 of the 65 ../shared/corpus-train articles
              (seeded shuffle of the file names; listed in nlp/models/README.md)
    dev (monitoring only, the last step's weights are shipped): MobIE dev, Europarl dev, 1/10 of
              GermEval test (a fixed slice)
    train: the rest of GermEval test, MobIE train, Europarl train, Legal-LER (other courts, sampled),
           the rest of SmartData train-v1, the annotated articles of ../shared/corpus, the other 50
           of ../shared/corpus-train and corpus/samples (gold names located in the text, see
           nlp/training/articles.py)

Usage: python -m nlp.training.convert SHARED_DATA_DIR OUT_DIR [--weights germeval=3,smartdata=2,articles=4]
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
from spacy.util import compile_infix_regex

from nlp.training.articles import article_doc, clean_spans, gazetteer_from, load_articles

LABELS = yaml.safe_load((Path(__file__).with_name("labels.yaml")).read_text(encoding="utf-8"))
NO_SPACE_BEFORE = set(".,;:!?)]}%»“'")
NO_SPACE_AFTER = set("([{„«")
Sentence = tuple[list[str], list[str]]  # words, BIO tags already mapped to PER/ORG/LOC/MISC
LEGAL_HELD_OUT = "bverfg"
SEED = 13
# Sampling weights: press-like text (GermEval, SmartData, the annotated articles) is upsampled,
# court decisions capped.
WEIGHTS = {"germeval": 2, "smartdata": 4, "articles": 12, "legal_max": 3000}
SMARTDATA_HELD_OUT_SHARE = 10  # one document in ten of train-v1
ARTICLES_HELD_OUT = 15  # of the 65 corpus-train articles
REPO = Path(__file__).resolve().parents[2]


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


def read_smartdata_json(path: Path) -> Iterator[dict]:
    """SmartData documents: dev is concatenated JSON objects, train-v1 one object per line."""
    raw = gzip.open(path, "rt", encoding="utf-8").read()
    decoder = json.JSONDecoder()
    i = 0
    while i < len(raw):
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw):
            break
        obj, i = decoder.raw_decode(raw, i)
        yield obj


def smartdata_doc(nlp: spacy.Language, obj: dict, train: bool = True) -> Doc:
    """One SmartData document with PER/ORG/LOC spans. Types are upper-case in v3 dev (PERSON,
    ORGANIZATION_COMPANY) and lower-case in train-v1 (person, organization-company); both are
    mapped through labels.yaml `smartdata`. For training, lower-case spans (adjectives such as
    "italienische" as LOCATION) are dropped so the corpora agree (GermEval's LOCderiv is O)."""
    text = obj["text"]["string"]
    doc = nlp.make_doc(text)
    spans = []
    for m in obj["conceptMentions"]["array"]:
        label = LABELS["smartdata"].get(m["type"].upper().replace("-", "_"))
        if label:
            span = doc.char_span(m["span"]["start"], m["span"]["end"], label=label, alignment_mode="expand")
            if span is not None and not (train and span.text[:1].islower()):
                spans.append(span)
    ents, missing = clean_spans(doc, spacy.util.filter_spans(spans))
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def read_smartdata(nlp: spacy.Language, path: Path, train: bool = True) -> Iterator[Doc]:
    for obj in read_smartdata_json(path):
        yield smartdata_doc(nlp, obj, train)


def split_smartdata_v1(path: Path) -> tuple[list[dict], list[dict]]:
    """(train, held-out): a fixed tenth of the train-v1 documents, by a seeded shuffle of their ids."""
    docs = sorted(read_smartdata_json(path), key=lambda o: o["id"])
    order = list(range(len(docs)))
    random.Random(SEED).shuffle(order)
    cut = len(docs) // SMARTDATA_HELD_OUT_SHARE
    held = set(order[:cut])
    return [d for i, d in enumerate(docs) if i not in held], [d for i, d in enumerate(docs) if i in held]


def held_out_articles(corpus_train: Path) -> list[str]:
    """The 15 corpus-train articles no model trains on (seeded shuffle of the sorted file names)."""
    names = sorted(a.name for a in load_articles(corpus_train))
    random.Random(SEED).shuffle(names)
    return sorted(names[:ARTICLES_HELD_OUT])


def article_folders(data: Path) -> list[Path]:
    shared = data.parent
    return [shared / "corpus", shared / "corpus-train", REPO / "corpus" / "samples"]


GLUED_PERIOD = r"(?<=[a-zäöüß“”\"])\.(?=[A-ZÄÖÜ][a-zäöüß])"  # as nlp.pipeline.split_glued_sentences


def blank_de() -> spacy.Language:
    """A blank German pipeline whose tokenizer splits like the product pipeline's."""
    nlp = spacy.blank("de")
    infixes = list(nlp.Defaults.infixes or []) + [GLUED_PERIOD]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    return nlp


def build(data: Path, out: Path, weights: dict[str, int] | None = None) -> dict[str, int]:
    w = {**WEIGHTS, **(weights or {})}
    nlp = blank_de()
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
    legal_train = rng.sample(legal_train, min(len(legal_train), w["legal_max"]))
    mob, eu = LABELS["mobie"], LABELS["europarl"]
    train = (
        germeval_test[cut:] * w["germeval"]  # upsample news-like text
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
    sd_train, sd_held = split_smartdata_v1(data / "smartdata/train-v1.json.gz")
    sd_docs = [smartdata_doc(nlp, o) for o in sd_train]
    train_docs += sd_docs * w["smartdata"]
    # the annotated articles: places and other names are not in their gold, so spans the other
    # corpora call LOC/MISC are marked missing rather than O
    gaz = gazetteer_from(list(sentences_to_docs(nlp, train)) + sd_docs)
    folders = article_folders(data)
    held_names = set(held_out_articles(folders[1]))
    art_train: list[Doc] = []
    art_held: list[Doc] = []
    for folder in folders:
        for art in load_articles(folder):
            held = folder.name == "corpus-train" and art.name in held_names
            (art_held if held else art_train).append(article_doc(nlp, art, gaz))
    train_docs += art_train * w["articles"]
    rng.shuffle(train_docs)
    DocBin(docs=train_docs).to_disk(out / "train.spacy")
    DocBin(docs=sentences_to_docs(nlp, dev)).to_disk(out / "dev.spacy")
    counts = {
        "train_docs": len(train_docs),
        "train_sents": len(train),
        "smartdata_train_docs": len(sd_train),
        "article_train_docs": len(art_train),
        "train_words": sum(len(d) for d in train_docs),
        "dev_sents": len(dev),
    }
    for name, sents in heldout.items():
        DocBin(docs=sentences_to_docs(nlp, sents, per_doc=1)).to_disk(out / f"heldout-{name}.spacy")
        counts[name] = len(sents)
    docsets = {
        "smartdata-dev": list(read_smartdata(nlp, data / "smartdata/dev.json.gz", train=False)),
        "smartdata-v1-tenth": [smartdata_doc(nlp, o, train=False) for o in sd_held],
        "articles-corpus-train-15": art_held,
    }
    for name, docs in docsets.items():
        DocBin(docs=docs).to_disk(out / f"heldout-{name}.spacy")
        counts[name] = len(docs)
    (out / "heldout-articles.txt").write_text("\n".join(sorted(held_names)) + "\n", encoding="utf-8")
    raw_text = [" ".join(w) for w, _ in train]
    (out / "raw.jsonl").write_text(
        "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in raw_text), encoding="utf-8"
    )
    return counts


def main(argv: list[str]) -> int:
    weights: dict[str, int] = {}
    if len(argv) == 4 and argv[2] == "--weights":
        weights = {k: int(v) for k, v in (kv.split("=") for kv in argv[3].split(","))}
        argv = argv[:2]
    if len(argv) != 2:
        print(
            "usage: python -m nlp.training.convert SHARED_DATA_DIR OUT_DIR [--weights k=v,...]",
            file=sys.stderr,
        )
        return 2
    data = Path(argv[0])
    if not (data / "ner").is_dir():
        print(f"error: {data} has no ner/ folder; pass ../shared/data", file=sys.stderr)
        return 2
    for key, value in build(data, Path(argv[1]), weights).items():
        print(f"{key}\t{value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
