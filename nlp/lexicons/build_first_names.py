"""Compile nlp/lexicons/first_names.txt (and the ambiguous-name list) from gender-guesser's nam_dict.txt.

Source: ``nam_dict.txt`` by Jörg Michael (2007-2008), shipped inside the ``gender-guesser`` package,
licensed under the GNU Free Documentation License 1.2 or later; the compiled list is a derived work
under the same licence. All first names of the dictionary are kept (press text names people of every
origin), with accent-free variants of foreign names ("Istvan"); the ``+``-expanded umlaut duplicates
and the "equivalent name" lines are skipped.

Ambiguous names (a first name that is also a common German word, e.g. "Mark", "Rose", "Will") are
written to ``first_names_ambiguous.txt``: a capitalised token that occurs at least ``MIN_OTHER``
times outside person names and more often outside than inside person names in the *training* splits
of the NER corpora in ``../shared/data/ner`` (GermEval test, MobIE train, Europarl train; the held-out
splits are not read). Only word counts are derived, no text is copied.

Run: ``python -m nlp.lexicons.build_first_names [--data ../shared/data/ner]``
"""

from __future__ import annotations

import argparse
import collections
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import gender_guesser

HERE = Path(__file__).parent
NAM_DICT = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
MIN_OTHER = 3

HEADER = """# First names, one per line. Compiled by nlp/lexicons/build_first_names.py from nam_dict.txt
# (c) 2007-2008 Joerg Michael, shipped in the gender-guesser package;
# GNU Free Documentation License 1.2 or later.
"""
AMBIG_HEADER = """# First names that are also common German words
# (more frequent outside than inside person names in the training splits of GermEval 2014 test,
# MobIE train, Europarl train, or written in lower case there (also Legal-LER BAG/BFH/BSG) more
# often than as a person name). Built by build_first_names.py.
# A name here starts a person only with more evidence (a title, a role word, another first name).
"""


def read_names(path: Path = NAM_DICT) -> set[str]:
    """All first names of nam_dict.txt (``+`` in a name stands for '-', ' ' or nothing: use '-')."""
    names: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("="):
                continue
            if len(line) > 29 and line[29] == "+":
                continue  # duplicate with expanded umlauts
            name = line[3:29].strip()
            if not name or not name[0].isupper():
                continue
            name = name.replace("+", "-")
            if " " in name:
                continue
            names.add(name)
            folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            if folded and folded != name and not any(c in name for c in "äöüÄÖÜß"):
                names.add(folded)  # "István" is often printed "Istvan"; German umlauts are kept as is
    return names


def iter_tagged(data: Path) -> Iterator[tuple[str, bool, bool]]:
    """Yield (token, is_person, news) from the training splits of the NER corpora."""
    files = [
        (data / "germeval2014" / "test.tsv", 1, 2, True),
        (data / "mobie" / "train.conll2003", 0, 3, True),
        (data / "europarl" / "train.tsv", 0, 4, True),
        (data / "legal-ler" / "bag.conll", 0, 1, False),
        (data / "legal-ler" / "bfh.conll", 0, 1, False),
        (data / "legal-ler" / "bsg.conll", 0, 1, False),
    ]
    for path, tok_col, lab_col, news in files:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t") if "\t" in line else line.split()
                if len(cols) <= lab_col or line.startswith("#") or cols[0] == "-DOCSTART-":
                    continue
                label = cols[lab_col]
                yield cols[tok_col], label.endswith("PER") or label.endswith("person"), news


def ambiguous(names: set[str], data: Path) -> set[str]:
    per: collections.Counter[str] = collections.Counter()
    other: collections.Counter[str] = collections.Counter()
    lower: collections.Counter[str] = collections.Counter()
    for tok, is_per, news in iter_tagged(data):
        if tok in names and (news or is_per):  # legal texts tag few names: capitalised counts from news
            (per if is_per else other)[tok] += 1
        elif tok.islower() and tok.capitalize() in names:
            lower[tok.capitalize()] += 1  # "am", "da", "man": a function word or adjective
    amb = {n for n, c in other.items() if c >= MIN_OTHER and c > per[n]}
    amb |= {n for n, c in lower.items() if c >= MIN_OTHER and c > per[n]}
    return amb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/ner"))
    args = ap.parse_args()
    names = read_names()
    (HERE / "first_names.txt").write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    if args.data.exists():
        amb = ambiguous(names, args.data)
        (HERE / "first_names_ambiguous.txt").write_text(
            AMBIG_HEADER + "\n".join(sorted(amb)) + "\n", encoding="utf-8"
        )
        print(f"{len(names)} first names, {len(amb)} ambiguous")
    else:
        print(f"{len(names)} first names; {args.data} missing, ambiguous list left as is")


if __name__ == "__main__":
    main()
