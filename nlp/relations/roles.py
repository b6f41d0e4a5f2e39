"""Role extraction: person - title - organization, from appositions, prefixed titles and compounds."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.relations.affiliations import AffiliationMatcher
from nlp.relations.base import (
    ARTICLES,
    COURTESY,
    RawRole,
    content_sents,
    org_at,
    org_span_starting,
    person_at,
)
from nlp.relations.coref import ACADEMIC
from nlp.relations.lexicon import RoleHit, multiword_roles, org_like, role_hit, role_modifiers, time_hints
from nlp.relations.orglookup import OrgLookup

_YEAR = re.compile(r"^(19|20)\d\d$")
_PLURAL_END = ("innen", "äre", "ärzte", "räte", "ore", "oren", "enten", "anten")
_ORG_PREPS = frozenset({"vom", "beim", "im", "bei", "von", "in", "am"})
_FIELD_WORDS = frozenset({"und", "&", "-", "–"})
_MAX_APPOSITION = 12
# Words that may open an apposition before its title ("X, heute Vorsitzende des Vereins").
_APPOSITION_ADVERBS = frozenset(
    {"seit", "heute", "inzwischen", "mittlerweile", "derzeit", "zuvor", "bisher", "einst"}
)


@Language.factory("kg_roles", default_config={})
def make_roles(nlp: Language, name: str) -> RoleMatcher:
    return RoleMatcher(name)


class Title:
    """A role title found in a sentence: token range of the title phrase and what it names."""

    def __init__(self, start: int, head: int, end: int, hit: RoleHit, text: str, time: str | None) -> None:
        self.start, self.head, self.end = start, head, end
        self.hit, self.text, self.time = hit, text, time
        self.org: Span | None = None
        self.org_name: str | None = None


class RoleMatcher:
    """Finds titles, then the person each belongs to, then the organization it is held in."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.modifiers = role_modifiers()
        self.hints = time_hints()
        self.lookup: OrgLookup | None = None

    def __call__(self, doc: Doc) -> Doc:
        lookup = OrgLookup(doc)
        self.lookup = lookup
        roles: list[RawRole] = []
        for sent in content_sents(doc):
            titles = self.match(sent, lookup)
            roles.extend(self.link(sent, titles))
        taken: set[str | None] = {
            link.target for sent in content_sents(doc) for link in AffiliationMatcher.match_sentence(sent)
        }
        self.fill_implied(doc, roles, lookup, taken)
        doc._.kg_roles = roles
        return doc

    # --- finding titles -------------------------------------------------------------------------
    def match(self, sent: Span, lookup: OrgLookup) -> list[Title]:
        doc = sent.doc
        titles: list[Title] = []
        i = sent.start
        while i < sent.end:
            found = self.title_at(doc, i, sent.end, lookup)
            if found is None:
                i += 1
                continue
            titles.append(found)
            i = found.end
        return titles

    def title_at(self, doc: Doc, i: int, limit: int, lookup: OrgLookup) -> Title | None:
        tok = doc[i]
        if person_at(doc, i) is not None:
            return None
        multi = self.multiword_at(doc, i, limit)
        org_prefix: str | None = None
        if multi is not None:
            hit, end = multi
        else:
            single = role_hit(tok.text)
            end = i + 1
            if single is None:
                return None
            hit = single
            if org_at(doc, i) is not None and "-" not in tok.text:
                return None
            if "-" in tok.text:
                prefix, _, head = tok.text.rpartition("-")
                head_hit = role_hit(head) if head[:1].isupper() else None
                org_prefix = lookup.by_prefix(prefix) if head_hit is not None else None
                if org_prefix is not None and head_hit is not None:
                    hit = head_hit
        start = i
        time: str | None = None
        while start > 0:
            if start > 1 and doc[start - 1].text == "." and doc[start - 2].lower_ in {"stv", "stellv"}:
                start -= 2  # "stv." split by the tokenizer
                continue
            if start > 1 and doc[start - 2].lower_ == "seit" and _YEAR.match(doc[start - 1].text):
                start -= 2  # "seit 2021 kommissarischer Leiter"
                since = f"seit {doc[start + 1].text}"
                time = f"{time}, {since}" if time else since
                continue
            if not self.modifier_word(doc[start - 1]):
                break
            start -= 1
            hint = self.hint(doc[start])
            if hint is not None:
                time = f"{hint}, {time}" if time else hint
        mods = [
            t.text
            for t in doc[start:i]
            if self.hint(t) is None and t.text != "." and t.lower_ != "seit" and not _YEAR.match(t.text)
        ]
        mods = [m + "." if m.lower() in {"stv", "stellv"} else m for m in mods]
        head_text = tok.text.rpartition("-")[2] if org_prefix else doc[i:end].text
        title = Title(start, i, end, hit, " ".join([*mods, head_text]), time)
        if org_prefix is not None:
            title.org_name = org_prefix
        if end + 1 < limit and doc[end].lower_ == "seit" and _YEAR.match(doc[end + 1].text):
            title.time = f"seit {doc[end + 1].text}"
        return title

    def modifier_word(self, tok: Token) -> bool:
        return tok.lower_ in self.modifiers or self.hint(tok) is not None

    def hint(self, tok: Token) -> str | None:
        low = tok.lower_
        for ending in ("en", "er", "es", "e", ""):
            if low.endswith(ending) and low[: len(low) - len(ending)] in self.hints:
                return self.hints[low[: len(low) - len(ending)]]
        return None

    @staticmethod
    def multiword_at(doc: Doc, i: int, limit: int) -> tuple[RoleHit, int] | None:
        for text, entry in multiword_roles().items():
            n = len(text.split())
            if i + n <= limit and doc[i : i + n].text.lower() == text:
                return RoleHit(entry, ""), i + n
        return None

    # --- linking titles to people and organizations ---------------------------------------------
    def link(self, sent: Span, titles: list[Title]) -> list[RawRole]:
        doc = sent.doc
        out: list[RawRole] = []
        previous_people: list[Span] = []
        for title in titles:
            self.find_org(doc, title, sent.end)
            people, confidence = self.people_for(doc, title, sent, previous_people)
            if people:
                previous_people = people
            for person in people:
                out.append(
                    RawRole(
                        person,
                        title.text,
                        title.hit.key,
                        title.org,
                        title.org_name,
                        title.time,
                        sent,
                        confidence,
                    )
                )
        return out

    def people_for(
        self, doc: Doc, title: Title, sent: Span, previous: list[Span]
    ) -> tuple[list[Span], float]:
        after = self.person_after(doc, title.end, sent.end)
        if after is not None:
            people = (
                [after, *self.list_continuation(doc, after.end, sent.end)] if self.plural(title) else [after]
            )
            return people, 0.9
        if title.start > sent.start and doc[title.start - 1].lower_ == "und" and previous:
            return (
                previous,
                0.76,
            )  # "X, Zweite Beigeordnete und Dezernentin für ..." (shares the first's organization)
        before = self.person_before(doc, title.start, sent.start)
        if before is not None:
            if title.org_name is None:
                title.org, title.org_name = self.apposition_org(doc, before, title)
            return [before], 0.85
        if title.start > sent.start and doc[title.start - 1].lower_ in ARTICLES | {"vier", "drei", "zwei"}:
            tail = self.skip_org(doc, title.end, sent.end)
            if tail < sent.end:
                first = self.person_after(doc, tail + (doc[tail].text == ","), sent.end)
                if first is not None:
                    if self.plural(title):
                        return [first, *self.list_continuation(doc, first.end, sent.end)], 0.7
                    return [first], 0.75
        return [], 0.0

    def plural(self, title: Title) -> bool:
        return (
            title.text.lower().endswith(_PLURAL_END)
            or title.hit.entry.key in ("staatssekretaer",)
            and title.text.endswith("e")
        )

    @staticmethod
    def person_after(doc: Doc, j: int, limit: int) -> Span | None:
        while j < limit and (doc[j].lower_ in ACADEMIC or doc[j].lower_ in COURTESY):
            j += 1
        if j >= limit or person_at(doc, j) is None:
            return None
        name = person_at(doc, j)
        k = j
        while k < limit and person_at(doc, k) == name:
            k += 1
        return doc[j:k]

    def list_continuation(self, doc: Doc, j: int, limit: int) -> list[Span]:
        """Further names of a list after a plural title ("die Staatssekretäre A und B", "A (..), B (..)")."""
        out: list[Span] = []
        while j < limit:
            if doc[j].text == "(":
                while j < limit and doc[j].text != ")":
                    j += 1
                j += 1
                continue
            if doc[j].lower_ not in {",", "und", "sowie"}:
                break
            nxt = self.person_after(doc, j + 1, limit)
            if nxt is None:
                break
            out.append(nxt)
            j = nxt.end
        return out

    def person_before(self, doc: Doc, start: int, sent_start: int) -> Span | None:
        """'Eva Muster, Leiterin ...', 'Eva M., die ... zuständige Referentin', 'Max M. (Dezernent'."""
        j = start - 1
        while j >= sent_start and j >= start - _MAX_APPOSITION:
            text = doc[j].text
            if text in {",", "("}:
                opener = doc[j + 1]
                if j + 1 < start and not (
                    opener.lower_ in ARTICLES | _APPOSITION_ADVERBS or self.modifier_word(opener)
                ):
                    return None  # "X, stellte die Leiterin ..." is no apposition
                k = j - 1
                if k >= sent_start and person_at(doc, k) is not None:
                    name = person_at(doc, k)
                    m = k
                    while m > sent_start and person_at(doc, m - 1) == name:
                        m -= 1
                    return doc[m : k + 1]
                return None
            if text in {".", ";", ":", ")", "(", "„", "“"} or person_at(doc, j) is not None:
                return None
            j -= 1
        return None

    @staticmethod
    def apposition_org(doc: Doc, person: Span, title: Title) -> tuple[Span | None, str | None]:
        """An organization inside a left apposition ('X, die im Landkreis Y zuständige Referentin')."""
        for k in range(person.end, title.start):
            name = org_at(doc, k)
            if name is not None and k > 0 and doc[k - 1].lower_ in {"im", "in", "beim", "bei", "der", "des"}:
                return doc[k : k + 1], name
        return None, None

    def find_org(self, doc: Doc, title: Title, limit: int) -> None:
        if title.org_name is not None:
            return
        j = title.end
        if j < limit and doc[j].text in {"„", '"', "»"}:  # a quoted project name after the title
            k = j + 1
            while k < limit and doc[k].text not in {"“", '"', "«", "”"}:
                k += 1
            j = k + 1
        org = (
            org_span_starting(doc, j, limit)
            if j < limit and (doc[j].lower_ in ARTICLES or org_at(doc, j))
            else None
        )
        if org is None and j < limit and doc[j].lower_ in ARTICLES:
            k = self.skip_np(doc, j, limit)  # "Vorsitzende des Beirats der Firma X"
            if k < limit and doc[k].lower_ in {"der", "des"}:
                org = org_span_starting(doc, k, limit)
        if org is None:
            k = j
            while k < limit and (doc[k].is_title or doc[k].lower_ in _FIELD_WORDS) and org_at(doc, k) is None:
                k += 1  # "Bereichsleiterin Soziale Dienste und Wohnungslosenhilfe beim ..."
            if k < limit and doc[k].lower_ in _ORG_PREPS:
                org = org_span_starting(doc, k + 1, limit)
        if org is None and j + 1 < limit and doc[j].lower_ in {"der", "des"} and doc[j + 1].is_title:
            name = self.lookup.by_prefix(doc[j + 1].text) if self.lookup else None
            k = j + 1
            while (
                k < limit
                and (doc[k].is_title or doc[k].is_upper)
                and person_at(doc, k) is None
                and org_at(doc, k) is None
            ):
                k += 1
            if name is None and k - (j + 1) >= 2 and (k >= limit or not doc[k].is_alpha):
                name = doc[j + 1 : k].text  # "Gründerin der Blue Sky Labs"
            if name is not None:
                title.org_name = name
                return
        if org is None and j < limit:
            k = j + 1 if doc[j].lower_ in {"der", "des"} else j
            bare = (
                org_like(doc[k].text)
                if k < limit and org_at(doc, k) is None and person_at(doc, k) is None
                else None
            )
            if bare is not None and (k + 1 >= limit or not doc[k + 1].is_alpha):
                title.org_name = bare  # "Dezernent Nordwaldkreis", "Landrat des Nordwaldkreises"
                return
        if org is None and title.hit.entry.place_genitive and title.start > 0:
            prev = doc[title.start - 1]
            if (
                prev.is_title
                and prev.text.endswith("s")
                and len(prev.text) > 3
                and person_at(doc, prev.i) is None
            ):
                title.org_name = org_at(doc, prev.i) or prev.text[:-1]
                return
        if org is not None:
            title.org = org
            title.org_name = org_at(doc, org.start)

    @staticmethod
    def skip_np(doc: Doc, j: int, limit: int) -> int:
        k = j + 1
        while k < limit and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ARTICLES:
            k += 1
        if k < limit and doc[k].is_title and org_at(doc, k) is None:
            return k + 1
        return j

    def skip_org(self, doc: Doc, j: int, limit: int) -> int:
        org = org_span_starting(doc, j, limit) if j < limit and doc[j].lower_ in ARTICLES else None
        if org is not None:
            return org.end
        k = self.skip_np(doc, j, limit) if j < limit and doc[j].lower_ in ARTICLES else j
        return k

    @staticmethod
    def fill_implied(doc: Doc, roles: list[RawRole], lookup: OrgLookup, taken: set[str | None]) -> None:
        """Titles without an organization take the one the article pairs with the same title, else the
        single organization of the kind the title implies (Landrat -> Landkreis) that the article does not
        already tie to someone else ("X von der Stadt Köln" leaves the article's own city)."""
        seen = lookup.title_orgs
        at = doc._.kg_person_at or {}
        explicit = {(at.get(r.person.start), r.role_key): r.org_name for r in roles if r.org_name}
        for idx, role in enumerate(roles):
            known = explicit.get((at.get(role.person.start), role.role_key))
            if role.org_name is None and known is not None:
                roles[idx] = RawRole(
                    role.person, role.role, role.role_key, None, known, role.time, role.sent, 0.7
                )
                continue
            if role.org_name is None and role.confidence == 0.76 and idx > 0:
                continue
            if role.org_name is not None:
                continue
            org = seen.get(role.role_key)
            confidence = 0.6
            if org is None:
                entry = role_hit(role.role.split()[-1])
                org = lookup.implied(entry.entry.implies, taken) if entry is not None else None
                confidence = 0.5
            if org is not None:
                roles[idx] = RawRole(
                    role.person, role.role, role.role_key, None, org, role.time, role.sent, confidence
                )
        for idx, role in enumerate(roles):
            if (
                role.org_name is None
                and role.confidence == 0.76
                and idx > 0
                and roles[idx - 1].person == role.person
            ):
                prev = roles[idx - 1]
                roles[idx] = RawRole(
                    role.person, role.role, role.role_key, prev.org, prev.org_name, role.time, role.sent, 0.7
                )
