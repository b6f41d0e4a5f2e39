"""Compile nlp/lexicons/strong_verbs.tsv: finite forms of German strong and irregular verbs -> infinitive.

Source: ``de_lemma_lookup.json.gz`` of the ``spacy-lookups-data`` package (MIT licence). Kept: lower-case
forms of verbs without a separable particle (the particle is re-attached from the clause,
nlp/components/separable_verbs.py) that do not begin with their infinitive's stem, i.e. the ablaut
and irregular forms ("hielten" -> "halten", "saßen" -> "sitzen", "verwiesen" -> "verweisen"); no
participles ("ge-") and no "zu" infinitives. The trained lemmatizer's edit trees miss many of them, the
plural past above all ("saßen" stays "saßen", "traten" becomes "traen"). Written as
``form<TAB>infinitive`` lines, sorted.

Run: ``python -m nlp.lexicons.build_strong_verbs`` (needs ``pip install spacy-lookups-data``, a
build-time dependency only).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from nlp.components.separable_verbs import SEPARABLE_PARTICLES

HERE = Path(__file__).parent
OUT = HERE / "strong_verbs.tsv"
# separable particles, and adverbs that open particle verbs too ("hierherschaffen", "zurechtlegen")
PARTICLES = (
    *SEPARABLE_PARTICLES,
    *"da voran voraus vorüber zurecht empor entgegen gegenüber hoch kennen statt wieder".split(),
    *"wider darin dran drauf dahin davon durch um".split(),
)


def strong_forms(lookup: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for form, lemma in lookup.items():
        if not (form.islower() and lemma.islower() and form.isalpha() and lemma.isalpha()):
            continue
        if form == lemma or not lemma.endswith(("en", "ern", "eln")) or lemma.startswith(PARTICLES):
            continue
        if form.startswith("ge") and not lemma.startswith("ge") or "zu" in form and "zu" not in lemma:
            continue  # participles, "zu" infinitives
        if form.startswith((lemma[:-2], lemma[:-3])):
            continue  # the regular forms, which the edit trees get
        out[form] = lemma
    return out


def build(out: Path = OUT) -> int:
    import spacy_lookups_data  # build-time only

    data = Path(spacy_lookups_data.__file__).parent / "data"
    forms = strong_forms(json.load(gzip.open(data / "de_lemma_lookup.json.gz")))
    header = "# form<TAB>infinitive of strong verbs; spacy-lookups-data (MIT), build_strong_verbs.py\n"
    lines = "".join(f"{f}\t{lemma}\n" for f, lemma in sorted(forms.items()))
    out.write_text(header + lines, encoding="utf-8")
    return len(forms)


if __name__ == "__main__":
    print(f"{build()} forms -> {OUT}")
