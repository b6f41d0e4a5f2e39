"""Loading the relation lexicons (nlp/lexicons/) and recognising role titles in words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"
_ADJ_ENDINGS = ("e", "er", "en", "es", "em")
_MIN_COMPOUND_PREFIX = 3


@dataclass(frozen=True)
class RoleEntry:
    """One role of roles.yaml."""

    key: str
    compound: bool
    implies: tuple[str, ...]
    place_genitive: bool
    political: bool = False
    honorific: bool = False
    party_body: bool = False  # a party in brackets after the name is the body ("Spitzenkandidatin X (SPD)")


@dataclass(frozen=True)
class RoleHit:
    """A word recognised as a role title: the entry, and the compound prefix before the head."""

    entry: RoleEntry
    prefix: str

    @property
    def key(self) -> str:
        prefix = self.prefix.lower().replace("-", "")
        for umlaut, ascii_ in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
            prefix = prefix.replace(umlaut, ascii_)
        return prefix + self.entry.key


def read_lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a lexicon text file."""
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def read_yaml(name: str) -> Any:
    return yaml.safe_load((LEXICON_DIR / name).read_text(encoding="utf-8"))


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(ln.split("\t")[0].lower() for ln in read_lines(name))


@cache
def calendar_words() -> frozenset[str]:
    """Months, weekdays and seasons, lower case ("März", "Montag", "Herbst", "Jahresbeginn"): a time."""
    return word_set("months.txt") | word_set("weekdays.txt") | word_set("seasons.txt")


@cache
def trade_heads() -> tuple[str, ...]:
    """The nouns and compound endings of a company's trade (trade_heads.txt), lower case."""
    return tuple(sorted(word_set("trade_heads.txt")))


# heads tuple id -> (the tuple, word -> verdict): words recur, and each verdict tries every ending
_TRADE_SEEN: dict[int, tuple[tuple[str, ...], dict[str, bool]]] = {}


def trade_word(word: str, heads: tuple[str, ...]) -> bool:
    """A word of a company's trade or kind (nlp/lexicons/trade_heads.txt), also inflected and as a
    compound's end: "Softwarehersteller", "Betreibers", "Dienstleistern", "Konzernes" (remembered per
    word and list of heads; the entry holds the list, so its id names no other)."""
    entry = _TRADE_SEEN.get(id(heads))
    if entry is None or entry[0] is not heads:
        entry = _TRADE_SEEN[id(heads)] = (heads, {})
    seen = entry[1]
    found = seen.get(word)
    if found is None:
        low = word.casefold()
        found = any(form.endswith(heads) and form.rstrip("-") for form in (low, low[:-1], low[:-2]))
        if len(seen) < 1 << 16:
            seen[word] = found
    return found


@cache
def time_hints() -> dict[str, str]:
    pairs = (ln.split("\t") for ln in read_lines("time_hints.txt"))
    return dict(pairs)


def _inflections(form: str, adjectival: bool) -> set[str]:
    if adjectival:
        return {form + e for e in _ADJ_ENDINGS}
    out = {form, form + "s", form + "es", form + "en", form + "n", form + "e"}
    if form.endswith("in"):
        out.add(form + "nen")
    return out


ROLE_FILES = ("roles.yaml", "roles_derived.yaml")  # hand-written first: its forms win


def role_items() -> list[dict[str, Any]]:
    """The role entries of roles.yaml, then those derived from data (nlp/lexicons/build_roles.py)."""
    return [item for name in ROLE_FILES if (LEXICON_DIR / name).exists() for item in read_yaml(name)["roles"]]


@cache
def noun_forms() -> dict[str, tuple[str, ...]]:
    """lemma -> its inflected forms, from role_nouns.tsv (German Wiktionary via german-nouns)."""
    out: dict[str, tuple[str, ...]] = {}
    if not (LEXICON_DIR / "role_nouns.tsv").exists():
        return out
    for line in read_lines("role_nouns.tsv"):
        lemma, _, singular, plural, *_ = (line.split("\t") + [""] * 5)[:5]
        out[lemma] = tuple(f for f in f"{singular},{plural}".split(",") if f)
    return out


@cache
def adjectival_stems() -> tuple[str, ...]:
    """Lower-case stems of the nominalised-adjective roles ('vorsitzend', 'beauftragt'), longest first."""
    stems = {f.lower() for item in role_items() if item.get("adjectival") for f in item["forms"]}
    return tuple(sorted(stems, key=len, reverse=True))


@cache
def _role_tables() -> tuple[dict[str, RoleEntry], dict[str, RoleEntry], tuple[str, ...]]:
    exact: dict[str, RoleEntry] = {}
    multi: dict[str, RoleEntry] = {}
    wiktionary = noun_forms()
    for item in role_items():
        entry = RoleEntry(
            key=item["key"],
            compound=bool(item.get("compound", False)),
            implies=tuple(item.get("implies", ())),
            place_genitive=bool(item.get("place_genitive", False)),
            political=bool(item.get("political", False)),
            honorific=bool(item.get("honorific", False)),
            party_body=bool(item.get("party_body", False)),
        )
        for form in item["forms"]:
            if " " in form:
                multi[form.lower()] = entry
                continue
            if form.isupper() or form[:1].isupper() and any(c.isupper() for c in form[1:]):
                exact[form] = entry  # acronyms (CDO, MdL) match case-sensitively
                continue
            for variant in _inflections(form, bool(item.get("adjectival", False))):
                exact.setdefault(variant.lower(), entry)
            for variant in wiktionary.get(form, ()):
                exact.setdefault(variant.lower(), entry)  # "Chefärzte", "Präsides", "Bischöfe"
    suffixes = tuple(
        sorted((f for f, e in exact.items() if e.compound and f.islower()), key=len, reverse=True)
    )
    return exact, multi, suffixes


# A gender-inclusive form: the masculine stem, a gender sign ("*", ":", "_", "/", "/-") or a capital I,
# and the feminine ending ("Sprecher*in", "Referent:innen", "Mitarbeiter/-innen", "LeiterIn").
_INCLUSIVE = re.compile(r"^(?P<stem>[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß])(?:[*:_/]-?|(?=I))[Ii](?P<rest>n|nnen)$")


def inclusive_spelled(word: str) -> str | None:
    """The feminine spelling of a gender-inclusive form ("Sprecher*in" -> "Sprecherin", "Referent:innen"
    -> "Referentinnen"), by which its role is found; None for any other word."""
    m = _INCLUSIVE.match(word)
    if m is None:
        return None
    stem = m["stem"][:-1] if m["stem"].endswith("e") else m["stem"]  # "Kolleg*in": "Kollegin"
    return f"{stem}i{m['rest']}"


@lru_cache(maxsize=1 << 16)
def role_hit(word: str) -> RoleHit | None:
    """The role a single word names (inflected, gendered or compounded), or None (memoized per word).

    >>> role_hit("Geschäftsstellenleiterin").key
    'geschaeftsstellenleitung'
    """
    exact, _, suffixes = _role_tables()
    if not word[:1].isupper() or word.lower() in _not_titles() or word.lower().startswith(_degrees()):
        return None  # "verantwortliche" is an adjective; titles are nouns; "Amtsinhaberin", a degree
    spelled = inclusive_spelled(word)
    if spelled is not None:  # "Sprecher*in", "Referent:innen", "LeiterIn": the role of both forms
        return role_hit(spelled)
    if word in exact:
        return RoleHit(exact[word], "")
    lower = word.lower()
    if lower in exact:
        return RoleHit(exact[lower], "")
    prefix, dash, head = word.rpartition("-")
    entry = exact.get(head) or exact.get(head.lower()) if dash and prefix[:1].isupper() else None
    if entry is not None:
        return RoleHit(entry, prefix + "-")  # "SPD-Stadträtin", "CDU-Landrat": a name's hyphen, any title
    for rank in _rank_prefixes():
        rest = lower[len(rank) :].lstrip("-")
        if lower.startswith(rank) and len(rest) > 3 and rest in exact:
            return RoleHit(exact[rest], word[: len(word) - len(rest)])  # "Altlandrat", "Vizelandrätin"
    compound_heads = _compound_heads()
    for cut in range(_MIN_COMPOUND_PREFIX, len(lower)):  # the longest known head first
        suffix = lower[cut:]
        if suffix in compound_heads:
            prefix = word[:cut]
            if prefix[-1].isalpha() or prefix[-1] == "-":
                return RoleHit(exact[suffix], prefix)
    return None


@cache
def _not_titles() -> frozenset[str]:
    return frozenset(read_yaml("roles.yaml").get("not_titles", []))


@cache
def _degrees() -> tuple[str, ...]:
    """Prefixes of an academic degree ("Diplom-Ingenieurin" names none of the offices; roles.yaml)."""
    return tuple(read_yaml("roles.yaml").get("degree_prefixes", []))


@cache
def _compound_heads() -> frozenset[str]:
    """The title words that may end a compound ("-leiterin" in "Geschäftsstellenleiterin"), for lookup
    by every ending of a word (one set lookup per letter instead of one comparison per title)."""
    return frozenset(_role_tables()[2])


def multiword_roles() -> dict[str, RoleEntry]:
    """Multiword titles ("chief digital officer") by lower-case text."""
    return _role_tables()[1]


@cache
def _rank_prefixes() -> tuple[str, ...]:
    return tuple(read_yaml("roles.yaml").get("rank_prefixes", []))


@cache
def role_modifiers() -> frozenset[str]:
    return frozenset(read_yaml("roles.yaml")["modifiers"])


@cache
def _modifier_implies() -> dict[str, tuple[str, ...]]:
    return {k.casefold(): tuple(v) for k, v in read_yaml("roles.yaml").get("modifier_implies", {}).items()}


@cache
def _prefix_implies() -> dict[str, tuple[str, ...]]:
    return {k.casefold(): tuple(v) for k, v in read_yaml("roles.yaml").get("prefix_implies", {}).items()}


def implied_kinds(role: str) -> tuple[str, ...]:
    """The words of organization names a printed title implies: its head title's `implies`, those of a
    modifier before it ("Ärztlicher Direktor" -> a hospital; roles.yaml `modifier_implies`) and those
    of the first part of its compound ("Polizeisprecherin" -> a police body; `prefix_implies`)."""
    words = role.split()
    heads = [k for k, w in enumerate(words) if role_hit(w) is not None]
    if not heads:
        return ()
    head = heads[-1]  # "Dezernentin für Bildung": the title word, not its field
    hit = role_hit(words[head])
    out = tuple(hit.entry.implies) if hit is not None else ()
    title = words[head].casefold()
    for part, kinds in _prefix_implies().items():  # not for the head of an office of its own
        if title.startswith(part) and len(title) > len(part) and not office_words(title):
            out += kinds  # ("Polizeipräsident" heads a Präsidium, not the article's Inspektion)
    for word in words[:head]:
        low = word.casefold()
        for stem, kinds in _modifier_implies().items():
            if low.startswith(stem):
                out += kinds
    return out


# a title's ending and the endings of the office (the body it heads or staffs) derived from it:
# "Inspektor" -> "Inspektion", "Präsident" -> "Präsidium", "Rektor" -> "Rektorat", "Dekan" -> "Dekanat"
_OFFICE_SUFFIXES = (("or", ("ion", "orat")), ("ent", ("ium",)), ("an", ("anat",)), ("ant", ("antur",)))


def office_words(title: str) -> tuple[str, ...]:
    """The nouns (case-folded) of the office a title word's holder heads or staffs, by German
    derivation: "Kreisbrandinspektorin" -> "kreisbrandinspektion", "Polizeipräsident" ->
    "polizeipräsidium"; the compound's first part stays ("Kreisbrand-")."""
    low = title.casefold()
    if low.endswith("in") and len(low) > 6 and low[:-2].endswith(("or", "ent", "an", "ant")):
        low = low[:-2]  # "Inspektorin" -> "inspektor"
    out: list[str] = []
    for ending, offices in _OFFICE_SUFFIXES:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            out += [low[: -len(ending)] + office for office in offices]
    return tuple(out)


@cache
def parties() -> frozenset[str]:
    return frozenset(line.casefold() for line in read_lines("parties.txt"))


def is_party(name: str) -> bool:
    """A political party ("CSU", "Bündnis 90/Die Grünen"); its party-wing suffixes too ("CSU-Fraktion")."""
    folded = name.casefold()
    return folded in parties() or folded.split("-")[0] in parties()


def party_body(name: str) -> bool:
    """A body of a party named by a head noun after the party's name ("SPD-Ortsverein Nordtal",
    "CDU-Kreisverband X", "FWG-Fraktion"): a local body whose offices an article reports, unlike the
    party itself ("SPD")."""
    party, dash, rest = name.partition("-")
    words = rest.split()
    return bool(dash and words) and party.casefold() in parties() and is_org_head(words[0])


@cache
def _host_offices() -> tuple[frozenset[str], frozenset[str]]:
    lines = read_lines("host_offices.txt")
    prefixes = frozenset(x[:-1].casefold() for x in lines if x.endswith("-"))
    return frozenset(x for x in lines if not x.endswith("-")), prefixes


def hosted_office(role: str) -> bool:
    """Whether a printed title is an office inside the body an article is about (Präsident,
    Vizepräsidentin, Schatzmeister; host_offices.txt), by its head title word and compound prefix."""
    hits = [h for h in map(role_hit, role.split()) if h is not None]
    keys, prefixes = _host_offices()
    if not hits or hits[-1].entry.key not in keys:
        return False
    prefix = hits[-1].prefix.rstrip("-").casefold()
    return not prefix or prefix in prefixes


# the noun of an office and its holder's: "Schulleitung" -> "Schulleiter", "Vorsitz" -> "Vorsitzender"
_HOLDER_ENDINGS = (
    ("leitung", "leiter"),
    ("führung", "führer"),
    ("direktion", "direktor"),
    ("vorsitz", "vorsitzender"),
    ("redaktion", "redakteur"),
    ("intendanz", "intendant"),
    ("präsidentschaft", "präsident"),
)


def holder_hit(word: str) -> RoleHit | None:
    """The title of the holder of the office a noun names ("Geschäftsführung" -> "Geschäftsführer",
    "Pflegedirektion" -> "Pflegedirektor"), so an office and its holder share a key; None for others."""
    low = word.lower()
    for office, holder in _HOLDER_ENDINGS:
        if low.endswith(office):
            stem = word[: len(word) - len(office)]
            return role_hit(stem + holder if stem else holder.title())
    return None


def role_key(role: str) -> str:
    """Gender-neutral key of a role string: the key of its head title word (an office noun's by its
    holder's title), else the folded string."""
    words = role.replace("„", " ").replace("“", " ").split()
    low_multi = role.lower()
    for text, entry in multiword_roles().items():
        if text in low_multi:
            return entry.key
    for word in words:
        hit = holder_hit(word.strip(",.()")) or role_hit(word.strip(",.()"))
        if hit is not None:
            return hit.key
    return " ".join(w.lower() for w in words)


@cache
def _org_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    words = [ln.split()[0] for ln in read_lines("org_heads.txt")]
    exact = frozenset(w.casefold() for w in words if not w.startswith("-"))
    suffixes = tuple(w[1:].casefold() for w in words if w.startswith("-"))
    return exact, suffixes


def genitive_forms(word: str) -> tuple[str, ...]:
    """The word and, should it be a genitive singular, the forms without its -s and -es ("Vereins" ->
    "Verein", "Amtes" -> "Amt"): the candidates for the nominative."""
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("es"):
        forms.append(word[:-2])
    return tuple(forms)


_NAMED_HEADS = frozenset({"caritas", "diakonie"})  # heads of the lexicon that also name one body


def bare_head(word: str) -> bool:
    """A head noun of organizations standing for none in particular ("Hochschule", "Verband",
    "Zentrums"; not "Caritas", which names one)."""
    _, suffixes = _org_heads()
    low = word.casefold()
    return bool(set(genitive_forms(low)) & set(suffixes)) and low not in _NAMED_HEADS


def head_nominative(word: str) -> str | None:
    """The nominative of a head noun of organizations in the genitive singular ("Teams" -> "Team",
    "Referats" -> "Referat"), as printed; None for any other word."""
    exact, suffixes = _org_heads()
    heads = (f for f in genitive_forms(word)[1:] if f.casefold() in exact or f.casefold() in suffixes)
    return next(heads, None)


def names_one_body(word: str) -> bool:
    """A head noun of the lexicon that also names one body ("Caritas", "Diakonie")."""
    return word.casefold() in _NAMED_HEADS


def org_like(word: str) -> str | None:
    """The nominative of a one-word organization name the NER missed ('Nordwaldkreises' -> 'Nordwaldkreis').

    Uses the organization head nouns of org_heads.txt; bare heads ('Kreis', 'Amt') do not count.
    """
    if not word[:1].isupper() or not word.isalpha():
        return None
    exact, suffixes = _org_heads()
    for form in genitive_forms(word):
        low = form.casefold()
        if form and low not in exact and any(compound_of(low, s) for s in suffixes):
            return form
    return None


# inseparable verb prefixes: "Verbund" is no compound of "Bund", "Gesellschaft" none of "Schaft"
_INSEPARABLE = ("ver", "be", "ge", "er", "zer", "ent", "emp", "miss")


def compound_of(low: str, suffix: str) -> bool:
    """Whether a lower-case word is a compound ending in `suffix` with a first part of its own."""
    if not low.endswith(suffix) or len(low) <= len(suffix) + 2:
        return False
    return low[: -len(suffix)] not in _INSEPARABLE


@cache
def _title_org_heads() -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines("title_org_heads.txt"))


def title_org_like(word: str) -> str | None:
    """The nominative of a compound that names a body as a title's complement ('Drohnenstaffel',
    'Gesundheitsforums' -> 'Gesundheitsforum', 'KI-Werkstatt'); never a bare head ('Forum') or a title."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or role_hit(word) is not None:
        return None
    suffixes = _title_org_heads()
    for form in genitive_forms(word):
        low = form.casefold()
        if form and any(low.endswith(s) and len(low) > len(s) + 2 for s in suffixes):
            return form  # a compound, not the bare head
    return None


# territorial bodies (their first word, lower case): "aus dem Kreis X" is where someone comes from, and
# "Oberdorfs Bürgermeisterin" holds her office in the "Gemeinde Oberdorf"
TERRITORIES = frozenset(
    {"kreis", "landkreis", "stadt", "gemeinde", "land", "bezirk", "region", "markt", "ortsgemeinde"}
    | {"verbandsgemeinde", "samtgemeinde", "hansestadt", "landeshauptstadt", "kreisstadt", "freistaat"}
)


@cache
def _admin_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, frozenset[str]] = {}
    for line in read_lines("admin_variants.txt"):
        words = frozenset(w.casefold() for w in line.split())
        for w in words:
            groups[w] = groups.get(w, frozenset()) | words
    return groups


def territory_variants(word: str) -> frozenset[str]:
    """The words naming the same kind of territorial body ("kreis": "landkreis"; admin_variants.txt)."""
    return _admin_groups().get(word.casefold(), frozenset())


def is_org_head(word: str) -> bool:
    """Whether a word (or compound part) is an organization head noun of org_heads.txt ("Hochschule")."""
    exact, suffixes = _org_heads()
    low = word.casefold().rstrip("-")
    forms = {low, low + "e", low[:-1] if low.endswith("s") else low}
    return any(f in exact or f.endswith(suffixes) for f in forms if f)


@cache
def _project_heads() -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines("project_heads.txt"))


def is_project_head(word: str) -> bool:
    """A project or programme noun ("Projekts", "Förderprogramm"): what it heads names no body."""
    return word.casefold().endswith(_project_heads())
