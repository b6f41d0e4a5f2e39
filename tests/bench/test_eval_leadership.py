"""The SmartData leadership evaluation reads relation mentions and judges extracted facts."""

from __future__ import annotations

from nlp.extract import extract
from tests.bench.eval_leadership import Leadership, judge, leaderships

TEXT = "„Das Jahr war gut“, sagte Tom Weller, Geschäftsführer der Nordwerk Logistik GmbH."


def mention(text: str, part: str, kind: str) -> dict:
    start = text.index(part)
    return {"span": {"start": start, "end": start + len(part)}, "type": kind}


def document(text: str, person: str, org: str, position: str) -> dict:
    args = [
        {"role": "person", "conceptMention": mention(text, person, "person")},
        {"role": "organization", "conceptMention": mention(text, org, "organization-company")},
        {"role": "position", "conceptMention": mention(text, position, "org-position")},
    ]
    relation = {"name": "OrganizationLeadership", "args": {"array": args}}
    other = {"name": "Strike", "args": {"array": args[:1]}}
    return {"id": "d1", "text": {"string": text}, "relationMentions": {"array": [relation, relation, other]}}


def test_leadership_mentions_become_one_fact_per_distinct_triple():
    doc = document(TEXT, "Tom Weller", "Nordwerk Logistik GmbH", "Geschäftsführer")
    assert leaderships(doc) == [Leadership("Tom Weller", "Nordwerk Logistik GmbH", "Geschäftsführer")]


def test_an_extracted_role_with_its_organization_meets_every_measure():
    fact = Leadership("Weller", "Nordwerk Logistik", "Geschäftsführer")
    assert judge(fact, extract(TEXT)) == dict.fromkeys(
        ("person", "organization", "affiliation", "title", "title with organization"), True
    )


def test_a_person_of_another_organization_meets_only_the_person_measure():
    fact = Leadership("Tom Weller", "Südbahn AG", "Vorstand")
    verdict = judge(fact, extract(TEXT))
    assert [m for m, ok in verdict.items() if ok] == ["person"]
