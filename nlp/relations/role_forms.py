"""Base form of printed role titles: nominative singular, gendered form kept.

Press text prints titles inflected and in the plural ("des Ärztlichen Direktors", "die beiden
Chefärzte", "der kommissarischen Leiterin"); a role fact names the title in its base form
("Ärztlicher Direktor", "Chefarzt", "kommissarische Leiterin"). Noun forms come from
nlp/lexicons/role_nouns.tsv (built by nlp/lexicons/build_roles.py from the German Wiktionary via the
german-nouns package); a compound inflects like its last part ("Kreisbrandinspektoren" ->
"Kreisbrandinspektor"). Nominalised adjectives (Vorsitzende/Vorsitzender, the ``adjectival`` roles of
the role lexicons) take their gender from the article, the ending or a gender hint for the person.

>>> base_form("des Ärztlichen Direktors")
'Ärztlicher Direktor'
>>> base_form("den stellvertretenden Bürgermeister")
'stellvertretender Bürgermeister'
>>> base_form("die beiden Chefärzte")
'Chefarzt'
>>> base_form("der Geschäftsführerinnen")
'Geschäftsführerin'
>>> base_form("der kommissarischen Leiterin")
'kommissarische Leiterin'
>>> base_form("den Vorsitzenden"), base_form("die Vorsitzende"), base_form("Vorsitzenden", gender="f")
('Vorsitzender', 'Vorsitzende', 'Vorsitzende')
>>> base_form("die Landesvorsitzende", gender="m"), base_form("Vorsitzender", gender="f")
('Landesvorsitzende', 'Vorsitzender')
>>> base_form("die Geschäftsführer", gender="f")
'Geschäftsführerin'
>>> base_form("Leiterin des Ordnungsamts")
'Leiterin des Ordnungsamts'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Token

from nlp.names import PLAIN_VOWELS
from nlp.relations.base import ARTICLES
from nlp.relations.lexicon import adjectival_stems, inclusive_spelled, read_lines, role_hit

# Words before a title that are no part of it: articles, numerals, possessives.
DETERMINERS = frozenset(
    """der die das des dem den ein eine einer eines einem einen beiden beide zwei drei vier fünf sechs
    sieben acht neun zehn alle dessen deren sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem
    unser unsere unserer unseren unserem""".split()
)
_PLURAL_DETERMINERS = frozenset("beiden beide zwei drei vier fünf sechs sieben acht neun zehn alle".split())
_ADJ_ENDINGS = ("em", "en", "er", "es", "e")
# Stems of adjectives before a title ("stellvertretend", "ärztlich", "kommissarisch", "erst").
_ADJ_STEM = re.compile(
    r"(isch|lich|ig|al|ell|iv|ar|är|bar|sam|haft|end|iert|ert|ent|ant|neu|erst|zweit|dritt|viert|fünft"
    r"|kommissarisch|designiert|amtierend|geschäftsführend)$",
    re.IGNORECASE,
)
_STRONG = {"m": "er", "f": "e"}


@dataclass(frozen=True)
class NounForm:
    """A role noun as printed: its nominative singular, genus ('m', 'f'; None if open) and number
    ('sg', 'pl', or None when the form is either)."""

    base: str
    genus: str | None
    number: str | None
    adjectival: bool = False


@cache
def _table() -> tuple[dict[str, tuple[str, str, str | None]], dict[str, str]]:
    """form (lower case) -> (lemma, genus, number); lemma -> gender partner."""
    forms: dict[str, tuple[str, str, str | None]] = {}
    partner: dict[str, str] = {}
    for line in read_lines("role_nouns.tsv"):
        lemma, genus, singular, plural, other = (line.split("\t") + [""] * 5)[:5]
        if other:
            partner[lemma] = other
        sg = {lemma, *filter(None, singular.split(","))}
        pl = set(filter(None, plural.split(",")))
        for form in sg | pl:
            number = "sg" if form not in pl else "pl" if form not in sg else None
            key = form.lower()
            old = forms.get(key)
            if old is not None and old[0] != lemma:
                continue  # the first lemma wins
            if old is not None and old[2] != number:
                number = None
            forms[key] = (lemma, genus, number)
    return forms, partner


def _lookup(word: str) -> NounForm | None:
    forms, _ = _table()
    found = forms.get(word.lower())
    if found is None:
        return None
    lemma, genus, number = found
    return NounForm(lemma, genus, number)


def _adjectival(word: str) -> NounForm | None:
    """'Vorsitzenden', 'Landesbeauftragter': the stem of an adjectival role and its ending."""
    low = word.lower()
    for stem in adjectival_stems():
        for ending in _ADJ_ENDINGS:
            if low.endswith(stem + ending):
                cut = len(word) - len(ending)
                genus = "m" if ending == "er" else None
                number = "sg" if ending in ("er", "em", "es") else None
                return NounForm(word[:cut], genus, number, adjectival=True)
    return None


@lru_cache(maxsize=1 << 14)
def noun_form(word: str) -> NounForm | None:
    """The role noun a printed word is, with its nominative singular (for adjectival nouns: the
    stem, the ending follows the gender), or None if the word is no known role noun.

    >>> noun_form("Kreisbrandinspektoren")
    NounForm(base='Kreisbrandinspektor', genus='m', number='pl', adjectival=False)
    >>> noun_form("IHK-Präsidentin").base
    'IHK-Präsidentin'
    """
    if not word[:1].isupper():
        return None
    spelled = inclusive_spelled(word)
    if spelled is not None:  # "Sprecher*in", "Referent:innen": both genders, the number of the ending
        feminine = noun_form(spelled)
        if feminine is None:
            return None
        return NounForm(partner(feminine.base) or feminine.base, None, feminine.number)
    adjectival = _adjectival(word)
    if adjectival is not None:
        return adjectival
    found = _lookup(word)
    if found is not None:  # the printed initial, unless the plural's umlaut took it ("Ärzte" -> "Arzt")
        initial = word[0] if word[0].lower() == found.base[0].lower() else found.base[0]
        return NounForm(initial + found.base[1:], found.genus, found.number)
    for i in range(1, len(word) - 2):  # the longest known last part of a compound
        part = _lookup(word[i:])
        if part is not None:
            head = part.base if word[i - 1] == "-" else part.base[0].lower() + part.base[1:]
            return NounForm(word[:i] + head, part.genus, part.number)
    return None


def partner(lemma: str) -> str | None:
    """The other gender's form of a role noun ('Geschäftsführer' -> 'Geschäftsführerin')."""
    _, partners = _table()
    if lemma in partners:
        return partners[lemma]
    for i in range(1, len(lemma) - 2):
        part = lemma[i:]
        other = partners.get(part[0].upper() + part[1:]) if lemma[i - 1] != "-" else partners.get(part)
        if other is not None:
            return lemma[:i] + (other if lemma[i - 1] == "-" else other[0].lower() + other[1:])
    return masculine_of_umlauted(lemma)


def masculine_of_umlauted(word: str) -> str | None:
    """'Vorständin' -> 'Vorstand', 'Rätin' -> 'Rat', 'Köchin' -> 'Koch': a feminine in "-in" whose stem
    took an umlaut; the masculine is the stem with its last umlaut undone, when that is a role word."""
    if not word.endswith("in") or len(word) < 6:
        return None
    stem = word[:-2]
    k = max(stem.rfind(v) for v in PLAIN_VOWELS)
    if k < 0:
        return None
    plain = stem[:k] + PLAIN_VOWELS[stem[k]] + stem[k + 1 :]
    return plain if role_hit(plain) is not None else None


def is_adjective(word: str) -> bool:
    """An inflected adjective that may stand before a title ('stellvertretenden', 'Ärztlicher')."""
    if not word.isalpha():
        return False
    for ending in _ADJ_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if word[:1].islower() or _ADJ_STEM.search(stem):
                return True
    return False


def strong_adjective(word: str, genus: str) -> str:
    """Strong nominative singular of an adjective: masculine -er, feminine -e."""
    for ending in _ADJ_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + _STRONG[genus]
    return word


def _adjectival_genus(ending: str, det: str | None) -> tuple[str | None, str | None]:
    """(genus, number) of a nominalised adjective from its ending and the determiner before it."""
    if ending == "er":
        return ("f", "sg") if det in ("der", "einer") else ("m", "sg")
    if det in _PLURAL_DETERMINERS:
        return None, "pl"
    if ending == "e":
        if det in ("der", "ein"):
            return "m", "sg"
        return "f", "sg"  # "die Vorsitzende", strong "Vorsitzende X"
    if ending == "en":
        if det == "den":
            return "m", None  # accusative singular or dative plural ("mit den Beigeordneten A und B")
        if det in ("dem", "des", "einen", "einem", "eines"):
            return "m", "sg"
        if det in ("der", "einer"):
            return "f", "sg"
        if det == "die":
            return None, "pl"
    return None, None


def analyse(title: str) -> tuple[str | None, list[str], int | None, NounForm | None]:
    """(determiner, words, index of the head noun, its form) of a printed title."""
    words = title.split()
    det = None
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        det = words[0].lower()
        words = words[1:]
    for i, word in enumerate(words):
        found = noun_form(word.strip(",.()"))
        if found is not None:
            return det, words, i, found
        if word.lower() in ("für", "des", "der", "im", "von", "vom", "am", "bei", "beim", ","):
            break
    return det, words, None, None


def title_number(title: str) -> str | None:
    """'pl' if a printed title (with its determiner) is plural, 'sg' if singular, None if open.

    >>> title_number("die Chefärzte"), title_number("Leiterin"), title_number("Leiter")
    ('pl', 'sg', None)
    >>> title_number("die Leiter"), title_number("den Beigeordneten"), title_number("die Vorsitzende")
    ('pl', None, 'sg')
    >>> title_number("neue Prokuristen"), title_number("neuer Prokurist")
    ('pl', 'sg')
    """
    det, words, i, found = analyse(title)
    if found is None or i is None:
        return None
    if found.adjectival:
        ending = words[i].strip(",.()")[len(found.base) :]
        return _adjectival_genus(ending, det)[1]
    if found.number is None and (det in _PLURAL_DETERMINERS or det == "die" and found.genus == "m"):
        return "pl"
    if found.number is None and det is None and found.genus == "m" and i > 0 and _plain_e(words[i - 1]):
        return "pl"  # "neue Prokuristen": a strong adjective in -e before a masculine noun is plural
    return found.number


def _plain_e(word: str) -> bool:
    """An attributive adjective in plain -e ("neue", "beide"): strong nominative/accusative plural
    before a masculine noun, whose singular forms take -er, -en or -em."""
    return word[:1].islower() and word.isalpha() and word.endswith("e") and len(word) > 3


def base_form(title: str, gender: str | None = None) -> str:
    """Nominative singular of a printed title: determiners dropped, the head noun and the adjectives
    before it put in the base form (gendered form kept); words after the head stay as printed.
    `gender` ('m' or 'f'), when known, is the person's: it decides nominalised adjectives and the
    form of a masculine plural ('die Geschäftsführer' of a woman -> 'Geschäftsführerin')."""
    det, words, i, found = analyse(title)
    if found is None or i is None:
        return " ".join(words)
    head = words[i]
    trail = head[len(head.rstrip(",.()")) :]
    head = head[: len(head) - len(trail)] if trail else head
    if found.adjectival:
        ending = head[len(found.base) :]
        genus, _ = _adjectival_genus(ending, det)
        # an article with "-e", or "-er" with none, shows the gender ("die Vorsitzende", "Vorsitzender"):
        # that beats a gender read elsewhere (a given name of either gender); "-en" shows none
        shown = (ending == "e" and det is not None) or (ending == "er" and det in (None, "ein"))
        genus = (genus if shown else None) or gender or genus or "m"
        base = found.base + _STRONG[genus]
    else:
        base, genus = found.base, found.genus or "m"
        plural = found.number == "pl" or title_number(title) == "pl"
        both = found.genus is None  # a gender-inclusive form ("Sprecher*in") names either
        if gender and gender != genus and (plural or both) and genus == "m":
            other = partner(base)
            if other is not None:
                base, genus = other, gender
    mods = [strong_adjective(w, genus) if is_adjective(w) else w for w in words[:i]]
    return " ".join([*mods, base + trail, *words[i + 1 :]])


def role_word_gender(word: str) -> str | None:
    """The gender a printed role word shows ('Leiterin' -> 'f', 'Vorsitzender' -> 'm'), else None."""
    found = noun_form(word)
    if found is None:
        return "f" if masculine_of_umlauted(word) is not None else None  # "Vorständin"
    if found.adjectival:
        return found.genus
    if found.number == "sg" or found.number is None and found.genus == "f":
        return found.genus
    return None


CONTRACTED = frozenset({"vom", "beim", "zum", "zur", "im", "am"})  # a preposition and its article


def adjective_like(tok: Token) -> bool:
    """A lower-case word with an adjective's ending, whatever its tag ("digitalpolitischer", which a
    tagger may read as a pronoun)."""
    return tok.is_lower and tok.is_alpha and tok.lower_.endswith(("e", "en", "er", "es", "em"))


def gendered_person_noun(word: str) -> bool:
    """A noun for a person with a gendered partner form ("Juristin", "Verwaltungsjurist", "Leiter") or
    an adjectival one ("Vorsitzende"); not "Vorstand", which may be the board itself."""
    form = noun_form(word)
    if word.endswith(_MAN_WOMAN) and len(word) > _MIN_MAN_COMPOUND:
        return True  # "Bankkaufmann"/"Bankkauffrau", "Feuerwehrmann": the pair is a compound's last part
    return word.endswith("in") or form is not None and (form.adjectival or partner(form.base) is not None)


_MAN_WOMAN = ("mann", "frau")
_MIN_MAN_COMPOUND = 6  # "Kaufmann", "Fachfrau"; not "Mann", "Frau" alone

_AGED = re.compile(r"^\d+-jährige[nmrs]?$")


def modifies(tok: Token) -> bool:
    """An attributive adjective, an age in digits among them ("46-jährige")."""
    return attributive(tok) or bool(_AGED.match(tok.lower_))


def attributive(tok: Token) -> bool:
    """An inflected adjective before a noun ("deutsche", "langjährigen", "rheinland-pfälzische"):
    tagged ADJA, or without tags a lower-case word with an adjective ending."""
    word = tok.text.replace("-", "")
    if not (tok.is_lower and word.isalpha()) or tok.lower_ in ARTICLES | DETERMINERS | CONTRACTED:
        return False
    return tok.tag_ == "ADJA" if tok.tag_ else adjective_like(tok)
