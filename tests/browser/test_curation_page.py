"""The page's curation actions in Chromium: merge, split, mark a fact wrong and undo, each against a real
`kg serve` (writes enabled by a token) over its own store of invented articles."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.store import KnowledgeStore
from tests.browser.conftest import kg_serve
from tests.curation_data import VERSION, article_a, article_b, article_c

pytestmark = pytest.mark.browser
TOKEN = "browser-curation-token"


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    """`kg serve` over a fresh store of the curation articles, writes enabled by TOKEN."""
    store = tmp_path / "kg"
    with KnowledgeStore(store) as ks:
        for make in (article_a, article_b, article_c):
            article, facts = make()
            ks.ingest(article, facts, pipeline_version=VERSION)
    with kg_serve(store, tmp_path / "serve.log", KG_SPARQL_WORKERS="1", KG_API_TOKEN=TOKEN) as url:
        yield url


def get(server: str, path: str) -> Any:
    with urllib.request.urlopen(server + path, timeout=30) as resp:
        return json.loads(resp.read())


def sign_in(page: Any) -> None:
    page.locator("#curation-token").fill(TOKEN)
    page.locator("#curation-curator").fill("Erika Muster")
    page.get_by_role("button", name="Token verwenden").click()
    page.locator("#curation-merge").wait_for()


def open_entity(page: Any, route: str) -> Any:
    page.goto(f"/#/{route}")
    section = page.get_by_role("region", name="Kuration")
    section.get_by_role("heading", name="Kuration").wait_for()
    return section


def test_actions_appear_only_with_a_token(page: Any) -> None:
    section = open_entity(page, "person/anne-weber")
    section.locator("#curation-token").wait_for()
    assert section.get_by_role("button", name="als falsch markieren").count() == 0
    assert section.locator("#curation-merge").count() == 0
    sign_in(page)
    assert section.get_by_role("button", name="als falsch markieren").count() == 1


def test_merge_with_another_person(page: Any, server: str, artifacts: Path) -> None:
    section = open_entity(page, "person/anna-weber")
    sign_in(page)
    section.locator("#curation-merge").fill("Anne Weber")
    section.get_by_role("button", name="Suchen").click()
    section.get_by_role("button", name="„Anne Weber“ zusammenführen").click()
    page.get_by_text("zusammengeführt von Erika Muster am").wait_for()
    page.get_by_role("region", name="Vorträge").wait_for()  # Anne's talk is Anna's now
    page.screenshot(path=str(artifacts / "curation-merge.png"), full_page=True)
    assert get(server, "/persons/anna-weber")["talks"]


def test_split_off_a_name(page: Any, server: str) -> None:
    section = open_entity(page, "organization/stadt-musterhaus")
    sign_in(page)
    section.locator("#curation-split-label").select_option("Stadt Musterhausen")
    section.get_by_role("button", name="Als eigene Einheit abtrennen").click()
    page.get_by_text("getrennt von Erika Muster am").wait_for()
    names = {o["name"] for o in get(server, "/organizations")["items"]}
    assert {"Stadt Musterhausen", "Stadtverwaltung Musterhausen"} <= names


def test_mark_a_fact_wrong(page: Any, server: str) -> None:
    section = open_entity(page, "person/anne-weber")
    page.get_by_role("region", name="Vorträge").wait_for()
    sign_in(page)
    section.get_by_role("button", name="als falsch markieren").click()
    page.get_by_text("als falsch markiert von Erika Muster am").wait_for()
    assert page.get_by_role("region", name="Vorträge").count() == 0
    assert get(server, "/persons/anne-weber")["talks"] == []


def test_undo_a_decision(page: Any, server: str) -> None:
    section = open_entity(page, "person/anne-weber")
    sign_in(page)
    section.get_by_role("button", name="als falsch markieren").click()
    page.get_by_text("als falsch markiert von Erika Muster am").wait_for()
    page.get_by_role("region", name="Kuration").get_by_role("button", name="Rückgängig").click()
    page.get_by_text("rückgängig gemacht von Erika Muster am").wait_for()
    page.get_by_role("region", name="Vorträge").wait_for()
    assert len(get(server, "/persons/anne-weber")["talks"]) == 1


def test_each_fact_of_the_page_can_be_marked_wrong_where_it_is_shown(
    page: Any, server: str, artifacts: Path
) -> None:
    open_entity(page, "person/anna-weber")
    roles = page.get_by_role("region", name="Rollen")
    assert roles.get_by_role("button", name="als falsch markieren").count() == 0  # no token yet
    sign_in(page)
    page.screenshot(path=str(artifacts / "curation-facts.png"), full_page=True)
    roles.get_by_role("button", name="als falsch markieren").click()
    page.get_by_text("als falsch markiert von Erika Muster am").wait_for()
    assert page.get_by_role("region", name="Rollen").count() == 0
    assert get(server, "/persons/anna-weber")["role_facts"] == []
    page.get_by_role("button", name="Token vergessen").click()
    page.locator("#curation-token").wait_for()
    assert page.locator(".curation-inline").count() == 0
