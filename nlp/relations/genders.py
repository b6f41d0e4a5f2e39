"""The gender the article shows for each person, and the person a pronoun stands for.

A courtesy word before a mention ("Frau X") wins over a gendered title word ("Landrätin X"), which
wins over the first name (nlp/lexicons/first_name_gender.tsv); a pronoun ("er", "sie") stands for
the last person of its gender named in its sentence or the two before, or, when that person follows
the main verb of an earlier sentence that another person of the gender opens, for that subject.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nlp.relations.base import FINITE, content_sents, follows, person_spans
from nlp.relations.lexicon import LEXICON_DIR, read_lines, role_hit
from nlp.relations.quoting import quoted_spans
from nlp.relations.role_forms import role_word_gender
from nlp.relations.title_words import is_title_word

_GENDERS = "kg_role_genders"
_COURTESY_GENDER = {"herr": "m", "herrn": "m", "frau": "f"}


PRONOUN_GENDER = {"er": "m", "sie": "f"}
RANKS = frozenset({"professor", "professorin"})  # academic ranks, "Professor" also for women
_ANTECEDENT_SENTENCES = 2  # a pronoun subject refers to a person of this or the two sentences before


def pair_before(doc: Doc, sent: Span) -> list[Span]:
    """The two names joined by "und" (academic titles between them) that the content sentence before
    `sent` names last: what "beide" opening `sent` stands for ("A und B leiten die Klinik. Beide …")."""
    previous = next((s for s in content_sents(doc) if follows(s, sent)), None)
    people = person_spans(previous) if previous is not None else []
    if len(people) < 2:
        return []
    first, second = people[-2], people[-1]
    joined = [t for t in doc[first.end : second.start] if not is_title_word(doc, t.i)]
    if len(joined) != 1 or joined[0].lower_ != "und" or first.text == second.text:
        return []
    return [first, second]


def pronoun_antecedent(doc: Doc, sent: Span, pronoun: Token, genders: dict[str, str] | None) -> Span | None:
    """The person a personal pronoun ("er", "sie") stands for: the last person of its gender named
    before it (this or the two sentences before); a person whose gender the article does not show
    counts only as the one person named there."""
    found = antecedent(doc, sent, pronoun.i, PRONOUN_GENDER[pronoun.lower_], genders)
    if found is not None and found.start >= sent.start and same_clause(doc, found.end, pronoun.i):
        return None  # "Mit seinem Bruder X arbeitet er …": a name of the pronoun's own clause is not it
    return found


_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "„", "“", '"'})


def same_clause(doc: Doc, start: int, end: int) -> bool:
    """No clause boundary between two tokens: a punctuation mark or a conjunction."""
    return not any(t.text in _CLAUSE_BREAKS or t.tag_ in ("KON", "KOUS") for t in doc[start:end])


_PREFIELD = frozenset({"ART", "NN", "NE", "ADJA", "$,"})  # a titled name opening a sentence


def finite_verb(sent: Span) -> int | None:
    """The first finite verb of a sentence outside quotation marks, the verb of its main clause."""
    text = sent.text
    marks = any(c in text for c in '„“”"»«')
    quoted = [(sent.start_char + a, sent.start_char + b) for a, b, _ in quoted_spans(text)] if marks else []
    for tok in sent:
        if tok.tag_ in FINITE and not any(a <= tok.idx < b for a, b in quoted):
            return tok.i
    return None


def in_prefield(doc: Doc, i: int) -> bool:
    """The person named at token i opens its sentence before the main verb, after nothing but titles,
    articles and adjectives ("Landrätin A dankte …"): the subject German puts first."""
    sent = doc[i].sent
    verb = finite_verb(sent)
    return verb is not None and i < verb and all(t.tag_ in _PREFIELD for t in doc[sent.start : i])


def subject_first(starts: list[int], doc: Doc, sent_start: int) -> int:
    """Which of the fitting mentions (token starts, in text order) a pronoun of a later sentence
    refers to: the last, unless it follows the main verb of a sentence that a fitting person opens
    ("Landrätin A dankte Ministerin B. Sie sagte …": A, the subject the text goes on about)."""
    last = len(starts) - 1
    if starts[last] >= sent_start:
        return last
    sent = doc[starts[last]].sent
    verb = finite_verb(sent)
    if verb is None or starts[last] < verb:
        return last
    for k in range(last - 1, -1, -1):
        if starts[k] < sent.start:
            break
        if in_prefield(doc, starts[k]):
            return k
    return last


def antecedent(
    doc: Doc,
    sent: Span,
    before: int,
    wanted: str,
    genders: dict[str, str] | None,
    sentences: int = _ANTECEDENT_SENTENCES,
) -> Span | None:
    """The last person of gender `wanted` named before token `before` (in `sent` or the `sentences`
    before it; the subject of an earlier sentence before its object, see `subject_first`); a person
    whose gender the article does not show counts only as the one person named there."""
    sents = list(doc.sents)
    k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    start = sents[max(0, k - sentences)].start
    at = doc._.kg_person_at or {}
    mentions: list[tuple[int, str]] = []
    i = start
    while i < before:
        name = at.get(i)
        if name is not None and (not mentions or mentions[-1][1] != name or at.get(i - 1) != name):
            mentions.append((i, name))
        i += 1
    if not mentions:
        return None
    names = {n for _, n in mentions}
    fitting = [(i, n) for i, n in mentions if (genders or {}).get(n) == wanted]
    if fitting and any((genders or {}).get(n) is None for k, n in mentions if k > fitting[-1][0]):
        return None  # someone of unknown gender named after the last fitting person may be meant
    if fitting:
        i, name = fitting[subject_first([k for k, _ in fitting], doc, sent.start)]
    elif len(names) == 1 and (genders or {}).get(next(iter(names))) is None:
        i, name = mentions[-1]
    else:
        return None
    end = i
    while end + 1 < len(doc) and at.get(end + 1) == name:
        end += 1
    return doc[i : end + 1]


def doc_genders(doc: Doc) -> dict[str, str]:
    """`person_genders` of the doc, computed once per doc (the roles ask for it title by title)."""
    genders = doc.user_data.get(_GENDERS)
    if genders is None:
        genders = doc.user_data[_GENDERS] = person_genders(doc)
    return genders


def person_genders(doc: Doc) -> dict[str, str]:
    """Person name -> 'm'/'f' where the article shows it: a courtesy word before a mention wins over a
    gendered title word before one (a name shown both ways gets none), which wins over the first
    name."""
    courtesy: dict[str, set[str]] = {}
    titled: dict[str, set[str]] = {}
    at = doc._.kg_person_at or {}
    for i, name in at.items():
        if i == 0 or at.get(i - 1) == name:
            continue
        k = i - 1
        while (
            k > 0
            and (is_title_word(doc, k) or doc[k].lower_ in RANKS)
            and doc[k].lower_ not in _COURTESY_GENDER
        ):
            k -= 1  # "Frau Dr. X", "Frau Professor Dr. X": the rank says nothing of the gender
        low = doc[k].lower_
        if low in _COURTESY_GENDER:
            courtesy.setdefault(name, set()).add(_COURTESY_GENDER[low])
        elif doc[k].text[:1].isupper() and at.get(k) is None:
            shown = role_word_gender(doc[k].text)
            if shown is not None:
                titled.setdefault(name, set()).add(shown)
    out = {n: g for n in set(at.values()) if n.split() and (g := given_name_gender(n.split()[0])) is not None}
    out.update({n: next(iter(g)) for n, g in titled.items() if len(g) == 1})
    out.update({n: next(iter(g)) for n, g in courtesy.items() if len(g) == 1})
    return out


def given_name_gender(given: str) -> str | None:
    """The gender of a given name; of a hyphenated one not listed whole ("Hans-Joachim"), the gender
    its listed parts agree on."""
    names = first_name_genders()
    if given in names:
        return names[given]
    parts = {names.get(part) for part in given.split("-")} if "-" in given else {None}
    return parts.pop() if len(parts) == 1 else None


@cache
def first_name_genders() -> dict[str, str]:
    """First name -> 'm'/'f' (nlp/lexicons/first_name_gender.tsv, built from nam_dict.txt by
    build_name_gender.py); empty where the table is missing."""
    if not (LEXICON_DIR / "first_name_gender.tsv").exists():
        return {}
    return dict(ln.split("\t")[:2] for ln in read_lines("first_name_gender.tsv"))


GROUP_SIZES = {"beide": 2, "beiden": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8}
_PEOPLE_NOUNS = frozenset(
    "herren damen frauen männer experten expertinnen gäste kollegen kolleginnen"
    " politiker politikerinnen".split()
)


def group_at(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """(size, end) of a numbered group of people at token k: "beide", "die beiden", "die fünf Herren",
    "die drei Landrätinnen" (a noun of people or a title after the number; "die beiden Firmen" is none)."""
    j = k + int(doc[k].lower_ == "die")
    size = GROUP_SIZES.get(doc[j].lower_) if j < limit else None
    if size is None or j == k and not doc[j].lower_.startswith("beide"):
        return None
    nxt = doc[j + 1] if j + 1 < limit else None
    if nxt is None or not nxt.text[:1].isupper() or nxt.pos_ not in {"NOUN", "PROPN"}:
        return size, j + 1
    if nxt.lower_ in _PEOPLE_NOUNS or role_hit(nxt.text) is not None:
        return size, j + 2
    return None


def group_antecedents(doc: Doc, sent: Span, size: int) -> list[Span]:
    """The persons a numbered group ("die fünf Herren", "die beiden Landräte", "beide") refers to: the
    first mentions of the persons of the last sentence before `sent` (of the two before it) that names
    exactly `size` persons; none when no sentence does."""
    sents = list(doc.sents)
    k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    at = doc._.kg_person_at or {}
    for prev in reversed(sents[max(0, k - _ANTECEDENT_SENTENCES) : k]):
        first: dict[str, int] = {}
        for i in range(prev.start, prev.end):
            if i in at:
                first.setdefault(at[i], i)
        if len(first) == size:
            out = []
            for start in first.values():
                end = start
                while end < prev.end and at.get(end) == at[start]:
                    end += 1
                out.append(doc[start:end])
            return out
    return []
