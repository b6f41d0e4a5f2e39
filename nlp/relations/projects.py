"""Projects, tools, platforms and programmes named after a cue noun ("das Projekt Lotse", „Lern.Bar“)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.relations.base import (
    ARTICLES,
    FINITE,
    PREPOSITIONS,
    NamedThing,
    RawLink,
    content_sents,
    org_at,
    person_at,
    person_spans,
)
from nlp.relations.lexicon import is_org_head, read_yaml, role_hit, word_set
from nlp.relations.quoting import quoted_spans
from nlp.wordclusters import cluster, is_proper_name

_MAX_GAP = 6  # tokens between a cue noun and the quoted name ("App für das Ehrenamt „X“")
_MAX_PHRASE = 14  # tokens of an article, a participle phrase and the cue ("das vom Land geförderte Projekt")
_MAX_NAME = 5  # words of an unquoted project name after its cue ("Projekt Smart Region Trier")
_DASHES = frozenset({"–", "-", "—"})
_PREPS = frozenset({"von", "vom", "mit", "an", "durch", "für", "bei", "beim", "zu", "zum", "zur"})
# words between a cue and the quoted name that only introduce the name ("Projekt mit dem Namen „X“")
_NAMING = frozenset(
    {
        "namens",
        "mit dem namen",
        "mit namen",
        "unter dem namen",
        "unter dem titel",
        "mit dem titel",
        "mit dem motto",
        "trägt den namen",
        "trug den namen",
        "trägt den titel",
        "trug den titel",
    }
)
# a word of a name: capitalised, letters with hyphens or inner signs ("Kommune@BW", "Care+"); a version
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*(?:[-@+&][A-Za-zÄÖÜäöüß]+)*\+?")
_VERSION = re.compile(r"\d\.\d")  # "Industrie 4.0"
_YEAR = re.compile(r"(?:19|20)\d\d")
_INFLECTIONS = frozenset({"", "e", "en", "s", "es"})
_PLURAL_ENDINGS = (
    "projekte",
    "programme",
    "systeme",
    "verfahren",
    "vorhaben",
    "apps",
    "tools",
    "instrumente",
)
_LIST_JOINS = frozenset({",", "und", "sowie", "oder"})
_DEMONSTRATIVES = frozenset({"diese", "dieses", "dieser", "diesem", "diesen"})
_MAX_REFERRED = 6  # words of a quoted name a demonstrative cue refers back to
_TITLE_NOUNS = frozenset({"titel", "motto", "namen"})  # "unter dem Titel „X“"
_INDEFINITE = frozenset({"ein", "eine", "einem", "einer", "eines"})
_COPULA = frozenset({"ist", "war", "sind", "waren", "bleibt", "wird"})
_ENGLISH_LINKS = frozenset({"for", "of", "the", "and", "on", "to"})  # inside a name: "Digital for Future"
_NAMING_VERBS = frozenset({"heißt", "hieß"})  # "„X“ heißt das neue Projekt der Stadt"
# verbs that say what the name opening the sentence after a preposition is, with that preposition:
# "Bei X handelt es sich um ein Projekt", "Hinter X verbirgt sich eine App"
_IDENTIFYING = {
    "handelt": frozenset({"bei", "beim"}),
    "handelte": frozenset({"bei", "beim"}),
    "verbirgt": frozenset({"hinter"}),
    "verbarg": frozenset({"hinter"}),
    "steckt": frozenset({"hinter"}),
    "steckte": frozenset({"hinter"}),
}


def hyphen_adjective(tok: Token) -> bool:
    """A compound adjective whose last part is lower case ("KI-basiertes", "EU-geförderte")."""
    first, _, last = tok.text.rpartition("-")
    return bool(first) and last.isalpha() and last.islower()


def coined_org(doc: Doc, j: int) -> bool:
    """The organization the entities read at `j` is one word of no known word class ("die Anwendung
    Warnly"): a coined name, the cue's, not a body's ("das Projekt Stadtwerke X", "mit Siemens")."""
    tok = doc[j]
    alone = j + 1 >= len(doc) or org_at(doc, j + 1) != org_at(doc, j)
    return alone and tok.is_alpha and not is_org_head(tok.text) and cluster(tok.text) is None


def named_in(sent: Span, projects: list[NamedThing]) -> list[str]:
    """Names of the projects mentioned in a sentence, in the order of the project list."""
    return [p.name for p in projects if any(sent.start_char <= s < sent.end_char for s, _ in p.mentions)]


@Language.factory(
    "kg_projects", default_config={"cues": "project_cues.txt", "relations": "project_relations.yaml"}
)
def make_projects(nlp: Language, name: str, cues: str, relations: str) -> ProjectMatcher:
    return ProjectMatcher(name, cues, relations)


class ProjectMatcher:
    """Sets `doc._.kg_projects` (NamedThing list) and `doc._.kg_project_links` (responsible persons)."""

    def __init__(self, name: str, cues: str, relations: str = "project_relations.yaml") -> None:
        self.name = name
        self.cues_file = cues
        self.cues = word_set(cues)
        self.cue_suffixes = tuple(sorted(self.cues))
        self.relations = {rel: frozenset(verbs) for rel, verbs in read_yaml(relations).items()}

    def __call__(self, doc: Doc) -> Doc:
        quotes = quoted_spans(doc_text(doc))
        found: dict[str, NamedThing] = {}
        links: list[RawLink] = []
        prev: Span | None = None
        unnamed = False  # the sentence before had a cue word without a name
        for sent in content_sents(doc):
            before, prev = prev, sent
            was_unnamed, unnamed = unnamed, False
            if was_unnamed and (name := self.opening_title(doc, sent, quotes)) is not None:
                found.setdefault(name.casefold(), NamedThing(name))  # "… ein Pilotprojekt. Unter dem
            for tok in sent:  # Titel „X“ sollen …": the name the next sentence gives it
                named = self.name_with_cue_head(tok) or self.named_compound(tok)
                if named is not None:
                    found.setdefault(named.casefold(), NamedThing(named))
                    continue
                if not self.is_cue(tok.text) or org_at(doc, tok.i) is not None:
                    continue  # "Bitwerk Systems GmbH": a cue word inside an organization name
                if self.has_members(doc, tok.i, sent):
                    continue  # "Mitglied der studentischen Initiative „X“": a body of people
                name, alias = self.name_after(doc, tok.i, sent, quotes)
                if name is None:
                    name, alias = self.name_before(doc, tok.i, sent, quotes)
                if name is None:
                    name = self.identified(doc, tok.i, sent, quotes)
                if name is None and before is not None:
                    name = self.name_referred(doc, tok.i, sent, before, quotes)
                if name is None:
                    name = self.titled(doc, sent, quotes)
                if name is None:
                    unnamed = True
                    continue
                thing = found.setdefault(name.casefold(), NamedThing(name))
                if alias and alias not in thing.aliases and alias != name:
                    thing.aliases.append(alias)
                if self.plural_cue(tok):
                    for other in self.coordinated(doc, tok.i, sent, name, quotes):
                        found.setdefault(other.casefold(), NamedThing(other))
                if role_hit(tok.text) is not None:
                    links.extend(self.responsible(doc, tok.i, sent, thing.name))
            for name in self.quoted_objects(doc, sent, quotes):
                found.setdefault(name.casefold(), NamedThing(name))
        found = self.fold_compounds(found)
        for thing in found.values():
            thing.mentions = self.mentions(doc_text(doc), [thing.name, *thing.aliases])
        projects = list(found.values())
        links.extend(self.verb_links(doc, projects))
        links.extend(self.title_links(doc, projects, links))
        doc._.kg_projects = projects
        doc._.kg_project_links = links
        return doc

    def is_cue(self, word: str) -> bool:
        low = word.lower()
        if not word[:1].isupper():
            return False
        if low.startswith("programm") and (role_hit(word) is not None or low.endswith("leitung")):
            return True  # "Programmleiterin Smart City X", "Programmleitung …", as "Projektleiterin …"
        return low.endswith(self.cue_suffixes) or low.startswith("projekt")

    def name_after(
        self, doc: Doc, i: int, sent: Span, quotes: list[tuple[int, int, str]]
    ) -> tuple[str | None, str | None]:
        tok = doc[i]
        for start, _end, inner in quotes:
            if start < tok.idx + len(tok.text) or start > sent.end_char:
                continue
            gap = doc.char_span(tok.idx + len(tok.text), start, alignment_mode="expand")
            if (
                gap is None
                or len(gap) > _MAX_GAP
                or any(t.text in {",", ".", ":", ";", *_DASHES} for t in gap)
            ):
                break
            modifier = len(gap) > 0 and gap[0].lower_ in {
                "für",
                "zur",
                "zum",
                "aus",
                "gegen",
            }  # "Instrument für das X „Name“"
            naming = " ".join(t.lower_ for t in gap) in _NAMING  # "Projekt mit dem Namen „X“"
            named = len(gap) > 0 and gap[-1].lower_ in _NAMING_VERBS  # "Das Programm des Landes heißt „X“"
            if not (modifier or naming or named) and any(
                t.is_title and t.lower_ not in ARTICLES for t in gap[1:]
            ):
                break
            return inner.strip(), None
        if role_hit(tok.text) is not None:
            # a title names a project in quotes, or as a name of several capitalised words right after
            # it ("Projektleiterin Digitale Agenda der Stadt X"), never a person ("Projektleiterin Dr. X")
            return self.name_after_title(doc, i, sent), None
        if any(start <= tok.idx < end for start, end, _ in quotes):
            return None, None  # the cue is part of a quoted title („Modellprojekte Smart Cities: …“)
        if self.other_head(tok.text):
            return None, None  # "die Projektpartner TU X" names a partner; "Projektteam von „X“" a project
        j = i + 1
        phrase = next((n for n in (3, 2) if " ".join(t.lower_ for t in doc[j : j + n]) in _NAMING), 0)
        if phrase and j + phrase < sent.end:
            j += phrase  # "das Projekt mit dem Namen KommunalDigital", "unter dem Titel X"
        elif j < sent.end and doc[j].lower_ in {"wie", "namens", "heißt", "hieß"}:  # "Projekte wie AScore",
            j += 1  # "namens X", "Die App heißt X"
        elif j + 1 < sent.end and doc[j].lower_ in {"nennt", "nannte"} and doc[j + 1].lower_ == "sich":
            j += 2  # "Das Programm nennt sich X"
        if j >= sent.end:
            return None, None
        cand = doc[j]
        within = self.name_around_person(doc, j, sent)
        if within is not None:
            return within, None
        if (
            not cand.text[:1].isupper()
            or cand.lower_ in ARTICLES
            or person_at(doc, j)
            or self.is_cue(cand.text)
        ):
            return None, None
        if (
            org_at(doc, j) is not None
            and not (cand.is_upper or self.mixed_case(cand.text) or j > i + 1)
            and not coined_org(doc, j)
        ):
            return None, None  # "das Projekt Stadtwerke X" names a partner; "Projekte wie AScore" a project
        k = j + 1
        if not (cand.is_upper or self.mixed_case(cand.text)):
            k = self.name_words_end(doc, j, sent)  # "das Projekt Smart Region Trier"
        if not (
            cand.is_upper
            or self.mixed_case(cand.text)
            or doc[i].lower_ in self.cues
            or j > i + 1
            or k - j >= 2
            or self.singular_name(doc, j, sent)
        ):
            return None, None
        coined = self.mixed_case(cand.text) or j > i + 1  # "DigiDorf", "namens X": no place's name
        placed = all(t.ent_type_ == "LOC" for t in doc[j:k]) and (k >= sent.end or doc[k].ent_iob_ != "I")
        if placed and not coined:
            return None, None  # a place names where, not what: "die Initiative Saarburg" is its people
        alias = None
        if k + 1 < sent.end and doc[k].text in _DASHES and doc[k + 1].text in {"„", '"', "»"}:
            for start, _end, inner in quotes:  # "Projekt FESTIVAL – „Langer Name“"
                if start == doc[k + 1].idx:
                    alias = inner.strip()
        elif k - j == 1 and (cand.is_upper or self.mixed_case(cand.text)):
            long_form = self.bracket_after(doc, k, sent)  # "Projekt KIWI (Künstliche Intelligenz im Wald)"
            alias = long_form.text if long_form is not None else None
        return doc[j:k].text, alias

    def name_around_person(self, doc: Doc, j: int, sent: Span) -> str | None:
        """A name after a cue that begins with a person's name and goes on with a rare word (none of the
        word classes knows it: "des Programms Ada Lovelace Scholars"): the person is the namesake; "im
        Projekt Anna Wahl Verantwortung zu geben" goes on with a word of the language."""
        person = person_at(doc, j)
        if person is None:
            return None
        end = j
        while end < sent.end and person_at(doc, end) == person:
            end += 1
        if end >= sent.end:
            return None
        nxt = doc[end]
        if (
            not nxt.text[:1].isupper()
            or not nxt.is_alpha
            or nxt.lower_ in ARTICLES
            or role_hit(nxt.text) is not None
            or self.is_cue(nxt.text)
            or org_at(doc, end) is not None
            or cluster(nxt.text) is not None
        ):
            return None
        return doc[j : self.name_words_end(doc, end, sent)].text

    def name_referred(
        self, doc: Doc, i: int, sent: Span, before: Span, quotes: list[tuple[int, int, str]]
    ) -> str | None:
        """A sentence that opens with a demonstrative and a cue ("Diese Förderinitiative hat das Land
        gestartet") classifies the quoted name the sentence before ends with: its last quotation of at
        most `_MAX_REFERRED` words that reads as a name, not a statement ("am Konzept „Gute Pflege“");
        without a quotation, also after "Das", the one coined word of mixed case there ("ReHub")."""
        if i - 1 != sent.start or doc[i - 1].lower_ not in _DEMONSTRATIVES | {"das"}:
            return None
        if not doc[i].lower_.endswith(self.cue_suffixes) or role_hit(doc[i].text) is not None:
            return None
        inside = [q for q in quotes if before.start_char <= q[0] and q[1] <= before.end_char]
        if not inside:  # "Ziel von ReHub ist … Das Projekt wird gefördert": the one coined name before
            coined = {
                t.text
                for t in before
                if t.is_alpha
                and self.mixed_case(t.text)
                and org_at(doc, t.i) is None
                and person_at(doc, t.i) is None
            }
            return coined.pop() if len(coined) == 1 else None
        if doc[i - 1].lower_ not in _DEMONSTRATIVES:
            return None
        inner = inside[-1][2].strip()
        words = inner.split()
        if not 1 <= len(words) <= _MAX_REFERRED or not inner[:1].isupper() or inner[-1] in ".,;:!?":
            return None
        return inner

    @staticmethod
    def has_members(doc: Doc, i: int, sent: Span) -> bool:
        """The cue names a body of people when a member of it is named before it in the genitive
        ("Mitglied der Initiative", "Gründungsmitglieder der studentischen Initiative")."""
        k = i - 1
        while k > sent.start and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ARTICLES:
            k -= 1
        if k <= sent.start or doc[k].lower_ not in {"der", "des"}:
            return False
        return doc[k - 1].lower_.endswith(("mitglied", "mitglieder", "mitgliedern", "mitglieds"))

    def other_head(self, word: str) -> bool:
        """A compound of "Projekt" with a head of its own names a participant or a part of a project
        ("Projektpartner", "Projektbüro"), not the project; "Projekten" and titles are cues."""
        low = word.lower()
        return (
            low.startswith("projekt")
            and low[len("projekt") :] not in _INFLECTIONS
            and not low.endswith(self.cue_suffixes)
            and role_hit(word) is None
            and not low.endswith("leitung")
        )

    def name_before(
        self, doc: Doc, i: int, sent: Span, quotes: list[tuple[int, int, str]]
    ) -> tuple[str | None, str | None]:
        """A name the cue classifies from after it, and the long form in brackets after an acronym: the
        subject of a copula ("„X“ ist ein Projekt des Landes", "KIRA (Künstliche Intelligenz im Raum) war
        ein Forschungsprojekt") or of "heißt" ("„X“ heißt das neue Projekt"), or the name an apposition
        follows ("KIRA, ein Projekt der Hochschule, …", "Lumo – das vom Land geförderte Projekt – …").
        The cue stands after an article and adjectives or a participle phrase; the name is a
        quotation, one acronym-like word, or a word the tagger calls a name or foreign word, that opens
        the sentence or the clause; one capitalised word that opens the sentence before a dash ("Lumo –
        die App der Stadt – …")."""
        if not doc[i].lower_.endswith(self.cue_suffixes) or role_hit(doc[i].text) is not None:
            return None, None  # "ist ein Projektträger", "ein Projektleiter": no project noun
        k = self.article_before(doc, i, sent)
        if k is None:
            return None, None
        link = doc[k - 1]
        naming = link.lower_ in _NAMING_VERBS
        if naming and any(t.tag_ == "PTKVZ" for t in doc[i + 1 : sent.end]):
            return None, None  # "X heißt das Projekt gut": "gutheißen", no naming
        if link.lower_ not in _COPULA and link.text not in {",", *_DASHES} and not naming:
            return None, None
        end = link.i  # the name ends before the copula, the comma or the dash
        if end - 1 < sent.start:
            return None, None
        long_form = self.bracket_before(doc, end, sent)
        if long_form is not None:
            end = long_form.start - 1  # "KIWI (Künstliche Intelligenz im Wald) ist ein Projekt"
            if end - 1 < sent.start or not (doc[end - 1].is_upper or self.mixed_case(doc[end - 1].text)):
                return None, None
            if end - 1 != sent.start and doc[end - 2].text != ",":
                return None, None
            return doc[end - 1].text, long_form.text
        last = doc[end - 1]
        if last.tag_ == "PTKVZ" and end - 2 > sent.start:
            end -= 1  # "baut auf KIRA auf, einem Vorläuferprojekt": the verb's particle before the comma
            last = doc[end - 1]

        def opens(k: int) -> bool:
            """The name starts the sentence or a clause part, or (before an apposition) a preposition's
            object ("auf den Ergebnissen von KIRA auf, einem Vorläuferprojekt")."""
            if k == sent.start or doc[k - 1].text == ",":
                return True
            return link.text == "," and doc[k - 1].lower_ in PREPOSITIONS

        for start, stop, inner in quotes:
            if stop == last.idx + len(last.text) and start >= sent.start_char:
                first = doc.char_span(start, stop, alignment_mode="expand")
                if first is not None and opens(first.start):
                    return inner.strip(), None
        named = self.name_ending(doc, end)
        if named is not None and named.start >= sent.start and opens(named.start):
            return named.text, None  # "von DataHub Nord, einem Projekt der Universität": the model's name
        word = last.text
        if not opens(end - 1) or person_at(doc, last.i) is not None:
            return None, None
        if last.is_upper and len(word) >= 3 or self.mixed_case(word):
            # the copula or the apposition says what the word names, even where the model read an
            # acronym as an organization ("KIRA ist ein Forschungsprojekt")
            return word, None
        plain = (
            word[:1].isupper() and word.isalpha() and word.lower() not in ARTICLES and not self.is_cue(word)
        )
        if (
            not plain
            or org_at(doc, last.i) is not None
            or any(e.label_ == "LOC" and last in e for e in doc.ents)
        ):
            return None, None
        if last.tag_ in {"NE", "FM"} or (link.text in _DASHES and end - 1 == sent.start):
            return word, None
        return None, None

    @classmethod
    def bracket_before(cls, doc: Doc, end: int, sent: Span) -> Span | None:
        """The words inside a bracket that closes right before `end`, when they spell out a name."""
        if end - 1 <= sent.start or doc[end - 1].text != ")":
            return None
        opening = next((k for k in range(end - 2, sent.start - 1, -1) if doc[k].text in {"(", ")"}), None)
        if opening is None or doc[opening].text != "(":
            return None
        return cls.spelled_out(doc[opening + 1 : end - 1])

    @classmethod
    def bracket_after(cls, doc: Doc, start: int, sent: Span) -> Span | None:
        """The words inside a bracket that opens at `start`, when they spell out a name."""
        if start >= sent.end or doc[start].text != "(":
            return None
        closing = next((k for k in range(start + 1, sent.end) if doc[k].text in {"(", ")"}), None)
        if closing is None or doc[closing].text != ")":
            return None
        return cls.spelled_out(doc[start + 1 : closing])

    @staticmethod
    def spelled_out(inner: Span) -> Span | None:
        """Words that read as a name spelled out: two or more words, the first capitalised, no digits or
        punctuation ("Künstliche Intelligenz im Wald", not "Laufzeit: 2024 bis 2026")."""
        if len(inner) < 2 or not inner[0].text[:1].isupper():
            return None
        return inner if all(t.is_alpha or t.text == "-" for t in inner) else None

    def identified(self, doc: Doc, i: int, sent: Span, quotes: list[tuple[int, int, str]]) -> str | None:
        """'Bei X handelt es sich um ein vom Bund gefördertes Projekt', 'Hinter (dem Namen) X verbirgt sich
        eine App der Stadt': the name between the sentence's opening preposition and the verb that
        says what it is, the cue after an indefinite article (a quotation, or up to five name words)."""
        if role_hit(doc[i].text) is not None:
            return None
        reach = range(i - 1, max(sent.start, i - _MAX_PHRASE), -1)
        j = next((a for a in reach if doc[a].lower_ == "sich"), 0)
        if j - 2 <= sent.start or any(t.is_punct for t in doc[j:i]):
            return None
        article = j + 2 if doc[j + 1].lower_ == "um" else j + 1  # "handelt es sich um ein …"
        if doc[article].lower_ not in _INDEFINITE:
            return None
        verb = j - 2 if doc[j - 1].lower_ == "es" else j - 1
        first = next(t.i for t in sent if not t.is_space)
        if doc[first].lower_ not in _IDENTIFYING.get(doc[verb].lower_, ()):
            return None
        start = first + 1
        if doc[start].lower_ == "dem" and doc[start + 1].lower_ in _TITLE_NOUNS:
            start += 2  # "Hinter dem Namen X verbirgt sich …"
        for q_start, q_end, inner in quotes:
            if q_start == doc[start].idx and q_end == doc[verb - 1].idx + len(doc[verb - 1].text):
                return inner.strip()
        words = doc[start:verb]
        if not 0 < len(words) <= _MAX_NAME or not words[0].text[:1].isupper() or person_at(doc, start):
            return None
        return words.text if all(_NAME_WORD.fullmatch(t.text) or t.like_num for t in words) else None

    def name_ending(self, doc: Doc, end: int) -> Span | None:
        """A name of several words that ends at `end`: one that only the statistical model read as an
        organization or other name (the rules' organizations have a head noun that says what they
        are), or capitalised words led by one in mixed case or capitals ("DataHub Nord")."""
        for ent in doc.ents:
            if ent.end == end and len(ent) > 1 and ent.label_ in {"ORG", "MISC"}:
                return ent if getattr(ent._, "source", None) in (None, "model") else None
        if any(ent.start < end <= ent.end for ent in doc.ents):
            return None
        start = end
        while start > 0 and end - start < _MAX_NAME and _NAME_WORD.fullmatch(doc[start - 1].text):
            start -= 1
        while start < end - 1 and not (doc[start].is_upper or self.mixed_case(doc[start].text)):
            start += 1
        return doc[start:end] if end - start > 1 and doc[start].lower_ not in ARTICLES else None

    @staticmethod
    def article_before(doc: Doc, i: int, sent: Span) -> int | None:
        """The article of the cue at `i`: an indefinite one before adjectives ("ein gemeinsames Projekt"),
        a definite one before adjectives after a comma, a dash or a copula ("Lumo, die neue App"), or an
        article before a participle phrase ("das vom Land geförderte Projekt", "das von der Stadt und dem
        Kreis getragene Portal")."""
        k = i - 1
        while k > sent.start and (
            doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ARTICLES or hyphen_adjective(doc[k])
        ):
            k -= 1
        if k <= sent.start:
            return None
        low = doc[k].lower_
        if low in _INDEFINITE:
            return k
        before = doc[k - 1]
        if low in ARTICLES and before.lower_ in _INDEFINITE and k - 1 > sent.start:
            return k - 1  # "eines der Projekte"
        if low in ARTICLES and (before.text in {",", *_DASHES} or before.lower_ in _COPULA | _NAMING_VERBS):
            return k
        if k == i - 1 or not doc[i - 1].is_lower:
            return None  # a participle or adjective stands right before the cue
        for a in range(k - 1, max(sent.start, i - _MAX_PHRASE) - 1, -1):
            if doc[a].text in {",", ";", ":", *_DASHES} or doc[a].lower_ in _COPULA:
                return None
            if (
                doc[a].lower_ in ARTICLES
                and a + 1 < k
                and doc[a + 1].lower_ in PREPOSITIONS
                and a > sent.start
            ):
                before = doc[a - 1]
                if before.text in {",", *_DASHES} or before.lower_ in _COPULA:
                    return a
        return None

    def name_words_end(self, doc: Doc, j: int, sent: Span) -> int:
        """The end of a name of capitalised words from `j` ("Smart Region Trier"): up to a lower-case
        word, punctuation, an article, a name, a title or another cue; at most `_MAX_NAME` words."""
        k = j + 1
        while (
            k < sent.end
            and k - j < _MAX_NAME
            and (
                _NAME_WORD.fullmatch(doc[k].text)
                or _VERSION.fullmatch(doc[k].text)
                or self.english_link(doc, k, sent)
            )
            and doc[k].lower_ not in ARTICLES
            and person_at(doc, k) is None
            and role_hit(doc[k].text) is None
            and not self.is_cue(doc[k].text)
        ):
            k += 1
        if k < sent.end and _YEAR.fullmatch(doc[k].text) and not self.clause_final_verb(doc, k + 1, sent):
            k += 1  # "Wettbewerb Zukunftsstadt 2030", not "…, dass das Projekt X 2023 startet"
        elif k < sent.end and doc[k].lower_ == "plus" and not doc[k + 1 : k + 2].text[:1].isdigit():
            k += 1  # "Modellprojekt Gemeindeschwester plus", not "plus 20 Prozent"
        return k

    @staticmethod
    def singular_name(doc: Doc, j: int, sent: Span) -> bool:
        """One word in the singular closing the noun phrase after a compound cue, its close apposition
        ("im Forschungsprojekt Lotse arbeiten …"); a plural is the clause's object ("dass das Land im
        Förderprogramm Kommunen unterstützt")."""
        tok = doc[j]
        if "Sing" not in tok.morph.get("Number", []) or not tok.is_alpha:
            return False
        nxt = doc[j + 1] if j + 1 < sent.end else None
        return nxt is None or nxt.pos_ in {"VERB", "AUX", "ADP", "PUNCT", "ADV"}

    @staticmethod
    def english_link(doc: Doc, k: int, sent: Span) -> bool:
        """An English function word between capitalised words of a name ("Digital for Future")."""
        following = doc[k + 1].text if k + 1 < sent.end else ""
        return doc[k].lower_ in _ENGLISH_LINKS and _NAME_WORD.fullmatch(following) is not None

    @staticmethod
    def clause_final_verb(doc: Doc, k: int, sent: Span) -> bool:
        """A verb at k that ends its clause (a year before it is a time, not part of a name)."""
        return k < sent.end and doc[k].pos_ in {"VERB", "AUX"} and (k + 1 >= sent.end or doc[k + 1].is_punct)

    def quoted_objects(self, doc: Doc, sent: Span, quotes: list[tuple[int, int, str]]) -> list[str]:
        """'X koordiniert „Gesund vor Ort“', 'Y hat „DorfDigital“ entwickelt': a quoted name of one to
        five words, capitalised and without a finite verb, right after a finite verb or right before a
        participle of leading or building a project (project_relations.yaml), is that project's name."""
        verbs = self.relations.get("responsible", frozenset()) | self.relations.get("works_on", frozenset())
        text = doc_text(doc)
        out = []
        for start, end, inner in quotes:
            if not sent.start_char <= start < sent.end_char or not inner.strip()[:1].isupper():
                continue
            span = doc.char_span(start + 1, end - 1, alignment_mode="contract")
            if span is None or not 1 <= len(span) <= 5 or any(t.tag_ in FINITE for t in span):
                continue
            before = doc[span.start - 2] if span.start >= 2 else None  # the token before the quote mark
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            finite_before = before is not None and before.lower_ in verbs and before.tag_ in FINITE
            participle_after = after is not None and after.lower_ in verbs and after.tag_ == "VVPP"
            if (finite_before or participle_after) and person_at(doc, span.start) is None:
                out.append(" ".join(text[start + 1 : end - 1].split()))
        return out

    @staticmethod
    def titled(doc: Doc, sent: Span, quotes: list[tuple[int, int, str]]) -> str | None:
        """'Unter dem Titel „Zukunft Pflege“ startete die Stadt ein Pilotprojekt': the quoted name after
        "Titel", "Motto" or "Namen" in the sentence of a cue word that has no name of its own."""
        for tok in sent:
            if tok.lower_ not in _TITLE_NOUNS:
                continue
            after = doc_text(doc).find("„", tok.idx, tok.idx + len(tok.text) + 3)
            if after < 0:
                after = tok.idx + len(tok.text) + 1
            for start, _end, inner in quotes:
                if start == after and sent.start_char <= start < sent.end_char and inner.strip():
                    return inner.strip()
        return None

    def opening_title(self, doc: Doc, sent: Span, quotes: list[tuple[int, int, str]]) -> str | None:
        """The quoted name of a sentence that opens with "Unter dem Titel/Namen/Motto „X“" and holds no
        cue word of its own."""
        words = [t.lower_ for t in sent[:3]]
        if len(words) < 3 or words[:2] != ["unter", "dem"] or words[2] not in _TITLE_NOUNS:
            return None
        if any(self.is_cue(t.text) for t in sent):
            return None
        return self.titled(doc, sent, quotes)

    @staticmethod
    def name_after_title(doc: Doc, i: int, sent: Span) -> str | None:
        k = i + 1
        while (
            k < sent.end
            and doc[k].text[:1].isupper()
            and doc[k].is_alpha
            and doc[k].lower_ not in ARTICLES
            and person_at(doc, k) is None
            and org_at(doc, k) is None
            and role_hit(doc[k].text) is None
        ):
            k += 1
        words = doc[i + 1 : k]
        if len(words) < 2 or (k < sent.end and person_at(doc, k) is not None):
            return None
        return words.text

    @staticmethod
    def fold_compounds(found: dict[str, NamedThing]) -> dict[str, NamedThing]:
        """ "Mängelmelder-App" beside the project "Mängelmelder" is another name of it, not a project."""
        out = dict(found)
        for key, thing in found.items():
            base = thing.name.rpartition("-")[0].casefold()
            if base and base != key and base in out:
                target = out[base]
                if thing.name not in target.aliases:
                    target.aliases.append(thing.name)
                del out[key]
        return out

    def named_compound(self, tok: Token) -> str | None:
        """A hyphenated compound whose head is a cue noun and whose first parts name it:
        "Lise-Meitner-Programm", "MPG-2030-Projekt", "Leibniz-Wettbewerb 2025" (a year after it belongs
        to the name). A plain compound ("Förderprogramm") or a title ("Projektleiterin") names nothing."""
        parts = tok.text.split("-")
        if len(parts) < 2 or not tok.text[:1].isupper() or role_hit(tok.text) is not None:
            return None
        head = parts[-1].lower()
        if not head.endswith(self.cue_suffixes) or not all(parts):
            return None
        naming = parts[:-1]
        acronym = any(p.isupper() and len(p) >= 3 or p.isdigit() for p in naming)  # "MPG-2030-", not "IT-"
        if not (acronym or any(is_proper_name(p) for p in naming)):
            return None  # "Bund-Länder-Initiative", "Smart-City-Projekt": common words name no project
        if person_at(tok.doc, tok.i) is not None or self.named_after(tok):
            return None
        name = tok.text
        for ending in ("es", "s"):  # genitive "des Leibniz-Projektes" names the "Leibniz-Projekt"
            if head.endswith(ending) and head[: -len(ending)] in self.cues:
                name = name[: -len(ending)]
                break
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and re.fullmatch(r"(19|20)\d\d", nxt.text):
            return f"{name} {nxt.text}"
        return name

    def named_after(self, tok: Token) -> bool:
        """A compound cue followed by a name of its own ("des Interreg-Projekts GreenBorder", "das
        EU-Programm „Erasmus+“"): the compound classifies the name after it, not itself."""
        doc = tok.doc
        if tok.i + 1 >= len(doc):
            return False
        nxt = doc[tok.i + 1]
        if nxt.text in {"„", '"', "»"}:
            return True
        return nxt.is_alpha and len(nxt.text) >= 3 and (nxt.is_upper or self.mixed_case(nxt.text))

    def name_with_cue_head(self, tok: Token) -> str | None:
        """A name written apart before a singular cue noun after an article: "über das Bayern Portal",
        "den Max-Planck Diversity-Excellence-Fonds" (a proper name, a hyphenated one or an acronym).
        Plural cues ("die Caritas Projekte" is a subject and an object) and names of persons or
        organizations ("des Landkreises Programm") name nothing."""
        doc = tok.doc
        i = tok.i
        if i < 2 or role_hit(tok.text) is not None or not self.singular_cue(tok.text):
            return None
        prev = doc[i - 1]
        if doc[i - 2].lower_ not in ARTICLES or not prev.text[:1].isupper() or self.is_cue(prev.text):
            return None
        parts = prev.text.split("-")
        if not all(parts) or not (
            all(is_proper_name(p) for p in parts) or (prev.is_upper and len(prev.text) >= 3)
        ):
            return None
        if person_at(doc, i - 1) is not None or org_at(doc, i - 1) is not None or org_at(doc, i) is not None:
            return None
        return f"{prev.text} {self.nominative(tok.text)}"

    def nominative(self, word: str) -> str:
        """A cue noun without its genitive ending ("Portals" -> "Portal", "Projektes" -> "Projekt")."""
        low = word.lower()
        for ending in ("es", "s"):
            if low.endswith(ending) and low[: -len(ending)].endswith(self.cue_suffixes):
                return word[: -len(ending)]
        return word

    @staticmethod
    def plural_cue(tok: Token) -> bool:
        """ "Projekte", "Programmen": by the morphologizer where there is one, else by the ending."""
        number = tok.morph.get("Number", [])
        return number == ["Plur"] if number else tok.lower_.endswith(_PLURAL_ENDINGS)

    def coordinated(
        self, doc: Doc, i: int, sent: Span, name: str, quotes: list[tuple[int, int, str]]
    ) -> list[str]:
        """The names coordinated with the first one after a plural cue: "die Projekte „A“ und „B“",
        "die Projekte A, B und C"; each quoted, or one to `_MAX_NAME` capitalised words."""
        text = doc_text(doc)
        start = text.find(name, doc[i].idx)
        if start < 0:
            return []
        first = doc.char_span(start, start + len(name), alignment_mode="expand")
        if first is None:
            return []
        names: list[str] = []
        k = first.end + (1 if first.end < sent.end and doc[first.end].text in {"“", '"', "«"} else 0)
        while k + 1 < sent.end and doc[k].lower_ in _LIST_JOINS:
            k += 2 if doc[k].text == "," and doc[k + 1].lower_ in _LIST_JOINS - {","} else 1
            if k >= sent.end:
                break
            quoted = next((q for q in quotes if q[0] == doc[k].idx), None)
            if quoted is not None:
                names.append(quoted[2].strip())
                closing = doc.char_span(quoted[0], quoted[1], alignment_mode="expand")
                k = closing.end if closing is not None else sent.end
                continue
            if (
                not _NAME_WORD.fullmatch(doc[k].text)
                or doc[k].lower_ in ARTICLES
                or person_at(doc, k) is not None
                or org_at(doc, k) is not None
                or any(e.label_ == "LOC" and e.start <= k < e.end for e in doc.ents)
                or self.is_cue(doc[k].text)
            ):
                break  # "die Projekte KIRA, Berlin und …": a place or a body ends the list
            end = self.name_words_end(doc, k, sent)
            names.append(doc[k:end].text)
            k = end
        return names

    def singular_cue(self, word: str) -> bool:
        """A capitalised word whose head is a cue noun in the singular ("Portal", "Diversity-Fonds")."""
        low = word.lower()
        if not word[:1].isupper() or not low.endswith(self.cue_suffixes) or low.endswith(_PLURAL_ENDINGS):
            return False
        return not any(low.endswith(cue + "en") for cue in ("initiativ", "plattform", "anwendung", "kampagn"))

    @staticmethod
    def mixed_case(word: str) -> bool:
        return any(c.isupper() for c in word[1:]) or any(c in ".+" for c in word)

    @staticmethod
    def responsible(doc: Doc, i: int, sent: Span, project: str) -> list[RawLink]:
        roles = [
            r for r in doc._.kg_roles or [] if r.sent == sent and doc[i].text.endswith(r.role.split()[-1])
        ]
        return [RawLink(r.person, project, sent, 0.7, kind="responsible") for r in roles]

    def verb_links(self, doc: Doc, projects: list[NamedThing]) -> list[RawLink]:
        """'X leitet das Projekt Y', 'X kümmert sich um das Projekt', 'X hat die App entwickelt'."""
        out: list[RawLink] = []
        last: str | None = None  # the project a definite "das Projekt" refers back to
        for sent in content_sents(doc):
            named = named_in(sent, projects)
            refers = any(self.is_cue(t.text) and doc[t.i - 1].lower_ in ARTICLES for t in sent[1:])
            target = named[0] if named else (last if refers else None)
            last = named[-1] if named else last
            people = [
                p
                for p in person_spans(sent)
                if p.start == sent.start or doc[p.start - 1].lower_ not in _PREPS
            ]
            if target is None or not people:
                continue
            lows = {t.lower_ for t in sent}
            for relation, verbs in self.relations.items():
                if lows & verbs:
                    out.append(RawLink(people[0], target, sent, 0.6, kind=relation))
                    break
        return out

    @staticmethod
    def title_links(doc: Doc, projects: list[NamedThing], found: list[RawLink]) -> list[RawLink]:
        """A 'Projektleiterin' is responsible for the project her sentence names, else the article's first."""
        out: list[RawLink] = []
        done = {(link.person.start, link.target) for link in found}
        for role in doc._.kg_roles or []:
            if not role.role_key.startswith("projekt"):
                continue
            named = named_in(role.sent, projects)
            target = named[0] if named else (projects[0].name if projects else None)
            if target is not None and (role.person.start, target) not in done:
                out.append(RawLink(role.person, target, role.sent, 0.5, kind="responsible"))
        return out

    @staticmethod
    def mentions(text: str, forms: list[str]) -> list[tuple[int, int]]:
        out: set[tuple[int, int]] = set()
        for form in forms:
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                out.add((m.start(), m.end()))
        return sorted(out)
