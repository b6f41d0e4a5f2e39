"""Compile nlp/lexicons/first_name_gender.tsv: the grammatical gender a first name implies (m/f).

Source: ``nam_dict.txt`` by Jörg Michael (2007-2008), shipped inside the ``gender-guesser`` package,
GNU Free Documentation License 1.2 or later; the compiled list is a derived work under the same
licence. Kept: names the dictionary gives as male or female, or mostly so, in Germany or in most
countries (``gender_guesser.detector``: "male"/"mostly_male" -> m, "female"/"mostly_female" -> f);
androgynous and unknown names are left out. Coreference uses it to tie "er"/"sie" and gendered
titles to a person.

Run: ``python -m nlp.lexicons.build_name_gender`` (needs ``pip install gender-guesser``, a
build-time dependency only).
"""

from __future__ import annotations

from pathlib import Path

from nlp.lexicons.build_first_names import NAM_DICT, read_names

HERE = Path(__file__).parent
OUT = HERE / "first_name_gender.tsv"
HEADER = """# First name<TAB>m|f. Compiled by nlp/lexicons/build_name_gender.py from nam_dict.txt
# (c) 2007-2008 Joerg Michael, shipped in the gender-guesser package;
# GNU Free Documentation License 1.2 or later.
"""
GENDER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


def build() -> int:
    import gender_guesser.detector as gd  # build-time only

    detector = gd.Detector(case_sensitive=True)
    rows = []
    for name in sorted(read_names(NAM_DICT)):
        g = GENDER.get(detector.get_gender(name, "germany"))
        if g is None:
            g = GENDER.get(detector.get_gender(name))
        if g is not None:
            rows.append(f"{name}\t{g}")
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(f"{build()} names -> {OUT}")
