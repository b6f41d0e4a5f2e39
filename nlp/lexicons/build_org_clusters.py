"""Compile nlp/lexicons/org_clusters.txt: the Brown clusters whose words name organizations.

Source: the NER training documents that ``python -m nlp.training.convert`` writes to
``nlp/training/work/train.spacy`` (GermEval 2014, Europarl, Legal-LER, MobIE and SmartData v1 nine
tenths; see ../shared/data/README.md for their licences), and the word clusters of
``word_clusters.tsv.gz``. Every capitalised one-token entity of those documents counts for the cluster
of its word; a cluster is kept when at least ``MIN_NAMES`` such entities fall into it, at least
``MIN_SHARE`` of them are labelled ORG ("Siemens", "Lufthansa", "Telekom"; the clusters of persons,
places and composers are not), and it is a class of names rather than of common nouns: it has at least
``MIN_DENSITY`` entities per capitalised word (the classes of "Agentur", "Amtsgericht" or of genitives
such as "Vereins" hold thousands of common nouns and few names). A capitalised word of a kept cluster
names an organization by its word class, where nothing else in an article says so ("Siemens-Vorstand
X": nlp/relations/roles.py `organization_word`).

Run: ``python -m nlp.lexicons.build_org_clusters`` (after ``make model-data``).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "org_clusters.txt"
TRAIN = HERE.parent / "training" / "work" / "train.spacy"
MIN_NAMES = 50
MIN_SHARE = 0.9
MIN_DENSITY = 0.5


def count(train: Path) -> dict[str, Counter[str]]:
    """Cluster bits -> label counts of the capitalised one-token entities of the training documents."""
    import spacy
    from spacy.tokens import DocBin

    from nlp.wordclusters import cluster

    vocab = spacy.blank("de").vocab
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in DocBin().from_disk(train).get_docs(vocab):
        for ent in doc.ents:
            if len(ent) == 1 and ent.text[:1].isupper():
                bits = cluster(ent.text)
                if bits is not None:
                    out[bits][ent.label_] += 1
    return out


def capitalised_words() -> Counter[str]:
    """Cluster bits -> how many capitalised words of the cluster table fall into it."""
    from nlp.wordclusters import _table

    return Counter(bits for word, bits in _table().items() if word[:1].isupper())


def build(train: Path = TRAIN, out: Path = OUT) -> int:
    counts, words = count(train), capitalised_words()
    kept = sorted(
        (bits, c["ORG"], sum(c.values()), words[bits])
        for bits, c in counts.items()
        if sum(c.values()) >= MIN_NAMES
        and c["ORG"] / sum(c.values()) >= MIN_SHARE
        and sum(c.values()) >= MIN_DENSITY * words[bits]
    )
    lines = [
        "# Brown clusters (word_clusters.tsv.gz) whose capitalised one-token entities in the NER training",
        f"# documents are ORG in at least {MIN_SHARE:.0%} of at least {MIN_NAMES} cases, with at least",
        f"# {MIN_DENSITY} such entities per capitalised word of the cluster; built by",
        "# nlp/lexicons/build_org_clusters.py from nlp/training/work/train.spacy. Columns: cluster bits,",
        "# ORG entities, all entities, capitalised words of the cluster.",
        *(f"{bits}\t{org}\t{total}\t{n}" for bits, org, total, n in kept),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    print(f"{build(args.train, args.out)} clusters -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
