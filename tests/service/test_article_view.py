"""GET /articles/{id} as an article view: the stored text with the persons, organizations and roles it
names, over a real on-disk store of invented articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.store import KnowledgeStore
from service.app import create_app
from service.settings import Settings
from tests.service.dated_sample import TEXT_2022, TEXT_2024, article_2022, article_2024, build_dated_store


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = build_dated_store(tmp_path_factory.mktemp("dated") / "kg")
    with TestClient(create_app(Settings(store=store, sparql_workers=1))) as c:
        yield c


def view(client: TestClient, make, **params) -> dict:  # type: ignore[no-untyped-def]
    article, _ = make()
    r = client.get(f"/articles/{article.id}", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def marked(detail: dict) -> list[tuple[str, str]]:
    return [(m["kind"], detail["text"][m["start"] : m["end"]]) for m in detail["mentions"]]


def test_article_answer_carries_its_text(dated: TestClient) -> None:
    d = view(dated, article_2024)
    assert d["text"] == TEXT_2024
    assert d["text_length"] == len(TEXT_2024) and d["text_truncated"] is False


def test_person_mentions_point_into_the_text_with_their_entity(dated: TestClient) -> None:
    d = view(dated, article_2024)
    persons = [
        (d["text"][m["start"] : m["end"]], m["entity"]["id"]) for m in d["mentions"] if m["kind"] == "person"
    ]
    assert persons == [("Max Alt", "max-alt"), ("Ida Berg", "ida-berg"), ("Sie", "ida-berg")]


def test_organization_mentions_keep_the_printed_inflection(dated: TestClient) -> None:
    d = view(dated, article_2024)
    orgs = [
        (text, m["label"])
        for m, (kind, text) in zip(d["mentions"], marked(d), strict=True)
        if kind == "organization"
    ]
    assert orgs[0] == ("Bauamts Nordstadt", "Bauamt Nordstadt")
    assert ("Planungsamt Südheim", "Planungsamt Südheim") in orgs


def test_role_titles_are_marked_in_their_evidence_sentence(dated: TestClient) -> None:
    assert [t for k, t in marked(view(dated, article_2024)) if k == "role"] == ["Leiter", "Leiterin"]


def test_an_inflected_role_title_is_found_by_its_stem(dated: TestClient) -> None:
    assert ("role", "Ärztlichen Direktors") in marked(view(dated, article_2022))


def test_mentions_are_in_text_order_without_overlaps(dated: TestClient) -> None:
    spans = [(m["start"], m["end"]) for m in view(dated, article_2024)["mentions"]]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_text_limit_cuts_text_and_mentions_and_says_so(dated: TestClient) -> None:
    d = view(dated, article_2022, text_limit=20)
    assert d["text"] == TEXT_2022[:20] and d["text_truncated"] is True and d["text_length"] == len(TEXT_2022)
    assert marked(d) == [("person", "Max Alt"), ("role", "Leiter")]


def test_text_limit_is_bounded(dated: TestClient) -> None:
    article, _ = article_2022()
    assert dated.get(f"/articles/{article.id}", params={"text_limit": 10_000_000}).status_code == 422


def test_facts_keep_offsets_into_the_text(dated: TestClient) -> None:
    d = view(dated, article_2024)
    ev = next(f for f in d["facts"] if f["kind"] == "role" and f["subject"]["id"] == "ida-berg")["evidence"][
        0
    ]
    assert d["text"][ev["start"] : ev["end"]] == ev["sentence"]


def test_an_article_stored_without_its_text_answers_null(tmp_path: Path) -> None:
    """A store written before texts were kept: the answer has no text and no mentions, but its facts."""
    store = build_dated_store(tmp_path / "kg")
    with KnowledgeStore(store) as ks:
        ks.store.update("DELETE WHERE { GRAPH ?g { ?a <https://schema.org/articleBody> ?t } }")
    with TestClient(create_app(Settings(store=store, sparql_workers=1))) as c:
        d = view(c, article_2024)
    assert d["text"] is None and d["mentions"] == [] and d["facts"]
