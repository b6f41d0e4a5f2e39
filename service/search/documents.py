"""Search and expertise indexes built from the read model, and updated with it.

The documents come in groups (an entity's name, the sentences of one article, the evidence of one fact,
...), each built by one function from the model; a full build builds every group, an update only the
groups a change can reach (`update_search`, `update_expertise`), so both give the same index.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.readmodel.load import kind_of
from service.readmodel.model import ReadModel
from service.readmodel.records import Ev, Fact
from service.readmodel.update import Delta
from service.search.index import Doc, SearchIndex

# How much one matching piece of evidence of each kind says about expertise: a talk on the topic says most;
# a sentence that mentions the person near the topic, or the event a talk was given at, says least.
EXPERTISE_WEIGHTS = {
    "talk": 3.0,
    "project": 2.0,
    "role": 2.0,
    "name": 2.0,
    "context": 1.5,  # what the articles say a person's project is about
    "affiliation": 1.0,
    "quote": 1.0,
    "sentence": 1.0,  # a sentence a fact of the person was read from
    "event": 0.5,  # the name of the event the person spoke at
}
ORG_SHARE = 0.4  # an organization earns this share of its members' evidence


@dataclass(frozen=True)
class Hit:
    kind: str  # entity kind, or "evidence"
    label: str
    entity: str | None  # entity IRI (the subject of the fact for evidence hits)
    evidence: Ev | None = None


@dataclass(frozen=True)
class ExpertiseDoc:
    kind: str  # a key of EXPERTISE_WEIGHTS
    label: str
    entity: str  # who earns the evidence: a person, or an organization for "name"
    evidence: tuple[Ev, ...] = ()


Group = tuple[str, ...]
SEARCH_KINDS = frozenset({"person", "org", "project", "event", "place"})


# -- search: entity names and evidence sentences ------------------------------------------------------


def _entity_docs(model: ReadModel, iri: str) -> list[Doc]:
    e = model.entities.get(iri)
    if e is None or e.kind not in SEARCH_KINDS:
        return []
    return [Doc(" ".join([e.name, *sorted(e.aliases)]), Hit(e.kind, e.name, e.iri), f"e\t{iri}")]


def _sentence_docs(model: ReadModel, article: str) -> list[Doc]:
    """Every distinct evidence sentence of an article, as a hit on the subject of its first fact."""
    docs: dict[str, Doc] = {}
    for f in model.facts_in(article):
        for ev in f.evidence:
            if ev.article == article and ev.sentence not in docs:
                hit = Hit("evidence", ev.sentence, f.subject, ev)
                docs[ev.sentence] = Doc(ev.sentence, hit, f"s\t{article}\t{ev.sentence}")
    return list(docs.values())


def _search_group(model: ReadModel, group: Group) -> list[Doc]:
    return _entity_docs(model, group[1]) if group[0] == "entity" else _sentence_docs(model, group[1])


def search_index(model: ReadModel) -> SearchIndex:
    """Entity names (with aliases) and every distinct evidence sentence."""
    groups: list[Group] = [("entity", e) for e in model.entities]
    groups += [("article", a) for a in model.by_article]
    return SearchIndex({g: _search_group(model, g) for g in groups})


def update_search(index: SearchIndex, model: ReadModel, delta: Delta) -> SearchIndex:
    """`index` (of the model before `delta`) for `model`: the groups the change touched rebuilt."""
    groups: set[Group] = {("entity", e) for e in delta.entities}
    articles = delta.articles_added | delta.articles_removed
    for f in [*delta.facts_removed.values(), *delta.facts_added.values()]:
        articles.update(ev.article for ev in f.evidence if ev.article)
    groups |= {("article", a) for a in articles}
    return index.updated({g: _search_group(model, g) for g in groups})


# -- expertise: what ties persons to topics -----------------------------------------------------------
def _fact_text(model: ReadModel, f: Fact) -> str:
    obj = model.entities.get(f.object) if f.object else None
    if f.kind == "talk":
        return f.label
    if f.kind == "project":
        return " ".join([obj.name, *sorted(obj.aliases)]) if obj else ""
    if f.kind in {"role", "affiliation"}:
        names = (
            [model.entities[p].name for p in [f.object, *model.ancestors(f.object)] if p in model.entities]
            if f.object
            else []
        )
        return " ".join([f.label, *names])
    if f.kind == "quote":
        return f.label
    return ""


def _fact_label(model: ReadModel, f: Fact) -> str:
    obj = model.entities.get(f.object) if f.object else None
    if f.kind == "role":
        return f"{f.label} ({obj.name})" if obj else f.label
    if f.kind in {"project", "affiliation"}:
        return obj.name if obj else f.label
    return f.label


def _project_sentences(model: ReadModel, project: str) -> list[Ev]:
    """The distinct sentences that speak of a project: the evidence of facts about it, the evidence
    sentences of its articles that name it, and of talks about it."""
    e = model.entities[project]
    found: dict[tuple[str | None, str], Ev] = {}
    for f in model.by_object.get(project, ()):
        for ev in f.evidence:
            found.setdefault((ev.article, ev.sentence), ev)
    names = [n for n in [e.name, *e.aliases] if len(n) >= 3]
    for article in sorted(e.articles):
        for f in model.facts_in(article):
            for ev in f.evidence:
                if ev.article == article and any(n in ev.sentence for n in names):
                    found.setdefault((ev.article, ev.sentence), ev)
    for f in model.by_about.get(project, ()):  # talks about a project name it as their topic
        if f.kind == "talk":
            for ev in f.evidence:
                found.setdefault((ev.article, ev.sentence), ev)
    return list(found.values())


def _is_person(model: ReadModel, iri: str) -> bool:
    e = model.entities.get(iri)
    return e is not None and e.kind == "person"


def _fact_docs(model: ReadModel, fact: str) -> list[Doc]:
    """A fact of a person as evidence of its kind, and a talk's event as evidence too."""
    f = model.facts.get(fact)
    if f is None or f.kind not in EXPERTISE_WEIGHTS or not _is_person(model, f.subject):
        return []
    docs: list[Doc] = []
    text = _fact_text(model, f)
    if text.strip():
        label = _fact_label(model, f)
        docs.append(Doc(text, ExpertiseDoc(f.kind, label, f.subject, tuple(f.evidence)), f"f\t{fact}"))
    event = model.entities.get(f.object) if f.kind == "talk" and f.object else None
    if event is not None:
        text = " ".join([event.name, *sorted(event.aliases)])
        payload = ExpertiseDoc("event", event.name, f.subject, tuple(f.evidence))
        docs.append(Doc(text, payload, f"f\t{fact}\tevent"))
    return docs


def _person_sentence_docs(model: ReadModel, person: str, article: str) -> list[Doc]:
    """The sentences of one article that a person's facts were read from."""
    if not _is_person(model, person):
        return []
    docs: dict[str, Doc] = {}
    for f in model.facts_in(article):
        if f.subject != person:
            continue
        for ev in f.evidence:
            if ev.article == article and ev.sentence not in docs:
                payload = ExpertiseDoc("sentence", ev.sentence, person, (ev,))
                docs[ev.sentence] = Doc(ev.sentence, payload, f"s\t{person}\t{article}\t{ev.sentence}")
    return list(docs.values())


def _linked(model: ReadModel, person: str) -> set[str]:
    """Projects a person presented, leads, ... or spoke about."""
    out: set[str] = set()
    for f in model.by_subject.get(person, ()):
        for project in (f.object if f.kind == "project" else None, f.about):
            e = model.entities.get(project) if project else None
            if e is not None and e.kind == "project":
                out.add(e.iri)
    return out


def _linked_persons(model: ReadModel, project: str) -> set[str]:
    """Persons linked to a project: `_linked` read from the project's side."""
    e = model.entities.get(project)
    if e is None or e.kind != "project":
        return set()
    out = {f.subject for f in model.by_object.get(project, ()) if f.kind == "project"}
    out.update(f.subject for f in model.by_about.get(project, ()))
    return out


class _Expertise:
    """Builds the expertise groups of one model (the sentences and persons of each project computed
    once: a write that touches a project re-makes the context of every person linked to it)."""

    def __init__(self, model: ReadModel) -> None:
        self.m = model
        self._projects: dict[str, tuple[str, tuple[Ev, ...]]] = {}
        self._persons: dict[str, set[str]] = {}

    def linked(self, project: str) -> set[str]:
        """The persons linked to `project` (`_linked_persons`)."""
        hit = self._persons.get(project)
        if hit is None:
            hit = self._persons[project] = _linked_persons(self.m, project)
        return hit

    def context(self, project: str) -> tuple[str, tuple[Ev, ...]]:
        """What the articles say about a project: its sentences, joined, and their evidence."""
        hit = self._projects.get(project)
        if hit is None:
            evs = tuple(_project_sentences(self.m, project))
            hit = self._projects[project] = (" ".join(ev.sentence for ev in evs), evs)
        return hit

    def group(self, group: Group) -> list[Doc]:
        m = self.m
        if group[0] == "name":
            e = m.entities.get(group[1])
            if e is None or e.kind != "org":
                return []
            text = " ".join([e.name, *sorted(e.aliases)])
            return [Doc(text, ExpertiseDoc("name", e.name, e.iri), f"n\t{e.iri}")]
        if group[0] == "fact":
            return _fact_docs(m, group[1])
        if group[0] == "sent":
            return _person_sentence_docs(m, group[1], group[2])
        person, project = group[1], group[2]
        if not _is_person(m, person) or person not in self.linked(project):
            return []
        text, evs = self.context(project)
        if not evs:
            return []
        payload = ExpertiseDoc("context", m.entities[project].name, person, evs)
        return [Doc(text, payload, f"c\t{person}\t{project}")]


def _person_groups(model: ReadModel, person: str) -> set[Group]:
    """Every group of a person's evidence in `model`."""
    facts = model.by_subject.get(person, ())
    groups: set[Group] = {("fact", f.iri) for f in facts}
    groups |= {("sent", person, ev.article) for f in facts for ev in f.evidence if ev.article}
    groups |= {("ctx", person, p) for p in _linked(model, person)}
    return groups


def expertise_index(model: ReadModel) -> SearchIndex:
    """The evidence that ties persons to topics (talk topics and events, projects and what the articles
    say they are about, roles, affiliations, quotes, the sentences their facts were read from), and the
    names of organizations. Built once; a write updates it (`update_expertise`), a query only scores it."""
    groups: set[Group] = set()
    for e in model.entities.values():
        if e.kind == "person":
            groups |= _person_groups(model, e.iri)
        elif e.kind == "org":
            groups.add(("name", e.iri))
    build = _Expertise(model)
    index = SearchIndex({g: build.group(g) for g in sorted(groups)})
    index.prepare_suggestions()  # an unknown topic is answered with suggestions: no wait at the first
    return index


def update_expertise(index: SearchIndex, old: ReadModel, model: ReadModel, delta: Delta) -> SearchIndex:
    """`index` (of `old`) for `model`, the model after `delta`: the groups the change touched rebuilt."""
    groups: set[Group] = {("name", e) for e in delta.entities}
    changed = [*delta.facts_removed.values(), *delta.facts_added.values()]
    groups |= {("fact", f.iri) for f in changed}
    groups |= {("sent", f.subject, ev.article) for f in changed for ev in f.evidence if ev.article}
    # persons who came or went: all their groups; persons whose links to projects changed: the
    # contexts of the projects linked or unlinked (a context that stays changes with its project)
    for p in {e for e in delta.entities if _is_person(old, e) != _is_person(model, e)}:
        groups |= _person_groups(old, p) | _person_groups(model, p)
    for p in {f.subject for f in changed if f.kind == "project" or f.about}:
        groups |= {("ctx", p, project) for project in _linked(old, p) ^ _linked(model, p)}
    # facts whose text names an entity that changed: its object, or an ancestor of its organization
    orgs = {o for o in delta.display | delta.parents_changed if kind_of(o) == "org"}
    for o in list(orgs):
        orgs.update(model.descendants(o))
    for x in delta.display | orgs:
        groups |= {("fact", f.iri) for f in model.by_object.get(x, ())}
    # the context of projects whose sentences may have changed, for every person linked to them
    projects = {x for x in delta.touched | delta.entities | delta.display if kind_of(x) == "project"}
    projects |= {p for f in changed for p in (f.object, f.about) if p and kind_of(p) == "project"}
    for p in projects:
        linked = {f.subject for f in model.by_object.get(p, ()) if f.kind == "project"}
        linked |= {f.subject for f in model.by_about.get(p, ())}
        groups |= {("ctx", person, p) for person in linked}
    build = _Expertise(model)
    return index.updated({g: build.group(g) for g in groups})
