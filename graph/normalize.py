"""Name keys for entity resolution: persons, organizations (German inflection), acronyms, role labels."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import Stemmer
import yaml

_DETERMINERS = frozenset("der die das des dem den ein eine einer eines einem einen".split())
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORD = re.compile(r"\w+")


def _lines(name: str) -> list[str]:
    text = resources.files("graph").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in _lines("academic_titles.txt"))


@cache
def _legal_form_re() -> re.Pattern[str]:
    return re.compile(r"[\s,]+(?:" + "|".join(_lines("legal_forms.txt")) + r")\s*$")


@cache
def _municipal() -> dict[str, str]:
    pairs = (ln.split("\t") for ln in _lines("municipal_heads.tsv"))
    return {_stem(a): _stem(b) for a, b in pairs}


@cache
def generic_names() -> frozenset[str]:
    """Lowercase one-word names that never merge across articles."""
    return frozenset(_lines("generic_names.txt"))


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    # Stem to a fixpoint: Snowball strips one ending per call, so "Kaiserslauterns" and
    # "Kaiserslautern" only meet after a second pass.
    for _ in range(3):
        nxt = _stemmer().stemWord(word)
        if nxt == word:
            break
        word = nxt
    return word


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return text.encode("ascii", "ignore").decode("ascii")


def clean(text: str) -> str:
    """NFC and collapsed whitespace: the form labels are shown in (keys fold further)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def is_acronym(label: str) -> bool:
    """Short label made mostly of capitals, as in "(DFKI)": a learned abbreviation.

    >>> is_acronym("DFKI"), is_acronym("KL.digital"), is_acronym("Ikone DS")
    (True, False, False)
    """
    letters = [c for c in label if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return 2 <= len(label) <= 12 and upper >= 2 and upper >= 0.6 * len(letters) and " " not in label


def acronym_key(label: str) -> str:
    return "abbr:" + _ascii(label).casefold().translate({ord(c): None for c in " .-&/"})


def org_key(name: str) -> str:
    """Key of an organization name across German case inflection, legal forms and municipal heads.

    >>> org_key("des Deutschen Forschungszentrums für Künstliche Intelligenz")
    'deutsch forschungszentrum fur kunstlich intelligenz'
    >>> org_key("Deutsches Forschungszentrum für künstliche Intelligenz (DFKI)")
    'deutsch forschungszentrum fur kunstlich intelligenz'
    >>> org_key("Stadt Kaiserslautern") == org_key("der Stadtverwaltung Kaiserslautern")
    True
    """
    name = clean(name)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # trailing "(DFKI)" is an alias, not the name
    if is_acronym(name):
        return acronym_key(name)
    name = _legal_form_re().sub("", name)
    words = [w for w in _WORD.findall(name.casefold()) if w not in _DETERMINERS]
    municipal = _municipal()
    stems = [municipal.get(s, s) for s in (_stem(w) for w in words)]
    return _ascii(" ".join(stems))


def plain_key(name: str) -> str:
    """Key of a project, event or place name: case, spacing, punctuation and umlaut spelling folded.

    >>> plain_key("Ikone DS") == plain_key("IKONE-DS")
    True
    """
    return plain_words(name).replace(" ", "")


def plain_words(name: str) -> str:
    """`plain_key` with the words still apart (for readable IRIs)."""
    words = [w for w in _WORD.findall(clean(name).casefold()) if w not in _DETERMINERS]
    return _ascii(" ".join(words))


@dataclass(frozen=True)
class PersonName:
    """A person name split for matching: given names (initials as one letter) and the surname."""

    given: tuple[str, ...]
    surname: str

    @property
    def key(self) -> str:
        return " ".join((*self.given, self.surname))

    @property
    def full(self) -> bool:
        """A first name written out plus a surname: the minimum for merging across articles."""
        return bool(self.given) and len(self.given[0]) > 1

    def compatible(self, other: PersonName) -> bool:
        """Same first name and surname; middle names equal, one side's an initial, or omitted."""
        if not (self.full and other.full and self.surname == other.surname):
            return False
        if self.given[0] != other.given[0]:
            return False
        a, b = self.given[1:], other.given[1:]
        if not a or not b:
            return True
        if len(a) != len(b):
            return False
        return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b, strict=True))


def person_name(name: str) -> PersonName:
    """Split a name: academic titles dropped, hyphenated given names split, hyphenated surname joined.

    >>> person_name("Prof. Dr. Hans-Peter Müller-Lüdenscheidt")
    PersonName(given=('hans', 'peter'), surname='muellerluedenscheidt')
    >>> person_name("Jan O. Berndt").key
    'jan o berndt'
    """
    titles = _titles()
    tokens = [t for t in clean(name).split() if t.casefold() not in titles]
    # Glued forms like "Dr.Müller" or "Dr.-Ing." leftovers
    tokens = [t for t in tokens if not (t.endswith(".") and len(t) > 2 and t.casefold() in titles)]
    if not tokens:
        return PersonName((), "")
    *given_raw, surname_raw = tokens
    surname = _ascii(surname_raw.casefold()).replace("-", "")
    surname = re.sub(r"[^a-z0-9]", "", surname)
    given: list[str] = []
    for tok in given_raw:
        for part in tok.split("-"):
            part = re.sub(r"[^a-z0-9]", "", _ascii(part.casefold()))
            if part:
                given.append(part)
    return PersonName(tuple(given), surname)


@cache
@cache
def _extraction_role_forms() -> dict[str, str]:
    """role key -> first listed form, read as data from nlp/lexicons/roles.yaml (no spaCy import)."""
    path = Path(__file__).resolve().parents[1] / "nlp" / "lexicons" / "roles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(item["key"]): str(item["forms"][0]) for item in data.get("roles", [])}


def role_lexicon() -> dict[str, tuple[str, str, str]]:
    """role key -> (neutral label, masculine form, feminine form), from graph/data/roles.tsv."""
    rows = (ln.split("\t") for ln in _lines("roles.tsv"))
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


_ADJ_MASC = (
    "licher",
    "ender",
    "ener",
    "iger",
    "ierter",
    "neter",
    "ordneter",
    "stellter",
    "ischer",
    "tragter",
)


def gender_forms(title: str) -> tuple[str, str]:
    """(masculine, feminine) form of a printed German job title, by suffix rules.

    >>> gender_forms("Leiterin"), gender_forms("Referent"), gender_forms("Vorsitzende")
    (('Leiter', 'Leiterin'), ('Referent', 'Referentin'), ('Vorsitzender', 'Vorsitzende'))
    """
    *head, last = clean(title).split(" ") or [""]
    pre = " ".join(head) + (" " if head else "")
    if last.endswith(("ende", "te", "che", "ige", "ene")):  # nominalized adjective, feminine
        return pre + last + "r", pre + last
    if last.endswith(_ADJ_MASC):
        return pre + last, pre + last[:-1]
    if last.endswith("in") and len(last) > 5 and not last.endswith("ein"):
        masc = last[:-2] + ("e" if last.endswith(("login", "gogin")) else "")
        return pre + masc, pre + last
    if last.endswith("e"):
        return pre + last, pre + last[:-1] + "in"
    return pre + last, pre + last + "in"


def role_concept(role: str, role_key: str) -> tuple[str, str, tuple[str, str]]:
    """(key, German prefLabel, (masculine, feminine)) of the skos:Concept for a printed role."""
    lex = role_lexicon()
    printed = clean(role)
    if not role_key:
        for key, (_, masc, fem) in lex.items():
            if printed.casefold() in (masc.casefold(), fem.casefold()):
                role_key = key
                break
    key = re.sub(r"[^a-z0-9_]+", "_", _ascii((role_key or gender_forms(printed)[0]).casefold())).strip("_")
    if key in lex:
        neutral, masc, fem = lex[key]
        return key, neutral, (masc, fem)
    # One label per concept whatever the printed form ("CDO" / "Chief Digital Officer", "Präsidenten"):
    # the first form the extraction lexicon lists for the key, else the printed title.
    masc, fem = gender_forms(_extraction_role_forms().get(key, printed))
    if masc == fem:
        return key, masc, (masc, fem)
    short = f"{masc}/{fem[len(masc) :]}" if fem.startswith(masc) else f"{masc}/{fem}"  # "Leiter/in"
    return key, short, (masc, fem)
