"""The organization a role title names: genitive chains, prepositions, compounds, implied bodies."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from nlp.relations import time_phrases
from nlp.relations.base import (
    ARTICLES,
    FINITE,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    RawRole,
    org_at,
    org_gender,
    org_span_starting,
    person_at,
    possessive_gender,
)
from nlp.relations.lexicon import (
    TERRITORIES,
    RoleHit,
    head_nominative,
    hosted_office,
    implied_kinds,
    is_org_head,
    is_party,
    is_project_head,
    office_words,
    org_like,
    read_yaml,
    role_hit,
    title_org_like,
)
from nlp.relations.orglookup import OrgLookup, fold_name, kind_words
from nlp.relations.title_words import is_title_word

_RELATIVE_OWNERS = {"dessen": "m", "deren": "f"}  # "X und dessen Leiter Y"
_ON_THE_SIDE = frozenset({"seitens", "aufseiten", "seiten"})  # "Projektleiterin seitens der Stadt X"
# "für": the body served; "zur": the body one moves to ("wechselt als Referentin zur Stadt X")
_ORG_PREPS = _ON_THE_SIDE | {"vom", "beim", "im", "bei", "von", "in", "am", "an", "für", "zur", "zum"}
_FIELD_WORDS = frozenset({"und", "&", "-", "–"})
_UNIT_PLACE = frozenset(
    {"im", "beim", "bei", "am", "an"}
)  # a unit's body after the unit: "des Teams im Kreis X"


class Title:
    """A role title found in a sentence: token range of the title phrase and what it names."""

    def __init__(self, start: int, head: int, end: int, hit: RoleHit, text: str, time: str | None) -> None:
        self.start, self.head, self.end = start, head, end
        self.hit, self.text, self.time = hit, text, time
        self.dated = False  # whether `time` holds a time phrase ("seit 2019"), not only a word
        self.org: Span | None = None
        self.org_name: str | None = None
        self.party: str | None = None  # the party of a political office's prefix ("SPD-Abgeordnete")


_OWN_BODY = frozenset({"der", "des", "von", "vom"})


def apposition_org(doc: Doc, person: Span, title: Title) -> tuple[Span | None, str | None]:
    """An organization inside a left apposition ('X, die im Landkreis Y zuständige Referentin')."""
    for k in range(person.end, title.start):
        name = org_at(doc, k)
        if name is not None and k > 0 and doc[k - 1].lower_ in {"im", "in", "beim", "bei", "der", "des"}:
            return doc[k : k + 1], name
    return None, None


def listed_org(doc: Doc, j: int, limit: int) -> Span | None:
    """The organization after the comma at `j` that ends its phrase: the third part of a caption or
    contact line "Name, Title, Organization" (before a comma, the sentence's end or a line break)."""
    if j + 1 >= limit or doc[j].text != "," or org_at(doc, j + 1) is None:
        return None
    org = org_span_starting(doc, j + 1, limit)
    if org is None:
        return None
    after = doc[org.end] if org.end < limit else None
    closes = (
        after is None
        or after.text in {",", ";", "."}
        or "\n" in after.text
        or "\n" in doc[org.end - 1].whitespace_
    )
    return org if closes else None


def past_short_bracket(doc: Doc, j: int, limit: int) -> int:
    """After a short bracket at `j` (the title's abbreviation or a qualifier: "(CDO)", "(kommissarisch)")
    when an organization follows it in the genitive or after a preposition of one; else `j`."""
    if j >= limit or doc[j].text != "(":
        return j
    close = next((k for k in range(j + 1, min(limit, j + 4)) if doc[k].text == ")"), None)
    if close is None or close + 2 >= limit:
        return j
    after = close + 1 + int(doc[close + 1].lower_ in _ORG_PREPS)
    genitive = doc[after].lower_ in {"des", "der"} and after + 1 < limit and doc[after + 1].is_title
    if org_at(doc, after) is not None or genitive:
        return close + 1  # "(CDO) des Landkreises X", "(CDO) des Kreises": a genitive, named or referred to
    named = doc[after].lower_ in ARTICLES and org_span_starting(doc, after, limit) is not None
    return close + 1 if named else j


def find_org(doc: Doc, title: Title, limit: int, lookup: OrgLookup | None) -> None:
    """Sets the organization a title names: genitive, preposition, compound prefix, place genitive."""
    if title.org_name is not None:
        return
    j = title.end
    if j < limit and doc[j].text in {"„", '"', "»"}:  # a quoted project name after the title
        k = j + 1
        while k < limit and doc[k].text not in {"“", '"', "«", "”"}:
            k += 1
        j = k + 1
    j = past_short_bracket(doc, j, limit)  # "Chief Digital Officer (CDO) des Landkreises X"
    org = (
        org_span_starting(doc, j, limit)
        if j < limit and (doc[j].lower_ in ARTICLES or org_at(doc, j))
        else None
    )
    if org is None and (attributed := past_attribute(doc, j, limit)) is not None:
        org = org_span_starting(doc, attributed, limit)  # "der in X ansässigen Y GmbH"
    if org is None and j < limit and doc[j].lower_ in ARTICLES:
        k = skip_np(doc, j, limit)  # "Vorsitzende des Beirats der Firma X"
        if k < limit and doc[k].lower_ in {"der", "des"}:
            org = org_span_starting(doc, k, limit)
        elif (
            k > j
            and k + 1 < limit
            and doc[k].lower_ in {"von", "vom"}
            and not is_project_head(doc[k - 1].text)
        ):
            org = org_span_starting(doc, k + 1, limit)  # "Vorsitzender der Geschäftsführung von X"
        elif k > j and k < limit and org_at(doc, k) is not None:
            org = org_span_starting(doc, k, limit)  # "Geschäftsführer des SPNV-Betreibers vlexx"
        elif (
            k > j and k + 1 < limit and doc[k].lower_ in _UNIT_PLACE and not is_project_head(doc[k - 1].text)
        ):
            org = org_span_starting(doc, k + 1, limit)  # "Leiter des Digitalteams im Landkreis X": its body
    if org is None:
        k = j
        while (
            k < limit
            and (doc[k].is_title or doc[k].lower_ in _FIELD_WORDS)
            and org_at(doc, k) is None
            and person_at(doc, k) is None
        ):
            k += 1  # "Bereichsleiterin Soziale Dienste und Wohnungslosenhilfe beim ...", never past a name
        k = past_auf_seiten(doc, k, limit)
        if k < limit and doc[k].lower_ in _ORG_PREPS:
            org = org_span_starting(doc, at_the_head(doc, k + 1, limit), limit)
        elif k > j and k < limit and doc[k].lower_ in {"der", "des"}:
            org = org_span_starting(doc, k, limit)  # "Leiterin Kommunikation der X": a field, then the body
        elif k > j:
            org = listed_org(doc, k, limit)  # "Anna Berg, Leiterin Vertrieb, Stadtwerke X": a caption line
    if org is None:
        org = listed_org(doc, j, limit)  # "Anna Berg, Pressesprecherin, Stadtwerke X" (a caption line)
    if (
        org is None
        and j + 1 < limit
        and doc[j].lower_ in {"der", "des"}
        and doc[j + 1].is_title
        and not is_project_head(doc[j + 1].text)  # "Leiterin des Projekts Smart Region": a project
    ):
        name = lookup.by_prefix(doc[j + 1].text) if lookup else None
        k = j + 1
        while (
            k < limit
            and (doc[k].is_title or doc[k].is_upper)
            and person_at(doc, k) is None
            and org_at(doc, k) is None
        ):
            k += 1
        if name is None and k - (j + 1) >= 2 and (k >= limit or not doc[k].is_alpha):
            first = doc[j + 1].text  # "Gründerin der Blue Sky Labs"; "des Zweckverbands X": nominative
            first = org_like(first) or head_nominative(first) or first  # "des Teams X": "Team X"
            name = " ".join([first, *(t.text for t in doc[j + 2 : k])])
        if name is not None:
            title.org_name = name
            return
    if org is None and j < limit:
        k = j + 1 if doc[j].lower_ in {"der", "des", "im", "beim", "am", "vom"} else j
        free = k < limit and org_at(doc, k) is None and person_at(doc, k) is None
        bare = org_like(doc[k].text) if free else None
        ends = k + 1 >= limit or not doc[k + 1].is_alpha or person_at(doc, k + 1) is not None
        if bare is None and free and k > j:
            bare = title_org_like(doc[k].text)  # "Einheitsführerin der Drohnenstaffel und ..."
        if bare is not None and k > j:  # "Präsident der Handwerkskammer und Vorsitzender ..."
            ends = ends or doc[k + 1].is_lower and doc[k + 1].lower_ != "für"
        if bare is not None and ends:
            # "Dezernent Nordwaldkreis", "Landrat des Nordwaldkreises"; "beim Landkreis": the article's
            # one "Landkreis X" when it names one
            title.org_name = (lookup.by_prefix(bare) if lookup else None) or bare
            return
    if org is None and lookup is not None:
        # "CDO des Kreises": the article's one "Landkreis X"; "Der Vorsitzende des Vereins": its one
        # "Turnverein X"
        named = lookup.bare_genitive(j, limit)
        if named is not None:
            title.org_name = named
            return
    if (
        org is None
        and lookup is not None
        and title.hit.entry.place_genitive
        and j + 1 < limit
        and doc[j].lower_ == "von"
        and doc[j + 1].pos_ == "PROPN"
        and org_at(doc, j + 1) is None
        and person_at(doc, j + 1) is None
    ):  # "Bürgermeisterin von Oberdorf": the "Gemeinde Oberdorf" the article names
        title.org_name = lookup.territory(doc[j + 1].text, implied_kinds(title.text))
        if title.org_name is not None:
            return
    if org is None and title.hit.entry.place_genitive and title.start > 0:
        prev = doc[title.start - 1]
        if (
            prev.is_title
            and prev.text.endswith("s")
            and len(prev.text) > 3
            and person_at(doc, prev.i) is None
        ):
            place = prev.text[:-1]  # "Oberdorfs Bürgermeisterin": the "Gemeinde Oberdorf", if named
            title.org_name = org_at(doc, prev.i) or (
                lookup.territory(place, implied_kinds(title.text)) if lookup else None
            )  # a place the article names no body for is no organization ("Verls Bürgermeister")
            if title.org_name is not None:
                return
    if org is None and title.start > 0 and org_at(doc, title.start - 1) is not None:
        k = title.start - 1
        while k > 0 and org_at(doc, k - 1) == org_at(doc, title.start - 1):
            k -= 1
        org = doc[k : title.start]  # the name used attributively: "des Nordwerk Inhabers X"
    if org is not None:
        title.org = org
        title.org_name = org_at(doc, org.start)


_MAX_ATTRIBUTE = 6  # words of an extended attribute before its participle ("der seit 2010 in X ansässigen")


def past_attribute(doc: Doc, j: int, limit: int) -> int | None:
    """'der in Nordheim ansässigen X GmbH', 'des 2010 gegründeten Vereins Y', 'der vom Land geförderten
    Z': past a genitive article at `j` and an extended attribute (words of a phrase, then a lower-case
    attributive adjective or participle), the index of the noun it modifies; None without one."""
    if j >= limit or doc[j].lower_ not in {"der", "des"}:
        return None
    for k in range(j + 2, min(limit - 1, j + 2 + _MAX_ATTRIBUTE)):
        tok = doc[k]
        if tok.is_punct or person_at(doc, k) is not None or org_at(doc, k) is not None:
            return None
        if tok.is_lower and tok.tag_ == "ADJA":
            return k + 1
    return None


def at_the_head(doc: Doc, j: int, limit: int) -> int:
    """Past "die Spitze" in "als Präsident an die Spitze der X", "an der Spitze des Y": the body is the
    genitive after the noun of its head; elsewhere `j` itself."""
    if j + 2 < limit and doc[j].lower_ in {"die", "der"} and doc[j + 1].text == "Spitze":
        if doc[j + 2].lower_ in {"der", "des"}:
            return j + 2
    return j


def skip_np(doc: Doc, j: int, limit: int) -> int:
    """End of a genitive noun phrase that is not an organization ("des Beirats", "des Kölner
    Dienstleisters": a place adjective is capitalised; "der 3. Großen Strafkammer": an ordinal), else
    `j`."""
    k = j + 1
    while k < limit and (
        doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].lower_ not in ARTICLES
        or doc[k].tag_ == "ADJA"
        and (doc[k].text[:1].isupper() or doc[k].text[:-1].isdigit() and doc[k].text.endswith("."))
        and org_at(doc, k) is None
    ):
        k += 1
    capitalised = k < limit and (doc[k].is_title or doc[k].text[:1].isupper() and not doc[k].is_upper)
    if capitalised and org_at(doc, k) is None:  # "des Beirats", "der KI-Werkstatt"
        end = k + 1
        while (
            end + 1 < limit
            and doc[end - 1].text.endswith("-")
            and doc[end].lower_ in {"und", "oder", ","}
            and doc[end + 1].text[:1].isupper()
            and org_at(doc, end + 1) is None
        ):
            end += 2  # "des Pflege- und Prozessmanagements": a truncated compound and its conjunct
        return end
    return j


def skip_org(doc: Doc, j: int, limit: int) -> int:
    """End of the genitive or 'im ...' phrase after a title, organization or not."""
    if j + 1 < limit and doc[j].lower_ in {"im", "beim", "am", "vom"}:
        org = org_span_starting(doc, j + 1, limit)
        if org is not None:
            return org.end
        if org_like(doc[j + 1].text):
            return j + 2  # "Staatssekretär im Bundesinnenministerium X"
    org = org_span_starting(doc, j, limit) if j < limit and doc[j].lower_ in ARTICLES else None
    if org is not None:
        quoted = org.start > 0 and doc[org.start - 1].text in QUOTE_OPEN
        return org.end + 1 if quoted and org.end < limit and doc[org.end].text in QUOTE_CLOSE else org.end
    determined = j < limit and doc[j].lower_ in _GENITIVE_DETERMINERS
    k = skip_np(doc, j, limit) if determined else j  # "Chefärzte beider Häuser"
    if k > j and k < limit and org_at(doc, k) is not None:
        named = org_span_starting(doc, k, limit)  # "des Start-ups Meerwind Solar": a kind, then the name
        return named.end if named is not None else k
    return k


_AT_BODY = frozenset({"bei", "an", "in"} | _ON_THE_SIDE)
# an article, or a determiner of a genitive plural without one ("die Chefärzte beider Häuser, A und B")
_GENITIVE_DETERMINERS = ARTICLES | {"beider", "aller"}


def past_auf_seiten(doc: Doc, j: int, limit: int) -> int:
    """'auf Seiten der X' is one preposition, "seitens": the index of "Seiten" after "auf", else `j`."""
    return j + 1 if j + 1 < limit and doc[j].lower_ == "auf" and doc[j + 1].lower_ == "seiten" else j


def skip_workplace(doc: Doc, j: int, limit: int) -> int:
    """End of "bei der X", "an der X", "in der X" after a title when X is an organization ("Geschäftsführer
    bei der Firma X ist Y", "Pressesprecherin bei der Stadt X ist Y"); else `j`."""
    j = past_auf_seiten(doc, j, limit)
    if j + 2 < limit and doc[j].lower_ in _AT_BODY and doc[j + 1].lower_ in ARTICLES:
        org = org_span_starting(doc, j + 1, limit)
        if org is not None:
            return org.end
    return j


def genitive_follows(sent: Span, title: str) -> bool:
    """Whether the title word stands before a genitive or "von" ("Vorsitzender der Jury"): it names
    a body of its own, even one that is no organization."""
    hit = role_hit(title.split()[-1])
    if hit is None:
        return False
    for tok in sent:
        other = (
            role_hit(tok.text) if tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ in _OWN_BODY else None
        )
        if other is not None and other.key == hit.key:
            return True
    return False


def place_follows(sent: Span, title: str) -> bool:
    """Whether the title word stands right before a place name ("Gemeindepräsidentin Talheim"): the
    office of that place, not of a body a coordinated title names."""
    hit = role_hit(title.split()[-1])
    if hit is None:
        return False
    doc = sent.doc
    return any(
        tok.i + 1 < sent.end
        and (doc[tok.i + 1].ent_type_ == "LOC" or place_after_von(doc, tok.i + 1, sent.end))
        and (other := role_hit(tok.text)) is not None
        and other.key == hit.key
        for tok in sent
    )


def place_after_von(doc: Doc, k: int, end: int) -> bool:
    """ "von" at `k` and a capitalised name that is no organization or person, and no genitive after it
    ("Ortsvorsteherin von Oberdorf"; not "von der Stadt", "von Eva Alt")."""
    if k + 1 >= end or doc[k].lower_ != "von":
        return False
    name = doc[k + 1]
    if not name.text[:1].isupper() or name.lower_ in ARTICLES or name.pos_ not in {"PROPN", "NOUN"}:
        return False
    return org_at(doc, k + 1) is None and person_at(doc, k + 1) is None and not is_org_head(name.text)


def is_deputy(title: str) -> bool:
    """A deputy's title: "Vizepräsidentin", "stellvertretender Landrat", "stv. Leiter"."""
    words = title.split()
    hit = role_hit(words[-1])
    return bool(hit and hit.prefix.casefold().rstrip("-").endswith("vize")) or any(
        w.casefold().startswith(("stellvertretend", "stv", "stellv")) for w in words[:-1]
    )


def deputy_of(role: RawRole, roles: list[RawRole]) -> str | None:
    """The organization of the principal a deputy stands beside in the sentence: "Präsident der
    Handwerkskammer X sowie die Vizepräsidenten A und B" -> A and B of the Handwerkskammer X; else of
    the principal the sentence before names ("X wurde Vorsitzender des Zweckverbands Y. Zum
    stellvertretenden Vorsitzenden wurde Z gewählt")."""
    hit = role_hit(role.role.split()[-1])
    if hit is not None and hit.entry.key == "stellvertretung" and not hit.prefix and " " not in role.role:
        return principal_before(role, roles)
    if hit is None or not is_deputy(role.role):
        return None
    sent = role.sent
    previous = sent.doc[sent.start - 1].sent.start if sent.start > 0 else None
    for start in (sent.start, previous):
        orgs = set()
        for other in roles:
            if other.org_name and other.sent.start == start and not is_deputy(other.role):
                principal = role_hit(other.role.split()[-1])
                if principal is not None and principal.entry.key == hit.entry.key:
                    orgs.add(other.org_name)
        if orgs:
            return orgs.pop() if len(orgs) == 1 else None
    return None


@cache
def _head_keys() -> frozenset[str]:
    return frozenset(read_yaml("verb_roles.yaml")["head_titles"])


_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "eines", "einer"})  # "eine neue Stabsstelle X"


def new_body_before(doc: Doc, role: RawRole) -> str | None:
    """A head's title without a body, right after a sentence that introduces one new body ("Die Stadt
    X hat eine neue Stabsstelle Klimaschutz geschaffen. Leiterin ist Y"): that body."""
    sent = role.sent
    if role.role_key not in _head_keys() or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    found: set[str] = set()
    for k in range(prev.start + 2, prev.end):
        name = org_at(doc, k)
        if name is None or org_at(doc, k - 1) == name:
            continue  # not the first word of a mention
        j = k - 1
        while j > prev.start and doc[j].tag_ == "ADJA":
            j -= 1
        new = any(doc[x].lower_.startswith("neu") for x in range(j + 1, k))
        if new and doc[j].lower_ in _INDEFINITE_ARTICLES:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def principal_before(role: RawRole, roles: list[RawRole]) -> str | None:
    """A bare "Stellvertreter(in)" names no office it deputises: the body of the role of another
    person stated last before it, in its sentence or the one before ("X wurde zum Ärztlichen Direktor
    am Klinikum Y ernannt. Stellvertreter sind A und B": the Klinikum Y), unless that role is a former
    one ("…, die zuvor Referentin der Y war. Ihr Stellvertreter ist Z": not Y's)."""
    principal = nearest_principal(role, roles)
    return principal.org_name if principal is not None and not time_phrases.former(principal.time) else None


def bare_deputy_of_former(role: RawRole, roles: list[RawRole]) -> bool:
    """A bare "Stellvertreter(in)" whose nearest principal holds the office named only as a former one:
    the deputy's body is not named, and no other body of the article is it."""
    hit = role_hit(role.role.split()[-1])
    if hit is None or hit.entry.key != "stellvertretung" or hit.prefix or " " in role.role:
        return False
    principal = nearest_principal(role, roles)
    return principal is not None and time_phrases.former(principal.time)


def nearest_principal(role: RawRole, roles: list[RawRole]) -> RawRole | None:
    """The role with a body of another person stated last before `role`, in its sentence or the one
    before; else, when that sentence states none, the one before it ("X wurde zum Ärztlichen Direktor
    der Klinik Y ernannt. Er folgt auf Z. Stellvertreter sind A und B")."""
    sent = role.sent
    doc = sent.doc
    previous = doc[sent.start - 1].sent if sent.start > 0 else sent
    for earlier in (previous, doc[previous.start - 1].sent if previous.start > 0 else previous):
        found = [
            r
            for r in roles
            if r.org_name
            and r.person.start < role.person.start
            and r.person.start >= earlier.start
            and r.person.start < (sent.end if earlier is previous else previous.start)
            and r.person.text != role.person.text
            and r.role_key != role.role_key
        ]
        if found:
            return max(found, key=lambda r: r.person.start)
    return None


_LEVELS = ("kreis", "landes", "bundes", "bezirks", "land", "bund", "bezirk", "stadt", "gemeinde")


def of_implied_kind(title: str, org: str | None) -> bool:
    """Whether `org` is of a kind of body the title implies ("Kreisrat": a Landkreis), or the title
    implies none."""
    kinds = implied_kinds(title)
    return not kinds or org is None or OrgLookup.of_kind(org, *kind_words(kinds))


def level_of(prefix: str) -> str | None:
    """The territorial level a title's first part names ("Kreis-", "Landes-"), else None."""
    return next((lv for lv in _LEVELS if prefix.casefold().startswith(lv)), None)


def other_level(prefix: str, org: str) -> bool:
    """A title's first part names a territorial level ("Kreis-", "Landes-") that the organization,
    a territorial body of another level ("Gemeinde Oberdorf"), is not ("Landkreis X" is a "Kreis")."""
    level = level_of(prefix)
    first = org.split()[0].casefold() if org.split() else ""
    if level is None or first not in TERRITORIES:
        return False
    return not (first.startswith(level.rstrip("s")) or first.endswith(level))


_ASSOCIATION_HEADS = ("bund", "verband", "kammer")
_PREFIX_BODY_HEADS = (*_ASSOCIATION_HEADS, "städtetag", "landkreistag", "gemeindetag")
_GENERIC_FIRST_PARTS = ("landes", "kreis", "bundes", "bezirks", "orts", "stadt", "regional", "dach")


def prefix_body(prefix: str) -> str | None:
    """The body a title's first part names by itself, where the article names it nowhere else: a
    compound of an association's head noun ("Gemeindebundpräsident": the Gemeindebund; "Bauernverbands-
    präsident": the Bauernverband; "Ärztekammerpräsidentin"), not one that only says its level
    ("Landesverbandsvorsitzender", "Kreisverband": which one the article does not say)."""
    word = prefix.rstrip("-")
    for form in (word, word[:-1] if word.endswith("s") else ""):
        low = form.casefold()
        head = next((h for h in _PREFIX_BODY_HEADS if low.endswith(h)), None)
        if head is None or head in _ASSOCIATION_HEADS and len(low) < len(head) + 3:
            continue  # "Verbandspräsident": no body of its own
        if head in _ASSOCIATION_HEADS and low[: -len(head)] in _GENERIC_FIRST_PARTS:
            return None
        return form
    return None


def unit_below(prefix: str, org: str) -> bool:
    """A title's first part names a territorial level ("Kreis-", "Landes-") that the organization of
    the kind the title implies does not name: a local unit ("Kreisbrandmeister" and the "Freiwillige
    Feuerwehr Bachtal"; not the "Kreisfeuerwehrverband X")."""
    level = level_of(prefix)
    return level is not None and level.removesuffix("es").rstrip("s") not in org.casefold()


def from_elsewhere(doc: Doc, person: Span) -> bool:
    """'Bürgermeisterin X aus Ingelheim', 'Oberbürgermeister X (Lahnstein)': the name is followed by the
    place the person comes from, which is no body the article names; an office implied by the
    article's bodies is not theirs (a party in brackets is no place: "Landrat X (CDU)")."""
    k = person.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        place = doc[k + 1]  # "Oberbürgermeister X (Lahnstein)": the place the person is from
        return place.ent_type_ == "LOC" or (
            place.text[:1].isupper()
            and place.is_alpha
            and not place.is_upper
            and org_at(doc, k + 1) is None
            and not is_party(place.text)
        )
    return (
        k + 1 < len(doc)
        and doc[k].lower_ == "aus"
        and doc[k + 1].text[:1].isupper()
        and (org_at(doc, k + 1) is None)
    )


def held_in_place(role: RawRole, lookup: OrgLookup) -> bool:
    """'X war zuvor Kaplan in Saarburg': the title is followed by "in" and a place (a capitalised word of
    no organization or person) that no organization of the article is named after; the office was held
    there, not at the article's body of its kind."""
    doc, last = role.sent.doc, role.role.split()[-1]
    for tok in role.sent:
        k = tok.i + 1
        if tok.text != last or k + 1 >= role.sent.end or doc[k].lower_ != "in":
            continue
        if not place_word(doc, k + 1):
            continue
        return no_body_named_after(doc[k + 1].text, lookup)
    return False


def place_word(doc: Doc, k: int) -> bool:
    """A capitalised word at `k` of no organization or person: a place ("Saarburg", "Pirmasens")."""
    return doc[k].is_title and org_at(doc, k) is None and person_at(doc, k) is None


def no_body_named_after(place: str, lookup: OrgLookup) -> bool:
    """None of the article's organizations is named after the place ("Stadt Pirmasens" would be)."""
    word = fold_name(place)
    return not any(word in name.split() for name in lookup.names)


def fronted_place(role: RawRole, lookup: OrgLookup) -> bool:
    """'Aus Pirmasens berichtete Stadtentwicklerin X': the sentence opens with "aus" and a place (a
    capitalised word of no organization or person, none of the article's bodies named after it) right
    before the finite verb; the person came from there, not from the article's body of the title's kind."""
    doc, start = role.sent.doc, role.sent.start
    if start + 2 >= role.sent.end or doc[start].lower_ != "aus" or doc[start + 2].tag_ not in FINITE:
        return False
    return place_word(doc, start + 1) and no_body_named_after(doc[start + 1].text, lookup)


FORMER = frozenset({"alt", "ex"})  # rank prefixes of a former office: its body is not implied


def unnamed_possessor(doc: Doc, role: RawRole, lookup: OrgLookup) -> bool:
    """A possessive determiner before the title ("Seine Vorsitzende X", "dessen Leiter Y") whose
    nearest body noun before it, in its sentence or the one before, is no organization the article
    names and refers to none ("Der Seniorenbeirat der Stadt lädt ein"): the title is held there."""
    k = possessive_before(doc, role)
    if k is None:
        return False
    start = doc[role.sent.start - 1].sent.start if role.sent.start > 0 else role.sent.start
    return unnamed_body_before(doc, k, start, lookup)


def possessive_before(doc: Doc, role: RawRole) -> int | None:
    """The possessive determiner before a role's title and its adjectives ("seinen Leiter X"), if one."""
    k = role.person.start - 1
    while k >= role.sent.start and (is_title_word(doc, k) or role_hit(doc[k].text) or doc[k].tag_ == "ADJA"):
        k -= 1
    owner = k >= role.sent.start and (possessive_gender(doc[k].text) or doc[k].lower_ in _RELATIVE_OWNERS)
    return k if owner else None


def disagrees_with_possessive(doc: Doc, role: RawRole, org: str) -> bool:
    """A possessive before the title whose gender the body's mention just before it (in its sentence
    or the one before) does not show: "seinen Leiter X" owns no office in "die Tafel Y" (feminine),
    nor "ihre Leiterin" one in "der Verein Z"."""
    k = possessive_before(doc, role)
    cluster = next((c for c in doc._.kg_orgs or [] if c.name == org), None)
    if k is None or cluster is None:
        return False
    start = doc[role.sent.start - 1].sent.start if role.sent.start > 0 else role.sent.start
    near = [s for s in cluster.spans if start <= s.start and s.end <= k]
    if not near:
        return False
    wanted = possessive_gender(doc[k].text) or _RELATIVE_OWNERS[doc[k].lower_]
    gender = org_gender(doc, max(near, key=lambda s: s.start))
    return gender is not None and gender != wanted


def unnamed_subject(doc: Doc, sent: Span, lookup: OrgLookup) -> bool:
    """The subject of the sentence is a body noun after a definite article that is no organization
    the article names and refers to none: at the sentence's start or right after its finite verb
    ("Der Seniorenbeirat hat eine neue Vorsitzende", "Mit X hat der Sportbund einen neuen Chef")."""
    for j in range(sent.start, sent.end - 1):
        tok, word = doc[j], doc[j + 1].text
        if tok.lower_ not in {"der", "die", "das"} or not (j == sent.start or doc[j - 1].tag_ in FINITE):
            continue
        if j > sent.start and "Nom" not in doc[j + 1].morph.get("Case", ["Nom"]):
            continue  # "X sieht die Verwaltung gut gerüstet": an object after the verb
        if word[:1].isupper() and org_at(doc, j + 1) is None and is_org_head(word):
            return lookup.referenced(word) is None
    return False


def unnamed_body_before(doc: Doc, k: int, start: int, lookup: OrgLookup) -> bool:
    """Whether the nearest name or body noun before token k (back to `start`) is a body noun that is
    no organization the article names and refers to none ("der Seniorenbeirat der Stadt")."""
    for j in range(k - 1, start - 1, -1):
        if org_at(doc, j) is not None or person_at(doc, j) is not None:
            return False
        word = doc[j].text
        if word[:1].isupper() and is_org_head(word):
            return lookup.referenced(word) is None
    return False


def fill_implied(doc: Doc, roles: list[RawRole], lookup: OrgLookup, taken: set[str | None]) -> None:
    """Titles without an organization take, in turn: the one a coordinated title of the same person
    names ("Leiterin und Sprecherin der Firma X"); the one the person's same title has elsewhere; the
    one the article pairs with the title without a person; else the single organization of the kind
    the title implies (Landrat -> Landkreis) that the article does not tie to someone else by a
    preposition ("Y von der Stadt Z" leaves the article's own city)."""
    for idx in range(len(roles) - 1, 0, -1):
        role, prev = roles[idx], roles[idx - 1]
        if role.coordinated and role.org_name and prev.org_name is None and prev.person == role.person:
            if place_follows(prev.sent, prev.role):
                continue  # "Gemeindepräsidentin Talheim und Präsidentin des Zweckverbands X": her own place
            roles[idx - 1] = replace(prev, org=role.org, org_name=role.org_name, confidence=0.7)
    seen = lookup.title_orgs
    at = doc._.kg_person_at or {}
    explicit = {(at.get(r.person.start), r.role_key): r.org_name for r in roles if r.org_name}
    for idx, role in enumerate(roles):
        if role.org_name is not None or role.coordinated or from_elsewhere(doc, role.person):
            continue
        if held_in_place(role, lookup):
            continue  # "war zuvor Kaplan in Saarburg": held in a place none of the article's bodies is in
        if fronted_place(role, lookup):
            continue  # "Aus Pirmasens berichtete Stadtentwicklerin X": from a place of no body here
        if unnamed_possessor(doc, role, lookup):
            continue  # "Der Seniorenbeirat lädt ein. Seine Vorsitzende X": a body the article does not name
        if unnamed_subject(doc, role.sent, lookup):
            continue  # "Mit X hat der Landessportbund eine neue Geschäftsführerin": the unnamed body's post
        if bare_deputy_of_former(role, roles):
            continue  # "…, die zuvor Referentin der Y war. Ihr Stellvertreter ist Z"
        known = (
            explicit.get((at.get(role.person.start), role.role_key))
            or deputy_of(role, roles)
            or new_body_before(doc, role)
        )
        org, confidence = (known, 0.7) if known else (seen.get(role.role_key), 0.6)
        if org is None and role.role.split():
            org = lookup.owned.get(role.role.split()[-1].lower())  # "… hat ihre neue Pfarrerin begrüßt"
        if org is None:
            entry = role_hit(role.role.split()[-1])
            org = (  # "Hochschulpräsidentin"; "Kreisgeschäftsführer" of a Kreisverband (no political office)
                lookup.by_kind(
                    entry.prefix, associations=not entry.entry.political, exact=entry.entry.political
                )
                # "Klimaschutzmanagerin der Stadt": the genitive names the body, not the compound's prefix
                if entry is not None and not genitive_follows(role.sent, role.role)
                else None
            )
            if org is None:  # "Kreisbrandinspektor" -> the article's "Kreisbrandinspektion X"
                org = lookup.office(office_words(role.role.split()[-1]))
            former = entry is not None and entry.prefix.lower().rstrip("-") in FORMER  # "Altlandrat"
            if org is None and not former:
                org = lookup.implied(implied_kinds(role.role), taken, near=role.sent, holder=role.person)
                if org is not None and entry is not None and unit_below(entry.prefix, org):
                    org = None  # "Kreisbrandmeister" is no office of the "Freiwillige Feuerwehr Bachtal"
            if org is None and hosted_office(role.role) and not genitive_follows(role.sent, role.role):
                org = lookup.host(taken, near=role.sent)  # "Präsident X" in a report on one Verein
            if org is None and entry is not None and not genitive_follows(role.sent, role.role):
                org = prefix_body(entry.prefix)  # "Gemeindebundpräsident X": the Gemeindebund
            if org is not None and other_level(entry.prefix if entry else "", org):
                org = None  # "Kreisbeigeordnete" is no office of the "Gemeinde Oberdorf"
            confidence = 0.5
            if org is not None and disagrees_with_possessive(doc, role, org):
                continue  # "… an den Jugendtreff X, vertreten durch seinen Leiter Y": not the Tafel's
        if org is not None and lookup.other_party_in(org, role.sent):
            continue  # "Die SPD sieht das anders: Fraktionschefin X …" is no chief of the CDU-Fraktion
        if org is not None:
            roles[idx] = replace(role, org=None, org_name=org, confidence=confidence)
    for idx, role in enumerate(roles):
        first = roles[idx - 1] if idx else None
        if role.coordinated and role.org_name is None and first is not None and first.person == role.person:
            if genitive_follows(role.sent, role.role):
                continue  # "Bürgermeisterin der Gemeinde X und Vorsitzende des Y": a body of its own
            if not of_implied_kind(role.role, first.org_name):
                continue  # "Vorsitzender des Heimatvereins X und Kreisrat": an office of a Landkreis
            roles[idx] = replace(role, org=first.org, org_name=first.org_name, confidence=0.7)
