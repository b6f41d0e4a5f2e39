"""Compile nlp/lexicons/surnames.txt: words that German text uses as surnames, from Brown clusters.

Source: ``de_lexeme_cluster.json.gz`` of the ``spacy-lookups-data`` package (MIT licence): Brown
clusters of 1,000,000 German words computed on a large German corpus. Two clusters hold the words that
stand where surnames stand ("sagte Müller", "Frau Schmidt"): ``0b101000`` (Müller, Schmidt, Koch,
Weber, Kaya, Yilmaz, ...) and ``0b1000`` (names of well-known people: Adenauer, Dürer, ...). Occupational
surnames that are also nouns ("Koch", "Fischer", "Bauer") are in them, because the corpus uses them as
names far more often; nouns that name a field or a body ("Kommission", "Marketing", "Amt") are not.

A role word followed by one capitalised word ("Bürgermeister Koch") is a person only if that word is
listed here (nlp/components/entity_merger.py); "Präsident Kommission" is not.

Kept: capitalised words (not all capitals) of letters, apostrophes and hyphens. Only the word list
is derived; no text is copied.

Run: ``python -m nlp.lexicons.build_surnames`` (needs ``pip install spacy-lookups-data``, a build-time
dependency only).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "surnames.txt"
SURNAME_CLUSTERS = frozenset({0b101000, 0b1000})
WORD = re.compile(r"^[A-ZÄÖÜ][^\W\d_]+(?:['’-][A-ZÄÖÜa-zäöüß][^\W\d_]*)*$")
HEADER = """# Words used as surnames in German text, one per line. Compiled by nlp/lexicons/build_surnames.py
# from the Brown clusters 0b101000 and 0b1000 of de_lexeme_cluster.json.gz (spacy-lookups-data, MIT licence).
# A role word followed by a single word listed here is a person ("Landrat Koch"); see entity_merger.py.
"""


def build(out: Path = OUT) -> int:
    import spacy_lookups_data  # build-time only

    data = Path(spacy_lookups_data.__file__).parent / "data"
    clusters: dict[str, int] = json.load(gzip.open(data / "de_lexeme_cluster.json.gz"))
    kept = sorted(
        w for w, c in clusters.items() if c in SURNAME_CLUSTERS and WORD.match(w) and not w.isupper()
    )
    out.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    return len(kept)


if __name__ == "__main__":
    print(f"{build()} surnames -> {OUT}")
