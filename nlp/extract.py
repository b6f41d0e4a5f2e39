"""Text in, facts out: run the pipeline, assemble the facts contract (nlp/facts.py) from its annotations."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from nlp.chunks import PIECE_CHARS, merge_facts, split_text
from nlp.doctext import doc_text
from nlp.errors import EmptyInputError, KGError
from nlp.facts import (
    Affiliation,
    Event,
    Evidence,
    Facts,
    Location,
    Organization,
    Person,
    Project,
    ProjectLink,
    Quote,
    Role,
    Speaker,
)
from nlp.readable import Cleaned, clean, restore
from nlp.relations.base import RawQuote, in_boilerplate

logger = logging.getLogger(__name__)
DEFAULT_BATCH_SIZE = 16
_Meta = tuple[str | None, int, int, Cleaned | None]  # id, piece offset, pieces, cleaning


def _pipeline(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from nlp.pipeline import load_pipeline

    return load_pipeline()


def extract(text: str, id: str | None = None, nlp: Language | None = None) -> Facts:  # noqa: A002
    """The facts of one article. Raises `EmptyInputError` for empty or blank text.

    A text longer than the pipeline's `max_length` is extracted in pieces (nlp/chunks.py).
    """
    cleaned = _readable(text, id)
    pipe = _pipeline(nlp)
    read = text if cleaned is None else cleaned.text
    if len(read) > pipe.max_length:
        return next(extract_batch([(id, text)], nlp=pipe))
    facts = facts_from_doc(pipe(read), id)
    return facts if cleaned is None else restore(facts, cleaned)


def pieces_of(text: str, nlp: Language) -> list[tuple[int, str]]:
    """`[(0, text)]`, or for a text over `nlp.max_length` its pieces of at most `PIECE_CHARS` characters."""
    if len(text) <= nlp.max_length:
        return [(0, text)]
    logger.info("text of %d characters extracted in pieces", len(text))
    return split_text(text, min(nlp.max_length, PIECE_CHARS))


def extract_batch(
    items: Iterable[tuple[str | None, str]],
    nlp: Language | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: Callable[[str | None, KGError], None] | None = None,
) -> Iterator[Facts]:
    """Facts of many (id, text) pairs, in order, with the model loaded once (nlp.pipe).

    A bad record (empty text) raises, unless `on_error(id, error)` is given: then it is reported there
    and skipped, and the batch goes on. A text over `nlp.max_length` is extracted in pieces.

    Text with invisible characters, decomposed umlauts or "\r" line ends is read cleaned; the offsets
    of its facts point into the text as given (nlp/readable.py).
    """
    pipe = _pipeline(nlp)

    def pieces(pairs: Iterable[tuple[str | None, str]]) -> Iterator[tuple[str, _Meta]]:
        for doc_id, text in pairs:
            try:
                cleaned = _readable(text, doc_id)
            except KGError as exc:
                if on_error is None:
                    raise
                logger.warning("skipping %s: %s", doc_id, exc)
                on_error(doc_id, exc)
                continue
            parts = pieces_of(text if cleaned is None else cleaned.text, pipe)
            for offset, piece in parts:
                yield piece, (doc_id, offset, len(parts), cleaned)

    done: list[tuple[int, Facts]] = []
    for doc, (doc_id, offset, count, cleaned) in pipe.pipe(
        pieces(items), as_tuples=True, batch_size=batch_size
    ):
        done.append((offset, facts_from_doc(doc, doc_id)))
        if len(done) == count:
            merged = merge_facts(doc_id, done)
            yield merged if cleaned is None else restore(merged, cleaned)
            done = []


def _readable(text: str, doc_id: str | None) -> Cleaned | None:
    """The cleaned text (None when the text is clean); `EmptyInputError` when nothing readable is left."""
    _check(text, doc_id)
    cleaned = clean(text)
    if cleaned is not None:
        _check(cleaned.text, doc_id)
    return cleaned


def _bodiless_twin(role: Role, roles: list[Role]) -> bool:
    """A role without organization beside the same person's same title with one, read from the same
    sentence ("leitet das Bauamt als Amtsleiterin": the title alone, and the title with the verb's body)."""
    return role.organization is None and any(
        other.organization is not None
        and other.person == role.person
        and other.role_key == role.role_key
        and other.evidence.start == role.evidence.start
        for other in roles
    )


def _check(text: str, doc_id: str | None) -> bool:
    if not text or not text.strip():
        where = f" (id {doc_id})" if doc_id else ""
        raise EmptyInputError(f"Empty article text{where}: give a file or string with the article's text.")
    return True


def _evidence(sent: object, confidence: float) -> Evidence:
    return Evidence(
        sentence=sent.text,  # type: ignore[attr-defined]
        start=sent.start_char,  # type: ignore[attr-defined]
        end=sent.end_char,  # type: ignore[attr-defined]
        confidence=round(confidence, 3),
    )


def facts_from_doc(doc: Doc, doc_id: str | None = None) -> Facts:
    """Assemble the contract records from the annotations of the relation components."""
    named = [m for p in doc._.kg_projects or [] for m in p.mentions]
    people = [c for c in doc._.kg_people or [] if c.in_content() and not _only_in_names(c.mentions(), named)]
    person_names = {c.name for c in people}
    orgs = {c.name: c for c in doc._.kg_orgs or [] if c.in_content()}
    part_of = doc._.kg_part_of or {}
    extra_orgs: dict[str, list[tuple[int, int]]] = {}
    text_of = doc_text(doc)
    events = {e.name for e in doc._.kg_events or []} | {
        text_of[a:b] for e in doc._.kg_events or [] for a, b in e.mentions
    }  # "Fachtag X" and "des Fachtags X" as printed

    def org_name(name: str | None, sent: object) -> str | None:
        if name is None or name in events:
            return None  # "Moderatorin des Fachtags X": the event she had a part in, no body she is in
        if name not in orgs and name not in extra_orgs:
            start = text_of.find(name, sent.start_char)  # type: ignore[attr-defined]
            extra_orgs[name] = [(start, start + len(name))] if start >= 0 else []
        return name

    def known(span: object) -> str | None:
        name = (doc._.kg_person_at or {}).get(span.start)  # type: ignore[attr-defined]
        return name if name in person_names else None

    roles: list[Role] = []
    for r in doc._.kg_roles or []:
        person = known(r.person)
        if person is None or in_boilerplate(doc, r.sent.start_char):
            continue
        role = Role(
            person=person,
            role=r.role,
            role_key=r.role_key,
            organization=org_name(r.org_name, r.sent),
            time=r.time,
            evidence=_evidence(r.sent, r.confidence),
        )
        if all(
            (x.person, x.role_key, x.organization) != (role.person, role.role_key, role.organization)
            for x in roles
        ):
            roles.append(role)

    roles = [r for r in roles if not _bodiless_twin(r, roles)]

    affiliations: list[Affiliation] = []
    for link in doc._.kg_affiliations or []:
        person = known(link.person)
        if person is None or link.target is None:
            continue
        org = org_name(link.target, link.sent)
        if org and all((a.person, a.organization) != (person, org) for a in affiliations):
            affiliations.append(
                Affiliation(person=person, organization=org, evidence=_evidence(link.sent, link.confidence))
            )

    speakers: list[Speaker] = []
    for link in doc._.kg_speakers or []:
        person = known(link.person)
        topic = link.extra.get("topic")
        same = [s for s in speakers if s.person == person]
        if person is None or any(s.topic == topic or topic is None for s in same):
            continue  # one entry per talk: a person's further mention adds only a new topic
        speakers = [s for s in speakers if not (s.person == person and s.topic is None)]
        speakers.append(
            Speaker(
                person=person,
                event=link.target,
                topic=link.extra.get("topic"),
                evidence=_evidence(link.sent, link.confidence),
            )
        )

    quotes: list[Quote] = []
    for q in doc._.kg_quotes or []:
        person = known(q.person)
        if person is None:
            continue
        quotes.append(Quote(person=person, quote=q.quote, form=q.form, evidence=_quote_evidence(doc, q)))

    links = _project_links(doc, known, speakers)

    project_names = {
        form.casefold()
        for p in [*(doc._.kg_projects or []), *(doc._.kg_events or [])]
        for form in (p.name, *p.aliases, *_name_parts(p.name))
    }
    used = {r.organization for r in roles} | {a.organization for a in affiliations} | set(part_of.values())
    for name in [n for n in orgs if n.casefold() in project_names and n not in used]:
        del orgs[name]  # a name after a project or event cue ("Projekte wie X") is not an organization
    organizations = [
        Organization(name=c.name, aliases=c.aliases, part_of=part_of.get(c.name), mentions=c.mentions())
        for c in orgs.values()
    ]
    organizations += [Organization(name=n, mentions=m) for n, m in extra_orgs.items()]
    locations: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ == "LOC" and not in_boilerplate(doc, ent.start_char):
            locations.setdefault(ent.text, []).append((ent.start_char, ent.end_char))
    return Facts(
        id=doc_id,
        persons=[
            Person(name=c.name, aliases=c.aliases, titles=c.titles, mentions=c.mentions()) for c in people
        ],
        organizations=organizations,
        locations=[Location(name=n, mentions=m) for n, m in locations.items()],
        projects=[
            Project(name=p.name, aliases=p.aliases, mentions=p.mentions) for p in doc._.kg_projects or []
        ],
        events=[
            Event(
                name=e.name,
                aliases=e.aliases,
                organizer=e.organizer,
                location=e.location,
                mentions=e.mentions,
            )
            for e in doc._.kg_events or []
        ],
        roles=roles,
        affiliations=affiliations,
        speakers=speakers,
        quotes=quotes,
        project_links=links,
    )


def _only_in_names(mentions: list[tuple[int, int]], names: list[tuple[int, int]]) -> bool:
    """Every mention of a person lies inside a project's name ("das Programm Max Planck Careers"): the
    namesake of a programme, not a person the article is about."""
    return bool(mentions) and all(any(a <= s and e <= b for a, b in names) for s, e in mentions)


def _name_parts(name: str) -> list[str]:
    """The short name before a dash or colon of a project's or event's name: "KIDA" of "KIDA – KI für
    Daseinsvorsorge"; the name without its ordinal or year: "Gesundheitskonferenz" of "5.
    Gesundheitskonferenz", "Digitaltag" of "Digitaltag 2024"."""
    for mark in (" – ", " - ", ": "):
        if mark in name:
            return [name.split(mark, 1)[0].strip()]
    core = _COUNTED.sub("", name).strip()
    return [core] if core and core != name else []


_COUNTED = re.compile(r"^\d{1,3}\.\s+|\s+(?:19|20)\d\d$")  # "5. Gesundheitskonferenz", "Digitaltag 2024"


def _quote_evidence(doc: Doc, quote: RawQuote) -> Evidence:
    """The sentences from the quote's opening to its attribution (a quote may span sentences)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return Evidence(sentence=doc_text(doc), start=0, end=len(doc_text(doc)), confidence=quote.confidence)
    start = min(span[0].sent.start_char, quote.person.sent.start_char)
    end = max(span[-1].sent.end_char, quote.person.sent.end_char)
    return Evidence(
        sentence=doc_text(doc)[start:end], start=start, end=end, confidence=round(quote.confidence, 3)
    )


def _project_links(doc: Doc, known: object, speakers: list[Speaker]) -> list[ProjectLink]:
    projects = {p.name for p in doc._.kg_projects or []}
    out: list[ProjectLink] = []
    for s in speakers:
        if s.topic in projects:
            out.append(
                ProjectLink(person=s.person, project=s.topic, relation="presented", evidence=s.evidence)
            )
    for link in doc._.kg_project_links or []:
        person = known(link.person)  # type: ignore[operator]
        if person is not None and link.target:
            out.append(
                ProjectLink(
                    person=person,
                    project=link.target,
                    relation=link.kind,
                    evidence=_evidence(link.sent, link.confidence),
                )
            )
    return out
