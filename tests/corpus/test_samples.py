"""The shipped sample corpus: size, gold files consistent with their texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.gold import Gold, gold_pairs, load_gold
from corpus.samples import load_sample_gold, load_samples, sample_dir

PAIRS = gold_pairs(sample_dir())
IDS = [text.stem for text, _ in PAIRS]


def _surface_forms_present(text: str, name: str, aliases: list[str]) -> bool:
    return any(form in text for form in [name, *aliases])


def test_six_to_ten_samples_ship_with_gold() -> None:
    assert 6 <= len(PAIRS) <= 10
    texts = sorted(p for p in sample_dir().glob("*.txt"))
    assert texts == [text for text, _ in PAIRS]


def test_samples_load_as_articles_with_titles_and_distinct_ids() -> None:
    articles = load_samples()
    assert all(a.title for a in articles)
    assert len({a.id for a in articles}) == len(articles)


@pytest.mark.parametrize(("text_path", "gold_path"), PAIRS, ids=IDS)
def test_every_entity_is_named_in_its_text(text_path: Path, gold_path: Path) -> None:
    text, gold = text_path.read_text(encoding="utf-8"), load_gold(gold_path)
    for person in gold.persons:
        assert person.name in text, person.name
        assert all(alias in text for alias in person.aliases), person.aliases
    named = [(o.name, o.aliases) for o in gold.organizations]
    named += [(p.name, p.aliases) for p in gold.projects] + [(e.name, e.aliases) for e in gold.events]
    assert [name for name, aliases in named if not _surface_forms_present(text, name, aliases)] == []
    for event in gold.events:
        assert event.location is None or event.location in text, event.location


@pytest.mark.parametrize(("text_path", "gold_path"), PAIRS, ids=IDS)
def test_roles_and_topics_are_printed_in_the_text(text_path: Path, gold_path: Path) -> None:
    text, gold = text_path.read_text(encoding="utf-8"), load_gold(gold_path)
    for role in gold.roles:
        assert role.role in text, role.role
    for speaker in gold.speakers:
        assert speaker.topic is None or speaker.topic in text, speaker.topic


def _dangling(gold: Gold) -> list[str]:
    persons = {p.name for p in gold.persons}
    orgs = {o.name for o in gold.organizations}
    projects, events = {p.name for p in gold.projects}, {e.name for e in gold.events}
    refs = [
        *((r.person, persons) for r in gold.roles),
        *((r.organization, orgs) for r in gold.roles if r.organization),
        *((a.person, persons) for a in gold.affiliations),
        *((a.organization, orgs) for a in gold.affiliations),
        *((s.person, persons) for s in gold.speakers),
        *((s.event, events) for s in gold.speakers if s.event),
        *((q, persons) for q in gold.quotes),
        *((link.person, persons) for link in gold.project_links),
        *((link.project, projects) for link in gold.project_links),
        *((o.part_of, orgs) for o in gold.organizations if o.part_of),
        *((e.organizer, orgs) for e in gold.events if e.organizer),
    ]
    return [name for name, known in refs if name not in known]


@pytest.mark.parametrize("gold_path", [g for _, g in PAIRS], ids=IDS)
def test_relations_name_listed_entities(gold_path: Path) -> None:
    assert _dangling(load_gold(gold_path)) == []


@pytest.mark.parametrize("gold_path", [g for _, g in PAIRS], ids=IDS)
def test_every_role_with_an_organization_is_also_an_affiliation(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    affiliations = {(a.person, a.organization) for a in gold.affiliations}
    assert {(r.person, r.organization) for r in gold.roles if r.organization} <= affiliations


def test_website_tail_of_the_first_sample_names_no_gold_entity() -> None:
    article, gold = load_sample_gold()[0]
    tail = article.text[article.text.index("Aktuelle Beiträge") :]
    names = [p.name for p in gold.persons] + [o.name for o in gold.organizations]
    assert not [name for name in names if name in tail]
